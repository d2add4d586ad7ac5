//! `CommandError`: the one error type that crosses IPC, `{kind, message, field?, code?, args?}`.
//! The UI switches on `kind`; `code` + `args` name the catalogue message the window shows in
//! the user's language (locales/); `message` is the English sentence, for logs and where no
//! code exists yet. None of them ever holds a secret.

use scriptix_keys_core::error::ErrorKind;
use scriptix_keys_core::i18n::Coded;
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
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    coded: Option<Coded>,
}

impl CommandError {
    /// An error of the shell with a given kind (the updater's refusals, …), as a catalogue
    /// message (`shell-…` in locales/*/errors.ftl).
    pub fn with_kind(kind: ErrorKind, coded: Coded) -> Self {
        Self {
            kind,
            message: coded.to_string(),
            field: None,
            coded: Some(coded),
        }
    }

    /// An `internal` error of the shell, as a catalogue message.
    pub fn shell(code: &'static str) -> Self {
        Self::with_kind(ErrorKind::Internal, Coded::new(code))
    }
}

impl From<WorkspaceError> for CommandError {
    fn from(error: WorkspaceError) -> Self {
        Self {
            kind: error.kind(),
            field: error.field().map(str::to_owned),
            coded: error.coded(),
            message: error.to_string(),
        }
    }
}

/// Result of every command.
pub type CommandResult<T> = Result<T, CommandError>;

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use scriptix_keys_core::names::NameError;
    use serde_json::json;

    #[test]
    fn a_coded_error_crosses_ipc_with_its_code_arguments_and_english_sentence() {
        let error = CommandError::from(WorkspaceError::Name(NameError::TooLong { chars: 120 }));
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            json!({ "kind": "invalidInput", "field": "name",
                "message": "The name is 120 characters long; at most 100 are allowed.",
                "code": "name-too-long", "args": { "chars": 120 } })
        );
    }

    #[test]
    fn an_error_of_the_shell_crosses_ipc_with_its_code_and_english_sentence() {
        let error = CommandError::shell("shell-bw-stopped");
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            json!({ "kind": "internal", "message": "The Bitwarden step stopped unexpectedly.",
                "code": "shell-bw-stopped", "args": {} })
        );
    }

    #[test]
    fn the_workspace_s_own_states_and_the_errors_it_wraps_cross_ipc_with_their_codes() {
        use scriptix_keys_core::api::ApiError;
        use scriptix_keys_core::vault::VaultError;

        let error = CommandError::from(WorkspaceError::NotSignedIn);
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            json!({ "kind": "unauthorized", "message": "Sign in to continue.",
                "code": "workspace-not-signed-in", "args": {} })
        );
        let json = serde_json::to_value(CommandError::from(WorkspaceError::Api(ApiError::Timeout)))
            .unwrap();
        assert_eq!(json["code"], "api-timeout");
        let json = serde_json::to_value(CommandError::from(WorkspaceError::Vault(
            VaultError::Unreadable,
        )))
        .unwrap();
        assert_eq!(json["code"], "vault-unreadable");
    }
}
