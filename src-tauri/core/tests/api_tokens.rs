//! Creating (with reconciliation) and deleting tokens, against wiremock. Listing:
//! `api_listing.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::{client, fast_options, session};
use scriptix_keys_core::api::{
    ApiClient, ApiError, ClientOptions, CreateOutcome, DeleteOutcome, ExpiryYears, NewToken,
};
use scriptix_keys_core::model::{TokenId, TokenType};
use serde_json::{Value, json};
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn create_sends_name_type_and_expiry_years_and_reads_a_wrapped_reply() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v3/tokens"))
        .and(body_json(
            json!({"name": "CI pipeline", "type": "realtime", "expiration_years": 5}),
        ))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"result": {
            "id": 77, "name": "CI pipeline", "type": "realtime", "key": "sk_live_new",
            "created_at": "2026-02-01T00:00:00Z", "expires_at": "2031-02-01T00:00:00Z"}})))
        .expect(1)
        .mount(&server)
        .await;
    let new = NewToken {
        name: "  CI pipeline ".into(),
        token_type: TokenType::Realtime,
        expiration_years: ExpiryYears::Five,
    };
    let created = client(&server.uri())
        .create_token(&session(), &new)
        .await
        .unwrap();
    assert_eq!(created.token.id, TokenId::new("77"));
    assert_eq!(created.key.expose(), "sk_live_new");
    assert!(created.token.expires_at.is_some());
}

#[tokio::test]
async fn create_reads_a_bare_200_reply() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"id": "t-1", "name": "x", "type": "batch", "key": "k1"})),
        )
        .mount(&server)
        .await;
    let new = NewToken {
        name: "x".into(),
        token_type: TokenType::Batch,
        expiration_years: ExpiryYears::One,
    };
    assert_eq!(
        client(&server.uri())
            .create_token(&session(), &new)
            .await
            .unwrap()
            .key
            .expose(),
        "k1"
    );
}

#[tokio::test]
async fn create_refuses_a_bad_name_before_sending() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201))
        .expect(0)
        .mount(&server)
        .await;
    let new = NewToken {
        name: "evil\u{202E}name".into(),
        token_type: TokenType::Batch,
        expiration_years: ExpiryYears::One,
    };
    let err = client(&server.uri())
        .create_token(&session(), &new)
        .await
        .unwrap_err();
    assert_eq!(err.field(), Some("name"));
}

#[tokio::test]
async fn the_token_limit_conflict_is_limit_reached() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(409).set_body_json(json!({"error": "Conflict", "error_code": "TOKEN_LIMIT_REACHED", "message": "Demo Org holds 50 tokens"})))
        .mount(&server)
        .await;
    let new = NewToken {
        name: "x".into(),
        token_type: TokenType::Batch,
        expiration_years: ExpiryYears::One,
    };
    let err = client(&server.uri())
        .create_token(&session(), &new)
        .await
        .unwrap_err();
    assert_eq!(
        err,
        ApiError::LimitReached {
            message: "Demo Org holds 50 tokens.".into()
        }
    );
}

/// A server whose create answers too late; the list answers `before` once, then `after`.
async fn lost_create_server(before: Vec<Value>, after: Vec<Value>) -> (MockServer, ApiClient) {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"total_results": before.len(), "result": before})),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"total_results": after.len(), "result": after})),
        )
        .with_priority(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_json(json!({"id": 9, "key": "k"}))
                .set_delay(Duration::from_secs(2)),
        )
        .expect(1)
        .mount(&server)
        .await;
    let options = ClientOptions {
        timeout: Duration::from_millis(300),
        ..fast_options()
    };
    let client = ApiClient::new(&server.uri(), options).unwrap();
    (server, client)
}

fn named(id: u32, name: &str, created: chrono::DateTime<chrono::Utc>) -> Value {
    json!({"id": id, "name": name, "type": "batch", "created_at": created.to_rfc3339()})
}

fn ci_token() -> NewToken {
    NewToken {
        name: "CI".into(),
        token_type: TokenType::Batch,
        expiration_years: ExpiryYears::One,
    }
}

#[tokio::test]
async fn a_create_timeout_is_reported_as_outcome_unknown() {
    let (_server, client) = lost_create_server(vec![], vec![]).await;
    assert_eq!(
        client
            .create_token(&session(), &ci_token())
            .await
            .unwrap_err(),
        ApiError::CreateOutcomeUnknown
    );
}

#[tokio::test]
async fn a_lost_create_whose_token_exists_is_created_but_key_lost() {
    let now = chrono::Utc::now();
    let (_server, client) = lost_create_server(vec![], vec![named(9, "CI", now)]).await;
    match client
        .create_token_reconciled(&session(), &ci_token())
        .await
        .unwrap()
    {
        CreateOutcome::CreatedButKeyLost(token) => assert_eq!(token.id, TokenId::new("9")),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_lost_create_whose_token_is_absent_is_not_created() {
    let (_server, client) =
        lost_create_server(vec![], vec![named(3, "Other", chrono::Utc::now())]).await;
    assert!(matches!(
        client
            .create_token_reconciled(&session(), &ci_token())
            .await
            .unwrap(),
        CreateOutcome::NotCreated { .. }
    ));
}

#[tokio::test]
async fn a_pre_existing_token_with_the_same_name_is_not_mistaken_for_the_new_one() {
    let existing = named(1, "CI", chrono::Utc::now());
    let (_server, client) = lost_create_server(vec![existing.clone()], vec![existing]).await;
    assert!(matches!(
        client
            .create_token_reconciled(&session(), &ci_token())
            .await
            .unwrap(),
        CreateOutcome::NotCreated { .. }
    ));
}

#[tokio::test]
async fn delete_accepts_204_200_and_202_and_treats_404_as_already_gone() {
    for (status, expected) in [
        (204, DeleteOutcome::Deleted),
        (200, DeleteOutcome::Deleted),
        (202, DeleteOutcome::Deleted),
        (404, DeleteOutcome::AlreadyGone),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("DELETE"))
            .and(path("/api/v3/tokens/42"))
            .respond_with(ResponseTemplate::new(status))
            .mount(&server)
            .await;
        assert_eq!(
            client(&server.uri())
                .delete_token(&session(), &TokenId::new("42"))
                .await
                .unwrap(),
            expected,
            "{status}"
        );
    }
}

#[tokio::test]
async fn delete_refuses_an_id_percent_encoding_alone_would_have_sent() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .delete_token(&session(), &TokenId::new("a/b c?d"))
        .await
        .unwrap_err();
    assert_eq!(err.field(), Some("tokenId"));
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_base_url_with_a_path_prefix_is_kept() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/proxy/api/v3/tokens"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .expect(1)
        .mount(&server)
        .await;
    client(&format!("{}/proxy", server.uri()))
        .list_tokens(&session())
        .await
        .unwrap();
}

/// Tauri runs async commands on a multi-threaded runtime: every client future must be `Send`.
#[test]
fn every_client_future_is_send() {
    fn assert_send<T: Send>(_: &T) {}
    let client = ApiClient::new("https://api.scriptix.io", ClientOptions::default()).unwrap();
    let (s, id, new) = (
        session(),
        TokenId::new("1"),
        NewToken {
            name: "n".into(),
            token_type: TokenType::Batch,
            expiration_years: ExpiryYears::One,
        },
    );
    assert_send(&client.login("u", &s, true));
    assert_send(&client.login_mfa(
        "u",
        &s,
        true,
        scriptix_keys_core::api::MfaCode::Totp("1".into()),
    ));
    assert_send(&client.account(&s));
    assert_send(&client.list_tokens(&s));
    assert_send(&client.list_tokens_sequential(&s));
    assert_send(&client.create_token(&s, &new));
    assert_send(&client.create_token_reconciled(&s, &new));
    assert_send(&client.delete_token(&s, &id));
    assert_send(&client.check_key(&s, &TokenType::Realtime));
}
