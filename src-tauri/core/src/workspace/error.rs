//! Workspace errors: the union of the module errors, plus the session states.

use thiserror::Error;

use crate::api::ApiError;
use crate::error::ErrorKind;
use crate::profiles::ProfileError;
use crate::store::StoreError;
use crate::vault::VaultError;

/// Why a workspace operation failed. The shell maps it 1:1 onto `CommandError`.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum WorkspaceError {
    /// A Scriptix call failed.
    #[error(transparent)]
    Api(#[from] ApiError),
    /// The vault failed.
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// The local database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A profile could not be saved or found.
    #[error(transparent)]
    Profile(#[from] ProfileError),
    /// No profile is selected.
    #[error("Choose or add a profile first.")]
    NoActiveProfile,
    /// The active profile has no valid session.
    #[error("Sign in to continue.")]
    NotSignedIn,
    /// `sign_in_mfa` without a sign-in waiting for its code.
    #[error("The sign-in has expired. Enter your password again.")]
    NoPendingSignIn,
}

impl WorkspaceError {
    /// The stable kind the UI switches on.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Api(err) => err.kind(),
            Self::Vault(err) => err.kind(),
            Self::Store(err) => err.kind(),
            Self::Profile(err) => err.kind(),
            Self::NoActiveProfile => ErrorKind::NotFound,
            Self::NotSignedIn | Self::NoPendingSignIn => ErrorKind::Unauthorized,
        }
    }

    /// The form field an `invalidInput` error belongs to.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Api(err) => err.field(),
            Self::Profile(err) => err.field(),
            _ => None,
        }
    }
}
