//! The 1Password hand-off through the workspace, against the real sandbox and an in-memory
//! vault, with a fake `op` on a PATH of the test's own (it records its arguments and stdin).
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::{Created, created_token};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use scriptix_keys_core::SecretStore;
use scriptix_keys_core::export::ExportFormat;
use scriptix_keys_core::export::op_cli::OpVault;
use scriptix_keys_core::store::DestinationKind;
use scriptix_keys_core::workspace::ExportView;
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
    let Created {
        sandbox,
        workspace,
        token,
        key,
        ..
    } = created_token(dir.path(), HOSTILE_NAME, "batch").await;

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

/// A stand-in `op` that keeps one item in `item.json`: `item create` stores the template it
/// reads on stdin (with an id), `item get` prints it, `item edit` replaces it with its stdin
/// and keeps the previous version in `history/` (as 1Password keeps item history).
fn install_stateful_op(bin: &Path) {
    let script = r#"#!/bin/sh
dir=$(dirname "$0")
for a in "$@"; do printf '%s\n' "$a" >> "$dir/argv"; done
printf -- '--\n' >> "$dir/argv"
env >> "$dir/env"
case "$1 $2" in
  "vault list") printf '[{"id":"abcdefghijklmnopqrstuvwxy1","name":"Private"}]' ;;
  "item create") cat > "$dir/item.json"; printf '{"id":"itemid0123456789abcdefghij"}' ;;
  "item get") [ "$3" = itemid0123456789abcdefghij ] || { echo "[ERROR] \"$3\" isn't an item in the \"Private\" vault." >&2; exit 1; }; cat "$dir/item.json" ;;
  "item edit") mkdir -p "$dir/history"; cp "$dir/item.json" "$dir/history/$(ls "$dir/history" | wc -l)"; cat > "$dir/item.json" ;;
  *) exit 2 ;;
esac
"#;
    let op = bin.join("op");
    std::fs::write(&op, script).unwrap();
    std::fs::set_permissions(&op, std::fs::Permissions::from_mode(0o755)).unwrap();
}

fn credential(item: &Value) -> String {
    item["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "credential")
        .unwrap()["value"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn update_all_puts_the_new_key_into_the_same_1password_item_through_op_stdin() {
    use scriptix_keys_core::rotation::RotationPlan;
    use scriptix_keys_core::workspace::UpdateOutcome;

    let dir = tempfile::tempdir().unwrap();
    let Created {
        sandbox,
        workspace,
        vault: memory,
        profile,
        token,
        ..
    } = created_token(dir.path(), "op rotated", "batch").await;
    workspace.close_reveal();
    let id = token.id.as_str().to_owned();
    let old_key = memory.get(&format!("key:{profile}:{id}")).unwrap().unwrap();
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    install_stateful_op(&bin);
    let path_var = std::env::join_paths([bin.clone()]).unwrap();
    workspace
        .export_to_1password(&id, "abcdefghijklmnopqrstuvwxy1", Some(&path_var))
        .await
        .unwrap();
    let created: Value =
        serde_json::from_str(&std::fs::read_to_string(bin.join("item.json")).unwrap()).unwrap();
    assert_eq!(credential(&created), old_key.expose());
    std::fs::write(bin.join("argv"), "").unwrap();

    let planned = workspace
        .rotation_plan(std::slice::from_ref(&id), &RotationPlan::default())
        .await
        .unwrap();
    let rotation = planned[0].id.clone();
    workspace.rotation_advance(&rotation).await.unwrap();
    workspace.close_reveal();
    let results = workspace
        .update_destinations(&rotation, Vec::new(), Some(path_var.clone()), None)
        .await
        .unwrap();
    assert_eq!(results.len(), 1, "{results:?}");
    assert_eq!(results[0].outcome, UpdateOutcome::Updated, "{results:?}");
    assert!(results[0].message.contains("history"), "{results:?}");

    let new_id = workspace
        .refresh_tokens()
        .await
        .unwrap()
        .tokens
        .iter()
        .find(|t| t.name.starts_with("op rotated (rotated"))
        .unwrap()
        .id
        .clone();
    let new_key = memory
        .get(&format!("key:{profile}:{new_id}"))
        .unwrap()
        .unwrap();
    assert_ne!(new_key.expose(), old_key.expose());
    let updated: Value =
        serde_json::from_str(&std::fs::read_to_string(bin.join("item.json")).unwrap()).unwrap();
    assert_eq!(credential(&updated), new_key.expose(), "the same item");
    let mut unchanged = updated.clone();
    unchanged["fields"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|f| f["id"] == "credential")
        .unwrap()["value"] = Value::String(old_key.expose().to_owned());
    assert_eq!(unchanged, created, "nothing else in the item changed");
    let history: Value =
        serde_json::from_str(&std::fs::read_to_string(bin.join("history/0")).unwrap()).unwrap();
    assert_eq!(credential(&history), old_key.expose());
    assert_eq!(
        std::fs::read_to_string(bin.join("argv")).unwrap(),
        "item\nget\nitemid0123456789abcdefghij\n--vault\nabcdefghijklmnopqrstuvwxy1\n--format\njson\n--reveal\n--\nitem\nedit\nitemid0123456789abcdefghij\n--vault\nabcdefghijklmnopqrstuvwxy1\n--\n"
    );
    let env = std::fs::read_to_string(bin.join("env")).unwrap();
    assert!(!env.contains(new_key.expose()) && !env.contains(old_key.expose()));
    // The new token's destinations name the same item, for the next rotation.
    let places = workspace.destinations(new_id.as_str()).unwrap();
    assert_eq!(places.len(), 1, "{places:?}");
    assert_eq!(places[0].item, "itemid0123456789abcdefghij");
    sandbox.shutdown().await;
}
