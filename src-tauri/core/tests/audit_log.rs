//! The audit log through the public API, tampered with through SQLite directly.
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;
use scriptix_keys_core::Secret;
use scriptix_keys_core::Store;
use scriptix_keys_core::audit::{
    AuditAction, AuditEntry, AuditFilter, AuditIntegrity, AuditOutcome, audit_csv,
};
use scriptix_keys_core::export::ExportFormat;
use scriptix_keys_core::model::TokenId;
use tempfile::TempDir;

const KEY: &str = "sk_live_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5hJ7kLm9n";
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-05-01T10:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn entry(minutes: i64, profile: &str, action: AuditAction, token: &str) -> AuditEntry {
    AuditEntry::new(
        t0() + Duration::minutes(minutes),
        profile,
        "dana@example.com",
        action,
        AuditOutcome::Success,
    )
    .with_token(&TokenId::new(token), Some(&format!("Token {token}")))
}

/// A file-backed store with four records (seq 1–4) and a raw connection to tamper with.
fn seeded() -> (TempDir, Store, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("local.sqlite3");
    let store = Store::open(&path).unwrap();
    store
        .append_audit(&entry(0, "p1", AuditAction::SignIn, "0"))
        .unwrap();
    store
        .append_audit(&entry(1, "p1", AuditAction::Create, "42"))
        .unwrap();
    store
        .append_audit(
            &entry(
                2,
                "p1",
                AuditAction::Export {
                    format: ExportFormat::BitwardenJson,
                },
                "42",
            )
            .with_detail("saved to ~/vault/prod-bitwarden.json", &[]),
        )
        .unwrap();
    store
        .append_audit(&entry(3, "p2", AuditAction::Copy, "7"))
        .unwrap();
    let raw = Connection::open(&path).unwrap();
    (dir, store, raw)
}

fn drop_guards(raw: &Connection) {
    raw.execute_batch("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;")
        .unwrap();
}

fn broken_at(seq: i64, checked: usize) -> AuditIntegrity {
    AuditIntegrity {
        ok: false,
        first_bad_seq: Some(seq),
        checked,
        unsigned: 0,
        key_missing: true,
    }
}

#[test]
fn appended_records_form_a_chain_that_verifies() {
    let (_dir, store, _raw) = seeded();
    let mut records = store.audit(None, &AuditFilter::default()).unwrap();
    records.reverse();
    assert_eq!(
        records.iter().map(|r| r.seq).collect::<Vec<_>>(),
        [1, 2, 3, 4]
    );
    assert_eq!(records[0].prev_hash, GENESIS);
    for pair in records.windows(2) {
        assert_eq!(pair[1].prev_hash, pair[0].hash);
    }
    assert_eq!(
        store.verify_audit().unwrap(),
        AuditIntegrity {
            ok: true,
            first_bad_seq: None,
            checked: 4,
            unsigned: 0,
            key_missing: true,
        }
    );
}

#[test]
fn sqlite_itself_refuses_to_update_or_delete_audit_rows() {
    let (_dir, _store, raw) = seeded();
    let update = raw
        .execute("UPDATE audit_log SET detail = 'x' WHERE seq = 2", [])
        .unwrap_err();
    assert!(update.to_string().contains("append-only"), "{update}");
    let delete = raw.execute("DELETE FROM audit_log", []).unwrap_err();
    assert!(delete.to_string().contains("append-only"), "{delete}");
}

#[test]
fn an_edited_row_is_found() {
    let (_dir, store, raw) = seeded();
    drop_guards(&raw);
    raw.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2", [])
        .unwrap();
    assert_eq!(store.verify_audit().unwrap(), broken_at(2, 1));
}

#[test]
fn a_deleted_row_is_found_wherever_it_was() {
    for (deleted, bad, checked) in [(1, 2, 0), (2, 3, 1), (4, 4, 3)] {
        let (_dir, store, raw) = seeded();
        drop_guards(&raw);
        raw.execute("DELETE FROM audit_log WHERE seq = ?1", [deleted])
            .unwrap();
        assert_eq!(
            store.verify_audit().unwrap(),
            broken_at(bad, checked),
            "deleting {deleted}"
        );
    }
}

#[test]
fn reordered_rows_are_found() {
    let (_dir, store, raw) = seeded();
    drop_guards(&raw);
    raw.execute_batch(
        "UPDATE audit_log SET seq = 100 WHERE seq = 2;
         UPDATE audit_log SET seq = 2 WHERE seq = 3;
         UPDATE audit_log SET seq = 3 WHERE seq = 100;",
    )
    .unwrap();
    assert_eq!(store.verify_audit().unwrap(), broken_at(2, 1));
}

#[test]
fn filters_narrow_by_profile_action_token_time_and_text_newest_first() {
    let (_dir, store, _raw) = seeded();
    let seqs = |profile: Option<&str>, filter: AuditFilter| -> Vec<i64> {
        store
            .audit(profile, &filter)
            .unwrap()
            .iter()
            .map(|r| r.seq)
            .collect()
    };
    assert_eq!(seqs(None, AuditFilter::default()), [4, 3, 2, 1]);
    assert_eq!(seqs(Some("p1"), AuditFilter::default()), [3, 2, 1]);
    let by_action = |a: &str| AuditFilter {
        action: Some(a.into()),
        ..AuditFilter::default()
    };
    assert_eq!(seqs(None, by_action("export")), [3]);
    assert_eq!(seqs(None, by_action("copy")), [4]);
    assert_eq!(seqs(Some("p1"), by_action("copy")), Vec::<i64>::new());
    let by_token = |t: &str| AuditFilter {
        token: Some(t.into()),
        ..AuditFilter::default()
    };
    assert_eq!(seqs(None, by_token("42")), [3, 2]);
    assert_eq!(seqs(None, by_token("TOKEN 7")), [4]);
    let window = AuditFilter {
        since: Some(t0() + Duration::minutes(1)),
        until: Some(t0() + Duration::minutes(3)),
        ..AuditFilter::default()
    };
    assert_eq!(seqs(None, window), [3, 2]);
    let text = AuditFilter {
        text: Some("BITWARDEN.json".into()),
        ..AuditFilter::default()
    };
    assert_eq!(seqs(None, text), [3]);
    let limited = AuditFilter {
        limit: Some(2),
        ..AuditFilter::default()
    };
    assert_eq!(seqs(None, limited), [4, 3]);
}

#[test]
fn no_key_reaches_the_database_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("local.sqlite3");
    let password = Secret::new("opaque-passw0rd".to_owned());
    {
        let store = Store::open(&path).unwrap();
        let record = store
            .append_audit(&entry(0, "p1", AuditAction::Reveal, "42").with_detail(
                &format!("key {KEY}, password opaque-passw0rd"),
                &[&password],
            ))
            .unwrap();
        assert_eq!(record.detail.as_deref(), Some("key ***, password ***"));
    }
    let mut bytes = std::fs::read(&path).unwrap();
    if let Ok(wal) = std::fs::read(dir.path().join("local.sqlite3-wal")) {
        bytes.extend(wal);
    }
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("key ***"), "the record is in the file");
    assert!(!text.contains("sk_live_"));
    assert!(!text.contains("opaque-passw0rd"));
}

#[test]
fn the_chain_continues_after_reopening_and_positions_are_never_reused() {
    let (dir, store, raw) = seeded();
    drop(store);
    drop_guards(&raw);
    raw.execute("DELETE FROM audit_log WHERE seq = 4", [])
        .unwrap();
    let store = Store::open(dir.path().join("local.sqlite3")).unwrap();
    let next = store
        .append_audit(&entry(9, "p1", AuditAction::KeyCheck, "42"))
        .unwrap();
    assert_eq!(next.seq, 5, "seq 4 is not handed out again");
    assert_eq!(store.verify_audit().unwrap(), broken_at(5, 3));
}

#[test]
fn the_csv_export_lists_stored_records() {
    let (_dir, store, _raw) = seeded();
    let records = store.audit(Some("p1"), &AuditFilter::default()).unwrap();
    let text = audit_csv(&records);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][3], "export:bitwardenJson");
    assert_eq!(&rows[0][8], records[0].hash);
}

#[test]
fn a_deleted_profile_s_entry_is_listed_with_every_profile() {
    let (_dir, store, _raw) = seeded();
    store
        .append_audit(
            &AuditEntry::new(
                t0() + Duration::minutes(9),
                "p2",
                "dana@example.com",
                AuditAction::ProfileDelete,
                AuditOutcome::Success,
            )
            .with_detail("profile “Work” deleted with its 2 keys", &[]),
        )
        .unwrap();
    let seqs: Vec<i64> = store
        .audit(Some("p1"), &AuditFilter::default())
        .unwrap()
        .iter()
        .map(|r| r.seq)
        .collect();
    assert_eq!(seqs, [5, 3, 2, 1], "p2's deletion shows in p1's log");
}
