//! Start-up configuration of a sandbox server: where its database lives, where it listens,
//! what it seeds and its limits. Owns defaults only; validation happens in `server`.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

/// Default lifetime of a session token (7 days).
pub const DEFAULT_SESSION_TTL: Duration = Duration::from_secs(7 * 24 * 60 * 60);
/// Default largest batch upload: 100 MB (decimal, 100,000,000 bytes).
pub const DEFAULT_MAX_UPLOAD_BYTES: u64 = 100_000_000;
/// Default number of requests one credential may make per minute.
pub const DEFAULT_RATE_LIMIT_PER_MINUTE: u32 = 60;

/// Seed data to load into an empty database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seed {
    /// The demo workspace described in [`crate::demo`].
    Demo,
}

/// Everything [`crate::Sandbox::start`] needs.
#[derive(Debug, Clone)]
pub struct Config {
    /// SQLite database file; created if missing, reused (with its data) if present.
    pub db_path: PathBuf,
    /// Address to listen on; port 0 picks a free port.
    pub addr: SocketAddr,
    /// Allow listening on a non-loopback address (refused otherwise).
    pub allow_non_loopback: bool,
    /// Seed data loaded only when the database is empty.
    pub seed: Option<Seed>,
    /// Lifetime of session tokens issued by the login endpoints.
    pub session_ttl: Duration,
    /// Requests per minute per credential (session token, key, or client IP when anonymous).
    pub rate_limit_per_minute: u32,
    /// Secret for the `/__sandbox` admin API (`x-sandbox-admin` header); random when `None`.
    pub admin_secret: Option<String>,
    /// Token limit of the seeded organization, for load tests with thousands of tokens;
    /// `None` keeps the demo's [`crate::demo::TOKEN_LIMIT`]. Applies only when seeding.
    pub token_limit: Option<u32>,
    /// Take the client IP for usage records from the first `X-Forwarded-For` entry instead of
    /// the TCP peer (tests use it to simulate many clients). Off by default.
    pub trust_forwarded: bool,
    /// Largest file `POST /api/v3/speech-to-text` accepts (413 beyond, while streaming).
    pub max_upload_bytes: u64,
}

impl Config {
    /// A configuration on `127.0.0.1:0` with no seed, 7-day sessions, 60 requests per minute
    /// and a random admin secret.
    pub fn new(db_path: impl Into<PathBuf>) -> Self {
        Self {
            db_path: db_path.into(),
            addr: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            allow_non_loopback: false,
            seed: None,
            session_ttl: DEFAULT_SESSION_TTL,
            rate_limit_per_minute: DEFAULT_RATE_LIMIT_PER_MINUTE,
            admin_secret: None,
            token_limit: None,
            trust_forwarded: false,
            max_upload_bytes: DEFAULT_MAX_UPLOAD_BYTES,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_config_listens_on_loopback_with_documented_defaults() {
        let config = Config::new("/tmp/x.sqlite3");
        assert!(config.addr.ip().is_loopback());
        assert_eq!(config.addr.port(), 0);
        assert_eq!(config.session_ttl, Duration::from_secs(604_800));
        assert_eq!(config.rate_limit_per_minute, 60);
        assert!(config.seed.is_none());
        assert!(config.admin_secret.is_none());
        assert!(config.token_limit.is_none());
        assert!(!config.allow_non_loopback);
        assert!(!config.trust_forwarded);
        assert_eq!(config.max_upload_bytes, 100_000_000);
    }
}
