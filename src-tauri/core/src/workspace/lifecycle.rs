//! The token lifecycle: create (key captured into the vault and recorded locally *before*
//! anyone sees it), the reveal's in-memory copy, copying through the clipboard guard,
//! forgetting a local key (deleting tokens: `delete.rs`; orphaned keys: `cache.rs`).
//!
//! Must not: retry a create blindly (the API client reconciles instead), delete a vault
//! copy before the server confirmed the delete, or let a key reach the store or a log.

use std::collections::HashSet;
use std::time::Duration;

use chrono::Utc;
use serde::Deserialize;

use super::reveal::Reveal;
use super::views::{CopyView, CreateView, RevealedKey};
use super::{Result, Workspace, WorkspaceError};
use crate::api::{ApiError, CreateOutcome, ExpiryYears, NewToken};
use crate::audit::{AuditAction, AuditEntry, AuditOutcome};
use crate::export::env_line;
use crate::i18n::Coded;
use crate::model::{RemoteToken, TokenId, TokenType};
use crate::names::validate_token_name;
use crate::rotation::CrashPoint;
use crate::secret::Secret;
use crate::store::{CreateStage, LocalToken, NewCreateIntent};
use crate::vault::VaultError;
use crate::view::{TokenView, token_views};

/// How old the cached list may be for a create to take its ids as "what existed before"
/// (older, the create lists first): the list the user just looked at (the window refreshes
/// it on start, on focus and after every change). What this leaves open: a token someone
/// else gives exactly the same name within these two minutes, when this create's answer is
/// then lost *and* the create never reached Scriptix, would be reported as this create's
/// token whose key was lost (with the pre-create list the same needed both within
/// milliseconds).
const CACHE_TRUSTED_FOR_CREATE: chrono::Duration = chrono::Duration::minutes(2);

/// What "Copy" puts on the clipboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum CopyFormat {
    /// The key alone.
    Raw,
    /// `SCRIPTIX_API_TOKEN=<key>`, for a `.env` file.
    Env,
}

impl Workspace {
    /// What existed before, from the cached list, when a create may take it from there
    /// instead of listing every token first (the one step that grows with the list): the
    /// cache was fetched within [`CACHE_TRUSTED_FOR_CREATE`] before now, and every token in
    /// it has its creation time. A lost answer is then reconciled by name, by a creation
    /// time inside the create's window ([`crate::api::RECONCILE_WINDOW`]) and by not being
    /// one of these ids: the cached tokens created close enough to that window to fall in it,
    /// and those created here since (older ones the window already rules out; see
    /// [`crate::store::CreateBefore`]). So a token someone else made before the cache was
    /// fetched is never taken for ours; without creation times only a fresh list can tell,
    /// so the create lists first as before.
    fn cached_ids_for_create(&self, profile_id: &str) -> Option<Vec<TokenId>> {
        let cached = self.store().create_before(profile_id).ok().flatten()?;
        let age = Utc::now() - cached.fetched_at;
        (age >= chrono::Duration::zero() && age <= CACHE_TRUSTED_FOR_CREATE).then_some(cached.ids)
    }

    /// Creates a token. When Scriptix returns the key, it goes to the vault and the token's
    /// metadata to the local store **before** this returns; if the vault fails the key is
    /// still returned (it cannot be fetched again) with `vaultSaved: false` and the reason.
    /// A create whose answer was lost is reconciled against the list, never retried. The
    /// intent is recorded before the request and followed until the reveal closes, so a
    /// create killed at any moment is reconciled at the next start ([`Workspace::resume_creates`]).
    ///
    /// Errors: `Name` / `Invalid` before any request; `NotSignedIn`; `Api` (`Forbidden`,
    /// `LimitReached`, `InvalidInput` with a field, …).
    pub async fn create_token(
        &self,
        name: &str,
        token_type: &str,
        years: u32,
    ) -> Result<CreateView> {
        let name = validate_token_name(name)?;
        let token_type = match TokenType::parse(token_type) {
            TokenType::Other(_) => {
                return Err(WorkspaceError::invalid(
                    "tokenType",
                    crate::i18n::Coded::new("create-choose-type"),
                ));
            }
            known => known,
        };
        let years = ExpiryYears::from_years(years).ok_or_else(|| {
            WorkspaceError::invalid(
                "expirationYears",
                crate::i18n::Coded::new("expiry-choose-years"),
            )
        })?;
        let (profile_id, session, client) = self.signed_in()?;
        let new = NewToken {
            name,
            token_type,
            expiration_years: years,
        };
        // What existed before tells the reconciliation (now, or at the next start) which
        // token is new: the cached list when it can tell, else the list, asked first.
        let before: Vec<TokenId> = match self.cached_ids_for_create(&profile_id) {
            Some(ids) => ids,
            None => self
                .expire_on_401(&profile_id, client.list_tokens(&session).await)?
                .into_iter()
                .map(|t| t.id)
                .collect(),
        };
        // The intent is recorded before anything is sent: a create killed at any moment
        // is reconciled at the next start (see `creates.rs`). No record, no request.
        let intent = self.store().record_create_intent(&NewCreateIntent {
            profile_id: &profile_id,
            name: &new.name,
            token_type: &new.token_type,
            years: years.years(),
            started_at: Utc::now(),
            before_ids: &before,
        })?;
        self.create_started(intent);
        self.create_crash(CrashPoint::CreateAfterIntent)?;
        self.store()
            .set_create_stage(intent, CreateStage::Sent, None, Utc::now())?;
        let before: HashSet<TokenId> = before.into_iter().collect();
        let outcome = client.create_token_after(&session, &new, &before).await;
        if !matches!(
            outcome,
            Ok(CreateOutcome::Created(_)) | Err(ApiError::CreateOutcomeUnknown)
        ) {
            // Refused, or reconciled here and the user is told now.
            self.create_finished(intent);
        }
        let outcome = self.expire_on_401(&profile_id, outcome)?;
        let now = Utc::now();
        match outcome {
            CreateOutcome::Created(created) => {
                self.create_crash(CrashPoint::CreateAfterResponse)?;
                self.create_stage(intent, CreateStage::Answered, Some(&created.token.id));
                self.create_crash(CrashPoint::CreateBeforeVault)?;
                // First, hold the key for the reveal: whatever happens next, the window can
                // still show and copy it.
                self.reveal_slot().hold(Reveal {
                    profile_id: profile_id.clone(),
                    token_id: created.token.id.clone(),
                    key: created.key.clone(),
                    safe: false,
                    rotation_id: None,
                });
                let stored = self
                    .vault
                    .store_key(&profile_id, &created.token.id, &created.key)
                    .await;
                let vault_message = stored.as_ref().err().map(ToString::to_string);
                let vault_message_coded = stored.as_ref().err().map(VaultError::coded);
                let vault_saved = self.note_vault(stored).is_some();
                let stage = if vault_saved {
                    CreateStage::Stored
                } else {
                    CreateStage::VaultRefused
                };
                if vault_saved {
                    self.reveal_slot().hold(Reveal {
                        profile_id: profile_id.clone(),
                        token_id: created.token.id.clone(),
                        key: created.key.clone(),
                        safe: true,
                        rotation_id: None,
                    });
                }
                let local = LocalToken::from_created(&created, years, now, vault_saved);
                let token = view_of(&created.token, std::slice::from_ref(&local), now);
                let id = &created.token.id;
                let detail = if vault_saved {
                    "key saved in the vault"
                } else {
                    "key NOT saved in the vault"
                };
                let actor = self.actor(&profile_id);
                let named = Some(token.name.as_str());
                let audit = [
                    AuditEntry::new(
                        Utc::now(),
                        &profile_id,
                        &actor,
                        AuditAction::Create,
                        AuditOutcome::Success,
                    )
                    .with_token(id, named)
                    .with_detail(detail, &[&created.key]),
                    AuditEntry::new(
                        Utc::now(),
                        &profile_id,
                        &actor,
                        AuditAction::Reveal,
                        AuditOutcome::Success,
                    )
                    .with_token(id, named),
                ];
                // The key is in the vault (or held for the reveal). What is left is local
                // bookkeeping, written in one commit: the stage, the token's local record,
                // the cached list and the two audit entries, kept or lost together.
                // A failure is logged, never raised: the key is already where it has to
                // be, the next list refresh makes up for the record and the cache, and a
                // create left at stage Answered is resumed by asking the vault, as a stored
                // one is.
                let written = self.store().in_one_commit(|store| {
                    if let Err(error) = store.set_create_stage(intent, stage, None, Utc::now()) {
                        tracing::warn!(%error, "could not record the progress of a create");
                    }
                    if let Err(error) = store.record_local_token(&profile_id, &local) {
                        tracing::warn!(%error, "could not record a created token locally");
                    }
                    if let Err(error) = store.append_to_list_cache(&profile_id, &created.token) {
                        tracing::warn!(%error, "could not add a created token to the cached list");
                    }
                    for entry in &audit {
                        if let Err(error) = store.append_audit(entry) {
                            tracing::warn!(%error, "could not append to the audit log");
                        }
                    }
                });
                if let Err(error) = written {
                    tracing::warn!(
                        %error,
                        "could not commit a created token's stage, local record, cache entry and audit entries"
                    );
                }
                Ok(CreateView::Created {
                    token,
                    key: RevealedKey::new(created.key),
                    vault_saved,
                    vault_message,
                    vault_message_coded,
                })
            }
            CreateOutcome::CreatedButKeyLost(remote) => {
                self.add_to_cache(&profile_id, &remote);
                self.record(
                    &profile_id,
                    AuditAction::Create,
                    AuditOutcome::Failure,
                    Some((&remote.id, remote.name.as_deref())),
                    "created, but the key was lost in transit",
                    &[],
                );
                let coded = Coded::new("create-key-lost");
                Ok(CreateView::KeyLost {
                    token: view_of(&remote, &[], now),
                    message: coded.to_string(),
                    message_coded: coded,
                })
            }
            // The reason is always that Scriptix did not confirm the token and it is not
            // listed (api/create.rs): one message.
            CreateOutcome::NotCreated { .. } => {
                let coded = Coded::new("create-not-confirmed");
                Ok(CreateView::NotCreated {
                    message: coded.to_string(),
                    message_coded: coded,
                })
            }
        }
    }

    /// Drops the key held for the open reveal dialog (a rotation's key the vault refused
    /// stays held until the user confirms saving it: see [`super::reveal`]).
    pub fn close_reveal(&self) {
        self.reveal_slot().close();
        self.creates_revealed();
    }

    /// Copies a token's key (from the open reveal, else from the vault) to the clipboard,
    /// marked as sensitive, to be cleared after the delay in the settings if still ours.
    /// `on_cleared` runs when the timer clears it.
    ///
    /// Errors: `NoActiveProfile`, `KeyNotHeld`, `Vault`, `Clipboard`.
    pub async fn copy_key(
        &self,
        token_id: &str,
        format: CopyFormat,
        on_cleared: impl FnOnce() + Send + 'static,
    ) -> Result<CopyView> {
        let profile_id = self.active_profile_id()?;
        let token_id = TokenId::new(token_id);
        let key = self.held_key(&profile_id, &token_id).await?;
        let text = match format {
            CopyFormat::Raw => key.clone(),
            CopyFormat::Env => env_line(None, &key)?,
        };
        let view = self.copy_secret(&text, on_cleared)?;
        let name = self
            .cached_names(&profile_id)
            .get(token_id.as_str())
            .cloned();
        let detail = if format == CopyFormat::Env {
            "as an env line"
        } else {
            ""
        };
        let token = Some((&token_id, name.as_deref()));
        self.record(
            &profile_id,
            AuditAction::Copy,
            AuditOutcome::Success,
            token,
            detail,
            &[&key],
        );
        Ok(view)
    }

    /// Copies secret text through the clipboard guard with the delay from the settings.
    pub(super) fn copy_secret(
        &self,
        text: &Secret,
        on_cleared: impl FnOnce() + Send + 'static,
    ) -> Result<CopyView> {
        let seconds = self.lock().profiles.settings.clipboard_clear_seconds;
        let delay = seconds
            .filter(|s| *s > 0)
            .map(|s| Duration::from_secs(u64::from(s)));
        self.clipboard.copy(text, delay, on_cleared)?;
        Ok(CopyView {
            clears_in_seconds: delay.map(|d| d.as_secs()),
        })
    }

    /// Clears the clipboard if it still holds the last key we copied (on exit).
    pub fn clear_clipboard_if_ours(&self) -> bool {
        self.clipboard.clear_if_ours()
    }

    /// Removes this device's copy of a key; the token on Scriptix is untouched.
    ///
    /// Errors: `NoActiveProfile`, `Vault`, `Store`.
    pub async fn forget_key(&self, token_id: &str) -> Result<()> {
        let profile_id = self.active_profile_id()?;
        let token_id = TokenId::new(token_id);
        self.vault.forget_key(&profile_id, &token_id).await?;
        self.store()
            .set_key_in_vault(&profile_id, &token_id, false)?;
        let name = self
            .cached_names(&profile_id)
            .get(token_id.as_str())
            .cloned();
        let token = Some((&token_id, name.as_deref()));
        self.record(
            &profile_id,
            AuditAction::ForgetKey,
            AuditOutcome::Success,
            token,
            "",
            &[],
        );
        Ok(())
    }

    pub(super) async fn held_key(&self, profile_id: &str, token_id: &TokenId) -> Result<Secret> {
        let held = self.reveal_slot().key(profile_id, token_id);
        if let Some(key) = held {
            return Ok(key);
        }
        self.vault
            .key(profile_id, token_id)
            .await?
            .ok_or(WorkspaceError::KeyNotHeld)
    }

    pub(super) fn active_profile_id(&self) -> Result<String> {
        self.lock()
            .profiles
            .active_profile_id
            .clone()
            .ok_or(WorkspaceError::NoActiveProfile)
    }
}

fn view_of(token: &RemoteToken, local: &[LocalToken], now: chrono::DateTime<Utc>) -> TokenView {
    token_views(std::slice::from_ref(token), local, now).remove(0)
}
