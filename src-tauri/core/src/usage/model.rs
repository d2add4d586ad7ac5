//! The usage report as read from Scriptix, and the views the window gets.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// One IP a key was used from (`last_used_ips`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IpSeen {
    pub ip: String,
    pub last_seen_at: DateTime<Utc>,
    pub requests: u64,
    /// When this IP was first seen for the key: from the server when it says so, else from
    /// this device's own observations (see the store's `usage_ips`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_seen_at: Option<DateTime<Utc>>,
}

/// One UTC day of the 30-day series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DayUsage {
    pub date: NaiveDate,
    pub requests: u64,
    pub errors: u64,
    pub failed_auth: u64,
}

/// One failed authentication with a known (revoked, expired, wrong-type) key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FailedAuth {
    pub at: DateTime<Utc>,
    pub ip: String,
    /// `revoked`, `expired`, `wrong_type` or whatever else the server says (kept as a code).
    pub reason: String,
}

/// `GET /api/v3/tokens/{id}/usage` as this app understands it. Metadata only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageReport {
    pub last_used_at: Option<DateTime<Utc>>,
    pub last_used_ips: Vec<IpSeen>,
    /// Oldest first.
    pub daily: Vec<DayUsage>,
    /// Most recent first.
    pub failed_auth: Vec<FailedAuth>,
}

/// Where a "last used" came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum UsageSource {
    /// The server's usage report.
    Server,
    /// This device's audit log (last copied, exported or checked here).
    Local,
}

/// What this device did with a key, from the audit log.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalKnowledge {
    pub last_copied_at: Option<DateTime<Utc>>,
    pub last_exported_at: Option<DateTime<Utc>>,
    pub last_checked_at: Option<DateTime<Utc>>,
}

impl LocalKnowledge {
    /// The latest local action and its name (`copied`, `exported`, `checked`).
    pub fn latest(&self) -> Option<(DateTime<Utc>, &'static str)> {
        [
            (self.last_copied_at, "copied"),
            (self.last_exported_at, "exported"),
            (self.last_checked_at, "checked"),
        ]
        .into_iter()
        .filter_map(|(at, what)| at.map(|at| (at, what)))
        .max_by_key(|(at, _)| *at)
    }
}

/// One row's "Last used" (`usage_last_used`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LastUsedView {
    pub token_id: String,
    pub last_used_at: Option<DateTime<Utc>>,
    pub last_ip: Option<String>,
    pub source: UsageSource,
    pub local_action: Option<&'static str>,
}

/// The reply of `usage_last_used`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageBriefView {
    pub available: bool,
    pub items: Vec<LastUsedView>,
}

/// The kinds of hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum UsageHintKind {
    NewIp,
    Spike,
    FailedAuth,
    RetiringInUse,
    Unused,
}

impl UsageHintKind {
    /// Gentle hints (unused keys) are shown but not counted in the badge.
    pub fn counts_in_badge(self) -> bool {
        self != Self::Unused
    }
}

/// The arguments a hint's sentence is built from (the UI's catalogue owns the sentence).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageHintArgs {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub median: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes_ago: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
}

/// One anomaly. `id` is stable per anomaly (one desktop notification per id).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageHint {
    pub id: String,
    pub token_id: String,
    pub token_name: Option<String>,
    pub kind: UsageHintKind,
    pub at: DateTime<Utc>,
    pub args: UsageHintArgs,
}

/// The reply of `usage_hints`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageHintsView {
    pub available: bool,
    pub hints: Vec<UsageHint>,
}

/// The reply of `usage_token`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenUsageView {
    pub available: bool,
    pub source: UsageSource,
    pub token_id: String,
    pub last_used_at: Option<DateTime<Utc>>,
    pub last_used_ips: Vec<IpSeen>,
    pub daily: Vec<DayUsage>,
    pub failed_auth: Vec<FailedAuth>,
    pub hints: Vec<UsageHint>,
    pub local: LocalKnowledge,
}
