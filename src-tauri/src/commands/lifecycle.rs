//! The token lifecycle: create, reveal, copy, forget, delete, orphaned keys.

use scriptix_keys_core::workspace::{
    CopyFormat, CopyView, CreateView, DeleteReport, InterruptedCreateView, OrphanView,
    ResolvedCreateView,
};
use serde::Serialize;
use tauri::{AppHandle, Emitter, State};

use super::guard::guarded;
use crate::error::CommandResult;
use crate::state::AppState;

/// Creates a token; its key is in the vault (or the reason why not) before this returns.
#[tauri::command]
pub async fn token_create(
    state: State<'_, AppState>,
    name: String,
    token_type: String,
    expiration_years: u32,
) -> CommandResult<CreateView> {
    guarded(async move {
        Ok(state
            .workspace
            .create_token(&name, &token_type, expiration_years)
            .await?)
    })
    .await
}

/// The reveal dialog closed: forget the key it showed.
#[tauri::command]
pub async fn reveal_close(state: State<'_, AppState>) -> CommandResult<()> {
    guarded(async move {
        state.workspace.close_reveal();
        Ok(())
    })
    .await
}

/// Creates an earlier run left unfinished, reconciled against the server (start banner).
#[tauri::command]
pub async fn creates_resume(
    state: State<'_, AppState>,
) -> CommandResult<Vec<InterruptedCreateView>> {
    guarded(async move { Ok(state.workspace.resume_creates().await?) }).await
}

/// "Delete it" (`delete`) or "Keep it" for an interrupted create whose key was lost.
#[tauri::command]
pub async fn create_interrupted_resolve(
    state: State<'_, AppState>,
    id: i64,
    delete: bool,
) -> CommandResult<ResolvedCreateView> {
    guarded(async move {
        Ok(state
            .workspace
            .resolve_interrupted_create(id, delete)
            .await?)
    })
    .await
}

/// Copies a key through Rust; emits `clipboard-cleared` when the timer clears it.
#[tauri::command]
pub async fn key_copy(
    app: AppHandle,
    state: State<'_, AppState>,
    token_id: String,
    format: CopyFormat,
) -> CommandResult<CopyView> {
    guarded(async move {
        let on_cleared = move || drop(app.emit("clipboard-cleared", ()));
        Ok(state
            .workspace
            .copy_key(&token_id, format, on_cleared)
            .await?)
    })
    .await
}

/// Removes this device's copy of a key.
#[tauri::command]
pub async fn key_forget(state: State<'_, AppState>, token_id: String) -> CommandResult<()> {
    guarded(async move { Ok(state.workspace.forget_key(&token_id).await?) }).await
}

/// Deletes (revokes) one or many tokens, reporting per token. A token used within the
/// `recentUseHours` setting is kept unless `confirm_recent_use` (checked again in core).
#[tauri::command]
pub async fn tokens_delete(
    state: State<'_, AppState>,
    ids: Vec<String>,
    confirm_recent_use: Option<bool>,
) -> CommandResult<DeleteReport> {
    guarded(async move {
        let confirmed = confirm_recent_use.unwrap_or(false);
        Ok(state
            .workspace
            .delete_tokens_checked(ids, confirmed)
            .await?)
    })
    .await
}

/// Keys in the vault whose token no longer exists.
#[tauri::command]
pub async fn orphans_list(state: State<'_, AppState>) -> CommandResult<Vec<OrphanView>> {
    guarded(async move { Ok(state.workspace.orphans()?) }).await
}

/// `{ removed }`, the reply of `orphans_clean`.
#[derive(Serialize)]
pub struct Removed {
    removed: usize,
}

/// Removes the orphaned keys from the vault.
#[tauri::command]
pub async fn orphans_clean(state: State<'_, AppState>) -> CommandResult<Removed> {
    guarded(async move {
        Ok(Removed {
            removed: state.workspace.clean_orphans().await?,
        })
    })
    .await
}
