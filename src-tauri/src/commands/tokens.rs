//! The token list.

use scriptix_keys_core::first_frame::{self, FrameInput};
use scriptix_keys_core::view::TokenListView;
use tauri::{Manager, State};

use super::guard::guarded;
use crate::error::{CommandError, CommandResult};
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

/// Keeps the next start's first frame (ui/js/views/first-frame.js; core `first_frame`) if it
/// shows the cached list as it is now. Best-effort: a frame not kept only means the next
/// start shows the boot line first, so the window is not told why.
#[tauri::command]
pub async fn first_frame_save(app: tauri::AppHandle, frame: FrameInput) -> CommandResult<()> {
    guarded(async move {
        let work = move || {
            let Ok(data_dir) = app.path().app_data_dir() else {
                return;
            };
            let Some(state) = app.try_state::<AppState>() else {
                return;
            };
            let status = state.workspace.status();
            let list = state.workspace.cached_tokens().ok().flatten();
            let now = chrono::Utc::now();
            if let Err(why) = first_frame::save(&data_dir, frame, &status, list.as_ref(), now) {
                tracing::debug!(%why, "first frame not kept");
            }
        };
        tauri::async_runtime::spawn_blocking(work)
            .await
            .map_err(|_| CommandError::shell("shell-panicked"))
    })
    .await
}
