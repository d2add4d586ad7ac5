//! Profiles: several Scriptix accounts or servers side by side.

use scriptix_keys_core::profiles::ProfileInput;
use scriptix_keys_core::workspace::AppStatusView;
use tauri::State;

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
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<AppStatusView> {
    guarded(async move { Ok(state.workspace.delete_profile(&id)?) }).await
}

/// Switches to a profile, restoring its session from the vault when still valid.
#[tauri::command]
pub async fn profile_select(
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<AppStatusView> {
    guarded(async move { state.select_profile(&id).await }).await
}
