//! API-key authentication for the integration routes, as extractors: [`BatchKey`] and
//! [`RealtimeKey`] answer 401 with `KEY_REVOKED`, `INVALID_API_KEY` (unknown or expired) or
//! `MISSING_API_KEY`, 403 `WRONG_KEY_TYPE` for a key of the other type, and tell the usage
//! recorder which token the request used. Also the realtime key check,
//! `GET /api/v4/realtime/status`; the batch check is the session list (`transcription`).

use axum::Json;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use serde_json::{Value, json};

use super::AppState;
use super::extract::{Credential, credential};
use crate::api_error::ApiError;
use crate::crypto::sha256;
use crate::db::tokens;
use crate::model::{KeyFailure, TokenType};
use crate::usage::KeyUseSlot;

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

/// Checks the request's key for a `wanted` route and returns its token id; tells the usage
/// slot (when the recorder installed one) what it found.
async fn check(parts: &Parts, state: &AppState, wanted: TokenType) -> Result<i64, ApiError> {
    let slot = parts.extensions.get::<KeyUseSlot>().cloned();
    let unknown = |error: ApiError| {
        if let Some(slot) = &slot {
            slot.unknown();
        }
        error
    };
    let key = match credential(&parts.headers, true) {
        Credential::Missing => return Err(unknown(MISSING)),
        Credential::Malformed => return Err(unknown(INVALID)),
        Credential::Value(key) => key,
    };
    let hash = sha256(key.as_bytes());
    let found = state
        .db
        .call(move |conn| tokens::find_by_key(conn, &hash))
        .await?;
    let Some(found) = found else {
        return Err(unknown(INVALID));
    };
    let verdict = found.check(wanted, state.clock.unix_now());
    if let Some(slot) = &slot {
        slot.known(found.id, verdict.err());
    }
    match verdict {
        Ok(()) => Ok(found.id),
        Err(KeyFailure::Revoked) => Err(REVOKED),
        Err(KeyFailure::Expired) => Err(EXPIRED),
        Err(KeyFailure::WrongType) => Err(ApiError::Forbidden {
            code: "WRONG_KEY_TYPE",
            message: match wanted {
                TokenType::Batch => "This endpoint needs a batch key; this is a realtime key",
                TokenType::Realtime => "This endpoint needs a realtime key; this is a batch key",
            },
        }),
    }
}

/// A working batch key; holds its token id.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BatchKey(pub i64);

impl FromRequestParts<AppState> for BatchKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        check(parts, state, TokenType::Batch).await.map(Self)
    }
}

/// A working realtime key.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RealtimeKey;

impl FromRequestParts<AppState> for RealtimeKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        check(parts, state, TokenType::Realtime).await.map(|_| Self)
    }
}

/// A realtime key's check: the realtime service status.
pub(crate) async fn realtime(_key: RealtimeKey) -> Json<Value> {
    Json(json!({ "status": "available", "type": "realtime" }))
}
