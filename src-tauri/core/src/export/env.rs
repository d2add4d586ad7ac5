//! `.env` lines and the owner-only file writer.

use std::fs::OpenOptions;
use std::io::{ErrorKind as IoErrorKind, Write};
use std::path::Path;

use secrecy::zeroize::Zeroizing;
use serde::Serialize;

use super::ExportError;
use crate::secret::Secret;

/// The variable name the Scriptix SDKs and examples read.
pub const DEFAULT_ENV_VARIABLE: &str = "SCRIPTIX_API_TOKEN";

/// What [`write_env_file`] did, for the confirmation message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EnvFileOutcome {
    /// The file did not exist and was created.
    pub created: bool,
    /// An existing line for the same variable was replaced (else the line was appended).
    pub replaced: bool,
}

/// Checks a `.env` variable name: `^[A-Za-z_][A-Za-z0-9_]*$`. Returns it trimmed.
///
/// Errors: [`ExportError::InvalidVariable`].
pub fn validate_env_variable(name: &str) -> Result<&str, ExportError> {
    let trimmed = name.trim();
    let mut chars = trimmed.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if first_ok && chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
        Ok(trimmed)
    } else {
        Err(ExportError::InvalidVariable {
            name: name.to_owned(),
        })
    }
}

/// The value as a `.env` file must hold it: bare when it has only characters every dotenv
/// parser reads literally, else in single quotes (no expansion, no escapes in dotenv,
/// python-dotenv, Docker Compose). A key needing both is refused rather than guessed at.
fn env_value(key: &str) -> Result<Zeroizing<String>, ExportError> {
    let bare = key
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "_-.+/=:@~,".contains(c));
    if bare && !key.is_empty() {
        Ok(Zeroizing::new(key.to_owned()))
    } else if key.contains('\'') || key.contains(['\n', '\r']) {
        Err(ExportError::KeyNeedsQuoting)
    } else {
        Ok(Zeroizing::new(format!("'{key}'")))
    }
}

fn line(variable: Option<&str>, key: &Secret) -> Result<Zeroizing<String>, ExportError> {
    let variable = validate_env_variable(variable.unwrap_or(DEFAULT_ENV_VARIABLE))?;
    let value = env_value(key.expose())?;
    Ok(Zeroizing::new(format!("{variable}={}", value.as_str())))
}

/// `NAME=key` without a line break.
pub fn env_line(variable: Option<&str>, key: &Secret) -> Result<Secret, ExportError> {
    line(variable, key).map(|l| Secret::new(l.to_string()))
}

/// The content of a new `.env` file: the line and a line break.
pub(super) fn env_file(variable: Option<&str>, key: &Secret) -> Result<Secret, ExportError> {
    line(variable, key).map(|l| Secret::new(format!("{}\n", l.as_str())))
}

/// Whether a `.env` line assigns `variable` (with or without a leading `export`).
fn assigns(line: &str, variable: &str) -> bool {
    let text = line.trim_start();
    let text = text
        .strip_prefix("export")
        .filter(|rest| rest.starts_with([' ', '\t']))
        .map_or(text, str::trim_start);
    text.strip_prefix(variable)
        .is_some_and(|rest| rest.trim_start().starts_with('='))
}

/// Replaces the first line assigning `variable` (dropping later duplicates) or appends the
/// new line; every other line is kept as it was. Keeps CRLF files CRLF.
fn merge(existing: &str, variable: &str, new_line: &str) -> (Zeroizing<String>, bool) {
    let newline = if existing.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let mut out = Zeroizing::new(String::with_capacity(existing.len() + new_line.len() + 2));
    let mut replaced = false;
    for old in existing.lines() {
        if assigns(old, variable) {
            if !replaced {
                out.push_str(new_line);
                out.push_str(newline);
                replaced = true;
            }
            continue;
        }
        out.push_str(old);
        out.push_str(newline);
    }
    if !replaced {
        out.push_str(new_line);
        out.push_str(newline);
    }
    (out, replaced)
}

/// Puts `variable=key` into a `.env` file: creates it, or replaces the line for the same
/// variable in an existing file, or appends to it; other lines are kept. The file is
/// (re)written owner-only (see [`write_secret_file`]).
///
/// Errors: [`ExportError::InvalidVariable`], [`ExportError::KeyNeedsQuoting`],
/// [`ExportError::NotText`], [`ExportError::NotAFile`], [`ExportError::Write`].
pub fn write_env_file(
    path: &Path,
    variable: &str,
    key: &Secret,
) -> Result<EnvFileOutcome, ExportError> {
    let variable = validate_env_variable(variable)?;
    let new_line = line(Some(variable), key)?;
    let existing = match std::fs::read(path) {
        Ok(bytes) => Some(Zeroizing::new(String::from_utf8(bytes).map_err(|_| {
            ExportError::NotText {
                path: path.display().to_string(),
            }
        })?)),
        Err(e) if e.kind() == IoErrorKind::NotFound => None,
        Err(e) => return Err(write_error(path, &e)),
    };
    let (content, replaced) = match &existing {
        Some(text) => merge(text, variable, &new_line),
        None => (Zeroizing::new(format!("{}\n", new_line.as_str())), false),
    };
    write_secret_file(path, &Secret::new(content.to_string()))?;
    Ok(EnvFileOutcome {
        created: existing.is_none(),
        replaced,
    })
}

/// Writes a file that holds a key: into a temporary file in the same folder created
/// owner-only from the start (mode 0600 on Unix, never widened then narrowed), then
/// renamed over `path`. An existing file is replaced (its old permissions are not kept;
/// a symlink at `path` is replaced by the file, not followed).
///
/// Errors: [`ExportError::NotAFile`], [`ExportError::Write`].
pub fn write_secret_file(path: &Path, content: &Secret) -> Result<(), ExportError> {
    let name = path.file_name().ok_or(ExportError::NotAFile)?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let temp = dir.join(format!(
        ".{}.{:016x}.tmp",
        name.to_string_lossy(),
        rand::random::<u64>()
    ));
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let result = options.open(&temp).and_then(|mut file| {
        file.write_all(content.expose().as_bytes())?;
        file.sync_all()
    });
    let result = result.and_then(|()| std::fs::rename(&temp, path));
    result.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        write_error(path, &e)
    })
}

fn write_error(path: &Path, error: &std::io::Error) -> ExportError {
    ExportError::Write {
        path: path.display().to_string(),
        reason: error.to_string(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn variable_names_follow_the_shell_rule() {
        for ok in ["SCRIPTIX_API_TOKEN", "_x", "a1", " KEY "] {
            assert!(validate_env_variable(ok).is_ok(), "{ok}");
        }
        for bad in ["", "1KEY", "MY-KEY", "MY KEY", "KEY=", "ÄPI", "$KEY"] {
            assert_eq!(
                validate_env_variable(bad).unwrap_err().kind(),
                crate::error::ErrorKind::InvalidInput,
                "{bad}"
            );
        }
    }

    #[test]
    fn a_plain_key_is_written_bare_and_an_odd_one_in_single_quotes() {
        let plain = Secret::new("sk_live_abc123".into());
        assert_eq!(
            env_line(None, &plain).unwrap().expose(),
            "SCRIPTIX_API_TOKEN=sk_live_abc123"
        );
        let odd = Secret::new("ab#c$d\"e".into());
        assert_eq!(env_line(Some("K"), &odd).unwrap().expose(), "K='ab#c$d\"e'");
        let impossible = Secret::new("a'b#".into());
        assert_eq!(
            env_line(None, &impossible).unwrap_err(),
            ExportError::KeyNeedsQuoting
        );
    }

    #[test]
    fn merging_replaces_the_same_variable_only_and_keeps_crlf() {
        let existing = "A=1\r\nexport SCRIPTIX_API_TOKEN=old\r\nSCRIPTIX_API_TOKEN_2=x\r\n# c\r\nSCRIPTIX_API_TOKEN = dup\r\n";
        let (out, replaced) = merge(existing, "SCRIPTIX_API_TOKEN", "SCRIPTIX_API_TOKEN=new");
        assert!(replaced);
        assert_eq!(
            out.as_str(),
            "A=1\r\nSCRIPTIX_API_TOKEN=new\r\nSCRIPTIX_API_TOKEN_2=x\r\n# c\r\n"
        );
        let (out, replaced) = merge("A=1", "B", "B=2");
        assert!(!replaced);
        assert_eq!(out.as_str(), "A=1\nB=2\n");
    }
}
