//! The workspace-level IPC shapes: `AppStatus`, the `sign_in` reply, the MFA method.

use serde::{Deserialize, Serialize};

use crate::i18n::Coded;
use crate::profiles::Profile;
use crate::secret::Secret;
use crate::settings::Settings;
use crate::vault::VaultStatus;
use crate::view::{SessionInfo, TokenView};

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
    /// The same as a catalogue message (`signin-reason-…`), shown in the user's language.
    pub sign_in_reason_coded: Option<crate::i18n::Coded>,
    /// The language the app speaks now (from Settings, or the OS's).
    pub language: LanguageView,
}

/// `{ tag, system }`: the language in use (`en`, `nl`, `en-XA` in tests) and the one the OS
/// asks for (what Settings → Language → System means on this machine).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LanguageView {
    pub tag: &'static str,
    pub system: &'static str,
}

impl LanguageView {
    /// The language `setting` means on this machine now.
    pub fn current(setting: crate::i18n::LanguageSetting) -> Self {
        let os = crate::i18n::Language::os_locale();
        Self {
            tag: setting.resolve(os.as_deref()).tag(),
            system: crate::i18n::Language::from_os_locale(os.as_deref()).tag(),
        }
    }
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

/// The reply of `token_create`: `{ outcome: "created" | "keyLost" | "notCreated", … }`.
#[derive(Debug, Serialize)]
#[serde(
    tag = "outcome",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum CreateView {
    /// The key is in the vault (or `vault_saved` is false, with the reason).
    Created {
        token: TokenView,
        key: RevealedKey,
        vault_saved: bool,
        vault_message: Option<String>,
        /// `vault_message` as a catalogue message, for the window.
        vault_message_coded: Option<Coded>,
    },
    /// Created on Scriptix, but the key never arrived.
    KeyLost {
        token: TokenView,
        message: String,
        message_coded: Coded,
    },
    /// Nothing was created; safe to try again.
    NotCreated {
        message: String,
        message_coded: Coded,
    },
}

/// A freshly created key on its one way to the reveal dialog. This is the only type that
/// serialises a key, and only `CreateView::Created` holds one. `Debug` stays redacted.
pub struct RevealedKey(Secret);

impl RevealedKey {
    pub(super) fn new(key: Secret) -> Self {
        Self(key)
    }
}

impl std::fmt::Debug for RevealedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RevealedKey(***)")
    }
}

impl Serialize for RevealedKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0.expose())
    }
}

/// The reply of `key_copy`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CopyView {
    /// When the clipboard will be cleared; `None` when the user chose "never".
    pub clears_in_seconds: Option<u64>,
}

/// The reply of `tokens_delete`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteReport {
    pub results: Vec<DeleteResultView>,
}

/// One token's delete result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteResultView {
    pub id: String,
    pub name: Option<String>,
    pub ok: bool,
    pub already_gone: bool,
    pub message: Option<String>,
    /// `message` as a catalogue message, for the window.
    pub message_coded: Option<Coded>,
    /// Not deleted: it was used within the `recentUseHours` setting and the user did not
    /// confirm deleting a key in use.
    pub recent_use: bool,
}

/// A key in the vault whose token no longer exists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrphanView {
    pub token_id: String,
    pub name: Option<String>,
}
