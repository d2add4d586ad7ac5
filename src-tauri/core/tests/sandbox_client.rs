//! The real client against the real sandbox server (`scriptix-sandbox`, demo seed).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use scriptix_keys_core::api::{
    ApiClient, ApiError, ClientOptions, CreateOutcome, DeleteOutcome, ExpiryYears, KeyCheck,
    LoginOutcome, MfaCode, NewToken, RetryPolicy, Session,
};
use scriptix_keys_core::model::{TokenStatus, TokenType, status_at};
use scriptix_keys_core::{ErrorKind, Secret};
use scriptix_sandbox::{Config, FaultKind, FaultRule, Sandbox, SandboxHandle, Seed, demo};
use tempfile::TempDir;
use totp_rs::{Algorithm, TOTP};

async fn start() -> (SandboxHandle, ApiClient, TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path().join("sandbox.sqlite3"));
    config.seed = Some(Seed::Demo);
    let sandbox = Sandbox::start(config).await.unwrap();
    let options = ClientOptions {
        retry: RetryPolicy {
            base_backoff: Duration::from_millis(10),
            ..RetryPolicy::default()
        },
        ..ClientOptions::default()
    };
    let client = ApiClient::new(sandbox.url(), options).unwrap();
    (sandbox, client, dir)
}

fn password() -> Secret {
    Secret::new(demo::PASSWORD.to_owned())
}

async fn sign_in(client: &ApiClient, email: &str) -> Session {
    match client.login(email, &password(), false).await.unwrap() {
        LoginOutcome::SignedIn(session) => session,
        other => panic!("{other:?}"),
    }
}

fn new_token(name: &str, token_type: TokenType) -> NewToken {
    NewToken {
        name: name.to_owned(),
        token_type,
        expiration_years: ExpiryYears::One,
    }
}

#[tokio::test]
async fn a_developer_signs_in_and_sees_the_account_and_every_seeded_token() {
    let (sandbox, client, _dir) = start().await;
    let session = sign_in(&client, demo::DEV_EMAIL).await;
    assert!(session.expires_at > chrono::Utc::now() + chrono::Duration::days(6));

    let account = client.account(&session.token).await.unwrap();
    assert_eq!(account.email, demo::DEV_EMAIL);
    assert_eq!(account.roles, vec!["DEVELOPER"]);
    assert!(account.can_manage_tokens());
    let org = account.organization.unwrap();
    assert_eq!(
        (org.name.as_str(), org.token_limit),
        (demo::ORG_NAME, Some(demo::TOKEN_LIMIT))
    );

    let tokens = client.list_tokens(&session.token).await.unwrap();
    let mut names: Vec<&str> = tokens.iter().filter_map(|t| t.name.as_deref()).collect();
    let mut expected: Vec<&str> = demo::SEEDED_TOKENS.iter().map(|t| t.name).collect();
    names.sort_unstable();
    expected.sort_unstable();
    assert_eq!(names, expected);
    let now = chrono::Utc::now();
    let count = |status| {
        tokens
            .iter()
            .filter(|t| status_at(t.expires_at, now) == status)
            .count()
    };
    assert_eq!(count(TokenStatus::Expired), 2);
    assert_eq!(count(TokenStatus::Expiring7), 2);
    assert_eq!(count(TokenStatus::Expiring30), 2);
    assert_eq!(
        client.list_tokens_sequential(&session.token).await.unwrap(),
        tokens
    );
    sandbox.shutdown().await;
}

#[tokio::test]
async fn a_wrong_password_is_unauthorized() {
    let (sandbox, client, _dir) = start().await;
    let err = client
        .login(demo::DEV_EMAIL, &Secret::new("wrong".into()), false)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unauthorized);
    sandbox.shutdown().await;
}

#[tokio::test]
async fn the_mfa_account_signs_in_with_a_totp_code_and_then_a_backup_code() {
    let (sandbox, client, _dir) = start().await;
    let outcome = client
        .login(demo::MFA_EMAIL, &password(), true)
        .await
        .unwrap();
    assert!(matches!(outcome, LoginOutcome::MfaRequired));

    let secret = totp_rs::Secret::Encoded(demo::TOTP_SECRET.to_owned())
        .to_bytes()
        .unwrap();
    let code = TOTP::new_unchecked(Algorithm::SHA1, 6, 1, 30, secret)
        .generate_current()
        .unwrap();
    let session = client
        .login_mfa(demo::MFA_EMAIL, &password(), true, MfaCode::Totp(code))
        .await
        .unwrap();
    assert_eq!(
        client.account(&session.token).await.unwrap().email,
        demo::MFA_EMAIL
    );

    let backup = MfaCode::Backup(demo::BACKUP_CODES[0].to_owned());
    client
        .login_mfa(demo::MFA_EMAIL, &password(), false, backup.clone())
        .await
        .unwrap();
    let reused = client
        .login_mfa(demo::MFA_EMAIL, &password(), false, backup)
        .await
        .unwrap_err();
    assert_eq!(reused.kind(), ErrorKind::Unauthorized);
    sandbox.shutdown().await;
}

#[tokio::test]
async fn a_created_key_works_until_its_token_is_deleted() {
    let (sandbox, client, _dir) = start().await;
    let session = sign_in(&client, demo::DEV_EMAIL).await.token;
    for token_type in [TokenType::Batch, TokenType::Realtime] {
        let created = client
            .create_token(&session, &new_token("Integration test", token_type.clone()))
            .await
            .unwrap();
        assert!(created.key.expose().starts_with("sk_live_"));
        assert_eq!(created.token.token_type, token_type);
        assert!(created.token.expires_at.is_some());
        assert!(
            client
                .list_tokens(&session)
                .await
                .unwrap()
                .iter()
                .any(|t| t.id == created.token.id)
        );

        assert_eq!(
            client.check_key(&created.key, &token_type).await.unwrap(),
            KeyCheck::Valid
        );
        assert_eq!(
            client
                .delete_token(&session, &created.token.id)
                .await
                .unwrap(),
            DeleteOutcome::Deleted
        );
        let after = client.check_key(&created.key, &token_type).await.unwrap();
        assert!(
            matches!(after, KeyCheck::Revoked { .. } | KeyCheck::Invalid { .. }),
            "{after:?}"
        );
        assert_eq!(
            client
                .delete_token(&session, &created.token.id)
                .await
                .unwrap(),
            DeleteOutcome::AlreadyGone
        );
    }
    sandbox.shutdown().await;
}

#[tokio::test]
async fn a_viewer_may_list_but_not_create() {
    let (sandbox, client, _dir) = start().await;
    let session = sign_in(&client, demo::VIEWER_EMAIL).await.token;
    assert!(!client.account(&session).await.unwrap().can_manage_tokens());
    assert_eq!(
        client.list_tokens(&session).await.unwrap().len(),
        demo::SEEDED_TOKENS.len()
    );
    let err = client
        .create_token(&session, &new_token("nope", TokenType::Batch))
        .await
        .unwrap_err();
    assert!(matches!(err, ApiError::Forbidden { .. }), "{err:?}");
    sandbox.shutdown().await;
}

#[tokio::test]
async fn a_create_whose_answer_is_dropped_is_found_again_without_its_key() {
    let (sandbox, client, _dir) = start().await;
    let session = sign_in(&client, demo::DEV_EMAIL).await.token;
    sandbox
        .faults()
        .add(
            FaultRule::new(FaultKind::DropAfter)
                .on_method("POST")
                .on_path("/api/v3/tokens")
                .times(1),
        )
        .unwrap();
    match client
        .create_token_reconciled(&session, &new_token("Dropped answer", TokenType::Batch))
        .await
        .unwrap()
    {
        CreateOutcome::CreatedButKeyLost(token) => {
            assert_eq!(token.name.as_deref(), Some("Dropped answer"))
        }
        other => panic!("{other:?}"),
    }
    sandbox.shutdown().await;
}

#[tokio::test]
async fn a_create_dropped_before_it_ran_is_reported_as_not_created() {
    let (sandbox, client, _dir) = start().await;
    let session = sign_in(&client, demo::DEV_EMAIL).await.token;
    sandbox
        .faults()
        .add(
            FaultRule::new(FaultKind::DropBefore)
                .on_method("POST")
                .on_path("/api/v3/tokens")
                .times(1),
        )
        .unwrap();
    let outcome = client
        .create_token_reconciled(&session, &new_token("Never made", TokenType::Batch))
        .await
        .unwrap();
    assert!(
        matches!(outcome, CreateOutcome::NotCreated { .. }),
        "{outcome:?}"
    );
    sandbox.shutdown().await;
}

#[tokio::test]
async fn a_truncated_list_is_retried_and_then_succeeds() {
    let (sandbox, client, _dir) = start().await;
    let session = sign_in(&client, demo::DEV_EMAIL).await.token;
    sandbox
        .faults()
        .add(
            FaultRule::new(FaultKind::Truncate)
                .on_method("GET")
                .on_path("/api/v3/tokens")
                .times(1),
        )
        .unwrap();
    assert_eq!(
        client.list_tokens(&session).await.unwrap().len(),
        demo::SEEDED_TOKENS.len()
    );
    sandbox.shutdown().await;
}

#[tokio::test]
async fn a_huge_streamed_token_page_is_refused_as_too_large_instead_of_being_read() {
    let (sandbox, client, _dir) = start().await;
    let session = sign_in(&client, demo::DEV_EMAIL).await.token;
    sandbox
        .faults()
        .add(
            FaultRule::new(FaultKind::HugeBody { bytes: 64 << 20 })
                .on_method("GET")
                .on_path("/api/v3/tokens")
                .times(1),
        )
        .unwrap();
    let err = client.list_tokens(&session).await.unwrap_err();
    assert!(matches!(err, ApiError::ReplyTooLarge { .. }), "{err:?}");
    assert_eq!(err.kind(), ErrorKind::Server);
    // Nothing is left half-broken: the next list is whole.
    assert_eq!(
        client.list_tokens(&session).await.unwrap().len(),
        demo::SEEDED_TOKENS.len()
    );
    sandbox.shutdown().await;
}
