//! The usage cache: the last report per token, when this device first saw each IP, which
//! profiles' servers have no usage endpoint, which usage hints were notified, and what the
//! audit log says this device last did with each key.
//!
//! Metadata only (IPs, counts, times): a report has no field that could hold a key.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};
use crate::usage::{LocalKnowledge, UsageReport};

/// The first report of a token has nothing to compare with: its IPs count as seen since
/// this long before (so they are not "new").
const BASELINE: i64 = 31;

/// A rotation whose old token was kept at the end of its grace period: it was still in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RotationHold {
    pub recheck_at: DateTime<Utc>,
    pub last_used_at: DateTime<Utc>,
    pub last_ip: Option<String>,
}

/// A cached report and when it was fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedUsage {
    pub fetched_at: DateTime<Utc>,
    pub report: UsageReport,
}

fn text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn parse(t: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(t)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

impl Store {
    /// Keeps a token's report and notes the IPs it names: a token's first report sets the
    /// baseline; an IP that appears later was first seen when the server says, else at its
    /// last sighting.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn save_usage(
        &self,
        profile_id: &str,
        token_id: &str,
        report: &UsageReport,
        fetched_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let json = serde_json::to_string(report).map_err(|_| StoreError::Corrupt)?;
        let tx = self.conn.unchecked_transaction()?;
        let known: i64 = tx.query_row(
            "SELECT COUNT(*) FROM usage_cache WHERE profile_id = ?1 AND token_id = ?2",
            params![profile_id, token_id],
            |row| row.get(0),
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO usage_cache (profile_id, token_id, fetched_at, report_json)
             VALUES (?1, ?2, ?3, ?4)",
            params![profile_id, token_id, text(fetched_at), json],
        )?;
        {
            let mut insert = tx.prepare(
                "INSERT OR IGNORE INTO usage_ips (profile_id, token_id, ip, first_seen_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for ip in &report.last_used_ips {
                let first = ip.first_seen_at.unwrap_or(if known == 0 {
                    fetched_at - Duration::days(BASELINE)
                } else {
                    ip.last_seen_at
                });
                insert.execute(params![profile_id, token_id, ip.ip, text(first)])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The IPs this device has already noted for a token.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn usage_known_ips(
        &self,
        profile_id: &str,
        token_id: &str,
    ) -> Result<HashSet<String>, StoreError> {
        let mut statement = self
            .conn
            .prepare("SELECT ip FROM usage_ips WHERE profile_id = ?1 AND token_id = ?2")?;
        let rows = statement
            .query_map(params![profile_id, token_id], |row| row.get::<_, String>(0))?
            .collect::<Result<HashSet<_>, _>>()?;
        Ok(rows)
    }

    /// The cached reports of some tokens (all of the profile's when `ids` is `None`), each
    /// IP with its first sighting filled in from this device's notes when the server gave none.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn usage(
        &self,
        profile_id: &str,
        ids: Option<&[String]>,
    ) -> Result<HashMap<String, CachedUsage>, StoreError> {
        let read = |row: &rusqlite::Row<'_>| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
            ))
        };
        // Some tokens (the list's rendered rows): one primary-key lookup each, instead of
        // reading every cached report of the profile (10,000 with a long list) to keep 200.
        let rows = match ids {
            Some(ids) => {
                let mut statement = self.conn.prepare_cached(
                    "SELECT token_id, fetched_at, report_json FROM usage_cache \
                     WHERE profile_id = ?1 AND token_id = ?2",
                )?;
                let mut rows = Vec::new();
                for id in ids.iter().collect::<HashSet<_>>() {
                    if let Some(row) = statement
                        .query_row(params![profile_id, id], read)
                        .optional()?
                    {
                        rows.push(row);
                    }
                }
                rows
            }
            None => self
                .conn
                .prepare(
                    "SELECT token_id, fetched_at, report_json FROM usage_cache WHERE profile_id = ?1",
                )?
                .query_map([profile_id], read)?
                .collect::<Result<Vec<_>, _>>()?,
        };
        let firsts = self.first_sightings(profile_id)?;
        let mut out = HashMap::new();
        for (token_id, fetched, json) in rows {
            let (Some(fetched_at), Ok(mut report)) =
                (parse(&fetched), serde_json::from_str::<UsageReport>(&json))
            else {
                continue;
            };
            // The first recorded sighting wins over what a later report derived.
            for ip in &mut report.last_used_ips {
                if let Some(first) = firsts.get(&(token_id.clone(), ip.ip.clone())) {
                    ip.first_seen_at = Some(*first);
                }
            }
            out.insert(token_id, CachedUsage { fetched_at, report });
        }
        Ok(out)
    }

    fn first_sightings(
        &self,
        profile_id: &str,
    ) -> Result<HashMap<(String, String), DateTime<Utc>>, StoreError> {
        let mut statement = self
            .conn
            .prepare("SELECT token_id, ip, first_seen_at FROM usage_ips WHERE profile_id = ?1")?;
        let rows = statement
            .query_map([profile_id], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(t, ip, at)| Some(((t, ip), parse(&at)?)))
            .collect())
    }

    /// When this profile's server last answered that it has no usage endpoint.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn usage_unavailable_since(
        &self,
        profile_id: &str,
    ) -> Result<Option<DateTime<Utc>>, StoreError> {
        let at: Option<String> = self
            .conn
            .query_row(
                "SELECT checked_at FROM usage_unavailable WHERE profile_id = ?1",
                [profile_id],
                |row| row.get(0),
            )
            .optional()?;
        Ok(at.as_deref().and_then(parse))
    }

    /// Remembers (`Some`) or forgets (`None`) that the server has no usage endpoint.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn set_usage_unavailable(
        &self,
        profile_id: &str,
        at: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        match at {
            Some(at) => self.conn.execute(
                "INSERT OR REPLACE INTO usage_unavailable (profile_id, checked_at) VALUES (?1, ?2)",
                params![profile_id, text(at)],
            )?,
            None => self.conn.execute(
                "DELETE FROM usage_unavailable WHERE profile_id = ?1",
                [profile_id],
            )?,
        };
        Ok(())
    }

    /// The usage hints already notified for a profile.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn usage_hints_sent(&self, profile_id: &str) -> Result<HashSet<String>, StoreError> {
        let mut statement = self
            .conn
            .prepare("SELECT hint_id FROM usage_hints_sent WHERE profile_id = ?1")?;
        let rows = statement
            .query_map([profile_id], |row| row.get::<_, String>(0))?
            .collect::<Result<HashSet<_>, _>>()?;
        Ok(rows)
    }

    /// Records usage hints as notified.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn record_usage_hints_sent(
        &self,
        profile_id: &str,
        ids: &[String],
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        for id in ids {
            tx.execute(
                "INSERT OR IGNORE INTO usage_hints_sent (profile_id, hint_id, sent_at) VALUES (?1, ?2, ?3)",
                params![profile_id, id, text(at)],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// What this device last did with each key, from the audit log's successful copies,
    /// exports and key checks.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn local_usage(
        &self,
        profile_id: &str,
    ) -> Result<HashMap<String, LocalKnowledge>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT token_id, CASE WHEN action LIKE 'export%' THEN 'export' ELSE action END AS kind, MAX(at)
             FROM audit_log
             WHERE profile_id = ?1 AND token_id IS NOT NULL AND outcome = 'success'
               AND (action IN ('copy', 'keyCheck') OR action LIKE 'export:%')
             GROUP BY token_id, kind",
        )?;
        let rows = statement
            .query_map([profile_id], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut out: HashMap<String, LocalKnowledge> = HashMap::new();
        for (token_id, kind, at) in rows {
            let at = parse(&at);
            let entry = out.entry(token_id).or_default();
            match kind.as_str() {
                "copy" => entry.last_copied_at = at,
                "export" => entry.last_exported_at = at,
                _ => entry.last_checked_at = at,
            }
        }
        Ok(out)
    }

    /// The hold of a rotation, if it is held.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn rotation_hold(&self, rotation_id: &str) -> Result<Option<RotationHold>, StoreError> {
        let row: Option<(String, String, Option<String>)> = self
            .conn
            .query_row(
                "SELECT recheck_at, last_used_at, last_ip FROM rotation_holds WHERE rotation_id = ?1",
                [rotation_id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?;
        Ok(row.and_then(|(recheck, last, ip)| {
            Some(RotationHold {
                recheck_at: parse(&recheck)?,
                last_used_at: parse(&last)?,
                last_ip: ip,
            })
        }))
    }

    /// Holds a rotation (`Some`) or lets it go (`None`).
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn set_rotation_hold(
        &self,
        rotation_id: &str,
        hold: Option<&RotationHold>,
    ) -> Result<(), StoreError> {
        match hold {
            Some(h) => self.conn.execute(
                "INSERT OR REPLACE INTO rotation_holds (rotation_id, recheck_at, last_used_at, last_ip)
                 VALUES (?1, ?2, ?3, ?4)",
                params![rotation_id, text(h.recheck_at), text(h.last_used_at), h.last_ip],
            )?,
            None => self
                .conn
                .execute("DELETE FROM rotation_holds WHERE rotation_id = ?1", [rotation_id])?,
        };
        Ok(())
    }

    /// Drops a token's cached report (the next look fetches it again).
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn forget_usage(&self, profile_id: &str, token_id: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "DELETE FROM usage_cache WHERE profile_id = ?1 AND token_id = ?2",
            params![profile_id, token_id],
        )?;
        Ok(())
    }
}
