//! Hand-off of one API key to a password manager or a `.env` file.
//!
//! Owns the export formats (1Password, Bitwarden, KeePassXC, `.env`), the owner-only file
//! writer and the "is this file ignored by git?" check. Exported files are the only place a
//! key is ever written to disk, and only where the user chose to put it.
//!
//! It must never return a key as a plain `String`: every rendering comes back as a
//! [`Secret`], and files are written straight from one. It must not log, and it must not
//! read the vault: the caller passes the key in.

mod bitwarden;
pub mod bw_cli;
mod env;
mod error;
mod gitignore;
pub mod kdbx;
mod keepassxc;
mod onepassword;
pub mod op_cli;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use url::Url;

use crate::model::{TokenId, TokenType};
use crate::secret::Secret;

pub use env::{
    DEFAULT_ENV_VARIABLE, EnvFileOutcome, env_line, validate_env_variable, write_env_file,
    write_secret_file,
};
pub use error::{ExportError, ToolReason};
pub use gitignore::gitignore_warning;
pub use onepassword::template_command;

/// Where a Scriptix key works when the caller does not say otherwise.
pub const DEFAULT_API_URL: &str = "https://api.scriptix.io";

/// Every format a key can be handed off in. Serialised camelCase for the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ExportFormat {
    /// One `NAME=key` line, for pasting.
    EnvLine,
    /// A `.env` file (new, or merged into an existing one by [`write_env_file`]).
    EnvFile,
    /// 1Password through its CLI: `op item create` run directly with the item JSON template
    /// on stdin when `op` is installed, else the template saved as a file plus a command
    /// that reads it. The key is never on a command line.
    OnePasswordCli,
    /// 1Password's CSV import (Login columns).
    OnePasswordCsv,
    /// Bitwarden's unencrypted JSON import.
    BitwardenJson,
    /// Bitwarden's CSV import (personal vault).
    BitwardenCsv,
    /// KeePassXC's CSV import.
    KeepassxcCsv,
    /// An entry written straight into an existing KeePass (KDBX 4) database ([`kdbx`]);
    /// not rendered, and not in [`ExportFormat::ALL`] (it has its own command).
    KeepassDatabase,
}

impl ExportFormat {
    /// Every format, in the order the UI offers them.
    pub const ALL: [Self; 7] = [
        Self::EnvLine,
        Self::EnvFile,
        Self::OnePasswordCli,
        Self::OnePasswordCsv,
        Self::BitwardenJson,
        Self::BitwardenCsv,
        Self::KeepassxcCsv,
    ];

    /// The serialised name (`envLine`, `bitwardenCsv`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::EnvLine => "envLine",
            Self::EnvFile => "envFile",
            Self::OnePasswordCli => "onePasswordCli",
            Self::OnePasswordCsv => "onePasswordCsv",
            Self::BitwardenJson => "bitwardenJson",
            Self::BitwardenCsv => "bitwardenCsv",
            Self::KeepassxcCsv => "keepassxcCsv",
            Self::KeepassDatabase => "keepassDatabase",
        }
    }

    /// Reads a serialised name; `None` for anything else.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .chain([Self::KeepassDatabase])
            .find(|f| f.as_str() == raw)
    }

    /// A caution the UI shows next to this format (what happens to the key afterwards).
    pub fn caution(self) -> &'static str {
        match self {
            Self::EnvLine => {
                "Anyone who sees this line can use the key. Paste it only into a private place."
            }
            Self::EnvFile => {
                "The file holds the key in plain text. Keep it out of version control and backups you share."
            }
            Self::OnePasswordCli => {
                "The key goes to 1Password's op program on its input, never on a command line. A saved template file holds the key unencrypted: delete it once the item is created."
            }
            Self::KeepassDatabase => {
                "The key is written into the KeePass entry, encrypted with the database; the database password is used once and not kept."
            }
            Self::OnePasswordCsv
            | Self::BitwardenCsv
            | Self::KeepassxcCsv
            | Self::BitwardenJson => {
                "The file holds the key unencrypted. Delete it (and empty the trash) as soon as the import is done."
            }
        }
    }
}

/// What an export needs to know about one token. Holds the key by reference only.
#[derive(Debug, Clone, Copy)]
pub struct ExportInput<'a> {
    /// Token name, used as the item title.
    pub name: &'a str,
    /// Batch / realtime / other.
    pub token_type: &'a TokenType,
    /// Server id, so the item says which token it is.
    pub token_id: &'a TokenId,
    /// Expiry, written as `YYYY-MM-DD` (UTC) when known.
    pub expires_at: Option<DateTime<Utc>>,
    /// The key itself.
    pub key: &'a Secret,
    /// `.env` variable name; `None` means [`DEFAULT_ENV_VARIABLE`].
    pub variable: Option<&'a str>,
    /// The API the key works against (a profile's base URL); `None` means [`DEFAULT_API_URL`].
    pub api_url: Option<&'a Url>,
}

impl ExportInput<'_> {
    fn expires_date(&self) -> Option<String> {
        self.expires_at.map(|t| t.format("%Y-%m-%d").to_string())
    }

    fn api_url(&self) -> String {
        self.api_url.map_or_else(
            || DEFAULT_API_URL.to_owned(),
            |u| u.as_str().trim_end_matches('/').to_owned(),
        )
    }

    fn hostname(&self) -> String {
        self.api_url
            .and_then(Url::host_str)
            .unwrap_or("api.scriptix.io")
            .to_owned()
    }

    /// One line saying what the key is, for the password manager's notes field.
    fn notes(&self) -> String {
        let expires = self
            .expires_date()
            .map_or_else(|| "no known expiry".to_owned(), |d| format!("expires {d}"));
        format!(
            "Scriptix {} API token (id {}), {expires}. Exported by Scriptix Keys.",
            type_label(self.token_type),
            self.token_id
        )
    }
}

fn type_label(token_type: &TokenType) -> &str {
    match token_type.as_str() {
        "" => "unknown",
        other => other,
    }
}

/// Renders one token in a format. The result holds the key, so it is a [`Secret`].
///
/// Errors: [`ExportError::InvalidVariable`] and [`ExportError::KeyNeedsQuoting`] (`.env`
/// formats), [`ExportError::Encode`] (a CSV/JSON writer failed; a bug).
pub fn render(format: ExportFormat, input: &ExportInput<'_>) -> Result<Secret, ExportError> {
    match format {
        ExportFormat::EnvLine => env::env_line(input.variable, input.key),
        ExportFormat::EnvFile => env::env_file(input.variable, input.key),
        ExportFormat::OnePasswordCli => onepassword::item_template(input),
        ExportFormat::OnePasswordCsv => onepassword::csv(input),
        ExportFormat::BitwardenJson => bitwarden::json(input),
        ExportFormat::BitwardenCsv => bitwarden::csv(input),
        ExportFormat::KeepassxcCsv => keepassxc::csv(input),
        ExportFormat::KeepassDatabase => Err(ExportError::Encode),
    }
}

/// A file name to offer in the save dialog: the token name made file-safe, plus the
/// format's suffix. `.env` formats always suggest `.env`.
pub fn suggested_file_name(format: ExportFormat, token_name: &str) -> String {
    let mut slug = String::new();
    for c in token_name.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_matches('-');
    let slug = if slug.is_empty() {
        "scriptix-token"
    } else {
        slug
    };
    match format {
        ExportFormat::EnvLine | ExportFormat::EnvFile => ".env".to_owned(),
        ExportFormat::OnePasswordCli => format!("{slug}-1password-item.json"),
        ExportFormat::OnePasswordCsv => format!("{slug}-1password.csv"),
        ExportFormat::BitwardenJson => format!("{slug}-bitwarden.json"),
        ExportFormat::BitwardenCsv => format!("{slug}-bitwarden.csv"),
        ExportFormat::KeepassxcCsv => format!("{slug}-keepassxc.csv"),
        ExportFormat::KeepassDatabase => format!("{slug}.kdbx"),
    }
}

/// Writes CSV rows (header first) into a [`Secret`] without an intermediate copy.
fn csv_secret(rows: &[&[&str]], quote: csv::QuoteStyle) -> Result<Secret, ExportError> {
    let mut writer = csv::WriterBuilder::new()
        .quote_style(quote)
        .from_writer(Vec::new());
    for row in rows {
        writer.write_record(*row).map_err(|_| ExportError::Encode)?;
    }
    let bytes = writer.into_inner().map_err(|_| ExportError::Encode)?;
    String::from_utf8(bytes)
        .map(Secret::new)
        .map_err(|_| ExportError::Encode)
}

#[cfg(test)]
mod file_tests;
#[cfg(test)]
mod tests;
