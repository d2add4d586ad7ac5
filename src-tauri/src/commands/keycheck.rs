//! Checking a key: a pasted one, or the one this device holds for a token.

use scriptix_keys_core::keycheck::KeyCheckView;
use scriptix_keys_core::model::TokenType;
use scriptix_keys_core::secret::Secret;
use scriptix_keys_core::workspace::AttachView;
use tauri::State;

use super::guard::guarded;
use crate::error::CommandResult;
use crate::state::AppState;

/// Checks a pasted key (warnings first, nothing sent unless `force`). The key goes straight
/// into the redacting `Secret` (the same buffer, zeroized on drop).
#[tauri::command]
pub async fn key_check(
    state: State<'_, AppState>,
    key: String,
    token_type: Option<TokenType>,
    force: bool,
) -> CommandResult<KeyCheckView> {
    guarded(async move {
        Ok(state
            .workspace
            .check_key(Secret::new(key), token_type, force)
            .await?)
    })
    .await
}

/// Checks the key the vault holds for a token.
#[tauri::command]
pub async fn key_check_held(
    state: State<'_, AppState>,
    token_id: String,
) -> CommandResult<KeyCheckView> {
    guarded(async move { Ok(state.workspace.check_held_key(&token_id).await?) }).await
}

/// Attaches a key made elsewhere to a token: checked on the token's route, then stored.
#[tauri::command]
pub async fn key_attach(
    state: State<'_, AppState>,
    token_id: String,
    key: String,
    force: bool,
) -> CommandResult<AttachView> {
    guarded(async move {
        Ok(state
            .workspace
            .attach_key(&token_id, Secret::new(key), force)
            .await?)
    })
    .await
}
