//! How the workspace tests start: the demo-seeded sandbox in a temporary folder, a
//! workspace's files beside it, and a profile for it signed in as the demo developer.

use std::path::Path;
use std::sync::Arc;

use scriptix_keys_core::api::ClientOptions;
use scriptix_keys_core::profiles::ProfileInput;
use scriptix_keys_core::view::TokenView;
use scriptix_keys_core::workspace::{CreateView, Workspace, WorkspacePaths};
use scriptix_keys_core::{MemoryStore, Secret, SecretStore, Vault};
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

/// A workspace with its files under `dir`, an in-memory vault and the default client options.
pub fn open_workspace(dir: &Path) -> Workspace {
    Workspace::open(
        workspace_paths(dir),
        Vault::new(Arc::new(MemoryStore::new())),
        ClientOptions::default(),
    )
    .unwrap()
}

/// Adds a profile named `name` for `base_url` (the active one now); returns its id.
pub fn add_profile(workspace: &Workspace, base_url: &str, name: &str) -> String {
    workspace
        .save_profile(ProfileInput {
            id: None,
            name: name.into(),
            base_url: base_url.to_owned(),
            username: String::new(),
        })
        .unwrap()
        .active_profile_id
        .unwrap()
}

/// Adds a profile named `name` for `base_url` and signs it in as the demo developer
/// (remembered in the vault); returns the profile id.
pub async fn sign_in_to(workspace: &Workspace, base_url: &str, name: &str) -> String {
    let profile = add_profile(workspace, base_url, name);
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

/// What [`created_token`] sets up.
pub struct Created {
    pub sandbox: SandboxHandle,
    pub workspace: Workspace,
    /// The in-memory vault behind the workspace (read it to see what was stored).
    pub vault: Arc<MemoryStore>,
    pub profile: String,
    pub token: TokenView,
    /// The new token's key, as the vault holds it.
    pub key: Secret,
}

/// The demo sandbox and a workspace beside it in `dir` (an in-memory vault), signed in as
/// the demo developer, with one token named `name` of `token_type` created there (one year);
/// the vault holds its key. The hand-off tests start here.
pub async fn created_token(dir: &Path, name: &str, token_type: &str) -> Created {
    let sandbox = demo_sandbox(dir).await;
    let vault = Arc::new(MemoryStore::new());
    let workspace = Workspace::open(
        workspace_paths(dir),
        Vault::new(vault.clone()),
        ClientOptions::default(),
    )
    .unwrap();
    let profile = sign_in_to(&workspace, sandbox.url(), "Sandbox").await;
    let CreateView::Created { token, .. } =
        workspace.create_token(name, token_type, 1).await.unwrap()
    else {
        panic!("not created");
    };
    let key = vault
        .get(&format!("key:{profile}:{}", token.id))
        .unwrap()
        .unwrap();
    Created {
        sandbox,
        workspace,
        vault,
        profile,
        token,
        key,
    }
}
