//! Two engines on one rotation (two windows, or two processes on the same data): the
//! journal's compare-and-set lets only one of them take each step, but a create that was
//! already sent cannot be taken back. This owns what the engine that lost the race does with
//! the replacement it created: never lose its key, never leave a second replacement.

use std::time::Duration;

use super::engine::{Engine, Flow};
use super::error::{Result, RotationError};
use super::journal::{Phase, Rotation, RotationState, StepEvent};
use super::journal_detail::{self as detail, Detail};
use crate::api::{ApiError, CreatedToken};
use crate::i18n::{Coded, StoredMessage};
use crate::model::TokenId;
use crate::secret::Secret;
use crate::store::LocalToken;
use crate::vault::VaultError;

/// How often a duplicate replacement's delete is tried before it is left (key kept).
const DUPLICATE_DELETE_ATTEMPTS: u32 = 5;

/// Why the old token is kept after the vault refused the replacement's key.
pub(super) fn vault_refused_note(error: &VaultError) -> StoredMessage {
    StoredMessage::from(
        &Coded::new("rotation-note-vault-refused-because").arg("reason", error.coded()),
    )
}

impl Engine<'_> {
    /// The vault refused the new key: the rotation waits until the user saved it elsewhere.
    pub(super) fn vault_refused(&self, r: &mut Rotation, error: &VaultError) -> Result<()> {
        r.state = RotationState::VaultFailed;
        r.note = Some(vault_refused_note(error));
        self.save(r, "storeKey", Phase::Failed, detail::coded(&error.coded()))
    }

    /// Token `token_id` was created for rotation `id` (with its key in `created`, unless the
    /// answer was lost), but another engine saved the rotation while the create was in
    /// flight. If that engine took this token as the replacement (it found it in the token
    /// list), its key goes to the vault and the rotation goes on. Otherwise the token is a
    /// duplicate whose key nobody has seen: it is deleted; if Scriptix refuses, its key is
    /// kept in the vault like any created key, so the user holds it.
    ///
    /// Errors: [`RotationError::Changed`] when this engine's token is not the replacement;
    /// `Store`, `Vault`.
    pub(super) async fn after_lost_race(
        &self,
        id: &str,
        token_id: &TokenId,
        created: Option<&CreatedToken>,
        new_key: &mut Option<Secret>,
    ) -> Result<Flow> {
        let mut r = self.rotation(id)?;
        if r.new_token_id.as_ref() == Some(token_id) {
            let Some(created) = created else {
                // The other engine already tells the user this key was lost.
                return Ok(Flow::Stop);
            };
            let stored = self.keep_key(&r, created).await;
            return match (r.state, stored) {
                (RotationState::NeedsAttention, Ok(())) => {
                    let detail = detail::token("rotation-journal-key-stored-after-all", token_id);
                    self.key_is_safe(&mut r, detail)?;
                    Ok(Flow::Continue)
                }
                (RotationState::NeedsAttention, Err(error)) => {
                    self.vault_refused(&mut r, &error)?;
                    Ok(Flow::Stop)
                }
                // Cancelled, or already moving on: the key is where the user can reach it.
                _ => Ok(Flow::Stop),
            };
        }
        *new_key = None;
        match self.delete_duplicate(token_id).await {
            Ok(()) => self.note_duplicate(
                &r,
                Phase::Done,
                detail::token("rotation-journal-token-deleted", token_id),
            ),
            Err(error) => {
                if let Some(created) = created
                    && self.keep_key(&r, created).await.is_err()
                {
                    tracing::error!("a duplicate replacement could be neither deleted nor stored");
                }
                self.note_duplicate(
                    &r,
                    Phase::Failed,
                    detail::coded(
                        &Coded::new("rotation-journal-duplicate-kept")
                            .arg("id", token_id.as_str())
                            .arg("reason", error.coded()),
                    ),
                );
            }
        }
        Err(RotationError::Changed)
    }

    /// The key goes to the vault and the token into the local records.
    async fn keep_key(&self, r: &Rotation, created: &CreatedToken) -> Result<(), VaultError> {
        let stored = self
            .vault
            .store_key(self.profile_id, &created.token.id, &created.key)
            .await;
        let now = self.clock.now();
        self.record_local(&LocalToken::from_created(
            created,
            r.years,
            now,
            stored.is_ok(),
        ));
        stored
    }

    /// A few quick tries: a duplicate left behind is a second replacement.
    async fn delete_duplicate(&self, token_id: &TokenId) -> Result<(), ApiError> {
        let mut attempt = 1;
        loop {
            match self.client.delete_token(self.session, token_id).await {
                Ok(_) => return Ok(()),
                Err(error) if attempt >= DUPLICATE_DELETE_ATTEMPTS => return Err(error),
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(200 * u64::from(attempt))).await;
                    attempt += 1;
                }
            }
        }
    }

    /// For the audit log only: the journal belongs to the engine that won.
    fn note_duplicate(&self, r: &Rotation, phase: Phase, detail: Detail) {
        self.log_event(
            r,
            StepEvent {
                step: "deleteDuplicate".to_owned(),
                phase,
                at: self.clock.now(),
                detail,
            },
        );
    }
}
