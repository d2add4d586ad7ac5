//! The workspace-level IPC shapes: `AppStatus`, the `sign_in` reply, the MFA method.

use serde::{Deserialize, Serialize};

use crate::profiles::{Profile, Settings};
use crate::vault::VaultStatus;
use crate::view::SessionInfo;

/// `AppStatus { profiles, activeProfileId, session, vault, settings, signInReason }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppStatusView {
    pub profiles: Vec<Profile>,
    pub active_profile_id: Option<String>,
    pub session: Option<SessionInfo>,
    pub vault: VaultStatus,
    pub settings: Settings,
    /// Why the user must sign in again ("Your session expired…"), when that is the case.
    pub sign_in_reason: Option<String>,
}

/// `{ mfaRequired, status }`, the reply of `sign_in`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SignInView {
    pub mfa_required: bool,
    pub status: AppStatusView,
}

/// `"totp"` or `"backup"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MfaMethod {
    /// A code from an authenticator app.
    Totp,
    /// A single-use backup code.
    Backup,
}
