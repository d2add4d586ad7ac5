//! Key checks: `GET /api/v3/speech-to-text/session` (batch keys) and
//! `GET /api/v4/realtime/status` (realtime keys). Owns the mapping of a key's state to the
//! documented answers: 200 valid; 403 valid key of the other type; 401 with `KEY_REVOKED`,
//! `INVALID_API_KEY` (unknown or expired) or `MISSING_API_KEY`.

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use serde_json::{Value, json};

use super::AppState;
use super::extract::{Credential, credential};
use crate::api_error::ApiError;
use crate::crypto::sha256;
use crate::db::tokens;
use crate::model::TokenType;

const MISSING: ApiError = ApiError::Unauthorized {
    code: "MISSING_API_KEY",
    message: "Send the API key as 'Authorization: Bearer <key>' or 'x-zoom-s2t-key: <key>'",
};
const INVALID: ApiError = ApiError::Unauthorized {
    code: "INVALID_API_KEY",
    message: "Invalid API key",
};
const EXPIRED: ApiError = ApiError::Unauthorized {
    code: "INVALID_API_KEY",
    message: "The API key has expired",
};
const REVOKED: ApiError = ApiError::Unauthorized {
    code: "KEY_REVOKED",
    message: "The API key has been revoked",
};

async fn check(state: &AppState, headers: &HeaderMap, wanted: TokenType) -> Result<(), ApiError> {
    let key = match credential(headers, true) {
        Credential::Missing => return Err(MISSING),
        Credential::Malformed => return Err(INVALID),
        Credential::Value(key) => key,
    };
    let hash = sha256(key.as_bytes());
    let found = state
        .db
        .call(move |conn| tokens::find_by_key(conn, &hash))
        .await?;
    let Some(found) = found else {
        return Err(INVALID);
    };
    if found.revoked {
        return Err(REVOKED);
    }
    if found.expires_at <= state.clock.unix_now() {
        return Err(EXPIRED);
    }
    if found.token_type != wanted {
        return Err(ApiError::Forbidden {
            code: "WRONG_KEY_TYPE",
            message: match wanted {
                TokenType::Batch => "This endpoint needs a batch key; this is a realtime key",
                TokenType::Realtime => "This endpoint needs a realtime key; this is a batch key",
            },
        });
    }
    Ok(())
}

/// A batch key's check: an empty page of transcription sessions.
pub(crate) async fn batch(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    check(&state, &headers, TokenType::Batch).await?;
    Ok(Json(
        json!({ "count": 0, "total_results": 0, "result": [] }),
    ))
}

/// A realtime key's check: the realtime service status.
pub(crate) async fn realtime(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    check(&state, &headers, TokenType::Realtime).await?;
    Ok(Json(json!({ "status": "available", "type": "realtime" })))
}
