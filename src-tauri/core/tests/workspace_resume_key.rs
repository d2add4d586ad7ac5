//! A rotation resumed at start never drops its key, and vault calls never hang the app:
//! the workspace against the real sandbox with an in-memory vault that refuses or stalls.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::{demo_sandbox, sign_in_to, workspace_paths};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration as StdDuration, Instant};

use scriptix_keys_core::api::ClientOptions;
use scriptix_keys_core::clipboard::{MemoryClipboard, SecretClipboard};
use scriptix_keys_core::rotation::{Grace, RotationPlan, RotationState};
use scriptix_keys_core::workspace::{CopyFormat, Workspace};
use scriptix_keys_core::{
    ErrorKind, MemoryStore, Secret, SecretStore, Vault, VaultError, WorkspaceError,
};
use scriptix_sandbox::SandboxHandle;
use tempfile::TempDir;

/// A [`MemoryStore`] whose calls can be made to hang (an unanswered unlock prompt).
#[derive(Default)]
struct StallingStore {
    inner: MemoryStore,
    delay_ms: AtomicU64,
}

impl StallingStore {
    fn stall(&self, ms: u64) {
        self.delay_ms.store(ms, Ordering::SeqCst);
    }
    fn wait(&self) {
        let ms = self.delay_ms.load(Ordering::SeqCst);
        std::thread::sleep(StdDuration::from_millis(ms));
    }
}

impl SecretStore for StallingStore {
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

const TIMEOUT: StdDuration = StdDuration::from_millis(300);

struct Fixture {
    sandbox: SandboxHandle,
    dir: TempDir,
    store: Arc<StallingStore>,
    clipboard: MemoryClipboard,
    /// Reopens share one vault health, like one installed app.
    vault: Mutex<Option<Vault>>,
}

impl Fixture {
    async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let sandbox = demo_sandbox(dir.path()).await;
        Self {
            sandbox,
            dir,
            store: Arc::new(StallingStore::default()),
            clipboard: MemoryClipboard::default(),
            vault: Mutex::new(None),
        }
    }

    /// Opens the workspace as a fresh process would (a new vault facade, nothing in memory).
    fn open(&self) -> Workspace {
        let paths = workspace_paths(self.dir.path());
        let vault = Vault::new(self.store.clone()).with_limits(TIMEOUT, StdDuration::ZERO);
        *self.vault.lock().unwrap() = Some(vault.clone());
        Workspace::open(paths, vault, ClientOptions::default())
            .unwrap()
            .with_clipboard(SecretClipboard::with_backend(self.clipboard.clone()))
    }

    async fn sign_in(&self, workspace: &Workspace) -> String {
        sign_in_to(workspace, self.sandbox.url(), "Sandbox").await
    }

    /// Plans a rotation of the named token (nothing created yet) and returns its id and
    /// the old token's id.
    async fn plan(&self, workspace: &Workspace, name: &str, grace: Grace) -> (String, String) {
        let list = workspace.refresh_tokens().await.unwrap();
        let old = list
            .tokens
            .iter()
            .find(|t| t.name == name)
            .unwrap()
            .id
            .as_str()
            .to_owned();
        let plan = RotationPlan {
            grace,
            ..RotationPlan::default()
        };
        let planned = workspace
            .rotation_plan(std::slice::from_ref(&old), &plan)
            .await
            .unwrap();
        (planned[0].id.clone(), old)
    }

    async fn server_has(&self, workspace: &Workspace, id: &str) -> bool {
        let list = workspace.refresh_tokens().await.unwrap();
        list.tokens.iter().any(|t| t.id.as_str() == id)
    }
}

fn refuse(store: &StallingStore, refused: bool) {
    store.inner.set_unavailable(refused);
}

#[tokio::test]
async fn a_rotation_resumed_while_the_vault_refuses_keeps_its_key_for_the_user_until_confirmed() {
    let f = Fixture::new().await;
    let workspace = f.open();
    f.sign_in(&workspace).await;
    let (id, old) = f.plan(&workspace, "Meeting notes bot", Grace::Now).await;
    drop(workspace);

    // The next start resumes it while the vault refuses every write.
    let workspace = f.open();
    refuse(&f.store, true);
    let resumed = workspace.resume_rotations().await.unwrap();
    let r = resumed.iter().find(|r| r.id == id).unwrap();
    assert_eq!(r.state, RotationState::VaultFailed);
    let new_id = r.new_token_id.clone().unwrap();
    assert!(workspace.unsaved_key_shown(), "an unsaved key is held");
    assert!(
        f.server_has(&workspace, &old).await,
        "even an emergency rotation keeps the old token"
    );

    // Another dialog's reveal closing does not drop it.
    workspace.close_reveal();
    let shown = serde_json::to_value(workspace.rotation_reveal(&id).unwrap()).unwrap();
    let key = shown["key"].as_str().unwrap().to_owned();
    assert!(
        key.starts_with("sk_live_"),
        "the expiry centre gets the key"
    );
    assert_eq!(shown["rotation"]["state"], "vaultFailed");
    workspace
        .copy_key(new_id.as_str(), CopyFormat::Raw, || {})
        .await
        .unwrap();
    assert_eq!(f.clipboard.peek().as_deref(), Some(key.as_str()));
    let verified = serde_json::to_value(workspace.rotation_verify(&id).await.unwrap()).unwrap();
    assert_eq!(verified["check"]["result"], "valid", "it is the live key");

    // Only the confirmation lets the emergency rotation delete the old token.
    assert!(f.server_has(&workspace, &old).await);
    let done = workspace
        .rotation_acknowledge_vault_failure(&id)
        .await
        .unwrap();
    assert_eq!(done.state, RotationState::Done);
    assert!(!f.server_has(&workspace, &old).await);
    assert!(!workspace.unsaved_key_shown());
    workspace.close_reveal();
    assert!(matches!(
        workspace.rotation_reveal(&id),
        Err(WorkspaceError::KeyNotHeld)
    ));
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_refused_key_that_died_with_the_process_is_reported_lost_and_can_be_replaced() {
    let f = Fixture::new().await;
    let workspace = f.open();
    let profile = f.sign_in(&workspace).await;
    let (id, old) = f.plan(&workspace, "Meeting notes bot", Grace::Now).await;
    drop(workspace);
    let workspace = f.open();
    refuse(&f.store, true);
    workspace.resume_rotations().await.unwrap();
    // The app stops while the key exists only in its memory.
    drop(workspace);
    refuse(&f.store, false);

    let workspace = f.open();
    let resumed = workspace.resume_rotations().await.unwrap();
    let r = resumed.iter().find(|r| r.id == id).unwrap();
    assert_eq!(r.state, RotationState::NeedsAttention, "{r:?}");
    assert!(
        r.needs_attention
            .as_deref()
            .is_some_and(|t| t.contains("key was lost")),
        "{r:?}"
    );
    assert!(f.server_has(&workspace, &old).await);
    // "Replace it": a new replacement whose key reaches the vault; then the old token goes.
    let lost = r.new_token_id.clone().unwrap();
    let replaced = workspace.rotation_retry(&id).await.unwrap();
    assert_eq!(replaced.rotation.state, RotationState::Done);
    let new_id = replaced.rotation.new_token_id.clone().unwrap();
    assert_ne!(new_id, lost);
    assert!(
        f.store
            .inner
            .get(&format!("key:{profile}:{new_id}"))
            .unwrap()
            .is_some()
    );
    assert!(!f.server_has(&workspace, lost.as_str()).await);
    f.sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vault_write_that_times_out_and_lands_later_is_reconciled_not_left_unknown() {
    let f = Fixture::new().await;
    let workspace = f.open();
    let profile = f.sign_in(&workspace).await;
    let (id, old) = f
        .plan(&workspace, "Meeting notes bot", Grace::SevenDays)
        .await;

    // The vault hangs (an unlock prompt nobody answers yet) longer than the timeout.
    f.store.stall(900);
    let started = Instant::now();
    let advanced = workspace.rotation_advance(&id).await.unwrap();
    assert!(
        started.elapsed() < StdDuration::from_millis(900),
        "the rotation step did not wait for the vault: {:?}",
        started.elapsed()
    );
    assert_eq!(advanced.rotation.state, RotationState::VaultFailed);
    let note = advanced.rotation.needs_attention.clone().unwrap();
    assert!(note.contains("did not answer"), "{note}");
    let new_id = advanced.rotation.new_token_id.clone().unwrap();
    let key = serde_json::to_value(&advanced).unwrap()["key"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(!workspace.status().vault.available);

    // A command that needs the vault meanwhile answers within the timeout, clearly.
    let started = Instant::now();
    let err = workspace.forget_key(old.as_str()).await.unwrap_err();
    assert!(started.elapsed() < StdDuration::from_millis(900));
    assert_eq!(err.kind(), ErrorKind::VaultUnavailable);
    assert!(err.to_string().contains("Unlock"), "{err}");

    // The write lands after all; the journal is brought in line with the vault.
    tokio::time::sleep(StdDuration::from_millis(1500)).await;
    f.store.stall(0);
    assert_eq!(
        f.store
            .inner
            .get(&format!("key:{profile}:{new_id}"))
            .unwrap()
            .unwrap()
            .expose(),
        key
    );
    let resumed = workspace.resume_rotations().await.unwrap();
    let r = resumed.iter().find(|r| r.id == id).unwrap();
    assert_eq!(r.state, RotationState::Retiring, "{r:?}");
    assert!(
        r.steps
            .iter()
            .filter_map(|s| s.detail.as_ref())
            .any(|d| d.code == "rotation-journal-vault-took-key"),
        "{r:?}"
    );
    assert!(!workspace.unsaved_key_shown());
    assert!(
        workspace.status().vault.available,
        "the late write was noted"
    );
    f.sandbox.shutdown().await;
}
