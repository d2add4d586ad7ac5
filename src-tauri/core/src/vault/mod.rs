//! The OS secret vault: where session tokens and captured API keys live.
//!
//! Owns the [`SecretStore`] trait (two real implementations: [`KeyringStore`] for the OS
//! vault, [`MemoryStore`] for tests and demos), the naming of entries
//! (`session:<profileId>`, `key:<profileId>:<tokenId>`), and the availability probe. It must
//! never write a secret anywhere else, log one, or let raw platform text reach the user.

mod error;
mod keyring_store;
mod memory;

use std::sync::Arc;

use serde::Serialize;

use crate::audit::AuditKey;
use crate::model::TokenId;
use crate::secret::Secret;

pub use error::{VaultError, VaultProblem};
pub use keyring_store::KeyringStore;
pub use memory::MemoryStore;

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

/// Whether the vault works, for the UI (`VaultStatus { available, message }`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VaultStatus {
    /// The probe round trip worked.
    pub available: bool,
    /// When not: what is missing and how to fix it.
    pub message: Option<String>,
}

/// The app's view of the vault: named entries per profile.
#[derive(Clone)]
pub struct Vault {
    store: Arc<dyn SecretStore>,
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

impl Vault {
    /// Wraps a store.
    pub fn new(store: Arc<dyn SecretStore>) -> Self {
        Self { store }
    }

    /// The session of a profile (`session:<profileId>`).
    ///
    /// Errors: [`VaultError`].
    pub fn session(&self, profile_id: &str) -> Result<Option<Secret>, VaultError> {
        self.store.get(&session_user(profile_id))
    }

    /// Stores a profile's session.
    ///
    /// Errors: [`VaultError::Unavailable`].
    pub fn set_session(&self, profile_id: &str, token: &Secret) -> Result<(), VaultError> {
        self.store.set(&session_user(profile_id), token)
    }

    /// Forgets a profile's session (idempotent).
    ///
    /// Errors: [`VaultError::Unavailable`].
    pub fn forget_session(&self, profile_id: &str) -> Result<(), VaultError> {
        self.store.delete(&session_user(profile_id))
    }

    /// A captured key (`key:<profileId>:<tokenId>`).
    ///
    /// Errors: [`VaultError`].
    pub fn key(&self, profile_id: &str, token_id: &TokenId) -> Result<Option<Secret>, VaultError> {
        self.store.get(&key_user(profile_id, token_id))
    }

    /// Stores a captured key.
    ///
    /// Errors: [`VaultError::Unavailable`].
    pub fn store_key(
        &self,
        profile_id: &str,
        token_id: &TokenId,
        key: &Secret,
    ) -> Result<(), VaultError> {
        self.store.set(&key_user(profile_id, token_id), key)
    }

    /// Forgets a captured key (idempotent).
    ///
    /// Errors: [`VaultError::Unavailable`].
    pub fn forget_key(&self, profile_id: &str, token_id: &TokenId) -> Result<(), VaultError> {
        self.store.delete(&key_user(profile_id, token_id))
    }

    /// The key of the audit chain (`audit-key`), made and stored on first use.
    ///
    /// Errors: [`VaultError::Unavailable`]; [`VaultError::Unreadable`] when the entry holds
    /// something else (it is then left alone, never replaced).
    pub fn audit_key(&self) -> Result<AuditKey, VaultError> {
        if let Some(secret) = self.store.get(AUDIT_KEY_USER)? {
            return AuditKey::from_secret(secret).ok_or(VaultError::Unreadable);
        }
        let key = AuditKey::generate();
        self.store.set(AUDIT_KEY_USER, key.as_secret())?;
        Ok(key)
    }

    /// A harmless set + get + delete of a probe entry.
    pub fn probe(&self) -> VaultStatus {
        // A unique entry per probe, so concurrent probes (two windows, parallel tests) never
        // read each other's value.
        let nonce = format!("{:016x}", rand::random::<u64>());
        let user = format!("{PROBE_PREFIX}{nonce}");
        let probe = Secret::new(format!("probe-{nonce}"));
        let result = self
            .store
            .set(&user, &probe)
            .and_then(|()| self.store.get(&user))
            .and_then(|read| {
                self.store.delete(&user)?;
                Ok(read.is_some_and(|r| r.expose() == probe.expose()))
            });
        match result {
            Ok(true) => VaultStatus {
                available: true,
                message: None,
            },
            Ok(false) => VaultStatus {
                available: false,
                message: Some(VaultProblem::Other.message().to_owned()),
            },
            Err(err) => VaultStatus {
                available: false,
                message: Some(err.to_string()),
            },
        }
    }
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
