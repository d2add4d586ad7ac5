//! A create interrupted at any moment leaves nothing unknown: the intent is recorded before
//! the request, followed until the reveal closes, and an unfinished one is reconciled at
//! the next start against the sandbox — "the token exists but its key never reached this
//! device" (with "Delete it" / "Keep it"), "the token was not created", or "cannot tell"
//! — and a same-name token someone else created meanwhile is never adopted.
//!
//! "Killed" here is the crash hook's `Fail`: the create stops at that point as if the
//! process died, the workspace is dropped and a new one opened on the same files and vault.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::demo_sandbox;
use std::sync::Arc;

use scriptix_keys_core::api::ClientOptions;
use scriptix_keys_core::model::TokenId;
use scriptix_keys_core::profiles::ProfileInput;
use scriptix_keys_core::rotation::{CrashHook, CrashPoint};
use scriptix_keys_core::workspace::{InterruptedOutcome, Workspace, WorkspacePaths};
use scriptix_keys_core::{MemoryStore, Secret, Vault};
use scriptix_sandbox::{SandboxHandle, demo};
use tempfile::TempDir;

struct Fixture {
    sandbox: SandboxHandle,
    dir: TempDir,
    vault: Arc<MemoryStore>,
}

impl Fixture {
    async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let sandbox = demo_sandbox(dir.path()).await;
        Self {
            sandbox,
            dir,
            vault: Arc::new(MemoryStore::new()),
        }
    }

    fn paths(&self, who: &str) -> WorkspacePaths {
        WorkspacePaths {
            profiles_file: self.dir.path().join(who).join("profiles.json"),
            database_file: self.dir.path().join(who).join("scriptix-keys.sqlite3"),
        }
    }

    /// This device's app, as it starts (the session is restored from the vault).
    fn open(&self) -> Workspace {
        Workspace::open(
            self.paths("me"),
            Vault::new(self.vault.clone()),
            ClientOptions::default(),
        )
        .unwrap()
    }

    /// This device's app, signed in, with a crash hook.
    async fn signed_in(&self, crash: Option<CrashPoint>) -> (Workspace, String) {
        let mut workspace = self.open();
        if let Some(point) = crash {
            workspace = workspace.with_crash_hook(CrashHook::Fail(point));
        }
        let id = sign_in(&workspace, self.sandbox.url()).await;
        (workspace, id)
    }

    /// Someone else (another device, same account) creating a token.
    async fn someone_else_creates(&self, name: &str) -> String {
        let other = Workspace::open(
            self.paths("someone-else"),
            Vault::new(Arc::new(MemoryStore::new())),
            ClientOptions::default(),
        )
        .unwrap();
        sign_in(&other, self.sandbox.url()).await;
        let created =
            serde_json::to_value(other.create_token(name, "batch", 1).await.unwrap()).unwrap();
        other.close_reveal();
        created["token"]["id"].as_str().unwrap().to_owned()
    }

    /// The ids of the tokens named `name` on the server.
    async fn on_server(&self, workspace: &Workspace, name: &str) -> Vec<String> {
        let list = serde_json::to_value(workspace.refresh_tokens().await.unwrap()).unwrap();
        list["tokens"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["name"] == name)
            .map(|t| t["id"].as_str().unwrap().to_owned())
            .collect()
    }

    fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.paths("me").database_file).unwrap()
    }

    fn intents_left(&self) -> i64 {
        self.db()
            .query_row("SELECT count(*) FROM create_intents", [], |r| r.get(0))
            .unwrap()
    }

    /// The interrupted-create audit entries: (token name, outcome, detail in English).
    fn audited(&self) -> Vec<(Option<String>, String, String)> {
        let store = scriptix_keys_core::Store::open(self.paths("me").database_file).unwrap();
        let filter = scriptix_keys_core::audit::AuditFilter {
            action: Some("create".into()),
            ..Default::default()
        };
        let mut records = store.audit(None, &filter).unwrap();
        records.reverse();
        records
            .into_iter()
            .filter_map(|r| {
                let detail = r.detail.filter(|d| d.starts_with("interrupted"))?;
                Some((r.token_name, r.outcome.as_str().to_owned(), detail))
            })
            .collect()
    }

    async fn key_in_vault(&self, profile: &str, token: &str) -> bool {
        Vault::new(self.vault.clone())
            .key(profile, &TokenId::new(token))
            .await
            .unwrap()
            .is_some()
    }
}

async fn sign_in(workspace: &Workspace, url: &str) -> String {
    let id = workspace
        .save_profile(ProfileInput {
            id: None,
            name: "Sandbox".into(),
            base_url: url.to_owned(),
            username: demo::DEV_EMAIL.into(),
        })
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
    id
}

/// Creates `name` and stops at `point` as if the process died there.
async fn killed_at(f: &Fixture, point: CrashPoint, name: &str) -> String {
    let (workspace, profile) = f.signed_in(Some(point)).await;
    let crashed = workspace.create_token(name, "batch", 1).await;
    assert!(crashed.is_err(), "the hook stops the create at {point:?}");
    assert_eq!(f.intents_left(), 1, "the intent is recorded at {point:?}");
    profile
}

#[tokio::test]
async fn a_create_killed_after_the_answer_is_reported_at_the_next_start_and_delete_it_removes_the_token()
 {
    let f = Fixture::new().await;
    let profile = killed_at(&f, CrashPoint::CreateAfterResponse, "Deploy bot").await;

    let app = f.open();
    let made = f.on_server(&app, "Deploy bot").await;
    assert_eq!(made.len(), 1, "Scriptix created it before the kill");
    let found = app.resume_creates().await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].outcome, InterruptedOutcome::KeyLost);
    assert_eq!(found[0].token_id.as_deref(), Some(made[0].as_str()));
    assert!(
        found[0].message.contains("“Deploy bot”")
            && found[0].message.contains("never reached this device"),
        "{}",
        found[0].message
    );
    // Until the user answers, every start (or re-mounted window) asks again, audited once.
    assert_eq!(app.resume_creates().await.unwrap(), found);
    assert_eq!(f.audited().len(), 1);

    let resolved = app
        .resolve_interrupted_create(found[0].id, true)
        .await
        .unwrap();
    assert!(resolved.done, "{}", resolved.message);
    assert!(f.on_server(&app, "Deploy bot").await.is_empty());
    assert!(!f.key_in_vault(&profile, &made[0]).await);
    assert!(app.resume_creates().await.unwrap().is_empty());
    assert_eq!(f.intents_left(), 0);
    let audited = f.audited();
    assert_eq!(audited.len(), 2, "{audited:?}");
    assert_eq!(audited[0].0.as_deref(), Some("Deploy bot"));
    assert!(audited[1].2.contains("deleted"), "{audited:?}");
    assert!(
        app.resolve_interrupted_create(found[0].id, true)
            .await
            .is_err(),
        "dealt with once"
    );
}

#[tokio::test]
async fn a_create_killed_before_the_request_reports_that_nothing_was_created() {
    let f = Fixture::new().await;
    killed_at(&f, CrashPoint::CreateAfterIntent, "Never sent").await;

    let app = f.open();
    let found = app.resume_creates().await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].outcome, InterruptedOutcome::NotCreated);
    assert!(found[0].message.contains("was not created"));
    assert!(f.on_server(&app, "Never sent").await.is_empty());
    assert_eq!(f.intents_left(), 0, "reported once, then cleared");
    assert_eq!(f.audited().len(), 1);
    // The same run still shows it (a re-mounted window); the next start does not.
    assert_eq!(app.resume_creates().await.unwrap(), found);
    drop(app);
    assert!(f.open().resume_creates().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_same_name_token_someone_else_created_is_never_adopted() {
    // Killed before sending: their token is new, has the name, is in the window — and is
    // still not ours.
    let f = Fixture::new().await;
    killed_at(&f, CrashPoint::CreateAfterIntent, "Shared name").await;
    let theirs = f.someone_else_creates("Shared name").await;
    let app = f.open();
    let found = app.resume_creates().await.unwrap();
    assert_eq!(found[0].outcome, InterruptedOutcome::NotCreated);
    assert_eq!(found[0].token_id, None);
    assert_eq!(f.on_server(&app, "Shared name").await, vec![theirs]);
}

#[tokio::test]
async fn a_create_killed_after_recording_the_answer_claims_only_the_recorded_token() {
    let f = Fixture::new().await;
    killed_at(&f, CrashPoint::CreateBeforeVault, "Recorded").await;
    let theirs = f.someone_else_creates("Recorded").await;
    let app = f.open();
    let both = f.on_server(&app, "Recorded").await;
    assert_eq!(both.len(), 2);
    let found = app.resume_creates().await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].outcome, InterruptedOutcome::KeyLost);
    let ours = found[0].token_id.clone().unwrap();
    assert_ne!(ours, theirs, "never theirs");
    assert!(both.contains(&ours));

    // "Keep it": nothing is deleted; the choice is audited and the question not asked again.
    let kept = app
        .resolve_interrupted_create(found[0].id, false)
        .await
        .unwrap();
    assert!(kept.done);
    assert_eq!(f.on_server(&app, "Recorded").await.len(), 2);
    assert!(app.resume_creates().await.unwrap().is_empty());
    assert!(f.audited().iter().any(|a| a.2.contains("kept by the user")));
}

#[tokio::test]
async fn two_candidates_for_an_unrecorded_answer_are_reported_and_nothing_is_deleted() {
    let f = Fixture::new().await;
    killed_at(&f, CrashPoint::CreateAfterResponse, "Twice").await;
    f.someone_else_creates("Twice").await;
    let app = f.open();
    let found = app.resume_creates().await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].outcome, InterruptedOutcome::Ambiguous);
    assert_eq!(found[0].token_id, None, "nothing to delete");
    assert!(found[0].message.contains("cannot tell"));
    assert_eq!(f.on_server(&app, "Twice").await.len(), 2);
    assert_eq!(f.intents_left(), 0);
}

#[tokio::test]
async fn a_refused_key_still_shown_when_the_app_died_is_reported_lost() {
    let f = Fixture::new().await;
    let (workspace, profile) = f.signed_in(None).await;
    f.vault.set_unavailable(true);
    let created =
        serde_json::to_value(workspace.create_token("Refused", "batch", 1).await.unwrap()).unwrap();
    assert_eq!(created["vaultSaved"], false);
    let key = created["key"].as_str().unwrap().to_owned();
    let token = created["token"]["id"].as_str().unwrap().to_owned();
    // The app dies while the reveal shows the key (never closed).
    drop(workspace);
    f.vault.set_unavailable(false);
    let database = std::fs::read(f.paths("me").database_file).unwrap();
    assert!(
        !database.windows(key.len()).any(|w| w == key.as_bytes()),
        "never a key in the database"
    );

    let app = f.open();
    let found = app.resume_creates().await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].outcome, InterruptedOutcome::KeyLost);
    assert_eq!(found[0].token_id.as_deref(), Some(token.as_str()));
    assert!(
        found[0].message.contains("vault had refused"),
        "{}",
        found[0].message
    );
    assert!(
        app.resolve_interrupted_create(found[0].id, true)
            .await
            .unwrap()
            .done
    );
    assert!(f.on_server(&app, "Refused").await.is_empty());
    assert!(!f.key_in_vault(&profile, &token).await);
}

#[tokio::test]
async fn a_create_that_finished_leaves_no_intent_and_a_saved_key_is_never_reported() {
    let f = Fixture::new().await;
    let (workspace, _) = f.signed_in(None).await;
    workspace.create_token("Shown", "batch", 1).await.unwrap();
    assert_eq!(f.intents_left(), 1, "followed until the reveal closes");
    workspace.close_reveal();
    assert_eq!(f.intents_left(), 0);
    // Killed while the reveal showed a key the vault holds: nothing was lost.
    workspace.create_token("Saved", "batch", 1).await.unwrap();
    drop(workspace);
    let app = f.open();
    assert!(app.resume_creates().await.unwrap().is_empty());
    assert_eq!(f.intents_left(), 0);
    assert!(f.audited().is_empty());
}

#[tokio::test]
async fn a_create_in_flight_in_this_run_is_never_reconciled_as_interrupted() {
    let f = Fixture::new().await;
    let (workspace, _) = f.signed_in(None).await;
    workspace
        .create_token("Open reveal", "batch", 1)
        .await
        .unwrap();
    // The window re-mounts and resumes while the reveal is still open.
    assert!(workspace.resume_creates().await.unwrap().is_empty());
    assert_eq!(f.intents_left(), 1);
}
