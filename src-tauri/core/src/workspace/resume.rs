//! Resuming rotations at start, and handing their keys to the user: a key the vault
//! refused during a resume is held in the reveal slot for the expiry centre's "Show key";
//! a `vaultFailed` rotation whose key this process no longer holds is reported lost.
//!
//! Must not: drop a key the user has not confirmed saving, or show a key from anywhere but
//! the reveal slot.

use super::reveal::Reveal;
use super::views::RevealedKey;
use super::{Result, RotationAdvanceView, Workspace, WorkspaceError};
use crate::audit::{AuditAction, AuditOutcome};
use crate::rotation::{Engine, RotationError, RotationState, RotationView, journal};

impl Workspace {
    /// The new key of a rotation whose vault write was refused, from memory, for the
    /// expiry centre's "Show key" (the same reveal as the wizard's; works offline).
    ///
    /// Errors: `NoActiveProfile`, `Rotation` (`NotFound`), `KeyNotHeld` when this process
    /// does not hold it (it is then reported lost at the next start).
    pub fn rotation_reveal(&self, id: &str) -> Result<RotationAdvanceView> {
        let profile_id = self.active_profile_id()?;
        let r = journal::get(&self.store(), &profile_id, id)?.ok_or(RotationError::NotFound)?;
        let token_id = r.new_token_id.clone().ok_or(WorkspaceError::KeyNotHeld)?;
        let key = self
            .reveal_slot()
            .key(&profile_id, &token_id)
            .ok_or(WorkspaceError::KeyNotHeld)?;
        self.record(
            &profile_id,
            AuditAction::Reveal,
            AuditOutcome::Success,
            Some((&token_id, Some(&r.new_name))),
            "from the expiry centre",
            &[],
        );
        let view = RotationView::new(&r, journal::events(&self.store(), &r.id)?);
        Ok(RotationAdvanceView {
            rotation: view,
            key: Some(RevealedKey::new(key)),
        })
    }

    /// On start: advances every unfinished rotation as far as it safely goes and returns
    /// the ones that were interrupted mid-step or moved (for a "resumed" banner); a rotation
    /// quietly waiting out its grace period is not in the reply. Rotations resumed by an
    /// earlier call in this run are in the reply again (as they are now), so a window that
    /// re-mounts still tells the user. A key created here that the vault refused is held in
    /// the reveal slot until the user confirms saving it (the expiry centre's "Show key");
    /// a `vaultFailed` rotation whose key this process does not hold (the app stopped) is
    /// reported lost, unless the vault took the key after all.
    ///
    /// Errors: `NotSignedIn`, `Rotation` (`Store`).
    pub async fn resume_rotations(&self) -> Result<Vec<RotationView>> {
        let _gate = self.rotation_gate.lock().await;
        let (profile_id, session, client) = self.signed_in()?;
        let engine = self.engine(&profile_id, &session, &client);
        let before: std::collections::HashMap<String, RotationState> = engine
            .rotations()?
            .into_iter()
            .map(|r| (r.id, r.state))
            .collect();
        let result = self.recheck_vault_failures(&profile_id, &engine).await;
        self.settle(&profile_id, &engine, result)?;
        // A grace period that ended while the old key is still in use holds the rotation
        // (the engine then leaves it retiring until the recheck). When usage cannot be read
        // (the server fails on it), the old token is kept until a later resume can tell;
        // a server without the usage endpoint is "unknown for good" and deletes as before.
        for r in engine.due()? {
            if r.auto_delete
                && !r.emergency
                && let Err(error) = self.hold_if_in_use(&r.id).await
            {
                tracing::info!(%error, "usage could not be checked: the old token is kept for now");
                engine.keep_old_token(&r.id);
            }
        }
        let result = engine.resume_all().await;
        let advanced = self.settle(&profile_id, &engine, result)?;
        for a in advanced {
            if let (Some(key), Some(token_id), RotationState::VaultFailed) =
                (a.new_key, &a.rotation.new_token_id, a.rotation.state)
            {
                self.reveal_slot().hold(Reveal {
                    profile_id: profile_id.clone(),
                    token_id: token_id.clone(),
                    key,
                    safe: false,
                    rotation_id: Some(a.rotation.id.clone()),
                });
            }
        }
        let mut resumed = self
            .resumed
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let ids = resumed.entry(profile_id.clone()).or_default();
        for r in engine.rotations()? {
            let was = before.get(&r.id).copied();
            let interrupted = matches!(
                was,
                Some(RotationState::Planned | RotationState::Creating | RotationState::Deleting)
            );
            if was.is_some() && (was != Some(r.state) || interrupted) && !ids.contains(&r.id) {
                ids.push(r.id.clone());
            }
        }
        ids.iter()
            .map(|id| self.rotation_view(&engine, id))
            .collect()
    }

    /// Looks again at every `vaultFailed` rotation: a late vault write makes its key safe;
    /// a key this process no longer holds is reported lost.
    async fn recheck_vault_failures(
        &self,
        profile_id: &str,
        engine: &Engine<'_>,
    ) -> std::result::Result<(), RotationError> {
        for r in engine.rotations()? {
            let Some(token_id) = r.new_token_id.as_ref() else {
                continue;
            };
            if r.state != RotationState::VaultFailed {
                continue;
            }
            let held = self.reveal_slot().key(profile_id, token_id).is_some();
            let after = engine.recheck_vault_failure(&r.id, held).await?;
            if after.state == RotationState::Retiring {
                self.reveal_slot().settle_rotation(&r.id);
            }
        }
        Ok(())
    }
}
