//! Hand-off and records: export to a `.env` file through the save dialog, local notes that
//! survive a restart and feed the filter, and the audit log of a create → copy → delete.

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use scriptix_keys_e2e::{App, AppDirs, answer_native_dialog, answer_save_dialog};
use scriptix_sandbox::demo;
use thirtyfour::prelude::*;

use super::support::{
    Signed, create, open_row_menu, reveal_copy_and_close, row_id, signed_in_to_sandbox,
    signed_in_to_sandbox_with, wait_row_count,
};
use super::{assert_no_secrets_on_disk, vault_session};

#[tokio::test(flavor = "multi_thread")]
async fn a_dotenv_export_goes_through_the_save_dialog_into_an_owner_only_file_and_nowhere_else() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    create(&app, "Exported key", "batch", 1).await;
    let key = reveal_copy_and_close(&app).await;
    let id = row_id(&app, "Exported key").await;

    // A project folder under git, with no .gitignore: the app must warn.
    let project = tempfile::tempdir().unwrap();
    std::fs::create_dir(project.path().join(".git")).unwrap();
    let target = project.path().join("service.env");
    std::fs::write(&target, "OTHER_SETTING=1\n").unwrap();

    let row = open_row_menu(&app, &id).await;
    row.find(By::Css("[data-testid=\"row-export\"]"))
        .await
        .expect("export item")
        .click()
        .await
        .unwrap();
    app.id("export-dialog").await;
    app.click("export-format-envFile").await;
    app.id("export-note").await;
    app.click("export-submit").await;
    answer_save_dialog("Save the key", &target).await;
    app.wait_text("export-saved", |t| t.contains("service.env"))
        .await;
    let warning = app.wait_text("export-warning", |t| !t.is_empty()).await;
    assert!(warning.contains(".gitignore"), "warns about git: {warning}");
    app.screenshot("export-saved").await;
    app.axe("export-saved").await;

    let content = std::fs::read_to_string(&target).unwrap();
    assert_eq!(
        content,
        format!("OTHER_SETTING=1\nSCRIPTIX_API_TOKEN={key}\n"),
        "other lines kept, key appended"
    );
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "owner-only file");

    // The token's details remember where the key went (the place, never the key).
    app.click("export-cancel").await;
    let row = open_row_menu(&app, &id).await;
    row.find(By::Css("[data-testid=\"row-details\"]"))
        .await
        .expect("details item")
        .click()
        .await
        .unwrap();
    app.id("details-panel").await;
    let place = app
        .wait_text("destinations-list", |t| t.contains("service.env"))
        .await;
    assert!(place.contains(".env file"), "{place}");
    assert!(place.contains("SCRIPTIX_API_TOKEN in "), "{place}");
    assert!(!place.contains(&key), "{place}");
    app.screenshot("details-destinations").await;
    app.click("details-close").await;

    let session = vault_session(&dirs).expect("session");
    app.quit().await;
    // The exported file is the only place on disk the key was written.
    assert_no_secrets_on_disk(&dirs, &[key, session]);
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn notes_survive_a_restart_and_the_filter_finds_a_token_by_what_uses_it() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    let id = row_id(&app, "Podcast pipeline").await;
    let row = open_row_menu(&app, &id).await;
    row.find(By::Css("[data-testid=\"row-details\"]"))
        .await
        .expect("details item")
        .click()
        .await
        .unwrap();
    app.id("details-panel").await;
    app.type_into("notes-used-by", "billing-worker on prod-eu-1")
        .await;
    app.type_into("notes-owner", "Platform team").await;
    app.id("notes-environment")
        .await
        .find(By::Css("option[value=\"production\"]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.click("notes-save").await;
    app.wait_text("notes-status", |t| t.contains("saved")).await;
    app.screenshot("details-notes").await;
    app.axe("details-notes").await;
    app.click("details-close").await;
    app.quit().await;

    let app = App::launch(&dirs).await;
    app.wait_screen("main").await;
    wait_row_count(&app, 12).await;
    // What the row says under the name (read from the DOM: the line is ellipsised).
    let script = format!(
        r#"const e = document.querySelector('[data-token-id="{id}"] [data-testid="token-used-by"]');
           return e ? e.textContent : null;"#
    );
    let started = std::time::Instant::now();
    let used_by = loop {
        let text = app
            .driver
            .execute(&script, Vec::new())
            .await
            .unwrap()
            .json()
            .as_str()
            .map(str::to_owned);
        match text {
            Some(t) if t.contains("billing-worker") => break t,
            other => assert!(
                started.elapsed() < Duration::from_secs(15),
                "notes not shown after a restart: {other:?}"
            ),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(used_by.contains("prod-eu-1"));
    app.type_into("token-filter", "billing-worker").await;
    wait_row_count(&app, 1).await;
    assert_eq!(row_id(&app, "Podcast pipeline").await, id);
    app.quit().await;
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_activity_view_lists_create_copy_delete_in_order_and_exports_csv() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    create(&app, "Audited key", "realtime", 1).await;
    let key = reveal_copy_and_close(&app).await;
    let id = row_id(&app, "Audited key").await;
    let row = open_row_menu(&app, &id).await;
    row.find(By::Css("[data-testid=\"row-delete\"]"))
        .await
        .expect("delete item")
        .click()
        .await
        .unwrap();
    answer_native_dialog("Delete token", "Return").await;
    wait_row_count(&app, 12).await;

    super::support::account_action(&app, "activity-open").await;
    app.id("audit-view").await;
    app.wait_text("audit-integrity", |t| t.to_lowercase().contains("intact"))
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let script = r#"return [...document.querySelectorAll('[data-testid="audit-row"]')].map(r => r.dataset.action)"#;
    let actions = super::support::script_strings(&app, script).await;
    assert_eq!(
        &actions[..5],
        ["delete", "copy", "reveal", "create", "signIn"],
        "newest first: {actions:?}"
    );
    app.screenshot("activity").await;
    app.axe("activity").await;

    let out = tempfile::tempdir().unwrap();
    let csv_path = out.path().join("activity.csv");
    app.click("audit-export").await;
    answer_save_dialog("Save the activity log", &csv_path).await;
    app.wait_text("audit-export-status", |t| t.contains("activity.csv"))
        .await;
    let csv = std::fs::read_to_string(&csv_path).unwrap();
    assert!(csv.lines().count() >= 6, "header and the five acts:\n{csv}");
    assert!(csv.contains("Audited key") && csv.contains("delete"));
    assert!(!csv.contains(&key), "no key in the audit log");
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &[key]);
    sandbox.shutdown().await;
}

/// A fake 1Password `op` in `bin`: records each call's arguments (one per line, then `--`)
/// and the stdin of `item create`, and lists two vaults.
fn install_fake_op(bin: &std::path::Path) {
    let script = r#"#!/bin/sh
dir=$(dirname "$0")
for a in "$@"; do printf '%s\n' "$a" >> "$dir/argv"; done
printf -- '--\n' >> "$dir/argv"
case "$1 $2" in
  "vault list") printf '[{"id":"abcdefghijklmnopqrstuvwxy1","name":"Private"},{"id":"zyxwvutsrqponmlkjihgfedcb2","name":"Ops <b>team</b>"}]' ;;
  "item create") cat > "$dir/stdin"; printf '{"id":"newitemid"}' ;;
  *) exit 2 ;;
esac
"#;
    let op = bin.join("op");
    std::fs::write(&op, script).unwrap();
    std::fs::set_permissions(&op, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_1password_export_picks_a_vault_by_keyboard_and_hands_the_key_to_op_on_stdin_only() {
    let bin = tempfile::tempdir().unwrap();
    install_fake_op(bin.path());
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
    } = signed_in_to_sandbox_with(demo::DEV_EMAIL, AppDirs::new(), &[("PATH", &path)]).await;
    let name = "Ops $(touch pwned) & \"calc\"";
    create(&app, name, "batch", 1).await;
    let key = reveal_copy_and_close(&app).await;
    let id = row_id(&app, name).await;

    let row = open_row_menu(&app, &id).await;
    row.find(By::Css("[data-testid=\"row-export\"]"))
        .await
        .expect("export item")
        .click()
        .await
        .unwrap();
    app.id("export-dialog").await;
    app.click("export-format-onePasswordCli").await;
    app.click("export-submit").await;
    let vaults = app
        .wait_text("export-op-vaults", |t| t.contains("Ops <b>team</b>"))
        .await;
    assert!(vaults.contains("Private"), "{vaults}");
    let submit = app
        .wait_text("export-submit", |t| t == "Add to 1Password")
        .await;
    assert_eq!(submit, "Add to 1Password");
    // Focus is on the first vault; the arrow key chooses the second.
    app.driver
        .active_element()
        .await
        .unwrap()
        .send_keys(Key::Down)
        .await
        .unwrap();
    app.screenshot("export-1password-vaults").await;
    app.click("export-submit").await;
    let added = app.wait_text("export-added", |t| !t.is_empty()).await;
    assert_eq!(added, "Added to 1Password (vault “Ops <b>team</b>”).");
    app.wait_text("export-submit", |t| t == "Export").await;
    app.screenshot("export-1password-added").await;

    let argv = std::fs::read_to_string(bin.path().join("argv")).unwrap();
    assert_eq!(
        argv,
        "vault\nlist\n--format\njson\n--\nitem\ncreate\n--vault\nzyxwvutsrqponmlkjihgfedcb2\n--format\njson\n-\n--\n",
        "fixed words and the chosen vault id only"
    );
    assert!(!argv.contains(&key));
    let item: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(bin.path().join("stdin")).unwrap()).unwrap();
    assert_eq!(item["title"], name);
    assert!(
        item.to_string().contains(&key),
        "the key reached op on stdin"
    );
    assert!(!bin.path().join("pwned").exists());

    let session = vault_session(&dirs).expect("session");
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &[key, session]);
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn without_op_the_1password_template_is_saved_owner_only_and_the_command_only_reads_it() {
    let empty = tempfile::tempdir().unwrap();
    // A PATH with no op on it (the tools the app itself needs are not looked up on PATH).
    let path = format!(
        "{}:{}",
        empty.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    assert!(
        std::env::split_paths(&path).all(|dir| !dir.join("op").exists()),
        "this machine has an op on PATH"
    );
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox_with(demo::DEV_EMAIL, AppDirs::new(), &[("PATH", &path)]).await;
    let name = "=HYPERLINK(\"x\") & calc";
    create(&app, name, "realtime", 1).await;
    let key = reveal_copy_and_close(&app).await;
    let id = row_id(&app, name).await;

    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("prod-1password-item.json");
    let row = open_row_menu(&app, &id).await;
    row.find(By::Css("[data-testid=\"row-export\"]"))
        .await
        .expect("export item")
        .click()
        .await
        .unwrap();
    app.id("export-dialog").await;
    app.click("export-format-onePasswordCli").await;
    app.click("export-submit").await;
    answer_save_dialog("Save the key", &target).await;
    app.wait_text("export-saved", |t| t.contains("prod-1password-item.json"))
        .await;
    let command = app.wait_text("export-command", |t| !t.is_empty()).await;
    assert_eq!(
        command,
        format!("op item create --template \"{}\"", target.display())
    );
    assert!(!command.contains(&key) && !command.contains("calc"));
    app.screenshot("export-1password-template").await;

    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "owner-only file");
    let item: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(item["title"], name);
    assert!(item.to_string().contains(&key));

    let session = vault_session(&dirs).expect("session");
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &[key, session]);
    sandbox.shutdown().await;
}
