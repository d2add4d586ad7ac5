//! Store errors.

use thiserror::Error;

use crate::error::ErrorKind;
use crate::i18n::Coded;

/// A local database problem. All map to [`ErrorKind::Internal`].
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The file could not be created or opened (`reason` is an OS message about the file).
    #[error("The local data file could not be opened ({reason}).")]
    Open { reason: String },
    /// The file was written by a newer version of the app.
    #[error(
        "The local data file was written by a newer version of Scriptix Keys (schema {found}). Update the app."
    )]
    TooNew { found: u32 },
    /// A stored value could not be read back.
    #[error("The local data file holds a value this app cannot read.")]
    Corrupt,
    /// SQLite failed.
    #[error("The local data file could not be read or written.")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// Always [`ErrorKind::Internal`].
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::Internal
    }

    /// The catalogue message for the window (`locales/*/errors-device.ftl`). The OS's reason
    /// for an open failure is the OS's text and goes along as `$reason`.
    pub fn coded(&self) -> Coded {
        match self {
            Self::Open { reason } => Coded::new("store-open").arg("reason", reason.as_str()),
            Self::TooNew { found } => Coded::new("store-too-new").arg("found", *found),
            Self::Corrupt => Coded::new("store-corrupt"),
            Self::Sqlite(_) => Coded::new("store-sqlite"),
        }
    }
}
