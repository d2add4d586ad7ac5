//! Tolerant timestamp reading: every shape Scriptix has been seen or documented to send.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use serde_json::Value;

/// Unix numbers above this are milliseconds (year 5138 in seconds).
const MILLIS_THRESHOLD: i64 = 100_000_000_000;

/// Reads a timestamp from JSON: RFC 3339, a date-time without zone (taken as UTC), a bare
/// `YYYY-MM-DD` (midnight UTC), or unix seconds / milliseconds (number or digit string).
/// Anything else, including `null`, gives `None`: an unreadable time is shown as unknown
/// rather than failing a whole list.
pub fn parse_timestamp(value: &Value) -> Option<DateTime<Utc>> {
    match value {
        Value::Number(n) => n
            .as_i64()
            .or_else(|| n.as_f64().map(|f| f as i64))
            .and_then(from_unix),
        Value::String(s) => parse_text(s.trim()),
        _ => None,
    }
}

fn from_unix(n: i64) -> Option<DateTime<Utc>> {
    if n < 0 {
        return None;
    }
    if n >= MILLIS_THRESHOLD {
        Utc.timestamp_millis_opt(n).single()
    } else {
        Utc.timestamp_opt(n, 0).single()
    }
}

fn parse_text(s: &str) -> Option<DateTime<Utc>> {
    if s.is_empty() {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.with_timezone(&Utc));
    }
    // RFC 3339 with a space instead of `T`, with zone.
    if let Ok(dt) = DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f%:z") {
        return Some(dt.with_timezone(&Utc));
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(s, format) {
            return Some(naive.and_utc());
        }
    }
    if let Ok(date) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return date.and_hms_opt(0, 0, 0).map(|naive| naive.and_utc());
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse::<i64>().ok().and_then(from_unix);
    }
    None
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn rfc3339_with_any_zone_is_converted_to_utc() {
        assert_eq!(
            parse_timestamp(&json!("2026-03-01T12:00:00Z")),
            Some(utc("2026-03-01T12:00:00Z"))
        );
        assert_eq!(
            parse_timestamp(&json!("2026-03-01T14:00:00+02:00")),
            Some(utc("2026-03-01T12:00:00Z"))
        );
        assert_eq!(
            parse_timestamp(&json!("2026-03-01T12:00:00.123456Z")),
            Some(utc("2026-03-01T12:00:00.123456Z"))
        );
    }

    #[test]
    fn a_time_without_zone_is_taken_as_utc() {
        assert_eq!(
            parse_timestamp(&json!("2026-03-01T12:00:00")),
            Some(utc("2026-03-01T12:00:00Z"))
        );
        assert_eq!(
            parse_timestamp(&json!("2026-03-01 12:00:00.5")),
            Some(utc("2026-03-01T12:00:00.5Z"))
        );
    }

    #[test]
    fn a_bare_date_is_midnight_utc() {
        assert_eq!(
            parse_timestamp(&json!("2026-03-01")),
            Some(utc("2026-03-01T00:00:00Z"))
        );
    }

    #[test]
    fn unix_seconds_and_milliseconds_are_both_understood() {
        assert_eq!(
            parse_timestamp(&json!(1_772_366_400)),
            Some(utc("2026-03-01T12:00:00Z"))
        );
        assert_eq!(
            parse_timestamp(&json!(1_772_366_400_000_i64)),
            Some(utc("2026-03-01T12:00:00Z"))
        );
        assert_eq!(
            parse_timestamp(&json!("1772366400")),
            Some(utc("2026-03-01T12:00:00Z"))
        );
        assert_eq!(
            parse_timestamp(&json!(1_772_366_400.0)),
            Some(utc("2026-03-01T12:00:00Z"))
        );
    }

    #[test]
    fn unreadable_times_become_none() {
        assert_eq!(parse_timestamp(&json!(null)), None);
        assert_eq!(parse_timestamp(&json!("next tuesday")), None);
        assert_eq!(parse_timestamp(&json!("")), None);
        assert_eq!(parse_timestamp(&json!(-5)), None);
        assert_eq!(parse_timestamp(&json!({"a": 1})), None);
    }
}
