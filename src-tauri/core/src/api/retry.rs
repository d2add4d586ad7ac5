//! How long to wait before retrying: the server's hints first, then backoff with jitter.

use std::time::Duration;

use chrono::{DateTime, Utc};
use rand::Rng;
use reqwest::header::{HeaderMap, RETRY_AFTER};

/// Values of `X-RateLimit-Reset` below this are a number of seconds, not a unix time.
const RESET_IS_DELTA_BELOW: i64 = 1_000_000_000;

/// The server's hint, in the contract's order: `Retry-After` (seconds or HTTP-date) → body
/// `retry_after` → `X-RateLimit-Reset` (unix seconds).
pub(crate) fn server_hint(
    headers: &HeaderMap,
    body_retry_after: Option<Duration>,
    now: DateTime<Utc>,
) -> Option<Duration> {
    retry_after_header(headers, now)
        .or(body_retry_after)
        .or_else(|| rate_limit_reset(headers, now))
}

fn header_text<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
}

fn retry_after_header(headers: &HeaderMap, now: DateTime<Utc>) -> Option<Duration> {
    let text = header_text(headers, RETRY_AFTER.as_str())?;
    if let Ok(seconds) = text.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = DateTime::parse_from_rfc2822(text).ok()?.with_timezone(&Utc);
    Some(until(date, now))
}

fn rate_limit_reset(headers: &HeaderMap, now: DateTime<Utc>) -> Option<Duration> {
    let value = header_text(headers, "x-ratelimit-reset")?
        .parse::<f64>()
        .ok()? as i64;
    if value < 0 {
        return None;
    }
    if value < RESET_IS_DELTA_BELOW {
        return Some(Duration::from_secs(value.unsigned_abs()));
    }
    DateTime::from_timestamp(value, 0).map(|reset| until(reset, now))
}

fn until(when: DateTime<Utc>, now: DateTime<Utc>) -> Duration {
    (when - now).to_std().unwrap_or(Duration::ZERO)
}

/// `base · 2^(attempt-1)` plus up to one `base` of jitter.
pub(crate) fn backoff(base: Duration, attempt: u32) -> Duration {
    let step = base.saturating_mul(1_u32 << attempt.saturating_sub(1).min(16));
    let jitter_ms = u64::try_from(base.as_millis()).unwrap_or(u64::MAX);
    let jitter = if jitter_ms == 0 {
        0
    } else {
        rand::rng().random_range(0..jitter_ms)
    };
    step + Duration::from_millis(jitter)
}

/// Whole seconds for the user, rounded up.
pub(crate) fn whole_seconds(wait: Duration) -> u64 {
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-03-01T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn retry_after_in_seconds_wins_over_everything_else() {
        let h = headers(&[("retry-after", "7"), ("x-ratelimit-reset", "1772366430")]);
        assert_eq!(
            server_hint(&h, Some(Duration::from_secs(60)), now()),
            Some(Duration::from_secs(7))
        );
    }

    #[test]
    fn retry_after_as_http_date_is_the_time_until_that_date() {
        let h = headers(&[("retry-after", "Sun, 01 Mar 2026 12:00:12 GMT")]);
        assert_eq!(server_hint(&h, None, now()), Some(Duration::from_secs(12)));
        let past = headers(&[("retry-after", "Sun, 01 Mar 2026 11:00:00 GMT")]);
        assert_eq!(server_hint(&past, None, now()), Some(Duration::ZERO));
    }

    #[test]
    fn body_retry_after_comes_before_the_reset_header() {
        let h = headers(&[("x-ratelimit-reset", "1772366430")]);
        assert_eq!(
            server_hint(&h, Some(Duration::from_secs(3)), now()),
            Some(Duration::from_secs(3))
        );
    }

    #[test]
    fn rate_limit_reset_is_read_as_unix_seconds_or_a_small_delta() {
        assert_eq!(
            server_hint(
                &headers(&[("x-ratelimit-reset", "1772366430")]),
                None,
                now()
            ),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            server_hint(&headers(&[("x-ratelimit-reset", "5")]), None, now()),
            Some(Duration::from_secs(5))
        );
        assert_eq!(server_hint(&HeaderMap::new(), None, now()), None);
    }

    #[test]
    fn backoff_doubles_and_adds_bounded_jitter() {
        let base = Duration::from_millis(100);
        for attempt in 1..=4 {
            let wait = backoff(base, attempt);
            let step = base * 2_u32.pow(attempt - 1);
            assert!(wait >= step && wait < step + base, "{attempt}: {wait:?}");
        }
    }

    #[test]
    fn waits_are_reported_in_whole_seconds_rounded_up() {
        assert_eq!(whole_seconds(Duration::from_millis(1)), 1);
        assert_eq!(whole_seconds(Duration::from_secs(12)), 12);
        assert_eq!(whole_seconds(Duration::ZERO), 0);
    }
}
