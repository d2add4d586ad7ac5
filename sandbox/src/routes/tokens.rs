//! `GET/POST /api/v3/tokens` and `DELETE /api/v3/tokens/{id}`. Owns paging and input
//! validation for tokens and the role rule (DEVELOPER or ORGADMIN to create and delete). The
//! plain key exists only in the create response; storage sees its hash.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Months, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::AppState;
use super::extract::{ApiJson, ApiPath, ApiQuery, Session};
use crate::api_error::ApiError;
use crate::crypto::{new_api_key, sha256};
use crate::db::tokens::{self, NewToken};
use crate::model::{Account, TokenRecord, TokenType};

/// Default and largest page size.
const DEFAULT_LIMIT: u64 = 25;
const MAX_LIMIT: u64 = 100;
/// Longest token name, in characters.
const MAX_NAME_CHARS: usize = 100;

#[derive(Debug, Deserialize)]
pub(crate) struct ListQuery {
    pub offset: Option<String>,
    pub limit: Option<String>,
}

/// RFC 3339 UTC with second precision, e.g. `2026-01-31T12:00:00Z`.
pub(crate) fn rfc3339(unix: i64) -> String {
    DateTime::<Utc>::from_timestamp(unix, 0)
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// One listed token, written straight to the body (no `Value` per token).
#[derive(Serialize)]
struct Item<'a> {
    id: i64,
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    created_at: String,
    expires_at: String,
}

impl<'a> Item<'a> {
    fn of(token: &'a TokenRecord) -> Self {
        Self {
            id: token.id,
            name: &token.name,
            kind: token.token_type.as_str(),
            created_at: rfc3339(token.created_at),
            expires_at: rfc3339(token.expires_at),
        }
    }
}

/// A created token: its listing plus the plain key (in this reply only).
#[derive(Serialize)]
struct Created<'a> {
    #[serde(flatten)]
    item: Item<'a>,
    key: String,
}

/// A list page: `{ count, total_results, result }`.
#[derive(Serialize)]
struct ListPage<'a> {
    count: usize,
    total_results: u64,
    result: Vec<Item<'a>>,
}

pub(crate) fn parse_paging(query: &ListQuery) -> Result<(u64, u64), ApiError> {
    let offset = match query.offset.as_deref().map(str::trim) {
        None | Some("") => 0,
        Some(text) => text.parse::<u64>().map_err(|_| {
            ApiError::invalid("offset", "offset must be a whole number of 0 or more")
        })?,
    };
    let limit = match query.limit.as_deref().map(str::trim) {
        None | Some("") => DEFAULT_LIMIT,
        Some(text) => text
            .parse::<u64>()
            .ok()
            .filter(|limit| (1..=MAX_LIMIT).contains(limit))
            .ok_or_else(|| {
                ApiError::invalid("limit", format!("limit must be between 1 and {MAX_LIMIT}"))
            })?,
    };
    Ok((offset, limit))
}

/// Who may list tokens (and read their usage): every signed-in account of the organization
/// today. One place, so the usage endpoint follows if the list ever gains a role rule.
pub(crate) fn require_lister(account: &Account) -> Result<(), ApiError> {
    if account.may_list_tokens() {
        Ok(())
    } else {
        Err(ApiError::Forbidden {
            code: "INSUFFICIENT_ROLE",
            message: "Listing tokens requires a role in the organization",
        })
    }
}

/// `{ count, total_results, result: [ { id, name, type, created_at, expires_at } ] }`.
pub(crate) async fn list(
    State(state): State<AppState>,
    Session(account): Session,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Response, ApiError> {
    require_lister(&account)?;
    let (offset, limit) = parse_paging(&query)?;
    let org = account.organization.id;
    let (page, total) = state
        .db
        .call(move |conn| tokens::list(conn, org, offset, limit))
        .await?;
    let body = ListPage {
        count: page.len(),
        total_results: total,
        result: page.iter().map(Item::of).collect(),
    };
    Ok(Json(body).into_response())
}

/// Trims and checks a token name: 1–100 characters, no control or bidi control characters.
pub(crate) fn validate_name(raw: &str) -> Result<String, ApiError> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(ApiError::invalid("name", "Name is required"));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(ApiError::invalid(
            "name",
            format!("Name must be at most {MAX_NAME_CHARS} characters"),
        ));
    }
    if name.chars().any(char::is_control) {
        return Err(ApiError::invalid(
            "name",
            "Name must not contain control characters",
        ));
    }
    let bidi = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if name.chars().any(bidi) {
        return Err(ApiError::invalid(
            "name",
            "Name must not contain bidirectional override characters",
        ));
    }
    Ok(name.to_owned())
}

fn parse_create(body: &Value) -> Result<(String, TokenType, u32), ApiError> {
    let Some(object) = body.as_object() else {
        return Err(ApiError::invalid("body", "The body must be a JSON object"));
    };
    let name = match object.get("name") {
        Some(Value::String(name)) => validate_name(name)?,
        None | Some(Value::Null) => {
            return Err(ApiError::invalid("name", "Missing required field: name"));
        }
        Some(_) => return Err(ApiError::invalid("name", "name must be a string")),
    };
    let token_type = object
        .get("type")
        .and_then(Value::as_str)
        .and_then(TokenType::parse)
        .ok_or_else(|| ApiError::invalid("type", "type must be \"batch\" or \"realtime\""))?;
    let years = match object.get("expiration_years") {
        None | Some(Value::Null) => 1,
        Some(value) => value
            .as_u64()
            .filter(|years| matches!(years, 1 | 2 | 5))
            .and_then(|years| u32::try_from(years).ok())
            .ok_or_else(|| {
                ApiError::invalid("expiration_years", "expiration_years must be 1, 2 or 5")
            })?,
    };
    Ok((name, token_type, years))
}

fn require_manager(account: &Account) -> Result<(), ApiError> {
    if account.may_manage_tokens() {
        Ok(())
    } else {
        Err(ApiError::Forbidden {
            code: "INSUFFICIENT_ROLE",
            message: "Managing tokens requires the DEVELOPER or ORGADMIN role",
        })
    }
}

/// 201 `{ id, name, key, type, created_at, expires_at }`; the only place a key is shown.
pub(crate) async fn create(
    State(state): State<AppState>,
    Session(account): Session,
    ApiJson(body): ApiJson<Value>,
) -> Result<Response, ApiError> {
    require_manager(&account)?;
    let (name, token_type, years) = parse_create(&body)?;
    let now = state.clock.now();
    let expires = now
        .checked_add_months(Months::new(12 * years))
        .ok_or_else(|| ApiError::Internal("expiry out of range".into()))?;
    let key = new_api_key();
    let key_hash = sha256(key.as_bytes());
    let org = account.organization;
    let created = state
        .db
        .call(move |conn| {
            let new = NewToken {
                organization_id: org.id,
                name: &name,
                token_type,
                created_at: now.timestamp(),
                expires_at: expires.timestamp(),
                key_hash,
            };
            tokens::create_within_limit(conn, &new, org.token_limit)
        })
        .await?
        .ok_or(ApiError::TokenLimitReached {
            limit: org.token_limit,
        })?;
    let body = Created {
        item: Item::of(&created),
        key,
    };
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// 204 on revocation; 404 when the organization has no live token with that id.
pub(crate) async fn delete(
    State(state): State<AppState>,
    Session(account): Session,
    ApiPath(id): ApiPath,
) -> Result<StatusCode, ApiError> {
    require_manager(&account)?;
    const NOT_FOUND: ApiError = ApiError::NotFound {
        code: "TOKEN_NOT_FOUND",
        message: "Token not found",
    };
    let id: i64 = id.trim().parse().map_err(|_| NOT_FOUND)?;
    let org = account.organization.id;
    let now = state.clock.unix_now();
    let revoked = state
        .db
        .call(move |conn| tokens::revoke(conn, org, id, now))
        .await?;
    if revoked {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(NOT_FOUND)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn field_of(result: Result<String, ApiError>) -> Option<&'static str> {
        match result {
            Err(ApiError::Invalid { field, .. }) => Some(field),
            _ => None,
        }
    }

    #[test]
    fn names_are_trimmed_and_limited_to_one_hundred_characters() {
        assert_eq!(
            validate_name("  Build server  ").ok().as_deref(),
            Some("Build server")
        );
        assert!(validate_name(&"é".repeat(100)).is_ok());
        assert_eq!(field_of(validate_name(&"é".repeat(101))), Some("name"));
        assert_eq!(field_of(validate_name("   ")), Some("name"));
    }

    #[test]
    fn names_with_control_or_bidi_characters_are_refused() {
        for bad in [
            "a\u{0007}b",
            "tab\there",
            "x\u{202E}y",
            "x\u{2066}y",
            "x\u{2069}",
        ] {
            assert_eq!(field_of(validate_name(bad)), Some("name"), "{bad:?}");
        }
        assert!(validate_name("Ünïcödé ✓ naam").is_ok());
    }

    #[test]
    fn create_bodies_default_to_one_year_and_name_the_bad_field() {
        let ok = parse_create(&json!({"name": "n", "type": "realtime"})).ok();
        assert_eq!(ok, Some(("n".into(), TokenType::Realtime, 1)));
        let field = |v: Value| match parse_create(&v) {
            Err(ApiError::Invalid { field, .. }) => field,
            _ => "none",
        };
        assert_eq!(field(json!({"name": "n", "type": "other"})), "type");
        assert_eq!(
            field(json!({"name": "n", "type": "batch", "expiration_years": 3})),
            "expiration_years"
        );
        assert_eq!(
            field(json!({"name": "n", "type": "batch", "expiration_years": "1"})),
            "expiration_years"
        );
        assert_eq!(field(json!({"type": "batch"})), "name");
        assert_eq!(field(json!([1])), "body");
    }

    #[test]
    fn times_render_as_rfc3339_utc_seconds() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_767_225_600), "2026-01-01T00:00:00Z");
    }
}
