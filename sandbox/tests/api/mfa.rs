//! The second factor: TOTP codes (current, shifted with the sandbox clock, malformed,
//! replayed) and backup codes (each once), on `auth/login/mfa`.

use reqwest::StatusCode;
use scriptix_sandbox::demo;
use serde_json::Value;

use crate::common::{start, totp_code};

const MFA: &str = "/api/v3/auth/login/mfa";

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
    let me: Value = env.account_me(token).await.json().await.unwrap();
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
