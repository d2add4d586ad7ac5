//! Verifying the audit log's hash chain and its seal (see `audit.rs` for what the chain and
//! the seal can and cannot show).

use rusqlite::OptionalExtension;

use super::audit::{COLUMNS, RawRow, read_seal};
use super::{Store, StoreError};
use crate::audit::AuditIntegrity;
use crate::audit::chain::{GENESIS, chain_hash, same, seal_mac};

impl Store {
    /// Walks the whole chain, oldest first, and reports the first record that was edited,
    /// moved, inserted or follows a gap (a deleted row), or the first missing position after
    /// the newest record. With the audit key, keyed rows are checked against their HMAC and
    /// the seal must vouch for the row it names; without it (vault locked) keyed rows are
    /// only checked for their links and `keyMissing` says so.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn verify_audit(&self) -> Result<AuditIntegrity, StoreError> {
        let key = self.audit_key.as_ref();
        let seal = read_seal(&self.conn)?;
        let mut statement = self
            .conn
            .prepare(&format!("SELECT {COLUMNS} FROM audit_log ORDER BY seq"))?;
        let rows = statement.query_map([], RawRow::read)?;
        let mut integrity = AuditIntegrity {
            ok: true,
            first_bad_seq: None,
            checked: 0,
            unsigned: 0,
            key_missing: key.is_none(),
        };
        let mut expected_prev = GENESIS.to_owned();
        let mut last_seq = 0;
        let mut sealed_row_ok = false;
        for row in rows {
            let row = row?;
            let hash_ok = match (row.keyed, key) {
                (true, Some(key)) => same(
                    &chain_hash(Some(key), &row.prev_hash, &row.hashed()),
                    &row.hash,
                ),
                // Without the key a keyed row can only be checked for its place in the chain.
                (true, None) => true,
                (false, _) => chain_hash(None, &row.prev_hash, &row.hashed()) == row.hash,
            };
            if row.seq != last_seq + 1
                || row.prev_hash != expected_prev
                || !hash_ok
                || !row.coded_matches_text()
            {
                return Ok(integrity.broken(Some(row.seq)));
            }
            if let (Some(key), Some((seal_seq, mac))) = (key, &seal) {
                if row.seq == *seal_seq {
                    sealed_row_ok = same(&seal_mac(key, row.seq, &row.hash), mac);
                } else if row.seq > *seal_seq && row.keyed {
                    // A keyed row the seal does not cover: the seal was rolled back.
                    return Ok(integrity.broken(Some(row.seq)));
                } else if row.seq > *seal_seq {
                    integrity.unsigned += 1;
                }
            }
            integrity.checked += 1;
            last_seq = row.seq;
            expected_prev = row.hash;
        }
        if let (Some(key), Some((0, mac))) = (key, &seal) {
            sealed_row_ok = same(&seal_mac(key, 0, GENESIS), mac);
        }
        if key.is_some() {
            match &seal {
                // Keyed, but no seal: it was removed.
                None => return Ok(integrity.broken(None)),
                // The sealed row is gone: the tail was cut off.
                Some((seal_seq, _)) if *seal_seq > last_seq => {
                    return Ok(integrity.broken(Some(last_seq + 1)));
                }
                // The sealed row is there but is not what was sealed.
                Some((seal_seq, _)) if !sealed_row_ok => {
                    return Ok(integrity.broken(Some(*seal_seq)));
                }
                Some(_) => {}
            }
        }
        let used: Option<i64> = self
            .conn
            .query_row(
                "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'",
                [],
                |row| row.get(0),
            )
            .optional()?;
        if used.is_some_and(|used| used > last_seq) {
            return Ok(integrity.broken(Some(last_seq + 1)));
        }
        Ok(integrity)
    }
}
