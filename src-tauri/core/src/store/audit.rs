//! Storage of the audit log: append and list with filters (verifying the hash chain is
//! `audit_verify.rs`).
//!
//! Append-only: there is no update or delete method, and the schema's triggers make SQLite
//! refuse UPDATE, DELETE and an `INSERT OR REPLACE` over an existing position on
//! `audit_log`. The chain is keyed with the audit key from the OS vault (see
//! [`crate::audit::chain`]) and the newest keyed row is sealed in `audit_seal`, so
//! [`Store::verify_audit`] finds edited, deleted, reordered and inserted rows and a cut-off
//! tail, even when whoever changed the file recomputed every plain hash. What it cannot see:
//! the whole database deleted or swapped for an older copy of itself, rows written while the
//! vault was locked and changed before the next keyed row (they are counted as unsigned).

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{OptionalExtension, Row, params};

use super::{Store, StoreError};
use crate::audit::chain::{AuditKey, GENESIS, HashedRow, chain_hash, seal_mac};
use crate::audit::{
    AuditAction, AuditEntry, AuditFilter, AuditOutcome, AuditRecord, coded_detail, scrub,
};
use crate::i18n::{Catalogue, StoredMessage};
use crate::model::TokenId;

pub(super) const COLUMNS: &str = "seq, at, profile_id, actor, action, token_id, token_name, outcome, detail, prev_hash, hash, keyed, detail_coded";

/// A row exactly as stored.
pub(super) struct RawRow {
    pub(super) seq: i64,
    at: String,
    profile_id: String,
    actor: String,
    action: String,
    token_id: Option<String>,
    token_name: Option<String>,
    outcome: String,
    detail: String,
    pub(super) prev_hash: String,
    pub(super) hash: String,
    pub(super) keyed: bool,
    /// The detail as a coded message (JSON). Rows from before schema version 11 keep their
    /// English text in `detail` (that is what their hash covers) and got this beside it.
    detail_coded: Option<String>,
}

impl RawRow {
    pub(super) fn read(row: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            seq: row.get(0)?,
            at: row.get(1)?,
            profile_id: row.get(2)?,
            actor: row.get(3)?,
            action: row.get(4)?,
            token_id: row.get(5)?,
            token_name: row.get(6)?,
            outcome: row.get(7)?,
            detail: row.get(8)?,
            prev_hash: row.get(9)?,
            hash: row.get(10)?,
            keyed: row.get(11)?,
            detail_coded: row.get(12)?,
        })
    }

    pub(super) fn hashed(&self) -> HashedRow<'_> {
        HashedRow {
            seq: self.seq,
            at: &self.at,
            profile_id: &self.profile_id,
            actor: &self.actor,
            action: &self.action,
            token_id: self.token_id.as_deref(),
            token_name: self.token_name.as_deref(),
            outcome: &self.outcome,
            detail: &self.detail,
            detail_coded: if self.detail.is_empty() {
                self.detail_coded.as_deref()
            } else {
                None
            },
        }
    }

    /// A row from before coded details (English `detail`) must carry the coded form of that
    /// same text: its English reading is the text the hash covers, so a changed code or
    /// argument is found although the hash does not cover them.
    pub(super) fn coded_matches_text(&self) -> bool {
        if self.detail.is_empty() {
            return true;
        }
        self.detail_coded
            .as_deref()
            .and_then(StoredMessage::from_json)
            .is_some_and(|m| m.format(Catalogue::english()) == self.detail)
    }

    fn into_record(self) -> Result<AuditRecord, StoreError> {
        let at = DateTime::parse_from_rfc3339(&self.at)
            .map_err(|_| StoreError::Corrupt)?
            .with_timezone(&Utc);
        let coded = self
            .detail_coded
            .as_deref()
            .and_then(StoredMessage::from_json);
        let detail = if self.detail.is_empty() {
            coded.as_ref().map(|m| m.format(Catalogue::english()))
        } else {
            Some(self.detail)
        };
        Ok(AuditRecord {
            seq: self.seq,
            at,
            action: AuditAction::from_code(&self.action),
            outcome: AuditOutcome::parse(&self.outcome).ok_or(StoreError::Corrupt)?,
            profile_id: self.profile_id,
            actor: self.actor,
            token_id: self.token_id.map(TokenId::new),
            token_name: self.token_name,
            detail,
            detail_coded: coded,
            prev_hash: self.prev_hash,
            hash: self.hash,
        })
    }
}

fn time_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Whether a record matches the free-text part of a filter (any case, any text field).
fn matches_text(record: &AuditRecord, needle: &str) -> bool {
    let fields = [
        record.profile_id.as_str(),
        record.actor.as_str(),
        record.action.name(),
        record.token_id.as_ref().map_or("", TokenId::as_str),
        record.token_name.as_deref().unwrap_or(""),
        record.outcome.as_str(),
        record.detail.as_deref().unwrap_or(""),
    ];
    fields.iter().any(|f| f.to_lowercase().contains(needle))
}

impl Store {
    /// Appends one entry to the chain and returns it as stored. Text is scrubbed of
    /// key-shaped words once more on the way in.
    ///
    /// Errors: [`StoreError::Sqlite`], [`StoreError::Corrupt`].
    pub fn append_audit(&self, entry: &AuditEntry) -> Result<AuditRecord, StoreError> {
        // A savepoint, not a transaction: the append may be one of several writes committed
        // together (Store::in_one_commit); the row and its seal are kept or undone together.
        let nested = super::Nested::begin(&self.conn, "audit_append")?;
        let conn = &self.conn;
        let last: Option<(i64, String)> = conn
            .query_row(
                "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let used: Option<i64> = conn
            .query_row(
                "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'",
                [],
                |row| row.get(0),
            )
            .optional()?;
        let last_seq = last.as_ref().map_or(0, |(seq, _)| *seq);
        let prev_hash = last.map_or_else(|| GENESIS.to_owned(), |(_, hash)| hash);
        let mut row = RawRow {
            seq: last_seq.max(used.unwrap_or(0)) + 1,
            at: entry.at_text(),
            profile_id: entry.profile_id().to_owned(),
            actor: scrub(entry.actor(), &[]),
            action: entry.action().code(),
            token_id: entry.token_id().map(|id| id.as_str().to_owned()),
            token_name: entry.token_name().map(|n| scrub(n, &[])),
            outcome: entry.outcome().as_str().to_owned(),
            // Stored as a code and its arguments, never as a sentence.
            detail: String::new(),
            detail_coded: match entry.detail_message() {
                Some(message) => Some(message.to_json()),
                None => Some(scrub(entry.detail(), &[]))
                    .filter(|d| !d.is_empty())
                    .map(|d| coded_detail(&d).to_json()),
            },
            prev_hash,
            hash: String::new(),
            keyed: self.audit_key.is_some(),
        };
        row.hash = chain_hash(self.audit_key.as_ref(), &row.prev_hash, &row.hashed());
        conn.execute(
            &format!("INSERT INTO audit_log ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"),
            params![
                row.seq,
                row.at,
                row.profile_id,
                row.actor,
                row.action,
                row.token_id,
                row.token_name,
                row.outcome,
                row.detail,
                row.prev_hash,
                row.hash,
                row.keyed,
                row.detail_coded
            ],
        )?;
        if let Some(key) = &self.audit_key {
            write_seal(conn, key, row.seq, &row.hash)?;
        }
        nested.keep()?;
        row.into_record()
    }

    /// Keys the chain from now on with `key` (from the OS vault). The first time, the chain
    /// as it stands is sealed, so rows written before keying are protected from here on.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn set_audit_key(&mut self, key: AuditKey) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        if read_seal(&tx)?.is_none() {
            let last: Option<(i64, String)> = tx
                .query_row(
                    "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                    [],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?;
            let (seq, hash) = last.unwrap_or_else(|| (0, GENESIS.to_owned()));
            write_seal(&tx, &key, seq, &hash)?;
        }
        tx.commit()?;
        self.audit_key = Some(key);
        Ok(())
    }

    /// Whether the chain is keyed (the audit key was read from the vault).
    pub fn has_audit_key(&self) -> bool {
        self.audit_key.is_some()
    }

    /// Records matching a filter, newest first; `profile` `None` means every profile. A
    /// profile's deletion is listed with every profile: once it is gone, no view of its own
    /// is left to show it.
    ///
    /// Errors: [`StoreError::Sqlite`], [`StoreError::Corrupt`].
    pub fn audit(
        &self,
        profile: Option<&str>,
        filter: &AuditFilter,
    ) -> Result<Vec<AuditRecord>, StoreError> {
        let action = filter
            .action
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty());
        let token = filter
            .token
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty());
        let mut statement = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM audit_log
             WHERE (?1 IS NULL OR profile_id = ?1 OR action = 'profileDelete')
               AND (?2 IS NULL OR action = ?2 OR action LIKE ?2 || ':%')
               AND (?3 IS NULL OR token_id = ?3 OR instr(lower(token_name), lower(?3)) > 0)
               AND (?4 IS NULL OR at >= ?4)
               AND (?5 IS NULL OR at < ?5)
             ORDER BY seq DESC"
        ))?;
        let rows = statement
            .query_map(
                params![
                    profile,
                    action,
                    token,
                    filter.since.map(time_text),
                    filter.until.map(time_text)
                ],
                RawRow::read,
            )?
            .collect::<Result<Vec<_>, _>>()?;
        let needle = filter.text.as_deref().map(|t| t.trim().to_lowercase());
        let mut records = Vec::new();
        for row in rows {
            let record = row.into_record()?;
            if needle.as_deref().is_none_or(|n| matches_text(&record, n)) {
                records.push(record);
            }
            if filter.limit.is_some_and(|limit| records.len() >= limit) {
                break;
            }
        }
        Ok(records)
    }
}

/// The seal: `(seq, mac)` of the newest keyed row (seq 0 = the empty chain).
pub(super) fn read_seal(conn: &rusqlite::Connection) -> Result<Option<(i64, String)>, StoreError> {
    Ok(conn
        .query_row("SELECT seq, mac FROM audit_seal WHERE id = 1", [], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .optional()?)
}

fn write_seal(
    conn: &rusqlite::Connection,
    key: &AuditKey,
    seq: i64,
    hash: &str,
) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO audit_seal (id, seq, mac) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, mac = excluded.mac",
        params![seq, seal_mac(key, seq, hash)],
    )?;
    Ok(())
}
