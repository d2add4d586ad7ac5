//! Rotations for the active profile: plan, advance, verify, complete, cancel and resume,
//! over the rotation engine with the workspace's session, vault, store and clock.
//!
//! Must not: show a new key before it was offered to the vault, keep a key anywhere but the
//! vault and the reveal slot, or let a failed audit append undo a step.

use serde::Serialize;

use super::reveal::Reveal;
use super::views::RevealedKey;
use super::{Result, Workspace, WorkspaceError};
use crate::api::{ApiClient, ApiError};
use crate::audit::{AuditAction, AuditOutcome};
use crate::keycheck::{CheckedKey, KeyCheckView, VaultMatch};
use crate::rotation::{
    CancelReport, Engine, Phase, RotationError, RotationPlan, RotationState, RotationView, journal,
};
use crate::secret::Secret;

/// The reply of `rotation_advance` (and of the steps that may create a replacement).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RotationAdvanceView {
    pub rotation: RotationView,
    /// The new key, once, for the reveal dialog (already in the vault unless the state is
    /// `vaultFailed`). "Copy" works from the same reveal slot as after a create.
    pub key: Option<RevealedKey>,
}

/// The reply of `rotations_list`: the rotations and the app's "now", so the window decides
/// what is due by the same clock as the engine.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RotationsView {
    pub now: chrono::DateTime<chrono::Utc>,
    pub rotations: Vec<RotationView>,
}

/// The reply of `rotation_verify`: the rotation after the check, and what the check found
/// (always `outcome: "checked"`).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RotationVerifyView {
    pub rotation: RotationView,
    pub check: KeyCheckView,
}

impl Workspace {
    pub(super) fn engine<'a>(
        &'a self,
        profile_id: &'a str,
        session: &'a Secret,
        client: &'a ApiClient,
    ) -> Engine<'a> {
        Engine::new(
            &self.store,
            &self.vault,
            client,
            session,
            self.clock.as_ref(),
            profile_id,
        )
        .with_crash_hook(self.crash_hook.clone())
    }

    /// Writes the engine's journal lines to the audit log and signs out on a 401.
    pub(super) fn settle<T>(
        &self,
        profile_id: &str,
        engine: &Engine<'_>,
        result: std::result::Result<T, RotationError>,
    ) -> Result<T> {
        for (r, event) in engine.take_log() {
            let outcome = if event.phase == Phase::Failed {
                AuditOutcome::Failure
            } else {
                AuditOutcome::Success
            };
            self.record_message(
                profile_id,
                AuditAction::RotationStep,
                outcome,
                Some((&r.old_token_id, Some(&r.old_name))),
                crate::rotation::journal_audit_message(
                    &event.step,
                    event.phase,
                    event.detail.as_ref(),
                ),
                &[],
            );
        }
        match result {
            Err(RotationError::Api(error @ ApiError::Unauthorized { .. })) => {
                self.expire_on_401(profile_id, Err(error))
            }
            other => Ok(other?),
        }
    }

    pub(super) fn rotation_view(&self, engine: &Engine<'_>, id: &str) -> Result<RotationView> {
        let r = engine.rotation(id)?;
        Ok(engine.view(&r)?)
    }

    /// Plans a rotation of each token (by id, from a fresh list). One token uses the plan's
    /// name; several get their default names. Nothing is created yet.
    ///
    /// Errors: `NotSignedIn`, `Api`, `Rotation` (`Name`/`Invalid`, unknown token id).
    pub async fn rotation_plan(
        &self,
        token_ids: &[String],
        plan: &RotationPlan,
    ) -> Result<Vec<RotationView>> {
        let _gate = self.rotation_gate.lock().await;
        let (profile_id, session, client) = self.signed_in()?;
        let tokens = self.expire_on_401(&profile_id, client.list_tokens(&session).await)?;
        let olds = token_ids
            .iter()
            .map(|id| {
                tokens
                    .iter()
                    .find(|t| t.id.as_str() == id)
                    .cloned()
                    .ok_or_else(|| WorkspaceError::from(RotationError::NotFound))
            })
            .collect::<Result<Vec<_>>>()?;
        let engine = self.engine(&profile_id, &session, &client);
        let planned = match olds.as_slice() {
            [one] => engine.plan(one, plan).map(|r| vec![r]),
            many => engine.plan_many(many, plan),
        };
        let planned = self.settle(&profile_id, &engine, planned)?;
        planned.iter().map(|r| Ok(engine.view(r)?)).collect()
    }

    /// Moves a rotation forward as far as it goes without the user. A new key goes to the
    /// vault first, then to the reveal slot, then into the reply.
    ///
    /// Errors: `NotSignedIn`, `Rotation` (the journal keeps the state; try again).
    pub async fn rotation_advance(&self, id: &str) -> Result<RotationAdvanceView> {
        let _gate = self.rotation_gate.lock().await;
        let (profile_id, session, client) = self.signed_in()?;
        let engine = self.engine(&profile_id, &session, &client);
        let result = engine.advance(id).await;
        let advanced = self.settle(&profile_id, &engine, result)?;
        let key = match (advanced.new_key, &advanced.rotation.new_token_id) {
            (Some(key), Some(token_id)) => {
                self.reveal_slot().hold(Reveal {
                    profile_id: profile_id.clone(),
                    token_id: token_id.clone(),
                    key: key.clone(),
                    safe: advanced.rotation.state != RotationState::VaultFailed,
                    rotation_id: Some(advanced.rotation.id.clone()),
                });
                self.record(
                    &profile_id,
                    AuditAction::Reveal,
                    AuditOutcome::Success,
                    Some((token_id, Some(&advanced.rotation.new_name))),
                    "",
                    &[],
                );
                Some(RevealedKey::new(key))
            }
            _ => None,
        };
        Ok(RotationAdvanceView {
            rotation: engine.view(&advanced.rotation)?,
            key,
        })
    }

    /// Every rotation of the active profile, newest first (works offline).
    ///
    /// Errors: `NoActiveProfile`, `Store`.
    pub fn rotations(&self) -> Result<Vec<RotationView>> {
        let profile_id = self.active_profile_id()?;
        let store = self.store();
        journal::list(&store, &profile_id)?
            .iter()
            .map(|r| {
                Ok(RotationView::new(r, journal::events(&store, &r.id)?)
                    .with_hold(&store, self.clock.now())?)
            })
            .collect()
    }

    /// Every rotation of the active profile with the app's "now" (works offline).
    ///
    /// Errors: `NoActiveProfile`, `Store`.
    pub fn rotations_view(&self) -> Result<RotationsView> {
        Ok(RotationsView {
            now: self.clock.now(),
            rotations: self.rotations()?,
        })
    }

    /// Checks the new key against Scriptix (from the reveal slot or the vault). Deletes nothing.
    ///
    /// Errors: `NotSignedIn`, `KeyNotHeld`, `Rotation`.
    pub async fn rotation_verify(&self, id: &str) -> Result<RotationVerifyView> {
        let _gate = self.rotation_gate.lock().await;
        let (profile_id, session, client) = self.signed_in()?;
        let engine = self.engine(&profile_id, &session, &client);
        let r = engine.rotation(id)?;
        let new_id = r.new_token_id.clone().ok_or(WorkspaceError::KeyNotHeld)?;
        let key = self.held_key(&profile_id, &new_id).await?;
        // The engine's client is the session's; the new key must come from that server too.
        self.client_for_key(&profile_id, &new_id)?;
        let result = engine.verify(id, Some(&key)).await;
        let check = self.settle(&profile_id, &engine, result)?;
        let held = VaultMatch {
            token_id: new_id.as_str().to_owned(),
            name: Some(r.new_name.clone()),
        };
        let checked = CheckedKey::new(&check, &r.token_type, &key, Some(held), vec![]);
        self.record_check(
            &profile_id,
            &checked,
            "rotation's new key",
            Some((new_id, Some(r.new_name.clone()))),
            &key,
        );
        Ok(RotationVerifyView {
            rotation: self.rotation_view(&engine, id)?,
            check: KeyCheckView::Checked(checked),
        })
    }

    /// Deletes the old token now (the user confirmed, or the grace period ended with
    /// auto-delete), unless the old key is still in use: one used within the
    /// `recentUseHours` setting (asked fresh from Scriptix) is kept, the rotation stays
    /// `retiring` with `inUse` set and is looked at again a day later (until then this
    /// returns the held rotation without asking). Only [`Workspace::rotation_delete_anyway`]
    /// deletes a key in use.
    ///
    /// Errors: `NotSignedIn`, `Rotation` (`WrongState`, `Api`).
    pub async fn rotation_complete(&self, id: &str) -> Result<RotationView> {
        if let Some(held) = self.hold_if_in_use(id).await? {
            return Ok(held);
        }
        self.rotation_complete_now(id).await
    }

    /// Deletes the old token although it is still in use (the user chose "Delete anyway").
    ///
    /// Errors: as [`Workspace::rotation_complete`].
    pub async fn rotation_delete_anyway(&self, id: &str) -> Result<RotationView> {
        self.rotation_complete_now(id).await
    }

    /// "Wait another day": the old token is kept and usage is looked at again a day later.
    ///
    /// Errors: `NoActiveProfile`, `Store`, `Rotation` (`WrongState` unless `retiring`).
    pub fn rotation_wait_day(&self, id: &str) -> Result<RotationView> {
        let view = self.held_view(id)?;
        let now = self.clock.now();
        let hold = self.store().rotation_hold(id)?;
        let hold = crate::store::RotationHold {
            recheck_at: now + chrono::Duration::days(1),
            last_used_at: hold.as_ref().map_or(now, |h| h.last_used_at),
            last_ip: hold.and_then(|h| h.last_ip),
        };
        self.store().set_rotation_hold(&view.id, Some(&hold))?;
        self.held_view(id)
    }

    /// The rotation `id` of the active profile, which must be `retiring`.
    fn held_view(&self, id: &str) -> Result<RotationView> {
        let view = self
            .rotations()?
            .into_iter()
            .find(|r| r.id == id)
            .ok_or_else(|| WorkspaceError::Rotation(RotationError::NotFound))?;
        if view.state != crate::rotation::RotationState::Retiring {
            return Err(WorkspaceError::Rotation(RotationError::WrongState {
                state: view.state.as_str(),
                action: "wait for the old key to go quiet",
            }));
        }
        Ok(view)
    }

    /// `Some(view)` when the old token of a retiring rotation is still in use (held now, or
    /// held earlier and not due for a recheck); `None` when it may be deleted.
    pub(super) async fn hold_if_in_use(&self, id: &str) -> Result<Option<RotationView>> {
        let Ok(view) = self.held_view(id) else {
            // Not retiring (deleting after a crash, …): the engine decides as before.
            return Ok(None);
        };
        let now = self.clock.now();
        if self
            .store()
            .rotation_hold(id)?
            .is_some_and(|h| now < h.recheck_at)
        {
            return Ok(Some(view));
        }
        let old = view.old_token_id.clone();
        let preflight = self.delete_preflight(vec![old]).await?;
        let Some(token) = preflight.tokens.into_iter().next().filter(|t| t.recent) else {
            self.store().set_rotation_hold(id, None)?;
            return Ok(None);
        };
        let hold = crate::store::RotationHold {
            recheck_at: now + chrono::Duration::days(1),
            last_used_at: token.last_used_at.unwrap_or(now),
            last_ip: token.last_ip,
        };
        self.store().set_rotation_hold(id, Some(&hold))?;
        Ok(Some(self.held_view(id)?))
    }

    async fn rotation_complete_now(&self, id: &str) -> Result<RotationView> {
        let _gate = self.rotation_gate.lock().await;
        let (profile_id, session, client) = self.signed_in()?;
        let engine = self.engine(&profile_id, &session, &client);
        let result = engine.complete(id).await;
        let done = self.settle(&profile_id, &engine, result)?;
        self.store().set_rotation_hold(id, None)?;
        self.remove_from_cache(
            &profile_id,
            &[done.rotation.old_token_id.as_str().to_owned()].into(),
        );
        Ok(engine.view(&done.rotation)?)
    }

    /// The user saved the key the vault refused; the rotation may delete the old token. An
    /// emergency rotation goes on to delete it right away, as it would have after a vault
    /// write.
    ///
    /// Errors: `NotSignedIn`, `Rotation` (`WrongState`).
    pub async fn rotation_acknowledge_vault_failure(&self, id: &str) -> Result<RotationView> {
        let _gate = self.rotation_gate.lock().await;
        let (profile_id, session, client) = self.signed_in()?;
        let engine = self.engine(&profile_id, &session, &client);
        let result = engine.acknowledge_vault_failure(id);
        let r = self.settle(&profile_id, &engine, result)?;
        self.reveal_slot().settle_rotation(id);
        if !r.emergency {
            return Ok(engine.view(&r)?);
        }
        let result = engine.advance(id).await;
        let advanced = self.settle(&profile_id, &engine, result)?;
        if advanced.rotation.state == RotationState::Done {
            self.remove_from_cache(
                &profile_id,
                &[advanced.rotation.old_token_id.as_str().to_owned()].into(),
            );
        }
        Ok(engine.view(&advanced.rotation)?)
    }

    /// Deletes a replacement whose key was lost and creates a new one.
    ///
    /// Errors: `NotSignedIn`, `Rotation`.
    pub async fn rotation_retry(&self, id: &str) -> Result<RotationAdvanceView> {
        {
            let _gate = self.rotation_gate.lock().await;
            let (profile_id, session, client) = self.signed_in()?;
            let engine = self.engine(&profile_id, &session, &client);
            // Delete the unusable replacement, then let advance create (and reveal) anew.
            let result = engine.retry_after_lost_key_without_advance(id).await;
            self.settle(&profile_id, &engine, result)?;
            self.reveal_slot().release_rotation(id);
        }
        self.rotation_advance(id).await
    }

    /// Stops a rotation and says what exists on Scriptix.
    ///
    /// Errors: `NotSignedIn`, `Rotation` (`WrongState`).
    pub async fn rotation_cancel(&self, id: &str) -> Result<CancelReport> {
        let _gate = self.rotation_gate.lock().await;
        let (profile_id, session, client) = self.signed_in()?;
        let engine = self.engine(&profile_id, &session, &client);
        let result = engine.cancel(id).await;
        let report = self.settle(&profile_id, &engine, result)?;
        self.reveal_slot().release_rotation(id);
        Ok(report)
    }

    /// After a cancel: delete the replacement (and its key here) or keep it.
    ///
    /// Errors: `NotSignedIn`, `Rotation`.
    pub async fn rotation_cleanup(
        &self,
        id: &str,
        delete_replacement: bool,
    ) -> Result<RotationView> {
        let _gate = self.rotation_gate.lock().await;
        let (profile_id, session, client) = self.signed_in()?;
        let engine = self.engine(&profile_id, &session, &client);
        let result = engine.cleanup_after_cancel(id, delete_replacement).await;
        let r = self.settle(&profile_id, &engine, result)?;
        Ok(engine.view(&r)?)
    }
}
