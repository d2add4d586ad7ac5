//! Recording who uses which key: a middleware around the public API (outside the rate
//! limiter and the fault layer) puts a [`KeyUseSlot`] into each request; the key extractors
//! (`routes::keys`) fill it with the token and the check's outcome; once the answer is known
//! the middleware writes one event with the final status, in one transaction on the shared
//! connection. A request the handlers never saw (rate limited, an injected fault) is looked up
//! here instead, so a working key's 429 still counts as an error. Unknown keys count nowhere.
//!
//! The client IP is the TCP peer; the first `X-Forwarded-For` entry only when the sandbox was
//! started with `trust_forwarded`.

use std::net::IpAddr;
use std::sync::atomic::{AtomicI64, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method};
use axum::middleware::Next;
use axum::response::Response;

use crate::clock::Clock;
use crate::conn::ConnControl;
use crate::crypto::{Hash, sha256};
use crate::db::usage::{self, Event, Outcome, day_of};
use crate::db::{Db, tokens};
use crate::model::{KeyFailure, TokenType};
use crate::routes::extract::{Credential, credential};

/// Prune at least once every this many recorded events.
const PRUNE_EVERY: u32 = 1_024;

/// What the key check of one request found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Found {
    /// No key check ran.
    #[default]
    Unchecked,
    /// A check ran and found no key it knows (or none at all).
    Unknown,
    /// A known token's key; `failure` says why it was refused, if it was.
    Known {
        token_id: i64,
        failure: Option<KeyFailure>,
    },
}

/// Filled by the key extractors, read by the middleware after the response.
#[derive(Debug, Clone, Default)]
pub(crate) struct KeyUseSlot(Arc<Mutex<Found>>);

impl KeyUseSlot {
    fn set(&self, found: Found) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = found;
    }

    /// The check found no known key.
    pub fn unknown(&self) {
        self.set(Found::Unknown);
    }

    /// The check found `token_id`'s key, refused for `failure` or accepted.
    pub fn known(&self, token_id: i64, failure: Option<KeyFailure>) {
        self.set(Found::Known { token_id, failure });
    }

    fn get(&self) -> Found {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The recorder's state: storage, clock, whether to trust `X-Forwarded-For`, and when it
/// last pruned.
#[derive(Debug)]
pub(crate) struct Recorder {
    db: Db,
    clock: Clock,
    trust_forwarded: bool,
    last_prune_day: AtomicI64,
    since_prune: AtomicU32,
}

impl Recorder {
    pub fn new(db: Db, clock: Clock, trust_forwarded: bool) -> Self {
        Self {
            db,
            clock,
            trust_forwarded,
            last_prune_day: AtomicI64::new(i64::MIN),
            since_prune: AtomicU32::new(0),
        }
    }

    /// Whether storage should prune now: on the first call of each UTC day (sandbox clock)
    /// and every [`PRUNE_EVERY`] calls; returns the time to prune at.
    pub fn prune_due(&self) -> Option<i64> {
        let now = self.clock.unix_now();
        let day_changed = self.last_prune_day.swap(day_of(now), Ordering::SeqCst) != day_of(now);
        let count = self
            .since_prune
            .fetch_add(1, Ordering::SeqCst)
            .wrapping_add(1);
        (day_changed || count.is_multiple_of(PRUNE_EVERY)).then_some(now)
    }

    async fn record(&self, event: Event) {
        let prune = self.prune_due();
        if let Err(error) = self
            .db
            .call(move |conn| usage::record(conn, &event, prune))
            .await
        {
            tracing::warn!(%error, "could not record key usage");
        }
    }

    /// The token and check outcome for a request no handler checked (rate limited, faults).
    async fn look_up(&self, hash: Hash, wanted: TokenType, at: i64) -> Found {
        match self
            .db
            .call(move |conn| tokens::find_by_key(conn, &hash))
            .await
        {
            Ok(Some(state)) => Found::Known {
                token_id: state.id,
                failure: state.check(wanted, at).err(),
            },
            Ok(None) => Found::Unknown,
            Err(error) => {
                tracing::warn!(%error, "could not look up a key for usage");
                Found::Unknown
            }
        }
    }
}

/// The client address: the peer, or the first `X-Forwarded-For` entry when trusted.
fn client_ip(request: &Request, trust_forwarded: bool) -> String {
    let forwarded = trust_forwarded
        .then(|| forwarded_for(request.headers()))
        .flatten();
    let peer = request
        .extensions()
        .get::<ConnControl>()
        .map(|conn| conn.peer.ip());
    match forwarded.or(peer) {
        Some(ip) => ip.to_canonical().to_string(),
        None => "unknown".to_owned(),
    }
}

fn forwarded_for(headers: &HeaderMap) -> Option<IpAddr> {
    let value = headers.get("x-forwarded-for")?.to_str().ok()?;
    value.split(',').next()?.trim().parse().ok()
}

/// Which kind of key a path takes, for the routes that take keys.
fn key_route(path: &str) -> Option<TokenType> {
    if path == "/api/v4/realtime/status" {
        Some(TokenType::Realtime)
    } else if path == "/api/v3/speech-to-text"
        || path.starts_with("/api/v3/speech-to-text/")
        || path.starts_with("/api/v3/documents/")
    {
        Some(TokenType::Batch)
    } else {
        None
    }
}

/// The route as recorded: method and path, with session ids replaced by a placeholder so
/// events group by route.
fn route_label(method: &Method, path: &str) -> String {
    const SESSION: &str = "/api/v3/speech-to-text/session/";
    const DOCUMENT: &str = "/api/v3/documents/";
    let path = if path.starts_with(SESSION) && path.len() > SESSION.len() {
        "/api/v3/speech-to-text/session/{session_id}"
    } else if path.starts_with(DOCUMENT) && path.len() > DOCUMENT.len() {
        "/api/v3/documents/{session_id}"
    } else {
        path
    };
    let mut label = format!("{method} {path}");
    label.truncate(200);
    label
}

/// Records the request if it presented a known key.
pub(crate) async fn middleware(
    State(recorder): State<Arc<Recorder>>,
    mut request: Request,
    next: Next,
) -> Response {
    let at = recorder.clock.unix_now();
    let slot = KeyUseSlot::default();
    request.extensions_mut().insert(slot.clone());
    let ip = client_ip(&request, recorder.trust_forwarded);
    let path = request.uri().path();
    let route = route_label(request.method(), path);
    let fallback = key_route(path).and_then(|wanted| match credential(request.headers(), true) {
        Credential::Value(key) => Some((sha256(key.as_bytes()), wanted)),
        Credential::Missing | Credential::Malformed => None,
    });
    let response = next.run(request).await;
    let found = match (slot.get(), fallback) {
        (Found::Unchecked, Some((hash, wanted))) => recorder.look_up(hash, wanted, at).await,
        (found, _) => found,
    };
    if let Found::Known { token_id, failure } = found {
        let status = response.status().as_u16();
        let outcome = match failure {
            Some(reason) => Outcome::FailedAuth(reason),
            None => Outcome::of_status(status),
        };
        recorder
            .record(Event {
                token_id,
                at,
                ip,
                route,
                status,
                outcome,
            })
            .await;
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_with_session_ids_are_recorded_as_templates() {
        assert_eq!(
            route_label(&Method::GET, "/api/v3/speech-to-text/session/abc"),
            "GET /api/v3/speech-to-text/session/{session_id}"
        );
        assert_eq!(
            route_label(&Method::GET, "/api/v3/speech-to-text/session"),
            "GET /api/v3/speech-to-text/session"
        );
        assert_eq!(
            route_label(&Method::GET, "/api/v3/documents/x1"),
            "GET /api/v3/documents/{session_id}"
        );
    }

    #[test]
    fn only_key_routes_take_keys() {
        assert_eq!(
            key_route("/api/v4/realtime/status"),
            Some(TokenType::Realtime)
        );
        assert_eq!(key_route("/api/v3/speech-to-text"), Some(TokenType::Batch));
        assert_eq!(key_route("/api/v3/documents/a"), Some(TokenType::Batch));
        assert_eq!(key_route("/api/v3/tokens"), None);
        assert_eq!(key_route("/api/v3/speech-to-textual"), None);
    }

    #[test]
    fn forwarded_for_takes_the_first_entry_only() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            " 203.0.113.7 , 10.0.0.1".parse().expect("header"),
        );
        assert_eq!(forwarded_for(&headers), "203.0.113.7".parse().ok());
        headers.insert("x-forwarded-for", "not an ip".parse().expect("header"));
        assert_eq!(forwarded_for(&headers), None);
    }

    #[test]
    fn prune_is_due_once_a_day_and_every_so_many_events() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = Db::open(&dir.path().join("t.sqlite3")).expect("open");
        let clock = Clock::default();
        let recorder = Recorder::new(db, clock.clone(), false);
        assert!(recorder.prune_due().is_some(), "the first event prunes");
        assert!(recorder.prune_due().is_none());
        clock.set_offset_seconds(86_400);
        assert!(recorder.prune_due().is_some(), "a new day prunes");
        let due = (0..PRUNE_EVERY)
            .filter(|_| recorder.prune_due().is_some())
            .count();
        assert_eq!(due, 1);
    }
}
