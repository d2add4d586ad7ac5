//! Creating the replacement token and storing its key: the create, journaled before and
//! after (reconciled with the list when an answer was lost; a token whose key never arrived
//! needs the user's attention), then the key in the vault before the local record and the
//! journal move on. Split from engine.rs, which drives these steps.

use chrono::Duration;

use super::engine::{Engine, Flow};
use super::error::{Result, RotationError};
use super::journal::{Phase, Rotation, RotationState};
use super::journal_detail::{self as detail, Detail};
use super::notes;
use super::{CrashPoint, KEY_LOST};
use crate::api::{CreateOutcome, CreatedToken, NewToken};
use crate::i18n::{Coded, StoredMessage};
use crate::secret::Secret;
use crate::store::LocalToken;

impl Engine<'_> {
    /// The create step: intent journaled, the create reconciled, then the key stored.
    pub(super) async fn create(
        &self,
        mut r: Rotation,
        new_key: &mut Option<Secret>,
    ) -> Result<Flow> {
        let id = r.id.clone();
        r.state = RotationState::Creating;
        r.note = None;
        let name = r.new_name.clone();
        self.save(
            &mut r,
            "create",
            Phase::Intent,
            detail::coded(&Coded::new("rotation-journal-name").arg("name", name.as_str())),
        )?;
        self.crash(CrashPoint::AfterCreateIntent)?;
        let new = NewToken {
            name: r.new_name.clone(),
            token_type: r.token_type.clone(),
            expiration_years: r.years,
        };
        match self
            .client
            .create_token_reconciled(self.session, &new)
            .await
        {
            Ok(CreateOutcome::Created(created)) => {
                self.crash(CrashPoint::AfterCreateResponse)?;
                *new_key = Some(created.key.clone());
                match self.store_key(r, &created).await {
                    Err(RotationError::Changed) => {
                        let token_id = created.token.id.clone();
                        self.after_lost_race(&id, &token_id, Some(&created), new_key)
                            .await
                    }
                    other => other,
                }
            }
            Ok(CreateOutcome::CreatedButKeyLost(token)) => {
                r.new_token_id = Some(token.id.clone());
                r.state = RotationState::NeedsAttention;
                r.note = Some(notes::coded_note(KEY_LOST));
                let saved = self.save(
                    &mut r,
                    "create",
                    Phase::Failed,
                    detail::fixed("rotation-journal-key-lost-in-transit"),
                );
                match saved {
                    Err(RotationError::Changed) => {
                        self.after_lost_race(&id, &token.id, None, new_key).await
                    }
                    other => other.map(|()| Flow::Stop),
                }
            }
            Ok(CreateOutcome::NotCreated { reason }) => {
                r.state = RotationState::Planned;
                r.note = Some(notes::coded_note(&reason));
                self.save(&mut r, "create", Phase::Failed, detail::note(&reason))?;
                Ok(Flow::Stop)
            }
            Err(error) => {
                // The state stays `creating`: the next attempt reconciles with the list.
                r.note = Some(StoredMessage::from(&error.coded()));
                self.save(
                    &mut r,
                    "create",
                    Phase::Failed,
                    detail::coded(&error.coded()),
                )?;
                Err(error.into())
            }
        }
    }

    /// Vault first, then the local record, then the journal.
    pub(super) async fn store_key(&self, mut r: Rotation, created: &CreatedToken) -> Result<Flow> {
        let token_id = created.token.id.clone();
        r.new_token_id = Some(token_id.clone());
        self.save(
            &mut r,
            "storeKey",
            Phase::Intent,
            detail::token("rotation-journal-token", &token_id),
        )?;
        self.crash(CrashPoint::AfterStoreKeyIntent)?;
        let stored = self
            .vault
            .store_key(self.profile_id, &token_id, &created.key)
            .await;
        let now = self.clock.now();
        let local = LocalToken::from_created(created, r.years, now, stored.is_ok());
        match stored {
            Ok(()) => {
                self.crash(CrashPoint::AfterVaultWrite)?;
                self.record_local(&local);
                self.key_is_safe(
                    &mut r,
                    detail::token("rotation-journal-key-stored", &token_id),
                )?;
                self.crash(CrashPoint::AfterKeyStored)?;
                Ok(Flow::Continue)
            }
            Err(error) => {
                self.record_local(&local);
                self.vault_refused(&mut r, &error)?;
                Ok(Flow::Stop)
            }
        }
    }

    pub(super) fn record_local(&self, local: &LocalToken) {
        if let Err(error) = self.db().record_local_token(self.profile_id, local) {
            tracing::warn!(%error, "could not record a replacement token locally");
        }
    }

    /// The replacement's key is safe: start (or re-anchor) the grace period.
    pub(super) fn key_is_safe(&self, r: &mut Rotation, detail: Detail) -> Result<()> {
        let now = self.clock.now();
        if let Some(days) = r.grace_days {
            r.grace_until = now + Duration::days(days);
        }
        r.state = RotationState::Retiring;
        r.note = None;
        self.save(r, "storeKey", Phase::Done, detail)
    }
}
