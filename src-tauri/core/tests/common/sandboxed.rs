//! How the workspace tests start: the demo-seeded sandbox in a temporary folder, a
//! workspace's files beside it, and a profile for it signed in as the demo developer.

use std::path::Path;

use scriptix_keys_core::Secret;
use scriptix_keys_core::profiles::ProfileInput;
use scriptix_keys_core::workspace::{Workspace, WorkspacePaths};
use scriptix_sandbox::{Config, Sandbox, SandboxHandle, Seed, demo};

/// The sandbox with the demo seed, its database in `dir`.
pub async fn demo_sandbox(dir: &Path) -> SandboxHandle {
    let mut config = Config::new(dir.join("sandbox.sqlite3"));
    config.seed = Some(Seed::Demo);
    Sandbox::start(config).await.unwrap()
}

/// A workspace's profiles file and database under `dir` (as the app lays them out).
pub fn workspace_paths(dir: &Path) -> WorkspacePaths {
    WorkspacePaths {
        profiles_file: dir.join("config").join("profiles.json"),
        database_file: dir.join("data").join("scriptix-keys.sqlite3"),
    }
}

/// Adds a profile named `name` for `base_url` and signs it in as the demo developer
/// (remembered in the vault); returns the profile id.
pub async fn sign_in_to(workspace: &Workspace, base_url: &str, name: &str) -> String {
    let profile = workspace
        .save_profile(ProfileInput {
            id: None,
            name: name.into(),
            base_url: base_url.to_owned(),
            username: String::new(),
        })
        .unwrap()
        .active_profile_id
        .unwrap();
    workspace
        .sign_in(
            &profile,
            demo::DEV_EMAIL,
            Secret::new(demo::PASSWORD.into()),
            true,
        )
        .await
        .unwrap();
    profile
}
