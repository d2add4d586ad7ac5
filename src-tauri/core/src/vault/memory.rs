//! An in-memory [`SecretStore`] for tests and the demo workspace; can pretend to be missing.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

use super::SecretStore;
use super::error::{VaultError, VaultProblem};
use crate::secret::Secret;

/// A thread-safe map of secrets. [`MemoryStore::set_unavailable`] simulates a missing vault.
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: Mutex<HashMap<String, Secret>>,
    unavailable: AtomicBool,
}

impl MemoryStore {
    /// An empty, available store.
    pub fn new() -> Self {
        Self::default()
    }

    /// From now on every call fails with [`VaultProblem::NoProvider`] (or works again).
    pub fn set_unavailable(&self, unavailable: bool) {
        self.unavailable.store(unavailable, Ordering::SeqCst);
    }

    /// How many entries are held (for tests).
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether no entry is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn check(&self) -> Result<(), VaultError> {
        if self.unavailable.load(Ordering::SeqCst) {
            return Err(VaultError::Unavailable {
                reason: VaultProblem::NoProvider,
            });
        }
        Ok(())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Secret>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl SecretStore for MemoryStore {
    fn get(&self, user: &str) -> Result<Option<Secret>, VaultError> {
        self.check()?;
        Ok(self.lock().get(user).cloned())
    }

    fn set(&self, user: &str, secret: &Secret) -> Result<(), VaultError> {
        self.check()?;
        self.lock().insert(user.to_owned(), secret.clone());
        Ok(())
    }

    fn delete(&self, user: &str) -> Result<(), VaultError> {
        self.check()?;
        self.lock().remove(user);
        Ok(())
    }
}
