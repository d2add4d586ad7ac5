//! The usage hints (anomalies the rules in `crate::usage` find in the cached reports): the
//! attention centre's list, the badge count, and notifying each hint once. No request is
//! made here: `usage.rs` fetches and caches the reports.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};

use super::{Result, Workspace};
use crate::rotation::RotationState;
use crate::usage::{HintInput, UsageHint, UsageHintsView, UsageReport, hints_for};

impl Workspace {
    /// Every hint of the active profile from the cached reports (no request: the background
    /// check refreshes them with [`Workspace::usage_refresh_all`]).
    ///
    /// Errors: `NoActiveProfile`, `Store`.
    pub fn usage_hints(&self) -> Result<UsageHintsView> {
        let profile_id = self.active_profile_id()?;
        let available = self.usage_available(&profile_id)?;
        let cached = self.store().usage(&profile_id, None)?;
        let listed: Option<HashSet<String>> = self
            .store()
            .load_list_cache(&profile_id)?
            .map(|l| l.tokens.iter().map(|t| t.id.as_str().to_owned()).collect());
        let reports: Vec<(String, &UsageReport)> = cached
            .iter()
            .filter(|(id, _)| listed.as_ref().is_none_or(|l| l.contains(*id)))
            .map(|(id, c)| (id.clone(), &c.report))
            .collect();
        let mut hints = self.hints_of(&profile_id, &reports)?;
        hints.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| a.id.cmp(&b.id)));
        Ok(UsageHintsView { available, hints })
    }

    /// Shows each hint that counts in the badge and was not notified yet through `show`
    /// (`true` when the desktop took it), and records the shown ones, so each anomaly is
    /// notified once. Returns how many were shown.
    ///
    /// Errors: `NoActiveProfile`, `Store`.
    pub fn usage_notify(&self, mut show: impl FnMut(&UsageHint) -> bool) -> Result<usize> {
        let profile_id = self.active_profile_id()?;
        if !self.settings().notify_expiry {
            return Ok(0);
        }
        let hints = self.usage_hints()?.hints;
        let _gate = self
            .notify_gate
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let sent = self.store().usage_hints_sent(&profile_id)?;
        let shown: Vec<String> = hints
            .iter()
            .filter(|h| h.kind.counts_in_badge() && !sent.contains(&h.id))
            .filter(|h| show(h))
            .map(|h| h.id.clone())
            .collect();
        self.store()
            .record_usage_hints_sent(&profile_id, &shown, Utc::now())?;
        Ok(shown.len())
    }

    /// How many hints count in the badge.
    ///
    /// Errors: `NoActiveProfile`, `Store`.
    pub fn usage_badge(&self) -> Result<u32> {
        let count = self
            .usage_hints()?
            .hints
            .iter()
            .filter(|h| h.kind.counts_in_badge())
            .count();
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }

    /// The hints of some reports, with what the rules need from the list cache (names,
    /// creation dates), the rotations (retiring keys) and the settings.
    pub(super) fn hints_of(
        &self,
        profile_id: &str,
        reports: &[(String, &UsageReport)],
    ) -> Result<Vec<UsageHint>> {
        let now = self.clock.now();
        let recent = Duration::hours(i64::from(self.settings().recent_use_hours));
        let listed: HashMap<String, (Option<String>, Option<DateTime<Utc>>)> = self
            .store()
            .load_list_cache(profile_id)?
            .map(|l| {
                l.tokens
                    .into_iter()
                    .map(|t| (t.id.as_str().to_owned(), (t.name, t.created_at)))
                    .collect()
            })
            .unwrap_or_default();
        let retiring: HashMap<String, String> = self
            .rotations()?
            .into_iter()
            .filter(|r| r.state == RotationState::Retiring)
            .map(|r| (r.old_token_id, r.id))
            .collect();
        let mut hints = Vec::new();
        for (id, report) in reports {
            let (name, created_at) = listed.get(id).cloned().unwrap_or((None, None));
            let input = HintInput {
                token_id: id,
                token_name: name.as_deref(),
                created_at,
                report,
                retiring_in: retiring.get(id).map(String::as_str),
                recent,
            };
            hints.extend(hints_for(&input, now));
        }
        Ok(hints)
    }
}
