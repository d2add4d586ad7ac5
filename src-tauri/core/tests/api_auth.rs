//! Sign-in, account and key checks, against wiremock.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use base64::Engine as _;
use common::{client, session};
use scriptix_keys_core::Secret;
use scriptix_keys_core::api::{ApiError, KeyCheck, LoginOutcome, MfaCode};
use scriptix_keys_core::model::TokenType;
use serde_json::json;
use wiremock::matchers::{body_string_contains, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn jwt(exp: i64) -> String {
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(format!(r#"{{"sub":"7","exp":{exp}}}"#));
    format!("eyJhbGciOiJIUzI1NiJ9.{payload}.sig")
}

fn password() -> Secret {
    Secret::new("p@ss word&=".to_owned())
}

#[tokio::test]
async fn login_posts_a_form_with_login_type_token_and_reads_the_jwt_expiry() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v3/auth/login"))
        .and(query_param("login_type", "token"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string_contains("username=dev%40demo.scriptix.test"))
        .and(body_string_contains("password=p%40ss+word%26%3D"))
        .and(body_string_contains("remember_me=true"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"access_token": jwt(1_893_456_000), "login": true, "mfa_required": false}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let outcome = client(&server.uri())
        .login("dev@demo.scriptix.test", &password(), true)
        .await
        .unwrap();
    let LoginOutcome::SignedIn(session) = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(session.expires_at.timestamp(), 1_893_456_000);
}

#[tokio::test]
async fn login_that_needs_a_second_factor_says_so() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"login": false, "mfa_required": true, "session_id": "s"})),
        )
        .mount(&server)
        .await;
    let outcome = client(&server.uri())
        .login("mfa@demo.scriptix.test", &password(), false)
        .await
        .unwrap();
    assert!(matches!(outcome, LoginOutcome::MfaRequired));
}

#[tokio::test]
async fn wrong_credentials_are_unauthorized_and_never_echo_the_password() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"detail": "Wrong password p@ss word&= for user"})),
        )
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .login("u", &password(), false)
        .await
        .unwrap_err();
    assert!(matches!(err, ApiError::Unauthorized { .. }));
    assert!(!err.to_string().contains("p@ss word&="), "{err}");
}

#[tokio::test]
async fn mfa_sends_a_totp_code_or_a_backup_code() {
    for (code, field) in [
        (MfaCode::Totp("123456".into()), "totp_code=123456"),
        (MfaCode::Backup("abcd-efgh".into()), "backup_code=abcd-efgh"),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/api/v3/auth/login/mfa"))
            .and(query_param("login_type", "token"))
            .and(body_string_contains(field))
            .respond_with(ResponseTemplate::new(200).set_body_json(
                json!({"access_token": "opaque", "login": true, "mfa_required": false}),
            ))
            .expect(1)
            .mount(&server)
            .await;
        let session = client(&server.uri())
            .login_mfa("u", &password(), false, code)
            .await
            .unwrap();
        assert_eq!(session.token.expose(), "opaque");
    }
}

#[tokio::test]
async fn a_refused_mfa_code_is_unauthorized() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "Unauthorized"})))
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .login_mfa("u", &password(), false, MfaCode::Totp("000000".into()))
        .await
        .unwrap_err();
    assert!(matches!(err, ApiError::Unauthorized { .. }));
}

#[tokio::test]
async fn account_is_read_from_the_result_envelope() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v3/account/me"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"result": {"email": "v@x.y", "roles": "customer", "organization": {"id": 1, "name": "Org"}}})))
        .mount(&server)
        .await;
    let account = client(&server.uri()).account(&session()).await.unwrap();
    assert_eq!(account.roles, vec!["CUSTOMER"]);
    assert!(!account.can_manage_tokens());
}

async fn check(token_type: TokenType, route: &str, response: ResponseTemplate) -> KeyCheck {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(route))
        .and(header("authorization", "Bearer sk_live_key"))
        .respond_with(response)
        .expect(1)
        .mount(&server)
        .await;
    client(&server.uri())
        .check_key(&Secret::new("sk_live_key".into()), &token_type)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_batch_key_is_checked_on_the_session_list_and_a_realtime_key_on_realtime_status() {
    let batch = "/api/v3/speech-to-text/session";
    assert_eq!(
        check(
            TokenType::Batch,
            batch,
            ResponseTemplate::new(200).set_body_json(json!({"result": []}))
        )
        .await,
        KeyCheck::Valid
    );
    assert_eq!(
        check(
            TokenType::Realtime,
            "/api/v4/realtime/status",
            ResponseTemplate::new(200)
        )
        .await,
        KeyCheck::Valid
    );
}

#[tokio::test]
async fn key_check_answers_are_read_as_revoked_invalid_forbidden_or_unreachable() {
    let batch = "/api/v3/speech-to-text/session";
    let revoked = ResponseTemplate::new(401)
        .set_body_json(json!({"error": "Unauthorized", "error_code": "KEY_REVOKED"}));
    assert_eq!(
        check(TokenType::Batch, batch, revoked).await,
        KeyCheck::Revoked {
            code: "KEY_REVOKED".into()
        }
    );
    let invalid =
        ResponseTemplate::new(401).set_body_json(json!({"error_code": "INVALID_API_KEY"}));
    assert_eq!(
        check(TokenType::Batch, batch, invalid).await,
        KeyCheck::Invalid {
            code: Some("INVALID_API_KEY".into())
        }
    );
    assert_eq!(
        check(TokenType::Batch, batch, ResponseTemplate::new(403)).await,
        KeyCheck::Forbidden
    );
    assert!(matches!(
        check(TokenType::Batch, batch, ResponseTemplate::new(500)).await,
        KeyCheck::Unreachable { .. }
    ));
}

#[tokio::test]
async fn a_rate_limited_key_check_beyond_the_cap_reports_when_to_retry() {
    let response = ResponseTemplate::new(429).insert_header("Retry-After", "300");
    let result = check(TokenType::Realtime, "/api/v4/realtime/status", response).await;
    assert_eq!(
        result,
        KeyCheck::RateLimited {
            retry_after: Some(std::time::Duration::from_secs(300))
        }
    );
}
