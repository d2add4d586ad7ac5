#![allow(clippy::unwrap_used)]

use super::*;
use crate::error::ErrorKind;

fn vault() -> (Arc<MemoryStore>, Vault) {
    let store = Arc::new(MemoryStore::new());
    (Arc::clone(&store), Vault::new(store))
}

#[test]
fn sessions_round_trip_and_forgetting_is_idempotent() {
    let (store, vault) = vault();
    assert!(vault.session("p1").unwrap().is_none());
    vault.set_session("p1", &Secret::new("jwt".into())).unwrap();
    assert_eq!(vault.session("p1").unwrap().unwrap().expose(), "jwt");
    assert!(store.get("session:p1").unwrap().is_some());
    vault.forget_session("p1").unwrap();
    vault.forget_session("p1").unwrap();
    assert!(vault.session("p1").unwrap().is_none());
}

#[test]
fn keys_are_stored_per_profile_and_token() {
    let (store, vault) = vault();
    let id = TokenId::new("42");
    vault
        .store_key("p1", &id, &Secret::new("sk_live_a".into()))
        .unwrap();
    assert_eq!(
        store.get("key:p1:42").unwrap().unwrap().expose(),
        "sk_live_a"
    );
    assert!(vault.key("p2", &id).unwrap().is_none());
    vault.forget_key("p1", &id).unwrap();
    assert!(store.is_empty());
}

#[test]
fn probe_reports_a_working_vault_and_leaves_nothing_behind() {
    let (store, vault) = vault();
    assert_eq!(
        vault.probe(),
        VaultStatus {
            available: true,
            message: None
        }
    );
    assert!(store.is_empty());
}

#[test]
fn probe_reports_a_missing_vault_with_a_fix() {
    let (store, vault) = vault();
    store.set_unavailable(true);
    let status = vault.probe();
    assert!(!status.available);
    assert_eq!(
        status.message.as_deref(),
        Some(VaultProblem::NoProvider.message())
    );
    let err = vault.session("p").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::VaultUnavailable);
    store.set_unavailable(false);
    assert!(vault.probe().available);
}

#[test]
fn vault_status_serialises_camel_case() {
    let status = VaultStatus {
        available: false,
        message: Some("m".into()),
    };
    assert_eq!(
        serde_json::to_value(status).unwrap(),
        serde_json::json!({"available": false, "message": "m"})
    );
}

#[cfg(target_os = "linux")]
#[test]
fn linux_messages_name_the_secret_service_providers() {
    let fix = "Install and unlock GNOME Keyring or KWallet (Secret Service)";
    assert!(VaultProblem::NoProvider.message().contains(fix));
    assert!(VaultProblem::Locked.message().contains("locked"));
}
