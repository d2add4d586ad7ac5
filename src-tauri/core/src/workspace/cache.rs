//! The local view of what exists on Scriptix: the cached list kept in step with creates and
//! deletes, and the keys this device holds whose token is gone (orphans).
//!
//! Must not: forget a key on the word of a stale cache (clean-up re-lists from Scriptix).

use std::collections::{HashMap, HashSet};

use super::views::OrphanView;
use super::{Result, Workspace};
use crate::audit::{AuditAction, AuditOutcome};
use crate::model::{RemoteToken, TokenId};

impl Workspace {
    /// Keys this device holds whose token is no longer in the (last fetched) list.
    ///
    /// Errors: `NoActiveProfile`, `Store`.
    pub fn orphans(&self) -> Result<Vec<OrphanView>> {
        let profile_id = self.active_profile_id()?;
        let store = self.store();
        let Some(cached) = store.load_list_cache(&profile_id)? else {
            return Ok(Vec::new());
        };
        let listed: HashSet<&str> = cached.tokens.iter().map(|t| t.id.as_str()).collect();
        Ok(store
            .local_tokens(&profile_id)?
            .into_iter()
            // A token created here after the list was fetched is simply not in it yet.
            .filter(|t| t.key_in_vault && t.created_by_app_at < cached.fetched_at)
            .filter(|t| !listed.contains(t.token_id.as_str()))
            .map(|t| OrphanView {
                token_id: t.token_id.as_str().to_owned(),
                name: Some(t.name).filter(|n| !n.is_empty()),
            })
            .collect())
    }

    /// Removes orphaned keys from the vault: only those whose token a fresh list from
    /// Scriptix confirms is gone (a stale cache must never cost a live key). Returns how many
    /// were removed.
    ///
    /// Errors: `NotSignedIn`, `Api` (nothing is removed then), `Store`, `Vault` (keys removed
    /// before the failure stay removed).
    pub async fn clean_orphans(&self) -> Result<usize> {
        let candidates = self.orphans()?;
        if candidates.is_empty() {
            return Ok(0);
        }
        let (profile_id, session, client) = self.signed_in()?;
        let live = self.expire_on_401(&profile_id, client.list_tokens(&session).await)?;
        let live: HashSet<&str> = live.iter().map(|t| t.id.as_str()).collect();
        let orphans: Vec<_> = candidates
            .into_iter()
            .filter(|o| !live.contains(o.token_id.as_str()))
            .collect();
        for orphan in &orphans {
            let id = TokenId::new(orphan.token_id.clone());
            self.vault.forget_key(&profile_id, &id).await?;
            self.store().forget_local_token(&profile_id, &id)?;
        }
        if !orphans.is_empty() {
            let detail = format!("removed {} orphaned key(s) from the vault", orphans.len());
            self.record(
                &profile_id,
                AuditAction::VaultCleanup,
                AuditOutcome::Success,
                None,
                &detail,
                &[],
            );
        }
        Ok(orphans.len())
    }

    pub(super) fn cached_names(&self, profile_id: &str) -> HashMap<String, String> {
        let cached = self.store().load_list_cache(profile_id).ok().flatten();
        cached
            .map(|c| {
                c.tokens
                    .into_iter()
                    .filter_map(|t| Some((t.id.as_str().to_owned(), t.name?)))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Adds a just-created token to the cached list so a restart shows it even offline.
    pub(super) fn add_to_cache(&self, profile_id: &str, token: &RemoteToken) {
        // A row of its own beside the cached list (a token already listed is replaced by it).
        if let Err(error) = self.store().append_to_list_cache(profile_id, token) {
            tracing::warn!(%error, "could not add a created token to the cached list");
        }
    }

    pub(super) fn remove_from_cache(&self, profile_id: &str, ids: &HashSet<String>) {
        if ids.is_empty() {
            return;
        }
        let store = self.store();
        if let Ok(Some(mut cached)) = store.load_list_cache(profile_id) {
            cached.tokens.retain(|t| !ids.contains(t.id.as_str()));
            let _ = store.save_list_cache(profile_id, &cached.tokens, cached.fetched_at);
        }
    }
}
