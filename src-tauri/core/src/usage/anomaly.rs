//! The anomaly rules: pure functions from a token's usage report and "now" to hints.
//!
//! Days are UTC days (the server's `daily` dates are UTC), so the rules never look at the
//! local time zone: "today" is `now.date_naive()` of a UTC instant. Every threshold is a
//! named constant here; the table tests in `anomaly_tests.rs` pin each edge.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use super::model::{UsageHint, UsageHintArgs, UsageHintKind, UsageReport};

/// A new IP (or spike, or failed authentication) is reported while it is at most this many
/// days old, so a hint stays visible for a week after it happened.
pub const NEW_IP_WINDOW_DAYS: i64 = 7;
/// A spike is looked for on the days of the last week.
pub const SPIKE_LOOKBACK_DAYS: i64 = 7;
/// A day is compared with the median of this many days before it.
pub const SPIKE_BASELINE_DAYS: i64 = 14;
/// Without at least this many earlier days there is no baseline, so no spike.
pub const SPIKE_MIN_HISTORY_DAYS: usize = 7;
/// A spike is strictly more than this many times the median: exactly 3× is not one.
pub const SPIKE_FACTOR: f64 = 3.0;
/// And at least this many requests that day: 4 requests after a median of 1 is noise,
/// and a key that was quiet (median 0) spikes only from 20 requests a day.
pub const SPIKE_FLOOR: u64 = 20;
/// Failed authentications with a revoked or expired key in this many days make a hint.
pub const FAILED_AUTH_WINDOW_DAYS: i64 = 7;
/// A key not used for this many days (and older than that) gets the gentle "unused" hint.
pub const UNUSED_DAYS: i64 = 90;

/// What the rules know about one token.
#[derive(Debug, Clone)]
pub struct HintInput<'a> {
    pub token_id: &'a str,
    pub token_name: Option<&'a str>,
    pub created_at: Option<DateTime<Utc>>,
    pub report: &'a UsageReport,
    /// The rotation whose grace period this token is in (it is the old, retiring key).
    pub retiring_in: Option<&'a str>,
    /// "Recently used" for the retiring rule (the `recentUseHours` setting).
    pub recent: Duration,
}

/// Every hint for one token, in a stable order (kind, then date).
pub fn hints_for(input: &HintInput<'_>, now: DateTime<Utc>) -> Vec<UsageHint> {
    let mut hints = new_ip_hints(input, now);
    hints.extend(spike_hints(input, now));
    hints.extend(failed_auth_hints(input, now));
    hints.extend(retiring_hint(input, now));
    hints.extend(unused_hint(input, now));
    hints
}

fn hint(
    input: &HintInput<'_>,
    kind: UsageHintKind,
    id: String,
    at: DateTime<Utc>,
    args: UsageHintArgs,
) -> UsageHint {
    UsageHint {
        id,
        token_id: input.token_id.to_owned(),
        token_name: input.token_name.map(str::to_owned),
        kind,
        at,
        args,
    }
}

fn day_start(date: NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&date.and_hms_opt(0, 0, 0).unwrap_or_default())
}

/// An IP first seen in the last week, for a key that was already in use before that day
/// (a brand-new key's first IP is not news). The first sighting comes from the server when
/// it says so, else from this device's observations (see `IpSeen::first_seen_at`).
pub fn new_ip_hints(input: &HintInput<'_>, now: DateTime<Utc>) -> Vec<UsageHint> {
    let report = input.report;
    report
        .last_used_ips
        .iter()
        .filter_map(|ip| {
            let first = ip.first_seen_at?;
            if first > now || now - first > Duration::days(NEW_IP_WINDOW_DAYS) {
                return None;
            }
            let first_day = first.date_naive();
            let used_before = report
                .daily
                .iter()
                .any(|d| d.date < first_day && d.requests > 0);
            used_before.then(|| {
                hint(
                    input,
                    UsageHintKind::NewIp,
                    format!("newIp:{}:{}:{first_day}", input.token_id, ip.ip),
                    first,
                    UsageHintArgs {
                        ip: Some(ip.ip.clone()),
                        date: Some(first_day),
                        count: Some(ip.requests),
                        ..UsageHintArgs::default()
                    },
                )
            })
        })
        .collect()
}

/// The median of some counts (the mean of the middle two for an even number); 0 for none.
pub fn median(values: &[u64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let n = sorted.len();
    if n == 0 {
        return 0.0;
    }
    #[allow(clippy::cast_precision_loss)]
    let at = |i: usize| sorted[i] as f64;
    if n % 2 == 1 {
        at(n / 2)
    } else {
        f64::midpoint(at(n / 2 - 1), at(n / 2))
    }
}

/// A day of the last week with more than [`SPIKE_FACTOR`] × the median of the
/// [`SPIKE_BASELINE_DAYS`] days before it and at least [`SPIKE_FLOOR`] requests.
pub fn spike_hints(input: &HintInput<'_>, now: DateTime<Utc>) -> Vec<UsageHint> {
    let today = now.date_naive();
    let daily = &input.report.daily;
    daily
        .iter()
        .filter(|d| d.date <= today && (today - d.date).num_days() < SPIKE_LOOKBACK_DAYS)
        .filter_map(|day| {
            let baseline: Vec<u64> = daily
                .iter()
                .filter(|d| {
                    d.date < day.date && (day.date - d.date).num_days() <= SPIKE_BASELINE_DAYS
                })
                .map(|d| d.requests)
                .collect();
            if baseline.len() < SPIKE_MIN_HISTORY_DAYS || day.requests < SPIKE_FLOOR {
                return None;
            }
            let median = median(&baseline);
            #[allow(clippy::cast_precision_loss)]
            let above = day.requests as f64 > SPIKE_FACTOR * median;
            above.then(|| {
                hint(
                    input,
                    UsageHintKind::Spike,
                    format!("spike:{}:{}", input.token_id, day.date),
                    day_start(day.date),
                    UsageHintArgs {
                        date: Some(day.date),
                        count: Some(day.requests),
                        median: Some(median),
                        ..UsageHintArgs::default()
                    },
                )
            })
        })
        .collect()
}

/// Something still presents a revoked or expired key: one hint per token and reason.
fn failed_auth_hints(input: &HintInput<'_>, now: DateTime<Utc>) -> Vec<UsageHint> {
    let window = Duration::days(FAILED_AUTH_WINDOW_DAYS);
    ["revoked", "expired"]
        .into_iter()
        .filter_map(|reason| {
            let recent: Vec<_> = input
                .report
                .failed_auth
                .iter()
                .filter(|f| f.reason == reason && f.at <= now && now - f.at <= window)
                .collect();
            let latest = recent.iter().max_by_key(|f| f.at)?;
            Some(hint(
                input,
                UsageHintKind::FailedAuth,
                format!("failedAuth:{}:{reason}", input.token_id),
                latest.at,
                UsageHintArgs {
                    ip: Some(latest.ip.clone()),
                    reason: Some(reason.to_owned()),
                    count: Some(recent.len() as u64),
                    ..UsageHintArgs::default()
                },
            ))
        })
        .collect()
}

/// The old key of a rotation in its grace period was used within `recent`.
fn retiring_hint(input: &HintInput<'_>, now: DateTime<Utc>) -> Option<UsageHint> {
    let rotation = input.retiring_in?;
    let last = input
        .report
        .last_used_at
        .filter(|at| *at <= now && now - *at <= input.recent)?;
    Some(hint(
        input,
        UsageHintKind::RetiringInUse,
        format!("retiringInUse:{}:{rotation}", input.token_id),
        last,
        UsageHintArgs {
            ip: input.report.last_used_ips.first().map(|ip| ip.ip.clone()),
            minutes_ago: Some((now - last).num_minutes()),
            ..UsageHintArgs::default()
        },
    ))
}

/// Gentle: not used for [`UNUSED_DAYS`] (or never) and older than that. Not for a key
/// that is being retired or that something still tries (those have their own hints).
fn unused_hint(input: &HintInput<'_>, now: DateTime<Utc>) -> Option<UsageHint> {
    let limit = Duration::days(UNUSED_DAYS);
    if input.retiring_in.is_some() || input.created_at.is_some_and(|c| now - c < limit) {
        return None;
    }
    // Never used and of unknown age: nothing can be said.
    let since = input.report.last_used_at.or(input.created_at)?;
    if now - since < limit {
        return None;
    }
    Some(hint(
        input,
        UsageHintKind::Unused,
        format!("unused:{}", input.token_id),
        since,
        UsageHintArgs {
            days: Some((now - since).num_days()),
            ..UsageHintArgs::default()
        },
    ))
}
