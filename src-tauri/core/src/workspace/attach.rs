//! Attaching a key made elsewhere (on the Scriptix website, by a colleague) to a token in
//! the list: the same inspection as a key check, then Scriptix is asked whether the key works
//! on the token's route, and only a working key of the token's type reaches the vault as that
//! token's key, bound to the server that accepted it. Audited either way.
//!
//! Scriptix cannot say which token a key belongs to: a working key of the right type is
//! taken at the user's word. Must not: store a key that was refused or could not be checked,
//! take a key this device already holds for another token, or put the key in a message or
//! the audit log.

use chrono::Utc;
use serde::Serialize;

use super::{Result, Workspace, WorkspaceError};
use crate::api::KeyCheck;
use crate::audit::{AuditAction, AuditOutcome};
use crate::i18n::{Coded, StoredMessage};
use crate::keycheck::{CheckedKey, KeyWarning, check_route, inspect};
use crate::model::{RemoteToken, TokenId};
use crate::secret::Secret;
use crate::store::{LocalToken, key_hint};

/// The reply of `key_attach`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(
    tag = "outcome",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum AttachView {
    /// The pasted text looks wrong; nothing was sent (attach again with `force`).
    Warnings { warnings: Vec<KeyWarning> },
    /// The key works and is of the token's type: it is in the vault as the token's key.
    Attached { check: CheckedKey },
    /// Not attached, with the reason (and Scriptix's answer when it was asked).
    Refused {
        /// English (logs, older callers).
        reason: String,
        /// The same, shown in the user's language (`attach-refused-…`).
        reason_coded: Coded,
        check: Option<CheckedKey>,
    },
}

impl Workspace {
    /// Attaches a pasted key to `token_id` of the active profile (see the module docs).
    ///
    /// Errors: `NoActiveProfile`, `Invalid` (field `token`: not in the list), `Vault`
    /// (the vault refused the key; nothing recorded), `Profile`, `Api` (`BadUrl` only).
    pub async fn attach_key(&self, token_id: &str, key: Secret, force: bool) -> Result<AttachView> {
        let profile_id = self.active_profile_id()?;
        let id = TokenId::new(token_id);
        let token = self.listed_token(&profile_id, &id)?;
        let name = token.name.clone().unwrap_or_default();
        let (key, warnings) = inspect(key.expose());
        if !warnings.is_empty() && !force {
            return Ok(AttachView::Warnings { warnings });
        }
        let held = self
            .store()
            .local_tokens(&profile_id)?
            .into_iter()
            .any(|t| t.token_id == id && t.key_in_vault);
        if held {
            return Ok(self.refuse(
                &profile_id,
                &id,
                &name,
                Coded::new("attach-refused-already-held").arg("name", name.as_str()),
                None,
                &key,
            ));
        }
        if let Some(other) = self.find_in_vault(&profile_id, &key).await {
            let other_name = other.name.unwrap_or_else(|| other.token_id.to_string());
            return Ok(self.refuse(
                &profile_id,
                &id,
                &name,
                Coded::new("attach-refused-key-of-other").arg("name", other_name),
                None,
                &key,
            ));
        }
        // A pasted key is the user's to send to the profile's server; once stored it is
        // bound to that server, the one that accepted it.
        let (client, origin) = self.client_for(&profile_id)?;
        let check = client.check_key(&key, &token.token_type).await?;
        let checked = CheckedKey::new(&check, &token.token_type, &key, None, warnings);
        let route = check_route(&token.token_type);
        let refusal = match &check {
            KeyCheck::Valid => None,
            KeyCheck::Forbidden => Some(
                Coded::new("attach-refused-other-type")
                    .arg("route", route.as_str())
                    .arg("name", name.as_str()),
            ),
            KeyCheck::Revoked { .. } => Some(Coded::new("attach-refused-revoked")),
            KeyCheck::Invalid { .. } => Some(Coded::new("attach-refused-invalid")),
            KeyCheck::RateLimited { .. } | KeyCheck::Unreachable { .. } => Some(
                Coded::new("attach-refused-not-checked").arg("title", checked.coded.title.clone()),
            ),
        };
        if let Some(reason) = refusal {
            return Ok(self.refuse(&profile_id, &id, &name, reason, Some(checked), &key));
        }
        if let Err(error) = self.vault.store_key(&profile_id, &id, &key).await {
            self.record(
                &profile_id,
                AuditAction::AttachKey,
                AuditOutcome::Failure,
                Some((&id, Some(&name))),
                "the key works, but the vault refused it",
                &[&key],
            );
            return Err(WorkspaceError::Vault(error));
        }
        let record = LocalToken {
            token_id: id.clone(),
            name: name.clone(),
            token_type: token.token_type.clone(),
            created_at: token.created_at,
            expires_at: token.expires_at,
            key_in_vault: true,
            created_by_app_at: Utc::now(),
            key_hint: key_hint(&key),
        };
        if let Err(error) = self
            .store()
            .record_attached_token(&profile_id, &record, &origin)
        {
            // The key is in the vault but unbound: it is never sent, and the orphan
            // clean-up lists it. Say so rather than pretend it is attached.
            tracing::warn!(%error, "could not record an attached key");
            return Err(error.into());
        }
        self.record(
            &profile_id,
            AuditAction::AttachKey,
            AuditOutcome::Success,
            Some((&id, Some(&name))),
            &format!(
                "key made elsewhere, checked on the {} route, saved in the vault",
                route.as_str()
            ),
            &[&key],
        );
        Ok(AttachView::Attached { check: checked })
    }

    /// The token as the cached list has it.
    fn listed_token(&self, profile_id: &str, id: &TokenId) -> Result<RemoteToken> {
        self.store()
            .load_list_cache(profile_id)?
            .and_then(|c| c.tokens.into_iter().find(|t| &t.id == id))
            .ok_or_else(|| {
                WorkspaceError::invalid(
                    "token",
                    crate::i18n::Coded::new("workspace-token-not-listed"),
                )
            })
    }

    fn refuse(
        &self,
        profile_id: &str,
        id: &TokenId,
        name: &str,
        reason: Coded,
        check: Option<CheckedKey>,
        key: &Secret,
    ) -> AttachView {
        self.record_message(
            profile_id,
            AuditAction::AttachKey,
            AuditOutcome::Failure,
            Some((id, Some(name))),
            StoredMessage::from(&reason),
            &[key],
        );
        AttachView::Refused {
            reason: reason.to_string(),
            reason_coded: reason,
            check,
        }
    }
}
