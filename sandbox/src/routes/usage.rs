//! `GET /api/v3/tokens/{id}/usage?days=30`: one token's recent use (session token; the same
//! accounts that may list tokens). 404 for an id the organization never had, 422 for `days`
//! outside 1–90. Reads only what `db::usage` kept; see that module for retention.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{Value, json};

use super::AppState;
use super::extract::{ApiPath, ApiQuery, Session};
use super::tokens::{require_lister, rfc3339};
use crate::api_error::ApiError;
use crate::db::{tokens, usage};

/// Days a report covers when `days` is not given, and the largest allowed.
const DEFAULT_DAYS: i64 = 30;
const MAX_DAYS: i64 = 90;

#[derive(Debug, Deserialize)]
pub(crate) struct UsageQuery {
    days: Option<String>,
}

const NOT_FOUND: ApiError = ApiError::NotFound {
    code: "TOKEN_NOT_FOUND",
    message: "Token not found",
};

fn parse_days(raw: Option<&str>) -> Result<i64, ApiError> {
    match raw.map(str::trim) {
        None | Some("") => Ok(DEFAULT_DAYS),
        Some(text) => text
            .parse::<i64>()
            .ok()
            .filter(|days| (1..=MAX_DAYS).contains(days))
            .ok_or_else(|| {
                ApiError::invalid("days", format!("days must be between 1 and {MAX_DAYS}"))
            }),
    }
}

fn date(day: i64) -> String {
    DateTime::<Utc>::from_timestamp(day * 86_400, 0)
        .unwrap_or_default()
        .format("%Y-%m-%d")
        .to_string()
}

/// `{ result: { token_id, last_used_at, last_used_ips, daily, failed_auth } }`.
pub(crate) async fn usage(
    State(state): State<AppState>,
    Session(account): Session,
    ApiPath(id): ApiPath,
    ApiQuery(query): ApiQuery<UsageQuery>,
) -> Result<Json<Value>, ApiError> {
    require_lister(&account)?;
    let id: i64 = id.trim().parse().map_err(|_| NOT_FOUND)?;
    let days = parse_days(query.days.as_deref())?;
    let org = account.organization.id;
    let now = state.clock.unix_now();
    let prune = Arc::clone(&state.usage).prune_due();
    let report = state
        .db
        .call(move |conn| {
            if !tokens::exists_in_org(conn, org, id)? {
                return Ok(None);
            }
            if let Some(at) = prune {
                let tx = conn.transaction()?;
                usage::prune(&tx, at)?;
                tx.commit()?;
            }
            usage::report(conn, id, now, days).map(Some)
        })
        .await?
        .ok_or(NOT_FOUND)?;
    Ok(Json(json!({
        "result": {
            "token_id": id,
            "last_used_at": report.last_used_at.map(rfc3339),
            "last_used_ips": report.ips.iter().map(|ip| json!({
                "ip": ip.ip,
                "last_seen_at": rfc3339(ip.last_seen_at),
                "requests": ip.requests,
            })).collect::<Vec<_>>(),
            "daily": report.daily.iter().map(|d| json!({
                "date": date(d.day),
                "requests": d.requests,
                "errors": d.errors,
                "failed_auth": d.failed_auth,
            })).collect::<Vec<_>>(),
            "failed_auth": report.failed.iter().map(|f| json!({
                "at": rfc3339(f.at),
                "ip": f.ip,
                "reason": f.reason,
            })).collect::<Vec<_>>(),
        }
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_default_to_thirty_and_must_be_one_to_ninety() {
        assert_eq!(parse_days(None).ok(), Some(30));
        assert_eq!(parse_days(Some(" 1 ")).ok(), Some(1));
        assert_eq!(parse_days(Some("90")).ok(), Some(90));
        for bad in ["0", "91", "-1", "abc", "1.5"] {
            assert!(
                matches!(
                    parse_days(Some(bad)),
                    Err(ApiError::Invalid { field: "days", .. })
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn days_render_as_utc_dates() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(20_454), "2026-01-01");
    }
}
