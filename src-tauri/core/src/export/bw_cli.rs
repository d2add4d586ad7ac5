//! Running the Bitwarden CLI (`bw`) directly: whether it is installed, signed in and
//! unlocked (`bw status`), its folders (`bw list folders`), and creating the item from the
//! JSON of `bw get template item`, base64-encoded as `bw encode` would, on stdin
//! (`bw create item`).
//!
//! The key goes to `bw` through stdin only; its arguments are fixed words. The session is
//! the one the user unlocked (`BW_SESSION`, or [`unlock`] with the master password typed in
//! the app, which goes to `bw unlock --passwordenv` in the child's environment only), set
//! for the child only. Nothing goes through a shell. It must not log, and an error never
//! holds the key or the master password.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use super::op_cli::{find_program, run, vault_id_is_plain};
use super::{ExportError, ExportInput, ToolReason};
use crate::secret::Secret;

/// The environment variable `bw` reads its session from.
pub const SESSION_VAR: &str = "BW_SESSION";

/// The environment variable of the `bw unlock` child the master password is handed in
/// (`--passwordenv`); set for that one child only.
pub const PASSWORD_VAR: &str = "SCRIPTIX_KEYS_BW_PASSWORD";

/// One folder from `bw list folders` (`id` is `None` for "No Folder").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BwFolder {
    pub id: Option<String>,
    pub name: String,
}

/// The `bw` program in one of the folders of `path_var`, if any.
pub fn find_bw(path_var: Option<&OsStr>) -> Option<PathBuf> {
    find_program(path_var, "bw")
}

fn failed(error: ExportError) -> ExportError {
    match error {
        ExportError::OpFailed { reason } => ExportError::BwFailed { reason },
        ExportError::OpTimeout => ExportError::BwFailed {
            reason: ToolReason::found("export-reason-too-slow"),
        },
        other => other,
    }
}

/// Whether `bw` is ready: signed in and unlocked with `session`.
///
/// Errors: [`ExportError::BwNotSignedIn`], [`ExportError::BwLocked`],
/// [`ExportError::BwFailed`].
pub fn check_ready(bw: &Path, session: Option<&Secret>) -> Result<(), ExportError> {
    #[derive(Deserialize)]
    struct Status {
        status: String,
    }
    let out = run(
        bw,
        &["status"],
        None,
        None,
        session.map(|s| (SESSION_VAR, s)),
    )
    .map_err(failed)?;
    let status: Status = serde_json::from_slice(&out).map_err(|_| ExportError::BwFailed {
        reason: ToolReason::found("export-reason-odd-status"),
    })?;
    match status.status.as_str() {
        "unlocked" if session.is_some() => Ok(()),
        "unauthenticated" => Err(ExportError::BwNotSignedIn),
        _ => Err(ExportError::BwLocked),
    }
}

/// The folders of the unlocked vault.
///
/// Errors: as [`check_ready`], and [`ExportError::BwFailed`] for an unreadable list.
pub fn list_folders(bw: &Path, session: &Secret) -> Result<Vec<BwFolder>, ExportError> {
    check_ready(bw, Some(session))?;
    let out = run(
        bw,
        &["list", "folders"],
        None,
        None,
        Some((SESSION_VAR, session)),
    )
    .map_err(failed)?;
    let folders: Vec<BwFolder> =
        serde_json::from_slice(&out).map_err(|_| ExportError::BwFailed {
            reason: ToolReason::found("export-reason-odd-folder-list"),
        })?;
    Ok(folders
        .into_iter()
        .filter(|f| f.id.as_deref().is_none_or(vault_id_is_plain_or_uuid))
        .collect())
}

/// Unlocks the vault with the master password: `bw unlock --passwordenv <PASSWORD_VAR>
/// --raw --nointeraction`, the password in that child's environment only (never an
/// argument, stdin or a file), and returns the session it prints, checked with `bw status`.
/// The caller keeps the session in memory only.
///
/// Errors: [`ExportError::BwWrongPassword`] (also for an empty password, which never
/// reaches `bw`), [`ExportError::BwNotSignedIn`], [`ExportError::BwLocked`],
/// [`ExportError::BwFailed`].
pub fn unlock(bw: &Path, password: &Secret) -> Result<Secret, ExportError> {
    if password.expose().is_empty() {
        return Err(ExportError::BwWrongPassword);
    }
    let out = run(
        bw,
        &[
            "unlock",
            "--passwordenv",
            PASSWORD_VAR,
            "--raw",
            "--nointeraction",
        ],
        None,
        Some(password),
        Some((PASSWORD_VAR, password)),
    )
    .map_err(|error| match &error {
        ExportError::OpFailed { reason } => {
            let line = reason.words().to_lowercase();
            if line.contains("invalid master password") {
                ExportError::BwWrongPassword
            } else if line.contains("not logged in") {
                ExportError::BwNotSignedIn
            } else {
                failed(error)
            }
        }
        _ => failed(error),
    })?;
    let session = Secret::new(
        String::from_utf8(out)
            .map_err(|_| ExportError::Encode)?
            .trim()
            .to_owned(),
    );
    if session.expose().is_empty() || session.expose().contains(char::is_whitespace) {
        return Err(ExportError::BwFailed {
            reason: ToolReason::found("export-reason-no-session"),
        });
    }
    check_ready(bw, Some(&session))?;
    Ok(session)
}

fn vault_id_is_plain_or_uuid(id: &str) -> bool {
    vault_id_is_plain(&id.replace('-', ""))
}

/// Creates the login item (the JSON of [`item_json`]) with `bw create item`, the JSON
/// base64-encoded on stdin. Returns the new item's id.
///
/// Errors: as [`check_ready`], [`ExportError::BwFailed`].
pub fn create_item(
    bw: &Path,
    session: &Secret,
    item: &Secret,
    key: &Secret,
) -> Result<Option<String>, ExportError> {
    check_ready(bw, Some(session))?;
    let encoded = Secret::new(STANDARD.encode(item.expose().as_bytes()));
    let out = run(
        bw,
        &["create", "item"],
        Some(&encoded),
        Some(key),
        Some((SESSION_VAR, session)),
    )
    .map_err(failed)?;
    #[derive(Deserialize)]
    struct Created {
        id: String,
    }
    Ok(serde_json::from_slice::<Created>(&out)
        .ok()
        .map(|c| c.id)
        .filter(|id| vault_id_is_plain_or_uuid(id)))
}

/// Replaces the login password of item `item_id` with `key`: `bw get item <id>`, then
/// `bw edit item <id>` with the changed item base64-encoded on stdin (Bitwarden keeps the
/// old password in the item's password history).
///
/// Errors: as [`check_ready`], [`ExportError::BwFailed`].
pub fn edit_password(
    bw: &Path,
    session: &Secret,
    item_id: &str,
    key: &Secret,
) -> Result<(), ExportError> {
    if !vault_id_is_plain_or_uuid(item_id) {
        return Err(ExportError::BwFailed {
            reason: ToolReason::found("export-reason-bad-item-id"),
        });
    }
    check_ready(bw, Some(session))?;
    let env = Some((SESSION_VAR, session));
    let out = run(bw, &["get", "item", item_id], None, None, env).map_err(failed)?;
    let mut item: serde_json::Value =
        serde_json::from_slice(&out).map_err(|_| ExportError::BwFailed {
            reason: ToolReason::found("export-reason-odd-item"),
        })?;
    let Some(login) = item.get_mut("login").and_then(|l| l.as_object_mut()) else {
        return Err(ExportError::BwFailed {
            reason: ToolReason::found("export-reason-not-a-login"),
        });
    };
    login.insert(
        "password".to_owned(),
        serde_json::Value::String(key.expose().to_owned()),
    );
    let json = Secret::new(serde_json::to_string(&item).map_err(|_| ExportError::Encode)?);
    drop(item);
    let encoded = Secret::new(STANDARD.encode(json.expose().as_bytes()));
    run(
        bw,
        &["edit", "item", item_id],
        Some(&encoded),
        Some(key),
        env,
    )
    .map_err(failed)
    .map(drop)
}

/// The item, shaped as `bw get template item` with a `login` (`bw get template
/// item.login`) and text fields (`bw get template item.field`): name, the key as password,
/// the token id as user name, the API URL, the type/expiry/id as fields, in `folder_id`.
///
/// Errors: [`ExportError::Encode`] (a bug).
pub fn item_json(input: &ExportInput<'_>, folder_id: Option<&str>) -> Result<Secret, ExportError> {
    super::bitwarden::cli_item(input, folder_id)
}

#[cfg(all(test, unix))]
#[path = "bw_cli_tests.rs"]
mod tests;
