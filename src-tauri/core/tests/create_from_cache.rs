//! A create takes "what existed before" from the list the user just looked at (the cached
//! list, fresh and with every creation time) instead of listing every token first, the one
//! step that grew with the list. An old cache, or one without creation times, still lists
//! first; and a lost answer is still reconciled without ever taking a token that was there
//! before.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::{demo_sandbox, open_workspace, sign_in_to, workspace_paths};

use scriptix_keys_core::Store;
use scriptix_keys_core::workspace::Workspace;
use scriptix_sandbox::{FaultKind, FaultRule, SandboxHandle};
use serde_json::Value;
use tempfile::TempDir;

struct Fixture {
    sandbox: SandboxHandle,
    dir: TempDir,
    workspace: Workspace,
    profile: String,
}

impl Fixture {
    async fn signed_in() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let sandbox = demo_sandbox(dir.path()).await;
        let workspace = open_workspace(dir.path());
        let profile = sign_in_to(&workspace, sandbox.url(), "Sandbox").await;
        Self {
            sandbox,
            dir,
            workspace,
            profile,
        }
    }

    /// Every request for the token list now fails (400): a create that lists first fails.
    fn refuse_lists(&self) {
        self.sandbox
            .faults()
            .add(
                FaultRule::new(FaultKind::Status { status: 400 })
                    .on_method("GET")
                    .on_path("/api/v3/tokens"),
            )
            .unwrap();
    }

    /// Moves the cached list's fetch time `minutes` into the past.
    fn age_cache(&self, minutes: i64) {
        let db =
            rusqlite::Connection::open(workspace_paths(self.dir.path()).database_file).unwrap();
        let at = (chrono::Utc::now() - chrono::Duration::minutes(minutes)).to_rfc3339();
        db.execute(
            "UPDATE list_cache SET fetched_at = ?1 WHERE profile_id = ?2",
            rusqlite::params![at, self.profile],
        )
        .unwrap();
    }

    async fn create(&self, name: &str) -> Result<Value, String> {
        let created = self.workspace.create_token(name, "batch", 1).await;
        self.workspace.close_reveal();
        created
            .map(|view| serde_json::to_value(view).unwrap())
            .map_err(|e| e.to_string())
    }
}

#[tokio::test]
async fn a_create_right_after_the_list_was_shown_does_not_list_every_token_again() {
    let f = Fixture::signed_in().await;
    f.workspace.refresh_tokens().await.unwrap();
    f.refuse_lists();
    let created = f
        .create("Fresh cache")
        .await
        .expect("created without a list");
    assert_eq!(created["outcome"], "created", "{created}");
    // The new token is in the cached list at once (a restart shows it offline).
    let cached = serde_json::to_value(f.workspace.cached_tokens().unwrap().unwrap()).unwrap();
    let names: Vec<&str> = cached["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert!(names.contains(&"Fresh cache"), "{names:?}");
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn an_old_cached_list_is_not_trusted_and_the_create_lists_first() {
    let f = Fixture::signed_in().await;
    f.workspace.refresh_tokens().await.unwrap();
    f.age_cache(30);
    f.refuse_lists();
    let error = f
        .create("Old cache")
        .await
        .expect_err("the list was asked first");
    assert!(!error.is_empty());
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_cached_list_without_creation_times_is_not_trusted_and_the_create_lists_first() {
    let f = Fixture::signed_in().await;
    f.workspace.refresh_tokens().await.unwrap();
    // The list as a server that omits one creation time would have given it.
    let store = Store::open(workspace_paths(f.dir.path()).database_file).unwrap();
    let mut cached = store.load_list_cache(&f.profile).unwrap().unwrap();
    cached.tokens[0].created_at = None;
    store
        .save_list_cache(&f.profile, &cached.tokens, cached.fetched_at)
        .unwrap();
    f.refuse_lists();
    f.create("Undated cache")
        .await
        .expect_err("a server without creation times: the list was asked first");
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_lost_answer_after_a_cached_create_finds_the_new_token_and_never_one_that_was_there() {
    let f = Fixture::signed_in().await;
    // A token of the same name was there before (and is in the cached list).
    f.create("Same name").await.unwrap();
    f.workspace.refresh_tokens().await.unwrap();
    let before = f.workspace.refresh_tokens().await.unwrap();
    let before = serde_json::to_value(before).unwrap();
    let old_id = before["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "Same name")
        .map(|t| t["id"].clone())
        .unwrap();
    // The server creates the token, then the connection drops before the answer.
    f.sandbox
        .faults()
        .add(
            FaultRule::new(FaultKind::DropAfter)
                .on_method("POST")
                .on_path("/api/v3/tokens")
                .times(1),
        )
        .unwrap();
    let lost = f.create("Same name").await.unwrap();
    assert_eq!(lost["outcome"], "keyLost", "{lost}");
    assert_ne!(
        lost["token"]["id"], old_id,
        "never the token that was there before"
    );
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_lost_answer_never_takes_the_token_this_app_created_just_before_under_the_same_name() {
    let f = Fixture::signed_in().await;
    f.workspace.refresh_tokens().await.unwrap();
    // Created from the cached list, and added to it without a new list.
    let first = f.create("Twice").await.unwrap();
    assert_eq!(first["outcome"], "created", "{first}");
    f.sandbox
        .faults()
        .add(
            FaultRule::new(FaultKind::DropBefore)
                .on_method("POST")
                .on_path("/api/v3/tokens")
                .times(1),
        )
        .unwrap();
    // The second create never reaches Scriptix; the list then holds only the first.
    let lost = f.create("Twice").await.unwrap();
    assert_eq!(
        lost["outcome"], "notCreated",
        "never the token created a moment before: {lost}"
    );
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_cached_list_dated_ahead_of_the_clock_is_not_trusted_and_the_create_lists_first() {
    let f = Fixture::signed_in().await;
    f.workspace.refresh_tokens().await.unwrap();
    // The clock was set back after the fetch: the list's age cannot be told.
    f.age_cache(-30);
    f.refuse_lists();
    f.create("Future cache")
        .await
        .expect_err("the list was asked first");
    f.sandbox.shutdown().await;
}
