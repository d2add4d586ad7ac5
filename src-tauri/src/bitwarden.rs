//! The Bitwarden session for this run: the one the user unlocked in the app (the master
//! password typed in the app's own dialog, handed to `bw unlock` by core), else the
//! `BW_SESSION` the app was started with. Held in memory only, in a `Secret`: never written
//! anywhere, never sent to the webview, gone when the app quits.

use std::sync::{Mutex, PoisonError};

use scriptix_keys_core::export::bw_cli::SESSION_VAR;
use scriptix_keys_core::secret::Secret;

/// Managed state: the session unlocked in the app, if any.
#[derive(Debug, Default)]
pub struct BwSession(Mutex<Option<Secret>>);

impl BwSession {
    /// The session to hand to `bw`: the one unlocked in the app, else `BW_SESSION`.
    pub fn current(&self) -> Option<Secret> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
            .or_else(|| {
                std::env::var(SESSION_VAR)
                    .ok()
                    .filter(|s| !s.trim().is_empty())
                    .map(Secret::new)
            })
    }

    /// Keeps the session `bw unlock` printed, for the rest of this run.
    pub fn keep(&self, session: Secret) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(session);
    }
}
