//! The cached list read for the start's first frame answers the window's first ask for it
//! (`Workspace::keep_cached_tokens`): once, and only while nothing was written to the store
//! (by the app or any other connection) and the workspace's clock has moved less than
//! `KEPT_FOR`. Each test keeps a list that differs from the store's, so it shows which one
//! answered.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::Arc;

use chrono::Utc;
use common::sandboxed::{demo_sandbox, sign_in_to, workspace_paths};
use scriptix_keys_core::clock::ManualClock;
use scriptix_keys_core::store::notes::TokenNotes;
use scriptix_keys_core::vault::{MemoryStore, Vault};
use scriptix_keys_core::workspace::{KEPT_FOR, Workspace};
use scriptix_sandbox::SandboxHandle;
use tempfile::TempDir;

struct Fixture {
    _sandbox: SandboxHandle,
    dir: TempDir,
    clock: Arc<ManualClock>,
    workspace: Workspace,
}

impl Fixture {
    async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let sandbox = demo_sandbox(dir.path()).await;
        let clock = Arc::new(ManualClock::new(Utc::now()));
        let workspace = Workspace::open(
            workspace_paths(dir.path()),
            Vault::new(Arc::new(MemoryStore::new())),
            common::fast_options(),
        )
        .unwrap()
        .with_clock(clock.clone());
        sign_in_to(&workspace, sandbox.url(), "Sandbox").await;
        workspace.refresh_tokens().await.unwrap();
        Self {
            _sandbox: sandbox,
            dir,
            clock,
            workspace,
        }
    }

    /// Reads the list as the start does and keeps it with its first token renamed "Kept".
    fn keep_marked_list(&self) {
        let (mark, mut list) = self.workspace.cached_tokens_marked().unwrap().unwrap();
        list.tokens[0].name = "Kept".into();
        self.workspace.keep_cached_tokens(mark, list);
    }

    fn first_name(&self) -> String {
        let list = self.workspace.cached_tokens().unwrap().unwrap();
        list.tokens[0].name.clone()
    }
}

#[tokio::test]
async fn the_list_read_for_the_start_answers_the_first_ask_once() {
    let f = Fixture::new().await;
    let stored = f.first_name();
    f.keep_marked_list();
    f.clock.advance(chrono::Duration::seconds(2));
    assert_eq!(f.first_name(), "Kept", "the kept list answers");
    assert_eq!(f.first_name(), stored, "then the store answers again");
}

#[tokio::test]
async fn a_write_by_the_app_since_the_read_means_a_fresh_read() {
    let f = Fixture::new().await;
    f.keep_marked_list();
    let id = f
        .workspace
        .cached_tokens_marked()
        .unwrap()
        .unwrap()
        .1
        .tokens[0]
        .id
        .to_string();
    let notes = TokenNotes {
        description: String::new(),
        environment: "staging".into(),
        used_by: "worker".into(),
        owner: String::new(),
        updated_at: None,
    };
    f.workspace.save_notes(&id, notes).unwrap();
    let list = f.workspace.cached_tokens().unwrap().unwrap();
    assert_ne!(list.tokens[0].name, "Kept");
    let token = list.tokens.iter().find(|t| t.id.to_string() == id).unwrap();
    assert_eq!(token.notes.as_ref().unwrap().environment, "staging");
}

#[tokio::test]
async fn a_write_by_another_connection_since_the_read_means_a_fresh_read() {
    let f = Fixture::new().await;
    f.keep_marked_list();
    let other = rusqlite::Connection::open(workspace_paths(f.dir.path()).database_file).unwrap();
    let at = (Utc::now() - chrono::Duration::minutes(5)).to_rfc3339();
    other
        .execute("UPDATE list_cache SET fetched_at = ?1", [at])
        .unwrap();
    assert_ne!(f.first_name(), "Kept");
}

#[tokio::test]
async fn a_list_kept_too_long_ago_or_from_another_moment_is_read_again() {
    let f = Fixture::new().await;
    f.keep_marked_list();
    f.clock
        .advance(KEPT_FOR + chrono::Duration::milliseconds(1));
    assert_ne!(f.first_name(), "Kept", "older than KEPT_FOR");
    f.keep_marked_list();
    f.clock.advance(chrono::Duration::seconds(-1));
    assert_ne!(f.first_name(), "Kept", "the clock went back");
}
