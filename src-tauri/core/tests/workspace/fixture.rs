//! The fixture of `workspace.rs` (moved from it).

use std::sync::Arc;

use scriptix_keys_core::api::ClientOptions;
use scriptix_keys_core::workspace::Workspace;
use scriptix_keys_core::{MemoryStore, Vault};
use scriptix_sandbox::SandboxHandle;
use tempfile::TempDir;

use crate::common::sandboxed::{add_profile, demo_sandbox, workspace_paths};

/// The demo sandbox in a temporary folder, the workspace's files beside it, and the
/// in-memory vault every workspace opened here shares (a reopen finds what was stored).
pub(super) struct Fixture {
    pub(super) sandbox: SandboxHandle,
    pub(super) dir: TempDir,
    pub(super) store: Arc<MemoryStore>,
}

impl Fixture {
    pub(super) async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let sandbox = demo_sandbox(dir.path()).await;
        Self {
            sandbox,
            dir,
            store: Arc::new(MemoryStore::new()),
        }
    }

    /// Opens the workspace (again), as the app does at start.
    pub(super) fn open(&self) -> Workspace {
        let paths = workspace_paths(self.dir.path());
        Workspace::open(
            paths,
            Vault::new(self.store.clone()),
            ClientOptions::default(),
        )
        .unwrap()
    }

    /// Adds a profile for the sandbox; returns its id.
    pub(super) fn add_profile(&self, workspace: &Workspace) -> String {
        add_profile(workspace, self.sandbox.url(), "Sandbox")
    }
}
