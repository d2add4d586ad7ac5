//! `CommandError`: the one error type that crosses IPC, `{kind, message, field?}`.
//! The UI switches on `kind`; `message` is a sentence for the user and never holds a secret.

use scriptix_keys_core::error::ErrorKind;
use scriptix_keys_core::workspace::WorkspaceError;
use serde::Serialize;

/// What a command rejects with.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    kind: ErrorKind,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<String>,
}

impl CommandError {
    /// An error raised by the shell itself (not by core), e.g. a failed app-dir lookup.
    pub fn internal(message: impl Into<String>) -> Self {
        Self {
            kind: ErrorKind::Internal,
            message: message.into(),
            field: None,
        }
    }
}

impl CommandError {
    /// An error of the shell with a given kind (the updater's refusals, …).
    pub fn with_kind(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            field: None,
        }
    }
}

impl From<WorkspaceError> for CommandError {
    fn from(error: WorkspaceError) -> Self {
        Self {
            kind: error.kind(),
            field: error.field().map(str::to_owned),
            message: error.to_string(),
        }
    }
}

/// Result of every command.
pub type CommandResult<T> = Result<T, CommandError>;
