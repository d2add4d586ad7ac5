//! Store errors.

use thiserror::Error;

use crate::error::ErrorKind;

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
}
