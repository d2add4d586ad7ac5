//! The workspace (what the shell's commands call) against the real sandbox, with an
//! in-memory vault.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "workspace/fixture.rs"]
mod fixture;

use scriptix_keys_core::profiles::ProfileInput;
use scriptix_keys_core::settings::Settings;
use scriptix_keys_core::workspace::MfaMethod;
use scriptix_keys_core::{ErrorKind, MemoryStore, Secret, SecretStore};
use scriptix_sandbox::demo;
use totp_rs::{Algorithm, TOTP};

use common::sandboxed::sign_in_to;
use fixture::Fixture;

/// Nothing is left in the vault but the audit log's key (which outlives profiles).
fn assert_only_the_audit_key(store: &MemoryStore) {
    assert_eq!(store.len(), 1, "only the audit key is left in the vault");
    assert!(store.get("audit-key").unwrap().is_some());
}

fn assert_send<T: Send>(value: T) -> T {
    value
}

#[tokio::test]
async fn signing_in_refreshing_and_reopening_restores_the_session_and_the_cache() {
    let fixture = Fixture::new().await;
    let workspace = fixture.open();
    let id = fixture.add_profile(&workspace);
    let password = Secret::new(demo::PASSWORD.into());
    let reply = assert_send(workspace.sign_in(&id, demo::DEV_EMAIL, password, true))
        .await
        .unwrap();
    assert!(!reply.mfa_required);
    assert_eq!(
        reply.status.session.as_ref().unwrap().username,
        demo::DEV_EMAIL
    );
    assert!(
        fixture
            .store
            .get(&format!("session:{id}"))
            .unwrap()
            .is_some()
    );

    assert!(
        assert_send(workspace.account())
            .await
            .unwrap()
            .can_manage_tokens
    );
    let list = assert_send(workspace.refresh_tokens()).await.unwrap();
    assert_eq!(list.tokens.len(), demo::SEEDED_TOKENS.len());
    assert!(!list.from_cache);
    drop(workspace);

    let reopened = fixture.open();
    let status = reopened.status();
    assert_eq!(status.session.unwrap().profile_id, id);
    let cached = reopened.cached_tokens().unwrap().unwrap();
    assert!(cached.from_cache);
    assert_eq!(cached.tokens, list.tokens);
    let json = serde_json::to_string(&reopened.status()).unwrap();
    assert!(!json.contains("eyJ"), "no session token in the status");
    fixture.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_sign_in_without_remember_me_is_not_kept_in_the_vault() {
    let fixture = Fixture::new().await;
    let workspace = fixture.open();
    let id = fixture.add_profile(&workspace);
    workspace
        .sign_in(
            &id,
            demo::DEV_EMAIL,
            Secret::new(demo::PASSWORD.into()),
            false,
        )
        .await
        .unwrap();
    assert!(workspace.status().session.is_some());
    assert!(
        fixture
            .store
            .get(&format!("session:{id}"))
            .unwrap()
            .is_none(),
        "no session in the vault"
    );
    fixture.sandbox.shutdown().await;
}

#[tokio::test]
async fn the_mfa_step_uses_the_pending_sign_in() {
    let fixture = Fixture::new().await;
    let workspace = fixture.open();
    let id = fixture.add_profile(&workspace);
    let reply = workspace
        .sign_in(
            &id,
            demo::MFA_EMAIL,
            Secret::new(demo::PASSWORD.into()),
            true,
        )
        .await
        .unwrap();
    assert!(reply.mfa_required);
    assert!(reply.status.session.is_none());
    let wrong = workspace
        .sign_in_mfa("000000".into(), MfaMethod::Totp)
        .await
        .unwrap_err();
    assert_eq!(wrong.kind(), ErrorKind::Unauthorized);
    let secret = totp_rs::Secret::Encoded(demo::TOTP_SECRET.to_owned())
        .to_bytes()
        .unwrap();
    let code = TOTP::new_unchecked(Algorithm::SHA1, 6, 1, 30, secret)
        .generate_current()
        .unwrap();
    let status = assert_send(workspace.sign_in_mfa(code, MfaMethod::Totp))
        .await
        .unwrap();
    assert_eq!(status.session.unwrap().username, demo::MFA_EMAIL);
    let again = workspace
        .sign_in_mfa("123456".into(), MfaMethod::Totp)
        .await
        .unwrap_err();
    assert_eq!(again.kind(), ErrorKind::Unauthorized);
    fixture.sandbox.shutdown().await;
}

#[tokio::test]
async fn signing_out_and_deleting_a_profile_forget_the_session() {
    let fixture = Fixture::new().await;
    let workspace = fixture.open();
    let id = sign_in_to(&workspace, fixture.sandbox.url(), "Sandbox").await;
    assert!(workspace.sign_out().await.unwrap().session.is_none());
    assert_only_the_audit_key(&fixture.store);
    assert_eq!(
        workspace.refresh_tokens().await.unwrap_err().kind(),
        ErrorKind::Unauthorized
    );

    workspace
        .sign_in(
            &id,
            demo::DEV_EMAIL,
            Secret::new(demo::PASSWORD.into()),
            true,
        )
        .await
        .unwrap();
    let status = workspace.delete_profile(&id).await.unwrap();
    assert!(
        status.profiles.is_empty()
            && status.session.is_none()
            && status.active_profile_id.is_none()
    );
    assert_only_the_audit_key(&fixture.store);
    fixture.sandbox.shutdown().await;
}

#[tokio::test]
async fn the_demo_profile_signs_in_as_the_demo_developer() {
    let fixture = Fixture::new().await;
    let workspace = fixture.open();
    let status = workspace
        .open_demo(fixture.sandbox.url(), demo::DEV_EMAIL, demo::PASSWORD)
        .await
        .unwrap();
    assert!(workspace.active_profile_is_demo());
    assert!(status.profiles[0].demo);
    assert!(status.session.is_some());
    workspace.set_demo_url("http://127.0.0.1:1").unwrap();
    assert_eq!(
        workspace.status().profiles[0].base_url,
        "http://127.0.0.1:1/"
    );
    fixture.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_missing_vault_is_reported_in_the_status_and_recovers() {
    let fixture = Fixture::new().await;
    fixture.store.set_unavailable(true);
    let workspace = fixture.open();
    let vault = workspace.status().vault;
    assert!(!vault.available);
    assert!(vault.message.unwrap().contains("GNOME Keyring") || cfg!(not(target_os = "linux")));
    fixture.store.set_unavailable(false);
    // The next probe waits out its backoff (2 s after the first failure), then sees it back.
    assert!(!workspace.app_status().await.vault.available);
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    assert!(workspace.app_status().await.vault.available);
    assert!(workspace.status().vault.available);
    let status = workspace
        .save_settings(Settings {
            clipboard_clear_seconds: None,
            ..Settings::default()
        })
        .unwrap();
    assert_eq!(status.settings.clipboard_clear_seconds, None);
    fixture.sandbox.shutdown().await;
}

#[tokio::test]
async fn invalid_profile_input_names_the_field() {
    let fixture = Fixture::new().await;
    let workspace = fixture.open();
    let input = ProfileInput {
        id: None,
        name: "x".into(),
        base_url: "http://example.com".into(),
        username: String::new(),
    };
    let err = workspace.save_profile(input).unwrap_err();
    assert_eq!(
        (err.kind(), err.field()),
        (ErrorKind::InvalidInput, Some("baseUrl"))
    );
    fixture.sandbox.shutdown().await;
}

#[tokio::test]
async fn the_audit_chain_is_keyed_with_a_vault_key_once_the_vault_works() {
    let fixture = Fixture::new().await;
    fixture.store.set_unavailable(true);
    let workspace = fixture.open();
    fixture.add_profile(&workspace);
    let filter = scriptix_keys_core::audit::AuditFilter::default();
    assert!(workspace.audit(&filter).unwrap().integrity.key_missing);
    fixture.store.set_unavailable(false);
    // The next probe waits out its backoff (2 s after the first failure); then the key is read.
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    assert!(workspace.app_status().await.vault.available);
    let integrity = workspace.audit(&filter).unwrap().integrity;
    assert!(integrity.ok && !integrity.key_missing, "{integrity:?}");
    let key = fixture
        .store
        .get("audit-key")
        .unwrap()
        .expect("audit key in the vault");
    assert_eq!(key.expose().len(), 64);
    drop(workspace);
    // The next start reads the same key: the chain still verifies as keyed.
    let reopened = fixture.open();
    let integrity = reopened.audit(&filter).unwrap().integrity;
    assert!(integrity.ok && !integrity.key_missing, "{integrity:?}");
    fixture.sandbox.shutdown().await;
}

#[cfg(unix)]
#[tokio::test]
async fn the_config_and_data_folders_are_private_to_the_user() {
    use std::os::unix::fs::PermissionsExt;
    let fixture = Fixture::new().await;
    for dir in ["config", "data"] {
        let path = fixture.dir.path().join(dir);
        std::fs::create_dir_all(&path).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let _workspace = fixture.open();
    for dir in ["config", "data"] {
        let mode = std::fs::metadata(fixture.dir.path().join(dir))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700, "{dir}");
    }
    fixture.sandbox.shutdown().await;
}

#[tokio::test]
async fn while_a_key_the_vault_refused_is_shown_the_app_says_so_and_sign_out_is_refused() {
    let fixture = Fixture::new().await;
    let workspace = fixture.open();
    let _id = sign_in_to(&workspace, fixture.sandbox.url(), "Sandbox").await;
    // A key the vault stored: nothing holds the app open.
    workspace.create_token("Kept", "batch", 1).await.unwrap();
    assert!(!workspace.unsaved_key_shown());
    workspace.close_reveal();

    fixture.store.set_unavailable(true);
    let created =
        serde_json::to_value(workspace.create_token("Refused", "batch", 1).await.unwrap()).unwrap();
    assert_eq!(created["vaultSaved"], false);
    assert!(workspace.unsaved_key_shown());
    let refused = workspace.sign_out().await.unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::InvalidInput);
    assert!(refused.to_string().contains("not saved"), "{refused}");
    assert!(workspace.status().session.is_some(), "still signed in");
    fixture.store.set_unavailable(false);
    // The user copied it and closed the dialog: the app may close, sign-out works.
    workspace.close_reveal();
    assert!(!workspace.unsaved_key_shown());
    assert!(workspace.sign_out().await.unwrap().session.is_none());
    fixture.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_rotation_key_the_vault_refused_holds_the_app_until_the_user_confirms_saving_it() {
    let fixture = Fixture::new().await;
    let workspace = fixture.open();
    let _id = sign_in_to(&workspace, fixture.sandbox.url(), "Sandbox").await;
    let created =
        serde_json::to_value(workspace.create_token("Old", "batch", 1).await.unwrap()).unwrap();
    workspace.close_reveal();
    let old = created["token"]["id"].as_str().unwrap().to_owned();
    let planned = workspace
        .rotation_plan(
            &[old],
            &scriptix_keys_core::rotation::RotationPlan::default(),
        )
        .await
        .unwrap();
    fixture.store.set_unavailable(true);
    let advanced =
        serde_json::to_value(workspace.rotation_advance(&planned[0].id).await.unwrap()).unwrap();
    assert_eq!(advanced["rotation"]["state"], "vaultFailed");
    assert!(workspace.unsaved_key_shown());
    assert!(workspace.sign_out().await.is_err());
    fixture.store.set_unavailable(false);
    workspace
        .rotation_acknowledge_vault_failure(&planned[0].id)
        .await
        .unwrap();
    assert!(
        !workspace.unsaved_key_shown(),
        "the user saved it elsewhere"
    );
    fixture.sandbox.shutdown().await;
}

#[tokio::test]
async fn the_commands_of_a_profile_reuse_one_connection_instead_of_connecting_again() {
    let fixture = Fixture::new().await;
    let workspace = fixture.open();
    let id = fixture.add_profile(&workspace);
    let faults = fixture.sandbox.faults();
    // Each new connection costs 300 ms, as a TLS handshake across a slow network would.
    faults.set_connection_delay(300);
    let before = faults.connections_accepted();
    let password = Secret::new(demo::PASSWORD.into());
    workspace
        .sign_in(&id, demo::DEV_EMAIL, password, false)
        .await
        .unwrap();
    for _ in 0..3 {
        let started = std::time::Instant::now();
        workspace.refresh_tokens().await.unwrap();
        workspace.account().await.unwrap();
        assert!(
            started.elapsed() < std::time::Duration::from_millis(300),
            "a command waited for a new connection: {:?}",
            started.elapsed()
        );
    }
    assert_eq!(
        faults.connections_accepted() - before,
        1,
        "sign-in, three refreshes and three account reads share one connection"
    );
    fixture.sandbox.shutdown().await;
}
