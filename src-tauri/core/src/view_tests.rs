#![allow(clippy::unwrap_used)]

use chrono::Duration;
use serde_json::json;

use super::*;
use crate::model::Organization;

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn remote(id: &str, expires: Option<DateTime<Utc>>) -> RemoteToken {
    RemoteToken {
        id: TokenId::new(id),
        name: Some(format!("n{id}")),
        token_type: TokenType::Realtime,
        created_at: Some(at("2026-01-01T00:00:00Z")),
        expires_at: expires,
    }
}

fn local(id: &str, expires: Option<DateTime<Utc>>, key: bool) -> LocalToken {
    LocalToken {
        token_id: TokenId::new(id),
        name: format!("local {id}"),
        token_type: TokenType::Realtime,
        created_at: None,
        expires_at: expires,
        key_in_vault: key,
        created_by_app_at: at("2026-01-01T00:00:00Z"),
        key_hint: Some("sk_live_…WXYZ".into()),
    }
}

#[test]
fn a_token_view_serialises_to_the_ipc_shape() {
    let now = at("2026-06-01T00:00:00Z");
    let views = token_views(
        &[remote("7", Some(now + Duration::days(3)))],
        &[local("7", None, true)],
        now,
    );
    assert_eq!(
        serde_json::to_value(&views[0]).unwrap(),
        json!({"id": "7", "name": "n7", "type": "realtime", "createdAt": "2026-01-01T00:00:00Z",
               "expiresAt": "2026-06-04T00:00:00Z", "expirySource": "server", "status": "expiring7", "hasLocalKey": true,
               "keyHint": "sk_live_…WXYZ", "notes": null})
    );
}

#[test]
fn the_key_hint_is_shown_only_while_this_device_holds_the_key() {
    let now = at("2026-06-01T00:00:00Z");
    let views = token_views(
        &[remote("1", None), remote("2", None)],
        &[local("1", None, true), local("2", None, false)],
        now,
    );
    assert_eq!(views[0].key_hint.as_deref(), Some("sk_live_…WXYZ"));
    assert_eq!(views[1].key_hint, None, "a forgotten key has no hint");
}

#[test]
fn a_missing_server_expiry_falls_back_to_the_local_record_then_to_unknown() {
    let now = at("2026-06-01T00:00:00Z");
    let remote_tokens = [remote("1", None), remote("2", None)];
    let views = token_views(
        &remote_tokens,
        &[local("1", Some(now + Duration::days(400)), false)],
        now,
    );
    assert_eq!(
        (views[0].expiry_source, views[0].status),
        (ExpirySource::Local, TokenStatus::Active)
    );
    assert_eq!(views[0].expires_at, Some(now + Duration::days(400)));
    assert_eq!(
        (views[1].expiry_source, views[1].status),
        (ExpirySource::Unknown, TokenStatus::Unknown)
    );
    assert_eq!(
        serde_json::to_value(&views[1]).unwrap()["expiresAt"],
        json!(null)
    );
    assert!(!views[1].has_local_key);
}

#[test]
fn the_server_expiry_wins_and_order_follows_the_server() {
    let now = at("2026-06-01T00:00:00Z");
    let views = token_views(
        &[
            remote("b", Some(now - Duration::days(1))),
            remote("a", None),
        ],
        &[
            local("b", Some(now + Duration::days(100)), false),
            local("gone", None, true),
        ],
        now,
    );
    assert_eq!(views.len(), 2);
    assert_eq!(views[0].id, TokenId::new("b"));
    assert_eq!(
        (views[0].expiry_source, views[0].status),
        (ExpirySource::Server, TokenStatus::Expired)
    );
}

#[test]
fn a_token_list_view_serialises_to_the_ipc_shape() {
    let now = at("2026-06-01T00:00:00Z");
    let list = TokenListView::new("p1", &[], &[], now, true, now);
    assert_eq!(
        serde_json::to_value(list).unwrap(),
        json!({"profileId": "p1", "tokens": [], "fetchedAt": "2026-06-01T00:00:00Z", "fromCache": true})
    );
}

#[test]
fn an_account_view_serialises_to_the_ipc_shape() {
    let account = Account {
        email: "v@x.y".into(),
        display_name: "Vi Ewer".into(),
        roles: vec!["CUSTOMER".into()],
        organization: Some(Organization {
            id: "1".into(),
            name: "Demo Org".into(),
            token_limit: None,
        }),
    };
    let value = serde_json::to_value(AccountView::from(&account)).unwrap();
    assert_eq!(
        value["organization"],
        json!({"id": "1", "name": "Demo Org", "tokenLimit": null})
    );
    assert_eq!(value["canManageTokens"], json!(false));
    assert!(
        value["manageReason"]
            .as_str()
            .unwrap()
            .contains("Developer")
    );
    assert_eq!(value["displayName"], json!("Vi Ewer"));
    let keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 7, "{keys:?}");
}

#[test]
fn a_session_info_serialises_without_the_token() {
    let info = SessionInfo {
        profile_id: "p".into(),
        username: "u".into(),
        expires_at: at("2026-06-01T00:00:00Z"),
    };
    assert_eq!(
        serde_json::to_value(info).unwrap(),
        json!({"profileId": "p", "username": "u", "expiresAt": "2026-06-01T00:00:00Z"})
    );
}

fn named(id: &str, name: &str, days: Option<i64>, now: DateTime<Utc>) -> RemoteToken {
    RemoteToken {
        name: Some(name.into()),
        ..remote(id, days.map(|d| now + Duration::days(d)))
    }
}

fn ids_of(list: &TokenListView) -> Vec<&str> {
    list.tokens.iter().map(|t| t.id.as_str()).collect()
}

#[test]
fn the_list_comes_in_the_tables_default_order_as_the_window_sorts_it() {
    // The same tokens and order as tests/ui/unit/tokens.test.js ("default sort"): soonest
    // expiry first, then expired ones most recent first, unknown expiry last.
    let now = at("2026-03-10T12:00:00Z");
    let remote = [
        named("10", "Production", Some(65), now),
        named("2", "Live captions", Some(5), now),
        named("33", "archive import", Some(24), now),
        named("4", "Staging", Some(-4), now),
        named("5", "Old podcast", Some(-40), now),
        named("6", "Legacy", None, now),
        named("7", "Beta thing", Some(900), now),
        named("100", "Zulu monitor", Some(2), now),
    ];
    let list = TokenListView::new("p", &remote, &[], now, true, now);
    assert_eq!(ids_of(&list), ["100", "2", "33", "10", "7", "4", "5", "6"]);
}

#[test]
fn equal_expiries_go_by_name_case_ignored_and_numbers_by_value_then_by_id() {
    let now = at("2026-03-10T12:00:00Z");
    let remote = [
        named("9", "load test 10", Some(30), now),
        named("12", "Load test 2", Some(30), now),
        named("3", "Load Test 02", Some(30), now),
        named("x1", "Load test 1", Some(30), now),
        named("4", "Load test-1", Some(30), now),
        named("5", "Load test 1a", Some(30), now),
    ];
    let list = TokenListView::new("p", &remote, &[], now, true, now);
    // "test 1" < "test 1a" < "test 2" = "Test 02" (then id 3 < 12) < "test 10"; a space
    // before a hyphen before a digit.
    assert_eq!(ids_of(&list), ["x1", "5", "3", "12", "9", "4"]);
}

proptest::proptest! {
    /// The order is total (the sort's contract): the same list in any order sorts the same.
    #[test]
    fn the_window_order_is_the_same_whatever_order_the_server_sent(
        rows in proptest::collection::vec(
            ("[a-zA-Z0-9 ._-]{0,6}", proptest::option::of(-50i64..50)), 0..40),
        seed in 0u64..1000,
    ) {
        let now = at("2026-03-10T12:00:00Z");
        let remote: Vec<RemoteToken> = rows
            .iter()
            .enumerate()
            .map(|(i, (name, days))| named(&format!("{}{i}", if i % 3 == 0 { "t" } else { "" }), name, *days, now))
            .collect();
        let mut shuffled = remote.clone();
        let n = shuffled.len().max(1) as u64;
        shuffled.rotate_left((seed % n) as usize);
        shuffled.reverse();
        let a = TokenListView::new("p", &remote, &[], now, true, now);
        let b = TokenListView::new("p", &shuffled, &[], now, true, now);
        proptest::prop_assert_eq!(ids_of(&a), ids_of(&b));
        for pair in a.tokens.windows(2) {
            proptest::prop_assert_ne!(window_order(&pair[0], &pair[1], now), std::cmp::Ordering::Greater);
            proptest::prop_assert_eq!(
                window_order(&pair[0], &pair[1], now),
                window_order(&pair[1], &pair[0], now).reverse()
            );
        }
    }
}
