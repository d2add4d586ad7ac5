//! The demo workspace.

use scriptix_keys_core::workspace::AppStatusView;
use tauri::State;

use super::guard::guarded;
use crate::error::CommandResult;
use crate::state::AppState;

/// Starts the local sandbox and signs in to it as the demo developer.
#[tauri::command]
pub async fn demo_open(state: State<'_, AppState>) -> CommandResult<AppStatusView> {
    guarded(async move { state.open_demo().await }).await
}
