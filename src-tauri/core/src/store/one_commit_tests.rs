//! `Store::in_one_commit` and the savepoint an audit append takes inside it.

use rusqlite::Connection;

use super::tests::at;
use super::*;
use crate::api::{CreatedToken, ExpiryYears};
use crate::audit::{AuditAction, AuditEntry, AuditKey, AuditOutcome};
use crate::model::{RemoteToken, TokenId, TokenType};
use crate::secret::Secret;

fn created(id: &str) -> CreatedToken {
    CreatedToken {
        token: RemoteToken {
            id: TokenId::new(id),
            name: Some(format!("token {id}")),
            token_type: TokenType::Batch,
            created_at: Some(at("2026-01-01T00:00:00Z")),
            expires_at: None,
        },
        key: Secret::new(format!("sk_live_{id}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
    }
}

/// The local record of token `id`, its key in the vault.
fn local(id: &str) -> LocalToken {
    LocalToken::from_created(
        &created(id),
        ExpiryYears::One,
        at("2026-02-01T00:00:00Z"),
        true,
    )
}

fn entry(id: &str) -> AuditEntry {
    AuditEntry::new(
        at("2026-02-01T00:00:00Z"),
        "p1",
        "me",
        AuditAction::Create,
        AuditOutcome::Success,
    )
    .with_token(&TokenId::new(id), Some("token"))
}

fn count(conn: &Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
        row.get(0)
    })
    .unwrap()
}

/// A store on disk and a second connection to the same file, to see what is committed.
fn on_disk() -> (tempfile::TempDir, Store, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.sqlite");
    let store = Store::open(&path).unwrap();
    let other = Connection::open(&path).unwrap();
    (dir, store, other)
}

#[test]
fn the_writes_of_one_commit_reach_another_connection_together_after_it() {
    let (_dir, store, other) = on_disk();
    let local = local("1");
    store
        .in_one_commit(|s| {
            s.record_local_token("p1", &local).unwrap();
            s.append_audit(&entry("1")).unwrap();
            s.append_audit(&entry("1")).unwrap();
            // One transaction: nothing is committed before its end, the audit appends'
            // own savepoints included.
            assert_eq!(count(&other, "local_tokens"), 0);
            assert_eq!(count(&other, "audit_log"), 0);
        })
        .unwrap();
    assert_eq!(count(&other, "local_tokens"), 1);
    assert_eq!(count(&other, "audit_log"), 2);
}

#[test]
fn keyed_audit_entries_appended_in_one_commit_keep_the_chain_and_its_seal_whole() {
    let mut store = Store::open_in_memory().unwrap();
    store.set_audit_key(AuditKey::generate()).unwrap();
    store.append_audit(&entry("0")).unwrap();
    store
        .in_one_commit(|s| {
            s.append_audit(&entry("1")).unwrap();
            s.append_audit(&entry("2")).unwrap();
        })
        .unwrap();
    let integrity = store.verify_audit().unwrap();
    assert!(integrity.ok, "{integrity:?}");
    assert_eq!(integrity.checked, 3);
}

#[test]
fn an_unfinished_savepoint_is_undone_and_the_other_writes_of_the_commit_are_kept() {
    let store = Store::open_in_memory().unwrap();
    let local = local("1");
    store
        .in_one_commit(|s| {
            s.record_local_token("p1", &local).unwrap();
            // A write that fails halfway (its savepoint dropped without keep): undone.
            let nested = Nested::begin(s.conn(), "halfway").unwrap();
            s.append_audit(&entry("2")).unwrap();
            drop(nested);
            s.append_audit(&entry("3")).unwrap();
        })
        .unwrap();
    assert_eq!(store.local_tokens("p1").unwrap(), vec![local]);
    assert_eq!(count(store.conn(), "audit_log"), 1);
    assert!(store.verify_audit().unwrap().ok);
}

#[test]
fn an_audit_append_outside_one_commit_is_committed_on_its_own() {
    let (_dir, store, other) = on_disk();
    store.append_audit(&entry("1")).unwrap();
    assert_eq!(count(&other, "audit_log"), 1);
    assert!(store.conn().is_autocommit(), "no transaction left open");
}
