//! The live-token count kept by triggers (schema v3) and the paging built on it.

use proptest::prelude::*;
use rusqlite::{Connection, params};

use super::*;

const ORGS: [i64; 2] = [1, 2];

fn open() -> Connection {
    let conn = Connection::open_in_memory().expect("memory db");
    conn.pragma_update(None, "foreign_keys", "ON").expect("fk");
    crate::db::schema::migrate(&conn).expect("migrate");
    for org in ORGS {
        conn.execute(
            "INSERT INTO organizations (id, name, token_limit) VALUES (?1, 'Org', 1000)",
            params![org],
        )
        .expect("org");
    }
    conn
}

fn add(conn: &Connection, org: i64, name: &str) -> i64 {
    let key_hash = crate::crypto::sha256(name.as_bytes());
    insert(
        conn,
        &NewToken {
            organization_id: org,
            name,
            token_type: TokenType::Batch,
            created_at: 1_700_000_000,
            expires_at: 1_800_000_000,
            key_hash,
        },
    )
    .expect("insert")
    .id
}

/// The counted truth the kept count must equal.
fn counted(conn: &Connection, org: i64) -> u64 {
    let n: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM tokens WHERE organization_id = ?1 AND revoked_at IS NULL",
            params![org],
            |row| row.get(0),
        )
        .expect("count");
    u64::try_from(n).expect("non-negative")
}

#[derive(Debug, Clone)]
enum Op {
    Add(usize),
    Revoke(usize, usize),
    /// A revoked token made live again (no route does this; the triggers must still agree).
    Unrevoke(usize),
    Delete(usize),
    Move(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..ORGS.len()).prop_map(Op::Add),
        2 => (0..64usize, 0..ORGS.len()).prop_map(|(t, o)| Op::Revoke(t, o)),
        1 => (0..64usize).prop_map(Op::Unrevoke),
        1 => (0..64usize).prop_map(Op::Delete),
        1 => (0..64usize).prop_map(Op::Move),
    ]
}

proptest! {
    /// After any mix of creates, revokes (right and wrong organization), un-revokes, deletes
    /// and moves, each organization's kept count equals its counted live tokens, and paging
    /// through `list` gives exactly its live tokens in id order with that total.
    #[test]
    fn the_kept_live_count_always_equals_the_counted_one(ops in prop::collection::vec(op(), 0..40)) {
        let conn = open();
        let mut ids = Vec::new();
        for (i, op) in ops.iter().enumerate() {
            let pick = |n: usize| (!ids.is_empty()).then(|| ids[n % ids.len()]);
            match *op {
                Op::Add(org) => ids.push(add(&conn, ORGS[org], &format!("t{i}"))),
                Op::Revoke(n, org) => if let Some(id) = pick(n) {
                    revoke(&conn, ORGS[org], id, 1_750_000_000).expect("revoke");
                },
                Op::Unrevoke(n) => if let Some(id) = pick(n) {
                    conn.execute("UPDATE tokens SET revoked_at = NULL WHERE id = ?1", params![id]).expect("unrevoke");
                },
                Op::Delete(n) => if let Some(id) = pick(n) {
                    conn.execute("DELETE FROM tokens WHERE id = ?1", params![id]).expect("delete");
                },
                Op::Move(n) => if let Some(id) = pick(n) {
                    conn.execute("UPDATE tokens SET organization_id = 3 - organization_id WHERE id = ?1", params![id]).expect("move");
                },
            }
        }
        for org in ORGS {
            let truth = counted(&conn, org);
            prop_assert_eq!(live_count(&conn, org).expect("kept"), truth);
            let mut seen = Vec::new();
            for offset in (0..truth + 3).step_by(3) {
                let (page, total) = list(&conn, org, offset, 3).expect("page");
                prop_assert_eq!(total, truth);
                seen.extend(page.iter().map(|t| t.id));
            }
            let mut live: Vec<i64> = conn
                .prepare("SELECT id FROM tokens WHERE organization_id = ?1 AND revoked_at IS NULL ORDER BY id")
                .expect("prepare")
                .query_map(params![org], |row| row.get(0))
                .expect("ids")
                .collect::<rusqlite::Result<_>>()
                .expect("ids");
            live.sort_unstable();
            prop_assert_eq!(seen, live);
        }
    }
}

#[test]
fn a_version_2_database_gets_its_live_counts_when_it_is_migrated() {
    let conn = open();
    let a = add(&conn, 1, "a");
    add(&conn, 1, "b");
    add(&conn, 2, "c");
    revoke(&conn, 1, a, 1_750_000_000).expect("revoke");
    // Back to version 2: no kept counts yet.
    conn.execute_batch(
        "DROP TRIGGER live_tokens_insert; DROP TRIGGER live_tokens_delete;
         DROP TRIGGER live_tokens_update_old; DROP TRIGGER live_tokens_update_new;
         DROP TABLE live_tokens; PRAGMA user_version = 2;",
    )
    .expect("downgrade");
    crate::db::schema::migrate(&conn).expect("migrate");
    assert_eq!(live_count(&conn, 1).expect("org 1"), 1);
    assert_eq!(live_count(&conn, 2).expect("org 2"), 1);
    add(&conn, 2, "d");
    assert_eq!(live_count(&conn, 2).expect("org 2"), 2);
}

#[test]
fn an_offset_past_the_end_is_an_empty_page_with_the_total() {
    let conn = open();
    for name in ["a", "b"] {
        add(&conn, 1, name);
    }
    let (page, total) = list(&conn, 1, 5, 10).expect("page");
    assert!(page.is_empty());
    assert_eq!(total, 2);
    assert_eq!(list(&conn, 2, 0, 10).expect("empty org"), (Vec::new(), 0));
}
