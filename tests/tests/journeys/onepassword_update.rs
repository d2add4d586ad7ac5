//! After a rotation, "Update all" puts the new key into the same 1Password item the old key
//! was added to, through a recording stand-in for `op` on the app's PATH that keeps the
//! item (and its previous versions, as 1Password's item history does): `op item get`, then
//! `op item edit` with the item on stdin; the key is never in an argument.

use std::os::unix::fs::PermissionsExt;

use scriptix_keys_e2e::AppDirs;
use scriptix_sandbox::demo;
use thirtyfour::prelude::*;

use super::support::{
    Signed, click_row_action, create, reveal_copy_and_close, row_id, shown_key,
    signed_in_to_sandbox_with,
};
use super::{assert_no_secrets_on_disk, vault_session};

const VAULT: &str = "abcdefghijklmnopqrstuvwxy1";
const ITEM: &str = "itemid0123456789abcdefghij";

fn install_stateful_op(bin: &std::path::Path) {
    let script = format!(
        r#"#!/bin/sh
dir=$(dirname "$0")
for a in "$@"; do printf '%s\n' "$a" >> "$dir/argv"; done
printf -- '--\n' >> "$dir/argv"
case "$1 $2" in
  "vault list") printf '[{{"id":"{VAULT}","name":"Private"}}]' ;;
  "item create") cat > "$dir/item.json"; printf '{{"id":"{ITEM}"}}' ;;
  "item get") cat "$dir/item.json" ;;
  "item edit") mkdir -p "$dir/history"; cp "$dir/item.json" "$dir/history/$(ls "$dir/history" | wc -l)"; cat > "$dir/item.json" ;;
  *) exit 2 ;;
esac
"#
    );
    let op = bin.join("op");
    std::fs::write(&op, script).unwrap();
    std::fs::set_permissions(&op, std::fs::Permissions::from_mode(0o755)).unwrap();
}

fn credential(path: &std::path::Path) -> String {
    let item: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
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

#[tokio::test(flavor = "multi_thread")]
async fn after_a_rotation_update_all_puts_the_new_key_into_the_same_1password_item() {
    let bin = tempfile::tempdir().unwrap();
    install_stateful_op(bin.path());
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox_with(demo::ADMIN_EMAIL, AppDirs::new(), &[("PATH", &path)]).await;
    create(&app, "In 1Password", "batch", 1).await;
    let old_key = reveal_copy_and_close(&app).await;
    let id = row_id(&app, "In 1Password").await;

    click_row_action(&app, &id, "row-export").await;
    app.id("export-dialog").await;
    app.click("export-format-onePasswordCli").await;
    app.click("export-submit").await;
    app.wait_text("export-submit", |t| t == "Add to 1Password")
        .await;
    app.click("export-submit").await;
    app.wait_text("export-added", |t| !t.is_empty()).await;
    app.click("export-cancel").await;
    assert_eq!(credential(&bin.path().join("item.json")), old_key);
    std::fs::write(bin.path().join("argv"), "").unwrap();

    click_row_action(&app, &id, "row-rotate").await;
    app.click("rotation-submit").await;
    let new_key = shown_key(&app, "rotation-reveal-key").await;
    assert_ne!(new_key, old_key);
    app.click("rotation-continue").await;
    app.id("rotation-update-all").await;
    app.wait_text("rotation-destination-list", |t| t.contains("1Password"))
        .await;
    app.click("rotation-update-all").await;
    let results = app
        .wait_text("update-results", |t| t.contains("Updated"))
        .await;
    assert!(results.contains("1Password item"), "{results}");
    assert!(!results.contains(&new_key), "{results}");
    app.screenshot("rotation-update-1password").await;
    let updated = app
        .driver
        .find_all(By::Css(
            "[data-testid=\"update-result\"][data-outcome=\"updated\"][data-kind=\"onePassword\"]",
        ))
        .await
        .unwrap();
    assert_eq!(updated.len(), 1);

    assert_eq!(
        credential(&bin.path().join("item.json")),
        new_key,
        "the same item holds the new key"
    );
    assert_eq!(
        credential(&bin.path().join("history/0")),
        old_key,
        "the previous version is in the item's history"
    );
    let argv = std::fs::read_to_string(bin.path().join("argv")).unwrap();
    assert_eq!(
        argv,
        format!(
            "item\nget\n{ITEM}\n--vault\n{VAULT}\n--format\njson\n--reveal\n--\nitem\nedit\n{ITEM}\n--vault\n{VAULT}\n--\n"
        )
    );
    app.click("rotation-done").await;

    let session = vault_session(&dirs).expect("session");
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &[old_key, new_key, session]);
    sandbox.shutdown().await;
}
