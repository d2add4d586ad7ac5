//! Hand-off and records: exporting a key (clipboard or a file the user picked) and local
//! notes per token (the audit log: `audit_log.rs`).
//!
//! Must not: write a key anywhere but the file the user chose, put a secret in an audit
//! entry, or let a failed audit append undo the act it records (it is logged instead).

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use chrono::Utc;
use serde::Serialize;

use super::views::CopyView;
use super::{Result, Workspace, WorkspaceError};
use crate::audit::{AuditAction, AuditOutcome};
use crate::export::op_cli::{self, OpVault};
use crate::export::{
    DEFAULT_ENV_VARIABLE, ExportError, ExportFormat, ExportInput, ToolReason, gitignore_warning,
    render, suggested_file_name, template_command, write_env_file, write_secret_file,
};
use crate::i18n::Coded;
use crate::model::{RemoteToken, TokenId, TokenType};
use crate::store::notes::TokenNotes;
use crate::store::{DestinationKind, NewDestination};

/// The reply of `export_key` / `audit_export`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum ExportView {
    /// Put on the clipboard (cleared later if still ours).
    Copied { clears_in_seconds: Option<u64> },
    /// Written to the file the user chose. `command` (1Password template only) creates the
    /// item from the file; it holds neither the key nor the token name.
    Saved {
        path: String,
        /// English (logs, older callers).
        warning: Option<String>,
        /// The same as a catalogue message, shown in the user's language.
        warning_coded: Option<crate::i18n::Coded>,
        command: Option<String>,
    },
    /// Created in 1Password by its `op` program (the key went on its stdin).
    AddedToOnePassword,
    /// Created in Bitwarden by its `bw` program (the item went on its stdin).
    AddedToBitwarden,
    /// The user closed the save dialog.
    Cancelled,
}

impl ExportView {
    /// Writes a file with no secret in it (the audit log, the expiry calendar) to the path
    /// the user picked, making its contents only then; no path: the user cancelled.
    ///
    /// Errors: those of `contents`, `Io` (the file could not be written).
    pub(super) fn save_plain(
        path: Option<PathBuf>,
        contents: impl FnOnce() -> Result<String>,
    ) -> Result<Self> {
        let Some(path) = path else {
            return Ok(Self::Cancelled);
        };
        std::fs::write(&path, contents()?).map_err(|e| WorkspaceError::Io {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        Ok(Self::Saved {
            path: path.display().to_string(),
            warning: None,
            warning_coded: None,
            command: None,
        })
    }
}

/// The reply of `op_vaults`: whether 1Password's `op` program is installed, and the vaults
/// it can create the item in (empty with `problem` when it could not list them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OpVaultsView {
    pub available: bool,
    pub vaults: Vec<OpVault>,
    /// English (logs, older callers).
    pub problem: Option<String>,
    /// The same as a catalogue message, shown in the user's language.
    pub problem_coded: Option<Coded>,
}

/// Why `op` could not list the vaults.
fn vaults_problem(error: &ExportError) -> Coded {
    match error {
        ExportError::OpFailed { reason } => {
            Coded::new("export-op-vaults-failed").arg("reason", reason.arg())
        }
        other => other.coded(),
    }
}

impl ExportFormat {
    /// Whether this format goes to the clipboard rather than a file.
    pub fn is_clipboard(self) -> bool {
        matches!(self, Self::EnvLine)
    }
}

/// What the export needs to know about a token, besides its key.
pub(super) struct TokenFacts {
    pub(super) name: String,
    pub(super) token_type: TokenType,
    pub(super) expires_at: Option<chrono::DateTime<Utc>>,
}

impl Workspace {
    /// The file name the save dialog should suggest for an export.
    pub fn export_file_name(&self, token_id: &str, format: ExportFormat) -> Result<String> {
        not_a_database(format)?;
        let profile_id = self.active_profile_id()?;
        let facts = self.token_facts(&profile_id, &TokenId::new(token_id));
        Ok(suggested_file_name(format, &facts.name))
    }

    /// Exports a key: clipboard formats are copied through the clipboard guard; file formats
    /// are written to `path` (owner-only), which the user chose in a save dialog. `None`
    /// means the dialog was cancelled.
    ///
    /// Errors: `NoActiveProfile`, `KeyNotHeld`, `Vault`, `Export` (bad variable, write
    /// failure), `Clipboard`.
    pub async fn export_key(
        &self,
        token_id: &str,
        format: ExportFormat,
        variable: Option<&str>,
        path: Option<&Path>,
        on_cleared: impl FnOnce() + Send + 'static,
    ) -> Result<ExportView> {
        not_a_database(format)?;
        let profile_id = self.active_profile_id()?;
        let id = TokenId::new(token_id);
        let key = self.held_key(&profile_id, &id).await?;
        let facts = self.token_facts(&profile_id, &id);
        let input = ExportInput {
            name: &facts.name,
            token_type: &facts.token_type,
            token_id: &id,
            expires_at: facts.expires_at,
            key: &key,
            variable,
            api_url: None,
        };
        let view = if format.is_clipboard() {
            let text = render(format, &input)?;
            let CopyView { clears_in_seconds } = self.copy_secret(&text, on_cleared)?;
            ExportView::Copied { clears_in_seconds }
        } else {
            let Some(path) = path else {
                return Ok(ExportView::Cancelled);
            };
            let variable = variable.unwrap_or(DEFAULT_ENV_VARIABLE);
            if format == ExportFormat::EnvFile {
                write_env_file(path, variable, &key)?;
            } else {
                write_secret_file(path, &render(format, &input)?)?;
            }
            if let Some(kind) = DestinationKind::of_file_format(format) {
                let variable = if kind == DestinationKind::EnvFile {
                    variable
                } else {
                    ""
                };
                let place = NewDestination::file(kind, &path.display().to_string(), variable);
                self.remember_destination(&profile_id, &id, &place);
            }
            ExportView::Saved {
                path: path.display().to_string(),
                warning: gitignore_warning(path).map(|w| w.to_string()),
                warning_coded: gitignore_warning(path),
                command: (format == ExportFormat::OnePasswordCli).then(|| template_command(path)),
            }
        };
        let detail = match &view {
            ExportView::Saved { path, .. } => format!("to {path}"),
            _ => "to the clipboard".to_owned(),
        };
        self.record(
            &profile_id,
            AuditAction::Export { format },
            AuditOutcome::Success,
            Some((&id, Some(&facts.name))),
            &detail,
            &[&key],
        );
        Ok(view)
    }

    /// Whether 1Password's `op` is in one of the folders of `path_var` (the value of `PATH`),
    /// and the vaults it lists. Never fails: a missing or failing `op` is reported in the
    /// view, and the window then offers the template file instead.
    pub fn op_vaults(&self, path_var: Option<&OsStr>) -> OpVaultsView {
        let Some(op) = op_cli::find_op(path_var) else {
            return OpVaultsView {
                available: false,
                vaults: Vec::new(),
                problem: None,
                problem_coded: None,
            };
        };
        match op_cli::list_vaults(&op) {
            Ok(vaults) => OpVaultsView {
                available: true,
                vaults,
                problem: None,
                problem_coded: None,
            },
            Err(error) => OpVaultsView {
                available: true,
                vaults: Vec::new(),
                problem: Some(vaults_problem(&error).to_string()),
                problem_coded: Some(vaults_problem(&error)),
            },
        }
    }

    /// Creates the key's 1Password item in `vault_id` by running `op item create` with the
    /// item JSON template on its stdin (never the key on a command line). Blocks while `op`
    /// runs on a blocking thread (it may wait for the user to unlock 1Password; at most
    /// [`op_cli::OP_TIMEOUT`]).
    ///
    /// Errors: `NoActiveProfile`, `KeyNotHeld`, `Vault`, `Export` (`BadVault`, `OpMissing`,
    /// `OpNotSignedIn`, `OpLocked`, `OpNoSuchVault`, `OpFailed`, `OpTimeout`).
    pub async fn export_to_1password(
        &self,
        token_id: &str,
        vault_id: &str,
        path_var: Option<&OsStr>,
    ) -> Result<ExportView> {
        let profile_id = self.active_profile_id()?;
        let op = op_cli::find_op(path_var).ok_or(ExportError::OpMissing)?;
        let id = TokenId::new(token_id);
        let key = self.held_key(&profile_id, &id).await?;
        let facts = self.token_facts(&profile_id, &id);
        let input = ExportInput {
            name: &facts.name,
            token_type: &facts.token_type,
            token_id: &id,
            expires_at: facts.expires_at,
            key: &key,
            variable: None,
            api_url: None,
        };
        let template = render(ExportFormat::OnePasswordCli, &input)?;
        // `op` may wait for the user to unlock 1Password: off the async workers.
        let (vault, secret) = (vault_id.to_owned(), key.clone());
        let item_id = tokio::task::spawn_blocking(move || {
            op_cli::create_item(&op, &vault, &template, &secret)
        })
        .await
        .map_err(|_| ExportError::OpFailed {
            reason: ToolReason::found("export-reason-stopped"),
        })??;
        let place = NewDestination {
            kind: DestinationKind::OnePassword,
            location: vault_id.to_owned(),
            item: item_id.unwrap_or_default(),
            variable: String::new(),
            label: String::new(),
            key_file: String::new(),
        };
        self.remember_destination(&profile_id, &id, &place);
        self.record(
            &profile_id,
            AuditAction::Export {
                format: ExportFormat::OnePasswordCli,
            },
            AuditOutcome::Success,
            Some((&id, Some(&facts.name))),
            "to 1Password with its op program",
            &[&key],
        );
        Ok(ExportView::AddedToOnePassword)
    }

    /// Saves a token's local notes (all empty removes them).
    ///
    /// Errors: `NoActiveProfile`, `Notes` (a field too long, a control character, or a value
    /// that looks like a key; each names its field).
    pub fn save_notes(&self, token_id: &str, notes: TokenNotes) -> Result<TokenNotes> {
        let profile_id = self.active_profile_id()?;
        let id = TokenId::new(token_id);
        let saved = self
            .store()
            .save_notes(&profile_id, &id, &notes, Utc::now())?;
        let name = self.token_facts(&profile_id, &id).name;
        self.record(
            &profile_id,
            AuditAction::NotesEdit,
            AuditOutcome::Success,
            Some((&id, Some(&name))),
            "",
            &[],
        );
        Ok(saved)
    }

    /// Name, type and expiry of a token, from the cached list or this device's record.
    pub(super) fn token_facts(&self, profile_id: &str, id: &TokenId) -> TokenFacts {
        let store = self.store();
        let cached: Option<RemoteToken> = store
            .load_list_cache(profile_id)
            .ok()
            .flatten()
            .and_then(|c| c.tokens.into_iter().find(|t| &t.id == id));
        let local = store
            .local_tokens(profile_id)
            .ok()
            .and_then(|l| l.into_iter().find(|t| &t.token_id == id));
        TokenFacts {
            name: cached
                .as_ref()
                .and_then(|t| t.name.clone())
                .or_else(|| local.as_ref().map(|l| l.name.clone()))
                .unwrap_or_default(),
            token_type: cached
                .as_ref()
                .map(|t| t.token_type.clone())
                .or_else(|| local.as_ref().map(|l| l.token_type.clone()))
                .unwrap_or(TokenType::Batch),
            expires_at: cached
                .and_then(|t| t.expires_at)
                .or_else(|| local.and_then(|l| l.expires_at)),
        }
    }
}

/// A KeePass database is written by `export_to_keepass`, never through a save dialog.
fn not_a_database(format: ExportFormat) -> Result<()> {
    if format == ExportFormat::KeepassDatabase {
        return Err(WorkspaceError::invalid(
            "format",
            crate::i18n::Coded::new("export-use-keepass-database"),
        ));
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_file_is_written_where_the_user_picked_and_not_made_when_they_cancelled() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.csv");
        let saved = ExportView::save_plain(Some(path.clone()), || Ok("a,b\n".to_owned())).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a,b\n");
        assert!(
            matches!(saved, ExportView::Saved { path: p, warning: None, command: None, .. } if p == path.display().to_string())
        );

        let mut made = false;
        let cancelled = ExportView::save_plain(None, || {
            made = true;
            Ok(String::new())
        });
        assert_eq!(cancelled.unwrap(), ExportView::Cancelled);
        assert!(!made, "nothing is made for a cancelled save");
    }

    #[test]
    fn a_plain_file_that_cannot_be_made_or_written_is_an_error_and_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("calendar.ics");
        let failed =
            ExportView::save_plain(Some(path.clone()), || Err(WorkspaceError::NoActiveProfile));
        assert!(matches!(failed, Err(WorkspaceError::NoActiveProfile)));
        assert!(!path.exists());

        let unwritable = dir.path().join("no-such-folder").join("calendar.ics");
        let failed = ExportView::save_plain(Some(unwritable), || Ok("BEGIN:VCALENDAR".to_owned()));
        assert!(
            matches!(failed, Err(WorkspaceError::Io { .. })),
            "{failed:?}"
        );
    }
}
