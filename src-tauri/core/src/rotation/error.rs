//! Rotation errors.

use thiserror::Error;

use crate::api::ApiError;
use crate::error::ErrorKind;
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
    #[error("{message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
    /// No rotation with that id for this profile.
    #[error("That rotation no longer exists.")]
    NotFound,
    /// The action does not apply to the rotation's current state.
    #[error("This rotation is {}; it cannot {action} now.", state_phrase(state))]
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
        "The old token was kept because Scriptix could not confirm that its replacement works ({reason}). This is tried again later."
    )]
    Unconfirmed { reason: String },
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
fn state_phrase(code: &str) -> &'static str {
    match code {
        "planned" => "planned but not started",
        "creating" => "creating its replacement",
        "vaultFailed" => "waiting for you to confirm the new key is saved",
        "needsAttention" => "waiting for your decision",
        "retiring" => "in its grace period",
        "deleting" => "deleting the old token",
        "done" => "finished",
        "cancelled" => "cancelled",
        _ => "in another step",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_state_message_never_shows_a_state_code() {
        for state in [
            "planned",
            "creating",
            "vaultFailed",
            "needsAttention",
            "retiring",
            "deleting",
            "done",
            "cancelled",
            "someFutureState",
        ] {
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
