//! What the window shows about rotations: camelCase, no keys.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::journal::{Rotation, RotationState, StepEvent};

/// One rotation for the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RotationView {
    pub id: String,
    pub old_token_id: String,
    pub old_name: String,
    pub new_name: String,
    pub token_type: String,
    pub years: u32,
    pub grace_until: DateTime<Utc>,
    pub auto_delete: bool,
    pub emergency: bool,
    pub state: RotationState,
    pub new_token_id: Option<String>,
    /// Why the user must decide something (`null` when nothing is needed).
    pub needs_attention: Option<String>,
    /// `needs_attention` as a catalogue message, for the window.
    pub needs_attention_coded: Option<crate::i18n::StoredMessage>,
    pub steps: Vec<StepEvent>,
    /// Held at the end of the grace period: the old key was still in use (filled in by the
    /// workspace from the rotation's hold; `null` otherwise).
    pub in_use: Option<InUseView>,
}

impl RotationView {
    /// Fills in [`RotationView::in_use`] from the rotation's hold (only while `retiring`).
    ///
    /// Errors: [`crate::store::StoreError`].
    pub(crate) fn with_hold(
        mut self,
        store: &crate::store::Store,
        now: DateTime<Utc>,
    ) -> Result<Self, crate::store::StoreError> {
        if self.state == RotationState::Retiring
            && let Some(hold) = store.rotation_hold(&self.id)?
        {
            self.in_use = Some(InUseView {
                minutes_ago: (now - hold.last_used_at).num_minutes().max(0),
                last_used_at: hold.last_used_at,
                last_ip: hold.last_ip,
                recheck_at: hold.recheck_at,
            });
        }
        Ok(self)
    }
}

/// Why a rotation's old token was kept at the end of its grace period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InUseView {
    pub last_used_at: DateTime<Utc>,
    pub last_ip: Option<String>,
    pub minutes_ago: i64,
    /// When usage is looked at again (the old token is deleted then if it went quiet).
    pub recheck_at: DateTime<Utc>,
}

impl RotationView {
    /// Builds the view of a rotation and its journal.
    pub fn new(r: &Rotation, steps: Vec<StepEvent>) -> Self {
        let attention = matches!(
            r.state,
            RotationState::NeedsAttention | RotationState::VaultFailed
        );
        Self {
            id: r.id.clone(),
            old_token_id: r.old_token_id.as_str().to_owned(),
            old_name: r.old_name.clone(),
            new_name: r.new_name.clone(),
            token_type: r.token_type.as_str().to_owned(),
            years: r.years.years(),
            grace_until: r.grace_until,
            auto_delete: r.auto_delete,
            emergency: r.emergency,
            state: r.state,
            new_token_id: r.new_token_id.as_ref().map(|t| t.as_str().to_owned()),
            needs_attention: r
                .note
                .as_ref()
                .filter(|_| attention)
                .map(|n| n.format(crate::i18n::Catalogue::english())),
            needs_attention_coded: r.note.clone().filter(|_| attention),
            steps,
            in_use: None,
        }
    }
}

/// The replacement a cancelled rotation left behind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplacementView {
    pub token_id: String,
    pub name: String,
    pub key_in_vault: bool,
}

/// What exists on Scriptix after a cancel, and what can be cleaned up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CancelReport {
    pub rotation: RotationView,
    /// The replacement, if it was created.
    pub replacement: Option<ReplacementView>,
    /// Whether the old token still exists (`null` when the server could not be asked).
    pub old_token_active: Option<bool>,
    /// A sentence for the dialog (English).
    pub message: String,
    /// The same as a catalogue message, for the window.
    pub message_coded: crate::i18n::Coded,
    /// Whether `cleanup_after_cancel(id, true)` would delete something.
    pub can_delete_replacement: bool,
}
