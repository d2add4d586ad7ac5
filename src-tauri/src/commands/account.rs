//! Who is signed in.

use scriptix_keys_core::view::AccountView;
use tauri::State;

use super::guard::guarded;
use crate::error::CommandResult;
use crate::state::AppState;

/// The signed-in account: email, roles, organization, and whether it may manage tokens.
#[tauri::command]
pub async fn account_get(state: State<'_, AppState>) -> CommandResult<AccountView> {
    guarded(async move { Ok(state.workspace.account().await?) }).await
}
