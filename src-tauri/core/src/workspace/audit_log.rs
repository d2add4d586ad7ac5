//! The audit log of the workspace: appending an entry for each act (a failed append is
//! logged, never raised: the act has already happened), listing it with the chain's
//! integrity, and exporting it as CSV. Must not put a secret in an entry (the entry scrubs
//! the secrets it is given).

use std::path::PathBuf;

use chrono::Utc;
use serde::Serialize;

use super::handoff::ExportView;
use super::{Result, Workspace};
use crate::audit::{
    AuditAction, AuditEntry, AuditFilter, AuditIntegrity, AuditOutcome, AuditRecord, audit_csv,
};
use crate::model::TokenId;
use crate::secret::Secret;

/// The reply of `audit_list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditView {
    pub entries: Vec<AuditRecord>,
    pub integrity: AuditIntegrity,
}

impl Workspace {
    /// The audit log of the active profile, newest first, with the chain's integrity.
    ///
    /// Errors: `NoActiveProfile`, `Store`.
    pub fn audit(&self, filter: &AuditFilter) -> Result<AuditView> {
        let profile_id = self.active_profile_id()?;
        let store = self.store();
        let entries = store.audit(Some(&profile_id), filter)?;
        let integrity = store.verify_audit()?;
        Ok(AuditView { entries, integrity })
    }

    /// Writes the filtered audit log as CSV to `path` (chosen by the user). No secrets are
    /// in the log, so this is a plain file.
    ///
    /// Errors: `NoActiveProfile`, `Store`, `Io`.
    pub fn export_audit(&self, filter: &AuditFilter, path: Option<PathBuf>) -> Result<ExportView> {
        ExportView::save_plain(path, || Ok(audit_csv(&self.audit(filter)?.entries)))
    }

    /// Appends one entry to the audit log. A failure is logged, never raised: the act it
    /// records has already happened.
    pub(super) fn record(
        &self,
        profile_id: &str,
        action: AuditAction,
        outcome: AuditOutcome,
        token: Option<(&TokenId, Option<&str>)>,
        detail: &str,
        secrets: &[&Secret],
    ) {
        let actor = self.actor(profile_id);
        let mut entry = AuditEntry::new(Utc::now(), profile_id, &actor, action, outcome);
        if let Some((id, name)) = token {
            entry = entry.with_token(id, name);
        }
        if !detail.is_empty() {
            entry = entry.with_detail(detail, secrets);
        }
        if let Err(error) = self.store().append_audit(&entry) {
            tracing::warn!(%error, "could not append to the audit log");
        }
    }

    /// [`Workspace::record`] with the detail as a catalogue message (an error's code, a
    /// key check's parts): stored as that code, shown in the language in use.
    pub(super) fn record_message(
        &self,
        profile_id: &str,
        action: AuditAction,
        outcome: AuditOutcome,
        token: Option<(&TokenId, Option<&str>)>,
        message: crate::i18n::StoredMessage,
        secrets: &[&Secret],
    ) {
        let actor = self.actor(profile_id);
        let mut entry = AuditEntry::new(Utc::now(), profile_id, &actor, action, outcome)
            .with_detail_message(message, secrets);
        if let Some((id, name)) = token {
            entry = entry.with_token(id, name);
        }
        if let Err(error) = self.store().append_audit(&entry) {
            tracing::warn!(%error, "could not append to the audit log");
        }
    }

    pub(super) fn actor(&self, profile_id: &str) -> String {
        let state = self.lock();
        state
            .session
            .as_ref()
            .filter(|s| s.profile_id == profile_id)
            .map(|s| s.username.clone())
            .or_else(|| state.profiles.get(profile_id).map(|p| p.username.clone()))
            .unwrap_or_default()
    }
}
