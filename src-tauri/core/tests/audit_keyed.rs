//! The keyed audit chain: an attacker with the database file but without the audit key
//! (which lives in the OS vault) cannot rewrite, cut or replace entries unseen.
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Duration, Utc};
use rusqlite::{Connection, params};
use scriptix_keys_core::Store;
use scriptix_keys_core::audit::{AuditAction, AuditEntry, AuditIntegrity, AuditKey, AuditOutcome};
use scriptix_keys_core::model::TokenId;
use serde::Serialize;
use sha2::{Digest, Sha256};
use tempfile::TempDir;

fn entry(minutes: i64, action: AuditAction) -> AuditEntry {
    let at = DateTime::parse_from_rfc3339("2026-05-01T10:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
        + Duration::minutes(minutes);
    AuditEntry::new(at, "p1", "dana@example.com", action, AuditOutcome::Success)
        .with_token(&TokenId::new("42"), Some("Production"))
}

/// A store at a file with `plain` unkeyed rows, then the key, then `keyed` keyed rows.
fn store_with(plain: usize, keyed: usize) -> (TempDir, Store, Connection, AuditKey) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("local.sqlite3");
    let mut store = Store::open(&path).unwrap();
    let mut minute = 0;
    for _ in 0..plain {
        store
            .append_audit(&entry(minute, AuditAction::Copy))
            .unwrap();
        minute += 1;
    }
    let key = AuditKey::generate();
    store.set_audit_key(key.clone()).unwrap();
    for _ in 0..keyed {
        store
            .append_audit(&entry(minute, AuditAction::Copy))
            .unwrap();
        minute += 1;
    }
    let raw = Connection::open(&path).unwrap();
    (dir, store, raw, key)
}

fn intact(checked: usize) -> AuditIntegrity {
    AuditIntegrity {
        ok: true,
        first_bad_seq: None,
        checked,
        unsigned: 0,
        key_missing: false,
    }
}

/// What an attacker with SQLite and the published hash formula does: drop the guards.
fn drop_guards(raw: &Connection) {
    raw.execute_batch(
        "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;
         DROP TRIGGER audit_log_no_replace;",
    )
    .unwrap();
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Row {
    seq: i64,
    at: String,
    profile_id: String,
    actor: String,
    action: String,
    token_id: Option<String>,
    token_name: Option<String>,
    outcome: String,
    detail: String,
}

/// Rewrites every row from `from` on as a valid *plain* SHA-256 chain (what the chain was
/// before it was keyed), marking them unkeyed.
fn recompute_plain_chain(raw: &Connection, from: i64) {
    let mut prev: String = raw
        .query_row(
            "SELECT hash FROM audit_log WHERE seq < ?1 ORDER BY seq DESC LIMIT 1",
            [from],
            |r| r.get(0),
        )
        .unwrap_or_else(|_| "0".repeat(64));
    let rows: Vec<Row> = raw
        .prepare("SELECT seq, at, profile_id, actor, action, token_id, token_name, outcome, detail FROM audit_log WHERE seq >= ?1 ORDER BY seq")
        .unwrap()
        .query_map([from], |r| {
            Ok(Row {
                seq: r.get(0)?,
                at: r.get(1)?,
                profile_id: r.get(2)?,
                actor: r.get(3)?,
                action: r.get(4)?,
                token_id: r.get(5)?,
                token_name: r.get(6)?,
                outcome: r.get(7)?,
                detail: r.get(8)?,
            })
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for row in rows {
        let mut hasher = Sha256::new();
        hasher.update(prev.as_bytes());
        hasher.update(serde_json::to_vec(&row).unwrap());
        let hash = hex::encode(hasher.finalize());
        raw.execute(
            "UPDATE audit_log SET prev_hash = ?1, hash = ?2, keyed = 0 WHERE seq = ?3",
            params![prev, hash, row.seq],
        )
        .unwrap();
        prev = hash;
    }
}

#[test]
fn a_keyed_log_verifies_and_keeps_the_key_out_of_the_file() {
    let (dir, store, _raw, key) = store_with(0, 3);
    assert_eq!(store.verify_audit().unwrap(), intact(3));
    drop(store);
    let mut bytes = std::fs::read(dir.path().join("local.sqlite3")).unwrap();
    bytes.extend(std::fs::read(dir.path().join("local.sqlite3-wal")).unwrap_or_default());
    let key_text = key.as_secret().expose().to_owned();
    assert!(!String::from_utf8_lossy(&bytes).contains(&key_text));
}

/// Fails on main before the keyed chain: the plain chain was recomputable by anyone.
#[test]
fn an_edit_with_a_recomputed_chain_is_found_when_the_log_is_keyed() {
    let (_dir, store, raw, _key) = store_with(0, 4);
    drop_guards(&raw);
    raw.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2", [])
        .unwrap();
    recompute_plain_chain(&raw, 2);
    let report = store.verify_audit().unwrap();
    assert!(!report.ok, "{report:?}");
}

/// Fails on main before the seal: rewinding sqlite_sequence hid a cut-off tail.
#[test]
fn a_cut_off_tail_is_found_even_with_the_sequence_rewound() {
    let (_dir, store, raw, _key) = store_with(0, 4);
    drop_guards(&raw);
    raw.execute_batch(
        "DELETE FROM audit_log WHERE seq > 2;
         UPDATE sqlite_sequence SET seq = 2 WHERE name = 'audit_log';",
    )
    .unwrap();
    assert_eq!(
        store.verify_audit().unwrap(),
        AuditIntegrity {
            ok: false,
            first_bad_seq: Some(3),
            ..intact(2)
        }
    );
}

#[test]
fn a_removed_or_rolled_back_seal_is_found() {
    let (_dir, store, raw, _key) = store_with(0, 3);
    let old: (i64, String) = raw
        .query_row("SELECT seq, mac FROM audit_seal", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    store.append_audit(&entry(9, AuditAction::Delete)).unwrap();
    raw.execute(
        "UPDATE audit_seal SET seq = ?1, mac = ?2",
        params![old.0, old.1],
    )
    .unwrap();
    assert!(!store.verify_audit().unwrap().ok, "rolled back");
    raw.execute("DELETE FROM audit_seal", []).unwrap();
    assert!(!store.verify_audit().unwrap().ok, "removed");
}

/// Fails on main: `INSERT OR REPLACE` deleted the old row without firing the delete guard.
#[test]
fn insert_or_replace_over_an_existing_entry_is_refused() {
    let (_dir, store, raw, _key) = store_with(0, 3);
    let err = raw
        .execute(
            "INSERT OR REPLACE INTO audit_log (seq, at, profile_id, actor, action, outcome, detail, prev_hash, hash)
             SELECT seq, at, profile_id, 'mallory', action, outcome, detail, prev_hash, hash FROM audit_log WHERE seq = 2",
            [],
        )
        .unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
    let actor: String = raw
        .query_row("SELECT actor FROM audit_log WHERE seq = 2", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(actor, "dana@example.com");
    assert_eq!(store.verify_audit().unwrap(), intact(3));
}

#[test]
fn rows_from_before_keying_are_sealed_when_the_key_arrives() {
    let (_dir, store, raw, _key) = store_with(3, 0);
    assert_eq!(store.verify_audit().unwrap(), intact(3));
    drop_guards(&raw);
    raw.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1", [])
        .unwrap();
    recompute_plain_chain(&raw, 1);
    assert!(!store.verify_audit().unwrap().ok);
}

#[test]
fn rows_written_while_the_vault_is_locked_are_unsigned_until_a_keyed_row_follows() {
    let (dir, store, _raw, key) = store_with(0, 2);
    drop(store);
    // The next start cannot read the key (vault locked): rows are plain.
    let locked = Store::open(dir.path().join("local.sqlite3")).unwrap();
    locked.append_audit(&entry(5, AuditAction::Copy)).unwrap();
    let report = locked.verify_audit().unwrap();
    assert!(report.ok && report.key_missing, "{report:?}");
    drop(locked);
    let mut unlocked = Store::open(dir.path().join("local.sqlite3")).unwrap();
    unlocked.set_audit_key(key).unwrap();
    assert_eq!(
        unlocked.verify_audit().unwrap(),
        AuditIntegrity {
            unsigned: 1,
            ..intact(3)
        }
    );
    unlocked.append_audit(&entry(6, AuditAction::Copy)).unwrap();
    assert_eq!(unlocked.verify_audit().unwrap(), intact(4));
}

#[test]
fn another_key_does_not_verify_the_log() {
    let (dir, store, _raw, _key) = store_with(0, 2);
    drop(store);
    let mut other = Store::open(dir.path().join("local.sqlite3")).unwrap();
    other.set_audit_key(AuditKey::generate()).unwrap();
    assert!(!other.verify_audit().unwrap().ok);
}
