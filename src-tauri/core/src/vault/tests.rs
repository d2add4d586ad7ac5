#![allow(clippy::unwrap_used)]

use super::*;
use crate::error::ErrorKind;

fn vault() -> (Arc<MemoryStore>, Vault) {
    let store = Arc::new(MemoryStore::new());
    (Arc::clone(&store), Vault::new(store))
}

#[tokio::test]
async fn sessions_round_trip_and_forgetting_is_idempotent() {
    let (store, vault) = vault();
    assert!(vault.session("p1").await.unwrap().is_none());
    vault
        .set_session_blocking("p1", &Secret::new("jwt".into()))
        .unwrap();
    assert_eq!(vault.session("p1").await.unwrap().unwrap().expose(), "jwt");
    assert_eq!(
        vault.session_blocking("p1").unwrap().unwrap().expose(),
        "jwt"
    );
    assert!(store.get("session:p1").unwrap().is_some());
    vault.forget_session_blocking("p1").unwrap();
    vault.forget_session_blocking("p1").unwrap();
    assert!(vault.session("p1").await.unwrap().is_none());
}

#[tokio::test]
async fn keys_are_stored_per_profile_and_token() {
    let (store, vault) = vault();
    let id = TokenId::new("42");
    vault
        .store_key("p1", &id, &Secret::new("sk_live_a".into()))
        .await
        .unwrap();
    assert_eq!(
        store.get("key:p1:42").unwrap().unwrap().expose(),
        "sk_live_a"
    );
    assert!(vault.key("p2", &id).await.unwrap().is_none());
    vault.forget_key("p1", &id).await.unwrap();
    assert!(store.is_empty());
    vault
        .store_key_blocking("p1", &id, &Secret::new("sk_live_b".into()))
        .unwrap();
    assert_eq!(
        vault.key_blocking("p1", &id).unwrap().unwrap().expose(),
        "sk_live_b"
    );
    vault.forget_key_blocking("p1", &id).unwrap();
    assert!(store.is_empty());
}

#[tokio::test]
async fn probe_reports_a_working_vault_and_leaves_nothing_behind() {
    let (store, vault) = vault();
    assert_eq!(vault.probe().await, VaultStatus::available());
    assert!(store.is_empty());
}

#[tokio::test]
async fn probe_reports_a_missing_vault_with_a_fix() {
    let (store, vault) = vault();
    store.set_unavailable(true);
    let status = vault.probe().await;
    assert!(!status.available);
    assert_eq!(
        status.message.as_deref(),
        Some(VaultProblem::NoProvider.message())
    );
    // The banner says the same in the user's language.
    let coded = status.message_coded.unwrap();
    assert_eq!(coded.to_string(), VaultProblem::NoProvider.message());
    let err = vault.session("p").await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::VaultUnavailable);
    store.set_unavailable(false);
    assert!(vault.probe().await.available);
}

#[test]
fn vault_status_serialises_camel_case() {
    let status = VaultStatus::unavailable(&VaultError::TimedOut { seconds: 20 });
    let json = serde_json::to_value(status).unwrap();
    assert_eq!(json["available"], false);
    assert!(json["message"].as_str().unwrap().contains("20"));
    assert_eq!(json["messageCoded"]["args"]["seconds"], 20);
}

#[cfg(target_os = "linux")]
#[test]
fn linux_messages_name_the_secret_service_providers() {
    let fix = "Install and unlock GNOME Keyring or KWallet (Secret Service)";
    assert!(VaultProblem::NoProvider.message().contains(fix));
    assert!(VaultProblem::Locked.message().contains("locked"));
}

/// A store whose calls hang for `delay` before doing what a [`MemoryStore`] would, and
/// count how often they were made: a keyring behind an unanswered unlock prompt.
struct SlowStore {
    inner: MemoryStore,
    delay: std::sync::Mutex<std::time::Duration>,
    calls: std::sync::atomic::AtomicUsize,
}

impl SlowStore {
    fn new(delay: std::time::Duration) -> Arc<Self> {
        Arc::new(Self {
            inner: MemoryStore::new(),
            delay: std::sync::Mutex::new(delay),
            calls: std::sync::atomic::AtomicUsize::new(0),
        })
    }

    fn wait(&self) {
        self.calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let delay = *self.delay.lock().unwrap();
        std::thread::sleep(delay);
    }

    fn calls(&self) -> usize {
        self.calls.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl SecretStore for SlowStore {
    fn get(&self, user: &str) -> Result<Option<Secret>, VaultError> {
        self.wait();
        self.inner.get(user)
    }
    fn set(&self, user: &str, secret: &Secret) -> Result<(), VaultError> {
        self.wait();
        self.inner.set(user, secret)
    }
    fn delete(&self, user: &str) -> Result<(), VaultError> {
        self.wait();
        self.inner.delete(user)
    }
}

const SHORT: std::time::Duration = std::time::Duration::from_millis(200);

#[tokio::test(flavor = "current_thread")]
async fn a_hanging_vault_times_out_with_a_clear_message_and_the_runtime_keeps_running() {
    let store = SlowStore::new(std::time::Duration::from_secs(3));
    let vault = Vault::new(store.clone()).with_limits(SHORT, std::time::Duration::from_secs(600));
    // A ticker on the same (single) async worker: it only advances if the vault call
    // does not block that worker.
    let ticks = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let ticker = tokio::spawn({
        let ticks = ticks.clone();
        async move {
            loop {
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                ticks.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
        }
    });
    let started = std::time::Instant::now();
    let err = vault.key("p1", &TokenId::new("1")).await.unwrap_err();
    let took = started.elapsed();
    ticker.abort();
    assert!(took < std::time::Duration::from_secs(1), "took {took:?}");
    assert_eq!(err.kind(), ErrorKind::VaultUnavailable);
    assert!(matches!(err, VaultError::TimedOut { .. }));
    assert!(
        err.to_string().contains("did not answer") && err.to_string().contains("Unlock"),
        "{err}"
    );
    assert!(
        ticks.load(std::sync::atomic::Ordering::SeqCst) >= 5,
        "the async worker kept running"
    );
    let status = vault.last_status();
    assert!(!status.available);
    assert_eq!(status.message.as_deref(), Some(err.to_string().as_str()));
    let blocking = std::time::Instant::now();
    assert!(matches!(
        vault.session_blocking("p1"),
        Err(VaultError::TimedOut { .. })
    ));
    assert!(blocking.elapsed() < std::time::Duration::from_secs(1));
}

#[tokio::test]
async fn an_unavailable_vault_is_probed_again_only_after_its_backoff() {
    let store = SlowStore::new(std::time::Duration::ZERO);
    store.inner.set_unavailable(true);
    let vault = Vault::new(store.clone()).with_limits(SHORT, std::time::Duration::from_millis(300));
    assert!(!vault.status().await.available, "first status probes");
    let after_first = store.calls();
    assert_eq!(after_first, 1, "the probe stops at its failed write");
    for _ in 0..10 {
        assert!(!vault.status().await.available);
    }
    assert_eq!(store.calls(), after_first, "no probe during the backoff");
    store.inner.set_unavailable(false);
    assert!(!vault.status().await.available, "still waiting");
    tokio::time::sleep(std::time::Duration::from_millis(350)).await;
    assert!(
        vault.status().await.available,
        "probed again after the wait"
    );
    let probed = store.calls();
    assert!(vault.status().await.available);
    assert_eq!(store.calls(), probed, "an available vault is not probed");
}

#[tokio::test]
async fn a_write_that_timed_out_but_landed_later_can_be_read_back() {
    let store = SlowStore::new(std::time::Duration::from_millis(500));
    let vault = Vault::new(store.clone()).with_limits(SHORT, std::time::Duration::ZERO);
    let id = TokenId::new("9");
    let err = vault
        .store_key("p1", &id, &Secret::new("sk_live_late".into()))
        .await
        .unwrap_err();
    assert!(matches!(err, VaultError::TimedOut { .. }));
    assert!(!vault.last_status().available);
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    // The late outcome is noted: the vault worked after all.
    assert!(vault.last_status().available);
    *store.delay.lock().unwrap() = std::time::Duration::ZERO;
    assert_eq!(
        vault.key("p1", &id).await.unwrap().unwrap().expose(),
        "sk_live_late"
    );
}
