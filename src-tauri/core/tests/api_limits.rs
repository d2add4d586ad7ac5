//! Replies are capped: a huge body or an over-long page is refused with a clear error and
//! never read into memory whole; token ids are checked before they reach a URL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{client, session, token_json};
use scriptix_keys_core::ErrorKind;
use scriptix_keys_core::api::{ApiError, MAX_REPLY_BYTES, PAGE_LIMIT};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn a_body_announced_larger_than_the_cap_is_refused_as_a_server_problem() {
    let server = MockServer::start().await;
    let padding = "x".repeat(MAX_REPLY_BYTES + 1);
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"result": [], "padding": padding})),
        )
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .list_tokens(&session())
        .await
        .unwrap_err();
    assert!(
        matches!(err, ApiError::ReplyTooLarge { limit_mb: 4 }),
        "{err:?}"
    );
    assert_eq!(err.kind(), ErrorKind::Server);
    assert!(err.to_string().contains("larger than 4 MB"), "{err}");
}

#[tokio::test]
async fn an_error_body_larger_than_the_cap_is_refused_too() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(ResponseTemplate::new(500).set_body_string("e".repeat(MAX_REPLY_BYTES + 10)))
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .list_tokens(&session())
        .await
        .unwrap_err();
    assert!(matches!(err, ApiError::ReplyTooLarge { .. }), "{err:?}");
}

#[tokio::test]
async fn a_page_with_more_tokens_than_asked_for_is_refused() {
    let server = MockServer::start().await;
    let items: Vec<_> = (0..=PAGE_LIMIT).map(token_json).collect();
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"result": items})))
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .list_tokens(&session())
        .await
        .unwrap_err();
    assert_eq!(
        err,
        ApiError::PageTooLong {
            asked: PAGE_LIMIT,
            got: PAGE_LIMIT + 1
        }
    );
    assert_eq!(err.kind(), ErrorKind::Server);
    assert!(err.to_string().contains("at most 100"), "{err}");
}

#[tokio::test]
async fn a_full_page_of_exactly_the_limit_is_still_read() {
    let server = MockServer::start().await;
    let items: Vec<_> = (0..PAGE_LIMIT).map(token_json).collect();
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"result": items, "total_results": PAGE_LIMIT})),
        )
        .mount(&server)
        .await;
    assert_eq!(
        client(&server.uri())
            .list_tokens(&session())
            .await
            .unwrap()
            .len(),
        PAGE_LIMIT
    );
}

#[tokio::test]
async fn a_token_id_that_could_change_the_url_is_refused_before_any_request() {
    use scriptix_keys_core::model::TokenId;
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(204))
        .expect(0)
        .mount(&server)
        .await;
    let long = "1".repeat(129);
    for hostile in [
        "../account/me",
        "..",
        "12/../../account",
        "12?force=1",
        "12#x",
        "12/13",
        "12 13",
        " 12",
        "12\n",
        "",
        "%2e%2e",
        "12\\13",
        long.as_str(),
    ] {
        let err = client(&server.uri())
            .delete_token(&session(), &TokenId::new(hostile))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "{hostile:?}");
        assert_eq!(err.field(), Some("tokenId"), "{hostile:?}");
        assert!(err.to_string().contains("token id"), "{hostile:?}: {err}");
    }
}

#[tokio::test]
async fn ordinary_numeric_and_uuid_token_ids_still_reach_the_server() {
    use scriptix_keys_core::api::DeleteOutcome;
    use scriptix_keys_core::model::TokenId;
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(204))
        .expect(3)
        .mount(&server)
        .await;
    for id in ["42", "0b9f6c2e-6a4d-4c1e-9d3a-5f2b7c8e1a90", "tok_AbC-9"] {
        assert_eq!(
            client(&server.uri())
                .delete_token(&session(), &TokenId::new(id))
                .await
                .unwrap(),
            DeleteOutcome::Deleted
        );
    }
}

#[tokio::test]
async fn a_402_is_explained_as_a_plan_quota_problem_not_the_token_limit() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(
            ResponseTemplate::new(402).set_body_json(json!({"error": "Payment Required"})),
        )
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .list_tokens(&session())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Quota);
    let text = err.to_string();
    assert!(text.contains("plan"), "{text}");
    assert!(
        text.contains("upgrade") || text.contains("Upgrade"),
        "{text}"
    );
    assert!(text.contains("contact"), "{text}");
    assert!(!text.contains("token limit"), "{text}");
}

#[tokio::test]
async fn a_402_with_its_own_message_still_says_what_to_do() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(
            ResponseTemplate::new(402)
                .set_body_json(json!({"message": "Monthly transcription hours exhausted"})),
        )
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .list_tokens(&session())
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("Monthly transcription hours exhausted"),
        "{text}"
    );
    assert!(text.contains("contact Scriptix support"), "{text}");
}

#[tokio::test]
async fn a_create_whose_answer_is_too_large_is_an_unknown_outcome_not_a_failure() {
    use scriptix_keys_core::api::{ExpiryYears, NewToken};
    use scriptix_keys_core::model::TokenType;
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v3/tokens"))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_string(format!("{{\"pad\":\"{}\"}}", "x".repeat(MAX_REPLY_BYTES))),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .create_token(
            &session(),
            &NewToken {
                name: "CI".into(),
                token_type: TokenType::Batch,
                expiration_years: ExpiryYears::One,
            },
        )
        .await
        .unwrap_err();
    // The token may exist: the caller must reconcile rather than report "not created".
    assert_eq!(err, ApiError::CreateOutcomeUnknown);
}
