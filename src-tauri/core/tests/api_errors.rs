//! Error mapping through the real funnel, against wiremock.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::{client, fast_options, session};
use scriptix_keys_core::ErrorKind;
use scriptix_keys_core::api::{ApiClient, ApiError, ClientOptions, ExpiryYears, NewToken};
use scriptix_keys_core::model::TokenType;
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn list_error(status: u16, body: serde_json::Value) -> ApiError {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(&server)
        .await;
    client(&server.uri())
        .list_tokens(&session())
        .await
        .unwrap_err()
}

#[tokio::test]
async fn requests_carry_bearer_auth_and_accept_json() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .and(query_param("offset", "0"))
        .and(query_param("limit", "100"))
        .and(header("authorization", "Bearer session-token-for-tests"))
        .and(header("accept", "application/json"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"result": []})))
        .expect(1)
        .mount(&server)
        .await;
    assert!(
        client(&server.uri())
            .list_tokens(&session())
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn error_string_with_code_becomes_unauthorized_with_the_specific_message() {
    let err = list_error(401, json!({"error": "Unauthorized", "message": "Invalid API key", "error_code": "INVALID_API_KEY"})).await;
    assert_eq!(
        err,
        ApiError::Unauthorized {
            message: "Invalid API key.".into(),
            code: Some("INVALID_API_KEY".into())
        }
    );
    assert_eq!(err.kind(), ErrorKind::Unauthorized);
}

#[tokio::test]
async fn nested_error_object_becomes_invalid_input_with_its_field() {
    let err = list_error(422, json!({"error": {"code": 422, "message": "Missing required field: name", "details": {"field": "name"}}})).await;
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert_eq!(err.field(), Some("name"));
    assert_eq!(err.to_string(), "Missing required field: name.");
}

#[tokio::test]
async fn fastapi_detail_list_becomes_invalid_input_with_the_loc_field() {
    let err = list_error(
        400,
        json!({"detail": [{"loc": ["body", "name"], "msg": "field required"}]}),
    )
    .await;
    assert_eq!(err.field(), Some("name"));
    assert_eq!(err.to_string(), "name: field required.");
}

#[tokio::test]
async fn detail_error_description_error_message_and_err_shapes_are_all_read() {
    assert_eq!(
        list_error(403, json!({"detail": "Not allowed for CUSTOMER"}))
            .await
            .to_string(),
        "Not allowed for CUSTOMER."
    );
    assert_eq!(
        list_error(403, json!({"error_description": "Scope missing"}))
            .await
            .to_string(),
        "Scope missing."
    );
    assert_eq!(
        list_error(404, json!({"error_message": "No such thing"}))
            .await
            .to_string(),
        "No such thing."
    );
    assert_eq!(
        list_error(500, json!({"err": "Database down"}))
            .await
            .to_string(),
        "Database down."
    );
}

#[tokio::test]
async fn statuses_map_to_the_ipc_kinds() {
    assert_eq!(list_error(402, json!({})).await.kind(), ErrorKind::Quota);
    assert_eq!(
        list_error(403, json!({})).await.kind(),
        ErrorKind::Forbidden
    );
    assert_eq!(list_error(404, json!({})).await.kind(), ErrorKind::NotFound);
    assert_eq!(
        list_error(
            409,
            json!({"error_code": "TOKEN_LIMIT_REACHED", "message": "Limit of 50 reached"})
        )
        .await
        .kind(),
        ErrorKind::LimitReached
    );
    assert_eq!(
        list_error(409, json!({"error": "Name in use"}))
            .await
            .kind(),
        ErrorKind::InvalidInput
    );
    assert_eq!(
        list_error(413, json!({})).await.kind(),
        ErrorKind::InvalidInput
    );
    assert_eq!(list_error(415, json!({})).await.kind(), ErrorKind::Internal);
    assert_eq!(list_error(500, json!({})).await.kind(), ErrorKind::Server);
}

#[tokio::test]
async fn a_non_json_error_body_falls_back_to_the_default_sentence() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(500).set_body_string("<html>oops</html>"))
        .mount(&server)
        .await;
    let err = client(&server.uri()).account(&session()).await.unwrap_err();
    assert_eq!(
        err,
        ApiError::Server {
            status: 500,
            message: "Scriptix had an internal problem. Try again later.".into()
        }
    );
}

#[tokio::test]
async fn truncated_json_in_a_list_is_a_decode_error_with_an_excerpt() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"total_results": 3, "result": [{"id": 1, "na"#,
            "application/json",
        ))
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .list_tokens(&session())
        .await
        .unwrap_err();
    let ApiError::Decode {
        excerpt: Some(excerpt),
    } = &err
    else {
        panic!("{err:?}")
    };
    assert!(excerpt.contains("total_results"));
    assert_eq!(err.kind(), ErrorKind::Server);
}

#[tokio::test]
async fn an_unreadable_login_reply_keeps_no_excerpt() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(r#"{"access_token": "eyJhbGciOi"#, "application/json"),
        )
        .mount(&server)
        .await;
    let password = scriptix_keys_core::Secret::new("pw".into());
    let err = client(&server.uri())
        .login("u", &password, false)
        .await
        .unwrap_err();
    assert_eq!(err, ApiError::Decode { excerpt: None });
}

#[tokio::test]
async fn a_truncated_create_reply_means_the_outcome_is_unknown_and_shows_no_key() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_raw(r#"{"id": 5, "key": "sk_live_abc"#, "application/json"),
        )
        .mount(&server)
        .await;
    let new = NewToken {
        name: "CI".into(),
        token_type: TokenType::Batch,
        expiration_years: ExpiryYears::One,
    };
    let err = client(&server.uri())
        .create_token(&session(), &new)
        .await
        .unwrap_err();
    assert_eq!(err, ApiError::CreateOutcomeUnknown);
    assert!(!format!("{err:?} {err}").contains("sk_live"));
}

#[tokio::test]
async fn a_slow_server_gives_a_timeout_without_retrying() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!([]))
                .set_delay(Duration::from_secs(2)),
        )
        .expect(1)
        .mount(&server)
        .await;
    let options = ClientOptions {
        timeout: Duration::from_millis(200),
        ..fast_options()
    };
    let err = ApiClient::new(&server.uri(), options)
        .unwrap()
        .list_tokens(&session())
        .await
        .unwrap_err();
    assert_eq!(err, ApiError::Timeout);
    assert_eq!(err.kind(), ErrorKind::Network);
    assert_eq!(
        err.to_string(),
        "Scriptix did not answer in time. Check your connection and try again."
    );
}

#[tokio::test]
async fn error_messages_never_contain_the_session_token_even_when_echoed() {
    let err = list_error(
        401,
        json!({"message": "Token session-token-for-tests is expired"}),
    )
    .await;
    assert!(
        !err.to_string().contains("session-token-for-tests"),
        "{err}"
    );
    assert!(!format!("{err:?}").contains("session-token-for-tests"));
}

#[tokio::test]
async fn plain_http_to_a_remote_host_is_refused_before_any_request() {
    let err = ApiClient::new("http://api.scriptix.io", ClientOptions::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert_eq!(err.field(), Some("baseUrl"));
}
