//! Running the 1Password CLI (`op`) directly: finding it on `PATH`, listing the vaults the
//! user can pick from, and creating the item with its JSON template on stdin.
//!
//! The key goes to `op` through stdin only: its arguments (visible in the process list) are
//! fixed words plus a vault id that was checked to be plain letters and digits. Nothing goes
//! through a shell. It must not log, and an error never holds the key (`op`'s own message is
//! cut to one line and scrubbed of it).

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::{ExportError, ToolReason};
use crate::i18n::Coded;
use crate::secret::Secret;

/// How long `op` may take (it may wait for the user to unlock 1Password).
pub const OP_TIMEOUT: Duration = Duration::from_secs(120);

/// Longest vault id passed to `op` (1Password's are 26 characters).
const MAX_VAULT_ID_CHARS: usize = 64;

/// One vault from `op vault list --format json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpVault {
    pub id: String,
    pub name: String,
}

/// The `op` program in one of the folders of `path_var` (the value of `PATH`), if any.
pub fn find_op(path_var: Option<&OsStr>) -> Option<PathBuf> {
    find_program(path_var, "op")
}

/// A program named `name` in one of the absolute folders of `path_var`.
pub(super) fn find_program(path_var: Option<&OsStr>, name: &str) -> Option<PathBuf> {
    let file = if cfg!(windows) {
        format!("{name}.exe")
    } else {
        name.to_owned()
    };
    std::env::split_paths(path_var?)
        .filter(|dir| dir.is_absolute())
        .map(|dir| dir.join(&file))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.is_file() && meta.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    {
        meta.is_file()
    }
}

/// The vaults the signed-in 1Password account can write to, as `op vault list` names them.
///
/// Errors: [`ExportError::OpNotSignedIn`], [`ExportError::OpLocked`],
/// [`ExportError::OpFailed`] (`op` failed otherwise or answered something unreadable),
/// [`ExportError::OpTimeout`].
pub fn list_vaults(op: &Path) -> Result<Vec<OpVault>, ExportError> {
    let out = run(op, &["vault", "list", "--format", "json"], None, None, None).map_err(known)?;
    let vaults: Vec<OpVault> = serde_json::from_slice(&out).map_err(|_| ExportError::OpFailed {
        reason: ToolReason::found("export-reason-odd-vault-list"),
    })?;
    Ok(vaults
        .into_iter()
        .filter(|v| vault_id_is_plain(&v.id))
        .collect())
}

/// Creates the 1Password item in `vault_id` from `template` (the item JSON, holding `key`),
/// which `op` reads on stdin: `op item create --vault <id> --format json -`. `key` is only
/// used to scrub `op`'s error message. Returns the new item's id when `op` named one (a
/// plain id, so a rotation can update the same item later).
///
/// Errors: [`ExportError::BadVault`] (before `op` runs), [`ExportError::OpNotSignedIn`],
/// [`ExportError::OpLocked`], [`ExportError::OpNoSuchVault`], [`ExportError::OpFailed`],
/// [`ExportError::OpTimeout`].
pub fn create_item(
    op: &Path,
    vault_id: &str,
    template: &Secret,
    key: &Secret,
) -> Result<Option<String>, ExportError> {
    if !vault_id_is_plain(vault_id) {
        return Err(ExportError::BadVault);
    }
    run(
        op,
        &[
            "item", "create", "--vault", vault_id, "--format", "json", "-",
        ],
        Some(template),
        Some(key),
        None,
    )
    .map_err(known)
    .map(|out| item_id(&out))
}

/// Puts `key` into the `credential` field of the API Credential item `item_id` in
/// `vault_id`, the way 1Password documents editing with a template: `op item get <id>
/// --vault <v> --format json --reveal`, the item changed in memory, then piped to `op item
/// edit <id> --vault <v>` on stdin. The key is never in an argument, the environment or a
/// file; 1Password keeps the previous version of the item in its history.
///
/// Errors: [`ExportError::BadVault`], [`ExportError::OpItemGone`] (also for an id that is
/// not plain), [`ExportError::OpNotSignedIn`], [`ExportError::OpLocked`],
/// [`ExportError::OpNoSuchVault`], [`ExportError::OpFailed`] (among others: the item has no
/// concealed `credential` field), [`ExportError::OpTimeout`].
pub fn edit_credential(
    op: &Path,
    vault_id: &str,
    item_id: &str,
    key: &Secret,
) -> Result<(), ExportError> {
    if !vault_id_is_plain(vault_id) {
        return Err(ExportError::BadVault);
    }
    if !vault_id_is_plain(item_id) {
        return Err(ExportError::OpItemGone);
    }
    let out = Secret::new(
        String::from_utf8(
            run(
                op,
                &[
                    "item", "get", item_id, "--vault", vault_id, "--format", "json", "--reveal",
                ],
                None,
                None,
                None,
            )
            .map_err(known)?,
        )
        .map_err(|_| unreadable_item())?,
    );
    let mut item: serde_json::Value =
        serde_json::from_str(out.expose()).map_err(|_| unreadable_item())?;
    drop(out);
    let credential = item
        .get_mut("fields")
        .and_then(serde_json::Value::as_array_mut)
        .and_then(|fields| {
            fields
                .iter_mut()
                .find(|f| f["id"] == "credential" && f["type"] == "CONCEALED")
        })
        .ok_or_else(|| ExportError::OpFailed {
            reason: ToolReason::found("export-reason-no-credential-field"),
        })?;
    credential["value"] = serde_json::Value::String(key.expose().to_owned());
    let json = Secret::new(serde_json::to_string(&item).map_err(|_| ExportError::Encode)?);
    drop(item);
    run(
        op,
        &["item", "edit", item_id, "--vault", vault_id],
        Some(&json),
        Some(key),
        None,
    )
    .map_err(known)
    .map(drop)
}

fn unreadable_item() -> ExportError {
    ExportError::OpFailed {
        reason: ToolReason::found("export-reason-odd-item"),
    }
}

/// `op`'s failures that have their own message: not signed in, locked, no such vault or
/// item (matched on the first error line of `op` 2).
fn known(error: ExportError) -> ExportError {
    let ExportError::OpFailed { reason } = &error else {
        return error;
    };
    let line = reason.words().to_lowercase();
    if line.contains("not currently signed in")
        || line.contains("not signed in")
        || line.contains("no accounts configured")
        || line.contains("sign in to an account")
    {
        ExportError::OpNotSignedIn
    } else if line.contains("isn't a vault") || line.contains("vault not found") {
        ExportError::OpNoSuchVault
    } else if line.contains("isn't an item") || line.contains("item not found") {
        ExportError::OpItemGone
    } else if line.contains("locked")
        || line.contains("authorization prompt dismissed")
        || line.contains("authorization timeout")
    {
        ExportError::OpLocked
    } else {
        error
    }
}

/// The `id` of the item JSON `op` printed, when it is a plain id.
fn item_id(out: &[u8]) -> Option<String> {
    #[derive(Deserialize)]
    struct Created {
        id: String,
    }
    serde_json::from_slice::<Created>(out)
        .ok()
        .map(|c| c.id)
        .filter(|id| vault_id_is_plain(id))
}

pub(super) fn vault_id_is_plain(id: &str) -> bool {
    (1..=MAX_VAULT_ID_CHARS).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Runs `op` (or `bw`) with `args`, writes `stdin` (if any) and closes it, and returns
/// stdout. `env` is one variable set for the child only (`bw`'s `BW_SESSION`).
pub(super) fn run(
    op: &Path,
    args: &[&str],
    stdin: Option<&Secret>,
    hide: Option<&Secret>,
    env: Option<(&str, &Secret)>,
) -> Result<Vec<u8>, ExportError> {
    let mut command = Command::new(op);
    if let Some((name, value)) = env {
        command.env(name, value.expose());
    }
    let mut child = command
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| ExportError::OpFailed {
            reason: ToolReason::Found(
                Coded::new("export-reason-not-started").arg("reason", e.to_string()),
            ),
        })?;
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();
    let out_reader = std::thread::spawn(move || read_all(stdout));
    let err_reader = std::thread::spawn(move || read_all(stderr));
    if let (Some(secret), Some(mut pipe)) = (stdin, child.stdin.take()) {
        // A write error means `op` exited early; its status and message say why. The pipe
        // is closed when it goes out of scope, so `op` sees the end of the template.
        let _ = pipe.write_all(secret.expose().as_bytes());
    }
    let status = wait(&mut child)?;
    let out = out_reader.join().unwrap_or_default();
    let err = err_reader.join().unwrap_or_default();
    if status {
        Ok(out)
    } else {
        Err(ExportError::OpFailed {
            reason: ToolReason::said(first_line(&err, hide)),
        })
    }
}

fn read_all(pipe: Option<impl Read>) -> Vec<u8> {
    let mut buf = Vec::new();
    if let Some(mut pipe) = pipe {
        let _ = pipe.read_to_end(&mut buf);
    }
    buf
}

/// Waits up to [`OP_TIMEOUT`]; `Ok(success)`. A timed-out `op` is killed.
fn wait(child: &mut Child) -> Result<bool, ExportError> {
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status.success()),
            Ok(None) if started.elapsed() >= OP_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(ExportError::OpTimeout);
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(25)),
            Err(e) => {
                return Err(ExportError::OpFailed {
                    reason: ToolReason::Found(
                        Coded::new("export-reason-not-waited").arg("reason", e.to_string()),
                    ),
                });
            }
        }
    }
}

/// `op`'s first error line, shortened, with the key (if it was sent) removed.
fn first_line(stderr: &[u8], hide: Option<&Secret>) -> String {
    let text = String::from_utf8_lossy(stderr);
    let mut line: String = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("it gave no reason")
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    if let Some(secret) = hide.map(Secret::expose).filter(|s| !s.is_empty()) {
        line = line.replace(secret, "***");
    }
    line
}

#[cfg(all(test, unix))]
#[path = "op_cli_tests.rs"]
mod tests;
