//! Sign-in journeys: password, MFA, wrong password, restart, sign-out.

use scriptix_keys_e2e::{App, AppDirs, start_sandbox, totp_now};
use scriptix_sandbox::demo;

use super::{assert_no_secrets_on_disk, signed_in, submit_password, vault_session};

#[tokio::test(flavor = "multi_thread")]
async fn password_sign_in_shows_the_account_and_keeps_the_session_only_in_the_vault() {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    let dirs = AppDirs::new();
    let app = signed_in(&dirs, sandbox.url(), demo::DEV_EMAIL).await;

    app.wait_text("account-email", |t| t.contains(demo::DEV_EMAIL))
        .await;
    app.click("account-menu").await;
    app.wait_text("account-roles", |t| t.to_uppercase().contains("DEVELOPER"))
        .await;
    let session = vault_session(&dirs).expect("the session token is in the vault");
    assert!(session.len() > 20, "a real session token was stored");
    app.screenshot("signed-in").await;
    app.quit().await;

    assert_no_secrets_on_disk(&dirs, &[session, demo::PASSWORD.to_owned()]);
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn mfa_sign_in_asks_for_the_authenticator_code_then_signs_in() {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.sign_in_new_account(sandbox.url(), demo::MFA_EMAIL, demo::PASSWORD)
        .await;

    app.id("mfa-form").await;
    app.type_into("mfa-code", "12345").await;
    app.click("mfa-submit").await;
    app.wait_text("mfa-error", |t| t.contains("6")).await;

    app.type_into("mfa-code", &totp_now(demo::TOTP_SECRET))
        .await;
    app.click("mfa-submit").await;
    app.wait_screen("main").await;
    app.wait_text("account-email", |t| t.contains(demo::MFA_EMAIL))
        .await;
    assert!(vault_session(&dirs).is_some());
    app.quit().await;
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_backup_code_signs_in_once_and_is_refused_the_second_time() {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.sign_in_new_account(sandbox.url(), demo::MFA_EMAIL, demo::PASSWORD)
        .await;
    app.click("mfa-method-toggle").await;
    app.type_into("mfa-code", demo::BACKUP_CODES[0]).await;
    app.click("mfa-submit").await;
    app.wait_screen("main").await;

    super::support::account_action(&app, "sign-out").await;
    app.wait_screen("signin").await;
    submit_password(&app, demo::MFA_EMAIL, demo::PASSWORD).await;
    app.click("mfa-method-toggle").await;
    app.type_into("mfa-code", demo::BACKUP_CODES[0]).await;
    app.click("mfa-submit").await;
    let message = app.wait_text("mfa-error", |t| !t.is_empty()).await;
    assert!(
        !message.to_lowercase().contains("error:"),
        "a calm message, not a raw error: {message}"
    );
    app.quit().await;
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_password_gets_a_clear_message_and_stores_nothing() {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.sign_in_new_account(sandbox.url(), demo::DEV_EMAIL, "not-the-password")
        .await;

    let message = app.wait_text("signin-error", |t| !t.is_empty()).await;
    let lower = message.to_lowercase();
    assert!(
        lower.contains("password") || lower.contains("email"),
        "says what is wrong: {message}"
    );
    assert!(
        !message.contains("401") && !message.contains('{'),
        "no raw status or JSON: {message}"
    );
    app.wait_screen("signin").await;
    assert!(vault_session(&dirs).is_none(), "nothing reached the vault");
    app.screenshot("wrong-password").await;
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &["not-the-password".to_owned()]);
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_restart_keeps_the_session_and_sign_out_removes_it_from_the_vault() {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    let dirs = AppDirs::new();
    let app = signed_in(&dirs, sandbox.url(), demo::DEV_EMAIL).await;
    let session = vault_session(&dirs).expect("session in the vault after sign-in");
    app.quit().await;

    let app = App::launch(&dirs).await;
    app.wait_screen("main").await;
    app.wait_text("account-email", |t| t.contains(demo::DEV_EMAIL))
        .await;
    assert_eq!(
        vault_session(&dirs).as_deref(),
        Some(session.as_str()),
        "the same session was reused"
    );

    super::support::account_action(&app, "sign-out").await;
    app.wait_screen("signin").await;
    assert!(
        vault_session(&dirs).is_none(),
        "sign-out removed the vault entry"
    );
    app.quit().await;

    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &[session]);
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn without_a_credential_vault_the_app_says_what_is_missing_and_stays_read_only() {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    let dirs = AppDirs::new();
    // No Secret Service reachable: the session bus address leads nowhere.
    let app = App::launch_with(
        &dirs,
        &[("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")],
    )
    .await;
    app.sign_in_new_account(sandbox.url(), demo::DEV_EMAIL, demo::PASSWORD)
        .await;
    app.wait_screen("main").await;
    let banner = app.wait_text("vault-banner", |t| !t.is_empty()).await;
    let lower = banner.to_lowercase();
    assert!(
        lower.contains("secret service") || lower.contains("keyring"),
        "names what is missing: {banner}"
    );
    assert!(
        lower.contains("read-only") || lower.contains("read only"),
        "says the app is read-only: {banner}"
    );
    assert!(
        app.driver
            .find_all(thirtyfour::By::Css("[data-testid=\"new-token\"]"))
            .await
            .unwrap()
            .is_empty(),
        "no create without a vault"
    );
    app.wait_text("token-counts", |t| t.contains("12")).await;
    app.screenshot("vault-unavailable").await;
    app.quit().await;
    assert!(
        vault_session(&dirs).is_none(),
        "nothing reached the (real) vault"
    );
    sandbox.shutdown().await;
}
