//! Deleting (revoking) tokens: the delete itself (a few at a time, the vault copy of a key
//! removed only once the server confirmed), the delete preflight (when and from where each
//! token about to be deleted was last used), and the delete that keeps a token used within
//! the `recentUseHours` setting unless the user confirms. Fetching and caching the usage is
//! `usage.rs`'s.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use futures::StreamExt;
use serde::Serialize;

use super::usage::{is_recent, unique};
use super::views::{DeleteReport, DeleteResultView};
use super::{Result, Workspace};
use crate::api::{ApiError, DeleteOutcome};
use crate::audit::{AuditAction, AuditOutcome};
use crate::i18n::Coded;
use crate::model::TokenId;

/// How many deletes of a bulk delete run at once.
const DELETE_CONCURRENCY: usize = 4;

/// One token of the delete preflight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PreflightToken {
    pub id: String,
    pub name: String,
    pub last_used_at: Option<DateTime<Utc>>,
    pub last_ip: Option<String>,
    pub recent: bool,
}

/// The reply of `tokens_delete_preflight`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PreflightView {
    pub available: bool,
    pub recent_hours: u32,
    pub tokens: Vec<PreflightToken>,
}

impl Workspace {
    /// Deletes (revokes) tokens, a few at a time. A 404 counts as done. The vault copy of a
    /// key is removed only after the server confirmed its token is gone. Each token gets
    /// its own result; one failure does not stop the others.
    ///
    /// Errors: `NotSignedIn` (per-token failures are in the report).
    pub async fn delete_tokens(&self, ids: Vec<String>) -> Result<DeleteReport> {
        let (profile_id, session, client) = self.signed_in()?;
        let names = self.cached_names(&profile_id);
        let unique: Vec<String> = ids.into_iter().fold(Vec::new(), |mut acc, id| {
            if !acc.contains(&id) {
                acc.push(id);
            }
            acc
        });
        let outcomes: Vec<(TokenId, std::result::Result<DeleteOutcome, ApiError>)> =
            futures::stream::iter(unique)
                .map(|id| {
                    let (client, session) = (client.clone(), session.clone());
                    async move {
                        let id = TokenId::new(id);
                        let outcome = client.delete_token(&session, &id).await;
                        (id, outcome)
                    }
                })
                .buffered(DELETE_CONCURRENCY)
                .collect()
                .await;
        let mut results = Vec::with_capacity(outcomes.len());
        let mut gone = HashSet::new();
        for (id, outcome) in outcomes {
            let name = names.get(id.as_str()).cloned();
            let result = match outcome {
                Ok(outcome) => {
                    gone.insert(id.as_str().to_owned());
                    let forgot = self.vault.forget_key(&profile_id, &id).await;
                    let _ = self.store().forget_local_token(&profile_id, &id);
                    DeleteResultView {
                        id: id.as_str().to_owned(),
                        name,
                        ok: true,
                        already_gone: outcome == DeleteOutcome::AlreadyGone,
                        recent_use: false,
                        message: forgot.as_ref().err().map(|e| format!("Deleted on Scriptix, but this device's copy of the key could not be removed: {e}")),
                        message_coded: forgot.err().map(|e| {
                            Coded::new("delete-key-not-removed").arg("reason", e.coded())
                        }),
                    }
                }
                Err(error) => {
                    if matches!(error, ApiError::Unauthorized { .. }) {
                        let _ = self.expire_on_401::<()>(&profile_id, Err(error.clone()));
                    }
                    DeleteResultView {
                        id: id.as_str().to_owned(),
                        name,
                        ok: false,
                        already_gone: false,
                        recent_use: false,
                        message: Some(error.to_string()),
                        message_coded: Some(error.coded()),
                    }
                }
            };
            let outcome = if result.ok {
                AuditOutcome::Success
            } else {
                AuditOutcome::Failure
            };
            let token_id = TokenId::new(result.id.clone());
            let token = Some((&token_id, result.name.as_deref()));
            match &result.message_coded {
                Some(coded) => self.record_message(
                    &profile_id,
                    AuditAction::Delete,
                    outcome,
                    token,
                    crate::i18n::StoredMessage::from(coded),
                    &[],
                ),
                None => self.record(
                    &profile_id,
                    AuditAction::Delete,
                    outcome,
                    token,
                    result.message.as_deref().unwrap_or_default(),
                    &[],
                ),
            }
            if result.ok {
                let _ = self
                    .store()
                    .forget_notes(&profile_id, &TokenId::new(result.id.clone()));
            }
            results.push(result);
        }
        self.remove_from_cache(&profile_id, &gone);
        Ok(DeleteReport { results })
    }

    /// When and from where each token was last used, fetched now (a delete is about to
    /// happen), and whether that was within the `recentUseHours` setting.
    ///
    /// Errors: `NoActiveProfile`, `Store`, `Api` (a fetch failing other than "no endpoint").
    pub async fn delete_preflight(&self, ids: Vec<String>) -> Result<PreflightView> {
        let profile_id = self.active_profile_id()?;
        let ids = unique(ids);
        if let Ok(signed) = self.signed_in() {
            self.refresh_usage(&signed, &ids).await?;
        }
        self.preflight_from_cache(&profile_id, &ids)
    }

    fn preflight_from_cache(&self, profile_id: &str, ids: &[String]) -> Result<PreflightView> {
        let recent_hours = self.settings().recent_use_hours;
        let available = self.usage_available(profile_id)?;
        let now = self.clock.now();
        let names = self.cached_names(profile_id);
        let cached = self.store().usage(profile_id, Some(ids))?;
        let tokens = ids
            .iter()
            .map(|id| {
                let report = cached.get(id).map(|c| &c.report);
                let last_used_at = report.and_then(|r| r.last_used_at);
                PreflightToken {
                    id: id.clone(),
                    name: names.get(id).cloned().unwrap_or_else(|| id.clone()),
                    last_used_at,
                    last_ip: report.and_then(|r| r.last_used_ips.first().map(|i| i.ip.clone())),
                    recent: is_recent(last_used_at, now, recent_hours),
                }
            })
            .collect();
        Ok(PreflightView {
            available,
            recent_hours,
            tokens,
        })
    }

    /// Deletes tokens like [`Workspace::delete_tokens`], but first asks Scriptix again when
    /// each was last used: one used within the `recentUseHours` setting is kept (its result
    /// says `recentUse`) unless `confirm_recent_use`. When the usage cannot be fetched, the
    /// last known usage decides (a key known to be in use is still protected).
    ///
    /// Errors: `NotSignedIn`, `Store` (per-token failures are in the report).
    pub async fn delete_tokens_checked(
        &self,
        ids: Vec<String>,
        confirm_recent_use: bool,
    ) -> Result<super::DeleteReport> {
        if confirm_recent_use {
            return self.delete_tokens(ids).await;
        }
        let signed = self.signed_in()?;
        let ids = unique(ids);
        let fetch: Vec<String> = if self.usage_available(&signed.0)? {
            ids.clone()
        } else {
            self.stale_ids(&signed.0, &ids, Utc::now())?
        };
        if let Err(err) = self.refresh_usage(&signed, &fetch).await {
            tracing::info!("usage could not be checked before a delete: {err}");
        }
        let preflight = self.preflight_from_cache(&signed.0, &ids)?;
        let (held, free): (Vec<PreflightToken>, Vec<PreflightToken>) =
            preflight.tokens.into_iter().partition(|t| t.recent);
        let mut report = self
            .delete_tokens(free.into_iter().map(|t| t.id).collect())
            .await?;
        let now = self.clock.now();
        for token in held {
            let minutes = token
                .last_used_at
                .map_or(0, |at| (now - at).num_minutes().max(0));
            let coded = match token.last_ip.as_deref() {
                Some(ip) => Coded::new("delete-in-use-from").arg("ip", ip),
                None => Coded::new("delete-in-use"),
            }
            .arg("minutes", minutes);
            report.results.push(super::DeleteResultView {
                id: token.id,
                name: Some(token.name),
                ok: false,
                already_gone: false,
                recent_use: true,
                message: Some(coded.to_string()),
                message_coded: Some(coded),
            });
        }
        let order: HashMap<&str, usize> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.as_str(), i))
            .collect();
        report
            .results
            .sort_by_key(|r| order.get(r.id.as_str()).copied().unwrap_or(usize::MAX));
        Ok(report)
    }
}
