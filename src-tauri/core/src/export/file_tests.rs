#![allow(clippy::unwrap_used)]

use std::path::Path;

use super::*;

const KEY: &str = "sk_live_0123456789abcdefghijABCDEFGHIJ0123456789";

fn key() -> Secret {
    Secret::new(KEY.to_owned())
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_new_env_file_is_created_owner_only_with_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(".env");
    let outcome = write_env_file(&path, DEFAULT_ENV_VARIABLE, &key()).unwrap();
    assert_eq!(
        outcome,
        EnvFileOutcome {
            created: true,
            replaced: false
        }
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        format!("SCRIPTIX_API_TOKEN={KEY}\n")
    );
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
    assert_eq!(entries(dir.path()), [".env"], "no temporary file is left");
}

#[test]
fn an_existing_env_file_keeps_its_other_lines_and_becomes_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(".env");
    std::fs::write(
        &path,
        "DATABASE_URL=postgres://x\n# comment\nSCRIPTIX_API_TOKEN=old\nDEBUG=1\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let outcome = write_env_file(&path, "SCRIPTIX_API_TOKEN", &key()).unwrap();
    assert_eq!(
        outcome,
        EnvFileOutcome {
            created: false,
            replaced: true
        }
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        format!("DATABASE_URL=postgres://x\n# comment\nSCRIPTIX_API_TOKEN={KEY}\nDEBUG=1\n")
    );
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);

    let outcome = write_env_file(&path, "OTHER_TOKEN", &key()).unwrap();
    assert!(!outcome.created && !outcome.replaced);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("DATABASE_URL=postgres://x\n"));
    assert!(text.ends_with(&format!("DEBUG=1\nOTHER_TOKEN={KEY}\n")));
}

#[test]
fn a_file_that_is_not_text_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("blob.env");
    std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
    let err = write_env_file(&path, "K", &key()).unwrap_err();
    assert!(matches!(err, ExportError::NotText { .. }));
    assert_eq!(std::fs::read(&path).unwrap(), [0xff, 0xfe, 0x00]);
    let err = write_env_file(&path, "BAD-NAME", &key()).unwrap_err();
    assert_eq!(err.field(), Some("variable"));
}

#[test]
fn export_files_are_written_owner_only_and_replace_an_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("prod-bitwarden.csv");
    std::fs::write(&path, "old").unwrap();
    write_secret_file(&path, &key()).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), KEY);
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
    let missing = dir.path().join("no-such-folder").join("x.csv");
    let err = write_secret_file(&missing, &key()).unwrap_err();
    assert!(matches!(err, ExportError::Write { .. }));
    assert!(!err.to_string().contains(KEY));
}

fn git_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::create_dir_all(dir.path().join("app").join("config")).unwrap();
    dir
}

#[test]
fn the_gitignore_warning_fires_for_an_unignored_file_in_a_git_tree() {
    let tree = git_tree();
    let path = tree.path().join("app").join(".env");
    let warning = gitignore_warning(&path).unwrap().to_string();
    assert!(
        warning.contains(".env is inside the git repository"),
        "{warning}"
    );
    std::fs::write(tree.path().join(".gitignore"), "target/\n*.log\n").unwrap();
    assert!(gitignore_warning(&path).is_some());
}

#[test]
fn the_gitignore_warning_is_silent_when_a_rule_covers_the_file() {
    let tree = git_tree();
    let env = tree.path().join("app").join("config").join(".env");
    let local = tree.path().join("app").join(".env.local");
    let prod = tree.path().join("prod.env");
    std::fs::write(tree.path().join(".gitignore"), "# secrets\n.env\n").unwrap();
    assert_eq!(gitignore_warning(&env), None);
    assert!(gitignore_warning(&local).is_some());
    assert!(gitignore_warning(&prod).is_some());

    std::fs::write(tree.path().join(".gitignore"), ".env*\n*.env\n").unwrap();
    assert_eq!(gitignore_warning(&local), None);
    assert_eq!(gitignore_warning(&prod), None);

    std::fs::write(tree.path().join("app").join(".gitignore"), "!.env.local\n").unwrap();
    assert!(
        gitignore_warning(&local).is_some(),
        "a nested negation wins"
    );

    std::fs::write(tree.path().join(".gitignore"), "").unwrap();
    std::fs::write(tree.path().join("app").join(".gitignore"), "config/\n").unwrap();
    assert_eq!(gitignore_warning(&env), None);
    std::fs::create_dir_all(tree.path().join(".git").join("info")).unwrap();
    std::fs::write(
        tree.path().join(".git").join("info").join("exclude"),
        "prod.env\n",
    )
    .unwrap();
    assert_eq!(gitignore_warning(&prod), None);
}

#[test]
fn there_is_no_gitignore_warning_outside_a_git_tree() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(gitignore_warning(&dir.path().join(".env")), None);
}
