//! Key usage at rest: raw events (kept [`RAW_RETENTION_DAYS`]), per-token daily aggregates
//! ([`DAILY_RETENTION_DAYS`]), per-token per-IP daily counts ([`IP_RETENTION_DAYS`], the
//! longest window the usage endpoint shows) and each token's last use (one row per token).
//! Owns the SQL, the retention rules and the size caps; knows nothing about HTTP.
//!
//! Days are UTC days numbered `unix_seconds / 86400`.

use rusqlite::{Connection, params};

use crate::model::KeyFailure;

/// Raw events older than this many days are deleted.
pub(crate) const RAW_RETENTION_DAYS: i64 = 30;
/// Daily aggregates are kept for this many days (today included).
pub(crate) const DAILY_RETENTION_DAYS: i64 = 400;
/// Per-IP daily counts are kept for this many days: the longest usage window.
pub(crate) const IP_RETENTION_DAYS: i64 = 90;
/// At most this many raw events are kept (the oldest go first), whatever their age.
pub(crate) const MAX_RAW_EVENTS: i64 = 500_000;
/// At most this many per-IP rows are kept (the oldest days go first).
pub(crate) const MAX_IP_ROWS: i64 = 200_000;
/// Batch transcription sessions are kept as long as raw events.
pub(crate) const SESSION_RETENTION_DAYS: i64 = RAW_RETENTION_DAYS;

const DAY: i64 = 86_400;

/// The UTC day number of a unix time.
pub(crate) const fn day_of(unix: i64) -> i64 {
    unix.div_euclid(DAY)
}

/// How a request with a recognised key ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// A working key, answered with success (or with 401/403 from elsewhere).
    Ok,
    /// A working key, answered with a non-auth 4xx or a 5xx.
    Error,
    /// A revoked or expired key, or one of the wrong type for the route.
    FailedAuth(KeyFailure),
}

impl Outcome {
    /// Classifies a working key's answer: non-auth 4xx and every 5xx are errors.
    pub fn of_status(status: u16) -> Self {
        if status >= 400 && status != 401 && status != 403 {
            Self::Error
        } else {
            Self::Ok
        }
    }

    fn parts(self) -> (&'static str, Option<&'static str>) {
        match self {
            Self::Ok => ("ok", None),
            Self::Error => ("error", None),
            Self::FailedAuth(reason) => ("failed_auth", Some(reason.as_str())),
        }
    }
}

/// One request to record.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub token_id: i64,
    pub at: i64,
    pub ip: String,
    pub route: String,
    pub status: u16,
    pub outcome: Outcome,
}

/// Records one event and its aggregates in one transaction; prunes first when `prune_at` is
/// given (the recorder asks once per UTC day and every so many events).
pub(crate) fn record(
    conn: &mut Connection,
    event: &Event,
    prune_at: Option<i64>,
) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    if let Some(now) = prune_at {
        prune(&tx, now)?;
    }
    insert_event(&tx, event)?;
    let day = day_of(event.at);
    match event.outcome {
        Outcome::Ok | Outcome::Error => {
            let errors = i64::from(event.outcome == Outcome::Error);
            add_daily(&tx, event.token_id, day, 1, errors, 0)?;
            add_ip(&tx, event.token_id, day, &event.ip, 1, event.at)?;
            touch_last(&tx, event.token_id, event.at, &event.ip)?;
        }
        Outcome::FailedAuth(_) => add_daily(&tx, event.token_id, day, 0, 0, 1)?,
    }
    tx.commit()
}

/// Inserts a raw event only (the seed writes aggregates itself).
pub(crate) fn insert_event(conn: &Connection, event: &Event) -> rusqlite::Result<()> {
    let (outcome, reason) = event.outcome.parts();
    let mut stmt = conn.prepare_cached(
        "INSERT INTO usage_events (token_id, at, ip, route, status, outcome, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    stmt.execute(params![
        event.token_id,
        event.at,
        event.ip,
        event.route,
        event.status,
        outcome,
        reason
    ])?;
    Ok(())
}

/// Adds counts to a token's day.
pub(crate) fn add_daily(
    conn: &Connection,
    token_id: i64,
    day: i64,
    requests: i64,
    errors: i64,
    failed_auth: i64,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO usage_daily (token_id, day, requests, errors, failed_auth)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (token_id, day) DO UPDATE SET
             requests = requests + excluded.requests,
             errors = errors + excluded.errors,
             failed_auth = failed_auth + excluded.failed_auth",
    )?;
    stmt.execute(params![token_id, day, requests, errors, failed_auth])?;
    Ok(())
}

/// Adds requests from `ip` to a token's day.
pub(crate) fn add_ip(
    conn: &Connection,
    token_id: i64,
    day: i64,
    ip: &str,
    requests: i64,
    last_seen_at: i64,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO usage_ips (token_id, day, ip, requests, last_seen_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (token_id, day, ip) DO UPDATE SET
             requests = requests + excluded.requests,
             last_seen_at = max(last_seen_at, excluded.last_seen_at)",
    )?;
    stmt.execute(params![token_id, day, ip, requests, last_seen_at])?;
    Ok(())
}

/// Moves a token's last use forward to `at` (never backwards).
pub(crate) fn touch_last(
    conn: &Connection,
    token_id: i64,
    at: i64,
    ip: &str,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO usage_last (token_id, last_used_at, ip) VALUES (?1, ?2, ?3)
         ON CONFLICT (token_id) DO UPDATE SET last_used_at = excluded.last_used_at, ip = excluded.ip
         WHERE excluded.last_used_at >= usage_last.last_used_at",
    )?;
    stmt.execute(params![token_id, at, ip])?;
    Ok(())
}

/// Applies the retention rules and size caps at sandbox time `now`.
pub(crate) fn prune(conn: &Connection, now: i64) -> rusqlite::Result<()> {
    let today = day_of(now);
    conn.execute(
        "DELETE FROM usage_events WHERE at < ?1",
        params![now - RAW_RETENTION_DAYS * DAY],
    )?;
    conn.execute(
        "DELETE FROM usage_events WHERE id <= (SELECT MAX(id) FROM usage_events) - ?1",
        params![MAX_RAW_EVENTS],
    )?;
    conn.execute(
        "DELETE FROM usage_daily WHERE day <= ?1",
        params![today - DAILY_RETENTION_DAYS],
    )?;
    conn.execute(
        "DELETE FROM usage_ips WHERE day <= ?1",
        params![today - IP_RETENTION_DAYS],
    )?;
    let ip_rows: i64 = conn.query_row("SELECT COUNT(*) FROM usage_ips", [], |r| r.get(0))?;
    if ip_rows > MAX_IP_ROWS {
        conn.execute(
            "DELETE FROM usage_ips WHERE (token_id, day, ip) IN
                 (SELECT token_id, day, ip FROM usage_ips ORDER BY day, last_seen_at LIMIT ?1)",
            params![ip_rows - MAX_IP_ROWS],
        )?;
    }
    conn.execute(
        "DELETE FROM transcriptions WHERE created_ms < ?1",
        params![(now - SESSION_RETENTION_DAYS * DAY).saturating_mul(1_000)],
    )?;
    Ok(())
}

/// One day of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DayCounts {
    pub day: i64,
    pub requests: i64,
    pub errors: i64,
    pub failed_auth: i64,
}

/// One client IP of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IpSeen {
    pub ip: String,
    pub last_seen_at: i64,
    pub requests: i64,
}

/// One failed authentication of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FailedAuth {
    pub at: i64,
    pub ip: String,
    pub reason: String,
}

/// What the usage endpoint shows for one token over `days` days ending today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Report {
    pub last_used_at: Option<i64>,
    pub ips: Vec<IpSeen>,
    pub daily: Vec<DayCounts>,
    pub failed: Vec<FailedAuth>,
}

/// Most IPs a report lists.
pub(crate) const REPORT_IPS: i64 = 5;
/// Most failed authentications a report lists.
pub(crate) const REPORT_FAILED: i64 = 20;

/// The report of `token_id` for the `days` UTC days ending with `now`'s day (oldest first,
/// zero days included); IPs and failed authentications most recent first.
pub(crate) fn report(
    conn: &Connection,
    token_id: i64,
    now: i64,
    days: i64,
) -> rusqlite::Result<Report> {
    let today = day_of(now);
    let first = today - days + 1;
    let mut daily: Vec<DayCounts> = (first..=today)
        .map(|day| DayCounts {
            day,
            requests: 0,
            errors: 0,
            failed_auth: 0,
        })
        .collect();
    let mut stmt = conn.prepare_cached(
        "SELECT day, requests, errors, failed_auth FROM usage_daily
         WHERE token_id = ?1 AND day BETWEEN ?2 AND ?3",
    )?;
    let rows = stmt.query_map(params![token_id, first, today], |row| {
        Ok(DayCounts {
            day: row.get(0)?,
            requests: row.get(1)?,
            errors: row.get(2)?,
            failed_auth: row.get(3)?,
        })
    })?;
    for row in rows {
        let row = row?;
        if let Some(slot) = usize::try_from(row.day - first)
            .ok()
            .and_then(|i| daily.get_mut(i))
        {
            *slot = row;
        }
    }
    let mut stmt = conn.prepare_cached(
        "SELECT ip, MAX(last_seen_at) AS seen, SUM(requests) FROM usage_ips
         WHERE token_id = ?1 AND day BETWEEN ?2 AND ?3
         GROUP BY ip ORDER BY seen DESC, ip LIMIT ?4",
    )?;
    let ips = stmt
        .query_map(params![token_id, first, today, REPORT_IPS], |row| {
            Ok(IpSeen {
                ip: row.get(0)?,
                last_seen_at: row.get(1)?,
                requests: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT at, ip, reason FROM usage_events
         WHERE token_id = ?1 AND reason IS NOT NULL AND at >= ?2 AND at <= ?3
         ORDER BY at DESC, id DESC LIMIT ?4",
    )?;
    let failed = stmt
        .query_map(params![token_id, first * DAY, now, REPORT_FAILED], |row| {
            Ok(FailedAuth {
                at: row.get(0)?,
                ip: row.get(1)?,
                reason: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut stmt =
        conn.prepare_cached("SELECT last_used_at FROM usage_last WHERE token_id = ?1")?;
    let last_used_at = stmt
        .query_row(params![token_id], |row| row.get(0))
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            other => Err(other),
        })?;
    Ok(Report {
        last_used_at,
        ips,
        daily,
        failed,
    })
}

#[cfg(test)]
#[path = "usage_tests.rs"]
mod tests;
