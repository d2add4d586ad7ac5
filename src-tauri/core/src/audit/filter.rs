//! Which audit records to list, as the UI sends it.

use chrono::{DateTime, Utc};
use serde::Deserialize;

use crate::model::parse_timestamp;

/// Which records to list; every part is optional. Deserialised camelCase from the UI.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AuditFilter {
    /// An action kind (`export`, `copy`, …).
    pub action: Option<String>,
    /// A token id (exact) or part of a token name (any case).
    pub token: Option<String>,
    /// At or after. Any form [`parse_timestamp`] reads; a bare date is its midnight (UTC).
    #[serde(deserialize_with = "since_time")]
    pub since: Option<DateTime<Utc>>,
    /// Before. A bare date (`YYYY-MM-DD`, what a date input sends) includes that whole day.
    #[serde(deserialize_with = "until_time")]
    pub until: Option<DateTime<Utc>>,
    /// Part of any text field (any case).
    pub text: Option<String>,
    /// At most this many, newest first.
    pub limit: Option<usize>,
}

fn since_time<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    lenient_time(d, false)
}

fn until_time<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    lenient_time(d, true)
}

/// Reads `null`, an empty string or a timestamp; refuses anything unreadable rather than
/// silently widening the filter.
fn lenient_time<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
    whole_day: bool,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    match &value {
        serde_json::Value::Null => Ok(None),
        serde_json::Value::String(s) if s.trim().is_empty() => Ok(None),
        _ => {
            let time = parse_timestamp(&value)
                .ok_or_else(|| serde::de::Error::custom("not a readable date or time"))?;
            let bare_date = value.as_str().is_some_and(|s| s.trim().len() == 10);
            Ok(Some(if whole_day && bare_date {
                time + chrono::Duration::days(1)
            } else {
                time
            }))
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn filters_read_what_a_date_input_sends_and_until_includes_that_day() {
        let filter: AuditFilter = serde_json::from_value(serde_json::json!({
            "action": "export", "since": "2026-05-01", "until": "2026-05-02", "text": ""
        }))
        .unwrap();
        let day = |s: &str| parse_timestamp(&serde_json::json!(s)).unwrap();
        assert_eq!(filter.since, Some(day("2026-05-01")));
        assert_eq!(filter.until, Some(day("2026-05-03")));
        let exact: AuditFilter = serde_json::from_value(
            serde_json::json!({"until": "2026-05-02T10:00:00Z", "since": null}),
        )
        .unwrap();
        assert_eq!(exact.until, Some(day("2026-05-02T10:00:00Z")));
        assert_eq!(exact.since, None);
        assert!(
            serde_json::from_value::<AuditFilter>(serde_json::json!({"since": "soon"})).is_err()
        );
        assert_eq!(
            serde_json::from_value::<AuditFilter>(serde_json::json!({})).unwrap(),
            AuditFilter::default()
        );
    }
}
