#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::os::unix::fs::PermissionsExt;

use super::*;
use crate::model::{TokenId, TokenType};

const KEY: &str = "sk_live_0123456789abcdefghijABCDEFGHIJ0123456789";
const SESSION: &str = "bw-session-token-from-bw-unlock";

/// A recording stand-in for `bw`: each call's arguments (one per line, then `--`), its
/// environment and its stdin; `status` answers what the `status` file says.
fn fake_bw(dir: &Path, status: &str) -> PathBuf {
    std::fs::write(dir.join("status"), status).unwrap();
    let bw = dir.join("bw");
    let script = r#"#!/bin/sh
dir=$(dirname "$0")
for a in "$@"; do printf '%s\n' "$a" >> "$dir/argv"; done
printf -- '--\n' >> "$dir/argv"
env >> "$dir/env"
case "$1 $2" in
  "status ") printf '{"serverUrl":null,"lastSync":null,"userEmail":"dev@example.com","status":"%s"}' "$(cat "$dir/status")" ;;
  "list folders") printf '[{"object":"folder","id":"1b2c3d4e-aaaa-bbbb-cccc-0123456789ab","name":"Team"},{"object":"folder","id":null,"name":"No Folder"},{"object":"folder","id":"x; rm -rf ~","name":"Hostile"}]' ;;
  "create item") cat > "$dir/stdin"; printf '{"object":"item","id":"4f2a0b1c-1111-2222-3333-444455556666"}' ;;
  "unlock --passwordenv") cat > "$dir/stdin"
    if [ "$(printenv "$3")" = "$(cat "$dir/master")" ]; then printf 'bw-session-from-unlock\n'; printf unlocked > "$dir/status"
    else echo "Invalid master password." >&2; exit 1; fi ;;
  *) echo "unknown command" >&2; exit 2 ;;
esac
"#;
    std::fs::write(&bw, script).unwrap();
    std::fs::set_permissions(&bw, std::fs::Permissions::from_mode(0o755)).unwrap();
    bw
}

fn calls(dir: &Path) -> Vec<Vec<String>> {
    std::fs::read_to_string(dir.join("argv"))
        .unwrap_or_default()
        .split("--\n")
        .filter(|c| !c.is_empty())
        .map(|c| c.lines().map(str::to_owned).collect())
        .collect()
}

fn keys(value: &serde_json::Value) -> BTreeSet<String> {
    value.as_object().unwrap().keys().cloned().collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn the_item_reaches_bw_base64_encoded_on_stdin_in_the_shape_of_its_template() {
    let dir = tempfile::tempdir().unwrap();
    let bw = fake_bw(dir.path(), "unlocked");
    let key = Secret::new(KEY.to_owned());
    let session = Secret::new(SESSION.to_owned());
    let id = TokenId::new("42");
    let input = ExportInput {
        name: "$(touch pwned) billing",
        token_type: &TokenType::Batch,
        token_id: &id,
        expires_at: None,
        key: &key,
        variable: None,
        api_url: None,
    };
    let item = item_json(&input, Some("1b2c3d4e-aaaa-bbbb-cccc-0123456789ab")).unwrap();
    let created = create_item(&bw, &session, &item, &key).unwrap();
    assert_eq!(
        created.as_deref(),
        Some("4f2a0b1c-1111-2222-3333-444455556666")
    );
    assert_eq!(calls(dir.path()), [vec!["status"], vec!["create", "item"]]);
    let argv = std::fs::read_to_string(dir.path().join("argv")).unwrap();
    assert!(!argv.contains(KEY) && !argv.contains("pwned"));
    let env = std::fs::read_to_string(dir.path().join("env")).unwrap();
    assert!(!env.contains(KEY), "the key is never in bw's environment");
    assert!(
        env.contains(&format!("BW_SESSION={SESSION}")),
        "the session is"
    );
    assert!(!dir.path().join("pwned").exists());

    // stdin is what `bw encode` makes of the JSON of `bw get template item`.
    let stdin = std::fs::read_to_string(dir.path().join("stdin")).unwrap();
    let json: serde_json::Value =
        serde_json::from_slice(&STANDARD.decode(stdin.trim()).unwrap()).unwrap();
    assert_eq!(
        keys(&json),
        set(&[
            "organizationId",
            "collectionIds",
            "folderId",
            "type",
            "name",
            "notes",
            "favorite",
            "fields",
            "login",
            "secureNote",
            "card",
            "identity",
            "reprompt"
        ])
    );
    assert_eq!(
        keys(&json["login"]),
        set(&["uris", "username", "password", "totp"])
    );
    assert_eq!(keys(&json["login"]["uris"][0]), set(&["match", "uri"]));
    for field in json["fields"].as_array().unwrap() {
        assert_eq!(keys(field), set(&["name", "value", "type"]));
        assert_eq!(field["type"], 0, "text fields");
    }
    assert_eq!(json["type"], 1, "a login");
    assert_eq!(json["name"], "$(touch pwned) billing");
    assert_eq!(json["folderId"], "1b2c3d4e-aaaa-bbbb-cccc-0123456789ab");
    assert_eq!(json["login"]["password"], KEY);
    assert_eq!(json["login"]["username"], "42");
}

#[test]
fn folders_come_from_bw_list_folders_and_a_hostile_id_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let bw = fake_bw(dir.path(), "unlocked");
    let folders = list_folders(&bw, &Secret::new(SESSION.to_owned())).unwrap();
    assert_eq!(
        folders,
        [
            BwFolder {
                id: Some("1b2c3d4e-aaaa-bbbb-cccc-0123456789ab".into()),
                name: "Team".into()
            },
            BwFolder {
                id: None,
                name: "No Folder".into()
            },
        ]
    );
}

#[test]
fn a_locked_or_signed_out_bw_or_none_at_all_is_a_clear_message_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let key = Secret::new(KEY.to_owned());
    let session = Secret::new(SESSION.to_owned());
    let bw = fake_bw(dir.path(), "locked");
    let err = create_item(&bw, &session, &key, &key).unwrap_err();
    assert_eq!(err, ExportError::BwLocked);
    assert!(err.to_string().contains("master password"), "{err}");
    assert_eq!(check_ready(&bw, None), Err(ExportError::BwLocked));
    std::fs::write(dir.path().join("status"), "unauthenticated").unwrap();
    let err = list_folders(&bw, &session).unwrap_err();
    assert_eq!(err, ExportError::BwNotSignedIn);
    assert!(err.to_string().contains("bw login"), "{err}");
    assert!(
        calls(dir.path()).iter().all(|c| c == &["status"]),
        "only asked for its status"
    );
    assert!(!dir.path().join("stdin").exists());
    let empty = tempfile::tempdir().unwrap();
    assert_eq!(find_bw(Some(empty.path().as_os_str())), None);
    assert_eq!(find_bw(Some(dir.path().as_os_str())), Some(bw));
}

const MASTER: &str = "master password with spaces & $(touch pwned)";

#[test]
fn unlocking_hands_the_master_password_to_bw_in_its_environment_only_and_keeps_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let bw = fake_bw(dir.path(), "locked");
    std::fs::write(dir.path().join("master"), MASTER).unwrap();
    let session = unlock(&bw, &Secret::new(MASTER.to_owned())).unwrap();
    assert_eq!(session.expose(), "bw-session-from-unlock");
    assert_eq!(
        calls(dir.path()),
        [
            vec![
                "unlock",
                "--passwordenv",
                PASSWORD_VAR,
                "--raw",
                "--nointeraction"
            ],
            vec!["status"],
        ]
    );
    let argv = std::fs::read_to_string(dir.path().join("argv")).unwrap();
    assert!(!argv.contains("master password"), "never in argv");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("stdin")).unwrap(),
        "",
        "nothing on stdin"
    );
    let env = std::fs::read_to_string(dir.path().join("env")).unwrap();
    let runs: Vec<&str> = env.split("\nPWD=").collect();
    assert!(
        env.contains(&format!("{PASSWORD_VAR}={MASTER}")),
        "the unlock child gets it"
    );
    assert_eq!(
        env.matches(MASTER).count(),
        1,
        "only the unlock child, not the status check: {runs:?}"
    );
    assert!(env.contains("BW_SESSION=bw-session-from-unlock"));
    assert!(!dir.path().join("pwned").exists());
    // No temporary file: the folder holds only what the stand-in wrote.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["argv", "bw", "env", "master", "status", "stdin"]);
}

#[test]
fn a_wrong_master_password_is_a_clear_message_without_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let bw = fake_bw(dir.path(), "locked");
    std::fs::write(dir.path().join("master"), MASTER).unwrap();
    let err = unlock(&bw, &Secret::new("not it".to_owned())).unwrap_err();
    assert_eq!(err, ExportError::BwWrongPassword);
    assert!(err.to_string().contains("master password"), "{err}");
    assert_eq!(err.field(), Some("masterPassword"));
    assert_eq!(
        unlock(&bw, &Secret::new(String::new())).unwrap_err(),
        ExportError::BwWrongPassword,
        "an empty password never reaches bw"
    );
    assert_eq!(calls(dir.path()).len(), 1);
    std::fs::write(dir.path().join("status"), "unauthenticated").unwrap();
    std::fs::write(
        dir.path().join("bw"),
        "#!/bin/sh\necho 'You are not logged in.' >&2\nexit 1\n",
    )
    .unwrap();
    assert_eq!(
        unlock(&bw, &Secret::new(MASTER.to_owned())).unwrap_err(),
        ExportError::BwNotSignedIn
    );
}
