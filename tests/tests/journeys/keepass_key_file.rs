//! "Save to a KeePass database…" in the real window for a database locked with a password
//! and a key file (made by keepassxc-cli): the password alone is refused with a clear message
//! and changes nothing; the key file chosen with "Key file…" in the native open dialog opens
//! it, and keepassxc-cli reads the entry back with that key file.

use std::path::Path;

use scriptix_keys_e2e::{AppDirs, answer_open_dialog};
use scriptix_sandbox::demo;
use thirtyfour::prelude::*;

use super::keepass::{PASSWORD, TEAM_XML, keepassxc_cli};
use super::support::{
    Signed, click_row_action, create, reveal_copy_and_close, row_id, signed_in_to_sandbox,
};
use super::{assert_no_secrets_on_disk, vault_session};

/// A KDBX 4 database in `dir` locked with `password` and a key file keepassxc-cli creates
/// (`--set-key-file`); returns (database, key file).
fn keyed_database(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let xml = dir.join("team.xml");
    std::fs::write(&xml, TEAM_XML).unwrap();
    let db = dir.join("keyed.kdbx");
    let key_file = dir.join("team.keyx");
    keepassxc_cli(
        &[
            "import",
            "-q",
            "-p",
            "--set-key-file",
            key_file.to_str().unwrap(),
            xml.to_str().unwrap(),
            db.to_str().unwrap(),
        ],
        &format!("{PASSWORD}\n{PASSWORD}\n"),
    );
    (db, key_file)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_key_is_saved_into_a_keepass_database_that_needs_a_key_file_chosen_in_the_open_dialog() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    create(&app, "Keyed entry", "batch", 1).await;
    let key = reveal_copy_and_close(&app).await;
    let id = row_id(&app, "Keyed entry").await;
    let folder = tempfile::tempdir().unwrap();
    let (db, key_file) = keyed_database(folder.path());
    let before = std::fs::read(&db).unwrap();
    let key_file_before = std::fs::read(&key_file).unwrap();

    click_row_action(&app, &id, "row-export").await;
    app.id("export-dialog").await;
    app.click("export-format-keepassDatabase").await;
    app.click("keepass-choose").await;
    answer_open_dialog("Choose a KeePass database", &db).await;
    app.wait_text("keepass-file", |t| t == "keyed.kdbx").await;

    // The password alone does not open it: the message says a key file may be missing.
    app.type_into("keepass-password", PASSWORD).await;
    app.click("export-submit").await;
    let message = app
        .wait_text("keepass-password-error", |t| !t.is_empty())
        .await;
    assert!(message.contains("key file"), "{message}");
    assert_eq!(std::fs::read(&db).unwrap(), before, "byte-identical");

    app.click("keepass-key-file-choose").await;
    answer_open_dialog("Choose the key file of the KeePass database", &key_file).await;
    app.wait_text("keepass-key-file", |t| t == "team.keyx")
        .await;
    app.screenshot("keepass-key-file").await;
    app.axe("keepass-key-file").await;
    app.type_into("keepass-password", PASSWORD).await;
    app.click("export-submit").await;
    app.wait_for("[data-testid=\"keepass-group\"] option").await;
    app.id("keepass-group")
        .await
        .find(By::XPath(".//option[contains(., 'APIs')]"))
        .await
        .expect("the APIs group is listed")
        .click()
        .await
        .unwrap();
    app.click("export-submit").await;
    app.wait_text("export-saved", |t| t.contains("keyed.kdbx"))
        .await;

    let shown = keepassxc_cli(
        &[
            "show",
            "-q",
            "-s",
            "-a",
            "Password",
            "-k",
            key_file.to_str().unwrap(),
            db.to_str().unwrap(),
            "Team/APIs/Keyed entry",
        ],
        &format!("{PASSWORD}\n"),
    );
    assert_eq!(shown, format!("{key}\n"));
    assert_eq!(
        std::fs::read(&key_file).unwrap(),
        key_file_before,
        "the key file is only read"
    );

    app.click("export-cancel").await;
    let session = vault_session(&dirs).expect("session");
    app.quit().await;
    let key_file_text = String::from_utf8_lossy(&key_file_before).into_owned();
    let key_data = key_file_text
        .split("<Data")
        .nth(1)
        .and_then(|d| d.split('>').nth(1))
        .and_then(|d| d.split('<').next())
        .and_then(|d| d.lines().map(str::trim).find(|l| !l.is_empty()))
        .unwrap_or_default()
        .to_owned();
    assert!(!key_data.is_empty(), "{key_file_text}");
    assert_no_secrets_on_disk(&dirs, &[key, session, PASSWORD.to_owned(), key_data]);
    sandbox.shutdown().await;
}
