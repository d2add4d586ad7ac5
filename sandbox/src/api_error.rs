//! Every error a client can receive, and the JSON shape of each. Two documented shapes are
//! used: the nested `{ "error": { "code", "message", "details"? } }` for request-body and
//! parameter problems (400, 405, 413, 415, 422), and the flat
//! `{ "error", "message", "error_code" }` for everything else (401, 403, 404, 409, 429, 5xx).
//! Internal details are logged, never sent.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::db::DbError;

/// A request that cannot be served as asked.
#[derive(Debug)]
pub(crate) enum ApiError {
    /// The body or a parameter could not be read (400, 405, 413, 415 …).
    Request { status: StatusCode, message: String },
    /// A field failed validation (422 with `details.field`).
    Invalid {
        field: &'static str,
        message: String,
    },
    /// Missing or bad credentials (401).
    Unauthorized {
        code: &'static str,
        message: &'static str,
    },
    /// Authenticated but not allowed (403).
    Forbidden {
        code: &'static str,
        message: &'static str,
    },
    /// No such resource or route (404).
    NotFound {
        code: &'static str,
        message: &'static str,
    },
    /// The resource is not in a state to answer yet (409), e.g. `NOT_READY`.
    Conflict {
        code: &'static str,
        message: &'static str,
    },
    /// The organization's token limit is reached (409).
    TokenLimitReached { limit: i64 },
    /// Too many requests or login failures (429).
    TooManyRequests {
        error: &'static str,
        code: &'static str,
        message: String,
        retry_after: u64,
    },
    /// A bug or a storage failure (500); the detail is logged only.
    Internal(String),
}

impl ApiError {
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
            field,
            message: message.into(),
        }
    }

    pub fn request(status: StatusCode, message: impl Into<String>) -> Self {
        Self::Request {
            status,
            message: message.into(),
        }
    }
}

impl From<DbError> for ApiError {
    fn from(error: DbError) -> Self {
        Self::Internal(error.to_string())
    }
}

/// The flat body shape: `{ "error", "message", "error_code" }`.
pub(crate) fn flat_body(status: StatusCode, message: &str, code: &str) -> Value {
    json!({
        "error": status.canonical_reason().unwrap_or("Error"),
        "message": message,
        "error_code": code,
    })
}

/// The 429 body and headers used by the rate limiter, the login throttle and injected faults.
pub(crate) fn too_many_requests(
    error: &str,
    code: &str,
    message: &str,
    retry_after: u64,
) -> Response {
    let body = json!({ "error": error, "message": message, "error_code": code, "retry_after": retry_after });
    let mut response = (StatusCode::TOO_MANY_REQUESTS, Json(body)).into_response();
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
    response
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let nested = |status: StatusCode, message: String, details: Option<Value>| {
            let mut error = json!({ "code": status.as_u16(), "message": message });
            if let Some(details) = details {
                error["details"] = details;
            }
            (status, Json(json!({ "error": error }))).into_response()
        };
        let flat = |status: StatusCode, message: &str, code: &str| {
            (status, Json(flat_body(status, message, code))).into_response()
        };
        match self {
            Self::Request { status, message } => nested(status, message, None),
            Self::Invalid { field, message } => nested(
                StatusCode::UNPROCESSABLE_ENTITY,
                message,
                Some(json!({ "field": field })),
            ),
            Self::Unauthorized { code, message } => flat(StatusCode::UNAUTHORIZED, message, code),
            Self::Forbidden { code, message } => flat(StatusCode::FORBIDDEN, message, code),
            Self::NotFound { code, message } => flat(StatusCode::NOT_FOUND, message, code),
            Self::Conflict { code, message } => flat(StatusCode::CONFLICT, message, code),
            Self::TokenLimitReached { limit } => flat(
                StatusCode::CONFLICT,
                &format!(
                    "The organization has reached its limit of {limit} tokens; delete one first"
                ),
                "TOKEN_LIMIT_REACHED",
            ),
            Self::TooManyRequests {
                error,
                code,
                message,
                retry_after,
            } => too_many_requests(error, code, &message, retry_after),
            Self::Internal(detail) => {
                tracing::error!(%detail, "internal error");
                flat(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "The sandbox hit an internal error",
                    "INTERNAL_ERROR",
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn body_of(error: ApiError) -> (StatusCode, Value) {
        let response = error.into_response();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 16)
            .await
            .expect("body");
        (status, serde_json::from_slice(&bytes).expect("json"))
    }

    #[tokio::test]
    async fn validation_errors_use_the_nested_shape_with_the_field() {
        let (status, body) = body_of(ApiError::invalid("name", "Name is required")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            body,
            json!({ "error": { "code": 422, "message": "Name is required", "details": { "field": "name" } } })
        );
    }

    #[tokio::test]
    async fn conflicts_use_the_flat_shape_with_token_limit_reached() {
        let (status, body) = body_of(ApiError::TokenLimitReached { limit: 3 }).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert_eq!(body["error"], "Conflict");
        assert_eq!(body["error_code"], "TOKEN_LIMIT_REACHED");
    }

    #[tokio::test]
    async fn internal_errors_hide_their_detail() {
        let (status, body) = body_of(ApiError::Internal("secret path /x".into())).await;
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(!body.to_string().contains("/x"));
    }
}
