//! The cached list: what a create reads of it, and the tokens created here joining it.

use chrono::{DateTime, Duration, Utc};

use super::Store;
use crate::model::{RemoteToken, TokenId, TokenType};

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

const FETCHED: &str = "2026-05-01T10:00:00Z";

fn token(id: &str, created_at: Option<DateTime<Utc>>) -> RemoteToken {
    RemoteToken {
        id: TokenId::new(id),
        name: Some(format!("token {id}")),
        token_type: TokenType::Batch,
        created_at,
        expires_at: None,
    }
}

fn ids(list: &[&str]) -> Vec<TokenId> {
    list.iter().copied().map(TokenId::new).collect()
}

fn names(store: &Store, profile: &str) -> Vec<String> {
    let cached = store.load_list_cache(profile).unwrap().unwrap();
    cached
        .tokens
        .iter()
        .map(|t| t.id.as_str().to_owned())
        .collect()
}

#[test]
fn a_create_reads_only_the_ids_of_the_recent_cached_tokens() {
    let store = Store::open_in_memory().unwrap();
    assert_eq!(store.create_before("p1").unwrap(), None, "no cache");
    let fetched = at(FETCHED);
    let tokens = vec![
        token("old", Some(at("2026-01-01T00:00:00Z"))),
        // Just outside what a lost answer could be matched to, with the slack.
        token("an-hour", Some(fetched - Duration::hours(1))),
        token("recent", Some(fetched - Duration::minutes(3))),
        token("edge", Some(fetched - Duration::minutes(14))),
        // The server's clock ahead of ours.
        token("ahead", Some(fetched + Duration::hours(1))),
    ];
    store.save_list_cache("p1", &tokens, fetched).unwrap();
    let before = store.create_before("p1").unwrap().unwrap();
    assert_eq!(before.ids, ids(&["recent", "edge", "ahead"]));
    assert_eq!(before.fetched_at, fetched);
    // Every token is still in the list itself.
    assert_eq!(
        names(&store, "p1"),
        ["old", "an-hour", "recent", "edge", "ahead"]
    );
}

#[test]
fn a_cached_token_without_a_creation_time_leaves_the_create_to_list_first() {
    let store = Store::open_in_memory().unwrap();
    let fetched = at(FETCHED);
    let tokens = vec![token("1", Some(fetched)), token("2", None)];
    store.save_list_cache("p1", &tokens, fetched).unwrap();
    assert_eq!(store.create_before("p1").unwrap(), None);
    assert_eq!(names(&store, "p1"), ["1", "2"]);
}

#[test]
fn a_token_created_here_joins_the_cached_list_on_its_end_and_is_named_to_the_next_create() {
    let store = Store::open_in_memory().unwrap();
    let fetched = at(FETCHED);
    let old = Some(at("2026-01-01T00:00:00Z"));
    assert!(
        !store.append_to_list_cache("p1", &token("3", old)).unwrap(),
        "no cache: nothing to join"
    );
    store
        .save_list_cache("p1", &[token("1", old), token("2", old)], fetched)
        .unwrap();
    assert!(store.append_to_list_cache("p1", &token("3", old)).unwrap());
    assert!(store.append_to_list_cache("p1", &token("4", old)).unwrap());
    assert_eq!(names(&store, "p1"), ["1", "2", "3", "4"]);
    // Added again with a new name: replaced, never twice.
    let mut renamed = token("3", old);
    renamed.name = Some("renamed".to_owned());
    store.append_to_list_cache("p1", &renamed).unwrap();
    // One the fetched list holds already: the new copy replaces it, on the end.
    store.append_to_list_cache("p1", &token("1", old)).unwrap();
    let cached = store.load_list_cache("p1").unwrap().unwrap();
    let listed: Vec<&str> = cached.tokens.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(listed, ["2", "3", "4", "1"]);
    assert_eq!(cached.tokens[1].name.as_deref(), Some("renamed"));
    assert_eq!(cached.fetched_at, fetched);
    // Created here since the fetch: named to the next create, whatever their dates.
    let before = store.create_before("p1").unwrap().unwrap();
    assert_eq!(before.ids, ids(&["3", "4", "1"]));
    // Another profile's cache is its own.
    store.save_list_cache("p2", &[], fetched).unwrap();
    assert!(store.append_to_list_cache("p2", &token("7", old)).unwrap());
    assert_eq!(names(&store, "p2"), ["7"]);
    assert_eq!(names(&store, "p1"), ["2", "3", "4", "1"]);
    // The next fetch replaces the list and what was added to it.
    store
        .save_list_cache("p1", &[token("9", old)], fetched)
        .unwrap();
    assert_eq!(names(&store, "p1"), ["9"]);
    assert!(store.create_before("p1").unwrap().unwrap().ids.is_empty());
    // A forgotten profile leaves nothing behind to join a later cache.
    store.forget_profile("p2").unwrap();
    store.save_list_cache("p2", &[], fetched).unwrap();
    assert!(names(&store, "p2").is_empty());
}

#[test]
fn an_unreadable_added_token_makes_the_cache_unreadable_not_wrong() {
    let store = Store::open_in_memory().unwrap();
    let fetched = at(FETCHED);
    store
        .save_list_cache("p1", &[token("1", None)], fetched)
        .unwrap();
    store
        .conn
        .execute(
            "INSERT INTO list_cache_added (profile_id, token_id, token_json) VALUES ('p1', '5', '{')",
            [],
        )
        .unwrap();
    assert_eq!(store.load_list_cache("p1").unwrap(), None);
}

#[test]
fn a_version_12_cache_still_shows_and_the_first_create_after_the_update_lists_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for sql in &super::schema::MIGRATIONS[..12] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 12).unwrap();
        let json = serde_json::to_string(&[token("1", Some(at(FETCHED)))]).unwrap();
        conn.execute(
            "INSERT INTO list_cache (profile_id, fetched_at, tokens_json) VALUES ('p1', ?1, ?2)",
            rusqlite::params![FETCHED, json],
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), 13);
    assert_eq!(names(&store, "p1"), ["1"]);
    // It cannot tell its recent ids: the create lists first, until the next fetch.
    assert_eq!(store.create_before("p1").unwrap(), None);
    assert!(store.append_to_list_cache("p1", &token("2", None)).unwrap());
    assert_eq!(names(&store, "p1"), ["1", "2"]);
}
