//! The token list.

use scriptix_keys_core::first_frame::{self, BasisView, FrameInput};
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

/// What the window renders the next start's first frame from (ui/js/views/first-frame.js):
/// the status as the next start will see it, the cached list, and their digest.
#[tauri::command]
pub async fn first_frame_basis(app: tauri::AppHandle) -> CommandResult<BasisView> {
    guarded(async move {
        let work = move || {
            let state = app.state::<AppState>();
            let list = state.workspace.cached_tokens().ok().flatten();
            BasisView::new(state.workspace.status(), list)
        };
        tauri::async_runtime::spawn_blocking(work)
            .await
            .map_err(|_| CommandError::shell("shell-panicked"))
    })
    .await
}

/// Keeps the next start's first frame (core `first_frame`) if the status and list it was
/// rendered from are still the current ones. Best-effort: a frame not kept only means the
/// next start shows the boot line first, so the window is not told why.
#[tauri::command]
pub async fn first_frame_save(app: tauri::AppHandle, frame: FrameInput) -> CommandResult<()> {
    guarded(async move {
        let work = move || {
            let Some(state) = app.try_state::<AppState>() else {
                return;
            };
            let Ok(data_dir) = app.path().app_data_dir() else {
                return;
            };
            let status = state.workspace.status();
            let list = state.workspace.cached_tokens().ok().flatten();
            let cx = crate::first_frame::context(&data_dir);
            if let Err(why) = first_frame::save(&cx, frame, &status, list.as_ref()) {
                tracing::debug!(%why, "first frame not kept");
            }
        };
        tauri::async_runtime::spawn_blocking(work)
            .await
            .map_err(|_| CommandError::shell("shell-panicked"))
    })
    .await
}
