//! Key checks for the active profile: a pasted key (inspected first, compared with the keys
//! this device holds) or a key held in the vault.
//!
//! A check authenticates with the key itself, so it needs no session: only the profile's
//! base URL. Must not: send a key with warnings unless the user insisted, keep the pasted
//! key anywhere, or put it in the audit log.

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::{Result, Workspace};
use crate::api::{ApiClient, KeyCheck};
use crate::audit::{AuditAction, AuditOutcome};
use crate::keycheck::{CheckedKey, KeyCheckView, VaultMatch, inspect};
use crate::model::{TokenId, TokenType};
use crate::secret::Secret;

/// A vault key that equals the pasted one.
pub(super) struct Found {
    pub(super) token_id: TokenId,
    pub(super) name: Option<String>,
    pub(super) token_type: TokenType,
}

impl Workspace {
    /// Checks a pasted key. With warnings (see [`inspect`]) and `force == false` nothing is
    /// sent and the warnings come back. Otherwise the route is: `token_type` if given, else
    /// the type of the vault token holding the same key, else batch and, when batch says
    /// invalid or forbidden, realtime (whichever recognised the key is reported).
    ///
    /// Errors: `NoActiveProfile`, `Profile` (unknown profile), `Api` (`BadUrl` only; every
    /// answer, or lack of one, is a [`KeyCheckView`]).
    pub async fn check_key(
        &self,
        key: Secret,
        token_type: Option<TokenType>,
        force: bool,
    ) -> Result<KeyCheckView> {
        let profile_id = self.active_profile_id()?;
        let (key, warnings) = inspect(key.expose());
        if !warnings.is_empty() && !force {
            return Ok(KeyCheckView::Warnings { warnings });
        }
        // A pasted key is the user's to send to the profile's server (it is not a kept one).
        let (client, _) = self.client_for(&profile_id)?;
        let found = self.find_in_vault(&profile_id, &key).await;
        let (check, route) =
            match token_type.or_else(|| found.as_ref().map(|f| f.token_type.clone())) {
                Some(route) => (client.check_key(&key, &route).await?, route),
                None => check_either_route(&client, &key).await?,
            };
        let vault_match = found.map(|f| VaultMatch {
            token_id: f.token_id.as_str().to_owned(),
            name: f.name,
        });
        let token = vault_match
            .as_ref()
            .map(|m| (TokenId::new(m.token_id.clone()), m.name.clone()));
        let checked = CheckedKey::new(&check, &route, &key, vault_match, warnings);
        self.record_check(&profile_id, &checked, "pasted key", token, &key);
        Ok(KeyCheckView::Checked(checked))
    }

    /// Checks the key this device holds for a token, on the token's route.
    ///
    /// Errors: `NoActiveProfile`, `KeyNotHeld` (`notFound`), `Vault`, `Profile`, `Api`
    /// (`BadUrl` only).
    pub async fn check_held_key(&self, token_id: &str) -> Result<KeyCheckView> {
        let profile_id = self.active_profile_id()?;
        let id = TokenId::new(token_id);
        let key = self.held_key(&profile_id, &id).await?;
        let facts = self.token_facts(&profile_id, &id);
        let name = Some(facts.name).filter(|n| !n.is_empty());
        let check = self
            .client_for_key(&profile_id, &id)?
            .check_key(&key, &facts.token_type)
            .await?;
        let vault_match = VaultMatch {
            token_id: token_id.to_owned(),
            name: name.clone(),
        };
        let checked = CheckedKey::new(&check, &facts.token_type, &key, Some(vault_match), vec![]);
        self.record_check(&profile_id, &checked, "held key", Some((id, name)), &key);
        Ok(KeyCheckView::Checked(checked))
    }

    /// The gate for a held key: a client only for the server that issued it.
    ///
    /// Errors: `OtherServer`, `Store`, `Profile`, `Api` (`BadUrl`).
    pub(super) fn client_for_key(&self, profile_id: &str, id: &TokenId) -> Result<ApiClient> {
        let origin = self.store().key_origin(profile_id, id)?;
        self.client_for_secret(profile_id, "key", origin.as_deref())
    }

    /// Appends the `keyCheck` audit entry: success when Scriptix answered, failure when it
    /// could not be asked.
    pub(super) fn record_check(
        &self,
        profile_id: &str,
        checked: &CheckedKey,
        source: &str,
        token: Option<(TokenId, Option<String>)>,
        key: &Secret,
    ) {
        let outcome = if checked.result.is_answer() {
            AuditOutcome::Success
        } else {
            AuditOutcome::Failure
        };
        self.record_message(
            profile_id,
            AuditAction::KeyCheck,
            outcome,
            token.as_ref().map(|(id, name)| (id, name.as_deref())),
            checked.audit_message(source),
            &[key],
        );
    }

    /// The token whose vault key equals `key`, compared in constant time. A vault that
    /// cannot be read means "no match" (noted in the vault status), never a failed check.
    pub(super) async fn find_in_vault(&self, profile_id: &str, key: &Secret) -> Option<Found> {
        let local = self.store().local_tokens(profile_id).ok()?;
        let wanted = Sha256::digest(key.expose().as_bytes());
        let mut found = None;
        // Every held key is compared, match or not, so the time taken does not say which.
        for token in local.into_iter().filter(|t| t.key_in_vault) {
            let Some(Some(held)) =
                self.note_vault(self.vault.key(profile_id, &token.token_id).await)
            else {
                continue;
            };
            let digest = Sha256::digest(held.expose().as_bytes());
            if bool::from(digest.ct_eq(&wanted)) && found.is_none() {
                let facts = self.token_facts(profile_id, &token.token_id);
                found = Some(Found {
                    name: Some(facts.name).filter(|n| !n.is_empty()),
                    token_type: facts.token_type,
                    token_id: token.token_id,
                });
            }
        }
        found
    }
}

/// No type known: batch first; when batch does not recognise the key (401) or refuses it
/// (403, e.g. a realtime key), realtime. Realtime's answer is reported when it recognised
/// the key (valid or revoked), else batch's.
async fn check_either_route(
    client: &ApiClient,
    key: &Secret,
) -> crate::api::Result<(KeyCheck, TokenType)> {
    let batch = client.check_key(key, &TokenType::Batch).await?;
    if !matches!(batch, KeyCheck::Invalid { .. } | KeyCheck::Forbidden) {
        return Ok((batch, TokenType::Batch));
    }
    let realtime = client.check_key(key, &TokenType::Realtime).await?;
    match realtime {
        KeyCheck::Valid | KeyCheck::Revoked { .. } => Ok((realtime, TokenType::Realtime)),
        _ => Ok((batch, TokenType::Batch)),
    }
}
