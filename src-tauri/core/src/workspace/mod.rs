//! The workspace: profiles, the active session, the vault and the store, behind one type the
//! desktop shell's commands call (each command is one method call here).
//!
//! Owns the app's state transitions (select, sign in, MFA, sign out, refresh) and hides its
//! locks: no guard is ever held across an `.await`, so every future is `Send`. It must not
//! know about Tauri, and never hands a secret to a view type.

mod attach;
mod audit_log;
mod bitwarden;
mod cache;
mod calendar;
mod creates;
mod delete;
mod destinations;
mod error;
mod expiry;
mod handoff;
mod keepass;
mod keycheck;
mod lifecycle;
mod origin;
mod profile_delete;
mod resume;
mod reveal;
mod rotation;
mod session;
mod tokens;
mod update;
mod usage;
mod usage_hints;
mod views;

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::clipboard::SecretClipboard;
use crate::clock::{Clock, SystemClock};

use chrono::Utc;

use crate::api::{ApiClient, ClientOptions, Session};
use crate::profiles::{ProfileError, ProfileInput, ProfilesFile};
use crate::settings::Settings;
use crate::store::Store;
use crate::vault::{Vault, VaultError};
use crate::view::SessionInfo;

pub use attach::AttachView;
pub use audit_log::AuditView;
pub use bitwarden::BwFoldersView;
pub use creates::{InterruptedCreateView, InterruptedOutcome, ResolvedCreateView};
pub use delete::{PreflightToken, PreflightView};
pub use error::WorkspaceError;
pub use handoff::{ExportView, OpVaultsView};
pub use lifecycle::CopyFormat;
pub use profile_delete::{PROFILE_EXPORT_FORMATS, ProfileExportView};
pub use rotation::{RotationAdvanceView, RotationVerifyView, RotationsView};
pub use tokens::KEPT_FOR;
pub use update::{DestinationUpdate, UpdateOutcome};
pub use views::{
    AppStatusView, CopyView, CreateView, DeleteReport, DeleteResultView, LanguageView, MfaMethod,
    OrphanView, SignInView,
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
    reveal: Mutex<reveal::RevealSlot>,
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
    /// This run's creates (see `creates.rs`).
    creates: Mutex<creates::CreateRuns>,
    /// One HTTP client (its connection pool, so a warm connection and TLS session) per
    /// profile and base URL, kept for the run (see `origin.rs`).
    clients: Mutex<std::collections::HashMap<(String, String), ApiClient>>,
    /// The cached list read for the start's first frame, kept for the window's first ask
    /// (see `tokens.rs`).
    kept_list: Mutex<Option<tokens::KeptList>>,
}

/// A signed-in session of the active profile.
#[derive(Debug, Clone)]
struct ActiveSession {
    profile_id: String,
    username: String,
    session: Session,
    /// The server that issued it (see `origin.rs`).
    origin: String,
}

#[derive(Debug)]
struct State {
    profiles: ProfilesFile,
    session: Option<ActiveSession>,
    pending: Option<session::PendingMfa>,
    sign_in_reason: Option<crate::i18n::Coded>,
    /// This run's built-in demo server (`scheme://host:port`), once known.
    demo_origin: Option<String>,
    /// How many tokens each profile's list held when last read (cached or fetched): the next
    /// refresh asks for that many pages at once (`ApiClient::list_tokens_expecting`).
    list_sizes: std::collections::HashMap<String, usize>,
}

impl Workspace {
    /// Loads the profiles (a corrupt file is set aside and replaced by an empty one), opens
    /// the store, probes the vault and restores the active profile's session if still valid.
    ///
    /// Errors: [`WorkspaceError::Store`] when the database cannot be opened,
    /// [`WorkspaceError::Profile`] when the profiles file cannot be read at all.
    pub fn open(paths: WorkspacePaths, vault: Vault, options: ClientOptions) -> Result<Self> {
        for file in [&paths.profiles_file, &paths.database_file] {
            if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty())
                && let Err(err) = crate::private_dir::ensure(dir)
            {
                // The app still works; only other local users could read its metadata.
                tracing::warn!(dir = %dir.display(), "could not make the folder private: {err}");
            }
        }
        let profiles = match ProfilesFile::load(&paths.profiles_file) {
            Ok(profiles) => profiles,
            Err(ProfileError::Corrupt { kept_at }) => {
                tracing::warn!(kept_at = %kept_at.display(), "profiles file was corrupt; starting empty");
                ProfilesFile::default()
            }
            Err(err) => return Err(err.into()),
        };
        let store = Store::open(&paths.database_file)?;
        // Probed on a helper thread with the vault's timeout: an unlock prompt nobody
        // answers delays the start by at most that long.
        vault.status_blocking();
        let workspace = Self {
            paths,
            vault,
            options,
            state: Mutex::new(State {
                profiles,
                session: None,
                pending: None,
                sign_in_reason: None,
                demo_origin: None,
                list_sizes: std::collections::HashMap::new(),
            }),
            store: Mutex::new(store),
            reveal: Mutex::new(reveal::RevealSlot::default()),
            clipboard: SecretClipboard::system(),
            clock: Arc::new(SystemClock),
            crash_hook: None,
            rotation_gate: tokio::sync::Mutex::new(()),
            resumed: Mutex::new(std::collections::HashMap::new()),
            notify_gate: Mutex::new(()),
            creates: Mutex::new(creates::CreateRuns::default()),
            clients: Mutex::new(std::collections::HashMap::new()),
            kept_list: Mutex::new(None),
        };
        workspace.load_audit_key();
        workspace.bind_legacy_origins();
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

    /// Test hook: makes rotations (and plain creates) stop at a crash point (see [`crate::rotation::CrashHook`]).
    #[doc(hidden)]
    pub fn with_crash_hook(mut self, hook: crate::rotation::CrashHook) -> Self {
        self.crash_hook = Some(hook);
        self
    }

    fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The whole app status, re-probing an unavailable vault first when its backoff has
    /// passed (the user may have just unlocked it), off the async workers and with a timeout.
    pub async fn app_status(&self) -> AppStatusView {
        if self.vault.status().await.available && !self.store().has_audit_key() {
            self.keep_audit_key(self.vault.audit_key().await);
        }
        self.status()
    }

    /// The whole app status, with the vault as the last call or probe found it (no vault
    /// call here: see [`Workspace::app_status`]).
    pub fn status(&self) -> AppStatusView {
        let vault = self.vault.last_status();
        let mut state = self.lock();
        if state
            .session
            .as_ref()
            .is_some_and(|s| s.session.expires_at <= Utc::now())
        {
            state.session = None;
            state.sign_in_reason = Some(crate::i18n::Coded::new("signin-reason-session-expired"));
        }
        AppStatusView {
            profiles: state.profiles.profiles.clone(),
            active_profile_id: state.profiles.active_profile_id.clone(),
            session: state.session.as_ref().map(|s| SessionInfo {
                profile_id: s.profile_id.clone(),
                username: s.username.clone(),
                expires_at: s.session.expires_at,
            }),
            vault,
            settings: state.profiles.settings.clone(),
            sign_in_reason: state.sign_in_reason.as_ref().map(ToString::to_string),
            sign_in_reason_coded: state.sign_in_reason.clone(),
            language: views::LanguageView::current(state.profiles.settings.language),
        }
    }

    /// Adds or edits a profile. Changing the address of a signed-in profile signs it out;
    /// a sign-in waiting for its MFA code on an edited profile is dropped (its password with
    /// it). The server of a profile that holds keys, and of the demo profile, cannot change.
    ///
    /// Errors: [`WorkspaceError::Profile`] (invalid name or URL, `ServerHoldsKeys`,
    /// `DemoServerFixed`, unknown id, file write), [`WorkspaceError::Store`].
    pub fn save_profile(&self, input: ProfileInput) -> Result<AppStatusView> {
        self.check_server_change(&input)?;
        let moved = {
            let mut state = self.lock();
            let before = input
                .id
                .as_deref()
                .and_then(|id| state.profiles.get(id))
                .map(|p| p.base_url.clone());
            let profile = state.profiles.upsert(input)?;
            state.profiles.save(&self.paths.profiles_file)?;
            if state
                .pending
                .as_ref()
                .is_some_and(|p| p.profile_id() == profile.id)
            {
                state.pending = None;
            }
            before
                .is_some_and(|url| url != profile.base_url)
                .then_some(profile.id)
        };
        if let Some(id) = moved {
            self.drop_session(&id);
        }
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
        let mut settings = settings.validated()?;
        {
            let mut state = self.lock();
            settings.tray_explained |= state.profiles.settings.tray_explained;
            state.profiles.settings = settings;
            state.profiles.save(&self.paths.profiles_file)?;
        }
        Ok(self.status())
    }

    /// The saved settings.
    pub fn settings(&self) -> Settings {
        self.lock().profiles.settings.clone()
    }

    /// Records that the window's first close explained the tray; `true` only the first
    /// time (so the explanation is given once).
    ///
    /// Errors: [`WorkspaceError::Profile`] (file write).
    pub fn mark_tray_explained(&self) -> Result<bool> {
        let mut state = self.lock();
        if state.profiles.settings.tray_explained {
            return Ok(false);
        }
        state.profiles.settings.tray_explained = true;
        state.profiles.save(&self.paths.profiles_file)?;
        Ok(true)
    }

    /// Whether the selected profile is the demo workspace.
    pub fn active_profile_is_demo(&self) -> bool {
        self.lock().profiles.active().is_some_and(|p| p.demo)
    }

    /// Points the demo profile at the demo server's current address, which becomes the
    /// server the demo's keys and session may be sent to this run.
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
        let profile = state.profiles.upsert_demo(url, &username)?;
        state.demo_origin = origin::url_origin(&profile.base_url);
        state.profiles.save(&self.paths.profiles_file)?;
        Ok(())
    }

    /// Keys the audit chain with the key from the vault, when the vault works (at the
    /// start; [`Workspace::app_status`] tries again once a locked vault comes back).
    fn load_audit_key(&self) {
        if !self.store().has_audit_key() && self.vault.last_status().available {
            self.keep_audit_key(self.vault.audit_key_blocking());
        }
    }

    fn keep_audit_key(&self, key: Result<crate::audit::AuditKey, VaultError>) {
        if let Some(key) = self.note_vault(key)
            && let Err(err) = self.store().set_audit_key(key)
        {
            tracing::warn!("the audit log could not be keyed: {err}");
        }
    }

    /// The value of a vault call that may fail without failing the command (the vault
    /// noted the failure itself, so `status()` says so).
    fn note_vault<T>(&self, result: Result<T, VaultError>) -> Option<T> {
        result.ok()
    }
}
