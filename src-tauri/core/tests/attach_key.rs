//! Attaching a key made elsewhere (here: by a colleague's copy of the app on the same
//! server) to a token in the list, through the workspace against the real sandbox and an
//! in-memory vault.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::{demo_sandbox, open_workspace, sign_in_to, workspace_paths};
use std::sync::Arc;

use scriptix_keys_core::api::ClientOptions;
use scriptix_keys_core::audit::AuditFilter;
use scriptix_keys_core::export::ExportFormat;
use scriptix_keys_core::workspace::Workspace;
use scriptix_keys_core::{ErrorKind, MemoryStore, Secret, SecretStore, Vault};
use scriptix_sandbox::SandboxHandle;
use serde_json::Value;
use tempfile::TempDir;

struct Fixture {
    sandbox: SandboxHandle,
    dir: TempDir,
    _colleague_dir: TempDir,
    memory: Arc<MemoryStore>,
    profile: String,
    workspace: Workspace,
    colleague: Workspace,
}

impl Fixture {
    async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let colleague_dir = tempfile::tempdir().unwrap();
        let sandbox = demo_sandbox(dir.path()).await;
        let memory = Arc::new(MemoryStore::new());
        let workspace = Workspace::open(
            workspace_paths(dir.path()),
            Vault::new(memory.clone()),
            ClientOptions::default(),
        )
        .unwrap();
        let colleague = open_workspace(colleague_dir.path());
        let profile = sign_in_to(&workspace, sandbox.url(), "Sandbox").await;
        sign_in_to(&colleague, sandbox.url(), "Sandbox").await;
        Self {
            sandbox,
            dir,
            _colleague_dir: colleague_dir,
            memory,
            profile,
            workspace,
            colleague,
        }
    }

    /// The colleague creates a token: (id, key). This device never saw it.
    async fn made_elsewhere(&self, name: &str, token_type: &str) -> (String, String) {
        let created = serde_json::to_value(
            self.colleague
                .create_token(name, token_type, 1)
                .await
                .unwrap(),
        )
        .unwrap();
        self.colleague.close_reveal();
        (
            created["token"]["id"].as_str().unwrap().to_owned(),
            created["key"].as_str().unwrap().to_owned(),
        )
    }

    async fn attach(&self, id: &str, key: &str, force: bool) -> Value {
        let view = self
            .workspace
            .attach_key(id, Secret::new(key.to_owned()), force)
            .await
            .unwrap();
        serde_json::to_value(view).unwrap()
    }

    fn held(&self, id: &str) -> Option<String> {
        self.memory
            .get(&format!("key:{}:{id}", self.profile))
            .unwrap()
            .map(|s| s.expose().to_owned())
    }

    async fn has_local_key(&self, id: &str) -> bool {
        let list = self.workspace.refresh_tokens().await.unwrap();
        list.tokens
            .iter()
            .find(|t| t.id.as_str() == id)
            .unwrap()
            .has_local_key
    }

    fn attach_audit(&self) -> Vec<Value> {
        let filter = AuditFilter {
            action: Some("attachKey".into()),
            ..AuditFilter::default()
        };
        let view = self.workspace.audit(&filter).unwrap();
        serde_json::to_value(view).unwrap()["entries"]
            .as_array()
            .unwrap()
            .clone()
    }

    fn files_on_disk(&self) -> Vec<u8> {
        let mut all = Vec::new();
        for sub in ["data", "config"] {
            for entry in std::fs::read_dir(self.dir.path().join(sub)).unwrap() {
                all.extend(std::fs::read(entry.unwrap().path()).unwrap());
            }
        }
        all
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[tokio::test]
async fn a_working_key_made_elsewhere_becomes_the_tokens_key_and_can_be_checked_and_exported() {
    let f = Fixture::new().await;
    let (id, key) = f.made_elsewhere("Made on the website", "batch").await;
    assert!(!f.has_local_key(&id).await);

    let reply = f.attach(&id, &format!("  {key}\n"), false).await;
    assert_eq!(reply["outcome"], "attached", "{reply}");
    assert_eq!(reply["check"]["result"], "valid");
    assert_eq!(
        f.held(&id).as_deref(),
        Some(key.as_str()),
        "trimmed, in the vault"
    );
    assert!(f.has_local_key(&id).await);
    let list = f.workspace.refresh_tokens().await.unwrap();
    let view = list.tokens.iter().find(|t| t.id.as_str() == id).unwrap();
    let last4 = &key[key.len() - 4..];
    assert_eq!(view.key_hint, Some(format!("sk_live_…{last4}")));

    // From now on the held-key paths work for it (the origin gate lets it through).
    let check = serde_json::to_value(f.workspace.check_held_key(&id).await.unwrap()).unwrap();
    assert_eq!(check["result"], "valid", "{check}");
    let env = f.dir.path().join("service.env");
    f.workspace
        .export_key(&id, ExportFormat::EnvFile, Some("KEY"), Some(&env), || {})
        .await
        .unwrap();
    assert_eq!(
        std::fs::read_to_string(&env).unwrap(),
        format!("KEY={key}\n")
    );

    let audit = f.attach_audit();
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0]["outcome"], "success");
    assert_eq!(audit[0]["tokenId"], id.as_str());
    assert!(!audit[0].to_string().contains(&key));
    assert!(
        !contains(&f.files_on_disk(), &key),
        "the key is only in the vault"
    );

    // Attaching again is refused: the device already holds it.
    let again = f.attach(&id, &key, false).await;
    assert_eq!(again["outcome"], "refused");
    assert!(
        again["reason"].as_str().unwrap().contains("already holds"),
        "{again}"
    );
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_key_of_the_other_type_is_refused_with_the_reason_and_nothing_is_stored() {
    let f = Fixture::new().await;
    let (batch_id, _) = f.made_elsewhere("Batch worker", "batch").await;
    let (_, realtime_key) = f.made_elsewhere("Live captions", "realtime").await;
    f.workspace.refresh_tokens().await.unwrap();

    let reply = f.attach(&batch_id, &realtime_key, false).await;
    assert_eq!(reply["outcome"], "refused", "{reply}");
    let reason = reply["reason"].as_str().unwrap();
    assert!(reason.contains("not a batch key"), "{reason}");
    assert!(reason.contains("Nothing was stored"), "{reason}");
    assert!(!reason.contains(&realtime_key));
    assert_eq!(reply["check"]["result"], "forbidden");
    assert_eq!(f.held(&batch_id), None);
    assert!(!f.has_local_key(&batch_id).await);
    let audit = f.attach_audit();
    assert_eq!(audit[0]["outcome"], "failure");
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_revoked_or_mistyped_key_is_refused_and_nothing_is_stored() {
    let f = Fixture::new().await;
    let (id, _) = f.made_elsewhere("Needs its key", "batch").await;
    let (gone_id, gone_key) = f.made_elsewhere("Deleted one", "batch").await;
    f.colleague.delete_tokens(vec![gone_id]).await.unwrap();
    f.workspace.refresh_tokens().await.unwrap();

    let reply = f.attach(&id, &gone_key, false).await;
    assert_eq!(reply["outcome"], "refused", "{reply}");
    assert!(
        reply["reason"].as_str().unwrap().contains("revoked"),
        "{reply}"
    );
    assert_eq!(f.held(&id), None);

    let mut mistyped: Vec<char> = gone_key.chars().collect();
    let last = mistyped.len() - 3;
    mistyped[last] = if mistyped[last] == 'a' { 'b' } else { 'a' };
    let mistyped: String = mistyped.into_iter().collect();
    let reply = f.attach(&id, &mistyped, false).await;
    assert_eq!(reply["outcome"], "refused", "{reply}");
    assert!(
        reply["reason"]
            .as_str()
            .unwrap()
            .contains("does not accept"),
        "{reply}"
    );
    assert_eq!(f.held(&id), None);
    assert!(!f.has_local_key(&id).await);
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn pasted_text_with_warnings_is_not_sent_unless_insisted_and_unknown_tokens_are_refused() {
    let f = Fixture::new().await;
    let (id, key) = f.made_elsewhere("Pasted with a label", "batch").await;
    f.workspace.refresh_tokens().await.unwrap();
    let reply = f
        .attach(&id, &format!("{} {}", &key[..20], &key[20..]), false)
        .await;
    assert_eq!(reply["outcome"], "warnings", "{reply}");
    assert_eq!(f.held(&id), None);
    assert!(
        f.attach_audit().is_empty(),
        "nothing happened, nothing audited"
    );

    let err = f
        .workspace
        .attach_key("no-such-token", Secret::new(key.clone()), true)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert_eq!(f.held("no-such-token"), None);
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_key_this_device_already_holds_for_another_token_is_refused() {
    let f = Fixture::new().await;
    let created =
        serde_json::to_value(f.workspace.create_token("Mine", "batch", 1).await.unwrap()).unwrap();
    f.workspace.close_reveal();
    let mine = created["key"].as_str().unwrap().to_owned();
    let (other, _) = f.made_elsewhere("Someone else's", "batch").await;
    f.workspace.refresh_tokens().await.unwrap();
    let reply = f.attach(&other, &mine, false).await;
    assert_eq!(reply["outcome"], "refused", "{reply}");
    assert!(
        reply["reason"].as_str().unwrap().contains("“Mine”"),
        "{reply}"
    );
    assert_eq!(f.held(&other), None);
    f.sandbox.shutdown().await;
}
