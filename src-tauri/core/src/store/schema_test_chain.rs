//! For the schema migration tests: a database as an older version left it — migrated to
//! `version`, with a keyed audit chain written the way that version wrote it.

use rusqlite::{Connection, params};

use super::schema::MIGRATIONS;
use crate::audit::chain::{AuditKey, GENESIS, HashedRow, chain_hash, seal_mac};

/// A database at `path` migrated to `version`, with one `action` audit row per `(detail,
/// coded)` (English detail in the hash; `coded` stored beside it when the version has the
/// column) and the seal over the last row.
pub(super) fn older_database(
    path: &std::path::Path,
    version: usize,
    key: &AuditKey,
    action: &str,
    rows: &[(&str, Option<String>)],
) -> Connection {
    let conn = Connection::open(path).unwrap();
    for sql in &MIGRATIONS[..version] {
        conn.execute_batch(sql).unwrap();
    }
    conn.pragma_update(None, "user_version", version).unwrap();
    let mut prev = GENESIS.to_owned();
    for (i, (detail, coded)) in rows.iter().enumerate() {
        let seq = i64::try_from(i).unwrap() + 1;
        let at = format!("2026-05-01T10:0{i}:00.000Z");
        let row = HashedRow {
            seq,
            at: &at,
            profile_id: "p1",
            actor: "dana@example.com",
            action,
            token_id: Some("42"),
            token_name: Some("Production"),
            outcome: "success",
            detail,
            detail_coded: None,
        };
        let hash = chain_hash(Some(key), &prev, &row);
        match coded {
            None => conn.execute(
                "INSERT INTO audit_log (seq, at, profile_id, actor, action, token_id, token_name, outcome, detail, prev_hash, hash, keyed)
                 VALUES (?1, ?2, 'p1', 'dana@example.com', ?3, '42', 'Production', 'success', ?4, ?5, ?6, 1)",
                params![seq, at, action, detail, prev, hash],
            ),
            Some(coded) => conn.execute(
                "INSERT INTO audit_log (seq, at, profile_id, actor, action, token_id, token_name, outcome, detail, detail_coded, prev_hash, hash, keyed)
                 VALUES (?1, ?2, 'p1', 'dana@example.com', ?3, '42', 'Production', 'success', ?4, ?5, ?6, ?7, 1)",
                params![seq, at, action, detail, coded, prev, hash],
            ),
        }
        .unwrap();
        prev = hash;
    }
    let last = i64::try_from(rows.len()).unwrap();
    conn.execute(
        "INSERT INTO audit_seal (id, seq, mac) VALUES (1, ?1, ?2)",
        params![last, seal_mac(key, last, &prev)],
    )
    .unwrap();
    conn
}
