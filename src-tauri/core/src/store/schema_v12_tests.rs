//! Schema version 12: a version-11 database's English rotation journal lines get their coded
//! form, and so do the activity log's rotation steps that version 11 kept as text; the keyed
//! chain still verifies.

use rusqlite::{Connection, params};

use super::Store;

use crate::audit::chain::AuditKey;
use crate::i18n::{Catalogue, Language, StoredMessage};

/// The journal lines a version-11 app wrote, and how they read in Dutch once coded.
const JOURNAL: [(&str, &str, &str); 4] = [
    (
        "storeKey",
        "token 43; key in the vault",
        "token 43; sleutel in de kluis",
    ),
    (
        "deleteOld",
        "the old token was deleted",
        "het oude token is verwijderd",
    ),
    (
        "verify",
        "Revoked { code: \"KEY_REVOKED\" }",
        "Revoked { code: \"KEY_REVOKED\" }",
    ),
    ("plan", "", ""),
];

/// The activity log's lines of a version-11 app (English, with the coded form version 11
/// gave them), and how they read in Dutch after version 12.
const AUDIT: [(&str, &str); 3] = [
    (
        "storeKey done: token 43; key in the vault",
        "sleutel bewaren klaar: token 43; sleutel in de kluis",
    ),
    ("plan done", "plannen klaar"),
    ("to the clipboard", "naar het klembord"),
];

fn version_11_database(path: &std::path::Path, key: &AuditKey) {
    // What version 11 stored beside a rotation step: its text, uncoded.
    let rows: Vec<(&str, Option<String>)> = AUDIT
        .iter()
        .map(|(detail, _)| {
            let coded = if detail.contains("done") {
                StoredMessage::text("audit-detail-text", "text", detail)
            } else {
                crate::audit::coded_detail(detail)
            };
            (*detail, Some(coded.to_json()))
        })
        .collect();
    let conn = super::schema_test_chain::older_database(path, 11, key, "rotationStep", &rows);
    conn.execute(
        "INSERT INTO rotations (id, profile_id, old_token_id, old_name, token_type, new_name, years, grace_days, grace_until, auto_delete, emergency, state, new_token_id, created_at, updated_at, note)
         VALUES ('rot_1', 'p1', '42', 'Production', 'batch', 'Production 2', 1, 7, '2026-05-08T10:00:00+00:00', 0, 0, 'done', '43', '2026-05-01T10:00:00+00:00', '2026-05-01T10:00:00+00:00', NULL)",
        [],
    )
    .unwrap();
    for (i, (step, detail, _)) in JOURNAL.iter().enumerate() {
        conn.execute(
            "INSERT INTO rotation_events (rotation_id, seq, at, step, phase, detail) VALUES ('rot_1', ?1, '2026-05-01T10:00:00+00:00', ?2, 'done', ?3)",
            params![i64::try_from(i).unwrap() + 1, step, detail],
        )
        .unwrap();
    }
}

#[test]
fn a_version_11_journal_and_its_rotation_steps_are_migrated_to_codes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("local.sqlite3");
    let key = AuditKey::generate();
    version_11_database(&path, &key);
    let mut store = Store::open(&path).unwrap();
    store.set_audit_key(key).unwrap();
    assert_eq!(store.schema_version().unwrap(), 13);
    let dutch = Catalogue::new(Language::Nl);

    // The journal: every line is a code now, none a sentence; it reads as before in English.
    let raw = Connection::open(&path).unwrap();
    let stored: Vec<String> = raw
        .prepare("SELECT detail FROM rotation_events ORDER BY seq")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let events = crate::rotation::journal::events(&store, "rot_1").unwrap();
    for ((stored, event), (_, english, nl)) in stored.iter().zip(&events).zip(JOURNAL) {
        if english.is_empty() {
            assert_eq!(stored, "");
            assert_eq!(event.detail, None);
            continue;
        }
        assert!(StoredMessage::from_json(stored).is_some(), "{stored}");
        let detail = event.detail.as_ref().unwrap();
        assert_eq!(detail.format(Catalogue::english()), english);
        assert_eq!(detail.format(&dutch), nl);
    }
    assert_eq!(
        events[0].detail.as_ref().unwrap().code,
        "rotation-journal-key-stored"
    );
    assert_eq!(
        events[2].detail.as_ref().unwrap().code,
        "rotation-journal-text"
    );

    // The activity log: the chain still verifies, rotation steps read in Dutch.
    let integrity = store.verify_audit().unwrap();
    assert!(integrity.ok, "{integrity:?}");
    let mut records = store.audit(None, &Default::default()).unwrap();
    records.reverse();
    for (record, (english, nl)) in records.iter().zip(AUDIT) {
        assert_eq!(record.detail.as_deref(), Some(english));
        assert_eq!(record.detail_coded.as_ref().unwrap().format(&dutch), nl);
    }
    assert_eq!(
        records[0].detail_coded.as_ref().unwrap().code,
        "audit-detail-rotation-step"
    );
    assert!(
        raw.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1", [])
            .is_err(),
        "the log is append-only again"
    );
}
