//! The workspace: profiles, the active session, the vault and the store, behind one type the
//! desktop shell's commands call (each command is one method call here).
//!
//! Owns the app's state transitions (select, sign in, MFA, sign out, refresh) and hides its
//! locks: no guard is ever held across an `.await`, so every future is `Send`. It must not
//! know about Tauri, and never hands a secret to a view type.

mod cache;
mod error;
mod expiry;
mod handoff;
mod keycheck;
mod lifecycle;
mod rotation;
mod session;
mod tokens;
mod views;

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::clipboard::SecretClipboard;
use crate::clock::{Clock, SystemClock};

use chrono::Utc;

use crate::api::{ApiClient, ClientOptions, Session};
use crate::profiles::{ProfileError, ProfileInput, ProfilesFile, Settings};
use crate::store::Store;
use crate::vault::{Vault, VaultError, VaultStatus};
use crate::view::SessionInfo;

pub use error::WorkspaceError;
pub use handoff::{AuditView, ExportView};
pub use lifecycle::CopyFormat;
pub use rotation::{RotationAdvanceView, RotationVerifyView, RotationsView};
pub use views::{
    AppStatusView, CopyView, CreateView, DeleteReport, DeleteResultView, MfaMethod, OrphanView,
    SignInView,
};

/// `Result` with [`WorkspaceError`].
pub type Result<T, E = WorkspaceError> = std::result::Result<T, E>;

/// Where the workspace keeps its files.
#[derive(Debug, Clone)]
pub struct WorkspacePaths {
    /// `<config dir>/profiles.json`.
    pub profiles_file: PathBuf,
    /// `<data dir>/scriptix-keys.sqlite3`.
    pub database_file: PathBuf,
}

/// Everything the window works with. `Send + Sync`; share it in an `Arc`.
#[derive(Debug)]
pub struct Workspace {
    paths: WorkspacePaths,
    vault: Vault,
    options: ClientOptions,
    state: Mutex<State>,
    store: Mutex<Store>,
    reveal: Mutex<Option<lifecycle::Reveal>>,
    clipboard: SecretClipboard,
    clock: Arc<dyn Clock>,
    crash_hook: Option<crate::rotation::CrashHook>,
    /// One rotation step at a time: a resume racing the wizard's advance of the same
    /// rotation would otherwise create two replacements.
    rotation_gate: tokio::sync::Mutex<()>,
    /// Rotations resumed in this run, per profile (for the "resumed" banner).
    resumed: Mutex<std::collections::HashMap<String, Vec<String>>>,
    /// One reminder check at a time: take due → show → record must not interleave, or two
    /// callers would both show the same reminder.
    notify_gate: Mutex<()>,
}

/// A signed-in session of the active profile.
#[derive(Debug, Clone)]
struct ActiveSession {
    profile_id: String,
    username: String,
    session: Session,
}

#[derive(Debug)]
struct State {
    profiles: ProfilesFile,
    session: Option<ActiveSession>,
    pending: Option<session::PendingMfa>,
    sign_in_reason: Option<String>,
    vault_status: VaultStatus,
}

impl Workspace {
    /// Loads the profiles (a corrupt file is set aside and replaced by an empty one), opens
    /// the store, probes the vault and restores the active profile's session if still valid.
    ///
    /// Errors: [`WorkspaceError::Store`] when the database cannot be opened,
    /// [`WorkspaceError::Profile`] when the profiles file cannot be read at all.
    pub fn open(paths: WorkspacePaths, vault: Vault, options: ClientOptions) -> Result<Self> {
        let profiles = match ProfilesFile::load(&paths.profiles_file) {
            Ok(profiles) => profiles,
            Err(ProfileError::Corrupt { kept_at }) => {
                tracing::warn!(kept_at = %kept_at.display(), "profiles file was corrupt; starting empty");
                ProfilesFile::default()
            }
            Err(err) => return Err(err.into()),
        };
        let store = Store::open(&paths.database_file)?;
        let vault_status = vault.probe();
        let workspace = Self {
            paths,
            vault,
            options,
            state: Mutex::new(State {
                profiles,
                session: None,
                pending: None,
                sign_in_reason: None,
                vault_status,
            }),
            store: Mutex::new(store),
            reveal: Mutex::new(None),
            clipboard: SecretClipboard::system(),
            clock: Arc::new(SystemClock),
            crash_hook: None,
            rotation_gate: tokio::sync::Mutex::new(()),
            resumed: Mutex::new(std::collections::HashMap::new()),
            notify_gate: Mutex::new(()),
        };
        let active = workspace.lock().profiles.active_profile_id.clone();
        if let Some(id) = active {
            workspace.restore_session(&id);
        }
        Ok(workspace)
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Uses another clipboard (tests use an in-memory one).
    pub fn with_clipboard(mut self, clipboard: SecretClipboard) -> Self {
        self.clipboard = clipboard;
        self
    }

    /// Uses another clock for schedules such as rotation grace periods (tests use a
    /// manual one).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Test hook: makes rotations stop at a crash point (see [`crate::rotation::CrashHook`]).
    #[doc(hidden)]
    pub fn with_crash_hook(mut self, hook: crate::rotation::CrashHook) -> Self {
        self.crash_hook = Some(hook);
        self
    }

    fn reveal_slot(&self) -> MutexGuard<'_, Option<lifecycle::Reveal>> {
        self.reveal.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The whole app status (re-probes the vault when it was unavailable).
    pub fn status(&self) -> AppStatusView {
        // An unavailable vault is probed again (the user may have just unlocked it). The
        // commands that get here are async, so a prompt never freezes the window.
        let unavailable = !self.lock().vault_status.available;
        if unavailable {
            let probed = self.vault.probe();
            self.lock().vault_status = probed;
        }
        let mut state = self.lock();
        if state
            .session
            .as_ref()
            .is_some_and(|s| s.session.expires_at <= Utc::now())
        {
            state.session = None;
            state.sign_in_reason = Some("Your session expired. Sign in again.".to_owned());
        }
        AppStatusView {
            profiles: state.profiles.profiles.clone(),
            active_profile_id: state.profiles.active_profile_id.clone(),
            session: state.session.as_ref().map(|s| SessionInfo {
                profile_id: s.profile_id.clone(),
                username: s.username.clone(),
                expires_at: s.session.expires_at,
            }),
            vault: state.vault_status.clone(),
            settings: state.profiles.settings.clone(),
            sign_in_reason: state.sign_in_reason.clone(),
        }
    }

    /// Adds or edits a profile. Changing the address of a signed-in profile signs it out.
    ///
    /// Errors: [`WorkspaceError::Profile`] (invalid name or URL, unknown id, file write).
    pub fn save_profile(&self, input: ProfileInput) -> Result<AppStatusView> {
        let moved = {
            let mut state = self.lock();
            let before = input
                .id
                .as_deref()
                .and_then(|id| state.profiles.get(id))
                .map(|p| p.base_url.clone());
            let profile = state.profiles.upsert(input)?;
            state.profiles.save(&self.paths.profiles_file)?;
            before
                .is_some_and(|url| url != profile.base_url)
                .then_some(profile.id)
        };
        if let Some(id) = moved {
            self.drop_session(&id);
        }
        Ok(self.status())
    }

    /// Removes a profile with its session, captured keys and local data.
    ///
    /// Errors: [`WorkspaceError::Profile`] (unknown id, file write), [`WorkspaceError::Store`].
    pub fn delete_profile(&self, id: &str) -> Result<AppStatusView> {
        {
            let mut state = self.lock();
            state
                .profiles
                .remove(id)
                .ok_or(ProfileError::UnknownProfile)?;
            state.profiles.save(&self.paths.profiles_file)?;
        }
        self.drop_session(id);
        let store = self.store();
        for token in store.local_tokens(id)? {
            self.note_vault(self.vault.forget_key(id, &token.token_id));
        }
        store.forget_profile(id)?;
        store.forget_profile_notes(id)?;
        drop(store);
        Ok(self.status())
    }

    /// Selects a profile and restores its session from the vault if still valid.
    ///
    /// Errors: [`WorkspaceError::Profile`] (unknown id, file write).
    pub fn select_profile(&self, id: &str) -> Result<AppStatusView> {
        {
            let mut state = self.lock();
            state.profiles.select(id)?;
            state.profiles.save(&self.paths.profiles_file)?;
            state.session = None;
            state.pending = None;
            state.sign_in_reason = None;
        }
        self.restore_session(id);
        Ok(self.status())
    }

    /// Saves the settings (expiry thresholds sorted largest first).
    ///
    /// Errors: [`WorkspaceError::Profile`] (`InvalidSetting` with field `expiryThresholds`,
    /// file write).
    pub fn save_settings(&self, settings: Settings) -> Result<AppStatusView> {
        let settings = settings.validated()?;
        {
            let mut state = self.lock();
            state.profiles.settings = settings;
            state.profiles.save(&self.paths.profiles_file)?;
        }
        Ok(self.status())
    }

    /// Whether the selected profile is the demo workspace.
    pub fn active_profile_is_demo(&self) -> bool {
        self.lock().profiles.active().is_some_and(|p| p.demo)
    }

    /// Points the demo profile at the demo server's current address.
    ///
    /// Errors: [`WorkspaceError::Profile`] (bad URL, file write).
    pub fn set_demo_url(&self, url: &str) -> Result<()> {
        let mut state = self.lock();
        let username = state
            .profiles
            .profiles
            .iter()
            .find(|p| p.demo)
            .map(|p| p.username.clone())
            .unwrap_or_default();
        state.profiles.upsert_demo(url, &username)?;
        state.profiles.save(&self.paths.profiles_file)?;
        Ok(())
    }

    fn client_for(&self, profile_id: &str) -> Result<ApiClient> {
        let base_url = {
            let state = self.lock();
            state
                .profiles
                .get(profile_id)
                .ok_or(ProfileError::UnknownProfile)?
                .base_url
                .clone()
        };
        Ok(ApiClient::new(&base_url, self.options.clone())?)
    }

    /// Records whether the vault worked, so `status()` can say so.
    fn note_vault<T>(&self, result: Result<T, VaultError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(err) => {
                self.lock().vault_status = VaultStatus {
                    available: false,
                    message: Some(err.to_string()),
                };
                None
            }
        }
    }
}
