//! The sandbox clock: the admin endpoint that shifts it, and what follows it (token times,
//! key expiry, sessions).

use reqwest::{Method, StatusCode};
use scriptix_sandbox::demo;
use serde_json::{Value, json};

use crate::common::start;

#[tokio::test]
async fn the_clock_endpoint_shifts_token_times_and_expiry() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let key = env.create_ok(&session, "made today", "batch").await["key"]
        .as_str()
        .unwrap()
        .to_owned();
    let shift = 367 * 86_400;
    let response = env
        .admin(
            Method::POST,
            "/__sandbox/clock",
            Some(json!({"offset_seconds": shift})),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["offset_seconds"], shift);
    let clock: Value = env
        .admin(Method::GET, "/__sandbox/clock", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(clock["offset_seconds"], shift);
    assert_eq!(env.sandbox.clock().offset_seconds(), shift);

    let (status, body) = env.check_key(crate::common::BATCH_CHECK, &key).await;
    assert_eq!(
        (status, body["error_code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("INVALID_API_KEY"))
    );
    // The session (7 days) has expired too; a new one carries the shifted time.
    let me = env.account_me(&session).await;
    assert_eq!(me.status(), StatusCode::UNAUTHORIZED);
    let session = env.login(demo::DEV_EMAIL).await;
    let created = env.create_ok(&session, "from the future", "batch").await;
    let created_at =
        chrono::DateTime::parse_from_rfc3339(created["created_at"].as_str().unwrap()).unwrap();
    let ahead = created_at.timestamp() - chrono::Utc::now().timestamp();
    assert!((ahead - shift).abs() <= 2, "{ahead}");
    let response = env
        .admin(
            Method::POST,
            "/__sandbox/clock",
            Some(json!({"offset_seconds": 0})),
        )
        .await;
    assert_eq!(response.json::<Value>().await.unwrap()["offset_seconds"], 0);
}

#[tokio::test]
async fn sessions_expire_on_the_sandbox_clock() {
    let env = start().await;
    let token = env.login(demo::DEV_EMAIL).await;
    env.sandbox.clock().set_offset_seconds(7 * 24 * 3600 - 60);
    let ok = env.account_me(&token).await;
    assert_eq!(ok.status(), StatusCode::OK);
    env.sandbox.clock().set_offset_seconds(7 * 24 * 3600 + 1);
    let expired = env.account_me(&token).await;
    assert_eq!(expired.status(), StatusCode::UNAUTHORIZED);
}
