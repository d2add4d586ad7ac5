//! `AppState`: what the window's commands share. It owns the core `Workspace` and the demo
//! sandbox; locks stay private to those types. No domain logic here.

use std::path::PathBuf;
use std::sync::Arc;

use scriptix_keys_core::api::{ClientOptions, WaitNotice, WaitReason};
use scriptix_keys_core::audit::AuditFilter;
use scriptix_keys_core::error::ErrorKind;
use scriptix_keys_core::export::ExportFormat;
use scriptix_keys_core::i18n::{Catalogue, CodeArg, Coded};
use scriptix_keys_core::vault::{KeyringStore, Vault};
use scriptix_keys_core::workspace::{
    AppStatusView, ExportView, OpVaultsView, ProfileExportView, Workspace, WorkspacePaths,
};
use scriptix_sandbox::demo;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager};
use tauri_plugin_dialog::DialogExt;

use crate::demo::DemoServer;
use crate::error::{CommandError, CommandResult};

/// The vault service name: the app identifier, unless tests point it elsewhere so they
/// never touch a real user's entries.
const VAULT_SERVICE_ENV: &str = "SCRIPTIX_KEYS_VAULT_SERVICE";

/// Shared by every command through `State<AppState>`.
pub struct AppState {
    pub workspace: Arc<Workspace>,
    pub demo: DemoServer,
}

/// Payload of the `api-waiting` event: the UI shows "retrying in N s…".
#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct WaitingPayload {
    reason: &'static str,
    seconds: u64,
    attempt: u32,
}

impl AppState {
    /// Opens the workspace in the app's config and data directories.
    pub fn open(app: &AppHandle) -> Result<Self, Box<dyn std::error::Error>> {
        let config_dir = app.path().app_config_dir()?;
        let data_dir = app.path().app_data_dir()?;
        std::fs::create_dir_all(&config_dir)?;
        std::fs::create_dir_all(&data_dir)?;
        let service = std::env::var(VAULT_SERVICE_ENV)
            .ok()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| app.config().identifier.clone());
        let vault = Vault::new(Arc::new(KeyringStore::new(&service)));
        let emitter = app.clone();
        let options = ClientOptions {
            on_wait: Some(Arc::new(move |notice: WaitNotice| {
                let payload = WaitingPayload {
                    reason: match notice.reason {
                        WaitReason::RateLimited => "rateLimited",
                        WaitReason::Unavailable => "unavailable",
                        _ => "network",
                    },
                    seconds: notice.seconds,
                    attempt: notice.attempt,
                };
                // A lost notice only costs the countdown text, never data.
                let _ = emitter.emit("api-waiting", payload);
            })),
            ..ClientOptions::default()
        };
        let paths = WorkspacePaths {
            profiles_file: config_dir.join("profiles.json"),
            database_file: data_dir.join("scriptix-keys.sqlite3"),
        };
        let workspace = crate::hooks::install(Workspace::open(paths, vault, options)?);
        Ok(Self {
            workspace: Arc::new(workspace),
            demo: DemoServer::new(data_dir.join("demo-sandbox.sqlite3")),
        })
    }
}

/// Whether [`AppState`] is open yet. It opens on a background thread (SQLite, the vault's
/// D-Bus round trips, the demo server) while the window loads its page; `app_status`, the
/// window's first call, waits here.
pub struct Startup {
    done: tokio::sync::watch::Sender<Option<Result<(), Coded>>>,
}

impl Default for Startup {
    fn default() -> Self {
        Self::new()
    }
}

impl Startup {
    pub fn new() -> Self {
        Self {
            done: tokio::sync::watch::channel(None).0,
        }
    }

    /// Waits until the state is open; its error if it could not be.
    pub async fn wait(&self) -> CommandResult<()> {
        let mut done = self.done.subscribe();
        let outcome = done
            .wait_for(Option::is_some)
            .await
            .map_err(|_| CommandError::shell("shell-shutting-down"))?
            .clone();
        match outcome {
            Some(Err(coded)) => Err(CommandError::with_kind(ErrorKind::Internal, coded.clone())),
            _ => Ok(()),
        }
    }
}

/// Why the state could not be opened, as a message argument: the core error's code, or the
/// system's own words.
fn open_problem(error: &(dyn std::error::Error + 'static)) -> CodeArg {
    match error
        .downcast_ref::<scriptix_keys_core::workspace::WorkspaceError>()
        .and_then(scriptix_keys_core::workspace::WorkspaceError::coded)
    {
        Some(coded) => coded.into(),
        None => error.to_string().into(),
    }
}

/// Opens the state off the main thread, manages it, then starts the demo server when the
/// active profile is the demo workspace (so the first status finds it running).
pub fn open_in_background(app: AppHandle) {
    std::thread::spawn(move || {
        let opened = AppState::open(&app);
        let outcome = match opened {
            Ok(state) => {
                app.manage(state);
                Ok(())
            }
            Err(e) => Err(Coded::new("shell-data-folder").arg("reason", open_problem(e.as_ref()))),
        };
        let failed = outcome.is_err();
        app.state::<Startup>().done.send_replace(Some(outcome));
        crate::commands::perf::mark("state-open");
        crate::first_frame::decide(&app, !failed);
        if !failed {
            let state = app.state::<AppState>();
            crate::tray::relabel(&app, state.catalogue());
            let _ = tauri::async_runtime::block_on(state.wake_demo_if_active());
            crate::background::start(app.clone());
        }
    });
}

impl AppState {
    /// The catalogue of the language in use (Settings → Language, or the OS's), for what Rust
    /// writes itself: notifications, the tray, native file dialogs.
    pub fn catalogue(&self) -> &'static Catalogue {
        Catalogue::for_setting(self.workspace.settings().language)
    }

    /// The app status; when the active profile is the demo workspace, its local server is
    /// (re)started first so the restored session points at a live address.
    pub async fn status(&self) -> CommandResult<AppStatusView> {
        self.wake_demo_if_active().await?;
        Ok(self.workspace.app_status().await)
    }

    /// Switches profile; a demo profile gets its server started first.
    pub async fn select_profile(&self, id: &str) -> CommandResult<AppStatusView> {
        // Restoring the profile's session reads the vault (an unlock prompt may wait): off
        // the async workers.
        let (workspace, profile) = (Arc::clone(&self.workspace), id.to_owned());
        let status =
            tauri::async_runtime::spawn_blocking(move || workspace.select_profile(&profile))
                .await
                .map_err(|_| CommandError::shell("shell-select-stopped"))??;
        self.wake_demo_if_active().await?;
        Ok(if self.workspace.active_profile_is_demo() {
            self.workspace.status()
        } else {
            status
        })
    }

    /// Starts the demo server and signs in to it as the demo developer.
    pub async fn open_demo(&self) -> CommandResult<AppStatusView> {
        let url = self
            .demo
            .url()
            .await
            .map_err(|coded| CommandError::with_kind(ErrorKind::Internal, coded))?;
        Ok(self
            .workspace
            .open_demo(&url, demo::DEV_EMAIL, demo::PASSWORD)
            .await?)
    }

    async fn wake_demo_if_active(&self) -> CommandResult<()> {
        if self.workspace.active_profile_is_demo() {
            let url = self
                .demo
                .url()
                .await
                .map_err(|coded| CommandError::with_kind(ErrorKind::Internal, coded))?;
            self.workspace.set_demo_url(&url)?;
        }
        Ok(())
    }
}

impl AppState {
    /// Exports a key; file formats ask the user where to save it first.
    pub async fn export_key(
        &self,
        app: &AppHandle,
        token_id: &str,
        format: ExportFormat,
        variable: Option<&str>,
    ) -> CommandResult<ExportView> {
        let path = if format.is_clipboard() {
            None
        } else {
            let name = self.workspace.export_file_name(token_id, format)?;
            match choose_save_path(
                app,
                &self.catalogue().format("dialog-save-key", None),
                &name,
            )
            .await
            {
                Some(path) => Some(path),
                None => return Ok(ExportView::Cancelled),
            }
        };
        let emitter = app.clone();
        let on_cleared = move || drop(emitter.emit("clipboard-cleared", ()));
        Ok(self
            .workspace
            .export_key(token_id, format, variable, path.as_deref(), on_cleared)
            .await?)
    }

    /// 1Password's vaults through its `op` program (looked up on this process's `PATH`),
    /// off the async threads: `op` may wait for the user to unlock 1Password.
    pub async fn op_vaults(&self) -> CommandResult<OpVaultsView> {
        let workspace = Arc::clone(&self.workspace);
        tauri::async_runtime::spawn_blocking(move || {
            workspace.op_vaults(std::env::var_os("PATH").as_deref())
        })
        .await
        .map_err(|_| CommandError::shell("shell-op-stopped"))
    }

    /// Creates the key's 1Password item with `op`, off the async threads.
    pub async fn export_to_1password(
        &self,
        token_id: String,
        vault_id: String,
    ) -> CommandResult<ExportView> {
        let path = std::env::var_os("PATH");
        Ok(self
            .workspace
            .export_to_1password(&token_id, &vault_id, path.as_deref())
            .await?)
    }

    /// Saves every key held for a profile to one file the user chooses.
    pub async fn export_profile_keys(
        &self,
        app: &AppHandle,
        id: &str,
        format: ExportFormat,
    ) -> CommandResult<ProfileExportView> {
        let name = self.workspace.profile_export_file_name(id, format)?;
        let path = choose_save_path(
            app,
            &self.catalogue().format("dialog-save-profile-keys", None),
            &name,
        )
        .await;
        Ok(self
            .workspace
            .export_profile_keys(id, format, path.as_deref())
            .await?)
    }

    /// Saves the filtered audit log as CSV where the user chooses.
    pub async fn export_audit(
        &self,
        app: &AppHandle,
        filter: &AuditFilter,
    ) -> CommandResult<ExportView> {
        let path = choose_save_path(
            app,
            &self.catalogue().format("dialog-save-activity", None),
            "scriptix-keys-activity.csv",
        )
        .await;
        Ok(self.workspace.export_audit(filter, path)?)
    }
}

impl AppState {
    /// Saves the expiry calendar where the user chooses.
    pub async fn export_calendar(&self, app: &AppHandle) -> CommandResult<ExportView> {
        let title = self.catalogue().format("dialog-save-calendar", None);
        let path = choose_save_path(app, &title, "scriptix-keys-expiry.ics").await;
        Ok(self.workspace.export_calendar(path)?)
    }
}

/// A native save dialog; `None` when the user cancels.
async fn choose_save_path(app: &AppHandle, title: &str, file_name: &str) -> Option<PathBuf> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title(title)
        .set_file_name(file_name)
        .save_file(move |path| {
            let _ = tx.send(path);
        });
    rx.await
        .ok()
        .flatten()
        .and_then(|path| path.into_path().ok())
}
