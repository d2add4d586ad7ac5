//! "Update all" at the end of a rotation: the places the old key went (see
//! `destinations.rs`) get the new key in place — the same variable of the same `.env` file,
//! the same KeePass entry (the old key kept in its history), the same Bitwarden item (the
//! old key kept in its password history), the same 1Password item (through `op item edit`
//! with the item on stdin; the old key kept in the item's history). Import files are
//! reported as "by hand". One result per destination; an updated place is remembered for
//! the new token.
//!
//! Must not: write anywhere but a remembered destination, create a `.env` line that was
//! not there, or keep a KeePass password.

use std::ffi::OsString;

use serde::Serialize;

use super::{Result, Workspace, WorkspaceError};
use crate::audit::{AuditAction, AuditOutcome};
use crate::export::{ExportError, ExportFormat, bw_cli, kdbx, op_cli, write_env_file};
use crate::i18n::{Coded, StoredMessage};
use crate::model::TokenId;
use crate::rotation::journal;
use crate::secret::Secret;
use crate::store::{Destination, DestinationKind, NewDestination};

/// How one destination's update went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum UpdateOutcome {
    /// It holds the new key now.
    Updated,
    /// It could not be updated (`message` says why); it still holds what it held.
    Failed,
    /// The app cannot update it (an import file, a 1Password item it does not know the id
    /// of): `message` says how.
    ByHand,
}

/// One line of the "Update all" result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DestinationUpdate {
    pub destination: Destination,
    pub outcome: UpdateOutcome,
    /// English (logs, older callers).
    pub message: String,
    /// The same as a catalogue message (`destination-update-…`, an export error's code).
    pub message_coded: Coded,
}

impl Workspace {
    /// The (old token, new token) of a rotation whose new key is stored.
    fn rotation_tokens(&self, rotation_id: &str) -> Result<(String, TokenId, TokenId)> {
        let profile_id = self.active_profile_id()?;
        let rotation = journal::get(&self.store(), &profile_id, rotation_id)?.ok_or_else(|| {
            WorkspaceError::invalid(
                "rotation",
                crate::i18n::Coded::new("workspace-rotation-unknown"),
            )
        })?;
        let new = rotation.new_token_id.clone().ok_or_else(|| {
            WorkspaceError::invalid(
                "rotation",
                crate::i18n::Coded::new("workspace-rotation-new-key-not-stored"),
            )
        })?;
        Ok((profile_id, rotation.old_token_id, new))
    }

    /// Where the old key of a rotation went.
    ///
    /// Errors: `NoActiveProfile`, `Invalid` (unknown rotation, no new key yet), `Store`.
    pub fn rotation_destinations(&self, rotation_id: &str) -> Result<Vec<Destination>> {
        let (profile_id, old, _) = self.rotation_tokens(rotation_id)?;
        Ok(self.store().destinations(&profile_id, &old)?)
    }

    /// Puts the new key of a rotation into every place the old key went. `passwords` are the
    /// KeePass database passwords by path (used once, never kept; a database saved to with a
    /// key file is opened with that key file again, and without a password when none was
    /// typed); `path_var` and
    /// `bw_session` find and unlock `bw`.
    ///
    /// Errors: `NoActiveProfile`, `Invalid` (unknown rotation, no new key yet), `KeyNotHeld`,
    /// `Vault`, `Store`. A destination that fails is a result, not an error.
    pub async fn update_destinations(
        &self,
        rotation_id: &str,
        passwords: Vec<(String, Secret)>,
        path_var: Option<OsString>,
        bw_session: Option<Secret>,
    ) -> Result<Vec<DestinationUpdate>> {
        let (profile_id, old, new) = self.rotation_tokens(rotation_id)?;
        let key = self.held_key(&profile_id, &new).await?;
        let places = self.store().destinations(&profile_id, &old)?;
        let mut results = Vec::with_capacity(places.len());
        for place in places {
            let outcome = self
                .update_one(
                    &place,
                    &key,
                    &passwords,
                    path_var.clone(),
                    bw_session.clone(),
                )
                .await
                .map_err(Update::coded);
            let (outcome, message) = match outcome {
                Ok(Some(done)) => (UpdateOutcome::Updated, done),
                Ok(None) => (UpdateOutcome::ByHand, by_hand(&place)),
                Err(error) => (UpdateOutcome::Failed, error),
            };
            if outcome == UpdateOutcome::Updated {
                self.remember_destination(
                    &profile_id,
                    &new,
                    &NewDestination {
                        kind: place.kind,
                        location: place.location.clone(),
                        item: place.item.clone(),
                        variable: place.variable.clone(),
                        label: place.label.clone(),
                        key_file: place.key_file.clone(),
                    },
                );
                let format = match place.kind {
                    DestinationKind::Keepass => ExportFormat::KeepassDatabase,
                    DestinationKind::Bitwarden => ExportFormat::BitwardenJson,
                    DestinationKind::OnePassword => ExportFormat::OnePasswordCli,
                    _ => ExportFormat::EnvFile,
                };
                self.record_message(
                    &profile_id,
                    AuditAction::Export { format },
                    AuditOutcome::Success,
                    Some((&new, None)),
                    StoredMessage::from(
                        &Coded::new("audit-detail-rotation-update").arg("message", message.clone()),
                    ),
                    &[&key],
                );
            }
            results.push(DestinationUpdate {
                destination: place,
                outcome,
                message: message.to_string(),
                message_coded: message,
            });
        }
        Ok(results)
    }

    /// `Some(what was done)`, `None` when it can only be updated by hand.
    async fn update_one(
        &self,
        place: &Destination,
        key: &Secret,
        passwords: &[(String, Secret)],
        path_var: Option<OsString>,
        bw_session: Option<Secret>,
    ) -> std::result::Result<Option<Coded>, Update> {
        let path = std::path::PathBuf::from(&place.location);
        match place.kind {
            DestinationKind::EnvFile => {
                let text = std::fs::read_to_string(&path).map_err(|e| ExportError::Write {
                    path: place.location.clone(),
                    reason: e.to_string(),
                })?;
                let prefix = format!("{}=", place.variable);
                let has_line = text.lines().any(|l| {
                    let l = l.trim_start();
                    l.strip_prefix("export ").unwrap_or(l).starts_with(&prefix)
                });
                if !has_line {
                    return Err(Update::Refused(
                        Coded::new("destination-update-line-gone")
                            .arg("path", place.location.as_str())
                            .arg("variable", place.variable.as_str()),
                    ));
                }
                write_env_file(&path, &place.variable, key)?;
                Ok(Some(
                    Coded::new("destination-update-env-done")
                        .arg("variable", place.variable.as_str())
                        .arg("path", place.location.as_str()),
                ))
            }
            DestinationKind::Keepass => {
                // The password typed for this database; a database opened with a key file
                // alone needs none. The key file is the one it was saved with.
                let password = match passwords.iter().find(|(p, _)| p == &place.location) {
                    Some((_, password)) => password.clone(),
                    None if !place.key_file.is_empty() => Secret::new(String::new()),
                    None => return Err(ExportError::KdbxPassword.into()),
                };
                let key_file = Some(std::path::PathBuf::from(&place.key_file))
                    .filter(|_| !place.key_file.is_empty());
                let password = kdbx::KdbxKey::new(password, key_file);
                let (entry, key) = (place.item.clone(), key.clone());
                tokio::task::spawn_blocking(move || {
                    kdbx::replace_password(&path, &password, &entry, &key)
                })
                .await
                .map_err(|_| ExportError::Encode)??;
                Ok(Some(
                    Coded::new("destination-update-keepass-done")
                        .arg("path", place.location.as_str()),
                ))
            }
            DestinationKind::Bitwarden => {
                let bw = bw_cli::find_bw(path_var.as_deref()).ok_or(ExportError::BwMissing)?;
                let session = bw_session.ok_or(ExportError::BwLocked)?;
                let (item, key) = (place.item.clone(), key.clone());
                tokio::task::spawn_blocking(move || {
                    bw_cli::edit_password(&bw, &session, &item, &key)
                })
                .await
                .map_err(|_| ExportError::Encode)??;
                Ok(Some(Coded::new("destination-update-bitwarden-done")))
            }
            DestinationKind::OnePassword if place.item.is_empty() => Ok(None),
            DestinationKind::OnePassword => {
                let op = op_cli::find_op(path_var.as_deref()).ok_or(ExportError::OpMissing)?;
                let (vault, item, key) = (place.location.clone(), place.item.clone(), key.clone());
                tokio::task::spawn_blocking(move || {
                    op_cli::edit_credential(&op, &vault, &item, &key)
                })
                .await
                .map_err(|_| Update::Refused(Coded::new("destination-update-op-stopped")))??;
                Ok(Some(Coded::new("destination-update-op-done")))
            }
            _ => Ok(None),
        }
    }
}

/// Why a destination could not be updated: the export's error, or a refusal of the update
/// itself.
enum Update {
    Export(ExportError),
    Refused(Coded),
}

impl Update {
    fn coded(self) -> Coded {
        match self {
            Self::Export(error) => error.coded(),
            Self::Refused(coded) => coded,
        }
    }
}

impl From<ExportError> for Update {
    fn from(error: ExportError) -> Self {
        Self::Export(error)
    }
}

fn by_hand(place: &Destination) -> Coded {
    match place.kind {
        DestinationKind::OnePassword => Coded::new("destination-update-op-by-hand"),
        _ => Coded::new("destination-update-import-file").arg("path", place.location.as_str()),
    }
}
