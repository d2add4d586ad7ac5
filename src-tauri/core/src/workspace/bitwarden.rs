//! Bitwarden through its `bw` program: whether it is installed and ready, its folders, and
//! the key's login item created with the item JSON on `bw`'s stdin (see `export/bw_cli.rs`);
//! remembered as a destination (folder, item id) and audited.
//!
//! Must not: put the key in `bw`'s arguments or environment, or keep the session or the
//! master password (the caller passes the session the user unlocked — `BW_SESSION`, or the
//! one [`Workspace::bw_unlock`] returned, which the shell keeps in memory for this run).

use std::ffi::{OsStr, OsString};

use serde::Serialize;

use super::handoff::ExportView;
use super::{Result, Workspace};
use crate::audit::{AuditAction, AuditOutcome};
use crate::export::bw_cli::{self, BwFolder};
use crate::export::{ExportError, ExportFormat, ExportInput, ToolReason};
use crate::model::TokenId;
use crate::secret::Secret;
use crate::store::{DestinationKind, NewDestination};

/// The reply of `bw_folders`: whether `bw` is installed, its folders when it is ready, and
/// otherwise what the user must do (`problem`); `locked` when the app can unlock it with the
/// master password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BwFoldersView {
    pub available: bool,
    pub folders: Vec<BwFolder>,
    /// English (logs, older callers).
    pub problem: Option<String>,
    /// The same as a catalogue message, shown in the user's language.
    pub problem_coded: Option<crate::i18n::Coded>,
    pub locked: bool,
}

impl Workspace {
    /// Whether `bw` is on `path_var`, and its folders with `session`. Never fails: a
    /// missing, signed-out or locked `bw` is said in the view. Blocking (runs `bw`).
    pub fn bw_folders(&self, path_var: Option<&OsStr>, session: Option<&Secret>) -> BwFoldersView {
        let Some(bw) = bw_cli::find_bw(path_var) else {
            return BwFoldersView {
                available: false,
                folders: Vec::new(),
                problem: Some(ExportError::BwMissing.to_string()),
                problem_coded: Some(ExportError::BwMissing.coded()),
                locked: false,
            };
        };
        let listed = match session {
            Some(session) => bw_cli::list_folders(&bw, session),
            None => bw_cli::check_ready(&bw, None).map(|()| Vec::new()),
        };
        match listed {
            Ok(folders) => BwFoldersView {
                available: true,
                folders,
                problem: None,
                problem_coded: None,
                locked: false,
            },
            Err(error) => BwFoldersView {
                available: true,
                folders: Vec::new(),
                locked: error == ExportError::BwLocked,
                problem: Some(error.to_string()),
                problem_coded: Some(error.coded()),
            },
        }
    }

    /// Unlocks `bw` (found on `path_var`) with the master password the user typed in the
    /// app and returns the session for the caller to keep in memory. Blocking (runs `bw`).
    ///
    /// Errors: `Export` (`BwMissing`, `BwWrongPassword`, `BwNotSignedIn`, `BwLocked`,
    /// `BwFailed`).
    pub fn bw_unlock(&self, path_var: Option<&OsStr>, password: &Secret) -> Result<Secret> {
        let bw = bw_cli::find_bw(path_var).ok_or(ExportError::BwMissing)?;
        Ok(bw_cli::unlock(&bw, password)?)
    }

    /// Creates the key's Bitwarden login item in `folder_id` (`None`: no folder) with `bw`.
    ///
    /// Errors: `NoActiveProfile`, `KeyNotHeld`, `Vault`, `Export` (`BwMissing`,
    /// `BwNotSignedIn`, `BwLocked`, `BwFailed`).
    pub async fn export_to_bitwarden(
        &self,
        token_id: &str,
        folder_id: Option<String>,
        path_var: Option<OsString>,
        session: Option<Secret>,
    ) -> Result<ExportView> {
        let profile_id = self.active_profile_id()?;
        let bw = bw_cli::find_bw(path_var.as_deref()).ok_or(ExportError::BwMissing)?;
        let session = session.ok_or(ExportError::BwLocked)?;
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
        let item = bw_cli::item_json(&input, folder_id.as_deref())?;
        let secret = key.clone();
        let item_id =
            tokio::task::spawn_blocking(move || bw_cli::create_item(&bw, &session, &item, &secret))
                .await
                .map_err(|_| ExportError::BwFailed {
                    reason: ToolReason::found("export-reason-stopped"),
                })??;
        self.remember_destination(
            &profile_id,
            &id,
            &NewDestination {
                kind: DestinationKind::Bitwarden,
                location: folder_id.unwrap_or_default(),
                item: item_id.unwrap_or_default(),
                variable: String::new(),
                label: String::new(),
                key_file: String::new(),
            },
        );
        self.record(
            &profile_id,
            AuditAction::Export {
                format: ExportFormat::BitwardenJson,
            },
            AuditOutcome::Success,
            Some((&id, Some(&facts.name))),
            "to Bitwarden with its bw program",
            &[&key],
        );
        Ok(ExportView::AddedToBitwarden)
    }
}
