//! Checking whether an API key still works, without spending capacity.
//!
//! Owns the two check endpoints and the reading of their answers. It must never open a
//! realtime WebSocket or call `…/initialize`, and never put the key anywhere but the header.

use std::time::Duration;

use super::ApiClient;
use super::error::{ApiError, Result};
use super::send::Call;
use crate::i18n::Coded;
use crate::model::TokenType;
use crate::secret::Secret;

/// What a key check found.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum KeyCheck {
    /// 200: the key works.
    Valid,
    /// 401 with `KEY_REVOKED`.
    Revoked { code: String },
    /// Any other 401: invalid or expired.
    Invalid { code: Option<String> },
    /// 403: the key authenticates but may not call the check endpoint.
    Forbidden,
    /// 429 after the retry budget: unknown, try later.
    RateLimited { retry_after: Option<Duration> },
    /// 5xx, timeouts, connection problems, unreadable replies: unknown, try later.
    /// `coded`: why, the connection error's catalogue message (its English is the error's).
    Unreachable { coded: Coded },
}

impl ApiClient {
    /// Checks a key: batch → `GET /api/v3/speech-to-text/session?offset=0&limit=1`,
    /// realtime (and unknown types) → `GET /api/v4/realtime/status`, key as Bearer.
    ///
    /// Errors: only [`ApiError::BadUrl`]; every answer (or lack of one) is a [`KeyCheck`].
    pub async fn check_key(&self, key: &Secret, token_type: &TokenType) -> Result<KeyCheck> {
        let url = match token_type {
            TokenType::Batch => {
                let mut url = self.endpoint("api/v3/speech-to-text/session")?;
                url.query_pairs_mut()
                    .append_pair("offset", "0")
                    .append_pair("limit", "1");
                url
            }
            TokenType::Realtime | TokenType::Other(_) => self.endpoint("api/v4/realtime/status")?,
        };
        match self.send(Call::get(url).bearer(key)).await {
            Ok(_) => Ok(KeyCheck::Valid),
            Err(ApiError::Unauthorized {
                code: Some(code), ..
            }) if code == "KEY_REVOKED" => Ok(KeyCheck::Revoked { code }),
            Err(ApiError::Unauthorized { code, .. }) => Ok(KeyCheck::Invalid { code }),
            Err(ApiError::Forbidden { .. }) => Ok(KeyCheck::Forbidden),
            Err(ApiError::RateLimited { retry_after, .. }) => {
                Ok(KeyCheck::RateLimited { retry_after })
            }
            Err(err @ ApiError::BadUrl(_)) => Err(err),
            Err(other) => Ok(KeyCheck::Unreachable {
                coded: other.coded(),
            }),
        }
    }
}
