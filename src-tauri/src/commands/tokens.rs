//! The token list.

use scriptix_keys_core::view::TokenListView;
use tauri::State;

use super::guard::guarded;
use crate::error::CommandResult;
use crate::state::AppState;

/// The last list fetched for the active profile, from the local cache (instant, offline).
#[tauri::command]
pub async fn tokens_cached(
    app: tauri::AppHandle,
    startup: State<'_, crate::state::Startup>,
) -> CommandResult<Option<TokenListView>> {
    guarded(async move {
        // The window asks for it with the status, while the state may still be opening.
        startup.wait().await?;
        Ok(tauri::Manager::state::<AppState>(&app)
            .workspace
            .cached_tokens()?)
    })
    .await
}

/// Fetches every page of the list from Scriptix and updates the cache.
#[tauri::command]
pub async fn tokens_refresh(state: State<'_, AppState>) -> CommandResult<TokenListView> {
    guarded(async move { Ok(state.workspace.refresh_tokens().await?) }).await
}
