//! Whether the vault works: the status the UI shows, and the probe behind it (a unique
//! entry set, read back and deleted; an unavailable vault is probed again with backoff).

use std::time::Instant;

use serde::Serialize;

use super::{PROBE_PREFIX, SecretStore, Vault, VaultError, VaultProblem};
use crate::secret::Secret;

/// Whether the vault works, for the UI (`VaultStatus { available, message }`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VaultStatus {
    /// The probe round trip worked.
    pub available: bool,
    /// When not: what is missing and how to fix it (English).
    pub message: Option<String>,
    /// The same as a catalogue message, shown in the user's language.
    pub message_coded: Option<crate::i18n::Coded>,
}

impl VaultStatus {
    /// The vault works.
    pub fn available() -> Self {
        Self {
            available: true,
            message: None,
            message_coded: None,
        }
    }

    /// The vault does not work, for this reason.
    pub fn unavailable(error: &VaultError) -> Self {
        Self {
            available: false,
            message: Some(error.to_string()),
            message_coded: Some(error.coded()),
        }
    }
}

impl Vault {
    /// The vault's status without touching it: what the last call or probe found.
    pub fn last_status(&self) -> VaultStatus {
        self.health().status()
    }

    /// The vault's status, probing it first when it was never probed, or was unavailable
    /// and the backoff since the last probe has passed (2 s, doubling up to a minute).
    pub async fn status(&self) -> VaultStatus {
        if self.health().probe_due(Instant::now()) {
            self.probe().await
        } else {
            self.last_status()
        }
    }

    /// [`Vault::status`] for a caller that is not async (the app's start).
    pub fn status_blocking(&self) -> VaultStatus {
        if self.health().probe_due(Instant::now()) {
            self.probed(self.run_blocking(Box::new(probe_round_trip)))
        } else {
            self.last_status()
        }
    }

    /// A harmless set + get + delete of a probe entry, now.
    pub async fn probe(&self) -> VaultStatus {
        self.probed(self.run(Box::new(probe_round_trip)).await)
    }

    /// A probe that read back something else also counts as unavailable.
    fn probed(&self, result: Result<bool, VaultError>) -> VaultStatus {
        let status = probe_status(result);
        if !status.available {
            self.health().failed(status.clone(), Instant::now());
        }
        status
    }
}

/// Set, read back and delete a unique probe entry (unique, so concurrent probes from two
/// windows or parallel tests never read each other's value).
fn probe_round_trip(store: &dyn SecretStore) -> Result<bool, VaultError> {
    let nonce = format!("{:016x}", rand::random::<u64>());
    let user = format!("{PROBE_PREFIX}{nonce}");
    let probe = Secret::new(format!("probe-{nonce}"));
    store.set(&user, &probe)?;
    let read = store.get(&user)?;
    store.delete(&user)?;
    Ok(read.is_some_and(|r| r.expose() == probe.expose()))
}

fn probe_status(result: Result<bool, VaultError>) -> VaultStatus {
    match result {
        Ok(true) => VaultStatus::available(),
        Ok(false) => VaultStatus::unavailable(&VaultError::Unavailable {
            reason: VaultProblem::Other,
        }),
        Err(err) => VaultStatus::unavailable(&err),
    }
}
