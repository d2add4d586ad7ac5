//! A token's usage (`GET /api/v3/tokens/{id}/usage`): documented by the user guide as a need,
//! unknown on the live API, implemented by the sandbox.
//!
//! Owns the tolerant reading of the report (envelope or bare object, missing lists read as
//! empty, unreadable items skipped) and telling "this server has no usage endpoint"
//! (404 without `TOKEN_NOT_FOUND`, 405, 501) from "this token is unknown". It must not
//! cache: the store does that.

use chrono::{DateTime, NaiveDate, Utc};
use reqwest::StatusCode;
use serde_json::Value;

use super::ApiClient;
use super::error::{ApiError, Result};
use super::send::Call;
use crate::model::TokenId;
use crate::secret::Secret;
use crate::usage::{DayUsage, FailedAuth, IpSeen, UsageReport};

/// The days of history asked for (the usage panel's chart).
pub const USAGE_DAYS: u32 = 30;

/// What the usage endpoint said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageFetch {
    /// The report.
    Report(UsageReport),
    /// 404 `TOKEN_NOT_FOUND`: the token is unknown (or its history was not kept).
    UnknownToken,
    /// This server has no usage endpoint (404 for the route, 405, 501).
    NotAvailable,
}

impl ApiClient {
    /// The last [`USAGE_DAYS`] days of one token's usage.
    ///
    /// Errors: [`ApiError::InvalidInput`] (field `tokenId`) for an id that is not URL-safe,
    /// before anything is sent; [`ApiError::Forbidden`] (role), [`ApiError::Unauthorized`],
    /// [`ApiError::Decode`] for a 200 that is not a report, funnel errors.
    pub async fn token_usage(&self, session: &Secret, id: &TokenId) -> Result<UsageFetch> {
        self.token_usage_days(session, id, USAGE_DAYS).await
    }

    /// The same over `days` days (1–90): the per-IP counts of shorter and longer windows
    /// tell when an IP was first seen.
    ///
    /// Errors: as [`ApiClient::token_usage`].
    pub async fn token_usage_days(
        &self,
        session: &Secret,
        id: &TokenId,
        days: u32,
    ) -> Result<UsageFetch> {
        if !id.is_url_safe() {
            return Err(ApiError::InvalidInput {
                field: Some("tokenId".to_owned()),
                message: "This is not a token id Scriptix gives out, so nothing was sent."
                    .to_owned(),
            });
        }
        let mut url = self.endpoint("api/v3/tokens/")?;
        url.path_segments_mut()
            .map_err(|_| ApiError::BadUrl(crate::base_url::BaseUrlError::NotAUrl))?
            .pop_if_empty()
            .push(id.as_str())
            .push("usage");
        url.query_pairs_mut().append_pair("days", &days.to_string());
        match self.send(Call::get(url).bearer(session)).await {
            Ok(reply) => read_report(&reply.json()?)
                .map(UsageFetch::Report)
                .ok_or_else(|| reply.decode_error()),
            Err(err) => not_available(err),
        }
    }
}

fn not_available(err: ApiError) -> Result<UsageFetch> {
    match &err {
        ApiError::NotFound { code, .. } if code.as_deref() == Some("TOKEN_NOT_FOUND") => {
            Ok(UsageFetch::UnknownToken)
        }
        ApiError::NotFound { .. } => Ok(UsageFetch::NotAvailable),
        ApiError::Rejected { status, .. } | ApiError::Server { status, .. }
            if *status == StatusCode::METHOD_NOT_ALLOWED.as_u16()
                || *status == StatusCode::NOT_IMPLEMENTED.as_u16() =>
        {
            Ok(UsageFetch::NotAvailable)
        }
        _ => Err(err),
    }
}

fn time(value: Option<&Value>) -> Option<DateTime<Utc>> {
    let text = value?.as_str()?;
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn count(value: Option<&Value>) -> u64 {
    value.and_then(Value::as_u64).unwrap_or(0)
}

fn list<'a>(object: &'a serde_json::Map<String, Value>, key: &str) -> &'a [Value] {
    object
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// Reads `{ result: {...} }` or the bare object. `None` when it is neither an object nor
/// has any of the report's fields.
pub(crate) fn read_report(value: &Value) -> Option<UsageReport> {
    let object = value
        .get("result")
        .and_then(Value::as_object)
        .or_else(|| value.as_object())?;
    let known = ["last_used_at", "last_used_ips", "daily", "failed_auth"];
    if !known.iter().any(|k| object.contains_key(*k)) {
        return None;
    }
    let ips = list(object, "last_used_ips")
        .iter()
        .filter_map(|ip| {
            Some(IpSeen {
                ip: ip.get("ip")?.as_str()?.to_owned(),
                last_seen_at: time(ip.get("last_seen_at"))?,
                requests: count(ip.get("requests")),
                first_seen_at: time(ip.get("first_seen_at")),
            })
        })
        .collect();
    let mut daily: Vec<DayUsage> = list(object, "daily")
        .iter()
        .filter_map(|day| {
            Some(DayUsage {
                date: NaiveDate::parse_from_str(day.get("date")?.as_str()?, "%Y-%m-%d").ok()?,
                requests: count(day.get("requests")),
                errors: count(day.get("errors")),
                failed_auth: count(day.get("failed_auth")),
            })
        })
        .collect();
    daily.sort_by_key(|d| d.date);
    daily.dedup_by_key(|d| d.date);
    let mut failed_auth: Vec<FailedAuth> = list(object, "failed_auth")
        .iter()
        .filter_map(|f| {
            Some(FailedAuth {
                at: time(f.get("at"))?,
                ip: f.get("ip").and_then(Value::as_str).unwrap_or("").to_owned(),
                reason: f
                    .get("reason")
                    .and_then(Value::as_str)
                    .unwrap_or("unknown")
                    .to_owned(),
            })
        })
        .collect();
    failed_auth.sort_by_key(|f| std::cmp::Reverse(f.at));
    Some(UsageReport {
        last_used_at: time(object.get("last_used_at")),
        last_used_ips: ips,
        daily,
        failed_auth,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_envelope_report_is_read_with_every_list() {
        let report = read_report(&json!({"result": {
            "token_id": 12,
            "last_used_at": "2026-11-29T08:14:03Z",
            "last_used_ips": [{"ip": "203.0.113.7", "last_seen_at": "2026-11-29T08:14:03Z", "requests": 412}],
            "daily": [{"date": "2026-10-31", "requests": 3, "errors": 1, "failed_auth": 0}],
            "failed_auth": [{"at": "2026-11-28T08:00:00Z", "ip": "198.51.100.1", "reason": "expired"}]
        }}))
        .unwrap();
        assert_eq!(report.last_used_ips[0].requests, 412);
        assert_eq!(report.daily[0].errors, 1);
        assert_eq!(report.failed_auth[0].reason, "expired");
        assert!(report.last_used_at.is_some());
    }

    #[test]
    fn a_sparse_or_partly_broken_report_keeps_what_it_can() {
        let report = read_report(&json!({
            "last_used_at": null,
            "last_used_ips": [{"ip": "192.0.2.1"}, {"ip": "192.0.2.2", "last_seen_at": "2026-11-29T08:14:03Z"}],
            "daily": [{"date": "2026-11-02"}, {"date": "not a date"}, {"date": "2026-11-01", "requests": 5}],
            "extra": true
        }))
        .unwrap();
        assert_eq!(report.last_used_ips.len(), 1);
        assert_eq!(report.last_used_ips[0].requests, 0);
        assert_eq!(report.daily.len(), 2);
        assert_eq!(report.daily[0].requests, 5, "sorted oldest first");
        assert!(report.failed_auth.is_empty());
    }

    #[test]
    fn something_that_is_not_a_report_is_unreadable() {
        assert!(read_report(&json!({"count": 0})).is_none());
        assert!(read_report(&json!([1, 2])).is_none());
        assert!(read_report(&json!("usage")).is_none());
    }
}
