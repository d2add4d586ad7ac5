//! The HTTP surface: which handler serves which route, and the layers around them. From the
//! outside in: catch-panic (a panic becomes a JSON 500), the 64 KiB body limit, then either
//! the admin API (`/__sandbox`) or the public API wrapped in usage recording, rate limiting
//! and fault injection. Unknown routes and methods get JSON 404/405 inside the rate limiter.

mod account;
mod admin;
mod auth;
pub(crate) mod extract;
mod keys;
mod tokens;
mod transcription;
mod usage;

use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::StatusCode;
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use futures::FutureExt;

pub(crate) use admin::Admin;

use crate::api_error::ApiError;
use crate::clock::Clock;
use crate::db::Db;
use crate::faults::Faults;
use crate::limits::login::{LoginThrottle, UsedTotpSteps};
use crate::limits::rate::RateLimit;
use crate::usage::Recorder;

/// Largest accepted request body (64 KiB); larger bodies get 413. The batch upload has its
/// own limit (`Config::max_upload_bytes`, enforced while it streams).
pub(crate) const MAX_BODY_BYTES: usize = 64 * 1024;

/// State shared by the public API handlers.
#[derive(Debug, Clone)]
pub(crate) struct AppState {
    pub db: Db,
    pub clock: Clock,
    pub throttle: Arc<LoginThrottle>,
    pub totp_steps: Arc<UsedTotpSteps>,
    pub session_ttl: Duration,
    pub jwt_secret: Arc<[u8]>,
    /// Records key usage; the usage endpoint asks it when to prune.
    pub usage: Arc<Recorder>,
    /// Where uploads are streamed while they are hashed (deleted right after).
    pub uploads_dir: Arc<Path>,
    /// Largest accepted upload, in bytes.
    pub max_upload_bytes: u64,
}

/// Builds the whole application.
pub(crate) fn app(state: AppState, faults: Faults, rate: RateLimit, admin: Admin) -> Router {
    let api = Router::new()
        .route("/api/v3/auth/login", post(auth::login))
        .route("/api/v3/auth/login/mfa", post(auth::login_mfa))
        .route("/api/v3/account/me", get(account::me))
        .route("/api/v3/tokens", get(tokens::list).post(tokens::create))
        .route("/api/v3/tokens/{id}", delete(tokens::delete))
        .route("/api/v3/tokens/{id}/usage", get(usage::usage))
        .route(
            "/api/v3/speech-to-text",
            post(transcription::upload).layer(DefaultBodyLimit::disable()),
        )
        .route("/api/v3/speech-to-text/session", get(transcription::list))
        .route(
            "/api/v3/speech-to-text/session/{session_id}",
            get(transcription::session),
        )
        .route(
            "/api/v3/documents/{session_id}",
            get(transcription::document),
        )
        .route("/api/v4/realtime/status", get(keys::realtime))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state.clone())
        .layer(from_fn_with_state(faults, crate::faults::layer::middleware))
        .layer(from_fn_with_state(rate, crate::limits::rate::middleware))
        .layer(from_fn_with_state(
            Arc::clone(&state.usage),
            crate::usage::middleware,
        ));
    Router::new()
        .nest("/__sandbox", admin::router(admin))
        .fallback_service(api)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(from_fn(catch_panic))
}

async fn not_found() -> ApiError {
    ApiError::NotFound {
        code: "NOT_FOUND",
        message: "No such route",
    }
}

async fn method_not_allowed() -> ApiError {
    ApiError::request(
        StatusCode::METHOD_NOT_ALLOWED,
        "Method not allowed on this route",
    )
}

/// Turns a panic anywhere below into a JSON 500 instead of a dropped connection.
async fn catch_panic(request: Request, next: Next) -> Response {
    match AssertUnwindSafe(next.run(request)).catch_unwind().await {
        Ok(response) => response,
        Err(_) => ApiError::Internal("a handler panicked".into()).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower::ServiceExt;

    async fn boom() -> &'static str {
        panic!("boom")
    }

    #[tokio::test]
    async fn a_panicking_handler_becomes_a_json_500() {
        let app: Router = Router::new()
            .route("/boom", get(boom))
            .layer(from_fn(catch_panic));
        let request = Request::builder()
            .uri("/boom")
            .body(axum::body::Body::empty())
            .expect("request");
        let response = app.oneshot(request).await.expect("infallible");
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let bytes = axum::body::to_bytes(response.into_body(), 4096)
            .await
            .expect("body");
        let body: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
        assert_eq!(body["error_code"], "INTERNAL_ERROR");
    }
}
