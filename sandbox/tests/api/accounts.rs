//! Login (password; the second factor is in mfa.rs), login throttling, sessions and
//! `account/me`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reqwest::StatusCode;
use scriptix_sandbox::demo;
use serde_json::Value;

use crate::common::{start, start_with};

const LOGIN: &str = "/api/v3/auth/login";

fn claims(jwt: &str) -> Value {
    let payload = jwt.split('.').nth(1).expect("three parts");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

#[tokio::test]
async fn password_login_returns_a_jwt_whose_exp_follows_the_session_ttl() {
    let env = start_with(|c| c.session_ttl = std::time::Duration::from_secs(3_600)).await;
    let response = env
        .login_raw(
            LOGIN,
            &[("username", demo::DEV_EMAIL), ("password", demo::PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["login"], true);
    assert_eq!(body["mfa_required"], false);
    let jwt = body["access_token"].as_str().unwrap();
    assert_eq!(jwt.split('.').count(), 3);
    let claims = claims(jwt);
    let now = chrono::Utc::now().timestamp();
    let exp = claims["exp"].as_i64().unwrap();
    assert!((exp - now - 3_600).abs() <= 2, "exp {exp} vs now {now}");
    assert!(claims["sub"].is_string());
    assert_eq!(body["session_id"], claims["jti"]);
    assert_eq!(body["signature"].as_str(), jwt.split('.').nth(2));
}

#[tokio::test]
async fn wrong_password_or_unknown_user_is_401_invalid_credentials() {
    let env = start().await;
    for (user, password) in [
        (demo::DEV_EMAIL, "nope"),
        ("ghost@demo.scriptix.test", demo::PASSWORD),
    ] {
        let response = env
            .login_raw(LOGIN, &[("username", user), ("password", password)])
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error_code"], "INVALID_CREDENTIALS");
        assert!(body.get("access_token").is_none());
    }
}

#[tokio::test]
async fn login_requires_login_type_token_and_each_field() {
    let env = start().await;
    let response = env
        .client
        .post(env.url(LOGIN))
        .form(&[("username", demo::DEV_EMAIL), ("password", demo::PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["details"]["field"], "login_type");
    let response = env.login_raw(LOGIN, &[("password", demo::PASSWORD)]).await;
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["details"]["field"], "username");
    let response = env.login_raw(LOGIN, &[("username", demo::DEV_EMAIL)]).await;
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["details"]["field"], "password");
}

#[tokio::test]
async fn a_json_login_body_is_415_in_json() {
    let env = start().await;
    let response = env
        .client
        .post(env.url("/api/v3/auth/login?login_type=token"))
        .json(&serde_json::json!({"username": demo::DEV_EMAIL, "password": demo::PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], 415);
}

#[tokio::test]
async fn password_login_of_an_mfa_user_asks_for_the_second_factor_without_a_token() {
    let env = start().await;
    let response = env
        .login_raw(
            LOGIN,
            &[("username", demo::MFA_EMAIL), ("password", demo::PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        body,
        serde_json::json!({ "login": false, "mfa_required": true })
    );
}

#[tokio::test]
async fn five_failures_throttle_the_username_even_for_the_right_password() {
    let env = start().await;
    for _ in 0..5 {
        let response = env
            .login_raw(
                LOGIN,
                &[("username", demo::DEV_EMAIL), ("password", "wrong")],
            )
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let response = env
        .login_raw(
            LOGIN,
            &[("username", demo::DEV_EMAIL), ("password", demo::PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((850..=900).contains(&retry_after), "{retry_after}");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error_code"], "LOGIN_THROTTLED");
    assert_eq!(body["retry_after"], retry_after);
    // Other users are not affected, and the lock ends when the failures age out.
    env.login(demo::ADMIN_EMAIL).await;
    env.sandbox.clock().set_offset_seconds(16 * 60);
    env.login(demo::DEV_EMAIL).await;
}

#[tokio::test]
async fn account_me_returns_the_account_with_roles_and_organization() {
    let env = start().await;
    let token = env.login(demo::ADMIN_EMAIL).await;
    let response = env.account_me(&token).await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    let result = &body["result"];
    assert_eq!(result["email"], demo::ADMIN_EMAIL);
    assert_eq!(result["roles"], serde_json::json!(["ORGADMIN"]));
    assert!(
        result["id"].is_i64()
            && result["first_name"].is_string()
            && result["last_name"].is_string()
    );
    assert_eq!(result["organization"]["name"], demo::ORG_NAME);
    assert_eq!(result["organization"]["token_limit"], demo::TOKEN_LIMIT);
    assert!(result["organization"]["id"].is_i64());
}

#[tokio::test]
async fn session_calls_without_or_with_a_bad_token_are_401() {
    let env = start().await;
    let response = env
        .client
        .get(env.url("/api/v3/account/me"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        response.json::<Value>().await.unwrap()["error_code"],
        "MISSING_TOKEN"
    );
    for header in ["Bearer not-a-token", "Basic abc", "Bearer "] {
        let response = env
            .client
            .get(env.url("/api/v3/account/me"))
            .header("authorization", header)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{header}");
        assert_eq!(
            response.json::<Value>().await.unwrap()["error_code"],
            "INVALID_TOKEN"
        );
    }
    let response = env
        .client
        .get(env.url("/api/v3/account/me"))
        .header(
            "authorization",
            reqwest::header::HeaderValue::from_bytes(b"Bearer \xff\xfe").unwrap(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_parallel_burst_of_wrong_logins_never_gets_more_tries_than_the_limit() {
    const BURST: usize = 40;
    let env = start_with(|c| c.rate_limit_per_minute = 10_000).await;
    let env = std::sync::Arc::new(env);
    // Open the connections first, so the burst is not spread out by connection set-up.
    let warm: Vec<_> = (0..BURST)
        .map(|_| env.client.get(env.url("/nowhere")).send())
        .collect();
    for response in futures::future::join_all(warm).await {
        assert_eq!(response.unwrap().status(), StatusCode::NOT_FOUND);
    }
    let start = std::sync::Arc::new(tokio::sync::Barrier::new(BURST));
    let mut tasks = Vec::new();
    for _ in 0..BURST {
        let env = std::sync::Arc::clone(&env);
        let start = std::sync::Arc::clone(&start);
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            env.login_raw(
                LOGIN,
                &[("username", demo::DEV_EMAIL), ("password", "wrong")],
            )
            .await
            .status()
        }));
    }
    let mut tried = 0;
    let mut throttled = 0;
    for task in tasks {
        match task.await.unwrap() {
            StatusCode::UNAUTHORIZED => tried += 1,
            StatusCode::TOO_MANY_REQUESTS => throttled += 1,
            other => panic!("{other}"),
        }
    }
    assert_eq!(tried, 5, "password checks allowed in the burst");
    assert_eq!(throttled, BURST - 5);
}
