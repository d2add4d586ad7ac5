//! Per-credential rate limiting and its headers.

use reqwest::StatusCode;
use scriptix_sandbox::demo;
use serde_json::Value;

use crate::common::{REALTIME_CHECK, start_with};

fn header(response: &reqwest::Response, name: &str) -> i64 {
    response.headers()[name].to_str().unwrap().parse().unwrap()
}

#[tokio::test]
async fn the_request_after_the_limit_is_429_with_headers_and_retry_after() {
    let env = start_with(|c| c.rate_limit_per_minute = 3).await;
    let key = "sk_live_unknownunknownunknownunknownunknown12";
    for remaining in [2, 1, 0] {
        let response = env
            .client
            .get(env.url(REALTIME_CHECK))
            .bearer_auth(key)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(header(&response, "x-ratelimit-limit"), 3);
        assert_eq!(header(&response, "x-ratelimit-remaining"), remaining);
        let reset = header(&response, "x-ratelimit-reset");
        let now = chrono::Utc::now().timestamp();
        assert!(
            (now + 55..=now + 61).contains(&reset),
            "reset {reset} now {now}"
        );
    }
    let response = env
        .client
        .get(env.url(REALTIME_CHECK))
        .bearer_auth(key)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(header(&response, "x-ratelimit-remaining"), 0);
    let retry_after = header(&response, "retry-after");
    assert!((55..=60).contains(&retry_after), "{retry_after}");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"], "Rate Limit Exceeded");
    assert_eq!(body["error_code"], "RATE_LIMIT_EXCEEDED");
    assert_eq!(body["retry_after"], retry_after);
    assert!(body["message"].is_string());

    // Another unknown credential shares the same client budget; the admin API is not
    // limited at all.
    let other = env
        .client
        .get(env.url(REALTIME_CHECK))
        .header("x-zoom-s2t-key", "other")
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), StatusCode::TOO_MANY_REQUESTS);
    for _ in 0..5 {
        let admin = env
            .admin(reqwest::Method::GET, "/__sandbox/faults", None)
            .await;
        assert_eq!(admin.status(), StatusCode::OK);
        assert!(admin.headers().get("x-ratelimit-limit").is_none());
    }
    // The window follows the sandbox clock.
    env.sandbox.clock().set_offset_seconds(61);
    let later = env
        .client
        .get(env.url(REALTIME_CHECK))
        .bearer_auth(key)
        .send()
        .await
        .unwrap();
    assert_eq!(later.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn anonymous_requests_share_a_budget_per_client_ip_and_404s_carry_headers() {
    let env = start_with(|c| c.rate_limit_per_minute = 2).await;
    let first = env.client.get(env.url("/nowhere")).send().await.unwrap();
    assert_eq!(first.status(), StatusCode::NOT_FOUND);
    assert_eq!(header(&first, "x-ratelimit-remaining"), 1);
    let login = env
        .login_raw(
            "/api/v3/auth/login",
            &[("username", demo::DEV_EMAIL), ("password", "x")],
        )
        .await;
    assert_eq!(login.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(header(&login, "x-ratelimit-remaining"), 0);
    let refused = env.client.get(env.url("/nowhere")).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn unknown_credentials_share_one_client_bucket_while_a_known_session_keeps_its_own() {
    let env = start_with(|c| c.rate_limit_per_minute = 4).await;
    // Signing in and the session's first request count against the client (1 and 2).
    let session = env.login(demo::DEV_EMAIL).await;
    let me = env.account_me(&session).await;
    assert_eq!(me.status(), StatusCode::OK);
    // Each guess is a fresh credential: they must not each get a fresh budget.
    let mut statuses = Vec::new();
    for i in 0..6 {
        let guess = format!("sk_live_guess{i:035}");
        let response = env
            .client
            .get(env.url(REALTIME_CHECK))
            .bearer_auth(&guess)
            .send()
            .await
            .unwrap();
        statuses.push(response.status().as_u16());
    }
    assert_eq!(statuses, [401, 401, 429, 429, 429, 429]);
    // The signed-in session is known, so it has its own budget and still works.
    for _ in 0..3 {
        let me = env.account_me(&session).await;
        assert_eq!(me.status(), StatusCode::OK);
        assert!(header(&me, "x-ratelimit-remaining") < 4);
    }
}
