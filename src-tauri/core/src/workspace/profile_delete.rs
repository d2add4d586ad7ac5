//! Deleting a profile without silently destroying a key: the window first learns how many
//! keys this device holds for it and may export them all to one file; the deletion itself
//! removes them from the vault first and keeps everything (the profile included) when the
//! vault refuses; it is audited.
//!
//! Must not: write a key anywhere but the file the user chose, put a secret in an audit
//! entry, or forget a profile whose keys are still in the vault.

use std::path::Path;

use secrecy::zeroize::Zeroizing;
use serde::Serialize;

use super::{AppStatusView, Result, Workspace, WorkspaceError};
use crate::audit::{AuditAction, AuditOutcome};
use crate::export::{ExportFormat, ExportInput, gitignore_warning, render, write_secret_file};
use crate::i18n::Coded;
use crate::profiles::ProfileError;
use crate::secret::Secret;
use crate::store::{DestinationKind, LocalToken, NewDestination};

/// The formats one file of several keys can be written in (a row per key).
pub const PROFILE_EXPORT_FORMATS: [ExportFormat; 3] = [
    ExportFormat::OnePasswordCsv,
    ExportFormat::BitwardenCsv,
    ExportFormat::KeepassxcCsv,
];

/// The reply of `profile_export_keys`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum ProfileExportView {
    /// Every held key was written to the file the user chose.
    Saved {
        path: String,
        count: usize,
        /// English (logs, older callers).
        warning: Option<String>,
        /// The same as a catalogue message, shown in the user's language.
        warning_coded: Option<crate::i18n::Coded>,
    },
    /// The user closed the save dialog.
    Cancelled,
}

impl Workspace {
    /// How many keys this device's vault holds for a profile (by the local records).
    ///
    /// Errors: `Profile` (unknown profile), `Store`.
    pub fn profile_held_keys(&self, id: &str) -> Result<usize> {
        self.profile_name(id)?;
        Ok(self.store().held_key_count(id)?)
    }

    /// The file name the save dialog suggests for a profile's keys.
    ///
    /// Errors: `Profile` (unknown profile), `Invalid` (a format that holds one key only).
    pub fn profile_export_file_name(&self, id: &str, format: ExportFormat) -> Result<String> {
        let name = self.profile_name(id)?;
        multi_key(format)?;
        Ok(crate::export::suggested_file_name(
            format,
            &format!("{name} keys"),
        ))
    }

    /// Writes every key the vault holds for a profile into one owner-only file at `path`
    /// (the user chose it; `None`: the dialog was cancelled), one row per key, and audits
    /// each key's export. Nothing is written unless every held key could be read.
    ///
    /// Errors: `Profile`, `Invalid` (format), `KeyNotHeld` (nothing held), `Vault`,
    /// `Store`, `Export`.
    pub async fn export_profile_keys(
        &self,
        id: &str,
        format: ExportFormat,
        path: Option<&Path>,
    ) -> Result<ProfileExportView> {
        self.profile_name(id)?;
        multi_key(format)?;
        let Some(path) = path else {
            return Ok(ProfileExportView::Cancelled);
        };
        let held: Vec<LocalToken> = self
            .store()
            .local_tokens(id)?
            .into_iter()
            .filter(|t| t.key_in_vault)
            .collect();
        let mut keys = Vec::with_capacity(held.len());
        for token in &held {
            let key = self.vault.key(id, &token.token_id).await?;
            if let Some(key) = key {
                keys.push((token, key));
            }
        }
        if keys.is_empty() {
            return Err(WorkspaceError::KeyNotHeld);
        }
        let mut content = Zeroizing::new(String::new());
        let mut names = Vec::with_capacity(keys.len());
        for (token, key) in &keys {
            let facts = self.token_facts(id, &token.token_id);
            let input = ExportInput {
                name: &facts.name,
                token_type: &facts.token_type,
                token_id: &token.token_id,
                expires_at: facts.expires_at,
                key,
                variable: None,
                api_url: None,
            };
            let one = render(format, &input)?;
            let text = one.expose();
            // Every CSV rendering starts with the same one-line header: keep the first.
            let rows = if content.is_empty() {
                text
            } else {
                text.split_once('\n').map_or("", |(_, rows)| rows)
            };
            content.push_str(rows);
            names.push(facts.name);
        }
        write_secret_file(path, &Secret::new(content.to_string()))?;
        let shown = path.display().to_string();
        let place = DestinationKind::of_file_format(format)
            .map(|kind| NewDestination::file(kind, &shown, ""));
        for ((token, key), name) in keys.iter().zip(&names) {
            if let Some(place) = &place {
                self.remember_destination(id, &token.token_id, place);
            }
            self.record(
                id,
                AuditAction::Export { format },
                AuditOutcome::Success,
                Some((&token.token_id, Some(name))),
                &format!("with every key of the profile, to {shown}"),
                &[key],
            );
        }
        Ok(ProfileExportView::Saved {
            path: shown,
            count: keys.len(),
            warning: gitignore_warning(path).map(|w| w.to_string()),
            warning_coded: gitignore_warning(path),
        })
    }

    /// Removes a profile: first its keys and session from the vault, then its local data
    /// and the profile itself; audited. When the vault refuses, the profile and its records
    /// are kept (a key already removed is marked so) and the error says so.
    ///
    /// Errors: `ProfileKept` (the vault refused), `Profile` (unknown id, file write), `Store`.
    pub async fn delete_profile(&self, id: &str) -> Result<AppStatusView> {
        let name = self.profile_name(id)?;
        let local = self.store().local_tokens(id)?;
        let held = local.iter().filter(|t| t.key_in_vault).count();
        let mut removed = 0;
        let mut vault_step = async || {
            for token in &local {
                self.vault.forget_key(id, &token.token_id).await?;
                if token.key_in_vault {
                    removed += 1;
                    if let Err(error) = self.store().set_key_in_vault(id, &token.token_id, false) {
                        tracing::warn!(%error, "could not mark a removed key");
                    }
                }
            }
            self.vault.forget_session(id).await
        };
        if let Err(error) = vault_step().await {
            self.record(
                id,
                AuditAction::ProfileDelete,
                AuditOutcome::Failure,
                None,
                &format!(
                    "profile “{name}” kept: the vault refused to remove its keys ({removed} of {held} removed)"
                ),
                &[],
            );
            return Err(WorkspaceError::ProfileKept { source: error });
        }
        {
            let mut state = self.lock();
            state
                .profiles
                .remove(id)
                .ok_or(ProfileError::UnknownProfile)?;
            state.profiles.save(&self.paths.profiles_file)?;
            if state.session.as_ref().is_some_and(|s| s.profile_id == id) {
                state.session = None;
            }
            if state.pending.as_ref().is_some_and(|p| p.profile_id() == id) {
                state.pending = None;
            }
        }
        {
            let store = self.store();
            store.forget_profile(id)?;
            store.forget_profile_notes(id)?;
            store.forget_create_intents(id)?;
        }
        let keys = if held == 1 { "key" } else { "keys" };
        self.record(
            id,
            AuditAction::ProfileDelete,
            AuditOutcome::Success,
            None,
            &format!("profile “{name}” deleted with the {held} {keys} this device held for it"),
            &[],
        );
        Ok(self.status())
    }

    fn profile_name(&self, id: &str) -> Result<String> {
        Ok(self
            .lock()
            .profiles
            .get(id)
            .ok_or(ProfileError::UnknownProfile)?
            .name
            .clone())
    }
}

fn multi_key(format: ExportFormat) -> Result<()> {
    if PROFILE_EXPORT_FORMATS.contains(&format) {
        Ok(())
    } else {
        Err(WorkspaceError::invalid(
            "format",
            Coded::new("profile-export-format"),
        ))
    }
}
