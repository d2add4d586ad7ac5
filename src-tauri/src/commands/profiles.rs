//! Profiles: several Scriptix accounts or servers side by side.

use scriptix_keys_core::profiles::ProfileInput;
use scriptix_keys_core::workspace::AppStatusView;
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

/// Creates or updates a profile (name, server URL, username).
#[tauri::command]
pub async fn profile_save(
    state: State<'_, AppState>,
    profile: ProfileInput,
) -> CommandResult<AppStatusView> {
    Ok(state.workspace.save_profile(profile)?)
}

/// Removes a profile and forgets its session.
#[tauri::command]
pub async fn profile_delete(
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<AppStatusView> {
    Ok(state.workspace.delete_profile(&id)?)
}

/// Switches to a profile, restoring its session from the vault when still valid.
#[tauri::command]
pub async fn profile_select(
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<AppStatusView> {
    state.select_profile(&id).await
}
