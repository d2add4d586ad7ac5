//! Retries and rate-limit waits in the funnel, against wiremock (waits of about 1 s).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::{fast_options, recording_client, session};
use scriptix_keys_core::api::{
    ApiError, ClientOptions, ExpiryYears, NewToken, RetryPolicy, WaitNotice, WaitReason,
};
use scriptix_keys_core::model::TokenType;
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Mounts one failure (answered once) before a success on `GET /api/v3/account/me`.
async fn fail_once_then_succeed(failure: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v3/account/me"))
        .respond_with(failure)
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v3/account/me"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"email": "a@b.c"})))
        .with_priority(2)
        .mount(&server)
        .await;
    server
}

fn notice(reason: WaitReason, seconds: u64) -> WaitNotice {
    WaitNotice {
        reason,
        seconds,
        attempt: 2,
    }
}

#[tokio::test]
async fn rate_limit_with_retry_after_seconds_waits_that_long_then_succeeds() {
    let server =
        fail_once_then_succeed(ResponseTemplate::new(429).insert_header("Retry-After", "1")).await;
    let (client, notices) = recording_client(&server.uri(), fast_options());
    let started = std::time::Instant::now();
    assert_eq!(client.account(&session()).await.unwrap().email, "a@b.c");
    assert!(started.elapsed() >= Duration::from_millis(950));
    assert_eq!(
        *notices.lock().unwrap(),
        vec![notice(WaitReason::RateLimited, 1)]
    );
}

#[tokio::test]
async fn rate_limit_with_body_retry_after_waits_that_long_then_succeeds() {
    let body = json!({"error": "Rate Limit Exceeded", "error_code": "RATE_LIMIT_EXCEEDED", "retry_after": 1});
    let server = fail_once_then_succeed(ResponseTemplate::new(429).set_body_json(body)).await;
    let (client, notices) = recording_client(&server.uri(), fast_options());
    client.account(&session()).await.unwrap();
    assert_eq!(
        *notices.lock().unwrap(),
        vec![notice(WaitReason::RateLimited, 1)]
    );
}

#[tokio::test]
async fn rate_limit_with_a_reset_time_waits_until_then_and_succeeds() {
    let reset = chrono::Utc::now().timestamp() + 2;
    let server = fail_once_then_succeed(
        ResponseTemplate::new(429).insert_header("X-RateLimit-Reset", reset.to_string().as_str()),
    )
    .await;
    let (client, notices) = recording_client(&server.uri(), fast_options());
    client.account(&session()).await.unwrap();
    let notices = notices.lock().unwrap();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].reason, WaitReason::RateLimited);
    assert!((1..=2).contains(&notices[0].seconds), "{:?}", notices[0]);
}

#[tokio::test]
async fn service_unavailable_is_retried_with_backoff() {
    let server = fail_once_then_succeed(ResponseTemplate::new(503)).await;
    let (client, notices) = recording_client(&server.uri(), fast_options());
    client.account(&session()).await.unwrap();
    assert_eq!(
        *notices.lock().unwrap(),
        vec![notice(WaitReason::Unavailable, 1)]
    );
}

#[tokio::test]
async fn retries_stop_after_max_attempts_and_report_the_rate_limit() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0"))
        .expect(3)
        .mount(&server)
        .await;
    let options = ClientOptions {
        retry: RetryPolicy {
            max_attempts: 3,
            ..fast_options().retry
        },
        ..fast_options()
    };
    let (client, notices) = recording_client(&server.uri(), options);
    let err = client.account(&session()).await.unwrap_err();
    assert!(
        matches!(err, ApiError::RateLimited { retry_after: Some(d), .. } if d == Duration::ZERO),
        "{err:?}"
    );
    let attempts: Vec<u32> = notices.lock().unwrap().iter().map(|n| n.attempt).collect();
    assert_eq!(attempts, vec![2, 3]);
}

#[tokio::test]
async fn a_wait_longer_than_the_cap_is_not_waited_for() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "120"))
        .expect(1)
        .mount(&server)
        .await;
    let (client, notices) = recording_client(&server.uri(), fast_options());
    let err = client.account(&session()).await.unwrap_err();
    assert!(
        matches!(err, ApiError::RateLimited { retry_after: Some(d), .. } if d == Duration::from_secs(120))
    );
    assert!(notices.lock().unwrap().is_empty());
}

#[tokio::test]
async fn the_total_wait_cap_ends_retries_early() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "1"))
        .expect(2)
        .mount(&server)
        .await;
    let options = ClientOptions {
        retry: RetryPolicy {
            max_total_wait: Duration::from_millis(1500),
            ..fast_options().retry
        },
        ..fast_options()
    };
    let (client, notices) = recording_client(&server.uri(), options);
    assert!(matches!(
        client.account(&session()).await.unwrap_err(),
        ApiError::Unavailable { .. }
    ));
    assert_eq!(notices.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn a_create_is_never_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "0"))
        .expect(1)
        .mount(&server)
        .await;
    let (client, notices) = recording_client(&server.uri(), fast_options());
    let new = NewToken {
        name: "CI".into(),
        token_type: TokenType::Batch,
        expiration_years: ExpiryYears::Two,
    };
    assert!(matches!(
        client.create_token(&session(), &new).await.unwrap_err(),
        ApiError::Unavailable { .. }
    ));
    assert!(notices.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_login_is_never_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0"))
        .expect(1)
        .mount(&server)
        .await;
    let (client, _) = recording_client(&server.uri(), fast_options());
    let password = scriptix_keys_core::Secret::new("pw".into());
    assert!(matches!(
        client.login("u", &password, true).await.unwrap_err(),
        ApiError::RateLimited { .. }
    ));
}

#[tokio::test]
async fn a_delete_is_retried_like_a_get() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(204))
        .with_priority(2)
        .mount(&server)
        .await;
    let (client, notices) = recording_client(&server.uri(), fast_options());
    let id = scriptix_keys_core::model::TokenId::new("7");
    assert_eq!(
        client.delete_token(&session(), &id).await.unwrap(),
        scriptix_keys_core::api::DeleteOutcome::Deleted
    );
    assert_eq!(notices.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn connection_errors_are_retried_then_reported_as_network() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let (client, notices) = recording_client(&format!("http://127.0.0.1:{port}"), fast_options());
    let err = client.account(&session()).await.unwrap_err();
    assert!(matches!(err, ApiError::Network { .. }), "{err:?}");
    let notices = notices.lock().unwrap();
    assert_eq!(notices.len(), 3);
    assert!(notices.iter().all(|n| n.reason == WaitReason::Network));
}
