//! Expiry reminders for the active profile: which notifications to show now (each once per
//! token and threshold, remembered in the store once the OS took it) and the "needs attention" badge.
//!
//! Works offline from the cached token list, the rotation journal, the settings and the
//! workspace clock. Must not: show a notification twice, or look at a key.

use std::collections::HashMap;

use super::{Result, Workspace};
use crate::expiry::{
    DueNotices, GracePeriod, Notice, TokenExpiry, due_notices, tokens_needing_attention,
};
use crate::rotation::{RotationState, journal};
use crate::store::Store;
use crate::view::token_views;

impl Workspace {
    /// Shows the expiry and grace-period notifications due now for the active profile
    /// through `show`, and records as sent only those `show` reports the OS accepted: a
    /// refused one is due again at the next call. Two callers never both show one (the
    /// take → show → record steps run one caller at a time). Nothing is shown when
    /// reminders are off in the settings, or when no list was ever fetched. Returns the
    /// notices that were accepted.
    ///
    /// Errors: `NoActiveProfile`, `Store` (after a failed record the accepted notices may
    /// be shown again at the next call: a duplicate beats a lost reminder).
    pub fn show_due_notifications(
        &self,
        mut show: impl FnMut(&Notice) -> bool,
    ) -> Result<Vec<Notice>> {
        let _one_caller = self
            .notify_gate
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let Some((profile_id, due)) = self.due_notifications()? else {
            return Ok(Vec::new());
        };
        let mut accepted = Vec::new();
        let mut mark_sent = Vec::new();
        for notice in due.notices {
            if show(&notice) {
                mark_sent.extend(
                    due.mark_sent
                        .iter()
                        .filter(|s| s.token_id == notice.token_id && s.kind == notice.kind)
                        .cloned(),
                );
                accepted.push(notice);
            }
        }
        if !mark_sent.is_empty() {
            self.store()
                .record_notifications_sent(&profile_id, &mark_sent, self.clock.now())?;
        }
        Ok(accepted)
    }

    /// What is due now (nothing recorded), with the profile it is for; `None` when
    /// reminders are off.
    fn due_notifications(&self) -> Result<Option<(String, DueNotices)>> {
        let profile_id = self.active_profile_id()?;
        let settings = self.lock().profiles.settings.clone();
        if !settings.notify_expiry {
            return Ok(None);
        }
        let now = self.clock.now();
        let store = self.store();
        let tokens = expiring_tokens(&store, &profile_id, now)?;
        let graces: Vec<GracePeriod> = journal::list(&store, &profile_id)?
            .into_iter()
            .filter(|r| r.state == RotationState::Retiring)
            .map(|r| GracePeriod {
                old_token_id: r.old_token_id.as_str().to_owned(),
                old_name: r.old_name,
                new_name: r.new_name,
                grace_until: r.grace_until,
                auto_delete: r.auto_delete,
            })
            .collect();
        let sent = store.sent_notifications(&profile_id)?;
        let due = due_notices(&tokens, &graces, &settings.expiry_thresholds, now, &sent);
        Ok(Some((profile_id, due)))
    }

    /// The badge count of the active profile: tokens expired or expiring within the largest
    /// threshold, plus rotations that need a decision (`needsAttention`, `vaultFailed`),
    /// plus retiring rotations whose grace period has ended. 0 without a profile.
    ///
    /// Errors: `Store`.
    pub fn expiry_badge(&self) -> Result<u32> {
        let Ok(profile_id) = self.active_profile_id() else {
            return Ok(0);
        };
        let thresholds = self.lock().profiles.settings.expiry_thresholds.clone();
        let now = self.clock.now();
        let store = self.store();
        let journal = journal::list(&store, &profile_id)?;
        // A token already being replaced is taken care of: only its rotation can need the
        // user (below), not its expiry.
        let in_rotation: std::collections::HashSet<&str> = journal
            .iter()
            .filter(|r| !r.state.is_final())
            .map(|r| r.old_token_id.as_str())
            .collect();
        let tokens: Vec<TokenExpiry> = expiring_tokens(&store, &profile_id, now)?
            .into_iter()
            .filter(|t| !in_rotation.contains(t.token_id.as_str()))
            .collect();
        let rotations = journal
            .iter()
            .filter(|r| match r.state {
                RotationState::NeedsAttention | RotationState::VaultFailed => true,
                RotationState::Retiring => r.grace_until <= now,
                _ => false,
            })
            .count();
        Ok(tokens_needing_attention(&tokens, &thresholds, now)
            .saturating_add(u32::try_from(rotations).unwrap_or(u32::MAX)))
    }
}

/// The cached tokens with a known expiry (the server's, else the one recorded here).
fn expiring_tokens(
    store: &Store,
    profile_id: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<TokenExpiry>> {
    let Some(cached) = store.load_list_cache(profile_id)? else {
        return Ok(Vec::new());
    };
    let local = store.local_tokens(profile_id)?;
    let mut seen = HashMap::new();
    Ok(token_views(&cached.tokens, &local, now)
        .into_iter()
        .filter(|t| seen.insert(t.id.clone(), ()).is_none())
        .filter_map(|t| {
            Some(TokenExpiry {
                token_id: t.id.as_str().to_owned(),
                name: t.name,
                expires_at: t.expires_at?,
            })
        })
        .collect())
}
