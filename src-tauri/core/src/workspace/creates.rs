//! The create journal's two ends: what `create_token` records around its request, and the
//! reconciliation at the next start of a create an earlier run left unfinished (killed
//! between the request and the vault, or while a reveal still showed a key the vault had
//! refused). The user is then told what became of it and may delete a token whose key
//! never reached this device.
//!
//! Must not: adopt a token the intent cannot prove is its own (only the recorded id, or —
//! when the answer was never recorded — the one token new since the recorded list, with
//! exactly that name, created inside the window), delete anything without the user's
//! "Delete it", or hold a key.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Result, Workspace, WorkspaceError};
use crate::api::{RECONCILE_WINDOW, created_candidates};
use crate::audit::{AuditAction, AuditOutcome};
use crate::i18n::Coded;
use crate::model::{RemoteToken, TokenId};
use crate::rotation::{CrashHook, CrashPoint, RotationError};
use crate::store::{CreateIntent, CreateStage};

/// This run's creates: the intents it is working on (never reconciled as interrupted) and
/// what it already reported and cleared (shown again if the window re-mounts).
#[derive(Debug, Default)]
pub(super) struct CreateRuns {
    live: HashSet<i64>,
    reported: Vec<(String, InterruptedCreateView)>,
}

/// What became of a create an earlier run left unfinished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum InterruptedOutcome {
    /// The token exists and its key is nowhere: "Delete it" / "Keep it".
    KeyLost,
    /// The token was not created.
    NotCreated,
    /// The recorded token no longer exists.
    Gone,
    /// More than one token could be it: nothing is deleted.
    Ambiguous,
}

/// One interrupted create, for the start banner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InterruptedCreateView {
    /// The journal entry (for `create_interrupted_resolve`).
    pub id: i64,
    /// The name it was created with.
    pub name: String,
    /// What became of it.
    pub outcome: InterruptedOutcome,
    /// The token, when it exists (`keyLost`).
    pub token_id: Option<String>,
    /// The sentence to show (English).
    pub message: String,
    /// The same as a catalogue message, for the window.
    pub message_coded: Coded,
}

/// The reply of `create_interrupted_resolve`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResolvedCreateView {
    /// Deleted (or kept, when asked to keep).
    pub done: bool,
    /// The sentence to show (English).
    pub message: String,
    /// The same as a catalogue message, for the window.
    pub message_coded: Coded,
}

impl ResolvedCreateView {
    fn new(done: bool, coded: Coded) -> Self {
        Self {
            done,
            message: coded.to_string(),
            message_coded: coded,
        }
    }
}

impl Workspace {
    pub(super) fn create_runs(&self) -> std::sync::MutexGuard<'_, CreateRuns> {
        self.creates
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Marks an intent as this run's (it is never reconciled as interrupted meanwhile).
    pub(super) fn create_started(&self, id: i64) {
        self.create_runs().live.insert(id);
    }

    /// Moves this run's create on; a failed write is logged (the next start then reconciles
    /// from the stage before, which is always the more careful reading).
    pub(super) fn create_stage(&self, id: i64, stage: CreateStage, token_id: Option<&TokenId>) {
        if let Err(error) = self
            .store()
            .set_create_stage(id, stage, token_id, Utc::now())
        {
            tracing::warn!(%error, "could not record the progress of a create");
        }
    }

    /// This run's create is over (reported to the user, or refused): its record goes.
    pub(super) fn create_finished(&self, id: i64) {
        self.create_runs().live.remove(&id);
        if let Err(error) = self.store().clear_create_intent(id) {
            tracing::warn!(%error, "could not clear a finished create");
        }
    }

    /// The reveal closed: every create of this run whose answer arrived is finished (its key
    /// is in the vault, or the user saw it). A create whose outcome is still unknown stays
    /// for the next start.
    pub(super) fn creates_revealed(&self) {
        let live: Vec<i64> = self.create_runs().live.iter().copied().collect();
        for id in live {
            let stage = self
                .store()
                .create_intent(id)
                .ok()
                .flatten()
                .map(|i| i.stage);
            if matches!(
                stage,
                None | Some(
                    CreateStage::Answered | CreateStage::Stored | CreateStage::VaultRefused
                )
            ) {
                self.create_finished(id);
            }
        }
    }

    /// Test hook: stops a create at a crash point (see [`CrashHook`]).
    pub(super) fn create_crash(&self, point: CrashPoint) -> Result<()> {
        match &self.crash_hook {
            Some(CrashHook::Fail(at)) if *at == point => Err(RotationError::Crashed(point).into()),
            Some(CrashHook::Halt(at, marker)) if *at == point => crate::rotation::halt(marker),
            _ => Ok(()),
        }
    }

    /// On start: reconciles every create an earlier run left unfinished against the server
    /// and returns what the user must be told (also what this run already told, and every
    /// token still waiting for "Delete it" / "Keep it"). A create whose key is in the vault
    /// is cleared quietly. Audited once per create.
    ///
    /// Errors: `NotSignedIn`, `Api` (the list; the intents stay for the next try), `Store`.
    pub async fn resume_creates(&self) -> Result<Vec<InterruptedCreateView>> {
        let (profile_id, session, client) = self.signed_in()?;
        let live = self.create_runs().live.clone();
        let intents: Vec<CreateIntent> = self
            .store()
            .create_intents(&profile_id)?
            .into_iter()
            .filter(|i| !live.contains(&i.id))
            .collect();
        let mut tokens: Option<Vec<RemoteToken>> = None;
        let mut out = Vec::new();
        for intent in intents {
            if matches!(
                intent.stage,
                CreateStage::Answered | CreateStage::Stored | CreateStage::VaultRefused
            ) && let Some(token_id) = &intent.token_id
            {
                match self.vault.key(&profile_id, token_id).await {
                    Ok(Some(_)) => {
                        // The key reached the vault: nothing was lost.
                        self.store().clear_create_intent(intent.id)?;
                        continue;
                    }
                    Ok(None) => {}
                    // The vault cannot say: ask again at the next start rather than
                    // call a key lost that may be safe.
                    Err(_) => continue,
                }
            }
            if intent.stage == CreateStage::Recorded {
                // Never sent: no list needed.
                out.push(self.report(
                    &profile_id,
                    &intent,
                    InterruptedOutcome::NotCreated,
                    None,
                )?);
                continue;
            }
            let list = match &tokens {
                Some(list) => list,
                None => {
                    let list =
                        self.expire_on_401(&profile_id, client.list_tokens(&session).await)?;
                    tokens.insert(list)
                }
            };
            let (outcome, found) = reconcile(&intent, list);
            out.push(self.report(&profile_id, &intent, outcome, found)?);
        }
        let mut runs = self.create_runs();
        let mut shown: Vec<InterruptedCreateView> = runs
            .reported
            .iter()
            .filter(|(p, _)| *p == profile_id)
            .map(|(_, v)| v.clone())
            .collect();
        for view in &out {
            if view.outcome != InterruptedOutcome::KeyLost {
                runs.reported.push((profile_id.clone(), view.clone()));
            }
        }
        drop(runs);
        shown.extend(out);
        shown.sort_by_key(|v| v.id);
        Ok(shown)
    }

    /// Records what became of an interrupted create (audited the first time) and clears it,
    /// unless a token waits for the user's choice.
    fn report(
        &self,
        profile_id: &str,
        intent: &CreateIntent,
        outcome: InterruptedOutcome,
        found: Option<TokenId>,
    ) -> Result<InterruptedCreateView> {
        let refused = intent.stage == CreateStage::VaultRefused;
        let message_coded = message(&intent.name, outcome, refused);
        let first = intent.stage != CreateStage::KeyLost;
        if first {
            let detail = match outcome {
                InterruptedOutcome::KeyLost if refused => {
                    "interrupted while a key the vault refused was shown: the key is lost"
                }
                InterruptedOutcome::KeyLost => {
                    "interrupted: the token exists but its key never reached this device"
                }
                InterruptedOutcome::NotCreated => "interrupted: the token was not created",
                InterruptedOutcome::Gone => "interrupted: the token no longer exists",
                InterruptedOutcome::Ambiguous => {
                    "interrupted: several tokens with this name appeared; none was adopted"
                }
            };
            self.record(
                profile_id,
                AuditAction::Create,
                AuditOutcome::Failure,
                found.as_ref().map(|id| (id, Some(intent.name.as_str()))),
                detail,
                &[],
            );
        }
        if outcome == InterruptedOutcome::KeyLost {
            if first {
                self.store().set_create_stage(
                    intent.id,
                    CreateStage::KeyLost,
                    found.as_ref(),
                    Utc::now(),
                )?;
            }
        } else {
            self.store().clear_create_intent(intent.id)?;
        }
        Ok(InterruptedCreateView {
            id: intent.id,
            name: intent.name.clone(),
            outcome,
            token_id: found.map(|t| t.as_str().to_owned()),
            message: message_coded.to_string(),
            message_coded,
        })
    }

    /// The user's answer to "delete it?" for an interrupted create whose key is lost:
    /// `delete` deletes the token on Scriptix (and anything of it on this device), else it
    /// is kept. Audited either way; the entry is cleared once done.
    ///
    /// Errors: `NotSignedIn`, `Invalid` (`id`: no such interrupted create), `Store`.
    pub async fn resolve_interrupted_create(
        &self,
        id: i64,
        delete: bool,
    ) -> Result<ResolvedCreateView> {
        let profile_id = self.active_profile_id()?;
        let intent = self
            .store()
            .create_intent(id)?
            .filter(|i| i.profile_id == profile_id && i.stage == CreateStage::KeyLost);
        let Some((intent, token_id)) =
            intent.and_then(|i| i.token_id.clone().map(|token_id| (i, token_id)))
        else {
            return Err(WorkspaceError::invalid(
                "id",
                crate::i18n::Coded::new("create-interrupted-already-handled"),
            ));
        };
        let token = Some((&token_id, Some(intent.name.as_str())));
        if !delete {
            self.record(
                &profile_id,
                AuditAction::Create,
                AuditOutcome::Success,
                token,
                "interrupted create: kept by the user (its key is not on this device)",
                &[],
            );
            self.store().clear_create_intent(id)?;
            return Ok(ResolvedCreateView::new(
                true,
                Coded::new("interrupted-kept").arg("name", intent.name.as_str()),
            ));
        }
        let report = self
            .delete_tokens(vec![token_id.as_str().to_owned()])
            .await?;
        let result = report.results.into_iter().next();
        match result {
            Some(r) if r.ok => {
                self.record(
                    &profile_id,
                    AuditAction::Create,
                    AuditOutcome::Success,
                    token,
                    "interrupted create: the token whose key was lost was deleted",
                    &[],
                );
                self.store().clear_create_intent(id)?;
                Ok(ResolvedCreateView::new(
                    true,
                    Coded::new("interrupted-deleted").arg("name", intent.name.as_str()),
                ))
            }
            other => Ok(ResolvedCreateView::new(
                false,
                Coded::new("interrupted-not-deleted")
                    .arg("name", intent.name.as_str())
                    .arg(
                        "reason",
                        other
                            .and_then(|r| r.message_coded)
                            .unwrap_or_else(|| Coded::new("interrupted-no-answer")),
                    ),
            )),
        }
    }
}

/// Which token, if any, an interrupted create made, judged from the list as it is now.
fn reconcile(intent: &CreateIntent, list: &[RemoteToken]) -> (InterruptedOutcome, Option<TokenId>) {
    if let Some(id) = &intent.token_id {
        return if list.iter().any(|t| &t.id == id) {
            (InterruptedOutcome::KeyLost, Some(id.clone()))
        } else {
            (InterruptedOutcome::Gone, None)
        };
    }
    let before: HashSet<TokenId> = intent.before_ids.iter().cloned().collect();
    let (from, until) = window(intent.started_at, intent.updated_at);
    let mut found = created_candidates(list, &before, intent.name.trim(), from, until);
    match found.len() {
        0 => (InterruptedOutcome::NotCreated, None),
        1 => (InterruptedOutcome::KeyLost, found.pop().map(|t| t.id)),
        _ => (InterruptedOutcome::Ambiguous, None),
    }
}

/// When the token of a create sent between `started` and `updated` may have been created
/// (with room for the server's clock).
fn window(started: DateTime<Utc>, updated: DateTime<Utc>) -> (DateTime<Utc>, DateTime<Utc>) {
    (started - RECONCILE_WINDOW, updated + RECONCILE_WINDOW)
}

/// What the start banner says about an interrupted create of `name`.
fn message(name: &str, outcome: InterruptedOutcome, refused: bool) -> Coded {
    Coded::new(match outcome {
        InterruptedOutcome::KeyLost if refused => "interrupted-key-lost-refused",
        InterruptedOutcome::KeyLost => "interrupted-key-lost",
        InterruptedOutcome::NotCreated => "interrupted-not-created",
        InterruptedOutcome::Gone => "interrupted-gone",
        InterruptedOutcome::Ambiguous => "interrupted-ambiguous",
    })
    .arg("name", name)
}

#[cfg(test)]
#[path = "creates_tests.rs"]
mod tests;
