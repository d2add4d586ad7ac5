//! Who is using each key: the list's "Last used", a token's usage panel and the background
//! check, from the server's usage endpoint with a local fallback. The anomaly hints
//! (`usage_hints.rs`) and the delete preflight (`delete.rs`) read what this caches.
//!
//! Owns when usage is fetched (stale after [`STALE`], a few requests in flight, never one per
//! row of a whole list), the per-profile memory of a server without the endpoint (tried again
//! once a day), and the fallback to what this device did with a key (its audit log). It must
//! not decide what is an anomaly: `crate::usage` does that.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use futures::StreamExt;

use super::{Result, Workspace};
use crate::api::{ApiClient, ApiError, UsageFetch};
use crate::model::TokenId;
use crate::secret::Secret;
use crate::store::CachedUsage;
use crate::usage::{
    LastUsedView, LocalKnowledge, TokenUsageView, UsageBriefView, UsageReport, UsageSource,
};

/// A cached report older than this is fetched again when asked for.
pub const STALE: Duration = Duration::minutes(10);
/// A server without the usage endpoint is asked again after this long.
pub const RETRY_UNAVAILABLE: Duration = Duration::days(1);
/// Usage requests in flight at once.
const IN_FLIGHT: usize = 4;
/// At most this many reports are fetched for one `usage_last_used` call (the visible rows).
const MAX_PER_CALL: usize = 200;
/// The window (days) in which a first sighting is placed (see `fetch_with_sightings`).
const SIGHTING_WEEK: u32 = 7;

/// A signed-in profile's client, when there is one.
pub(super) type Signed = (String, Secret, ApiClient);

impl Workspace {
    /// "Last used" for some tokens of the active profile (the rows the list shows): from the
    /// cache, refreshing reports older than [`STALE`] first (a few at a time) when signed in.
    /// A fetch that fails leaves the cached (or local) answer; it never fails the call.
    ///
    /// Errors: `NoActiveProfile`, `Store`.
    pub async fn usage_last_used(&self, ids: Vec<String>) -> Result<UsageBriefView> {
        let profile_id = self.active_profile_id()?;
        let ids: Vec<String> = unique(ids);
        if let Ok(signed) = self.signed_in() {
            let stale = self.stale_ids(&profile_id, &ids, Utc::now())?;
            let stale: Vec<String> = stale.into_iter().take(MAX_PER_CALL).collect();
            if let Err(err) = self.refresh_usage(&signed, &stale).await {
                tracing::info!("usage could not be refreshed: {err}");
            }
        }
        let available = self.usage_available(&profile_id)?;
        let (cached, local) = {
            let store = self.store();
            (
                store.usage(&profile_id, Some(&ids))?,
                store.local_usage(&profile_id)?,
            )
        };
        let items = ids
            .iter()
            .map(|id| last_used(id, cached.get(id), local.get(id)))
            .collect();
        Ok(UsageBriefView { available, items })
    }

    /// A token's 30 days of usage, fetched now (the user opened its panel: one request, and
    /// what just happened must show); falls back to the cache and local knowledge when the
    /// server has no usage endpoint (asked again only after a day).
    ///
    /// Errors: `NoActiveProfile`, `Store`, `Api` (the usual kinds, a 401 signs out).
    pub async fn usage_token(&self, token_id: &str) -> Result<TokenUsageView> {
        let profile_id = self.active_profile_id()?;
        let ids = vec![token_id.to_owned()];
        let known_unavailable = self
            .store()
            .usage_unavailable_since(&profile_id)?
            .is_some_and(|since| Utc::now() - since < RETRY_UNAVAILABLE);
        if let Ok(signed) = self.signed_in()
            && !known_unavailable
        {
            self.refresh_usage(&signed, &ids).await?;
        }
        let available = self.usage_available(&profile_id)?;
        let (cached, local) = {
            let store = self.store();
            let cached = store.usage(&profile_id, Some(&ids))?.remove(token_id);
            let local = store
                .local_usage(&profile_id)?
                .remove(token_id)
                .unwrap_or_default();
            (cached, local)
        };
        let hints = match &cached {
            Some(c) => self.hints_of(&profile_id, &[(token_id.to_owned(), &c.report)])?,
            None => Vec::new(),
        };
        let report = cached.map(|c| c.report);
        let source = if report.is_some() {
            UsageSource::Server
        } else {
            UsageSource::Local
        };
        let report = report.unwrap_or_else(empty_report);
        Ok(TokenUsageView {
            available,
            source,
            token_id: token_id.to_owned(),
            last_used_at: report.last_used_at,
            last_used_ips: report.last_used_ips,
            daily: report.daily,
            failed_auth: report.failed_auth,
            hints,
            local,
        })
    }

    /// The background check: refreshes stale reports of every listed token (a few at a time,
    /// at most [`MAX_PER_CALL`] per run, the stalest first).
    ///
    /// Errors: `NotSignedIn`, `Store`, `Api`.
    pub async fn usage_refresh_all(&self) -> Result<()> {
        let signed = self.signed_in()?;
        let ids: Vec<String> = self
            .store()
            .load_list_cache(&signed.0)?
            .map(|l| l.tokens.iter().map(|t| t.id.as_str().to_owned()).collect())
            .unwrap_or_default();
        let stale = self.stale_ids(&signed.0, &ids, Utc::now())?;
        let stale: Vec<String> = stale.into_iter().take(MAX_PER_CALL).collect();
        self.refresh_usage(&signed, &stale).await
    }

    /// Whether the server of this profile has the usage endpoint (as far as is known).
    pub(super) fn usage_available(&self, profile_id: &str) -> Result<bool> {
        Ok(self.store().usage_unavailable_since(profile_id)?.is_none())
    }

    /// The ids whose cached report is missing or older than [`STALE`], stalest first; none
    /// while the server is known to have no usage endpoint (until a day has passed).
    pub(super) fn stale_ids(
        &self,
        profile_id: &str,
        ids: &[String],
        now: DateTime<Utc>,
    ) -> Result<Vec<String>> {
        let store = self.store();
        if store
            .usage_unavailable_since(profile_id)?
            .is_some_and(|since| now - since < RETRY_UNAVAILABLE)
        {
            return Ok(Vec::new());
        }
        let cached = store.usage(profile_id, Some(ids))?;
        let mut stale: Vec<(Option<DateTime<Utc>>, String)> = ids
            .iter()
            .filter_map(|id| {
                let fetched = cached.get(id).map(|c| c.fetched_at);
                fetched
                    .is_none_or(|at| now - at >= STALE)
                    .then(|| (fetched, id.clone()))
            })
            .collect();
        stale.sort();
        Ok(stale.into_iter().map(|(_, id)| id).collect())
    }

    /// Fetches the reports of `ids`, a few at a time, and caches them. "No usage endpoint"
    /// is remembered for the profile (and stops the rest); a report forgets it again.
    pub(super) async fn refresh_usage(&self, signed: &Signed, ids: &[String]) -> Result<()> {
        let (profile_id, session, client) = signed;
        let results: Vec<(String, std::result::Result<UsageFetch, ApiError>)> =
            futures::stream::iter(ids.iter().cloned())
                .map(|id| async move {
                    let fetched = self
                        .fetch_with_sightings(client, session, profile_id, &id)
                        .await;
                    (id, fetched)
                })
                .buffer_unordered(IN_FLIGHT)
                .collect()
                .await;
        let now = Utc::now();
        let mut failure = None;
        for (id, fetched) in results {
            match fetched {
                Ok(UsageFetch::Report(report)) => {
                    let store = self.store();
                    store.save_usage(profile_id, &id, &report, now)?;
                    store.set_usage_unavailable(profile_id, None)?;
                }
                Ok(UsageFetch::NotAvailable) => {
                    self.store().set_usage_unavailable(profile_id, Some(now))?;
                }
                Ok(UsageFetch::UnknownToken) => {}
                Err(err) => failure = Some(err),
            }
        }
        match failure {
            Some(err) => self.expire_on_401(profile_id, Err(err)),
            None => Ok(()),
        }
    }

    /// A token's report, with when each IP this device has not noted yet was first seen:
    /// an IP whose requests of the last 37 days all fall in the last 7 was not seen in the
    /// 30 days before its first sighting, and the shortest window holding all its requests
    /// (a binary search over 1–7 days, at most three more requests) names that day. Other
    /// unnoted IPs count as seen since before the window (the baseline). Only IPs new to
    /// this device cost extra requests, so a token costs one request per refresh once known.
    async fn fetch_with_sightings(
        &self,
        client: &ApiClient,
        session: &Secret,
        profile_id: &str,
        id: &str,
    ) -> std::result::Result<UsageFetch, ApiError> {
        let token = TokenId::new(id);
        let fetched = client.token_usage(session, &token).await?;
        let UsageFetch::Report(mut report) = fetched else {
            return Ok(fetched);
        };
        // The server's days: the real time, not the schedule clock.
        let now = Utc::now();
        let known = self
            .store()
            .usage_known_ips(profile_id, id)
            .unwrap_or_default();
        let week_ago = now - Duration::days(SIGHTING_WEEK.into());
        let candidates: Vec<usize> = (0..report.last_used_ips.len())
            .filter(|i| {
                let ip = &report.last_used_ips[*i];
                !known.contains(&ip.ip) && ip.first_seen_at.is_none() && ip.last_seen_at >= week_ago
            })
            .collect();
        if !candidates.is_empty() {
            let counts = |fetch: UsageFetch| -> HashMap<String, u64> {
                match fetch {
                    UsageFetch::Report(r) => r
                        .last_used_ips
                        .into_iter()
                        .map(|ip| (ip.ip, ip.requests))
                        .collect(),
                    _ => HashMap::new(),
                }
            };
            let week = client
                .token_usage_days(session, &token, SIGHTING_WEEK)
                .await?;
            // A server that ignores `days` would make every IP look new: no sightings then.
            let honours_days =
                matches!(&week, UsageFetch::Report(r) if r.daily.len() <= SIGHTING_WEEK as usize);
            let week = if honours_days {
                counts(week)
            } else {
                HashMap::new()
            };
            let longer = if week.is_empty() {
                HashMap::new()
            } else {
                counts(
                    client
                        .token_usage_days(session, &token, SIGHTING_WEEK + 30)
                        .await?,
                )
            };
            for i in candidates {
                let ip = report.last_used_ips[i].ip.clone();
                let (Some(in_week), Some(in_longer)) = (week.get(&ip), longer.get(&ip)) else {
                    continue;
                };
                if in_week != in_longer || *in_week == 0 {
                    continue;
                }
                let (mut low, mut high) = (1, SIGHTING_WEEK);
                while low < high {
                    let mid = u32::midpoint(low, high);
                    let window = counts(client.token_usage_days(session, &token, mid).await?);
                    if window.get(&ip) == Some(in_week) {
                        high = mid;
                    } else {
                        low = mid + 1;
                    }
                }
                let first_day = now.date_naive() - Duration::days(i64::from(low) - 1);
                report.last_used_ips[i].first_seen_at =
                    first_day.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
            }
        }
        let baseline = now - Duration::days(31);
        for ip in &mut report.last_used_ips {
            if ip.first_seen_at.is_none() && !known.contains(&ip.ip) {
                ip.first_seen_at = Some(baseline);
            }
        }
        Ok(UsageFetch::Report(report))
    }
}

/// Whether a use at `at` is within `hours` of `now`.
pub(super) fn is_recent(at: Option<DateTime<Utc>>, now: DateTime<Utc>, hours: u32) -> bool {
    at.is_some_and(|at| now - at <= Duration::hours(i64::from(hours)))
}

pub(super) fn unique(ids: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::new();
    ids.into_iter()
        .filter(|id| seen.insert(id.clone()))
        .collect()
}

fn empty_report() -> UsageReport {
    UsageReport {
        last_used_at: None,
        last_used_ips: Vec::new(),
        daily: Vec::new(),
        failed_auth: Vec::new(),
    }
}

fn last_used(
    id: &str,
    cached: Option<&CachedUsage>,
    local: Option<&LocalKnowledge>,
) -> LastUsedView {
    if let Some(cached) = cached {
        return LastUsedView {
            token_id: id.to_owned(),
            last_used_at: cached.report.last_used_at,
            last_ip: cached.report.last_used_ips.first().map(|ip| ip.ip.clone()),
            source: UsageSource::Server,
            local_action: None,
        };
    }
    let latest = local.and_then(LocalKnowledge::latest);
    LastUsedView {
        token_id: id.to_owned(),
        last_used_at: latest.map(|(at, _)| at),
        last_ip: None,
        source: UsageSource::Local,
        local_action: latest.map(|(_, what)| what),
    }
}

impl Workspace {
    /// "Send a test request" (demo workspace only): uploads a short generated WAV with the
    /// batch key this device holds for `token_id`, to the server that issued it; the token's
    /// cached usage is dropped so the usage panel shows the request.
    ///
    /// Errors: `Invalid` (field `tokenId`) outside the demo workspace, `KeyNotHeld`,
    /// `OtherServer`, `Vault…`, `Api` (a realtime key is `forbidden`).
    pub async fn usage_send_test_request(
        &self,
        token_id: &str,
    ) -> Result<crate::api::BatchSession> {
        if !self.active_profile_is_demo() {
            return Err(super::WorkspaceError::invalid(
                "tokenId",
                crate::i18n::Coded::new("usage-test-request-demo-only"),
            ));
        }
        let profile_id = self.active_profile_id()?;
        let id = TokenId::new(token_id);
        let key = self.held_key(&profile_id, &id).await?;
        let client = self.client_for_key(&profile_id, &id)?;
        let session = client.upload_audio(&key, &crate::api::test_wav()).await?;
        self.store().forget_usage(&profile_id, token_id)?;
        Ok(session)
    }
}
