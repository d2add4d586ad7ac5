//! The Bitwarden hand-off through the workspace, against the real sandbox and an in-memory
//! vault, with a recording stand-in for `bw` on a PATH of the test's own.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::{Created, created_token};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use scriptix_keys_core::store::DestinationKind;
use scriptix_keys_core::workspace::ExportView;
use scriptix_keys_core::{ErrorKind, Secret};

fn install_fake_bw(bin: &Path, status: &str) {
    let script = format!(
        r#"#!/bin/sh
dir=$(dirname "$0")
for a in "$@"; do printf '%s\n' "$a" >> "$dir/argv"; done
printf -- '--\n' >> "$dir/argv"
env >> "$dir/env"
case "$1 $2" in
  "status ") printf '{{"status":"{status}"}}' ;;
  "list folders") printf '[{{"object":"folder","id":"1b2c3d4e-aaaa-bbbb-cccc-0123456789ab","name":"Team"}}]' ;;
  "create item") cat > "$dir/stdin"; printf '{{"id":"4f2a0b1c-1111-2222-3333-444455556666"}}' ;;
  *) exit 2 ;;
esac
"#
    );
    let bw = bin.join("bw");
    std::fs::write(&bw, script).unwrap();
    std::fs::set_permissions(&bw, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[tokio::test]
async fn a_key_goes_to_bitwarden_through_bw_stdin_and_the_item_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let Created {
        sandbox,
        workspace,
        token,
        key,
        ..
    } = created_token(dir.path(), "bw worker", "batch").await;
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let session = || Some(Secret::new("unlocked-session".to_owned()));

    // Missing: said, and nothing runs.
    let none = workspace.bw_folders(Some(dir.path().join("empty").as_os_str()), None);
    assert!(!none.available);
    assert!(none.problem.unwrap().contains("not found"));
    let missing = workspace
        .export_to_bitwarden(
            token.id.as_str(),
            None,
            Some(dir.path().join("empty").into()),
            session(),
        )
        .await
        .unwrap_err();
    assert_eq!(missing.kind(), ErrorKind::InvalidInput);

    // Locked: said, and nothing is created.
    install_fake_bw(&bin, "locked");
    let locked = workspace.bw_folders(Some(bin.as_os_str()), session().as_ref());
    assert!(locked.available && locked.folders.is_empty());
    assert!(locked.locked, "the window can offer to unlock it");
    assert!(locked.problem.unwrap().contains("master password"));
    assert!(!bin.join("stdin").exists());
    // Unlocked in the app: the master password goes to `bw unlock` in its environment, and
    // the session it prints is what the next calls use.
    let script = std::fs::read_to_string(bin.join("bw")).unwrap().replace(
        "  *) exit 2 ;;",
        "  \"unlock --passwordenv\") [ \"$(printenv \"$3\")\" = 'the master' ] && printf 'app-session' || { echo 'Invalid master password.' >&2; exit 1; } ;;\n  *) exit 2 ;;",
    );
    std::fs::write(bin.join("bw"), script).unwrap();
    let wrong = workspace
        .bw_unlock(Some(bin.as_os_str()), &Secret::new("nope".to_owned()))
        .unwrap_err();
    assert_eq!(wrong.field(), Some("masterPassword"));
    assert!(!wrong.to_string().contains("nope"));
    let unlocked =
        workspace.bw_unlock(Some(bin.as_os_str()), &Secret::new("the master".to_owned()));
    // The stand-in still says "locked" for any session, so the check after unlocking fails:
    // a session bw does not accept is never handed back.
    assert!(unlocked.is_err(), "{unlocked:?}");

    install_fake_bw(&bin, "unlocked");
    let ready = workspace.bw_folders(Some(bin.as_os_str()), session().as_ref());
    assert_eq!(ready.folders.len(), 1);
    let view = workspace
        .export_to_bitwarden(
            token.id.as_str(),
            ready.folders[0].id.clone(),
            Some(bin.clone().into()),
            session(),
        )
        .await
        .unwrap();
    assert_eq!(view, ExportView::AddedToBitwarden);
    let argv = std::fs::read_to_string(bin.join("argv")).unwrap();
    assert!(argv.ends_with("status\n--\ncreate\nitem\n--\n"), "{argv}");
    assert!(!argv.contains(key.expose()));
    assert!(
        !std::fs::read_to_string(bin.join("env"))
            .unwrap()
            .contains(key.expose())
    );
    let places = workspace.destinations(token.id.as_str()).unwrap();
    assert_eq!(places[0].kind, DestinationKind::Bitwarden);
    assert_eq!(places[0].item, "4f2a0b1c-1111-2222-3333-444455556666");
    assert_eq!(places[0].location, "1b2c3d4e-aaaa-bbbb-cccc-0123456789ab");
    sandbox.shutdown().await;
}
