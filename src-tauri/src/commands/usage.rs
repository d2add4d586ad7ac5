//! Usage: "Last used" for the list's rows, a token's usage panel, the anomaly hints and the
//! delete preflight. Each is one workspace call on the active profile.

use scriptix_keys_core::usage::{TokenUsageView, UsageBriefView, UsageHintsView};
use scriptix_keys_core::workspace::PreflightView;
use tauri::State;

use super::guard::guarded;
use crate::error::CommandResult;
use crate::state::AppState;

/// "Last used" of the rows the list shows (one call per batch of rows).
#[tauri::command]
pub async fn usage_last_used(
    state: State<'_, AppState>,
    token_ids: Vec<String>,
) -> CommandResult<UsageBriefView> {
    guarded(async move { Ok(state.workspace.usage_last_used(token_ids).await?) }).await
}

/// A token's last 30 days of usage.
#[tauri::command]
pub async fn usage_token(
    state: State<'_, AppState>,
    token_id: String,
) -> CommandResult<TokenUsageView> {
    guarded(async move { Ok(state.workspace.usage_token(&token_id).await?) }).await
}

/// The anomaly hints of the active profile, from the cache.
#[tauri::command]
pub async fn usage_hints(state: State<'_, AppState>) -> CommandResult<UsageHintsView> {
    guarded(async move { Ok(state.workspace.usage_hints()?) }).await
}

/// When and from where each token about to be deleted was last used.
#[tauri::command]
pub async fn tokens_delete_preflight(
    state: State<'_, AppState>,
    ids: Vec<String>,
) -> CommandResult<PreflightView> {
    guarded(async move { Ok(state.workspace.delete_preflight(ids).await?) }).await
}

/// "Send a test request" (demo workspace): a short generated WAV uploaded with the stored
/// batch key; the session Scriptix opened.
#[tauri::command]
pub async fn usage_send_test_request(
    state: State<'_, AppState>,
    token_id: String,
) -> CommandResult<scriptix_keys_core::api::BatchSession> {
    guarded(async move { Ok(state.workspace.usage_send_test_request(&token_id).await?) }).await
}
