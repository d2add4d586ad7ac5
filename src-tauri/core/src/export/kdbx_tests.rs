#![allow(clippy::unwrap_used)]
//! Against databases made by KeePassXC's own `keepassxc-cli` (Debian package `keepassxc`),
//! read back with `keepassxc-cli show`. Skipped (with a note) where it is not installed.

use std::io::Write;
use std::process::{Command, Stdio};

use super::*;

const KEY: &str = "sk_live_0123456789abcdefghijABCDEFGHIJ0123456789";
const PASSWORD: &str = "correct horse battery staple";

fn cli() -> Option<&'static str> {
    let found = Command::new("keepassxc-cli")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        eprintln!("keepassxc-cli is not installed: skipped (apt-get install keepassxc)");
    }
    found.then_some("keepassxc-cli")
}

/// Runs keepassxc-cli with the password on stdin; returns stdout.
fn run(cli: &str, args: &[&str], stdin: &str) -> String {
    let mut child = Command::new(cli)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
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

/// The KeePass XML `keepassxc-cli import` turns into the test database: a "Team/APIs"
/// group and one other entry. The custom data makes KeePassXC write KDBX 4 (its CLI
/// otherwise creates KDBX 3.1 databases).
pub(crate) const TEAM_XML: &str = r#"<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
  <Meta><Generator>test</Generator><DatabaseName>Team</DatabaseName></Meta>
  <Root>
    <Group>
      <UUID>AAAAAAAAAAAAAAAAAAAAAA==</UUID><Name>Root</Name>
      <Group>
        <UUID>AAAAAAAAAAAAAAAAAAAAAQ==</UUID><Name>Team</Name>
        <Entry>
          <UUID>AAAAAAAAAAAAAAAAAAAAAw==</UUID>
          <String><Key>Title</Key><Value>Other</Value></String>
          <String><Key>UserName</Key><Value>ops</Value></String>
          <CustomData><Item><Key>origin</Key><Value>test</Value></Item></CustomData>
        </Entry>
        <Group><UUID>AAAAAAAAAAAAAAAAAAAAAg==</UUID><Name>APIs</Name></Group>
      </Group>
    </Group>
  </Root>
</KeePassFile>
"#;

/// A KDBX 4 database made by KeePassXC (see [`TEAM_XML`]).
fn database(cli: &str, dir: &Path) -> PathBuf {
    let xml = dir.join("team.xml");
    std::fs::write(&xml, TEAM_XML).unwrap();
    let db = dir.join("team.kdbx");
    run(
        cli,
        &[
            "import",
            "-q",
            "-p",
            xml.to_str().unwrap(),
            db.to_str().unwrap(),
        ],
        &format!("{PASSWORD}\n{PASSWORD}\n"),
    );
    let header = std::fs::read(&db).unwrap();
    assert_eq!(&header[8..12], &[0, 0, 4, 0], "KeePassXC wrote KDBX 4.0");
    db
}

fn entry<'a>(key: &'a Secret, attributes: &'a [(&'a str, String)]) -> KdbxEntry<'a> {
    KdbxEntry {
        title: "Scriptix – billing worker",
        key,
        url: "https://api.scriptix.io",
        notes: "Scriptix API key (batch)",
        attributes,
    }
}

#[test]
fn an_entry_written_here_is_read_back_by_keepassxc_with_the_key_and_attributes() {
    let Some(cli) = cli() else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = database(cli, dir.path());
    let before = std::fs::read(&db).unwrap();
    let password = KdbxKey::password(Secret::new(PASSWORD.to_owned()));
    let groups = list_groups(&db, &password).unwrap();
    let paths: Vec<&str> = groups.iter().map(|g| g.path.as_str()).collect();
    assert_eq!(paths.len(), 3, "{paths:?}");
    assert!(
        paths[1].ends_with("Team") && paths[2].ends_with("Team / APIs"),
        "{paths:?}"
    );

    let key = Secret::new(KEY.to_owned());
    let attributes = [
        ("Scriptix token type", "batch".to_owned()),
        ("Scriptix token id", "42".to_owned()),
        ("Scriptix expires", "2027-11-30".to_owned()),
    ];
    let id = add_entry(&db, &password, &groups[2].id, &entry(&key, &attributes)).unwrap();
    assert_eq!(id.len(), 36, "a UUID: {id}");

    let path = db.to_str().unwrap();
    let shown = run(
        cli,
        &[
            "show",
            "-s",
            "-a",
            "Password",
            "-a",
            "URL",
            "-a",
            "Scriptix token id",
            "-a",
            "Scriptix expires",
            path,
            "Team/APIs/Scriptix – billing worker",
        ],
        &format!("{PASSWORD}\n"),
    );
    assert_eq!(
        shown,
        format!("{KEY}\nhttps://api.scriptix.io\n42\n2027-11-30\n")
    );
    // The entry that was there is still there, and the previous version is kept.
    run(cli, &["show", path, "Team/Other"], &format!("{PASSWORD}\n"));
    assert_eq!(std::fs::read(backup_path(&db)).unwrap(), before);
    assert!(!dir.path().join("team.kdbx.scriptix-keys.tmp").exists());
}

#[test]
fn a_wrong_password_is_a_clear_message_and_leaves_the_file_byte_identical() {
    let Some(cli) = cli() else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = database(cli, dir.path());
    let before = std::fs::read(&db).unwrap();
    let wrong = KdbxKey::password(Secret::new("not the password".to_owned()));
    let key = Secret::new(KEY.to_owned());
    assert_eq!(list_groups(&db, &wrong), Err(ExportError::KdbxPassword));
    let err = add_entry(&db, &wrong, "anything", &entry(&key, &[])).unwrap_err();
    assert_eq!(err, ExportError::KdbxPassword);
    assert!(err.to_string().contains("not the password"), "{err}");
    assert_eq!(std::fs::read(&db).unwrap(), before, "byte-identical");
    assert!(!backup_path(&db).exists(), "nothing was written");

    // An unknown group changes nothing either.
    let right = KdbxKey::password(Secret::new(PASSWORD.to_owned()));
    assert_eq!(
        add_entry(&db, &right, "no-such-group", &entry(&key, &[])),
        Err(ExportError::KdbxGroup)
    );
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn a_file_that_is_not_a_keepass_database_is_refused_without_being_touched() {
    let dir = tempfile::tempdir().unwrap();
    let not_db = dir.path().join("notes.kdbx");
    std::fs::write(&not_db, b"just some text").unwrap();
    let err = list_groups(
        &not_db,
        &KdbxKey::password(Secret::new(PASSWORD.to_owned())),
    )
    .unwrap_err();
    assert!(matches!(err, ExportError::KdbxUnreadable { .. }), "{err:?}");
    assert!(!err.to_string().contains(PASSWORD));
    assert_eq!(std::fs::read(&not_db).unwrap(), b"just some text");
}

#[test]
fn replacing_the_password_keeps_the_old_key_in_the_entry_history_and_nothing_else_changes() {
    let Some(cli) = cli() else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = database(cli, dir.path());
    let password = KdbxKey::password(Secret::new(PASSWORD.to_owned()));
    let groups = list_groups(&db, &password).unwrap();
    let old = Secret::new(KEY.to_owned());
    let id = add_entry(&db, &password, &groups[2].id, &entry(&old, &[])).unwrap();
    let new_key = "sk_live_NEWNEWNEWNEWabcdefghijABCDEFGHIJ0123456789";
    replace_password(&db, &password, &id, &Secret::new(new_key.to_owned())).unwrap();
    let path = db.to_str().unwrap();
    let name = "Team/APIs/Scriptix – billing worker";
    let shown = run(
        cli,
        &[
            "show", "-q", "-s", "-a", "Password", "-a", "URL", path, name,
        ],
        &format!("{PASSWORD}\n"),
    );
    assert_eq!(shown, format!("{new_key}\nhttps://api.scriptix.io\n"));
    let reopened =
        Database::parse(&std::fs::read(&db).unwrap(), key_of(&password).unwrap()).unwrap();
    let entry = reopened
        .iter_all_entries()
        .find(|e| e.id().uuid().to_string() == id)
        .unwrap();
    let history = entry.history.as_ref().expect("a history");
    assert!(
        history
            .get_entries()
            .iter()
            .any(|h| h.get_password() == Some(KEY)),
        "the old key is in the history"
    );
    assert_eq!(
        replace_password(&db, &password, "00000000-0000-0000-0000-000000000000", &old),
        Err(ExportError::KdbxEntryGone)
    );
}

/// A KDBX 4 database made by KeePassXC locked with a key file it creates (`--set-key-file`)
/// and, when `password` is given, a password too.
fn database_with_key_file(cli: &str, dir: &Path, password: Option<&str>) -> (PathBuf, PathBuf) {
    let xml = dir.join("team.xml");
    std::fs::write(&xml, TEAM_XML).unwrap();
    let db = dir.join("keyed.kdbx");
    let key_file = dir.join("team.keyx");
    let (k, x, d) = (
        key_file.to_str().unwrap(),
        xml.to_str().unwrap(),
        db.to_str().unwrap(),
    );
    match password {
        Some(p) => run(
            cli,
            &["import", "-q", "-p", "--set-key-file", k, x, d],
            &format!("{p}\n{p}\n"),
        ),
        None => run(cli, &["import", "-q", "--set-key-file", k, x, d], ""),
    };
    assert!(key_file.exists(), "KeePassXC made the key file");
    (db, key_file)
}

/// `keepassxc-cli show -k <key file>` (with `--no-password` when there is none).
fn show_with_key_file(cli: &str, db: &Path, key_file: &Path, password: Option<&str>) -> String {
    let mut args = vec!["show", "-q", "-s", "-a", "Password", "-k"];
    args.push(key_file.to_str().unwrap());
    if password.is_none() {
        args.push("--no-password");
    }
    args.push(db.to_str().unwrap());
    args.push("Team/APIs/Scriptix – billing worker");
    run(
        cli,
        &args,
        &password.map_or_else(String::new, |p| format!("{p}\n")),
    )
}

#[test]
fn a_database_locked_with_a_key_file_and_a_password_or_the_key_file_alone_gets_the_entry() {
    let Some(cli) = cli() else { return };
    for password in [Some(PASSWORD), None] {
        let dir = tempfile::tempdir().unwrap();
        let (db, key_file) = database_with_key_file(cli, dir.path(), password);
        let key_file_bytes = std::fs::read(&key_file).unwrap();
        let unlock = KdbxKey::new(
            Secret::new(password.unwrap_or_default().to_owned()),
            Some(key_file.clone()),
        );
        let groups = list_groups(&db, &unlock).unwrap();
        let key = Secret::new(KEY.to_owned());
        let id = add_entry(&db, &unlock, &groups[2].id, &entry(&key, &[])).unwrap();
        assert_eq!(
            show_with_key_file(cli, &db, &key_file, password),
            format!("{KEY}\n")
        );
        let new_key = "sk_live_NEWNEWNEWNEWabcdefghijABCDEFGHIJ0123456789";
        replace_password(&db, &unlock, &id, &Secret::new(new_key.to_owned())).unwrap();
        assert_eq!(
            show_with_key_file(cli, &db, &key_file, password),
            format!("{new_key}\n")
        );
        assert_eq!(
            std::fs::read(&key_file).unwrap(),
            key_file_bytes,
            "the key file is only read"
        );
        // Without the key file the password alone does not open it.
        if let Some(p) = password {
            assert_eq!(
                list_groups(&db, &KdbxKey::password(Secret::new(p.to_owned()))),
                Err(ExportError::KdbxPassword)
            );
        }
    }
}

#[test]
fn a_wrong_or_missing_key_file_is_a_clear_message_and_leaves_the_file_byte_identical() {
    let Some(cli) = cli() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = database_with_key_file(cli, dir.path(), Some(PASSWORD));
    let before = std::fs::read(&db).unwrap();
    let other = dir.path().join("other.keyx");
    std::fs::write(&other, b"not the key file of this database").unwrap();
    let key = Secret::new(KEY.to_owned());
    let wrong = KdbxKey::new(Secret::new(PASSWORD.to_owned()), Some(other));
    assert_eq!(list_groups(&db, &wrong), Err(ExportError::KdbxPassword));
    let err = add_entry(&db, &wrong, "anything", &entry(&key, &[])).unwrap_err();
    assert_eq!(err, ExportError::KdbxPassword);
    assert!(err.to_string().contains("key file"), "{err}");
    let gone = KdbxKey::new(
        Secret::new(PASSWORD.to_owned()),
        Some(dir.path().join("no-such.keyx")),
    );
    let err = add_entry(&db, &gone, "anything", &entry(&key, &[])).unwrap_err();
    assert!(matches!(err, ExportError::KdbxKeyFile { .. }), "{err:?}");
    assert!(err.to_string().contains("no-such.keyx"), "{err}");
    assert!(!err.to_string().contains(PASSWORD));
    assert_eq!(std::fs::read(&db).unwrap(), before, "byte-identical");
    assert!(!backup_path(&db).exists(), "nothing was written");
}
