//! The 1Password hand-off through the workspace, against the real sandbox and an in-memory
//! vault, with a fake `op` on a PATH of the test's own (it records its arguments and stdin).
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::{demo_sandbox, sign_in_to, workspace_paths};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::sync::Arc;

use scriptix_keys_core::api::ClientOptions;
use scriptix_keys_core::export::ExportFormat;
use scriptix_keys_core::export::op_cli::OpVault;
use scriptix_keys_core::store::DestinationKind;
use scriptix_keys_core::workspace::{CreateView, ExportView, Workspace};
use scriptix_keys_core::{MemoryStore, SecretStore, Vault};
use serde_json::Value;

/// A name a shell (POSIX, cmd.exe or PowerShell) would run as code if it ever saw it.
const HOSTILE_NAME: &str = "\"& calc & \" $(touch pwned) `id` %COMSPEC% '; rm -rf ~; '";

fn install_fake_op(bin: &Path) {
    let script = r#"#!/bin/sh
dir=$(dirname "$0")
for a in "$@"; do printf '%s\n' "$a" >> "$dir/argv"; done
printf -- '--\n' >> "$dir/argv"
case "$1 $2" in
  "vault list") printf '[{"id":"abcdefghijklmnopqrstuvwxy1","name":"Private"}]' ;;
  "item create") cat > "$dir/stdin"; printf '{"id":"newitemid"}' ;;
  *) exit 2 ;;
esac
"#;
    let op = bin.join("op");
    std::fs::write(&op, script).unwrap();
    std::fs::set_permissions(&op, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[tokio::test]
async fn a_key_goes_to_1password_through_op_stdin_and_never_through_a_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let sandbox = demo_sandbox(dir.path()).await;
    let memory = Arc::new(MemoryStore::new());
    let paths = workspace_paths(dir.path());
    let workspace =
        Workspace::open(paths, Vault::new(memory.clone()), ClientOptions::default()).unwrap();
    let profile = sign_in_to(&workspace, sandbox.url(), "Sandbox").await;
    let CreateView::Created { token, .. } = workspace
        .create_token(HOSTILE_NAME, "batch", 1)
        .await
        .unwrap()
    else {
        panic!("not created");
    };
    let key = memory
        .get(&format!("key:{profile}:{}", token.id))
        .unwrap()
        .unwrap();

    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let path_var = std::env::join_paths([dir.path().join("empty"), bin.clone()]).unwrap();

    // Without op on the PATH the window is told so (and offers the template file).
    let none = workspace.op_vaults(Some(dir.path().join("empty").as_os_str()));
    assert!(!none.available && none.vaults.is_empty());

    install_fake_op(&bin);
    let vaults = workspace.op_vaults(Some(&path_var));
    assert!(vaults.available);
    assert_eq!(
        vaults.vaults,
        [OpVault {
            id: "abcdefghijklmnopqrstuvwxy1".into(),
            name: "Private".into()
        }]
    );
    let view = workspace
        .export_to_1password(
            token.id.as_str(),
            "abcdefghijklmnopqrstuvwxy1",
            Some(&path_var),
        )
        .await
        .unwrap();
    assert_eq!(view, ExportView::AddedToOnePassword);

    let argv = std::fs::read_to_string(bin.join("argv")).unwrap();
    assert!(!argv.contains(key.expose()), "the key is never an argument");
    assert!(
        !argv.contains("calc") && !argv.contains("pwned"),
        "nor is the name"
    );
    assert_eq!(
        argv,
        "vault\nlist\n--format\njson\n--\nitem\ncreate\n--vault\nabcdefghijklmnopqrstuvwxy1\n--format\njson\n-\n--\n"
    );
    let item: Value =
        serde_json::from_str(&std::fs::read_to_string(bin.join("stdin")).unwrap()).unwrap();
    assert_eq!(item["title"], HOSTILE_NAME);
    assert!(
        item["fields"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["type"] == "CONCEALED" && f["value"] == key.expose())
    );
    assert!(!bin.join("pwned").exists() && !dir.path().join("pwned").exists());
    let places = workspace.destinations(token.id.as_str()).unwrap();
    assert_eq!(places.len(), 1, "{places:?}");
    assert_eq!(places[0].kind, DestinationKind::OnePassword);
    assert_eq!(places[0].location, "abcdefghijklmnopqrstuvwxy1");
    assert_eq!(
        places[0].item, "newitemid",
        "the item op created is remembered"
    );

    // Without op: the template is saved owner-only, and the command reads the file.
    let file = dir.path().join("out").join("item.json");
    std::fs::create_dir(file.parent().unwrap()).unwrap();
    let saved = workspace
        .export_key(
            token.id.as_str(),
            ExportFormat::OnePasswordCli,
            None,
            Some(&file),
            || {},
        )
        .await
        .unwrap();
    let ExportView::Saved {
        command: Some(command),
        ..
    } = saved
    else {
        panic!("{saved:?}");
    };
    assert_eq!(
        command,
        format!("op item create --template \"{}\"", file.display())
    );
    assert!(!command.contains(key.expose()) && !command.contains("calc"));
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let saved_item: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(saved_item["title"], HOSTILE_NAME);
    sandbox.shutdown().await;
}
