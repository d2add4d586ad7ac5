//! Key checks through the workspace against the real sandbox (and, for "nothing is sent",
//! a mock server that fails the test on any request).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::{demo_sandbox, workspace_paths};
use std::sync::Arc;

use scriptix_keys_core::api::ClientOptions;
use scriptix_keys_core::audit::AuditFilter;
use scriptix_keys_core::model::TokenType;
use scriptix_keys_core::profiles::ProfileInput;
use scriptix_keys_core::workspace::Workspace;
use scriptix_keys_core::{ErrorKind, MemoryStore, Secret, Vault};
use scriptix_sandbox::{SandboxHandle, demo};
use serde_json::Value;
use tempfile::TempDir;

struct Fixture {
    sandbox: SandboxHandle,
    dir: TempDir,
    workspace: Workspace,
}

fn open(dir: &TempDir) -> Workspace {
    let paths = workspace_paths(dir.path());
    Workspace::open(
        paths,
        Vault::new(Arc::new(MemoryStore::new())),
        ClientOptions::default(),
    )
    .unwrap()
}

fn add_profile(workspace: &Workspace, url: &str) -> String {
    workspace
        .save_profile(ProfileInput {
            id: None,
            name: "Sandbox".into(),
            base_url: url.to_owned(),
            username: String::new(),
        })
        .unwrap()
        .active_profile_id
        .unwrap()
}

impl Fixture {
    async fn signed_in() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let sandbox = demo_sandbox(dir.path()).await;
        let workspace = open(&dir);
        let profile = add_profile(&workspace, sandbox.url());
        workspace
            .sign_in(
                &profile,
                demo::DEV_EMAIL,
                Secret::new(demo::PASSWORD.into()),
                true,
            )
            .await
            .unwrap();
        workspace.refresh_tokens().await.unwrap();
        Self {
            sandbox,
            dir,
            workspace,
        }
    }

    /// Creates a token here (its key goes to the vault) and returns (id, key).
    async fn create(&self, name: &str, token_type: &str) -> (String, String) {
        let created = serde_json::to_value(
            self.workspace
                .create_token(name, token_type, 1)
                .await
                .unwrap(),
        )
        .unwrap();
        assert_eq!(created["outcome"], "created");
        assert_eq!(created["vaultSaved"], true);
        self.workspace.close_reveal();
        (
            created["token"]["id"].as_str().unwrap().to_owned(),
            created["key"].as_str().unwrap().to_owned(),
        )
    }

    async fn check(&self, key: &str, token_type: Option<TokenType>, force: bool) -> Value {
        // The shell runs these on Tauri's multi-threaded runtime: the futures must be Send.
        let view = assert_send(self.workspace.check_key(
            Secret::new(key.to_owned()),
            token_type,
            force,
        ))
        .await
        .unwrap();
        serde_json::to_value(view).unwrap()
    }

    /// Everything the app wrote to disk (database, WAL, profiles), as text.
    fn files_on_disk(&self) -> String {
        let mut all = String::new();
        for sub in ["data", "config"] {
            for entry in std::fs::read_dir(self.dir.path().join(sub)).unwrap() {
                let bytes = std::fs::read(entry.unwrap().path()).unwrap();
                all.push_str(&String::from_utf8_lossy(&bytes));
            }
        }
        all
    }
}

fn assert_send<T: Send>(value: T) -> T {
    value
}

/// The same key with one character changed (keeps the length and the alphabet).
fn mistype(key: &str) -> String {
    let mut chars: Vec<char> = key.chars().collect();
    let i = chars.len() - 5;
    chars[i] = if chars[i] == 'a' { 'b' } else { 'a' };
    chars.into_iter().collect()
}

#[tokio::test]
async fn a_pasted_key_from_this_vault_is_valid_and_matches_its_token() {
    let f = Fixture::signed_in().await;
    let (id, key) = f.create("Key check batch", "batch").await;
    let reply = f.check(&format!("  {key}\r\n"), None, false).await;
    assert_eq!(reply["outcome"], "checked");
    assert_eq!(reply["result"], "valid", "{reply}");
    assert_eq!(reply["tokenType"], "batch");
    assert_eq!(reply["title"], "This key works");
    assert!(reply["nextStep"].is_null());
    assert_eq!(reply["vaultMatch"]["tokenId"], id.as_str());
    assert_eq!(reply["vaultMatch"]["name"], "Key check batch");
    assert_eq!(reply["warnings"], Value::Array(vec![]));
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_realtime_key_without_a_type_is_found_on_the_realtime_route() {
    let f = Fixture::signed_in().await;
    let (_, key) = f.create("Key check realtime", "realtime").await;
    // Forget it here, so neither a hint nor the vault says which type it is.
    let ids: Vec<String> = f
        .workspace
        .cached_tokens()
        .unwrap()
        .unwrap()
        .tokens
        .iter()
        .filter(|t| t.name == "Key check realtime")
        .map(|t| t.id.as_str().to_owned())
        .collect();
    f.workspace.forget_key(&ids[0]).await.unwrap();
    let reply = f.check(&key, None, false).await;
    assert_eq!(reply["result"], "valid", "{reply}");
    assert_eq!(reply["tokenType"], "realtime");
    assert!(reply["vaultMatch"].is_null());
    // An explicit hint is obeyed: as a batch key it authenticates but is refused.
    let reply = f.check(&key, Some(TokenType::Batch), false).await;
    assert_eq!(reply["result"], "forbidden", "{reply}");
    assert_eq!(reply["tokenType"], "batch");
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_key_of_a_deleted_token_is_revoked() {
    let f = Fixture::signed_in().await;
    let (id, key) = f.create("Soon deleted", "batch").await;
    let report = f.workspace.delete_tokens(vec![id]).await.unwrap();
    assert!(report.results[0].ok);
    let reply = f.check(&key, None, false).await;
    assert_eq!(reply["result"], "revoked", "{reply}");
    assert_eq!(reply["code"], "KEY_REVOKED");
    assert!(reply["nextStep"].as_str().unwrap().contains("new key"));
    assert!(
        reply["vaultMatch"].is_null(),
        "the delete removed it from the vault"
    );
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_mistyped_key_is_invalid_and_matches_nothing() {
    let f = Fixture::signed_in().await;
    let (_, key) = f.create("Typo target", "batch").await;
    let reply = f.check(&mistype(&key), None, false).await;
    assert_eq!(reply["outcome"], "checked", "same length: no warning");
    assert_eq!(reply["result"], "invalid", "{reply}");
    assert_eq!(reply["code"], "INVALID_API_KEY");
    assert!(reply["explanation"].as_str().unwrap().contains("mistyped"));
    assert!(reply["vaultMatch"].is_null());
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_held_key_is_checked_on_its_token_s_route_and_an_unknown_one_is_not_found() {
    let f = Fixture::signed_in().await;
    let (id, _) = f.create("Held realtime", "realtime").await;
    let reply =
        serde_json::to_value(assert_send(f.workspace.check_held_key(&id)).await.unwrap()).unwrap();
    assert_eq!(reply["result"], "valid", "{reply}");
    assert_eq!(reply["tokenType"], "realtime");
    assert_eq!(reply["vaultMatch"]["tokenId"], id.as_str());
    assert_eq!(reply["vaultMatch"]["name"], "Held realtime");
    let err = f
        .workspace
        .check_held_key("no-such-token")
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_key_check_needs_no_session() {
    let f = Fixture::signed_in().await;
    let (id, key) = f.create("Signed out check", "batch").await;
    f.workspace.sign_out().await.unwrap();
    assert_eq!(f.check(&key, None, false).await["result"], "valid");
    let held = serde_json::to_value(f.workspace.check_held_key(&id).await.unwrap()).unwrap();
    assert_eq!(held["result"], "valid");
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_forced_check_sends_the_key_and_keeps_the_overridden_warnings() {
    let f = Fixture::signed_in().await;
    let (_, key) = f.create("Forced", "batch").await;
    let split = format!("{} {}", &key[..12], &key[12..]);
    let reply = f.check(&split, None, false).await;
    assert_eq!(reply["outcome"], "warnings");
    let reply = f.check(&split, None, true).await;
    assert_eq!(reply["outcome"], "checked");
    assert_eq!(reply["result"], "invalid", "the space is sent as pasted");
    assert_eq!(reply["warnings"][0]["code"], "innerWhitespace");
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn no_key_reaches_the_audit_log_the_database_or_the_profiles_file() {
    let f = Fixture::signed_in().await;
    let (id, key) = f.create("Audited", "batch").await;
    let typo = mistype(&key);
    f.check(&key, None, false).await;
    f.check(&typo, None, false).await;
    f.check(&format!("{key}x"), None, true).await;
    f.workspace.check_held_key(&id).await.unwrap();
    let audit = f.workspace.audit(&AuditFilter::default()).unwrap();
    let checks: Vec<_> = audit
        .entries
        .iter()
        .filter(|e| e.action.name() == "keyCheck")
        .collect();
    assert_eq!(checks.len(), 4);
    let details: Vec<&str> = checks.iter().filter_map(|e| e.detail.as_deref()).collect();
    assert!(details.iter().any(|d| d.contains("valid")), "{details:?}");
    assert!(details.iter().any(|d| d.contains("invalid")), "{details:?}");
    assert!(
        details.iter().any(|d| d.contains("wrongLength")),
        "{details:?}"
    );
    let text = serde_json::to_string(&audit).unwrap();
    for secret in [&key, &typo, &key[8..40].to_owned()] {
        assert!(!text.contains(secret.as_str()), "a key in the audit log");
    }
    let disk = f.files_on_disk();
    assert!(!disk.contains(&key[8..]), "a key on disk");
    assert!(!disk.contains(&typo[8..]), "a pasted key on disk");
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_key_with_warnings_is_not_sent_unless_forced() {
    use wiremock::matchers::any;
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let workspace = open(&dir);
    add_profile(&workspace, &server.uri());
    for pasted in [
        "",
        "sk_live_0123456789 abcdefghijABCDEFGHIJ0123456789",
        "sk_live_0123456789abcdefghij\nABCDEFGHIJ0123456789",
        "sk_live_short",
        "sk_live_0123456789abcdefghij\u{200B}ABCDEFGHIJ0123456789",
    ] {
        let reply = serde_json::to_value(
            workspace
                .check_key(Secret::new(pasted.to_owned()), None, false)
                .await
                .unwrap(),
        )
        .unwrap();
        assert_eq!(reply["outcome"], "warnings", "{pasted:?}");
        assert!(!reply["warnings"].as_array().unwrap().is_empty());
    }
    let audit = workspace.audit(&AuditFilter::default()).unwrap();
    assert!(
        audit.entries.iter().all(|e| e.action.name() != "keyCheck"),
        "nothing was checked, so nothing is recorded"
    );
    server.verify().await;
}
