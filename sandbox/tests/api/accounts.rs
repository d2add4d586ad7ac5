//! Login (password, TOTP, backup codes), login throttling, sessions and `account/me`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reqwest::StatusCode;
use scriptix_sandbox::demo;
use serde_json::Value;

use crate::common::{start, start_with, totp_code};

const LOGIN: &str = "/api/v3/auth/login";
const MFA: &str = "/api/v3/auth/login/mfa";

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
async fn mfa_login_accepts_the_current_totp_code_and_rejects_a_wrong_one() {
    let env = start().await;
    let now = env.sandbox.clock().unix_now();
    let form = |code: &str| {
        vec![
            ("username", demo::MFA_EMAIL.to_owned()),
            ("password", demo::PASSWORD.to_owned()),
            ("totp_code", code.to_owned()),
        ]
    };
    let wrong = if totp_code(now) == "000000" {
        "111111"
    } else {
        "000000"
    };
    let response = env
        .client
        .post(env.url(MFA))
        .query(&[("login_type", "token")])
        .form(&form(wrong))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error_code"], "INVALID_MFA_CODE");

    let response = env
        .client
        .post(env.url(MFA))
        .query(&[("login_type", "token")])
        .form(&form(&totp_code(now)))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["login"], true);
    let token = body["access_token"].as_str().unwrap();
    let me: Value = env
        .client
        .get(env.url("/api/v3/account/me"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["result"]["email"], demo::MFA_EMAIL);
}

#[tokio::test]
async fn totp_codes_follow_the_sandbox_clock() {
    let env = start().await;
    env.sandbox.clock().set_offset_seconds(3_600);
    let shifted = env.sandbox.clock().unix_now();
    let form = [
        ("username", demo::MFA_EMAIL),
        ("password", demo::PASSWORD),
        ("totp_code", &totp_code(shifted)),
    ];
    assert_eq!(env.login_raw(MFA, &form).await.status(), StatusCode::OK);
    let stale = totp_code(shifted - 3_600);
    let form = [
        ("username", demo::MFA_EMAIL),
        ("password", demo::PASSWORD),
        ("totp_code", &stale),
    ];
    assert_eq!(
        env.login_raw(MFA, &form).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_malformed_totp_code_is_422_and_a_missing_factor_names_totp_code() {
    let env = start().await;
    let response = env
        .login_raw(
            MFA,
            &[
                ("username", demo::MFA_EMAIL),
                ("password", demo::PASSWORD),
                ("totp_code", "12ab"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["details"]["field"], "totp_code");
    let response = env
        .login_raw(
            MFA,
            &[("username", demo::MFA_EMAIL), ("password", demo::PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn each_backup_code_works_exactly_once() {
    let env = start().await;
    let with = |code: &'static str| {
        [
            ("username", demo::MFA_EMAIL),
            ("password", demo::PASSWORD),
            ("backup_code", code),
        ]
    };
    let first = env.login_raw(MFA, &with(demo::BACKUP_CODES[0])).await;
    assert_eq!(first.status(), StatusCode::OK);
    let body: Value = first.json().await.unwrap();
    assert!(body["access_token"].is_string());
    assert_eq!(
        env.login_raw(MFA, &with(demo::BACKUP_CODES[0]))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        env.login_raw(MFA, &with(demo::BACKUP_CODES[1]))
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        env.login_raw(MFA, &with("demo-backup-99")).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn the_mfa_endpoint_refuses_an_account_without_mfa() {
    let env = start().await;
    let response = env
        .login_raw(
            MFA,
            &[
                ("username", demo::DEV_EMAIL),
                ("password", demo::PASSWORD),
                ("totp_code", "123456"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
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
    let response = env
        .client
        .get(env.url("/api/v3/account/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
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

#[tokio::test]
async fn sessions_expire_on_the_sandbox_clock() {
    let env = start().await;
    let token = env.login(demo::DEV_EMAIL).await;
    env.sandbox.clock().set_offset_seconds(7 * 24 * 3600 - 60);
    let ok = env
        .client
        .get(env.url("/api/v3/account/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
    env.sandbox.clock().set_offset_seconds(7 * 24 * 3600 + 1);
    let expired = env
        .client
        .get(env.url("/api/v3/account/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(expired.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_totp_code_is_accepted_once_per_time_step_and_a_replay_is_refused() {
    let env = start().await;
    let now = env.sandbox.clock().unix_now();
    let code = totp_code(now);
    let form = [
        ("username", demo::MFA_EMAIL),
        ("password", demo::PASSWORD),
        ("totp_code", code.as_str()),
    ];
    assert_eq!(env.login_raw(MFA, &form).await.status(), StatusCode::OK);
    // RFC 6238 §5.2: the same code in the same step must not work a second time.
    let replay = env.login_raw(MFA, &form).await;
    assert_eq!(replay.status(), StatusCode::UNAUTHORIZED);
    let body: Value = replay.json().await.unwrap();
    assert_eq!(body["error_code"], "INVALID_MFA_CODE");
    // The next step's code works again.
    env.sandbox.clock().set_offset_seconds(30);
    let next = totp_code(env.sandbox.clock().unix_now());
    let form = [
        ("username", demo::MFA_EMAIL),
        ("password", demo::PASSWORD),
        ("totp_code", next.as_str()),
    ];
    assert_eq!(env.login_raw(MFA, &form).await.status(), StatusCode::OK);
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
