//! Keys and sessions are bound to the server that issued them: whatever a profile's address
//! says later (an edit, a file changed behind the app's back, a locked vault that kept an
//! old session), a kept secret is never sent anywhere else. A mock server that fails the
//! test on any request stands for "another server".
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::{demo_sandbox, workspace_paths};
use std::sync::Arc;

use scriptix_keys_core::api::ClientOptions;
use scriptix_keys_core::profiles::ProfileInput;
use scriptix_keys_core::workspace::{MfaMethod, Workspace, WorkspacePaths};
use scriptix_keys_core::{ErrorKind, MemoryStore, Secret, Vault};
use scriptix_sandbox::{SandboxHandle, demo};
use serde_json::Value;
use tempfile::TempDir;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

struct Fixture {
    sandbox: SandboxHandle,
    dir: TempDir,
    vault: Arc<MemoryStore>,
}

impl Fixture {
    async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let sandbox = start_sandbox(&dir).await;
        Self {
            sandbox,
            dir,
            vault: Arc::new(MemoryStore::new()),
        }
    }

    fn paths(&self) -> WorkspacePaths {
        workspace_paths(self.dir.path())
    }

    fn open(&self) -> Workspace {
        Workspace::open(
            self.paths(),
            Vault::new(self.vault.clone()),
            ClientOptions::default(),
        )
        .unwrap()
    }

    /// A workspace with a profile on the sandbox, signed in (session kept in the vault).
    async fn signed_in(&self) -> (Workspace, String) {
        let workspace = self.open();
        let id = workspace
            .save_profile(input(None, self.sandbox.url()))
            .unwrap()
            .active_profile_id
            .unwrap();
        workspace
            .sign_in(
                &id,
                demo::DEV_EMAIL,
                Secret::new(demo::PASSWORD.into()),
                true,
            )
            .await
            .unwrap();
        (workspace, id)
    }

    /// Changes the profile's address in the profiles file, as an edit outside the app (or
    /// a compromised window, or an app from before this check) could have.
    fn move_profile_in_the_file(&self, url: &str) {
        let path = self.paths().profiles_file;
        let mut json: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        json["profiles"][0]["baseUrl"] = Value::String(url.to_owned());
        std::fs::write(&path, serde_json::to_string(&json).unwrap()).unwrap();
    }
}

async fn start_sandbox(dir: &TempDir) -> SandboxHandle {
    demo_sandbox(dir.path()).await
}

fn input(id: Option<&str>, url: &str) -> ProfileInput {
    ProfileInput {
        id: id.map(str::to_owned),
        name: "Sandbox".into(),
        base_url: url.to_owned(),
        username: demo::DEV_EMAIL.into(),
    }
}

/// A server that must never be asked anything.
async fn other_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&server)
        .await;
    server
}

async fn create(workspace: &Workspace, name: &str) -> String {
    let created =
        serde_json::to_value(workspace.create_token(name, "batch", 1).await.unwrap()).unwrap();
    assert_eq!(created["vaultSaved"], true);
    workspace.close_reveal();
    created["token"]["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_server_of_a_profile_that_holds_keys_cannot_change() {
    let f = Fixture::new().await;
    let other = other_server().await;
    let (workspace, id) = f.signed_in().await;
    create(&workspace, "Bound key").await;

    let err = workspace
        .save_profile(input(Some(&id), &other.uri()))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert_eq!(err.field(), Some("baseUrl"));
    let message = err.to_string();
    assert!(message.contains("holds 1 key"), "{message}");
    assert!(
        message.contains("Create a new profile for the other server"),
        "{message}"
    );
    let status = workspace.status();
    assert_eq!(status.profiles[0].base_url, format!("{}/", f.sandbox.url()));
    assert!(status.session.is_some(), "a refused edit changes nothing");
    // Same server, another spelling of its address: allowed.
    workspace
        .save_profile(input(Some(&id), &format!("{}/", f.sandbox.url())))
        .unwrap();
    other.verify().await;
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_held_key_and_a_session_are_never_sent_to_the_server_a_profile_was_moved_to() {
    let f = Fixture::new().await;
    let other = other_server().await;
    let (workspace, _) = f.signed_in().await;
    let token = create(&workspace, "Moved away").await;
    drop(workspace);

    f.move_profile_in_the_file(&other.uri());
    let workspace = f.open();
    let status = workspace.status();
    assert!(status.session.is_none(), "the session is not restored");
    assert!(
        status
            .sign_in_reason
            .as_deref()
            .is_some_and(|r| r.contains("another server")),
        "{:?}",
        status.sign_in_reason
    );
    let err = workspace.check_held_key(&token).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Forbidden);
    assert!(err.to_string().starts_with("Nothing was sent"), "{err}");
    assert_eq!(
        workspace.refresh_tokens().await.unwrap_err().kind(),
        ErrorKind::Unauthorized
    );
    other.verify().await;
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_session_the_locked_vault_kept_never_follows_a_moved_profile() {
    let f = Fixture::new().await;
    let other = other_server().await;
    let (workspace, id) = f.signed_in().await;
    // No keys held: the address may change, which signs out; the locked vault keeps the
    // old session though.
    f.vault.set_unavailable(true);
    let status = workspace
        .save_profile(input(Some(&id), &other.uri()))
        .unwrap();
    assert!(status.session.is_none());
    f.vault.set_unavailable(false);
    drop(workspace);

    let workspace = f.open();
    assert!(workspace.status().session.is_none());
    assert_eq!(
        workspace.refresh_tokens().await.unwrap_err().kind(),
        ErrorKind::Unauthorized
    );
    assert!(
        only_the_audit_key(&f.vault),
        "the stray session was forgotten"
    );
    other.verify().await;
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_password_waiting_for_its_mfa_code_is_dropped_when_its_profile_changes() {
    let f = Fixture::new().await;
    let other = other_server().await;
    let workspace = f.open();
    let id = workspace
        .save_profile(input(None, f.sandbox.url()))
        .unwrap()
        .active_profile_id
        .unwrap();
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
    workspace
        .save_profile(input(Some(&id), &other.uri()))
        .unwrap();
    let err = workspace
        .sign_in_mfa("123456".into(), MfaMethod::Totp)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unauthorized);
    assert!(
        err.to_string().contains("Enter your password again"),
        "{err}"
    );
    other.verify().await;
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn demo_keys_are_bound_to_the_built_in_server_whatever_port_it_gets() {
    let f = Fixture::new().await;
    let workspace = f.open();
    workspace
        .open_demo(f.sandbox.url(), demo::DEV_EMAIL, demo::PASSWORD)
        .await
        .unwrap();
    let token = create(&workspace, "Demo key").await;
    drop(workspace);

    // A restart: the demo server comes back on another port.
    let old_url = f.sandbox.url().to_owned();
    let Fixture {
        sandbox,
        dir,
        vault,
    } = f;
    sandbox.shutdown().await;
    let f = Fixture {
        sandbox: start_sandbox(&dir).await,
        dir,
        vault,
    };
    assert_ne!(f.sandbox.url(), old_url);
    let workspace = f.open();
    workspace.set_demo_url(f.sandbox.url()).unwrap();
    let checked = serde_json::to_value(workspace.check_held_key(&token).await.unwrap()).unwrap();
    assert_eq!(checked["result"], "valid", "{checked}");

    // Its address cannot be pointed elsewhere, and one changed behind the app's back is
    // not this run's demo server: nothing is sent there.
    let other = other_server().await;
    let id = workspace.status().profiles[0].id.clone();
    let err = workspace
        .save_profile(ProfileInput {
            id: Some(id),
            name: "Demo workspace".into(),
            base_url: other.uri(),
            username: demo::DEV_EMAIL.into(),
        })
        .unwrap_err();
    assert_eq!(err.field(), Some("baseUrl"));
    assert!(err.to_string().contains("built-in server"), "{err}");
    drop(workspace);
    f.move_profile_in_the_file(&other.uri());
    let workspace = f.open();
    let err = workspace.check_held_key(&token).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Forbidden);
    other.verify().await;
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn keys_and_sessions_kept_before_origins_were_recorded_are_bound_to_their_profile_s_server() {
    let f = Fixture::new().await;
    let other = other_server().await;
    let (workspace, _) = f.signed_in().await;
    let token = create(&workspace, "Old key").await;
    drop(workspace);
    // What an app from before this change left: no origins, binding still to do.
    let db = rusqlite::Connection::open(f.paths().database_file).unwrap();
    db.execute_batch(
        "UPDATE local_tokens SET origin = NULL; DELETE FROM session_origins;
         INSERT INTO origin_binding_pending (id) VALUES (1);",
    )
    .unwrap();
    drop(db);

    let workspace = f.open();
    assert!(workspace.status().session.is_some(), "bound, so restored");
    let checked = serde_json::to_value(workspace.check_held_key(&token).await.unwrap()).unwrap();
    assert_eq!(checked["result"], "valid", "{checked}");
    workspace.refresh_tokens().await.unwrap();
    drop(workspace);

    // Bound once, at that moment: a later change of address does not rebind.
    f.move_profile_in_the_file(&other.uri());
    let workspace = f.open();
    assert!(workspace.status().session.is_none());
    assert_eq!(
        workspace.check_held_key(&token).await.unwrap_err().kind(),
        ErrorKind::Forbidden
    );
    other.verify().await;
    f.sandbox.shutdown().await;
}

/// The vault holds nothing but the audit log's key (which outlives profiles and sessions).
fn only_the_audit_key(vault: &scriptix_keys_core::MemoryStore) -> bool {
    use scriptix_keys_core::SecretStore;
    vault.len() == usize::from(vault.get("audit-key").unwrap().is_some())
}
