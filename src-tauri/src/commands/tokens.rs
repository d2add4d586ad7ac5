//! The token list.

use scriptix_keys_core::first_frame::{BasisView, FrameInput};
use scriptix_keys_core::view::TokenListView;
use tauri::State;

use super::guard::{guarded, off_workers};
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

/// What the window renders the next start's first frame from (ui/js/views/first-frame.js).
#[tauri::command]
pub async fn first_frame_basis(app: tauri::AppHandle) -> CommandResult<BasisView> {
    guarded(off_workers(
        move || crate::first_frame::basis(&app),
        "shell-panicked",
    ))
    .await
}

/// Keeps the next start's first frame if what it was rendered from is still current.
#[tauri::command]
pub async fn first_frame_save(app: tauri::AppHandle, frame: FrameInput) -> CommandResult<()> {
    guarded(off_workers(
        move || crate::first_frame::keep(&app, frame),
        "shell-panicked",
    ))
    .await
}
