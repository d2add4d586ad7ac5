//! Creating a token (`POST /api/v3/tokens`) and finding out what happened when the answer
//! was lost.
//!
//! Owns the create body (the undocumented expiry field name lives in [`EXPIRY_FIELD`] and
//! nowhere else) and the reconciliation rule. A create is never retried: the only safe
//! follow-up to a lost answer is to look at the list.

use std::collections::HashSet;

use chrono::{DateTime, Duration, Utc};
use reqwest::Method;
use serde_json::{Map, Value, json};

use super::ApiClient;
use super::error::{ApiError, Result};
use super::send::{Body, Call};
use crate::model::{RemoteToken, TokenId, TokenType};
use crate::names::validate_token_name;
use crate::secret::Secret;

/// The name of the expiry field in the create body. Not documented by Scriptix: this is the
/// project's choice, kept in this one place so it can change once the live API is observed.
pub const EXPIRY_FIELD: &str = "expiration_years";

/// How far back a token found after a lost create answer may have been created.
pub const RECONCILE_WINDOW: Duration = Duration::minutes(10);

/// Lifetimes Scriptix offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum ExpiryYears {
    /// 1 year.
    One,
    /// 2 years.
    Two,
    /// 5 years.
    Five,
}

impl ExpiryYears {
    /// The number of years.
    pub fn years(self) -> u32 {
        match self {
            Self::One => 1,
            Self::Two => 2,
            Self::Five => 5,
        }
    }

    /// 1, 2 or 5; anything else is `None`.
    pub fn from_years(years: u32) -> Option<Self> {
        match years {
            1 => Some(Self::One),
            2 => Some(Self::Two),
            5 => Some(Self::Five),
            _ => None,
        }
    }
}

/// What to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewToken {
    /// Checked with [`validate_token_name`] before sending.
    pub name: String,
    /// Batch or realtime.
    pub token_type: TokenType,
    /// Lifetime.
    pub expiration_years: ExpiryYears,
}

/// A freshly created token and its key (the only time Scriptix ever shows the key).
#[derive(Debug, Clone)]
pub struct CreatedToken {
    /// Its metadata.
    pub token: RemoteToken,
    /// The key. Hand it to the vault or the reveal dialog; never to the store.
    pub key: Secret,
}

/// What [`ApiClient::create_token_reconciled`] found out.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum CreateOutcome {
    /// Created, key in hand.
    Created(CreatedToken),
    /// The answer was lost but the token exists: its key cannot be shown again.
    CreatedButKeyLost(RemoteToken),
    /// The answer was lost and no such token exists: safe to try again.
    NotCreated {
        /// A user-facing sentence.
        reason: String,
    },
}

impl ApiClient {
    /// Creates a token. Never retried.
    ///
    /// Errors: [`ApiError::InvalidInput`] (field `name`) for a refused name, before sending;
    /// [`ApiError::CreateOutcomeUnknown`] when the request may have reached Scriptix but no
    /// usable answer came back (timeout, dropped connection, 502/504, unreadable 2xx);
    /// [`ApiError::LimitReached`], [`ApiError::Forbidden`], [`ApiError::Unauthorized`], …
    pub async fn create_token(&self, session: &Secret, new: &NewToken) -> Result<CreatedToken> {
        let name = checked_name(&new.name)?;
        let mut body = Map::new();
        body.insert("name".to_owned(), json!(name));
        body.insert("type".to_owned(), json!(new.token_type.as_str()));
        body.insert(EXPIRY_FIELD.to_owned(), json!(new.expiration_years.years()));
        let call = Call::new(
            Method::POST,
            self.endpoint("api/v3/tokens")?,
            Body::Json(Value::Object(body)),
        )
        .bearer(session)
        .reply_holds_secret()
        .outcome_matters();
        let reply = match self.send(call).await {
            Ok(reply) => reply,
            Err(ApiError::Server {
                status: 502 | 504, ..
            }) => return Err(ApiError::CreateOutcomeUnknown),
            Err(err) => return Err(err),
        };
        // From here on Scriptix said yes: an unreadable answer means the key is lost.
        let value = reply.json().map_err(|_| ApiError::CreateOutcomeUnknown)?;
        read_created(&value).ok_or(ApiError::CreateOutcomeUnknown)
    }

    /// Lists the tokens, creates, and when the answer is lost looks for a token with this
    /// exact name that was not in the first list and was created in the last
    /// [`RECONCILE_WINDOW`].
    ///
    /// Errors: as [`ApiClient::create_token`] and [`ApiClient::list_tokens`], except that
    /// [`ApiError::CreateOutcomeUnknown`] is returned only when even the second list fails.
    pub async fn create_token_reconciled(
        &self,
        session: &Secret,
        new: &NewToken,
    ) -> Result<CreateOutcome> {
        checked_name(&new.name)?;
        let before: HashSet<TokenId> = self
            .list_tokens(session)
            .await?
            .into_iter()
            .map(|t| t.id)
            .collect();
        self.create_token_after(session, new, &before).await
    }

    /// The second half of [`ApiClient::create_token_reconciled`], for a caller that listed
    /// the tokens itself (`before`: their ids) and recorded them before sending.
    ///
    /// Errors: as [`ApiClient::create_token_reconciled`].
    pub async fn create_token_after(
        &self,
        session: &Secret,
        new: &NewToken,
        before: &HashSet<TokenId>,
    ) -> Result<CreateOutcome> {
        let name = checked_name(&new.name)?;
        match self.create_token(session, new).await {
            Ok(created) => Ok(CreateOutcome::Created(created)),
            Err(ApiError::CreateOutcomeUnknown) => {
                let after = self
                    .list_tokens(session)
                    .await
                    .map_err(|_| ApiError::CreateOutcomeUnknown)?;
                Ok(match find_created(after, before, &name, Utc::now()) {
                    Some(token) => CreateOutcome::CreatedButKeyLost(token),
                    None => CreateOutcome::NotCreated {
                        reason: "Scriptix did not confirm the new token and it is not in your token list, so it was not created. You can try again.".to_owned(),
                    },
                })
            }
            Err(err) => Err(err),
        }
    }
}

fn checked_name(name: &str) -> Result<String> {
    validate_token_name(name).map_err(|err| ApiError::InvalidInput {
        field: Some("name".to_owned()),
        message: err.to_string(),
    })
}

fn read_created(value: &Value) -> Option<CreatedToken> {
    let object = match value.get("result") {
        Some(inner @ Value::Object(_)) => inner,
        _ => value,
    };
    let key = ["key", "api_key", "token"]
        .iter()
        .find_map(|field| object.get(*field).and_then(Value::as_str))
        .map(str::trim)
        .filter(|k| !k.is_empty())?;
    let token = RemoteToken::from_json(object).ok()?;
    Some(CreatedToken {
        token,
        key: Secret::new(key.to_owned()),
    })
}

/// The tokens that may be the one a create made: not among `before`, named exactly `name`,
/// and created between `from` and `until` (a token without a creation time qualifies).
/// More than one means the list cannot tell which is which.
pub fn created_candidates(
    after: &[RemoteToken],
    before: &HashSet<TokenId>,
    name: &str,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Vec<RemoteToken> {
    after
        .iter()
        .filter(|t| {
            !before.contains(&t.id)
                && t.name.as_deref().map(str::trim) == Some(name)
                && t.created_at.is_none_or(|at| at >= from && at <= until)
        })
        .cloned()
        .collect()
}

fn find_created(
    after: Vec<RemoteToken>,
    before: &HashSet<TokenId>,
    name: &str,
    now: DateTime<Utc>,
) -> Option<RemoteToken> {
    let recent = |created: Option<DateTime<Utc>>| {
        created.is_none_or(|at| at >= now - RECONCILE_WINDOW && at <= now + RECONCILE_WINDOW)
    };
    after
        .into_iter()
        .filter(|t| {
            !before.contains(&t.id)
                && t.name.as_deref().map(str::trim) == Some(name)
                && recent(t.created_at)
        })
        .max_by_key(|t| t.created_at)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_create_reply_gives_token_and_key() {
        let created = read_created(&json!({"id": 9, "name": "CI", "key": "sk_live_x", "type": "batch", "created_at": "2026-01-01T00:00:00Z"})).unwrap();
        assert_eq!(created.token.id, TokenId::new("9"));
        assert_eq!(created.key.expose(), "sk_live_x");
    }

    #[test]
    fn a_result_wrapped_create_reply_is_unwrapped() {
        let created = read_created(
            &json!({"result": {"id": "a1", "name": "CI", "key": "k", "type": "realtime"}}),
        )
        .unwrap();
        assert_eq!(created.token.token_type, TokenType::Realtime);
    }

    #[test]
    fn a_create_reply_without_a_key_is_unreadable() {
        assert!(read_created(&json!({"id": 9, "name": "CI"})).is_none());
        assert!(read_created(&json!({"key": "k"})).is_none());
    }

    #[test]
    fn reconciliation_picks_only_a_new_recent_token_with_the_exact_name() {
        let now = Utc::now();
        let token = |id: &str, name: &str, minutes_ago: i64| RemoteToken {
            id: TokenId::new(id),
            name: Some(name.to_owned()),
            token_type: TokenType::Batch,
            created_at: Some(now - Duration::minutes(minutes_ago)),
            expires_at: None,
        };
        let before: HashSet<TokenId> = [TokenId::new("old")].into();
        let after = vec![
            token("old", "CI", 1),
            token("other", "CI 2", 1),
            token("stale", "CI", 30),
        ];
        assert!(find_created(after.clone(), &before, "CI", now).is_none());
        let mut with_new = after;
        with_new.push(token("new", "CI", 2));
        assert_eq!(
            find_created(with_new, &before, "CI", now).unwrap().id,
            TokenId::new("new")
        );
    }
}
