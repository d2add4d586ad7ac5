//! Key checks on the batch and realtime endpoints: both headers, wrong type, revoked,
//! expired (via the clock), unknown and missing keys.

use reqwest::StatusCode;
use scriptix_sandbox::demo;

use crate::common::{BATCH_CHECK, REALTIME_CHECK, start};

#[tokio::test]
async fn a_valid_key_passes_its_own_check_with_either_header() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let batch = env.create_ok(&session, "b", "batch").await["key"]
        .as_str()
        .unwrap()
        .to_owned();
    let realtime = env.create_ok(&session, "r", "realtime").await["key"]
        .as_str()
        .unwrap()
        .to_owned();

    let (status, body) = env.check_key(BATCH_CHECK, &batch).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["count"], 0);
    let (status, body) = env.check_key(REALTIME_CHECK, &realtime).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "available");

    let response = env
        .client
        .get(env.url(BATCH_CHECK))
        .header("x-zoom-s2t-key", format!("  {batch} "))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let response = env
        .client
        .get(env.url(REALTIME_CHECK))
        .header("x-zoom-s2t-key", &realtime)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_valid_key_of_the_other_type_is_403() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let batch = env.create_ok(&session, "b", "batch").await["key"]
        .as_str()
        .unwrap()
        .to_owned();
    let realtime = env.create_ok(&session, "r", "realtime").await["key"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, body) = env.check_key(REALTIME_CHECK, &batch).await;
    assert_eq!(
        (status, body["error_code"].as_str()),
        (StatusCode::FORBIDDEN, Some("WRONG_KEY_TYPE"))
    );
    let (status, _) = env.check_key(BATCH_CHECK, &realtime).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_deleted_key_is_401_key_revoked() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let created = env.create_ok(&session, "to revoke", "batch").await;
    let key = created["key"].as_str().unwrap();
    assert_eq!(env.check_key(BATCH_CHECK, key).await.0, StatusCode::OK);
    assert_eq!(
        env.delete(&session, &created["id"]).await,
        StatusCode::NO_CONTENT
    );
    let (status, body) = env.check_key(BATCH_CHECK, key).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"], "Unauthorized");
    assert_eq!(body["error_code"], "KEY_REVOKED");
    assert!(body["message"].is_string());
}

#[tokio::test]
async fn an_expired_key_is_401_invalid_api_key() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let key = env.create_ok(&session, "one year", "realtime").await["key"]
        .as_str()
        .unwrap()
        .to_owned();
    env.sandbox.clock().set_offset_seconds(364 * 86_400);
    assert_eq!(env.check_key(REALTIME_CHECK, &key).await.0, StatusCode::OK);
    env.sandbox.clock().set_offset_seconds(367 * 86_400);
    let (status, body) = env.check_key(REALTIME_CHECK, &key).await;
    assert_eq!(
        (status, body["error_code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("INVALID_API_KEY"))
    );
}

#[tokio::test]
async fn unknown_missing_and_session_credentials_are_401_with_their_codes() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let unknown = format!("sk_live_{}", "A".repeat(40));
    for key in [unknown.as_str(), "token_abc", session.as_str()] {
        let (status, body) = env.check_key(BATCH_CHECK, key).await;
        assert_eq!(
            (status, body["error_code"].as_str()),
            (StatusCode::UNAUTHORIZED, Some("INVALID_API_KEY")),
            "{key}"
        );
    }
    let response = env
        .client
        .get(env.url(REALTIME_CHECK))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error_code"], "MISSING_API_KEY");
    let response = env
        .client
        .get(env.url(REALTIME_CHECK))
        .header("authorization", "Basic xyz")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}
