//! Tolerant timestamp reading: every shape Scriptix has been seen or documented to send.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc};
use serde::Serializer;
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

/// Writes `at` as chrono's `Serialize` does (RFC 3339, `Z`, the fraction of a second in 3, 6
/// or 9 digits when there is one), without its formatting machinery: a list of 10,000
/// tokens has 20,000 of them, ~5 ms of its ~11 ms of JSON through chrono's `Display`, and
/// a third of that written here. Years outside 0–9999 and leap seconds go through chrono.
pub fn serialize<S: Serializer>(at: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
    let mut text = [0u8; 30];
    match rfc3339(at, &mut text) {
        Some(text) => serializer.serialize_str(text),
        None => serde::Serialize::serialize(at, serializer),
    }
}

/// [`serialize`] for an optional time (`null` when absent).
#[allow(
    clippy::ref_option,
    reason = "serde's serialize_with hands over a reference to the field"
)]
pub fn serialize_option<S: Serializer>(
    at: &Option<DateTime<Utc>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match at {
        Some(at) => serialize(at, serializer),
        None => serializer.serialize_none(),
    }
}

/// `at` in `text` as chrono writes it, or `None` for what only chrono writes.
fn rfc3339<'a>(at: &DateTime<Utc>, text: &'a mut [u8; 30]) -> Option<&'a str> {
    let date = at.date_naive();
    let year = u32::try_from(date.year()).ok().filter(|y| *y <= 9999)?;
    let nanos = at.nanosecond();
    if nanos >= 1_000_000_000 {
        return None;
    }
    let seconds = at.num_seconds_from_midnight();
    *text = *b"0000-00-00T00:00:00.000000000Z";
    digits(&mut text[0..4], year);
    digits(&mut text[5..7], date.month());
    digits(&mut text[8..10], date.day());
    digits(&mut text[11..13], seconds / 3600);
    digits(&mut text[14..16], seconds / 60 % 60);
    digits(&mut text[17..19], seconds % 60);
    let len = if nanos == 0 {
        text[19] = b'Z';
        20
    } else if nanos.is_multiple_of(1_000_000) {
        digits(&mut text[20..23], nanos / 1_000_000);
        text[23] = b'Z';
        24
    } else if nanos.is_multiple_of(1_000) {
        digits(&mut text[20..26], nanos / 1_000);
        text[26] = b'Z';
        27
    } else {
        digits(&mut text[20..29], nanos);
        30
    };
    std::str::from_utf8(&text[..len]).ok()
}

/// `value`'s last `place.len()` decimal digits into `place`.
fn digits(place: &mut [u8], mut value: u32) {
    for byte in place.iter_mut().rev() {
        *byte = b'0' + (value % 10) as u8;
        value /= 10;
    }
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

    /// Whatever the moment, the fast writer's text is chrono's.
    #[test]
    fn times_are_written_exactly_as_chrono_writes_them() {
        use proptest::prelude::*;
        let mut runner = proptest::test_runner::TestRunner::default();
        let moments = (
            -62_135_596_800i64..300_000_000_000i64,
            prop_oneof![
                Just(0u32),
                (0u32..1000).prop_map(|ms| ms * 1_000_000),
                (0u32..1_000_000).prop_map(|us| us * 1_000),
                0u32..1_000_000_000,
                1_000_000_000u32..2_000_000_000,
            ],
        );
        runner
            .run(&moments, |(seconds, nanos)| {
                let Some(at) = DateTime::<Utc>::from_timestamp(seconds, nanos) else {
                    return Ok(());
                };
                let ours = serde_json::to_string(&Wrapped(at)).unwrap();
                let chrono = serde_json::to_string(&at).unwrap();
                prop_assert_eq!(ours, chrono);
                Ok(())
            })
            .unwrap();
        for text in [
            "2026-03-10T12:00:00Z",
            "2026-03-10T12:00:00.5Z",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z",
            "1970-01-01T00:00:00.000001Z",
        ] {
            let at = utc(text);
            assert_eq!(
                serde_json::to_string(&Wrapped(at)).unwrap(),
                serde_json::to_string(&at).unwrap()
            );
        }
        assert_eq!(serde_json::to_string(&WrappedOption(None)).unwrap(), "null");
    }

    #[derive(serde::Serialize)]
    struct Wrapped(#[serde(serialize_with = "serialize")] DateTime<Utc>);

    #[derive(serde::Serialize)]
    struct WrappedOption(#[serde(serialize_with = "serialize_option")] Option<DateTime<Utc>>);
}
