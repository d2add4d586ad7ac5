//! Per-credential rate limiting in fixed one-minute windows. A credential is the raw value of
//! `Authorization` or `x-zoom-s2t-key` (kept only as a SHA-256 hash). Only a *known*
//! credential (one the API accepted before, i.e. answered with anything but 401) has a budget
//! of its own; requests without one, or with one never accepted, share the client IP's budget,
//! so guessing fresh keys cannot buy fresh budgets. Every response it passes gets `X-RateLimit-Limit`,
//! `X-RateLimit-Remaining` and `X-RateLimit-Reset` (unix seconds); a 429 also gets
//! `Retry-After`. The admin API is mounted outside this layer.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use crate::api_error::too_many_requests;
use crate::clock::Clock;
use crate::conn::ConnControl;
use crate::crypto::sha256;

const WINDOW_SECS: i64 = 60;
/// Above this many tracked credentials, stale windows are pruned.
const PRUNE_ABOVE: usize = 10_000;

#[derive(Debug, Clone, Copy)]
struct Window {
    start: i64,
    count: u32,
}

/// The outcome of counting one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Decision {
    pub allowed: bool,
    pub limit: u32,
    pub remaining: u32,
    pub reset: i64,
    pub retry_after: u64,
}

/// Fixed-window counters keyed by credential, and the credentials known to be accepted.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    limit: u32,
    windows: Mutex<HashMap<String, Window>>,
    /// Credential key → when it was last accepted (unix seconds).
    known: Mutex<HashMap<String, i64>>,
}

/// A known credential not seen for this long is forgotten when the table is pruned.
const KNOWN_FOR_SECS: i64 = 24 * 60 * 60;

impl RateLimiter {
    pub fn new(limit: u32) -> Self {
        Self {
            limit,
            windows: Mutex::new(HashMap::new()),
            known: Mutex::new(HashMap::new()),
        }
    }

    fn is_known(&self, credential: &str) -> bool {
        self.known
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .contains_key(credential)
    }

    /// Remembers whether the API accepted `credential` (anything but 401) at `now`.
    fn learn(&self, credential: String, accepted: bool, now: i64) {
        let mut known = self.known.lock().unwrap_or_else(PoisonError::into_inner);
        if !accepted {
            known.remove(&credential);
            return;
        }
        if known.len() > PRUNE_ABOVE {
            known.retain(|_, seen| now < *seen + KNOWN_FOR_SECS);
        }
        known.insert(credential, now);
    }

    /// The bucket a request counts against: its credential's own when that credential is
    /// known, else the client's.
    fn bucket(&self, credential: Option<&str>, client: String) -> String {
        match credential {
            Some(credential) if self.is_known(credential) => credential.to_owned(),
            _ => client,
        }
    }

    /// Counts one request for `key` at `now` (unix seconds).
    pub fn hit(&self, key: &str, now: i64) -> Decision {
        let mut windows = self.windows.lock().unwrap_or_else(PoisonError::into_inner);
        if windows.len() > PRUNE_ABOVE {
            windows.retain(|_, w| now < w.start + WINDOW_SECS);
        }
        let window = windows.entry(key.to_owned()).or_insert(Window {
            start: now,
            count: 0,
        });
        // A clock shifted backwards also starts a fresh window.
        if now >= window.start + WINDOW_SECS || now < window.start {
            *window = Window {
                start: now,
                count: 0,
            };
        }
        let reset = window.start + WINDOW_SECS;
        let allowed = window.count < self.limit;
        if allowed {
            window.count += 1;
        }
        Decision {
            allowed,
            limit: self.limit,
            remaining: self.limit - window.count,
            reset,
            retry_after: u64::try_from((reset - now).max(1)).unwrap_or(1),
        }
    }
}

/// State of the rate-limit middleware.
#[derive(Debug, Clone)]
pub(crate) struct RateLimit {
    pub limiter: Arc<RateLimiter>,
    pub clock: Clock,
}

fn credential_key(request: &Request) -> Option<String> {
    let headers = request.headers();
    headers
        .get("authorization")
        .or_else(|| headers.get("x-zoom-s2t-key"))
        .map(|value| format!("cred:{}", hex::encode(sha256(value.as_bytes()))))
}

fn client_key(request: &Request) -> String {
    match request.extensions().get::<ConnControl>() {
        Some(conn) => format!("ip:{}", conn.peer.ip()),
        None => "ip:unknown".to_owned(),
    }
}

fn set_headers(headers: &mut HeaderMap, decision: &Decision) {
    headers.insert("x-ratelimit-limit", HeaderValue::from(decision.limit));
    headers.insert(
        "x-ratelimit-remaining",
        HeaderValue::from(decision.remaining),
    );
    headers.insert("x-ratelimit-reset", HeaderValue::from(decision.reset));
}

/// Counts the request against its credential and answers 429 once the window is used up.
pub(crate) async fn middleware(
    State(state): State<RateLimit>,
    request: Request,
    next: Next,
) -> Response {
    let now = state.clock.unix_now();
    let credential = credential_key(&request);
    let bucket = state
        .limiter
        .bucket(credential.as_deref(), client_key(&request));
    let decision = state.limiter.hit(&bucket, now);
    let mut response = if decision.allowed {
        let response = next.run(request).await;
        if let Some(credential) = credential {
            let accepted = response.status() != axum::http::StatusCode::UNAUTHORIZED;
            state.limiter.learn(credential, accepted, now);
        }
        response
    } else {
        let message = format!(
            "Rate limit of {} requests per minute exceeded; retry in {} seconds",
            decision.limit, decision.retry_after
        );
        too_many_requests(
            "Rate Limit Exceeded",
            "RATE_LIMIT_EXCEEDED",
            &message,
            decision.retry_after,
        )
    };
    set_headers(response.headers_mut(), &decision);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_plus_one_request_is_refused_until_the_window_resets() {
        let limiter = RateLimiter::new(2);
        let first = limiter.hit("k", 1_000);
        assert_eq!(
            (first.allowed, first.remaining, first.reset),
            (true, 1, 1_060)
        );
        assert!(limiter.hit("k", 1_010).allowed);
        let refused = limiter.hit("k", 1_020);
        assert_eq!(
            (refused.allowed, refused.remaining, refused.retry_after),
            (false, 0, 40)
        );
        assert!(
            limiter.hit("other", 1_020).allowed,
            "credentials are counted separately"
        );
        assert!(
            limiter.hit("k", 1_060).allowed,
            "a new window starts after 60 s"
        );
    }

    #[test]
    fn only_an_accepted_credential_gets_a_bucket_of_its_own() {
        let limiter = RateLimiter::new(2);
        let client = || "ip:127.0.0.1".to_owned();
        assert_eq!(limiter.bucket(Some("cred:a"), client()), "ip:127.0.0.1");
        limiter.learn("cred:a".into(), true, 1_000);
        assert_eq!(limiter.bucket(Some("cred:a"), client()), "cred:a");
        assert_eq!(limiter.bucket(Some("cred:b"), client()), "ip:127.0.0.1");
        assert_eq!(limiter.bucket(None, client()), "ip:127.0.0.1");
        limiter.learn("cred:a".into(), false, 1_001);
        assert_eq!(limiter.bucket(Some("cred:a"), client()), "ip:127.0.0.1");
    }
}
