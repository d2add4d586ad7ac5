#![allow(clippy::unwrap_used)]

use std::os::unix::fs::PermissionsExt;

use super::*;

const KEY: &str = "sk_live_0123456789abcdefghijABCDEFGHIJ0123456789";

/// A fake `op` in its own folder: records each call's arguments (one per line, then `--`)
/// and its stdin, answers `vault list` with two good vaults and one with a hostile id, and
/// `item create` with an item id.
fn fake_op(dir: &Path, fail: bool) -> PathBuf {
    let op = dir.join("op");
    let create = if fail {
        r#"input=$(cat); printf '%s' "$input" > "$dir/stdin"
    key=$(printf '%s' "$input" | grep -o 'sk_live_[A-Za-z0-9]*' | head -n 1)
    printf '[ERROR] 2026/11/30 10:00:00 invalid item %s\nmore\n' "$key" >&2; exit 1"#
    } else {
        r#"cat > "$dir/stdin"; printf '{"id":"newitemid"}'"#
    };
    let script = format!(
        r#"#!/bin/sh
dir=$(dirname "$0")
for a in "$@"; do printf '%s\n' "$a" >> "$dir/argv"; done
printf -- '--\n' >> "$dir/argv"
case "$1 $2" in
  "vault list") printf '[{{"id":"abcdefghijklmnopqrstuvwxy1","name":"Private"}},{{"id":"zyxwvutsrqponmlkjihgfedcb2","name":"Team <Ops> & Co"}},{{"id":"bad id; rm -rf ~","name":"Hostile"}}]' ;;
  "item create") {create} ;;
  *) echo "unknown command" >&2; exit 2 ;;
esac
"#
    );
    std::fs::write(&op, script).unwrap();
    std::fs::set_permissions(&op, std::fs::Permissions::from_mode(0o755)).unwrap();
    op
}

fn calls(dir: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(dir.join("argv")).unwrap_or_default();
    text.split("--\n")
        .filter(|c| !c.is_empty())
        .map(|c| c.lines().map(str::to_owned).collect())
        .collect()
}

#[test]
fn op_is_found_only_in_the_folders_of_the_given_path() {
    let dir = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let op = fake_op(dir.path(), false);
    let path = std::env::join_paths([empty.path(), dir.path()]).unwrap();
    assert_eq!(find_op(Some(&path)), Some(op.clone()));
    assert_eq!(find_op(Some(empty.path().as_os_str())), None);
    assert_eq!(find_op(None), None);
    // A relative folder (the current directory) is never searched.
    assert_eq!(find_op(Some(OsStr::new("."))), None);
    // Not executable: not a program.
    std::fs::set_permissions(&op, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(find_op(Some(dir.path().as_os_str())), None);
}

#[test]
fn vaults_come_from_op_vault_list_and_a_hostile_vault_id_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let op = fake_op(dir.path(), false);
    let vaults = list_vaults(&op).unwrap();
    assert_eq!(
        vaults,
        [
            OpVault {
                id: "abcdefghijklmnopqrstuvwxy1".into(),
                name: "Private".into()
            },
            OpVault {
                id: "zyxwvutsrqponmlkjihgfedcb2".into(),
                name: "Team <Ops> & Co".into()
            },
        ]
    );
    assert_eq!(calls(dir.path()), [["vault", "list", "--format", "json"]]);
}

#[test]
fn the_key_reaches_op_on_stdin_only_never_in_its_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let op = fake_op(dir.path(), false);
    let key = Secret::new(KEY.to_owned());
    let template = Secret::new(format!(
        r#"{{"title":"$(touch pwned) & calc","fields":[{{"id":"credential","value":"{KEY}"}}]}}"#
    ));
    let id = create_item(&op, "abcdefghijklmnopqrstuvwxy1", &template, &key).unwrap();
    assert_eq!(
        id.as_deref(),
        Some("newitemid"),
        "the item id is kept for updates"
    );
    let calls = calls(dir.path());
    assert_eq!(
        calls,
        [[
            "item",
            "create",
            "--vault",
            "abcdefghijklmnopqrstuvwxy1",
            "--format",
            "json",
            "-"
        ]]
    );
    assert!(!calls.concat().iter().any(|a| a.contains(KEY)));
    assert!(!calls.concat().iter().any(|a| a.contains("calc")));
    let stdin = std::fs::read_to_string(dir.path().join("stdin")).unwrap();
    assert_eq!(stdin, template.expose());
    assert!(!dir.path().join("pwned").exists());
}

#[test]
fn a_vault_id_that_is_not_plain_letters_and_digits_never_reaches_op() {
    let dir = tempfile::tempdir().unwrap();
    let op = fake_op(dir.path(), false);
    let key = Secret::new(KEY.to_owned());
    for bad in ["", "a b", "--help", "x;rm", "../v", &"a".repeat(65)] {
        assert_eq!(
            create_item(&op, bad, &key, &key),
            Err(ExportError::BadVault),
            "{bad:?}"
        );
    }
    assert!(calls(dir.path()).is_empty());
}

#[test]
fn a_failing_op_is_reported_by_its_first_line_without_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let op = fake_op(dir.path(), true);
    let key = Secret::new(KEY.to_owned());
    let template = Secret::new(format!(r#"{{"fields":[{{"value":"{KEY}"}}]}}"#));
    let err = create_item(&op, "abcdefghijklmnopqrstuvwxy1", &template, &key).unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, ExportError::OpFailed { .. }), "{err:?}");
    assert!(text.contains("invalid item ***"), "{text}");
    assert!(!text.contains(KEY), "{text}");
    assert!(!text.contains("more"), "{text}");
}

#[test]
fn an_op_that_cannot_start_is_a_clear_failure() {
    let err = list_vaults(Path::new("/nonexistent/op")).unwrap_err();
    assert!(err.to_string().contains("could not be started"), "{err}");
}

/// A stand-in `op` that fails every command with `stderr` (what a real `op` 2 prints).
fn failing_op(dir: &Path, stderr: &str) -> PathBuf {
    let op = dir.join("op");
    std::fs::write(dir.join("stderr"), format!("{stderr}\n")).unwrap();
    let script = "#!/bin/sh\ndir=$(dirname \"$0\")\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> \"$dir/argv\"; done\nprintf -- '--\\n' >> \"$dir/argv\"\ncat > \"$dir/stdin\"\ncat \"$dir/stderr\" >&2\nexit 1\n";
    std::fs::write(&op, script).unwrap();
    std::fs::set_permissions(&op, std::fs::Permissions::from_mode(0o755)).unwrap();
    op
}

#[test]
fn op_not_signed_in_locked_or_without_the_vault_each_get_their_own_message() {
    let key = Secret::new(KEY.to_owned());
    let cases = [
        (
            "[ERROR] 2026/11/30 10:00:00 You are not currently signed in. Please run `op signin --help` for instructions",
            ExportError::OpNotSignedIn,
            "Integrate with 1Password CLI",
        ),
        (
            "[ERROR] 2026/11/30 10:00:00 account is not signed in",
            ExportError::OpNotSignedIn,
            "op signin",
        ),
        (
            "[ERROR] 2026/11/30 10:00:00 error initializing client: authorization prompt dismissed, please try again",
            ExportError::OpLocked,
            "Unlock the 1Password app",
        ),
        (
            "[ERROR] 2026/11/30 10:00:00 connecting to desktop app: 1Password is locked",
            ExportError::OpLocked,
            "Unlock the 1Password app",
        ),
        (
            "[ERROR] 2026/11/30 10:00:00 \"abcdefghijklmnopqrstuvwxy1\" isn't a vault in this account. Specify the vault with its ID or name.",
            ExportError::OpNoSuchVault,
            "Choose a vault from the list",
        ),
    ];
    for (stderr, expected, says) in cases {
        let dir = tempfile::tempdir().unwrap();
        let op = failing_op(dir.path(), stderr);
        let err = create_item(&op, "abcdefghijklmnopqrstuvwxy1", &key, &key).unwrap_err();
        assert_eq!(err, expected, "{stderr}");
        assert!(err.to_string().contains(says), "{err}");
        assert!(!err.to_string().contains(KEY));
        let listed = list_vaults(&op).unwrap_err();
        assert_eq!(listed, expected, "the vault list says the same: {stderr}");
    }
}

#[test]
fn a_missing_op_says_how_to_install_it() {
    let text = ExportError::OpMissing.to_string();
    assert!(text.contains("developer.1password.com/docs/cli"), "{text}");
    assert!(text.contains("template file"), "{text}");
}

/// A stand-in `op` holding one API Credential item (as `op item get --format json` prints
/// it, with the old key); `item edit` records its stdin.
fn op_with_item(dir: &Path) -> PathBuf {
    let item = serde_json::json!({
        "id": "itemid0123456789abcdefghij",
        "title": "Billing",
        "version": 3,
        "vault": {"id": "abcdefghijklmnopqrstuvwxy1", "name": "Private"},
        "category": "API_CREDENTIAL",
        "fields": [
            {"id": "notesPlain", "type": "STRING", "purpose": "NOTES", "label": "notesPlain", "value": "Scriptix", "reference": "op://Private/Billing/notesPlain"},
            {"id": "credential", "type": "CONCEALED", "label": "credential", "value": "sk_live_OLDOLDOLDOLDOLDOLDOLDOLDOLDOLD0000", "reference": "op://Private/Billing/credential"},
            {"id": "hostname", "type": "STRING", "label": "hostname", "value": "api.scriptix.io", "reference": "op://Private/Billing/hostname"},
            {"id": "abc123", "type": "STRING", "label": "token id", "value": "42"}
        ]
    });
    std::fs::write(dir.join("item.json"), item.to_string()).unwrap();
    let op = dir.join("op");
    let script = r#"#!/bin/sh
dir=$(dirname "$0")
for a in "$@"; do printf '%s\n' "$a" >> "$dir/argv"; done
printf -- '--\n' >> "$dir/argv"
env >> "$dir/env"
case "$1 $2" in
  "item get") cat "$dir/item.json" ;;
  "item edit") cat > "$dir/stdin"; printf '{"id":"itemid0123456789abcdefghij","version":4}' ;;
  *) echo "unknown command" >&2; exit 2 ;;
esac
"#;
    std::fs::write(&op, script).unwrap();
    std::fs::set_permissions(&op, std::fs::Permissions::from_mode(0o755)).unwrap();
    op
}

#[test]
fn the_new_key_replaces_the_credential_of_the_same_item_through_op_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let op = op_with_item(dir.path());
    let key = Secret::new(KEY.to_owned());
    edit_credential(
        &op,
        "abcdefghijklmnopqrstuvwxy1",
        "itemid0123456789abcdefghij",
        &key,
    )
    .unwrap();
    assert_eq!(
        calls(dir.path()),
        [
            vec![
                "item",
                "get",
                "itemid0123456789abcdefghij",
                "--vault",
                "abcdefghijklmnopqrstuvwxy1",
                "--format",
                "json",
                "--reveal"
            ],
            vec![
                "item",
                "edit",
                "itemid0123456789abcdefghij",
                "--vault",
                "abcdefghijklmnopqrstuvwxy1"
            ],
        ]
    );
    let argv = std::fs::read_to_string(dir.path().join("argv")).unwrap();
    let env = std::fs::read_to_string(dir.path().join("env")).unwrap();
    assert!(!argv.contains(KEY) && !env.contains(KEY));
    assert!(!argv.contains("sk_live_OLD") && !env.contains("sk_live_OLD"));
    let sent: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("stdin")).unwrap()).unwrap();
    let fields = sent["fields"].as_array().unwrap();
    let credential = fields.iter().find(|f| f["id"] == "credential").unwrap();
    assert_eq!(credential["value"], KEY);
    assert_eq!(credential["type"], "CONCEALED");
    // Everything else is the item as op printed it.
    let mut expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("item.json")).unwrap())
            .unwrap();
    expected["fields"][1]["value"] = serde_json::Value::String(KEY.to_owned());
    assert_eq!(sent, expected);
    // Nothing was left in a temporary file: the folder holds only what the stand-in wrote.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["argv", "env", "item.json", "op", "stdin"]);
}

#[test]
fn an_item_that_is_gone_or_has_no_credential_is_a_clear_failure_and_nothing_is_edited() {
    let dir = tempfile::tempdir().unwrap();
    let op = failing_op(
        dir.path(),
        "[ERROR] 2026/11/30 10:00:00 \"itemid0123456789abcdefghij\" isn't an item in the \"Private\" vault. Specify the item with its ID, name, or domain.",
    );
    let key = Secret::new(KEY.to_owned());
    let err = edit_credential(
        &op,
        "abcdefghijklmnopqrstuvwxy1",
        "itemid0123456789abcdefghij",
        &key,
    )
    .unwrap_err();
    assert_eq!(err, ExportError::OpItemGone);
    assert_eq!(calls(dir.path()).len(), 1, "only the get ran");

    let dir = tempfile::tempdir().unwrap();
    let op = op_with_item(dir.path());
    std::fs::write(
        dir.path().join("item.json"),
        r#"{"id":"itemid0123456789abcdefghij","category":"LOGIN","fields":[{"id":"password","type":"CONCEALED","value":"x"}]}"#,
    )
    .unwrap();
    let err = edit_credential(
        &op,
        "abcdefghijklmnopqrstuvwxy1",
        "itemid0123456789abcdefghij",
        &key,
    )
    .unwrap_err();
    assert!(matches!(err, ExportError::OpFailed { .. }), "{err:?}");
    assert!(err.to_string().contains("credential"), "{err}");
    assert_eq!(calls(dir.path()).len(), 1, "nothing was edited");
    for bad in ["", "a b", "--help", "x;rm"] {
        assert_eq!(
            edit_credential(&op, "abcdefghijklmnopqrstuvwxy1", bad, &key),
            Err(ExportError::OpItemGone)
        );
        assert_eq!(
            edit_credential(&op, bad, "itemid0123456789abcdefghij", &key),
            Err(ExportError::BadVault)
        );
    }
    assert_eq!(calls(dir.path()).len(), 1);
}
