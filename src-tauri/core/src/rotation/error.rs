//! Rotation errors.

use thiserror::Error;

use crate::api::ApiError;
use crate::error::ErrorKind;
use crate::i18n::Coded;
use crate::names::NameError;
use crate::store::StoreError;
use crate::vault::VaultError;

use super::CrashPoint;

/// `Result` with [`RotationError`].
pub type Result<T, E = RotationError> = std::result::Result<T, E>;

/// Why a rotation step did not happen. The journal says how far the rotation got.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum RotationError {
    /// A Scriptix call failed (the step can be retried: every step is idempotent).
    #[error(transparent)]
    Api(#[from] ApiError),
    /// The vault failed outside the key hand-over (which becomes `vaultFailed` instead).
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// The journal could not be read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A refused replacement name.
    #[error(transparent)]
    Name(#[from] NameError),
    /// A plan value outside what is offered.
    #[error("{coded}")]
    Invalid { field: &'static str, coded: Coded },
    /// No rotation with that id for this profile.
    #[error("That rotation no longer exists.")]
    NotFound,
    /// The action does not apply to the rotation's current state.
    #[error("{}", self.coded())]
    WrongState {
        state: &'static str,
        action: &'static str,
    },
    /// Another window or process of the app moved this rotation first; this step was not
    /// taken (nothing was sent for it).
    #[error(
        "This rotation was just changed by another window of Scriptix Keys, so this step was not taken. Look at the rotation again."
    )]
    Changed,
    /// Scriptix could not confirm that the replacement exists and its key works, so the old
    /// token was not deleted (the delete is tried again later).
    #[error(
        "The old token was kept because Scriptix could not confirm that its replacement works, and this is tried again later. {reason}"
    )]
    Unconfirmed { reason: Coded },
    /// A test hook stopped the engine here, as a crash would.
    #[error("simulated crash at {0:?}")]
    Crashed(CrashPoint),
}

impl RotationError {
    /// The stable kind the UI switches on.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Api(err) => err.kind(),
            Self::Vault(err) => err.kind(),
            Self::Store(err) => err.kind(),
            Self::Name(err) => err.kind(),
            Self::Invalid { .. } | Self::WrongState { .. } | Self::Changed => {
                ErrorKind::InvalidInput
            }
            Self::NotFound => ErrorKind::NotFound,
            Self::Unconfirmed { .. } => ErrorKind::Network,
            Self::Crashed(_) => ErrorKind::Internal,
        }
    }

    /// The catalogue message for the window (locales/*/errors-rotation.ftl).
    pub fn coded(&self) -> Coded {
        match self {
            Self::Api(err) => err.coded(),
            Self::Vault(err) => err.coded(),
            Self::Store(err) => err.coded(),
            Self::Name(err) => err.coded(),
            Self::Invalid { coded, .. } => coded.clone(),
            Self::NotFound => Coded::new("rotation-not-found"),
            Self::WrongState { state, action } => Coded::new("rotation-wrong-state")
                .arg("state", state_phrase(state))
                .arg("action", action_phrase(action)),
            Self::Changed => Coded::new("rotation-changed"),
            Self::Unconfirmed { reason } => {
                Coded::new("rotation-unconfirmed").arg("reason", reason.clone())
            }
            Self::Crashed(point) => {
                Coded::new("rotation-crashed").arg("point", format!("{point:?}"))
            }
        }
    }

    /// The form field an `invalidInput` error belongs to.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Api(err) => err.field(),
            Self::Name(err) => Some(err.field()),
            Self::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// How a stored state code reads in a sentence: the codes (`needsAttention`) are for the
/// journal and the UI's switch, never for the user.
fn state_phrase(code: &str) -> Coded {
    Coded::new(match code {
        "planned" => "rotation-error-state-planned",
        "creating" => "rotation-error-state-creating",
        "vaultFailed" => "rotation-error-state-vault-failed",
        "needsAttention" => "rotation-error-state-needs-attention",
        "retiring" => "rotation-error-state-retiring",
        "deleting" => "rotation-error-state-deleting",
        "done" => "rotation-error-state-done",
        "cancelled" => "rotation-error-state-cancelled",
        _ => "rotation-error-state-other",
    })
}

/// What a refused action was, in words (the `action` of `WrongState`).
fn action_phrase(action: &str) -> Coded {
    Coded::new(match action {
        "be cancelled" => "rotation-action-cancel",
        "acknowledge a vault failure" => "rotation-action-acknowledge-vault-failure",
        "replace the replacement" => "rotation-action-replace-replacement",
        "be cleaned up" => "rotation-action-clean-up",
        "check the new key" => "rotation-action-check-new-key",
        "check a key this device does not hold" => "rotation-action-check-key-not-held",
        "delete the old token" => "rotation-action-delete-old",
        "wait for the old key to go quiet" => "rotation-action-wait-quiet",
        _ => "rotation-action-other",
    })
}

/// Every action a `WrongState` names (the i18n test formats each).
#[cfg(test)]
pub(crate) const ACTIONS: [&str; 9] = [
    "be cancelled",
    "acknowledge a vault failure",
    "replace the replacement",
    "be cleaned up",
    "check the new key",
    "check a key this device does not hold",
    "delete the old token",
    "wait for the old key to go quiet",
    "take this step",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_state_message_never_shows_a_state_code() {
        for state in crate::rotation::STATE_NAMES {
            let text = RotationError::WrongState {
                state,
                action: "be cancelled",
            }
            .to_string();
            assert!(
                !text
                    .chars()
                    .any(|c| c.is_ascii_uppercase() && !text.starts_with(c)),
                "{text}"
            );
            if state.chars().any(|c| c.is_ascii_uppercase()) {
                assert!(!text.contains(state), "{text}");
            }
        }
        assert_eq!(
            RotationError::WrongState {
                state: "needsAttention",
                action: "be cancelled"
            }
            .to_string(),
            "This rotation is waiting for your decision; it cannot be cancelled now."
        );
    }
}
