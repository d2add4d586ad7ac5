//! The admin API under `/__sandbox`, guarded by the `x-sandbox-admin` secret (compared in
//! constant time) and mounted outside the rate limiter and the fault layer:
//! `GET/POST/DELETE /__sandbox/faults` and `GET/POST /__sandbox/clock`.

use std::sync::Arc;

use axum::Json;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;
use serde_json::{Value, json};

use super::extract::ApiJson;
use super::tokens::rfc3339;
use crate::api_error::ApiError;
use crate::clock::Clock;
use crate::crypto::same;
use crate::faults::{FaultRule, Faults};

/// State of the admin routes.
#[derive(Debug, Clone)]
pub(crate) struct Admin {
    pub secret: Arc<str>,
    pub faults: Faults,
    pub clock: Clock,
}

pub(crate) fn router(admin: Admin) -> Router {
    Router::new()
        .route(
            "/faults",
            get(list_faults).post(add_fault).delete(clear_faults),
        )
        .route("/clock", get(get_clock).post(set_clock))
        .fallback(|| async {
            ApiError::NotFound {
                code: "NOT_FOUND",
                message: "No such admin route",
            }
        })
        .layer(from_fn_with_state(admin.clone(), guard))
        .with_state(admin)
}

async fn guard(State(admin): State<Admin>, request: Request, next: Next) -> Response {
    let given = request
        .headers()
        .get("x-sandbox-admin")
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if same(given, admin.secret.as_bytes()) {
        next.run(request).await
    } else {
        ApiError::Unauthorized {
            code: "ADMIN_SECRET_REQUIRED",
            message: "Send the admin secret printed at start in the x-sandbox-admin header",
        }
        .into_response()
    }
}

async fn list_faults(State(admin): State<Admin>) -> Json<Value> {
    Json(json!({ "faults": admin.faults.list() }))
}

async fn add_fault(
    State(admin): State<Admin>,
    ApiJson(rule): ApiJson<FaultRule>,
) -> Result<Response, ApiError> {
    let id = admin
        .faults
        .add(rule.clone())
        .map_err(|(field, message)| ApiError::invalid(field, message))?;
    let mut body = serde_json::to_value(&rule).map_err(|e| ApiError::Internal(e.to_string()))?;
    body["id"] = json!(id);
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

async fn clear_faults(State(admin): State<Admin>) -> StatusCode {
    admin.faults.clear();
    StatusCode::NO_CONTENT
}

fn clock_body(clock: &Clock) -> Json<Value> {
    Json(json!({ "offset_seconds": clock.offset_seconds(), "now": rfc3339(clock.unix_now()) }))
}

async fn get_clock(State(admin): State<Admin>) -> Json<Value> {
    clock_body(&admin.clock)
}

#[derive(Debug, Deserialize)]
struct ClockRequest {
    offset_seconds: i64,
}

/// Largest accepted clock shift either way (about 100 years).
const MAX_OFFSET_SECONDS: i64 = 100 * 366 * 24 * 3600;

async fn set_clock(
    State(admin): State<Admin>,
    ApiJson(request): ApiJson<ClockRequest>,
) -> Result<Json<Value>, ApiError> {
    if request.offset_seconds.abs() > MAX_OFFSET_SECONDS {
        return Err(ApiError::invalid(
            "offset_seconds",
            "offset_seconds must be within ±100 years",
        ));
    }
    admin.clock.set_offset_seconds(request.offset_seconds);
    Ok(clock_body(&admin.clock))
}
