//! Helpers shared by the wiremock API tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod sandboxed;
pub mod usage;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use scriptix_keys_core::Secret;
use scriptix_keys_core::api::{ApiClient, ClientOptions, RetryPolicy, WaitNotice};
use serde_json::{Value, json};
use wiremock::{Request, Respond, ResponseTemplate};

/// Options with tiny backoff so retry tests run fast.
pub fn fast_options() -> ClientOptions {
    ClientOptions {
        retry: RetryPolicy {
            base_backoff: Duration::from_millis(10),
            ..RetryPolicy::default()
        },
        ..ClientOptions::default()
    }
}

/// A client plus the list of wait notices it reported.
pub fn recording_client(
    base: &str,
    mut options: ClientOptions,
) -> (ApiClient, Arc<Mutex<Vec<WaitNotice>>>) {
    let notices = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&notices);
    options.on_wait = Some(Arc::new(move |notice| sink.lock().unwrap().push(notice)));
    (ApiClient::new(base, options).unwrap(), notices)
}

pub fn client(base: &str) -> ApiClient {
    ApiClient::new(base, fast_options()).unwrap()
}

pub fn session() -> Secret {
    Secret::new("session-token-for-tests".to_owned())
}

pub fn token_json(i: usize) -> Value {
    json!({"id": i, "name": format!("token {i}"), "type": if i.is_multiple_of(2) { "batch" } else { "realtime" },
           "created_at": "2026-01-01T00:00:00Z", "expires_at": "2027-01-01T00:00:00Z"})
}

/// Serves `total` tokens honouring `offset`/`limit`, as an envelope or a bare array.
pub struct Pages {
    pub total: usize,
    pub envelope: bool,
}

/// The value of the query parameter `name` of a mocked request, parsed.
pub fn query<T: std::str::FromStr>(request: &Request, name: &str) -> Option<T> {
    request
        .url
        .query_pairs()
        .find(|(k, _)| k == name)
        .and_then(|(_, v)| v.parse().ok())
}

/// Mounts `responder` for the token list (`GET /api/v3/tokens`) on `server`.
pub async fn serve_tokens(server: &wiremock::MockServer, responder: impl Respond + 'static) {
    wiremock::Mock::given(wiremock::matchers::method("GET"))
        .and(wiremock::matchers::path("/api/v3/tokens"))
        .respond_with(responder)
        .mount(server)
        .await;
}

impl Respond for Pages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let (offset, limit): (usize, usize) = (
            query(request, "offset").unwrap(),
            query(request, "limit").unwrap(),
        );
        let items: Vec<Value> = (offset..(offset + limit).min(self.total))
            .map(token_json)
            .collect();
        let body = if self.envelope {
            json!({"count": items.len(), "total_results": self.total, "result": items})
        } else {
            Value::Array(items)
        };
        ResponseTemplate::new(200).set_body_json(body)
    }
}

/// When each list offset was asked for.
pub type Arrivals = std::sync::Arc<std::sync::Mutex<Vec<(usize, std::time::Instant)>>>;

/// `total` tokens in envelope pages that answer after 300 ms, noting when each offset was
/// asked for.
pub struct TimedPages {
    total: usize,
    arrivals: Arrivals,
}

impl TimedPages {
    pub fn new(total: usize, arrivals: &Arrivals) -> Self {
        Self {
            total,
            arrivals: std::sync::Arc::clone(arrivals),
        }
    }
}

impl Respond for TimedPages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let offset = query(request, "offset").unwrap();
        self.arrivals
            .lock()
            .unwrap()
            .push((offset, std::time::Instant::now()));
        Pages {
            total: self.total,
            envelope: true,
        }
        .respond(request)
        .set_delay(std::time::Duration::from_millis(300))
    }
}

/// How many pages after the first were asked for before the first could have answered
/// (within 150 ms of it; each answer takes 300 ms).
pub fn asked_with_the_first(arrivals: &Arrivals) -> usize {
    let arrivals = arrivals.lock().unwrap();
    let first = arrivals.iter().find(|(o, _)| *o == 0).unwrap().1;
    arrivals
        .iter()
        .filter(|(o, at)| {
            *o != 0 && at.duration_since(first) < std::time::Duration::from_millis(150)
        })
        .count()
}

/// A session token shaped like the real service's (a JWT expiring in a day; not signed).
pub fn jwt() -> String {
    use base64::Engine;
    let exp = (chrono::Utc::now() + chrono::Duration::days(1)).timestamp();
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(format!(r#"{{"sub":"7","exp":{exp}}}"#));
    format!("eyJhbGciOiJIUzI1NiJ9.{payload}.sig")
}

/// Mounts a sign-in on `server` that lets anyone in without MFA, with a [`jwt`].
pub async fn mock_sign_in(server: &wiremock::MockServer) {
    use wiremock::matchers::{method, path};
    wiremock::Mock::given(method("POST"))
        .and(path("/api/v3/auth/login"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"access_token": jwt(), "login": true, "mfa_required": false}),
            ),
        )
        .mount(server)
        .await;
}
