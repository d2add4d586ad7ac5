//! "Bitwarden (bw)…" in the real window with a recording stand-in for `bw` on the app's
//! PATH: a locked vault is unlocked with the master password typed in the app's own field
//! (a wrong one is said under it), the password reaches `bw unlock` only in its environment,
//! and the item is then created with the session that unlock printed.

use std::os::unix::fs::PermissionsExt;

use scriptix_keys_e2e::AppDirs;
use scriptix_sandbox::demo;

use super::support::{
    Signed, click_row_action, create, reveal_copy_and_close, row_id, signed_in_to_sandbox_with,
};
use super::{assert_no_secrets_on_disk, vault_session};

const MASTER: &str = "correct horse & $(touch pwned) master";

/// A stand-in `bw` in `bin`: locked until `bw unlock --passwordenv VAR` gets the master
/// password in VAR; records argv, environment and stdin of each call.
fn install_fake_bw(bin: &std::path::Path) {
    std::fs::write(bin.join("master"), MASTER).unwrap();
    let script = r#"#!/bin/sh
dir=$(dirname "$0")
for a in "$@"; do printf '%s\n' "$a" >> "$dir/argv"; done
printf -- '--\n' >> "$dir/argv"
env | grep -v '^PATH=' >> "$dir/env"
printf -- '--\n' >> "$dir/env"
case "$1 $2" in
  "status ") if [ -f "$dir/session" ] && [ "$BW_SESSION" = "$(cat "$dir/session")" ]; then s=unlocked; else s=locked; fi
    printf '{"status":"%s"}' "$s" ;;
  "unlock --passwordenv") if [ "$(printenv "$3")" = "$(cat "$dir/master")" ]; then
      printf 'session-from-the-app-unlock' > "$dir/session"; cat "$dir/session"
    else echo "Invalid master password." >&2; exit 1; fi ;;
  "list folders") printf '[{"object":"folder","id":"1b2c3d4e-aaaa-bbbb-cccc-0123456789ab","name":"Team"}]' ;;
  "create item") cat > "$dir/stdin"; printf '{"object":"item","id":"4f2a0b1c-1111-2222-3333-444455556666"}' ;;
  *) exit 2 ;;
esac
"#;
    let bw = bin.join("bw");
    std::fs::write(&bw, script).unwrap();
    std::fs::set_permissions(&bw, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_locked_bitwarden_is_unlocked_in_the_app_and_the_item_goes_to_bw_on_stdin() {
    let bin = tempfile::tempdir().unwrap();
    install_fake_bw(bin.path());
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
    create(&app, "Vaulted", "batch", 1).await;
    let key = reveal_copy_and_close(&app).await;
    let id = row_id(&app, "Vaulted").await;

    click_row_action(&app, &id, "row-export").await;
    app.id("export-dialog").await;
    app.click("export-format-bitwardenCli").await;
    app.click("export-submit").await;
    app.wait_text("export-submit", |t| t == "Unlock Bitwarden")
        .await;
    let note = app.wait_text("bw-unlock-note", |t| !t.is_empty()).await;
    assert!(note.contains("Bitwarden is locked"), "{note}");
    assert!(
        !app.id("bw-problem").await.is_displayed().await.unwrap(),
        "the prompt says it is locked; no second message"
    );

    app.type_into("bw-master-password", "not the master password")
        .await;
    app.click("export-submit").await;
    let wrong = app
        .wait_text("bw-master-password-error", |t| !t.is_empty())
        .await;
    assert!(
        wrong.contains("not your Bitwarden master password"),
        "{wrong}"
    );
    app.screenshot("bitwarden-unlock-wrong").await;
    app.axe("bitwarden-unlock").await;

    app.type_into("bw-master-password", MASTER).await;
    app.click("export-submit").await;
    app.wait_text("export-submit", |t| t == "Add to Bitwarden")
        .await;
    app.screenshot("bitwarden-unlocked").await;
    app.click("export-submit").await;
    let added = app.wait_text("export-added", |t| !t.is_empty()).await;
    assert_eq!(added, "Added to Bitwarden.");

    let argv = std::fs::read_to_string(bin.path().join("argv")).unwrap();
    assert!(!argv.contains(MASTER), "{argv}");
    assert!(!argv.contains(&key), "{argv}");
    assert!(
        argv.contains(
            "unlock\n--passwordenv\nSCRIPTIX_KEYS_BW_PASSWORD\n--raw\n--nointeraction\n--\n"
        ),
        "{argv}"
    );
    assert!(argv.ends_with("create\nitem\n--\n"), "{argv}");
    let env = std::fs::read_to_string(bin.path().join("env")).unwrap();
    let calls: Vec<&str> = env.split("--\n").filter(|c| !c.is_empty()).collect();
    let with_master: Vec<&&str> = calls.iter().filter(|c| c.contains(MASTER)).collect();
    assert_eq!(
        with_master.len(),
        1,
        "the master password is only in the environment of the unlock that got it right"
    );
    assert!(!env.contains(&key), "the key is never in bw's environment");
    assert!(
        calls
            .last()
            .unwrap()
            .contains("BW_SESSION=session-from-the-app-unlock"),
        "the item was created with the session the app unlocked"
    );
    let stdin = std::fs::read_to_string(bin.path().join("stdin")).unwrap();
    assert!(!stdin.contains(MASTER));
    assert!(!bin.path().join("pwned").exists());

    app.click("export-cancel").await;
    let session = vault_session(&dirs).expect("session");
    app.quit().await;
    assert_no_secrets_on_disk(
        &dirs,
        &[
            key,
            session,
            MASTER.to_owned(),
            "session-from-the-app-unlock".to_owned(),
        ],
    );
    sandbox.shutdown().await;
}
