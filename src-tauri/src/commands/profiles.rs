//! Profiles: several Scriptix accounts or servers side by side.

use scriptix_keys_core::export::ExportFormat;
use scriptix_keys_core::profiles::ProfileInput;
use scriptix_keys_core::workspace::{AppStatusView, ProfileExportView};
use tauri::{AppHandle, State};

use super::guard::guarded;
use crate::error::CommandResult;
use crate::state::AppState;

/// Creates or updates a profile (name, server URL, username).
#[tauri::command]
pub async fn profile_save(
    state: State<'_, AppState>,
    profile: ProfileInput,
) -> CommandResult<AppStatusView> {
    guarded(async move { Ok(state.workspace.save_profile(profile)?) }).await
}

/// Removes a profile and forgets its session.
#[tauri::command]
pub async fn profile_delete(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<AppStatusView> {
    guarded(async move {
        let status = state.workspace.delete_profile(&id).await?;
        crate::first_frame::forget(&app);
        Ok(status)
    })
    .await
}

/// How many keys this device holds for a profile (said before deleting it).
#[tauri::command]
pub async fn profile_held_keys(state: State<'_, AppState>, id: String) -> CommandResult<usize> {
    guarded(async move { Ok(state.workspace.profile_held_keys(&id)?) }).await
}

/// Saves every key held for a profile to one file, through a native save dialog.
#[tauri::command]
pub async fn profile_export_keys(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    format: ExportFormat,
) -> CommandResult<ProfileExportView> {
    guarded(async move { state.export_profile_keys(&app, &id, format).await }).await
}

/// Switches to a profile, restoring its session from the vault when still valid.
#[tauri::command]
pub async fn profile_select(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<AppStatusView> {
    guarded(async move {
        let status = state.select_profile(&id).await?;
        // The kept first frame is the other profile's: the next one follows this list.
        crate::first_frame::forget(&app);
        Ok(status)
    })
    .await
}
