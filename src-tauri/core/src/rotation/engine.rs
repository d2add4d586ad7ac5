//! The rotation engine: one step at a time, each journaled before and after, each safe to
//! repeat. Never holds the store lock across an `.await`.

use std::sync::{Mutex, MutexGuard, PoisonError};

use super::error::{Result, RotationError};
use super::journal::{self, Phase, Rotation, RotationState, StepEvent};
use super::journal_detail::Detail;
use super::plan::{Grace, RotationPlan};
use super::view::RotationView;
use super::{CrashHook, CrashPoint};
use crate::api::ApiClient;
use crate::clock::Clock;
use crate::i18n::Coded;
use crate::model::{RemoteToken, TokenId};
use crate::secret::Secret;
use crate::store::Store;
use crate::vault::Vault;

/// What an `advance` achieved: the rotation, and the new key if it was created in this call
/// (for the reveal dialog; already in the vault unless the state is `vaultFailed`).
#[derive(Debug)]
pub struct Advanced {
    pub rotation: Rotation,
    pub new_key: Option<Secret>,
}

pub(super) enum Flow {
    Continue,
    Stop,
}

/// Drives the rotations of one profile with one session.
#[derive(Debug)]
pub struct Engine<'a> {
    pub(super) store: &'a Mutex<Store>,
    pub(super) vault: &'a Vault,
    pub(super) client: &'a ApiClient,
    pub(super) session: &'a Secret,
    pub(super) clock: &'a dyn Clock,
    pub(super) profile_id: &'a str,
    crash_hook: Option<CrashHook>,
    log: Mutex<Vec<(Rotation, StepEvent)>>,
    /// Rotations whose old token this engine must not delete at their grace end (whether
    /// the old key is still in use could not be found out: see [`Engine::keep_old_token`]).
    keep: Mutex<std::collections::HashSet<String>>,
}

impl<'a> Engine<'a> {
    /// An engine over the app's store, vault and a signed-in client.
    pub fn new(
        store: &'a Mutex<Store>,
        vault: &'a Vault,
        client: &'a ApiClient,
        session: &'a Secret,
        clock: &'a dyn Clock,
        profile_id: &'a str,
    ) -> Self {
        Self {
            store,
            vault,
            client,
            session,
            clock,
            profile_id,
            crash_hook: None,
            log: Mutex::new(Vec::new()),
            keep: Mutex::new(std::collections::HashSet::new()),
        }
    }

    /// Keeps the old token of rotation `id` through this engine's work even if its grace
    /// period ended: the caller could not tell whether the old key is still in use, and
    /// not knowing is not "quiet". A later engine (the next resume) decides again.
    pub fn keep_old_token(&self, id: &str) {
        self.keep
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(id.to_owned());
    }

    /// Test hook: stop with [`RotationError::Crashed`] when `point` is reached.
    #[doc(hidden)]
    pub fn crash_at(self, point: CrashPoint) -> Self {
        self.with_crash_hook(Some(CrashHook::Fail(point)))
    }

    /// Test hook: what to do at a crash point (`None`: nothing, the normal case).
    #[doc(hidden)]
    pub fn with_crash_hook(mut self, hook: Option<CrashHook>) -> Self {
        self.crash_hook = hook;
        self
    }

    pub(super) fn crash(&self, point: CrashPoint) -> Result<()> {
        match &self.crash_hook {
            Some(CrashHook::Fail(at)) if *at == point => Err(RotationError::Crashed(point)),
            Some(CrashHook::Halt(at, marker)) if *at == point => halt(marker),
            _ => Ok(()),
        }
    }

    pub(super) fn db(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The journal lines written by this engine (with their rotation), for the audit log.
    pub fn take_log(&self) -> Vec<(Rotation, StepEvent)> {
        std::mem::take(&mut *self.log.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Saves the rotation's state with one journal line, if nobody else saved it since `r`
    /// was read (see [`journal::save`]).
    ///
    /// Errors: [`RotationError::Changed`] when another window or process moved it first.
    pub(super) fn save(
        &self,
        r: &mut Rotation,
        step: &str,
        phase: Phase,
        detail: Detail,
    ) -> Result<()> {
        r.updated_at = self.clock.now();
        let detail = detail.map(|d| crate::audit::scrub_message(d, &[]));
        if !journal::save(&self.db(), r, step, phase, detail.as_ref())? {
            return Err(RotationError::Changed);
        }
        let event = StepEvent {
            step: step.to_owned(),
            phase,
            at: r.updated_at,
            detail,
        };
        self.log_event(r, event);
        Ok(())
    }

    /// Adds a line to the audit log of this engine (see [`Engine::take_log`]).
    pub(super) fn log_event(&self, r: &Rotation, event: StepEvent) {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((r.clone(), event));
    }

    /// A rotation of this profile.
    ///
    /// Errors: [`RotationError::NotFound`], [`RotationError::Store`].
    pub fn rotation(&self, id: &str) -> Result<Rotation> {
        journal::get(&self.db(), self.profile_id, id)?.ok_or(RotationError::NotFound)
    }

    /// Every rotation of this profile, newest first.
    ///
    /// Errors: [`RotationError::Store`].
    pub fn rotations(&self) -> Result<Vec<Rotation>> {
        Ok(journal::list(&self.db(), self.profile_id)?)
    }

    /// The view of a rotation with its journal.
    ///
    /// Errors: [`RotationError::Store`].
    pub fn view(&self, r: &Rotation) -> Result<RotationView> {
        let db = self.db();
        Ok(RotationView::new(r, journal::events(&db, &r.id)?).with_hold(&db, self.clock.now())?)
    }

    /// Journals a rotation of `old` (state `planned`; nothing is sent yet).
    ///
    /// Errors: `Name` / `Invalid` (see [`RotationPlan::check`]; also when `old` is already
    /// being rotated), `Store`.
    pub fn plan(&self, old: &RemoteToken, plan: &RotationPlan) -> Result<Rotation> {
        let now = self.clock.now();
        let checked = plan.check(old, now)?;
        let busy = self
            .rotations()?
            .into_iter()
            .any(|r| r.old_token_id == old.id && !r.state.is_final());
        if busy {
            return Err(RotationError::Invalid {
                field: "tokenId",
                coded: Coded::new("rotation-already-rotating")
                    .arg("name", old.name.as_deref().unwrap_or_default()),
            });
        }
        let mut r = Rotation {
            id: format!("rot_{:016x}", rand::random::<u64>()),
            profile_id: self.profile_id.to_owned(),
            old_token_id: old.id.clone(),
            old_name: old.name.clone().unwrap_or_default(),
            token_type: old.token_type.clone(),
            new_name: checked.new_name,
            years: checked.years,
            grace_days: checked.grace.days(),
            grace_until: checked.grace.until(now),
            auto_delete: checked.auto_delete,
            emergency: checked.grace == Grace::Now,
            state: RotationState::Planned,
            new_token_id: None,
            created_at: now,
            updated_at: now,
            note: None,
            version: 0,
        };
        journal::insert(&self.db(), &r)?;
        self.save(&mut r, "plan", Phase::Done, None)?;
        Ok(r)
    }

    /// Plans one rotation per token with the same choices (each replacement gets its
    /// default name). Stops at the first refused token; the earlier ones stay planned.
    ///
    /// Errors: as [`Engine::plan`].
    pub fn plan_many(&self, olds: &[RemoteToken], plan: &RotationPlan) -> Result<Vec<Rotation>> {
        let common = RotationPlan {
            new_name: None,
            ..plan.clone()
        };
        olds.iter().map(|old| self.plan(old, &common)).collect()
    }

    /// Moves a rotation forward as far as it can go without the user: creates the
    /// replacement, stores its key, and deletes the old token when the rotation is an
    /// emergency or its grace ended with `auto_delete`.
    ///
    /// Errors: `Api` / `Vault` / `Store` (the journal keeps the state; call again later).
    pub async fn advance(&self, id: &str) -> Result<Advanced> {
        let mut new_key = None;
        for _ in 0..8 {
            let r = self.rotation(id)?;
            let flow = match r.state {
                RotationState::Planned => self.create(r, &mut new_key).await?,
                RotationState::Creating => self.reconcile(r).await?,
                RotationState::Retiring if self.delete_due(&r) => self.delete_old(r).await?,
                RotationState::Deleting => self.delete_old(r).await?,
                _ => Flow::Stop,
            };
            if let Flow::Stop = flow {
                break;
            }
        }
        Ok(Advanced {
            rotation: self.rotation(id)?,
            new_key,
        })
    }

    /// An emergency deletes at once; otherwise the grace ended with auto-delete and the
    /// rotation is not held (its old key was still in use at the end of the grace period:
    /// see the workspace's `rotation_complete`; the hold lasts until its recheck).
    fn delete_due(&self, r: &Rotation) -> bool {
        let now = self.clock.now();
        let held = || {
            self.db()
                .rotation_hold(&r.id)
                .ok()
                .flatten()
                .is_some_and(|h| now < h.recheck_at)
        };
        let kept = || {
            self.keep
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .contains(&r.id)
        };
        r.emergency || (r.auto_delete && r.grace_until <= now && !held() && !kept())
    }

    /// Rotations of this profile whose grace period has ended (ask, or auto-delete).
    ///
    /// Errors: `Store`.
    pub fn due(&self) -> Result<Vec<Rotation>> {
        let now = self.clock.now();
        Ok(self
            .rotations()?
            .into_iter()
            .filter(|r| r.state == RotationState::Retiring && r.grace_until <= now)
            .collect())
    }

    /// Advances every unfinished rotation as far as it safely goes without the user.
    /// A rotation whose step fails keeps its state (it is in the result as it stands). A key
    /// created here whose vault write was refused is in its [`Advanced::new_key`]: the
    /// caller must hand it to the user, as after an `advance`.
    ///
    /// Errors: `Store`; `Crashed` from the test hook.
    pub async fn resume_all(&self) -> Result<Vec<Advanced>> {
        let mut out = Vec::new();
        for r in self
            .rotations()?
            .into_iter()
            .filter(|r| !r.state.is_final())
        {
            match self.advance(&r.id).await {
                Ok(advanced) => out.push(advanced),
                Err(error @ (RotationError::Crashed(_) | RotationError::Store(_))) => {
                    return Err(error);
                }
                Err(error) => {
                    tracing::warn!(%error, "a rotation could not be resumed");
                    out.push(Advanced {
                        rotation: self.rotation(&r.id)?,
                        new_key: None,
                    });
                }
            }
        }
        Ok(out)
    }

    pub(super) async fn key_in_vault(&self, id: &TokenId) -> Result<bool> {
        Ok(self.vault.key(self.profile_id, id).await?.is_some())
    }
}

/// Announces the halt (this process's id in `marker`) and blocks this step until the test
/// kills the process. Only reachable through [`CrashHook::Halt`].
pub(crate) fn halt(marker: &std::path::Path) -> ! {
    if let Err(error) = std::fs::write(marker, std::process::id().to_string()) {
        tracing::error!(%error, "could not write the crash-test marker");
    }
    loop {
        std::thread::sleep(std::time::Duration::from_secs(3600));
    }
}
