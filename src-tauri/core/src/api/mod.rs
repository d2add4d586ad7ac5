//! The Scriptix API client: one [`ApiClient`], built once, one file per REST resource.
//!
//! Owns every HTTP exchange with Scriptix. All requests go through the private `send`
//! funnel (auth header, status mapping, error bodies, retries); resource files only build
//! requests and read replies. It must not store anything, touch the vault, or log secrets.

mod account;
mod auth;
mod batch;
mod create;
mod error;
mod error_body;
mod keys;
mod options;
mod retry;
mod send;
mod tokens;
mod usage;

use url::Url;

use crate::base_url::parse_base_url;

pub use auth::{LoginOutcome, MfaCode, Session};
pub use batch::{BatchSession, test_wav};
pub use create::{
    CreateOutcome, CreatedToken, ExpiryYears, NewToken, RECONCILE_WINDOW, created_candidates,
};
pub(crate) use error::DEMO_ASKS_SECOND_FACTOR;
#[cfg(test)]
pub(crate) use error::own_sentences;
pub use error::{ApiError, Result};
pub use keys::KeyCheck;
pub use options::{ClientOptions, RetryPolicy, WaitNotice, WaitReason};
pub use send::MAX_REPLY_BYTES;
pub use tokens::{DeleteOutcome, PAGE_LIMIT, PAGES_IN_FLIGHT, parse_page_for_bench};
pub use usage::{USAGE_DAYS, UsageFetch};

/// A Scriptix client for one base URL. Cheap to clone (the connection pool is shared).
#[derive(Clone)]
pub struct ApiClient {
    http: reqwest::Client,
    base: Url,
    options: ClientOptions,
}

impl std::fmt::Debug for ApiClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiClient")
            .field("base", &self.base.as_str())
            .finish_non_exhaustive()
    }
}

/// Makes rustls' ring provider the process default (once; later calls do nothing). Every
/// HTTPS client of the app uses it: ours ([`ApiClient::new`] calls this) and the updater's,
/// which is why the shell calls it first thing. reqwest is built without a provider of its
/// own (see the workspace manifest), so a client built before this would have none.
pub fn install_tls_provider() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        // Err: a provider is already installed (a test harness's); that one is used.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

impl ApiClient {
    /// Builds the client: checks the base URL, sets timeouts, User-Agent and TLS.
    ///
    /// Errors: [`ApiError::BadUrl`] when the URL is refused (plain http to a non-loopback
    /// host included), [`ApiError::Client`] when TLS cannot be set up.
    pub fn new(base_url: &str, options: ClientOptions) -> Result<Self> {
        let base = parse_base_url(base_url)?;
        install_tls_provider();
        let http = reqwest::Client::builder()
            .timeout(options.timeout)
            .connect_timeout(options.connect_timeout)
            .user_agent(options.user_agent.clone())
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|_| ApiError::Client)?;
        Ok(Self {
            http,
            base,
            options,
        })
    }

    /// The normalised base URL (always ends with `/`).
    pub fn base_url(&self) -> &Url {
        &self.base
    }

    fn endpoint(&self, path: &str) -> Result<Url> {
        self.base
            .join(path)
            .map_err(|_| ApiError::BadUrl(crate::base_url::BaseUrlError::NotAUrl))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tls_tests {
    use super::*;

    #[test]
    fn building_a_client_makes_ring_the_tls_provider_of_the_process() {
        ApiClient::new("https://api.example.com", ClientOptions::default()).unwrap();
        let installed = rustls::crypto::CryptoProvider::get_default().unwrap();
        let ring = rustls::crypto::ring::default_provider();
        let suites = |p: &rustls::crypto::CryptoProvider| {
            p.cipher_suites
                .iter()
                .map(|s| s.suite())
                .collect::<Vec<_>>()
        };
        assert_eq!(suites(installed), suites(&ring));
        assert!(!suites(installed).is_empty());
        // A second install is harmless (a client per profile calls it again).
        install_tls_provider();
        ApiClient::new("https://api.example.com", ClientOptions::default()).unwrap();
    }
}
