//! Revoke-and-replace rotations: plan, advance, list, resume, complete, acknowledge a vault
//! failure, retry after a lost key, cancel and clean up.

use scriptix_keys_core::rotation::{CancelReport, RotationPlan, RotationView};
use scriptix_keys_core::workspace::{RotationAdvanceView, RotationVerifyView, RotationsView};
use tauri::State;

use super::guard::guarded;
use crate::error::CommandResult;
use crate::state::AppState;

/// Journals a rotation of each token; nothing is created yet.
#[tauri::command]
pub async fn rotation_plan(
    state: State<'_, AppState>,
    token_ids: Vec<String>,
    plan: RotationPlan,
) -> CommandResult<Vec<RotationView>> {
    guarded(async move { Ok(state.workspace.rotation_plan(&token_ids, &plan).await?) }).await
}

/// Moves a rotation forward; a new key reaches the vault before it is in the reply.
#[tauri::command]
pub async fn rotation_advance(
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<RotationAdvanceView> {
    guarded(async move { Ok(state.workspace.rotation_advance(&id).await?) }).await
}

/// Every rotation of the active profile, with the app's "now".
#[tauri::command]
pub async fn rotations_list(state: State<'_, AppState>) -> CommandResult<RotationsView> {
    guarded(async move { Ok(state.workspace.rotations_view()?) }).await
}

/// Resumes rotations an earlier run left unfinished.
#[tauri::command]
pub async fn rotations_resume(state: State<'_, AppState>) -> CommandResult<Vec<RotationView>> {
    guarded(async move { Ok(state.workspace.resume_rotations().await?) }).await
}

/// Deletes the old token (the user confirmed, or the grace period ended with auto-delete),
/// unless it is still in use: then the rotation comes back held, with `inUse` set.
#[tauri::command]
pub async fn rotation_complete(
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<RotationView> {
    guarded(async move { Ok(state.workspace.rotation_complete(&id).await?) }).await
}

/// "Wait another day": a rotation held because its old key is still in use is looked at
/// again a day later.
#[tauri::command]
pub async fn rotation_wait_day(
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<RotationView> {
    guarded(async move { Ok(state.workspace.rotation_wait_day(&id)?) }).await
}

/// "Delete anyway": deletes the old token although it is still in use.
#[tauri::command]
pub async fn rotation_delete_anyway(
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<RotationView> {
    guarded(async move { Ok(state.workspace.rotation_delete_anyway(&id).await?) }).await
}

/// The user saved the key the vault refused.
#[tauri::command]
pub async fn rotation_acknowledge(
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<RotationView> {
    guarded(async move {
        Ok(state
            .workspace
            .rotation_acknowledge_vault_failure(&id)
            .await?)
    })
    .await
}

/// Replaces a replacement whose key was lost.
#[tauri::command]
pub async fn rotation_retry(
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<RotationAdvanceView> {
    guarded(async move { Ok(state.workspace.rotation_retry(&id).await?) }).await
}

/// Stops a rotation and reports what exists on Scriptix.
#[tauri::command]
pub async fn rotation_cancel(
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<CancelReport> {
    guarded(async move { Ok(state.workspace.rotation_cancel(&id).await?) }).await
}

/// After a cancel: deletes the replacement or keeps it.
#[tauri::command]
pub async fn rotation_cleanup(
    state: State<'_, AppState>,
    id: String,
    delete_replacement: bool,
) -> CommandResult<RotationView> {
    guarded(async move {
        Ok(state
            .workspace
            .rotation_cleanup(&id, delete_replacement)
            .await?)
    })
    .await
}

/// The new key of a rotation whose vault write was refused, held in memory, for the
/// expiry centre's "Show key".
#[tauri::command]
pub async fn rotation_reveal(
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<RotationAdvanceView> {
    guarded(async move { Ok(state.workspace.rotation_reveal(&id)?) }).await
}

/// Checks that a rotation's new key works on Scriptix (deletes nothing).
#[tauri::command]
pub async fn rotation_verify(
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<RotationVerifyView> {
    guarded(async move { Ok(state.workspace.rotation_verify(&id).await?) }).await
}
