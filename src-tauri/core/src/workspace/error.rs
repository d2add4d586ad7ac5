//! Workspace errors: the union of the module errors, plus the session states.

use thiserror::Error;

use crate::api::ApiError;
use crate::clipboard::ClipboardError;
use crate::error::ErrorKind;
use crate::export::ExportError;
use crate::i18n::Coded;
use crate::names::NameError;
use crate::profiles::ProfileError;
use crate::rotation::RotationError;
use crate::store::StoreError;
use crate::store::notes::NotesError;
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
    /// A token name the app refuses before sending anything.
    #[error(transparent)]
    Name(#[from] NameError),
    /// The clipboard could not be used.
    #[error(transparent)]
    Clipboard(#[from] ClipboardError),
    /// A key this device does not hold (never created here, or forgotten).
    #[error(
        "This device does not hold the key of that token. Scriptix shows a key only once, when it is created."
    )]
    KeyNotHeld,
    /// Notes that were refused (the error names the field).
    #[error(transparent)]
    Notes(#[from] NotesError),
    /// An export that could not be made or written.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// A rotation step that did not happen (the journal keeps the state).
    #[error(transparent)]
    Rotation(#[from] RotationError),
    /// A file the user chose could not be written (`reason` is the OS message).
    #[error("{path} could not be written ({reason}).")]
    Io { path: String, reason: String },
    /// A kept secret (a key or a session) whose issuing server is not the profile's
    /// server now: nothing was sent.
    #[error("{}", other_server(what, server))]
    OtherServer { what: &'static str, server: String },
    /// A profile delete the vault refused: the profile and its records are kept.
    #[error("The profile was kept: the vault did not let Scriptix Keys remove its keys. {source}")]
    ProfileKept { source: VaultError },
    /// Sign-out while a key that is in no vault is on screen: signing out would drop it.
    #[error(
        "The key on screen is not saved in this device's vault, and Scriptix will never show it again. Copy it or save it with Export…, close the key dialog, then sign out."
    )]
    UnsavedKeyShown,
    /// A value outside what is offered, or a request that no longer applies (the message
    /// says which).
    #[error("{coded}")]
    Invalid { field: &'static str, coded: Coded },
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
            Self::Name(err) => err.kind(),
            Self::Clipboard(err) => err.kind(),
            Self::KeyNotHeld => ErrorKind::NotFound,
            Self::Notes(err) => err.kind(),
            Self::Export(err) => err.kind(),
            Self::Rotation(err) => err.kind(),
            Self::Io { .. } => ErrorKind::Internal,
            Self::OtherServer { .. } => ErrorKind::Forbidden,
            Self::ProfileKept { .. } => ErrorKind::VaultUnavailable,
            Self::Invalid { .. } | Self::UnsavedKeyShown => ErrorKind::InvalidInput,
        }
    }

    /// A refused value or request of `field`, with its catalogue message.
    pub fn invalid(field: &'static str, coded: Coded) -> Self {
        Self::Invalid { field, coded }
    }

    /// The catalogue message for the window, where the error has one (else the window shows
    /// the English sentence).
    pub fn coded(&self) -> Option<Coded> {
        Some(match self {
            Self::Api(err) => err.coded(),
            Self::Vault(err) => err.coded(),
            Self::Store(err) => err.coded(),
            Self::Profile(err) => return err.coded(),
            Self::Name(err) => err.coded(),
            Self::Clipboard(err) => err.coded(),
            Self::Notes(err) => err.coded(),
            Self::NoActiveProfile => Coded::new("workspace-no-active-profile"),
            Self::NotSignedIn => Coded::new("workspace-not-signed-in"),
            Self::NoPendingSignIn => Coded::new("workspace-no-pending-sign-in"),
            Self::KeyNotHeld => Coded::new("workspace-key-not-held"),
            Self::OtherServer { what, server } => other_server(what, server),
            Self::ProfileKept { source } => {
                Coded::new("workspace-profile-kept").arg("reason", source.coded())
            }
            Self::UnsavedKeyShown => Coded::new("workspace-unsaved-key-shown"),
            Self::Export(err) => err.coded(),
            Self::Rotation(err) => err.coded(),
            Self::Io { path, reason } => Coded::new("export-write")
                .arg("path", path.as_str())
                .arg("reason", reason.as_str()),
            Self::Invalid { coded, .. } => coded.clone(),
        })
    }

    /// The form field an `invalidInput` error belongs to.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Api(err) => err.field().map(ui_field),
            Self::Profile(err) => err.field(),
            Self::Name(err) => Some(err.field()),
            Self::Notes(err) => err.field(),
            Self::Export(err) => err.field(),
            Self::Rotation(err) => err.field(),
            Self::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// Scriptix names fields the way its API does; the window names them after its inputs.
fn ui_field(field: &str) -> &str {
    match field {
        "type" => "tokenType",
        "expiration_years" => "expirationYears",
        other => other,
    }
}

/// What [`WorkspaceError::OtherServer`] says: a key, a sign-in or a typed password that
/// belongs to another server than the profile's.
fn other_server(what: &str, server: &str) -> Coded {
    Coded::new(match what {
        "key" => "workspace-other-server-key",
        "sign-in" => "workspace-other-server-sign-in",
        _ => "workspace-other-server-password",
    })
    .arg("server", server)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invalid(field: &str) -> WorkspaceError {
        WorkspaceError::Api(ApiError::InvalidInput {
            field: Some(field.to_owned()),
            message: "bad".to_owned(),
        })
    }

    #[test]
    fn server_field_names_are_mapped_to_the_window_s_inputs() {
        assert_eq!(invalid("type").field(), Some("tokenType"));
        assert_eq!(invalid("expiration_years").field(), Some("expirationYears"));
        assert_eq!(invalid("name").field(), Some("name"));
        assert_eq!(invalid("name").kind(), ErrorKind::InvalidInput);
    }
}
