//! Retiring the old token: the last safety check, the delete, and checking the new key.

use super::CrashPoint;
use super::engine::{Advanced, Engine, Flow};
use super::error::{Result, RotationError};
use super::journal::{self, Phase, Rotation, RotationState};
use super::journal_detail::{self as detail, Detail};
use crate::api::{DeleteOutcome, KeyCheck};
use crate::i18n::Coded;
use crate::secret::Secret;

/// Why the old token was kept: the replacement's key is not on this device any more.
pub(super) const REPLACEMENT_KEY_MISSING: &str = "The old token was kept because the replacement's key is no longer in the vault. Delete the replacement and create a new one.";
/// Why the old token was kept: the replacement was deleted on Scriptix.
pub(super) const REPLACEMENT_GONE: &str = "The old token was kept because its replacement no longer exists on Scriptix. Create a new replacement; the old token keeps working meanwhile.";
/// Why the old token was kept: Scriptix no longer accepts the replacement's key.
pub(super) const REPLACEMENT_KEY_REFUSED: &str = "The old token was kept because Scriptix no longer accepts the replacement's key. Create a new replacement; the old token keeps working meanwhile.";

impl Engine<'_> {
    /// Deletes the old token now (the user said so, or the grace ended with auto-delete).
    ///
    /// Errors: `WrongState` unless `retiring`/`deleting`; `Api` (state stays `deleting`).
    pub async fn complete(&self, id: &str) -> Result<Advanced> {
        let r = self.rotation(id)?;
        if !matches!(r.state, RotationState::Retiring | RotationState::Deleting) {
            return Err(RotationError::WrongState {
                state: r.state.as_str(),
                action: "delete the old token",
            });
        }
        self.delete_old(r).await?;
        Ok(Advanced {
            rotation: self.rotation(id)?,
            new_key: None,
        })
    }

    pub(super) async fn delete_old(&self, mut r: Rotation) -> Result<Flow> {
        if r.state == RotationState::Retiring && !self.replacement_alive(&mut r).await? {
            return Ok(Flow::Stop);
        }
        let old = r.old_token_id.clone();
        r.state = RotationState::Deleting;
        self.save(
            &mut r,
            "deleteOld",
            Phase::Intent,
            detail::token("rotation-journal-token", &old),
        )?;
        self.crash(CrashPoint::AfterDeleteIntent)?;
        match self.client.delete_token(self.session, &old).await {
            Ok(outcome) => {
                self.crash(CrashPoint::AfterDeleteResponse)?;
                let _ = self.vault.forget_key(self.profile_id, &old).await;
                let _ = self.db().forget_local_token(self.profile_id, &old);
                r.state = RotationState::Done;
                let detail = if outcome == DeleteOutcome::AlreadyGone {
                    detail::fixed("rotation-journal-old-already-gone")
                } else {
                    detail::fixed("rotation-journal-old-deleted")
                };
                self.save(&mut r, "deleteOld", Phase::Done, detail)?;
                Ok(Flow::Stop)
            }
            Err(error) => {
                self.save(
                    &mut r,
                    "deleteOld",
                    Phase::Failed,
                    detail::coded(&error.coded()),
                )?;
                Err(error.into())
            }
        }
    }

    /// The last check before a delete, on this device and on Scriptix: the replacement's key
    /// is in the vault (or the user acknowledged that it could not be stored), the replacement
    /// is still in the token list, and its stored key still works. `false` (and the rotation
    /// needs the user) when one of them is not so; an error, changing nothing, when Scriptix
    /// could not tell (the delete is tried again later).
    async fn replacement_alive(&self, r: &mut Rotation) -> Result<bool> {
        let acknowledged = journal::events(&self.db(), &r.id)?
            .iter()
            .any(|e| e.step == "ackVaultFailure" && e.phase == Phase::Done);
        let Some(new_id) = r.new_token_id.clone() else {
            return Ok(false);
        };
        let key = match self.vault.key(self.profile_id, &new_id).await {
            Ok(key) => key,
            // The user saved the key the vault refused; a vault that still refuses only
            // means this device cannot check the key, not that it is unsafe.
            Err(_) if acknowledged => None,
            Err(error) => return Err(error.into()),
        };
        if key.is_none() && !acknowledged {
            self.keep_old(
                r,
                REPLACEMENT_KEY_MISSING,
                detail::fixed("rotation-journal-key-not-in-vault"),
            )?;
            return Ok(false);
        }
        let tokens = match self.client.list_tokens(self.session).await {
            Ok(tokens) => tokens,
            Err(error) => return Err(self.unconfirmed(r, error.coded())?),
        };
        if !tokens.iter().any(|t| t.id == new_id) {
            self.keep_old(
                r,
                REPLACEMENT_GONE,
                detail::fixed("rotation-journal-replacement-gone"),
            )?;
            return Ok(false);
        }
        let Some(key) = key else {
            // Acknowledged: the user holds the key elsewhere; this device cannot check it.
            return Ok(true);
        };
        let check = self.client.check_key(&key, &r.token_type).await?;
        match check {
            // 403: the key authenticates; it may only not call the check route.
            KeyCheck::Valid | KeyCheck::Forbidden => Ok(true),
            KeyCheck::Revoked { .. } | KeyCheck::Invalid { .. } => {
                self.keep_old(
                    r,
                    REPLACEMENT_KEY_REFUSED,
                    detail::fixed("rotation-journal-key-refused"),
                )?;
                Ok(false)
            }
            KeyCheck::RateLimited { .. } => {
                Err(self.unconfirmed(r, Coded::new("rotation-journal-rate-limited"))?)
            }
            KeyCheck::Unreachable { coded, .. } => Err(self.unconfirmed(r, coded)?),
        }
    }

    /// The old token stays: the rotation waits for the user, who reads `note`.
    fn keep_old(&self, r: &mut Rotation, note: &str, detail: Detail) -> Result<()> {
        r.state = RotationState::NeedsAttention;
        r.note = Some(super::coded_note(note));
        self.save(r, "confirmReplacement", Phase::Failed, detail)
    }

    /// Scriptix could not say whether the replacement works: journal it, keep the state.
    fn unconfirmed(&self, r: &mut Rotation, reason: Coded) -> Result<RotationError> {
        self.save(
            r,
            "confirmReplacement",
            Phase::Failed,
            detail::coded(&reason),
        )?;
        Ok(RotationError::Unconfirmed { reason })
    }

    /// Checks the replacement's key against Scriptix and journals the result. Deletes nothing.
    ///
    /// Errors: `WrongState` without a replacement, `Vault`, `Store`.
    pub async fn verify(&self, id: &str, held: Option<&Secret>) -> Result<KeyCheck> {
        let mut r = self.rotation(id)?;
        let Some(new_id) = r.new_token_id.clone() else {
            return Err(RotationError::WrongState {
                state: r.state.as_str(),
                action: "check the new key",
            });
        };
        let key = match held {
            Some(key) => Some(key.clone()),
            None => self.vault.key(self.profile_id, &new_id).await?,
        };
        let Some(key) = key else {
            return Err(RotationError::WrongState {
                state: r.state.as_str(),
                action: "check a key this device does not hold",
            });
        };
        self.save(
            &mut r,
            "verify",
            Phase::Intent,
            detail::token("rotation-journal-token", &new_id),
        )?;
        let check = self.client.check_key(&key, &r.token_type).await?;
        let phase = if check == KeyCheck::Valid {
            Phase::Done
        } else {
            Phase::Failed
        };
        self.save(&mut r, "verify", phase, detail::check(&check))?;
        Ok(check)
    }
}
