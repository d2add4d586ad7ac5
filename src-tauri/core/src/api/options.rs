//! How the client behaves: timeouts, User-Agent, the retry budget, and the wait callback.

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

/// Client settings. `Default` gives 20 s timeout, 5 s connect timeout, 4 attempts within 60 s.
#[derive(Clone)]
pub struct ClientOptions {
    /// Whole-request timeout.
    pub timeout: Duration,
    /// TCP + TLS connect timeout.
    pub connect_timeout: Duration,
    /// Sent as `User-Agent`.
    pub user_agent: String,
    /// Retry budget for idempotent calls.
    pub retry: RetryPolicy,
    /// Called before each retry wait, so the UI can say "retrying in 12 s…".
    pub on_wait: Option<Arc<dyn Fn(WaitNotice) + Send + Sync>>,
}

impl Default for ClientOptions {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(20),
            connect_timeout: Duration::from_secs(5),
            user_agent: concat!("scriptix-keys/", env!("CARGO_PKG_VERSION")).to_owned(),
            retry: RetryPolicy::default(),
            on_wait: None,
        }
    }
}

impl std::fmt::Debug for ClientOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientOptions")
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent", &self.user_agent)
            .field("retry", &self.retry)
            .field("on_wait", &self.on_wait.as_ref().map(|_| "Fn"))
            .finish()
    }
}

/// How often and how long idempotent calls (GET, DELETE) are retried on 429, 503 and
/// connection errors. POSTs are never retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in total, the first included.
    pub max_attempts: u32,
    /// The sum of all waits may not exceed this; a longer hint ends the retries at once.
    pub max_total_wait: Duration,
    /// First backoff step when the server gives no hint (doubles each attempt, plus jitter).
    pub base_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 4,
            max_total_wait: Duration::from_secs(60),
            base_backoff: Duration::from_millis(500),
        }
    }
}

/// Why the client is waiting before a retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum WaitReason {
    /// 429.
    RateLimited,
    /// 503.
    Unavailable,
    /// Could not connect, or the connection dropped.
    Network,
}

/// Sent to [`ClientOptions::on_wait`] before each wait; serialises as the `api-waiting`
/// event payload `{ reason, seconds, attempt }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WaitNotice {
    /// Why.
    pub reason: WaitReason,
    /// Whole seconds to wait, rounded up.
    pub seconds: u64,
    /// The attempt that will follow the wait (2 for the first retry).
    pub attempt: u32,
}
