//! Export errors. Messages never contain the key.

use thiserror::Error;

use crate::error::ErrorKind;
use crate::i18n::Coded;

/// Why an export could not be produced or written.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ExportError {
    /// The `.env` variable name is not `[A-Za-z_][A-Za-z0-9_]*`.
    #[error(
        "\"{name}\" cannot be a variable name: use letters, digits and underscores, and do not start with a digit."
    )]
    InvalidVariable {
        /// The name as typed.
        name: String,
    },
    /// The key holds both a single quote and characters a `.env` file cannot hold unquoted.
    #[error(
        "This key contains characters a .env file cannot hold safely. Copy it and paste it where it is needed instead."
    )]
    KeyNeedsQuoting,
    /// The chosen path has no file name (a folder or `..`).
    #[error("Choose a file name, not a folder.")]
    NotAFile,
    /// The existing file is not UTF-8 text, so it is left untouched.
    #[error("{path} is not a text file, so it was left unchanged. Choose another file.")]
    NotText {
        /// The file, as shown to the user.
        path: String,
    },
    /// Reading or writing the file failed (`reason` is the OS message).
    #[error("{path} could not be written ({reason}).")]
    Write {
        /// The file, as shown to the user.
        path: String,
        /// The OS message.
        reason: String,
    },
    /// A vault id that is not plain letters and digits (never passed to `op`).
    #[error("That 1Password vault cannot be used. Choose a vault from the list.")]
    BadVault,
    /// The 1Password CLI (`op`) failed; `reason` is its first error line (never the key).
    #[error(
        "1Password's op program failed: {reason}. Nothing was changed; try again, or save the template file instead."
    )]
    OpFailed {
        /// What `op` said, or why it could not run.
        reason: ToolReason,
    },
    /// 1Password's `op` is not installed (not on the PATH).
    #[error(
        "1Password's op program was not found. Install the 1Password CLI (https://developer.1password.com/docs/cli/get-started/) and turn on “Integrate with 1Password CLI” in the 1Password app, or save the template file instead."
    )]
    OpMissing,
    /// `op` is installed but no account is signed in (and the app integration is off).
    #[error(
        "1Password's op program is not signed in. Turn on “Integrate with 1Password CLI” in the 1Password app (Settings › Developer) or run “op signin” in a terminal, then try again. Nothing was changed."
    )]
    OpNotSignedIn,
    /// 1Password is locked, or the user dismissed its unlock prompt.
    #[error(
        "1Password is locked, or its unlock prompt was closed. Unlock the 1Password app and try again. Nothing was changed."
    )]
    OpLocked,
    /// The vault is not in the signed-in account (any more).
    #[error(
        "That 1Password vault is not in the signed-in account. Choose a vault from the list. Nothing was changed."
    )]
    OpNoSuchVault,
    /// The item the key was saved to is no longer in its vault.
    #[error(
        "The 1Password item the key was saved to is no longer in its vault. Nothing was changed; export the new key to 1Password again."
    )]
    OpItemGone,
    /// `op` did not finish within its time limit (it was stopped).
    #[error(
        "The 1Password CLI did not finish in time, so it was stopped. Unlock 1Password and try again, or save the template file instead."
    )]
    OpTimeout,
    /// The KeePass database password (or key file) is not the one the database was locked
    /// with.
    #[error(
        "That is not the password (or key file) of this KeePass database. Nothing was changed; try again."
    )]
    KdbxPassword,
    /// The key file could not be read.
    #[error("The key file {path} could not be read ({reason}). Nothing was changed.")]
    KdbxKeyFile {
        /// The key file, as shown to the user.
        path: String,
        /// The OS message.
        reason: String,
    },
    /// The KeePass database could not be read or is not one this app can write.
    #[error("{path} could not be opened as a KeePass database: {reason}. Nothing was changed.")]
    KdbxUnreadable {
        /// The file, as shown to the user.
        path: String,
        /// Why (never the password or the key).
        reason: String,
    },
    /// The entry the key was saved to is no longer in the database.
    #[error(
        "The KeePass entry the key was saved to is no longer in the database. Nothing was changed."
    )]
    KdbxEntryGone,
    /// The chosen group is not in the database (any more).
    #[error("That group is not in the KeePass database. Choose a group from the list.")]
    KdbxGroup,
    /// Bitwarden's `bw` is installed but nobody is signed in to it.
    #[error(
        "Bitwarden's bw program is not signed in. Run “bw login” in a terminal once, then unlock it here with your master password. Nothing was changed."
    )]
    BwNotSignedIn,
    /// `bw` is signed in but locked (no session given to the app).
    #[error(
        "Your Bitwarden vault is locked. Unlock it with your master password (Export… › Bitwarden), then try again. Nothing was changed."
    )]
    BwLocked,
    /// The master password typed to unlock `bw` is not the right one.
    #[error("That is not your Bitwarden master password. Nothing was unlocked; try again.")]
    BwWrongPassword,
    /// `bw` failed; `reason` is its first error line (never the key).
    #[error("Bitwarden's bw program did not create the item: {reason}. Nothing was added.")]
    BwFailed {
        /// What `bw` said, or why it could not run.
        reason: ToolReason,
    },
    /// `bw` is not installed (not on the PATH).
    #[error(
        "Bitwarden's bw program was not found. Install the Bitwarden CLI (https://bitwarden.com/help/cli/) or save a Bitwarden import file instead."
    )]
    BwMissing,
    /// The CSV or JSON writer failed; a bug.
    #[error("The export could not be produced.")]
    Encode,
}

impl ExportError {
    /// [`ErrorKind::InvalidInput`] for what the user typed or chose; [`ErrorKind::Internal`]
    /// for write failures and bugs.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::InvalidVariable { .. }
            | Self::KeyNeedsQuoting
            | Self::NotAFile
            | Self::NotText { .. }
            | Self::BadVault
            | Self::OpMissing
            | Self::OpNotSignedIn
            | Self::OpLocked
            | Self::OpNoSuchVault
            | Self::OpItemGone
            | Self::KdbxPassword
            | Self::KdbxKeyFile { .. }
            | Self::KdbxUnreadable { .. }
            | Self::KdbxGroup
            | Self::KdbxEntryGone => ErrorKind::InvalidInput,
            Self::OpFailed { .. } | Self::OpTimeout => ErrorKind::Internal,
            Self::BwNotSignedIn | Self::BwLocked | Self::BwMissing | Self::BwWrongPassword => {
                ErrorKind::InvalidInput
            }
            Self::BwFailed { .. } => ErrorKind::Internal,
            Self::Write { .. } | Self::Encode => ErrorKind::Internal,
        }
    }

    /// The catalogue message for the window (locales/*/errors-export.ftl).
    pub fn coded(&self) -> Coded {
        match self {
            Self::InvalidVariable { name } => {
                Coded::new("export-invalid-variable").arg("name", name.as_str())
            }
            Self::KeyNeedsQuoting => Coded::new("export-key-needs-quoting"),
            Self::NotAFile => Coded::new("export-not-a-file"),
            Self::NotText { path } => Coded::new("export-not-text").arg("path", path.as_str()),
            Self::Write { path, reason } => Coded::new("export-write")
                .arg("path", path.as_str())
                .arg("reason", reason.as_str()),
            Self::BadVault => Coded::new("export-bad-vault"),
            Self::OpFailed { reason } => Coded::new("export-op-failed").arg("reason", reason.arg()),
            Self::OpMissing => Coded::new("export-op-missing"),
            Self::OpNotSignedIn => Coded::new("export-op-not-signed-in"),
            Self::OpLocked => Coded::new("export-op-locked"),
            Self::OpNoSuchVault => Coded::new("export-op-no-such-vault"),
            Self::OpItemGone => Coded::new("export-op-item-gone"),
            Self::OpTimeout => Coded::new("export-op-timeout"),
            Self::KdbxPassword => Coded::new("export-kdbx-password"),
            Self::KdbxKeyFile { path, reason } => Coded::new("export-kdbx-key-file")
                .arg("path", path.as_str())
                .arg("reason", reason.as_str()),
            Self::KdbxUnreadable { path, reason } => Coded::new("export-kdbx-unreadable")
                .arg("path", path.as_str())
                .arg("reason", reason.as_str()),
            Self::KdbxEntryGone => Coded::new("export-kdbx-entry-gone"),
            Self::KdbxGroup => Coded::new("export-kdbx-group"),
            Self::BwNotSignedIn => Coded::new("export-bw-not-signed-in"),
            Self::BwLocked => Coded::new("export-bw-locked"),
            Self::BwWrongPassword => Coded::new("export-bw-wrong-password"),
            Self::BwFailed { reason } => Coded::new("export-bw-failed").arg("reason", reason.arg()),
            Self::BwMissing => Coded::new("export-bw-missing"),
            Self::Encode => Coded::new("export-encode"),
        }
    }

    /// The form field the problem belongs to, when there is one (`variable`, `path`).
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Self::InvalidVariable { .. } => Some("variable"),
            Self::NotAFile | Self::NotText { .. } | Self::Write { .. } => Some("path"),
            Self::BadVault | Self::OpNoSuchVault => Some("vault"),
            Self::KdbxPassword => Some("password"),
            Self::KdbxKeyFile { .. } => Some("keyFile"),
            Self::KdbxUnreadable { .. } => Some("path"),
            Self::KdbxGroup => Some("group"),
            Self::KdbxEntryGone => None,
            Self::BwWrongPassword => Some("masterPassword"),
            Self::KeyNeedsQuoting
            | Self::Encode
            | Self::OpFailed { .. }
            | Self::OpTimeout
            | Self::OpMissing
            | Self::OpNotSignedIn
            | Self::OpLocked
            | Self::OpItemGone
            | Self::BwNotSignedIn
            | Self::BwLocked
            | Self::BwFailed { .. }
            | Self::BwMissing => None,
        }
    }
}

/// Why `op` or `bw` failed: the program's own words (its first error line, or the system's
/// reason it could not run), or what the app found, as a catalogue message
/// (`export-reason-…`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ToolReason {
    Said(String),
    Found(Coded),
}

impl ToolReason {
    /// What the app found.
    pub fn found(code: &'static str) -> Self {
        Self::Found(Coded::new(code))
    }

    /// The program's (or the system's) own words.
    pub fn said(text: impl Into<String>) -> Self {
        Self::Said(text.into())
    }

    /// The program's own words, to match on; `""` for the app's findings.
    pub fn words(&self) -> &str {
        match self {
            Self::Said(text) => text,
            Self::Found(_) => "",
        }
    }

    /// As the argument of a message.
    pub fn arg(&self) -> crate::i18n::CodeArg {
        match self {
            Self::Said(text) => text.as_str().into(),
            Self::Found(coded) => coded.clone().into(),
        }
    }
}

impl std::fmt::Display for ToolReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Said(text) => f.write_str(text),
            Self::Found(coded) => write!(f, "{coded}"),
        }
    }
}
