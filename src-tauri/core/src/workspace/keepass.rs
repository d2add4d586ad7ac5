//! "Save to a KeePass database…": the groups of the database the user chose, and one entry
//! written into the chosen group (see `export/kdbx.rs`), remembered as a destination and
//! audited.
//!
//! Must not: keep the database password (it lives for one call, in a `Secret`) or the key
//! file's contents (its path is remembered with the destination, like the database's), write
//! anywhere but the database the user chose, or run the key derivation on an async worker
//! (the shell calls these on a blocking thread).

use std::path::PathBuf;

use super::{Result, Workspace};
use crate::audit::{AuditAction, AuditOutcome};
use crate::export::kdbx::{self, KdbxEntry, KdbxGroup, KdbxKey};
use crate::export::{DEFAULT_API_URL, ExportError, ExportFormat};
use crate::model::TokenId;
use crate::store::{DestinationKind, NewDestination};

use super::handoff::ExportView;

impl Workspace {
    /// The groups of the KeePass database at `path`, opened with `password` (and its key
    /// file, if any; the key derivation runs on a blocking thread).
    ///
    /// Errors: `Export` (`KdbxPassword`, `KdbxKeyFile`, `KdbxUnreadable`, `Write` when the
    /// thread was lost).
    pub async fn keepass_groups(&self, path: PathBuf, password: KdbxKey) -> Result<Vec<KdbxGroup>> {
        Ok(blocking(move || kdbx::list_groups(&path, &password)).await?)
    }

    /// Writes the key of `token_id` as a new entry of group `group_id` in the KeePass
    /// database at `path` (title: the token name; password: the key; URL: the API; the
    /// token's type, id and expiry as attributes; its notes' description as notes). The
    /// database is opened with `password` (and its key file, whose path is
    /// remembered with the destination so a rotation can open it again).
    ///
    /// Errors: `NoActiveProfile`, `KeyNotHeld`, `Vault`, `Export` (`KdbxPassword`,
    /// `KdbxKeyFile`, `KdbxUnreadable`, `KdbxGroup`, `Write`; the file is unchanged after
    /// each).
    pub async fn export_to_keepass(
        &self,
        token_id: &str,
        path: PathBuf,
        password: KdbxKey,
        group_id: String,
    ) -> Result<ExportView> {
        let profile_id = self.active_profile_id()?;
        let id = TokenId::new(token_id);
        let key = self.held_key(&profile_id, &id).await?;
        let facts = self.token_facts(&profile_id, &id);
        let description = self
            .store()
            .notes(&profile_id)
            .ok()
            .and_then(|all| all.get(&id).map(|n| n.description.clone()))
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| "Scriptix API key".to_owned());
        let title = if facts.name.is_empty() {
            format!("Scriptix token {id}")
        } else {
            facts.name.clone()
        };
        let attributes = vec![
            ("Scriptix token type", facts.token_type.as_str().to_owned()),
            ("Scriptix token id", id.to_string()),
            (
                "Scriptix expires",
                facts.expires_at.map_or_else(
                    || "unknown".to_owned(),
                    |t| t.format("%Y-%m-%d").to_string(),
                ),
            ),
        ];
        let shown = path.display().to_string();
        let key_file = password
            .key_file()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let secret = key.clone();
        let (entry_id, group) = blocking(move || {
            let group = kdbx::list_groups(&path, &password)?
                .into_iter()
                .find(|g| g.id == group_id)
                .map(|g| g.path)
                .ok_or(ExportError::KdbxGroup)?;
            let entry = KdbxEntry {
                title: &title,
                key: &secret,
                url: DEFAULT_API_URL,
                notes: &description,
                attributes: &attributes,
            };
            let entry_id = kdbx::add_entry(&path, &password, &group_id, &entry)?;
            Ok((entry_id, group))
        })
        .await?;
        self.remember_destination(
            &profile_id,
            &id,
            &NewDestination {
                kind: DestinationKind::Keepass,
                location: shown.clone(),
                item: entry_id,
                variable: String::new(),
                label: group.clone(),
                key_file,
            },
        );
        self.record(
            &profile_id,
            AuditAction::Export {
                format: ExportFormat::KeepassDatabase,
            },
            AuditOutcome::Success,
            Some((&id, Some(&facts.name))),
            &format!("to the KeePass database {shown}, group {group}"),
            &[&key],
        );
        Ok(ExportView::Saved {
            path: shown,
            warning: None,
            warning_coded: None,
            command: None,
        })
    }
}

/// Runs KeePass work (a deliberately slow key derivation) off the async workers.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ExportError> + Send + 'static,
) -> Result<T, ExportError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| ExportError::Write {
            path: "the KeePass database".to_owned(),
            reason: "the step stopped unexpectedly; nothing was changed".to_owned(),
        })?
}
