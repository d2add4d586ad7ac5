//! "Save to a KeePass database…" in the real window: a KDBX 4 database made by KeePassXC's
//! own keepassxc-cli is chosen in the native open dialog; a wrong database password is a
//! clear message and changes nothing; the right one lists the groups, and the entry the app
//! writes is read back by keepassxc-cli with the key and the token's attributes.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use scriptix_keys_e2e::{AppDirs, answer_open_dialog};
use scriptix_sandbox::demo;
use thirtyfour::prelude::*;

use super::support::{
    Signed, click_row_action, create, reveal_copy_and_close, row_id, shown_key,
    signed_in_to_sandbox,
};
use super::{assert_no_secrets_on_disk, vault_session};

pub(crate) const PASSWORD: &str = "team database password 2026";

/// KeePass XML that keepassxc-cli imports: "Team/APIs" and one other entry; the custom
/// data makes KeePassXC write KDBX 4 (its CLI otherwise writes KDBX 3.1).
pub(crate) const TEAM_XML: &str = r#"<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
  <Meta><Generator>test</Generator><DatabaseName>Team</DatabaseName></Meta>
  <Root><Group><UUID>AAAAAAAAAAAAAAAAAAAAAA==</UUID><Name>Root</Name>
    <Group><UUID>AAAAAAAAAAAAAAAAAAAAAQ==</UUID><Name>Team</Name>
      <Entry><UUID>AAAAAAAAAAAAAAAAAAAAAw==</UUID>
        <String><Key>Title</Key><Value>Other</Value></String>
        <CustomData><Item><Key>origin</Key><Value>test</Value></Item></CustomData></Entry>
      <Group><UUID>AAAAAAAAAAAAAAAAAAAAAg==</UUID><Name>APIs</Name></Group>
    </Group></Group></Root>
</KeePassFile>
"#;

pub(crate) fn keepassxc_cli(args: &[&str], stdin: &str) -> String {
    let mut child = Command::new("keepassxc-cli")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("keepassxc-cli (apt-get install keepassxc)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "keepassxc-cli {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A KDBX 4 database made by keepassxc-cli in `dir`.
pub(crate) fn team_database(dir: &Path) -> std::path::PathBuf {
    let xml = dir.join("team.xml");
    std::fs::write(&xml, TEAM_XML).unwrap();
    let db = dir.join("team.kdbx");
    keepassxc_cli(
        &[
            "import",
            "-q",
            "-p",
            xml.to_str().unwrap(),
            db.to_str().unwrap(),
        ],
        &format!("{PASSWORD}\n{PASSWORD}\n"),
    );
    db
}

/// Unlocks (wrong password first) and saves the key of the open export dialog into
/// Team / APIs of `db`.
pub(crate) async fn save_to_keepass(app: &scriptix_keys_e2e::App, db: &Path, check_wrong: bool) {
    app.click("export-format-keepassDatabase").await;
    app.id("keepass-panel").await;
    app.click("keepass-choose").await;
    answer_open_dialog("Choose a KeePass database", db).await;
    app.wait_text("keepass-file", |t| t == "team.kdbx").await;
    if check_wrong {
        let before = std::fs::read(db).unwrap();
        app.type_into("keepass-password", "not the password").await;
        app.click("export-submit").await;
        let message = app
            .wait_text("keepass-password-error", |t| !t.is_empty())
            .await;
        assert!(message.contains("not the password"), "{message}");
        app.screenshot("keepass-wrong-password").await;
        assert_eq!(std::fs::read(db).unwrap(), before, "byte-identical");
    }
    app.type_into("keepass-password", PASSWORD).await;
    app.click("export-submit").await;
    // The groups arrive once the database is unlocked (a deliberately slow key derivation).
    app.wait_for("[data-testid=\"keepass-group\"] option").await;
    let group = app.id("keepass-group").await;
    group
        .find(By::XPath(".//option[contains(., 'APIs')]"))
        .await
        .expect("the APIs group is listed")
        .click()
        .await
        .unwrap();
    app.screenshot("keepass-groups").await;
    app.click("export-submit").await;
    app.wait_text("export-saved", |t| t.contains("team.kdbx"))
        .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_key_is_saved_into_a_keepass_database_chosen_in_the_open_dialog() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    create(&app, "Vault entry", "batch", 1).await;
    let key = reveal_copy_and_close(&app).await;
    let id = row_id(&app, "Vault entry").await;
    let folder = tempfile::tempdir().unwrap();
    let db = team_database(folder.path());
    let before = std::fs::read(&db).unwrap();

    click_row_action(&app, &id, "row-export").await;
    app.id("export-dialog").await;
    save_to_keepass(&app, &db, true).await;
    app.screenshot("keepass-saved").await;
    assert_eq!(
        app.id("keepass-password")
            .await
            .value()
            .await
            .unwrap()
            .as_deref(),
        Some(""),
        "the database password is not kept in the dialog"
    );

    let shown = keepassxc_cli(
        &[
            "show",
            "-q",
            "-s",
            "-a",
            "Password",
            "-a",
            "Scriptix token id",
            "-a",
            "Scriptix token type",
            db.to_str().unwrap(),
            "Team/APIs/Vault entry",
        ],
        &format!("{PASSWORD}\n"),
    );
    assert_eq!(shown, format!("{key}\n{id}\nbatch\n"));
    keepassxc_cli(
        &["show", "-q", db.to_str().unwrap(), "Team/Other"],
        &format!("{PASSWORD}\n"),
    );
    let mut backup = db.as_os_str().to_owned();
    backup.push(".bak");
    assert_eq!(
        std::fs::read(&backup).unwrap(),
        before,
        "the previous version is kept"
    );

    // The details remember the database and group, never the key or the password.
    app.click("export-cancel").await;
    click_row_action(&app, &id, "row-details").await;
    let place = app
        .wait_text("destinations-list", |t| t.contains("team.kdbx"))
        .await;
    assert!(
        place.contains("KeePass database entry") && place.contains("APIs"),
        "{place}"
    );
    app.click("details-close").await;

    let session = vault_session(&dirs).expect("session");
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &[key, session, PASSWORD.to_owned()]);
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn after_a_rotation_update_all_puts_the_new_key_into_the_env_file_and_the_keepass_entry() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::ADMIN_EMAIL, AppDirs::new()).await;
    create(&app, "Rotated entry", "batch", 1).await;
    let old_key = reveal_copy_and_close(&app).await;
    let id = row_id(&app, "Rotated entry").await;
    let folder = tempfile::tempdir().unwrap();
    let db = team_database(folder.path());
    let env = folder.path().join("service.env");
    std::fs::write(&env, "BEFORE=1\nSCRIPTIX_API_TOKEN=placeholder\nAFTER=2\n").unwrap();

    click_row_action(&app, &id, "row-export").await;
    app.id("export-dialog").await;
    app.click("export-format-envFile").await;
    app.click("export-submit").await;
    scriptix_keys_e2e::answer_save_dialog("Save the key", &env).await;
    app.wait_text("export-saved", |t| t.contains("service.env"))
        .await;
    save_to_keepass(&app, &db, false).await;
    app.click("export-cancel").await;
    let show = |what: &str| {
        keepassxc_cli(
            &[
                "show",
                "-q",
                "-s",
                "-a",
                "Password",
                db.to_str().unwrap(),
                what,
            ],
            &format!("{PASSWORD}\n"),
        )
    };
    assert_eq!(show("Team/APIs/Rotated entry"), format!("{old_key}\n"));
    let other_before = show("Team/Other");

    click_row_action(&app, &id, "row-rotate").await;
    app.click("rotation-submit").await;
    let new_key = shown_key(&app, "rotation-reveal-key").await;
    assert_ne!(new_key, old_key);
    app.click("rotation-continue").await;
    app.id("rotation-update-all").await;
    let places = app
        .wait_text("rotation-destination-list", |t| t.contains("team.kdbx"))
        .await;
    assert!(places.contains("service.env"), "{places}");
    app.type_into("update-kdbx-password", PASSWORD).await;
    app.click("rotation-update-all").await;
    let results = app
        .wait_text("update-results", |t| t.matches("Updated").count() == 2)
        .await;
    app.screenshot("rotation-update-all").await;
    assert!(!results.contains(&new_key), "{results}");
    let outcomes = app
        .driver
        .find_all(By::Css(
            "[data-testid=\"update-result\"][data-outcome=\"updated\"]",
        ))
        .await
        .unwrap();
    assert_eq!(outcomes.len(), 2);

    assert_eq!(
        std::fs::read_to_string(&env).unwrap(),
        format!("BEFORE=1\nSCRIPTIX_API_TOKEN={new_key}\nAFTER=2\n"),
        "the same line of the same file, nothing else changed"
    );
    assert_eq!(show("Team/APIs/Rotated entry"), format!("{new_key}\n"));
    assert_eq!(
        show("Team/Other"),
        other_before,
        "the other entry is untouched"
    );
    let listed = keepassxc_cli(
        &["ls", "-q", db.to_str().unwrap(), "Team/APIs"],
        &format!("{PASSWORD}\n"),
    );
    assert_eq!(listed.trim(), "Rotated entry", "the same entry, no new one");
    app.click("rotation-done").await;

    let session = vault_session(&dirs).expect("session");
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &[old_key, new_key, session, PASSWORD.to_owned()]);
    sandbox.shutdown().await;
}
