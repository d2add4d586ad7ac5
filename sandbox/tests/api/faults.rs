//! Fault injection through the admin API and the in-process handle: latency, forced status
//! (next N and a share), dropped connections before and after the handler, truncated bodies,
//! route filters, clearing and the admin guard (the clock endpoint: clock.rs).

use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode};
use scriptix_sandbox::{FaultKind, FaultRule, demo};
use serde_json::{Value, json};

use crate::common::start;

#[tokio::test]
async fn the_admin_api_needs_the_secret() {
    let env = start().await;
    for secret in [None, Some("wrong")] {
        let mut request = env.client.get(env.url("/__sandbox/faults"));
        if let Some(secret) = secret {
            request = request.header("x-sandbox-admin", secret);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(
            response.json::<Value>().await.unwrap()["error_code"],
            "ADMIN_SECRET_REQUIRED"
        );
    }
    assert_eq!(env.sandbox.admin_secret().len(), 32);
}

#[tokio::test]
async fn added_latency_delays_only_the_matching_route() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let response = env
        .admin(
            Method::POST,
            "/__sandbox/faults",
            Some(json!({"kind": "latency", "latency_ms": 300, "path_prefix": "/api/v3/tokens"})),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let started = Instant::now();
    env.list(&session, 0, 1).await;
    assert!(
        started.elapsed() >= Duration::from_millis(300),
        "{:?}",
        started.elapsed()
    );
    let started = Instant::now();
    let me = env.account_me(&session).await;
    assert_eq!(me.status(), StatusCode::OK);
    assert!(
        started.elapsed() < Duration::from_millis(300),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_forced_status_applies_to_the_next_n_requests_then_stops() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let added: Value = env
        .admin(
            Method::POST,
            "/__sandbox/faults",
            Some(json!({"kind": "status", "status": 503, "times": 2})),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(added["id"].is_u64());
    for _ in 0..2 {
        let response = env
            .client
            .get(env.url("/api/v3/tokens"))
            .bearer_auth(&session)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(response.headers()["retry-after"], "1");
        let body: Value = response.json().await.unwrap();
        assert_eq!(
            (body["error"].as_str(), body["error_code"].as_str()),
            (Some("Service Unavailable"), Some("INJECTED_FAULT"))
        );
    }
    env.list(&session, 0, 1).await;
    let listed: Value = env
        .admin(Method::GET, "/__sandbox/faults", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["faults"], json!([]));
}

#[tokio::test]
async fn a_forced_status_share_applies_to_about_that_share_of_requests() {
    let env = start().await;
    let faults = env.sandbox.faults();
    let count_500 = |share: f64| {
        faults.clear();
        faults
            .add(
                FaultRule::new(FaultKind::Status { status: 500 })
                    .on_path("/api/v4")
                    .share(share),
            )
            .unwrap();
        let env = &env;
        async move {
            let mut hits = 0;
            for _ in 0..200 {
                let response = env
                    .client
                    .get(env.url("/api/v4/realtime/status"))
                    .send()
                    .await
                    .unwrap();
                if response.status() == StatusCode::INTERNAL_SERVER_ERROR {
                    hits += 1;
                }
            }
            hits
        }
    };
    assert_eq!(count_500(0.0).await, 0);
    assert_eq!(count_500(1.0).await, 200);
    let half = count_500(0.5).await;
    assert!((60..=140).contains(&half), "{half} of 200");
}

#[tokio::test]
async fn drop_before_closes_the_connection_and_nothing_is_created() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    env.sandbox
        .faults()
        .add(
            FaultRule::new(FaultKind::DropBefore)
                .on_path("/api/v3/tokens")
                .on_method("POST")
                .times(1),
        )
        .unwrap();
    let error = env
        .client
        .post(env.url("/api/v3/tokens"))
        .bearer_auth(&session)
        .json(&json!({"name": "never made", "type": "batch"}))
        .send()
        .await
        .expect_err("the connection is dropped");
    assert!(!error.is_status() && !error.is_timeout(), "{error:?}");
    assert!(
        !env.all_names(&session)
            .await
            .contains(&"never made".to_owned())
    );
}

#[tokio::test]
async fn drop_after_creates_the_token_but_the_client_sees_a_connection_error() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let rule = json!({"kind": "drop_after", "path_prefix": "/api/v3/tokens", "method": "post", "times": 1});
    assert_eq!(
        env.admin(Method::POST, "/__sandbox/faults", Some(rule))
            .await
            .status(),
        StatusCode::CREATED
    );
    let result = env.create_raw_result(&session, "made but unseen").await;
    assert!(result.is_err(), "{result:?}");
    let names = env.all_names(&session).await;
    assert_eq!(names.iter().filter(|n| *n == "made but unseen").count(), 1);
}

#[tokio::test]
async fn a_truncated_body_cannot_be_read_as_json() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    env.sandbox
        .faults()
        .add(
            FaultRule::new(FaultKind::Truncate)
                .on_path("/api/v3/tokens")
                .times(1),
        )
        .unwrap();
    let response = env
        .client
        .get(env.url("/api/v3/tokens"))
        .bearer_auth(&session)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let claimed: usize = response.headers()["content-length"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(claimed > 100);
    assert!(response.bytes().await.is_err(), "the body ends early");
    env.list(&session, 0, 1).await;
}

#[tokio::test]
async fn route_and_method_filters_leave_other_requests_alone() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    env.sandbox
        .faults()
        .add(
            FaultRule::new(FaultKind::Status { status: 502 })
                .on_path("/api/v3/tokens")
                .on_method("POST"),
        )
        .unwrap();
    env.list(&session, 0, 1).await;
    let me = env.account_me(&session).await;
    assert_eq!(me.status(), StatusCode::OK);
    assert_eq!(
        env.create(&session, "x", "batch").await.status(),
        StatusCode::BAD_GATEWAY
    );
    assert_eq!(
        env.create(&session, "x", "batch").await.status(),
        StatusCode::BAD_GATEWAY
    );
    let cleared = env.admin(Method::DELETE, "/__sandbox/faults", None).await;
    assert_eq!(cleared.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        env.create(&session, "x", "batch").await.status(),
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn invalid_fault_rules_are_422_naming_the_field() {
    let env = start().await;
    for (rule, field) in [
        (json!({"kind": "status", "status": 200}), "status"),
        (
            json!({"kind": "latency", "latency_ms": 10, "share": 2.0}),
            "share",
        ),
    ] {
        let response = env
            .admin(Method::POST, "/__sandbox/faults", Some(rule))
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"]["details"]["field"], field);
    }
    let response = env
        .admin(
            Method::POST,
            "/__sandbox/faults",
            Some(json!({"kind": "explode"})),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_huge_body_streams_a_valid_token_page_of_the_asked_size_without_a_length() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let bytes = 3 << 20;
    env.sandbox
        .faults()
        .add(
            FaultRule::new(FaultKind::HugeBody { bytes })
                .on_path("/api/v3/tokens")
                .times(1),
        )
        .unwrap();
    let response = env
        .client
        .get(env.url("/api/v3/tokens"))
        .bearer_auth(&session)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.content_length(), None);
    let body = response.bytes().await.unwrap();
    let slack = 64 * 1024;
    assert!(
        body.len() as u64 > bytes - slack && (body.len() as u64) < bytes + slack,
        "{}",
        body.len()
    );
    let page: Value = serde_json::from_slice(&body).unwrap();
    assert!(page["result"].as_array().unwrap().len() > 100_000);
    // The rule was used up: the next list is the real one.
    assert_eq!(
        env.list(&session, 0, 1).await["result"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

#[tokio::test]
async fn a_connection_delay_holds_each_new_connection_once_and_connections_are_counted() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let faults = env.sandbox.faults();
    faults.set_connection_delay(300);
    let before = faults.connections_accepted();
    // A client with its own pool: the first request opens a connection (delayed), the
    // second reuses it (not delayed).
    let client = crate::common::client();
    let me = || {
        client
            .get(env.url("/api/v3/account/me"))
            .bearer_auth(&session)
            .send()
    };
    let started = Instant::now();
    assert_eq!(me().await.unwrap().status(), StatusCode::OK);
    let first = started.elapsed();
    let started = Instant::now();
    assert_eq!(me().await.unwrap().status(), StatusCode::OK);
    let second = started.elapsed();
    assert!(first >= Duration::from_millis(300), "first: {first:?}");
    assert!(second < Duration::from_millis(300), "second: {second:?}");
    assert_eq!(faults.connections_accepted() - before, 1);
    // A fresh client is a new connection: delayed again, counted again.
    let started = Instant::now();
    let other = crate::common::client()
        .get(env.url("/api/v3/account/me"))
        .bearer_auth(&session)
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), StatusCode::OK);
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(faults.connections_accepted() - before, 2);
    // Clearing the faults ends the delay.
    faults.clear();
    let started = Instant::now();
    let last = crate::common::client()
        .get(env.url("/api/v3/account/me"))
        .bearer_auth(&session)
        .send()
        .await
        .unwrap();
    assert_eq!(last.status(), StatusCode::OK);
    assert!(started.elapsed() < Duration::from_millis(300));
}
