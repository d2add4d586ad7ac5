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
