//! Hand-off and records: export a key, local notes, the audit log.

use scriptix_keys_core::audit::AuditFilter;
use scriptix_keys_core::export::ExportFormat;
use scriptix_keys_core::export::kdbx::{KdbxGroup, KdbxKey};
use scriptix_keys_core::secret::Secret;
use scriptix_keys_core::store::Destination;
use scriptix_keys_core::store::notes::TokenNotes;
use scriptix_keys_core::workspace::{
    AuditView, BwFoldersView, DestinationUpdate, ExportView, OpVaultsView,
};
use std::sync::Arc;

use tauri::{AppHandle, State};

use super::guard::guarded;
use crate::bitwarden::BwSession;
use crate::error::CommandResult;
use crate::keepass::{ChoiceView, KeepassChoice};
use crate::state::AppState;

/// Exports a key to the clipboard or, through a native save dialog, to a file.
#[tauri::command]
pub async fn export_key(
    app: AppHandle,
    state: State<'_, AppState>,
    token_id: String,
    format: ExportFormat,
    variable: Option<String>,
) -> CommandResult<ExportView> {
    guarded(async move {
        state
            .export_key(&app, &token_id, format, variable.as_deref())
            .await
    })
    .await
}

/// Whether 1Password's `op` program is installed, and its vaults.
#[tauri::command]
pub async fn op_vaults(state: State<'_, AppState>) -> CommandResult<OpVaultsView> {
    guarded(async move { state.op_vaults().await }).await
}

/// Creates the key's 1Password item in the chosen vault with `op` (key on its stdin).
#[tauri::command]
pub async fn export_to_1password(
    state: State<'_, AppState>,
    token_id: String,
    vault_id: String,
) -> CommandResult<ExportView> {
    guarded(async move { state.export_to_1password(token_id, vault_id).await }).await
}

/// Where a token's key was handed off to (never the key).
#[tauri::command]
pub async fn token_destinations(
    state: State<'_, AppState>,
    token_id: String,
) -> CommandResult<Vec<Destination>> {
    guarded(async move { Ok(state.workspace.destinations(&token_id)?) }).await
}

/// Opens the native open dialog for the KeePass database to write into.
#[tauri::command]
pub async fn keepass_choose(
    app: AppHandle,
    choice: State<'_, KeepassChoice>,
) -> CommandResult<ChoiceView> {
    guarded(async move { Ok(choice.choose(&app).await) }).await
}

/// Opens the native open dialog for the key file of the KeePass database.
#[tauri::command]
pub async fn keepass_choose_key_file(
    app: AppHandle,
    choice: State<'_, KeepassChoice>,
) -> CommandResult<ChoiceView> {
    guarded(async move { Ok(choice.choose_key_file(&app).await) }).await
}

/// The groups of the chosen KeePass database, opened with the password and, when
/// `key_file`, the chosen key file (used once, never kept).
#[tauri::command]
pub async fn keepass_groups(
    state: State<'_, AppState>,
    choice: State<'_, KeepassChoice>,
    password: String,
    key_file: bool,
) -> CommandResult<Vec<KdbxGroup>> {
    guarded(async move {
        let path = choice.path()?;
        let unlock = KdbxKey::new(Secret::new(password), choice.key_file(key_file)?);
        Ok(state.workspace.keepass_groups(path, unlock).await?)
    })
    .await
}

/// Writes the key as a new entry of a group of the chosen KeePass database.
#[tauri::command]
pub async fn export_to_keepass(
    state: State<'_, AppState>,
    choice: State<'_, KeepassChoice>,
    token_id: String,
    password: String,
    key_file: bool,
    group_id: String,
) -> CommandResult<ExportView> {
    guarded(async move {
        let path = choice.path()?;
        let unlock = KdbxKey::new(Secret::new(password), choice.key_file(key_file)?);
        Ok(state
            .workspace
            .export_to_keepass(&token_id, path, unlock, group_id)
            .await?)
    })
    .await
}

/// Whether Bitwarden's `bw` is installed and unlocked (the session unlocked in the app, or
/// the `BW_SESSION` it was started with), and its folders.
#[tauri::command]
pub async fn bw_folders(
    state: State<'_, AppState>,
    bw: State<'_, BwSession>,
) -> CommandResult<BwFoldersView> {
    guarded(async move {
        let (workspace, session) = (Arc::clone(&state.workspace), bw.current());
        blocking(move || {
            workspace.bw_folders(std::env::var_os("PATH").as_deref(), session.as_ref())
        })
        .await
    })
    .await
}

/// Unlocks Bitwarden's `bw` with the master password typed in the app's own dialog (handed
/// to `bw unlock` in its environment only, never kept) and keeps the session in memory for
/// this run.
#[tauri::command]
pub async fn bw_unlock(
    state: State<'_, AppState>,
    bw: State<'_, BwSession>,
    password: String,
) -> CommandResult<()> {
    guarded(async move {
        let (workspace, password) = (Arc::clone(&state.workspace), Secret::new(password));
        let unlocked =
            blocking(move || workspace.bw_unlock(std::env::var_os("PATH").as_deref(), &password))
                .await?;
        bw.keep(unlocked?);
        Ok(())
    })
    .await
}

/// Runs a step that waits for `bw` off the async workers.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> CommandResult<T> {
    super::guard::off_workers(work, "shell-bw-stopped").await
}

/// Creates the key's Bitwarden item in a folder with `bw` (the item on its stdin).
#[tauri::command]
pub async fn export_to_bitwarden(
    state: State<'_, AppState>,
    bw: State<'_, BwSession>,
    token_id: String,
    folder_id: Option<String>,
) -> CommandResult<ExportView> {
    guarded(async move {
        Ok(state
            .workspace
            .export_to_bitwarden(&token_id, folder_id, std::env::var_os("PATH"), bw.current())
            .await?)
    })
    .await
}

/// Where the old key of a rotation went.
#[tauri::command]
pub async fn rotation_destinations(
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<Vec<Destination>> {
    guarded(async move { Ok(state.workspace.rotation_destinations(&id)?) }).await
}

/// One KeePass database password for "Update all" (used once, never kept).
#[derive(serde::Deserialize)]
pub struct DatabasePassword {
    path: String,
    password: String,
}

/// "Update all": the new key of a rotation into every place the old key went.
#[tauri::command]
pub async fn rotation_update_destinations(
    state: State<'_, AppState>,
    bw: State<'_, BwSession>,
    id: String,
    passwords: Vec<DatabasePassword>,
) -> CommandResult<Vec<DestinationUpdate>> {
    guarded(async move {
        let passwords = passwords
            .into_iter()
            .map(|p| (p.path, Secret::new(p.password)))
            .collect();
        Ok(state
            .workspace
            .update_destinations(&id, passwords, std::env::var_os("PATH"), bw.current())
            .await?)
    })
    .await
}

/// Saves a token's local notes.
#[tauri::command]
pub async fn notes_save(
    state: State<'_, AppState>,
    token_id: String,
    notes: TokenNotes,
) -> CommandResult<TokenNotes> {
    guarded(async move { Ok(state.workspace.save_notes(&token_id, notes)?) }).await
}

/// The audit log, filtered, with its integrity.
#[tauri::command]
pub async fn audit_list(
    state: State<'_, AppState>,
    filter: AuditFilter,
) -> CommandResult<AuditView> {
    guarded(async move { Ok(state.workspace.audit(&filter)?) }).await
}

/// Saves the filtered audit log as CSV through a native save dialog.
#[tauri::command]
pub async fn audit_export(
    app: AppHandle,
    state: State<'_, AppState>,
    filter: AuditFilter,
) -> CommandResult<ExportView> {
    guarded(async move { state.export_audit(&app, &filter).await }).await
}

/// "Add expiry dates to calendar": saves the active profile's expiry calendar (`.ics`)
/// through a native save dialog.
#[tauri::command]
pub async fn calendar_export(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<ExportView> {
    guarded(async move { state.export_calendar(&app).await }).await
}
