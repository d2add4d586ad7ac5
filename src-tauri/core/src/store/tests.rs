#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Utc};

use super::*;
use crate::api::{CreatedToken, ExpiryYears};
use crate::model::{RemoteToken, TokenId, TokenType};
use crate::secret::Secret;

const KEY_MARKER: &str = "sk_live_MARKERdoNotStore0123456789abcdefghij";

pub(super) fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn remote(id: &str, expires: Option<&str>) -> RemoteToken {
    RemoteToken {
        id: TokenId::new(id),
        name: Some(format!("token {id}")),
        token_type: TokenType::Batch,
        created_at: Some(at("2026-01-01T00:00:00Z")),
        expires_at: expires.map(at),
    }
}

fn created(expires: Option<&str>) -> CreatedToken {
    CreatedToken {
        token: remote("9", expires),
        key: Secret::new(KEY_MARKER.to_owned()),
    }
}

#[test]
fn the_store_is_send_so_the_shell_can_share_it_behind_a_mutex() {
    fn assert_send<T: Send>() {}
    assert_send::<Store>();
}

#[test]
fn a_new_store_is_migrated_to_the_latest_schema() {
    assert_eq!(
        Store::open_in_memory().unwrap().schema_version().unwrap(),
        13
    );
}

#[test]
fn list_cache_round_trips_per_profile() {
    let store = Store::open_in_memory().unwrap();
    assert!(store.load_list_cache("p1").unwrap().is_none());
    let tokens = vec![remote("1", Some("2027-01-01T00:00:00Z")), remote("2", None)];
    store
        .save_list_cache("p1", &tokens, at("2026-05-01T10:00:00Z"))
        .unwrap();
    let cached = store.load_list_cache("p1").unwrap().unwrap();
    assert_eq!(
        cached,
        CachedList {
            tokens,
            fetched_at: at("2026-05-01T10:00:00Z")
        }
    );
    store
        .save_list_cache("p1", &[], at("2026-05-02T10:00:00Z"))
        .unwrap();
    assert!(
        store
            .load_list_cache("p1")
            .unwrap()
            .unwrap()
            .tokens
            .is_empty()
    );
    assert!(store.load_list_cache("p2").unwrap().is_none());
}

#[test]
fn local_tokens_round_trip_and_track_the_vault_flag() {
    let store = Store::open_in_memory().unwrap();
    let now = at("2026-02-01T00:00:00Z");
    let local = LocalToken::from_created(&created(None), ExpiryYears::Two, now, false);
    assert_eq!(local.expires_at, Some(at("2028-01-01T00:00:00Z")));
    store.record_local_token("p1", &local).unwrap();
    assert_eq!(store.local_tokens("p1").unwrap(), vec![local.clone()]);
    assert!(
        store
            .set_key_in_vault("p1", &TokenId::new("9"), true)
            .unwrap()
    );
    assert!(store.local_tokens("p1").unwrap()[0].key_in_vault);
    assert!(
        !store
            .set_key_in_vault("p1", &TokenId::new("nope"), true)
            .unwrap()
    );
    store.forget_local_token("p1", &TokenId::new("9")).unwrap();
    assert!(store.local_tokens("p1").unwrap().is_empty());
}

#[test]
fn the_server_expiry_wins_over_the_computed_one() {
    let local = LocalToken::from_created(
        &created(Some("2026-12-24T00:00:00Z")),
        ExpiryYears::Five,
        Utc::now(),
        true,
    );
    assert_eq!(local.expires_at, Some(at("2026-12-24T00:00:00Z")));
}

#[test]
fn forgetting_a_profile_removes_only_its_rows() {
    let store = Store::open_in_memory().unwrap();
    let local = LocalToken::from_created(&created(None), ExpiryYears::One, Utc::now(), true);
    for profile in ["p1", "p2"] {
        store
            .save_list_cache(profile, &[remote("1", None)], Utc::now())
            .unwrap();
        store.record_local_token(profile, &local).unwrap();
    }
    store.forget_profile("p1").unwrap();
    assert!(store.load_list_cache("p1").unwrap().is_none());
    assert!(store.local_tokens("p1").unwrap().is_empty());
    assert!(store.load_list_cache("p2").unwrap().is_some());
    assert_eq!(store.local_tokens("p2").unwrap().len(), 1);
}

#[test]
fn a_store_file_never_contains_a_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested").join("scriptix-keys.sqlite3");
    {
        let store = Store::open(&path).unwrap();
        let created = created(None);
        store
            .save_list_cache("p1", std::slice::from_ref(&created.token), Utc::now())
            .unwrap();
        store
            .record_local_token(
                "p1",
                &LocalToken::from_created(&created, ExpiryYears::One, Utc::now(), true),
            )
            .unwrap();
        let mut bytes = Vec::new();
        for entry in std::fs::read_dir(path.parent().unwrap()).unwrap() {
            bytes.extend(std::fs::read(entry.unwrap().path()).unwrap());
        }
        assert!(
            bytes.windows(b"token 9".len()).any(|w| w == b"token 9"),
            "the scan must see the data"
        );
        assert!(
            !bytes
                .windows(KEY_MARKER.len())
                .any(|w| w == KEY_MARKER.as_bytes())
        );
    }
    let reopened = Store::open(&path).unwrap();
    assert_eq!(reopened.local_tokens("p1").unwrap().len(), 1);
}

#[test]
fn a_file_from_a_newer_app_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite3");
    drop(Store::open(&path).unwrap());
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    assert!(matches!(
        Store::open(&path).unwrap_err(),
        StoreError::TooNew { found: 99 }
    ));
}

#[test]
fn an_unreadable_cache_is_treated_as_no_cache() {
    let store = Store::open_in_memory().unwrap();
    store
        .conn
        .execute(
            "INSERT INTO list_cache (profile_id, fetched_at, tokens_json) VALUES ('p1', 'not a time', '[')",
            [],
        )
        .unwrap();
    assert!(store.load_list_cache("p1").unwrap().is_none());
}

#[test]
fn a_new_key_record_is_bound_to_its_session_s_server_and_keeps_that_binding() {
    let store = Store::open_in_memory().unwrap();
    let local = LocalToken::from_created(&created(None), ExpiryYears::One, Utc::now(), true);
    store.set_session_origin("p1", "https://a.example").unwrap();
    store.record_local_token("p1", &local).unwrap();
    store.set_session_origin("p1", "https://b.example").unwrap();
    store.record_local_token("p1", &local).unwrap();
    assert_eq!(
        store.key_origin("p1", &local.token_id).unwrap().as_deref(),
        Some("https://a.example"),
        "an update keeps the binding"
    );
    store.record_local_token("p2", &local).unwrap();
    assert_eq!(
        store.key_origin("p2", &local.token_id).unwrap(),
        None,
        "no session origin: unbound, so never sent"
    );
    // Once: the records without an origin get their profile's server; later calls bind
    // nothing.
    let profiles = [("p2".to_owned(), "https://c.example".to_owned())];
    assert!(store.bind_legacy_origins(&profiles).unwrap());
    assert_eq!(
        store.key_origin("p2", &local.token_id).unwrap().as_deref(),
        Some("https://c.example")
    );
    assert_eq!(
        store.session_origin("p2").unwrap().as_deref(),
        Some("https://c.example")
    );
    assert!(!store.bind_legacy_origins(&profiles).unwrap());
    store.forget_profile("p2").unwrap();
    assert_eq!(store.session_origin("p2").unwrap(), None);
}

#[test]
fn destinations_are_listed_newest_first_and_the_same_place_again_only_moves_its_time() {
    let store = Store::open_in_memory().unwrap();
    let token = TokenId::new("9");
    let env = NewDestination::file(
        DestinationKind::EnvFile,
        "/srv/app/.env",
        "SCRIPTIX_API_KEY",
    );
    let csv = NewDestination::file(DestinationKind::BitwardenCsv, "/tmp/bw.csv", "");
    store
        .record_destination("p1", &token, &env, at("2026-03-01T00:00:00Z"))
        .unwrap();
    store
        .record_destination("p1", &token, &csv, at("2026-03-02T00:00:00Z"))
        .unwrap();
    store
        .record_destination("p1", &token, &env, at("2026-03-03T00:00:00Z"))
        .unwrap();
    let listed = store.destinations("p1", &token).unwrap();
    assert_eq!(
        listed.len(),
        2,
        "the same file and variable is one destination"
    );
    assert_eq!(listed[0].kind, DestinationKind::EnvFile);
    assert_eq!(listed[0].location, "/srv/app/.env");
    assert_eq!(listed[0].variable, "SCRIPTIX_API_KEY");
    assert_eq!(listed[0].at, at("2026-03-03T00:00:00Z"));
    assert_eq!(listed[1].kind, DestinationKind::BitwardenCsv);
    let other_variable =
        NewDestination::file(DestinationKind::EnvFile, "/srv/app/.env", "OTHER_KEY");
    store
        .record_destination("p1", &token, &other_variable, at("2026-03-04T00:00:00Z"))
        .unwrap();
    assert_eq!(store.destinations("p1", &token).unwrap().len(), 3);
    assert!(store.destinations("p2", &token).unwrap().is_empty());
    assert!(
        store
            .destinations("p1", &TokenId::new("8"))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn destinations_move_to_the_replacement_token_of_a_rotation() {
    let store = Store::open_in_memory().unwrap();
    let (old, new) = (TokenId::new("1"), TokenId::new("2"));
    let env = NewDestination::file(DestinationKind::EnvFile, "/srv/.env", "K");
    store
        .record_destination("p1", &old, &env, at("2026-03-01T00:00:00Z"))
        .unwrap();
    store.move_destinations("p1", &old, &new).unwrap();
    assert!(store.destinations("p1", &old).unwrap().is_empty());
    assert_eq!(
        store.destinations("p1", &new).unwrap()[0].location,
        "/srv/.env"
    );
}

#[test]
fn a_key_hint_is_the_public_prefix_and_the_last_four_characters_only() {
    let hint = key_hint(&Secret::new(KEY_MARKER.to_owned())).unwrap();
    assert_eq!(hint, "sk_live_…ghij");
    assert_eq!(
        key_hint(&Secret::new(
            " 0123456789abcdef0123456789abcdef \n".to_owned()
        ))
        .as_deref(),
        Some("…cdef"),
        "no prefix to show; surrounding whitespace is not part of the key"
    );
    assert_eq!(key_hint(&Secret::new("sk_live_short".to_owned())), None);
}

#[test]
fn a_created_tokens_record_keeps_the_hint_and_never_the_key() {
    let store = Store::open_in_memory().unwrap();
    let local = LocalToken::from_created(&created(None), ExpiryYears::One, Utc::now(), true);
    assert_eq!(local.key_hint.as_deref(), Some("sk_live_…ghij"));
    store.record_local_token("p1", &local).unwrap();
    // An update that knows no hint (a later record of the same token) keeps it.
    let mut later = local.clone();
    later.key_hint = None;
    store.record_local_token("p1", &later).unwrap();
    let listed = store.local_tokens("p1").unwrap();
    assert_eq!(listed[0].key_hint.as_deref(), Some("sk_live_…ghij"));
}

#[test]
fn forgetting_a_profile_forgets_where_its_keys_went() {
    let store = Store::open_in_memory().unwrap();
    let place = NewDestination::file(DestinationKind::EnvFile, "/srv/.env", "K");
    let token = TokenId::new("1");
    store
        .record_destination("p1", &token, &place, at("2026-03-01T00:00:00Z"))
        .unwrap();
    store
        .record_destination("p2", &token, &place, at("2026-03-01T00:00:00Z"))
        .unwrap();
    store.forget_profile("p1").unwrap();
    assert!(store.destinations("p1", &token).unwrap().is_empty());
    assert_eq!(store.destinations("p2", &token).unwrap().len(), 1);
}
