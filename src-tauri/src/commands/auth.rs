//! Sign-in (password, then MFA when asked) and sign-out.

use scriptix_keys_core::secret::Secret;
use scriptix_keys_core::workspace::{AppStatusView, MfaMethod, SignInView};
use tauri::State;

use super::guard::guarded;
use crate::error::CommandResult;
use crate::state::AppState;

/// Signs in with a password; says whether an MFA code is needed next.
#[tauri::command]
pub async fn sign_in(
    state: State<'_, AppState>,
    profile_id: String,
    username: String,
    password: String,
    remember_me: bool,
) -> CommandResult<SignInView> {
    guarded(async move {
        let password = Secret::new(password);
        Ok(state
            .workspace
            .sign_in(&profile_id, &username, password, remember_me)
            .await?)
    })
    .await
}

/// Finishes a sign-in that asked for a TOTP or backup code.
#[tauri::command]
pub async fn sign_in_mfa(
    state: State<'_, AppState>,
    code: String,
    method: MfaMethod,
) -> CommandResult<AppStatusView> {
    guarded(async move { Ok(state.workspace.sign_in_mfa(code, method).await?) }).await
}

/// Forgets the session on this device (vault entry included).
#[tauri::command]
pub async fn sign_out(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<AppStatusView> {
    guarded(async move {
        let status = state.workspace.sign_out().await?;
        // The kept first frame shows a list this session no longer may.
        crate::first_frame::forget(&app);
        Ok(status)
    })
    .await
}
