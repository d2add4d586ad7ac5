//! Schema version 11: the English audit details of a version-10 log get their coded form; the
//! keyed chain still verifies, and a changed code or argument is found.

use rusqlite::{Connection, params};

use super::Store;

use crate::audit::chain::AuditKey;
use crate::audit::{AuditAction, AuditEntry, AuditOutcome};
use crate::i18n::{Catalogue, Language};

/// The English details a version-10 app wrote, and how the activity view shows them in Dutch.
const DETAILS: [(&str, &str); 4] = [
    ("to the clipboard", "naar het klembord"),
    (
        "profile “Work” deleted with the 2 keys this device held for it",
        "profiel “Work” verwijderd met de 2 sleutels die dit apparaat ervoor bewaarde",
    ),
    (
        "some note of a shape no version knows",
        "some note of a shape no version knows",
    ),
    ("", ""),
];

/// A version-10 database at `path`, written as version 10 wrote it: English details, a
/// chain keyed with `key`, the seal over the last row.
fn version_10_log(path: &std::path::Path, key: &AuditKey) {
    let rows: Vec<(&str, Option<String>)> = DETAILS.iter().map(|(d, _)| (*d, None)).collect();
    let conn = super::schema_test_chain::older_database(path, 10, key, "copy", &rows);
    conn.execute(
        "INSERT INTO rotations (id, profile_id, old_token_id, old_name, token_type, new_name, years, grace_days, grace_until, auto_delete, emergency, state, new_token_id, created_at, updated_at, note)
         VALUES ('rot_1', 'p1', '42', 'Production', 'batch', 'Production 2', 1, 7, '2026-05-08T10:00:00+00:00', 0, 0, 'needsAttention', '43', '2026-05-01T10:00:00+00:00', '2026-05-01T10:00:00+00:00', ?1)",
        [crate::rotation::KEY_LOST],
    )
    .unwrap();
}

fn migrated() -> (tempfile::TempDir, Store, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("local.sqlite3");
    let key = AuditKey::generate();
    version_10_log(&path, &key);
    let mut store = Store::open(&path).unwrap();
    store.set_audit_key(key).unwrap();
    let raw = Connection::open(&path).unwrap();
    (dir, store, raw)
}

#[test]
fn a_version_10_log_is_migrated_to_codes_that_read_the_same_in_english_and_in_dutch() {
    let (_dir, store, raw) = migrated();
    assert_eq!(store.schema_version().unwrap(), 13);
    let integrity = store.verify_audit().unwrap();
    assert!(integrity.ok, "{integrity:?}");
    assert_eq!(integrity.checked, DETAILS.len());
    let mut records = store.audit(None, &Default::default()).unwrap();
    records.reverse();
    let dutch = Catalogue::new(Language::Nl);
    for (record, (english, nl)) in records.iter().zip(DETAILS) {
        assert_eq!(record.detail.as_deref().unwrap_or(""), english);
        let shown = record
            .detail_coded
            .as_ref()
            .map(|m| m.format(&dutch))
            .unwrap_or_default();
        assert_eq!(shown, nl);
    }
    assert_eq!(
        records[2].detail_coded.as_ref().unwrap().code,
        "audit-detail-text"
    );
    // The log is append-only again after the migration.
    assert!(
        raw.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1", [])
            .is_err()
    );
}

#[test]
fn a_changed_code_or_argument_of_a_migrated_row_is_found() {
    for forged in [
        r#"{"code":"audit-detail-to-bitwarden","args":{}}"#,
        r#"{"code":"audit-detail-profile-deleted","args":{"count":3,"name":"Work"}}"#,
        "not json",
    ] {
        let (_dir, store, raw) = migrated();
        raw.execute_batch("DROP TRIGGER audit_log_no_update;")
            .unwrap();
        let seq = if forged.contains("Work") { 2 } else { 1 };
        raw.execute(
            "UPDATE audit_log SET detail_coded = ?1 WHERE seq = ?2",
            params![forged, seq],
        )
        .unwrap();
        let integrity = store.verify_audit().unwrap();
        assert!(!integrity.ok, "{forged}");
        assert_eq!(integrity.first_bad_seq, Some(seq), "{forged}");
    }
}

#[test]
fn a_new_row_stores_a_code_not_a_sentence_and_its_hash_covers_the_code() {
    let (_dir, store, raw) = migrated();
    let entry = AuditEntry::new(
        chrono::Utc::now(),
        "p1",
        "dana@example.com",
        AuditAction::Copy,
        AuditOutcome::Success,
    )
    .with_detail("to the clipboard", &[]);
    let record = store.append_audit(&entry).unwrap();
    let (detail, coded): (String, String) = raw
        .query_row(
            "SELECT detail, detail_coded FROM audit_log WHERE seq = ?1",
            [record.seq],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(detail, "");
    assert_eq!(coded, r#"{"code":"audit-detail-to-clipboard","args":{}}"#);
    assert_eq!(record.detail.as_deref(), Some("to the clipboard"));
    assert!(store.verify_audit().unwrap().ok);
    raw.execute_batch("DROP TRIGGER audit_log_no_update;")
        .unwrap();
    raw.execute(
        "UPDATE audit_log SET detail_coded = ?1 WHERE seq = ?2",
        params![
            r#"{"code":"audit-detail-to-bitwarden","args":{}}"#,
            record.seq
        ],
    )
    .unwrap();
    let integrity = store.verify_audit().unwrap();
    assert_eq!(integrity.first_bad_seq, Some(record.seq));
}

#[test]
fn a_detail_given_as_a_message_is_stored_as_that_message_with_its_secrets_scrubbed() {
    let (_dir, store, raw) = migrated();
    let password = crate::secret::Secret::new("hunter2-is-the-password".to_owned());
    // A server's error text that quotes the password it was sent.
    let error = crate::i18n::Coded::new("api-server-server")
        .arg("message", "login failed for hunter2-is-the-password");
    let entry = AuditEntry::new(
        chrono::Utc::now(),
        "p1",
        "dana@example.com",
        AuditAction::SignIn,
        AuditOutcome::Failure,
    )
    .with_detail_message(crate::i18n::StoredMessage::from(&error), &[&password]);
    let record = store.append_audit(&entry).unwrap();
    let coded: String = raw
        .query_row(
            "SELECT detail_coded FROM audit_log WHERE seq = ?1",
            [record.seq],
            |r| r.get(0),
        )
        .unwrap();
    let stored = crate::i18n::StoredMessage::from_json(&coded).unwrap();
    assert_eq!(stored.code, "api-server-server");
    assert!(!coded.contains("hunter2"), "{coded}");
    assert!(coded.contains("***"), "{coded}");
    assert!(store.verify_audit().unwrap().ok);
}

#[test]
fn a_rotation_note_of_a_version_10_journal_is_stored_as_a_code_and_read_as_before() {
    let (_dir, store, raw) = migrated();
    let stored: String = raw
        .query_row("SELECT note FROM rotations WHERE id = 'rot_1'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(stored, r#"{"code":"rotation-note-key-lost","args":{}}"#);
    let rotation = crate::rotation::journal::get(&store, "p1", "rot_1")
        .unwrap()
        .unwrap();
    assert_eq!(
        rotation
            .note
            .as_ref()
            .map(|n| n.format(Catalogue::english())),
        Some(crate::rotation::KEY_LOST.to_owned())
    );
}
