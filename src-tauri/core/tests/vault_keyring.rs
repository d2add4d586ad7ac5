//! The real OS vault. Ignored by default: needs an unlocked Secret Service. CI runs it with
//! `dbus-run-session` + `gnome-keyring-daemon --unlock` and `--include-ignored`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use scriptix_keys_core::model::TokenId;
use scriptix_keys_core::{KeyringStore, Secret, SecretStore, Vault};

const TEST_SERVICE: &str = "io.scriptix.keys.test";

#[tokio::test]
#[ignore = "needs a running, unlocked Secret Service (dbus-run-session + gnome-keyring)"]
async fn keyring_store_round_trips_secrets_through_the_real_secret_service() {
    let store = Arc::new(KeyringStore::new(TEST_SERVICE));
    let vault = Vault::new(store.clone());
    let status = vault.probe().await;
    assert!(status.available, "{status:?}");

    let profile = format!("itest{:x}", std::process::id());
    let id = TokenId::new("77");
    vault
        .store_key(&profile, &id, &Secret::new("sk_live_itest".into()))
        .await
        .unwrap();
    assert_eq!(
        vault.key(&profile, &id).await.unwrap().unwrap().expose(),
        "sk_live_itest"
    );
    vault
        .store_key(&profile, &id, &Secret::new("sk_live_replaced".into()))
        .await
        .unwrap();
    assert_eq!(
        vault.key(&profile, &id).await.unwrap().unwrap().expose(),
        "sk_live_replaced"
    );
    vault.forget_key(&profile, &id).await.unwrap();
    vault.forget_key(&profile, &id).await.unwrap();
    assert!(vault.key(&profile, &id).await.unwrap().is_none());
    assert!(store.get("never-written").unwrap().is_none());
}

/// The shell calls the vault from async commands (on the blocking pool) and from plain
/// threads (helper threads with a timeout): both must reach the real keyring.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a running, unlocked Secret Service (dbus-run-session + gnome-keyring)"]
async fn keyring_store_works_when_called_from_inside_a_tokio_runtime() {
    let vault = Vault::new(Arc::new(KeyringStore::new(TEST_SERVICE)));
    assert!(vault.probe().await.available);
    let profile = format!("itest-async{:x}", std::process::id());
    vault
        .set_session_blocking(&profile, &Secret::new("jwt".into()))
        .unwrap();
    assert_eq!(
        vault.session(&profile).await.unwrap().unwrap().expose(),
        "jwt"
    );
    vault.forget_session_blocking(&profile).unwrap();
}
