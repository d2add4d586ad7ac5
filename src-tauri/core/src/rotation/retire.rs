//! Retiring the old token: the last safety check, the delete, and checking the new key.

use super::CrashPoint;
use super::engine::{Advanced, Engine, Flow};
use super::error::{Result, RotationError};
use super::journal::{self, Phase, Rotation, RotationState};
use crate::api::{DeleteOutcome, KeyCheck};
use crate::secret::Secret;

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
        if r.state == RotationState::Retiring && !self.replacement_key_safe(&mut r).await? {
            return Ok(Flow::Stop);
        }
        let old = r.old_token_id.clone();
        r.state = RotationState::Deleting;
        self.save(&mut r, "deleteOld", Phase::Intent, &format!("token {old}"))?;
        self.crash(CrashPoint::AfterDeleteIntent)?;
        match self.client.delete_token(self.session, &old).await {
            Ok(outcome) => {
                self.crash(CrashPoint::AfterDeleteResponse)?;
                let _ = self.vault.forget_key(self.profile_id, &old).await;
                let _ = self.db().forget_local_token(self.profile_id, &old);
                r.state = RotationState::Done;
                let detail = if outcome == DeleteOutcome::AlreadyGone {
                    "the old token was already gone"
                } else {
                    "the old token was deleted"
                };
                self.save(&mut r, "deleteOld", Phase::Done, detail)?;
                Ok(Flow::Stop)
            }
            Err(error) => {
                self.save(&mut r, "deleteOld", Phase::Failed, &error.to_string())?;
                Err(error.into())
            }
        }
    }

    /// The last check before a delete: the replacement exists and its key is in the vault,
    /// or the user acknowledged that it could not be stored.
    async fn replacement_key_safe(&self, r: &mut Rotation) -> Result<bool> {
        let acknowledged = journal::events(&self.db(), &r.id)?
            .iter()
            .any(|e| e.step == "ackVaultFailure" && e.phase == Phase::Done);
        let Some(new_id) = r.new_token_id.clone() else {
            return Ok(false);
        };
        if acknowledged || self.key_in_vault(&new_id).await? {
            return Ok(true);
        }
        r.state = RotationState::NeedsAttention;
        r.note = Some("The replacement's key is no longer in the vault, so the old token was kept. Delete the replacement and create a new one.".to_owned());
        self.save(
            r,
            "deleteOld",
            Phase::Failed,
            "the replacement's key is not in the vault",
        )?;
        Ok(false)
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
        self.save(&mut r, "verify", Phase::Intent, &format!("token {new_id}"))?;
        let check = self.client.check_key(&key, &r.token_type).await?;
        let phase = if check == KeyCheck::Valid {
            Phase::Done
        } else {
            Phase::Failed
        };
        self.save(&mut r, "verify", phase, &format!("{check:?}"))?;
        Ok(check)
    }
}
