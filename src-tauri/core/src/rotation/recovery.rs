//! Finding out what happened after a crash or a lost answer, and the user's ways out:
//! acknowledge a vault failure, replace a replacement whose key was lost, cancel, clean up.

use std::collections::HashSet;

use chrono::Duration;

use super::KEY_LOST;
use super::engine::{Advanced, Engine, Flow};
use super::error::{Result, RotationError};
use super::journal::{self, Phase, Rotation, RotationState};
use super::journal_detail as detail;
use super::view::{CancelReport, ReplacementView};
use crate::i18n::Coded;
use crate::model::{RemoteToken, TokenId};

/// Tolerance between this device's clock and Scriptix's when matching a replacement.
const CLOCK_SKEW: Duration = Duration::minutes(10);

impl Engine<'_> {
    /// The tokens that can only be this rotation's replacement: its exact name, not the old
    /// token, not another rotation's replacement, created after the last create intent.
    async fn candidates(&self, r: &Rotation) -> Result<Vec<RemoteToken>> {
        let tokens = self.client.list_tokens(self.session).await?;
        let taken: HashSet<TokenId> = self
            .rotations()?
            .into_iter()
            .filter(|o| o.id != r.id)
            .filter_map(|o| o.new_token_id)
            .collect();
        let intent_at = journal::events(&self.db(), &r.id)?
            .into_iter()
            .filter(|e| e.step == "create" && e.phase == Phase::Intent)
            .map(|e| e.at)
            .max()
            .unwrap_or(r.created_at);
        Ok(tokens
            .into_iter()
            .filter(|t| {
                let named = t.name.as_deref().map(str::trim) == Some(r.new_name.as_str());
                let recent = t.created_at.is_none_or(|at| at >= intent_at - CLOCK_SKEW);
                let ours = r.new_token_id.as_ref() == Some(&t.id);
                ours || (named && recent && t.id != r.old_token_id && !taken.contains(&t.id))
            })
            .collect())
    }

    /// `creating`: the create may or may not have happened. Look before acting.
    pub(super) async fn reconcile(&self, mut r: Rotation) -> Result<Flow> {
        let found = self.candidates(&r).await?;
        if found.is_empty() {
            r.state = RotationState::Planned;
            r.new_token_id = None;
            self.save(
                &mut r,
                "reconcile",
                Phase::Done,
                detail::fixed("rotation-journal-never-created"),
            )?;
            return Ok(Flow::Continue);
        }
        for token in &found {
            if self.key_in_vault(&token.id).await? {
                r.new_token_id = Some(token.id.clone());
                let detail = detail::token("rotation-journal-found-after-restart", &token.id);
                self.key_is_safe(&mut r, detail)?;
                return Ok(Flow::Continue);
            }
        }
        r.new_token_id = found.first().map(|t| t.id.clone());
        r.state = RotationState::NeedsAttention;
        r.note = Some(super::coded_note(KEY_LOST));
        let detail = detail::coded(
            &Coded::new("rotation-journal-found-without-key").arg("count", found.len()),
        );
        self.save(&mut r, "reconcile", Phase::Failed, detail)?;
        Ok(Flow::Stop)
    }

    /// `vaultFailed`, looked at again: when the vault holds the key after all (a write
    /// that timed out and landed later), the key is safe and the rotation goes on. Else,
    /// when this process no longer holds the key (`held` false: the app stopped while the
    /// key was only in memory), the key is lost and the rotation needs the user ("Replace
    /// it"; the old token keeps working). A vault that cannot be read counts as "not
    /// there". Other states are returned as they are.
    ///
    /// Errors: `NotFound`, `Store`.
    pub async fn recheck_vault_failure(&self, id: &str, held: bool) -> Result<Rotation> {
        let mut r = self.rotation(id)?;
        let Some(new_id) = r.new_token_id.clone() else {
            return Ok(r);
        };
        if r.state != RotationState::VaultFailed {
            return Ok(r);
        }
        if self.key_in_vault(&new_id).await.unwrap_or(false) {
            let detail = detail::token("rotation-journal-vault-took-key", &new_id);
            self.key_is_safe(&mut r, detail)?;
        } else if !held {
            r.state = RotationState::NeedsAttention;
            r.note = Some(super::coded_note(KEY_LOST));
            self.save(
                &mut r,
                "storeKey",
                Phase::Failed,
                detail::fixed("rotation-journal-key-only-in-memory"),
            )?;
        }
        Ok(r)
    }

    /// The user copied or exported the key the vault refused: the rotation may go on.
    ///
    /// Errors: `WrongState` unless `vaultFailed`; `Store`.
    pub fn acknowledge_vault_failure(&self, id: &str) -> Result<Rotation> {
        let mut r = self.rotation(id)?;
        if r.state != RotationState::VaultFailed {
            return Err(RotationError::WrongState {
                state: r.state.as_str(),
                action: "acknowledge a vault failure",
            });
        }
        self.save(
            &mut r,
            "ackVaultFailure",
            Phase::Done,
            detail::fixed("rotation-journal-user-saved-key"),
        )?;
        self.key_is_safe(&mut r, detail::fixed("rotation-journal-acknowledged"))?;
        Ok(r)
    }

    /// Deletes the replacement whose key was lost (or not kept), then creates a new one.
    ///
    /// Errors: `WrongState` unless `needsAttention`/`vaultFailed`; `Api`, `Store`.
    pub async fn retry_after_lost_key(&self, id: &str) -> Result<Advanced> {
        self.retry_after_lost_key_without_advance(id).await?;
        self.advance(id).await
    }

    /// The first half of [`Engine::retry_after_lost_key`]: deletes the replacement and puts
    /// the rotation back to `planned` (the caller advances, to reveal the new key).
    ///
    /// Errors: as [`Engine::retry_after_lost_key`].
    pub async fn retry_after_lost_key_without_advance(&self, id: &str) -> Result<Rotation> {
        let mut r = self.rotation(id)?;
        if !matches!(
            r.state,
            RotationState::NeedsAttention | RotationState::VaultFailed
        ) {
            return Err(RotationError::WrongState {
                state: r.state.as_str(),
                action: "replace the replacement",
            });
        }
        if let Some(new_id) = r.new_token_id.clone() {
            self.delete_replacement(&mut r, &new_id).await?;
        }
        r.new_token_id = None;
        r.state = RotationState::Planned;
        r.note = None;
        self.save(&mut r, "retry", Phase::Done, None)?;
        Ok(r)
    }

    async fn delete_replacement(&self, r: &mut Rotation, new_id: &TokenId) -> Result<()> {
        self.save(
            r,
            "deleteReplacement",
            Phase::Intent,
            detail::token("rotation-journal-token", new_id),
        )?;
        if let Err(error) = self.client.delete_token(self.session, new_id).await {
            self.save(
                r,
                "deleteReplacement",
                Phase::Failed,
                detail::coded(&error.coded()),
            )?;
            return Err(error.into());
        }
        let _ = self.vault.forget_key(self.profile_id, new_id).await;
        let _ = self.db().forget_local_token(self.profile_id, new_id);
        self.save(
            r,
            "deleteReplacement",
            Phase::Done,
            detail::token("rotation-journal-token", new_id),
        )
    }

    /// Stops a rotation and reports what exists on Scriptix. Works offline (the report
    /// then says the server could not be asked).
    ///
    /// Errors: `WrongState` for a finished rotation; `Store`, `Vault`.
    pub async fn cancel(&self, id: &str) -> Result<CancelReport> {
        let mut r = self.rotation(id)?;
        if r.state.is_final() {
            return Err(RotationError::WrongState {
                state: r.state.as_str(),
                action: "be cancelled",
            });
        }
        let looked = self.candidates(&r).await.ok();
        if r.new_token_id.is_none() {
            r.new_token_id = looked
                .as_ref()
                .and_then(|f| f.first())
                .map(|t| t.id.clone());
        }
        let old_active = match self.client.list_tokens(self.session).await {
            Ok(all) => Some(all.iter().any(|t| t.id == r.old_token_id)),
            Err(_) => None,
        };
        r.state = RotationState::Cancelled;
        self.save(&mut r, "cancel", Phase::Done, None)?;
        self.report(&r, old_active, looked.is_some()).await
    }

    async fn report(
        &self,
        r: &Rotation,
        old_active: Option<bool>,
        checked: bool,
    ) -> Result<CancelReport> {
        let replacement = match &r.new_token_id {
            Some(id) => Some(ReplacementView {
                token_id: id.as_str().to_owned(),
                name: r.new_name.clone(),
                key_in_vault: self.key_in_vault(id).await?,
            }),
            None => None,
        };
        let message_coded = cancel_message(replacement.as_ref(), checked, old_active);
        Ok(CancelReport {
            rotation: self.view(r)?,
            can_delete_replacement: replacement.is_some(),
            replacement,
            old_token_active: old_active,
            message: message_coded.to_string(),
            message_coded,
        })
    }

    /// After a cancel: deletes the replacement (and this device's copy of its key), or
    /// keeps it.
    ///
    /// Errors: `WrongState` unless `cancelled`; `Api`, `Store`.
    pub async fn cleanup_after_cancel(
        &self,
        id: &str,
        delete_replacement: bool,
    ) -> Result<Rotation> {
        let mut r = self.rotation(id)?;
        if r.state != RotationState::Cancelled {
            return Err(RotationError::WrongState {
                state: r.state.as_str(),
                action: "be cleaned up",
            });
        }
        match (delete_replacement, r.new_token_id.clone()) {
            (true, Some(new_id)) => {
                self.delete_replacement(&mut r, &new_id).await?;
                r.new_token_id = None;
                self.save(
                    &mut r,
                    "cleanup",
                    Phase::Done,
                    detail::fixed("rotation-journal-replacement-deleted"),
                )?;
            }
            _ => self.save(
                &mut r,
                "cleanup",
                Phase::Done,
                detail::fixed("rotation-journal-replacement-kept"),
            )?,
        }
        Ok(r)
    }
}
/// What the cancel dialog says: what became of the replacement, then of the old token.
fn cancel_message(
    replacement: Option<&ReplacementView>,
    checked: bool,
    old_active: Option<bool>,
) -> Coded {
    let replaced = match (replacement, checked) {
        (Some(rep), _) if rep.key_in_vault => {
            Coded::new("rotation-cancelled-replacement-in-vault").arg("name", rep.name.as_str())
        }
        (Some(rep), _) => {
            Coded::new("rotation-cancelled-replacement-not-held").arg("name", rep.name.as_str())
        }
        (None, true) => Coded::new("rotation-cancelled-no-replacement"),
        (None, false) => Coded::new("rotation-cancelled-replacement-unknown"),
    };
    let old = match old_active {
        Some(true) => Coded::new("rotation-cancelled-old-active"),
        Some(false) => Coded::new("rotation-cancelled-old-gone"),
        None => return replaced,
    };
    Coded::new("rotation-cancelled-report")
        .arg("replacement", replaced)
        .arg("old", old)
}

#[cfg(test)]
mod cancel_message_tests {
    use super::*;
    use crate::i18n::{Catalogue, Language};

    #[test]
    fn the_cancel_report_keeps_its_english_text_and_reads_in_dutch() {
        let held = ReplacementView {
            token_id: "43".into(),
            name: "Prod 2".into(),
            key_in_vault: true,
        };
        let not_held = ReplacementView {
            key_in_vault: false,
            ..held.clone()
        };
        let cases = [
            (
                cancel_message(Some(&held), true, Some(true)),
                "The replacement \"Prod 2\" exists and its key is in the vault. Keep it, or delete it. The old token is still active.",
            ),
            (
                cancel_message(Some(&not_held), true, Some(false)),
                "The replacement \"Prod 2\" exists but this device does not hold its key. Deleting it is recommended. The old token no longer exists.",
            ),
            (
                cancel_message(None, true, None),
                "No replacement was created.",
            ),
            (
                cancel_message(None, false, Some(true)),
                "Scriptix could not be asked whether a replacement was created; check the token list. The old token is still active.",
            ),
        ];
        let dutch = Catalogue::new(Language::Nl);
        for (coded, english) in &cases {
            assert_eq!(&coded.to_string(), english);
            let nl = dutch.format_coded(coded);
            assert!(!nl.contains('{') && nl != *english, "{nl}");
        }
        assert_eq!(
            dutch.format_coded(&cases[0].0),
            "De vervanger “Prod 2” bestaat en de sleutel staat in de kluis. Houd hem, of verwijder hem. Het oude token is nog actief."
        );
    }
}
