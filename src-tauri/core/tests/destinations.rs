//! Every hand-off is remembered as a destination (kind, path or vault/item, when), never
//! with the key: through the workspace, against the real sandbox and an in-memory vault.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::{demo_sandbox, sign_in_to, workspace_paths};
use std::sync::Arc;

use scriptix_keys_core::api::ClientOptions;
use scriptix_keys_core::export::ExportFormat;
use scriptix_keys_core::store::DestinationKind;
use scriptix_keys_core::workspace::{CreateView, Workspace};
use scriptix_keys_core::{MemoryStore, SecretStore, Vault};

#[tokio::test]
async fn file_hand_offs_are_remembered_by_kind_path_and_variable_and_never_with_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let sandbox = demo_sandbox(dir.path()).await;
    let memory = Arc::new(MemoryStore::new());
    let paths = workspace_paths(dir.path());
    let database = paths.database_file.clone();
    let workspace =
        Workspace::open(paths, Vault::new(memory.clone()), ClientOptions::default()).unwrap();
    let profile = sign_in_to(&workspace, sandbox.url(), "Sandbox").await;
    let CreateView::Created { token, .. } = workspace
        .create_token("billing worker", "batch", 1)
        .await
        .unwrap()
    else {
        panic!("not created");
    };
    let key = memory
        .get(&format!("key:{profile}:{}", token.id))
        .unwrap()
        .unwrap();
    let id = token.id.as_str();
    assert!(workspace.destinations(id).unwrap().is_empty());

    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let env = out.join(".env");
    let csv = out.join("bitwarden.csv");
    workspace
        .export_key(
            id,
            ExportFormat::EnvFile,
            Some("BILLING_KEY"),
            Some(&env),
            || {},
        )
        .await
        .unwrap();
    workspace
        .export_key(id, ExportFormat::BitwardenCsv, None, Some(&csv), || {})
        .await
        .unwrap();
    // The clipboard is no destination, and a cancelled dialog records nothing.
    workspace
        .export_key(id, ExportFormat::KeepassxcCsv, None, None, || {})
        .await
        .unwrap();

    let places = workspace.destinations(id).unwrap();
    assert_eq!(places.len(), 2, "{places:?}");
    assert_eq!(places[0].kind, DestinationKind::BitwardenCsv);
    assert_eq!(places[0].location, csv.display().to_string());
    assert_eq!(places[0].variable, "");
    assert_eq!(places[1].kind, DestinationKind::EnvFile);
    assert_eq!(places[1].location, env.display().to_string());
    assert_eq!(places[1].variable, "BILLING_KEY");

    drop(workspace);
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(database.parent().unwrap()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            bytes.extend(std::fs::read(path).unwrap());
        }
    }
    let needle = key.expose().as_bytes();
    assert!(
        bytes
            .windows(b"bitwarden.csv".len())
            .any(|w| w == b"bitwarden.csv"),
        "the scan sees the destinations"
    );
    assert!(!bytes.windows(needle.len()).any(|w| w == needle));
    sandbox.shutdown().await;
}
