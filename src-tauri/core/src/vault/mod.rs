//! The OS secret vault: where session tokens and captured API keys live.
//!
//! Owns the [`SecretStore`] trait (two real implementations: [`KeyringStore`] for the OS
//! vault, [`MemoryStore`] for tests and demos), the naming of entries
//! (`session:<profileId>`, `key:<profileId>:<tokenId>`), and the availability probe
//! (`status.rs`). It must never write a secret anywhere else, log one, or let raw platform
//! text reach the user.

mod error;
mod health;
mod keyring_store;
mod memory;
mod status;

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use crate::audit::AuditKey;
use crate::model::TokenId;
use crate::secret::Secret;

#[cfg(test)]
pub(crate) use error::VaultOs;
pub use error::{VaultError, VaultProblem};
pub use keyring_store::KeyringStore;
pub use memory::MemoryStore;
pub use status::VaultStatus;

use health::Health;

/// A place that keeps secrets by user name. Every method may block.
pub trait SecretStore: Send + Sync {
    /// The secret stored under `user`, or `None`.
    ///
    /// Errors: [`VaultError::Unavailable`], [`VaultError::Unreadable`].
    fn get(&self, user: &str) -> Result<Option<Secret>, VaultError>;
    /// Stores (or replaces) the secret under `user`.
    ///
    /// Errors: [`VaultError::Unavailable`].
    fn set(&self, user: &str, secret: &Secret) -> Result<(), VaultError>;
    /// Removes the entry; succeeds when there was none.
    ///
    /// Errors: [`VaultError::Unavailable`].
    fn delete(&self, user: &str) -> Result<(), VaultError>;
}

/// The app's view of the vault: named entries per profile.
///
/// The one door to the [`SecretStore`]: every call runs on a blocking thread and gives up
/// after the timeout with [`VaultError::TimedOut`] (an unanswered unlock prompt must never
/// freeze the app), and every outcome updates the vault's health, so an unavailable vault
/// is probed again with backoff ([`Vault::status`]) instead of after every command. The
/// async methods keep the async workers free; the `*_blocking` ones are for callers that
/// are not async (they wait at most the timeout, on a helper thread).
#[derive(Clone)]
pub struct Vault {
    store: Arc<dyn SecretStore>,
    timeout: Duration,
    health: Arc<Mutex<Health>>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault").finish_non_exhaustive()
    }
}

/// The entry holding the key of the audit log's chain.
const AUDIT_KEY_USER: &str = "audit-key";

/// Prefix of the (unique, short-lived) entry written by the availability probe.
const PROBE_PREFIX: &str = "probe:";

/// How long a vault call may take (an unlock prompt may be open for the user to answer).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

type Op<T> = Box<dyn FnOnce(&dyn SecretStore) -> Result<T, VaultError> + Send>;

impl Vault {
    /// Wraps a store, with [`DEFAULT_TIMEOUT`] and a 2-second first probe backoff.
    pub fn new(store: Arc<dyn SecretStore>) -> Self {
        Self {
            store,
            timeout: DEFAULT_TIMEOUT,
            health: Arc::new(Mutex::new(Health::new(health::FIRST_BACKOFF))),
        }
    }

    /// The same vault with another call timeout and first probe backoff (tests use short ones).
    pub fn with_limits(mut self, timeout: Duration, first_backoff: Duration) -> Self {
        self.timeout = timeout;
        self.health = Arc::new(Mutex::new(Health::new(first_backoff)));
        self
    }

    fn health(&self) -> MutexGuard<'_, Health> {
        self.health.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn timed_out(&self) -> VaultError {
        VaultError::TimedOut {
            seconds: self.timeout.as_secs().max(1),
        }
    }

    /// Runs `op` on a blocking thread, waits at most the timeout, and notes the outcome. A
    /// call that times out keeps running; its late outcome is noted in the health when it
    /// lands (a late write is there to be read back).
    async fn run<T: Send + 'static>(&self, op: Op<T>) -> Result<T, VaultError> {
        let store = Arc::clone(&self.store);
        let health = Arc::clone(&self.health);
        let (tx, rx) = tokio::sync::oneshot::channel();
        tokio::task::spawn_blocking(move || {
            let result = op(store.as_ref());
            health
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .note(&result, Instant::now());
            if tx.send(result).is_err() {
                tracing::info!("a vault call that had timed out finished late");
            }
        });
        match tokio::time::timeout(self.timeout, rx).await {
            Ok(Ok(result)) => result,
            Ok(Err(_)) => Err(VaultError::Unavailable {
                reason: VaultProblem::Other,
            }),
            Err(_) => {
                let err = self.timed_out();
                self.health()
                    .failed(VaultStatus::unavailable(&err), Instant::now());
                Err(err)
            }
        }
    }

    /// [`Vault::run`] for callers that are not async: the call runs on a helper thread and
    /// this thread waits at most the timeout.
    fn run_blocking<T: Send + 'static>(&self, op: Op<T>) -> Result<T, VaultError> {
        let store = Arc::clone(&self.store);
        let health = Arc::clone(&self.health);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let result = op(store.as_ref());
            health
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .note(&result, Instant::now());
            let _ = tx.send(result);
        });
        match rx.recv_timeout(self.timeout) {
            Ok(result) => result,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                let err = self.timed_out();
                self.health()
                    .failed(VaultStatus::unavailable(&err), Instant::now());
                Err(err)
            }
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(VaultError::Unavailable {
                reason: VaultProblem::Other,
            }),
        }
    }

    /// The session of a profile (`session:<profileId>`).
    ///
    /// Errors: [`VaultError`].
    pub async fn session(&self, profile_id: &str) -> Result<Option<Secret>, VaultError> {
        let user = session_user(profile_id);
        self.run(Box::new(move |s| s.get(&user))).await
    }

    /// [`Vault::session`] for a caller that is not async.
    ///
    /// Errors: [`VaultError`].
    pub fn session_blocking(&self, profile_id: &str) -> Result<Option<Secret>, VaultError> {
        let user = session_user(profile_id);
        self.run_blocking(Box::new(move |s| s.get(&user)))
    }

    /// Stores a profile's session.
    ///
    /// Errors: [`VaultError::Unavailable`], [`VaultError::TimedOut`].
    pub async fn set_session(&self, profile_id: &str, token: &Secret) -> Result<(), VaultError> {
        let (user, token) = (session_user(profile_id), token.clone());
        self.run(Box::new(move |s| s.set(&user, &token))).await
    }

    /// Forgets a profile's session (idempotent).
    ///
    /// Errors: [`VaultError::Unavailable`], [`VaultError::TimedOut`].
    pub async fn forget_session(&self, profile_id: &str) -> Result<(), VaultError> {
        let user = session_user(profile_id);
        self.run(Box::new(move |s| s.delete(&user))).await
    }

    /// [`Vault::set_session`] for a caller that is not async.
    ///
    /// Errors: [`VaultError::Unavailable`], [`VaultError::TimedOut`].
    pub fn set_session_blocking(&self, profile_id: &str, token: &Secret) -> Result<(), VaultError> {
        let (user, token) = (session_user(profile_id), token.clone());
        self.run_blocking(Box::new(move |s| s.set(&user, &token)))
    }

    /// [`Vault::forget_session`] for a caller that is not async.
    ///
    /// Errors: [`VaultError::Unavailable`], [`VaultError::TimedOut`].
    pub fn forget_session_blocking(&self, profile_id: &str) -> Result<(), VaultError> {
        let user = session_user(profile_id);
        self.run_blocking(Box::new(move |s| s.delete(&user)))
    }

    /// A captured key (`key:<profileId>:<tokenId>`).
    ///
    /// Errors: [`VaultError`].
    pub async fn key(
        &self,
        profile_id: &str,
        token_id: &TokenId,
    ) -> Result<Option<Secret>, VaultError> {
        let user = key_user(profile_id, token_id);
        self.run(Box::new(move |s| s.get(&user))).await
    }

    /// [`Vault::key`] for a caller that is not async.
    ///
    /// Errors: [`VaultError`].
    pub fn key_blocking(
        &self,
        profile_id: &str,
        token_id: &TokenId,
    ) -> Result<Option<Secret>, VaultError> {
        let user = key_user(profile_id, token_id);
        self.run_blocking(Box::new(move |s| s.get(&user)))
    }

    /// Stores a captured key. After [`VaultError::TimedOut`] the write may still land: read
    /// the entry back ([`Vault::key`]) before deciding the key is not stored.
    ///
    /// Errors: [`VaultError::Unavailable`], [`VaultError::TimedOut`].
    pub async fn store_key(
        &self,
        profile_id: &str,
        token_id: &TokenId,
        key: &Secret,
    ) -> Result<(), VaultError> {
        let (user, key) = (key_user(profile_id, token_id), key.clone());
        self.run(Box::new(move |s| s.set(&user, &key))).await
    }

    /// [`Vault::store_key`] for a caller that is not async.
    ///
    /// Errors: [`VaultError::Unavailable`], [`VaultError::TimedOut`].
    pub fn store_key_blocking(
        &self,
        profile_id: &str,
        token_id: &TokenId,
        key: &Secret,
    ) -> Result<(), VaultError> {
        let (user, key) = (key_user(profile_id, token_id), key.clone());
        self.run_blocking(Box::new(move |s| s.set(&user, &key)))
    }

    /// Forgets a captured key (idempotent).
    ///
    /// Errors: [`VaultError::Unavailable`], [`VaultError::TimedOut`].
    pub async fn forget_key(&self, profile_id: &str, token_id: &TokenId) -> Result<(), VaultError> {
        let user = key_user(profile_id, token_id);
        self.run(Box::new(move |s| s.delete(&user))).await
    }

    /// [`Vault::forget_key`] for a caller that is not async.
    ///
    /// Errors: [`VaultError::Unavailable`], [`VaultError::TimedOut`].
    pub fn forget_key_blocking(
        &self,
        profile_id: &str,
        token_id: &TokenId,
    ) -> Result<(), VaultError> {
        let user = key_user(profile_id, token_id);
        self.run_blocking(Box::new(move |s| s.delete(&user)))
    }

    /// The key of the audit chain (`audit-key`), made and stored on first use.
    ///
    /// Errors: [`VaultError::Unavailable`], [`VaultError::TimedOut`];
    /// [`VaultError::Unreadable`] when the entry holds something else (it is then left
    /// alone, never replaced).
    pub async fn audit_key(&self) -> Result<AuditKey, VaultError> {
        self.run(Box::new(audit_key_or_new)).await
    }

    /// [`Vault::audit_key`] for a caller that is not async (the app's start).
    ///
    /// Errors: as [`Vault::audit_key`].
    pub fn audit_key_blocking(&self) -> Result<AuditKey, VaultError> {
        self.run_blocking(Box::new(audit_key_or_new))
    }
}

/// The stored audit key, or a new one stored now.
fn audit_key_or_new(store: &dyn SecretStore) -> Result<AuditKey, VaultError> {
    if let Some(secret) = store.get(AUDIT_KEY_USER)? {
        return AuditKey::from_secret(secret).ok_or(VaultError::Unreadable);
    }
    let key = AuditKey::generate();
    store.set(AUDIT_KEY_USER, key.as_secret())?;
    Ok(key)
}

/// `session:<profileId>`.
pub fn session_user(profile_id: &str) -> String {
    format!("session:{profile_id}")
}

/// `key:<profileId>:<tokenId>`.
pub fn key_user(profile_id: &str, token_id: &TokenId) -> String {
    format!("key:{profile_id}:{token_id}")
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
