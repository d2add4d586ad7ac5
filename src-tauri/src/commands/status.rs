//! App status and settings.

use scriptix_keys_core::profiles::Settings;
use scriptix_keys_core::workspace::AppStatusView;
use tauri::{AppHandle, State};

use crate::error::CommandResult;
use crate::state::{AppState, NotificationsView};

/// Profiles, session, vault health and settings: what the window needs to pick a screen.
#[tauri::command]
pub async fn app_status(state: State<'_, AppState>) -> CommandResult<AppStatusView> {
    state.status().await
}

/// Saves the settings (clipboard clearing delay, …).
#[tauri::command]
pub async fn settings_save(
    state: State<'_, AppState>,
    settings: Settings,
) -> CommandResult<AppStatusView> {
    Ok(state.workspace.save_settings(settings)?)
}

/// Shows the expiry reminders that are due and returns the attention count.
#[tauri::command]
pub async fn notifications_check(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<NotificationsView> {
    state.check_notifications(&app)
}
