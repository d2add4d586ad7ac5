//! Where each key went: one row per hand-off destination of a token (a `.env` file and its
//! variable, an import file, a 1Password or Bitwarden item, a KeePass database entry), so a
//! token's details can list them and a rotation can update them.
//!
//! Remembers destinations, never secrets: a row is a kind, a path or vault id, an item id,
//! a variable name, a display label and a time. Handing off to the same place again only
//! moves its time.

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::Serialize;

use super::{Store, StoreError};
use crate::export::ExportFormat;
use crate::model::TokenId;

/// What kind of place a key was handed off to. Serialised camelCase for the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DestinationKind {
    /// A `.env` file; `variable` names the line that holds the key.
    EnvFile,
    /// A 1Password item template file (for `op item create`).
    OnePasswordTemplate,
    /// 1Password's CSV import file.
    OnePasswordCsv,
    /// Bitwarden's JSON import file.
    BitwardenJson,
    /// Bitwarden's CSV import file.
    BitwardenCsv,
    /// KeePassXC's CSV import file.
    KeepassxcCsv,
    /// A 1Password item created by `op`: `location` is the vault id, `item` the item id.
    OnePassword,
    /// A Bitwarden item created by `bw`: `location` is the folder (or empty), `item` its id.
    Bitwarden,
    /// A KeePass database entry: `location` is the `.kdbx` path, `item` the entry's UUID.
    Keepass,
}

impl DestinationKind {
    const ALL: [Self; 9] = [
        Self::EnvFile,
        Self::OnePasswordTemplate,
        Self::OnePasswordCsv,
        Self::BitwardenJson,
        Self::BitwardenCsv,
        Self::KeepassxcCsv,
        Self::OnePassword,
        Self::Bitwarden,
        Self::Keepass,
    ];

    /// The stored and serialised name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::EnvFile => "envFile",
            Self::OnePasswordTemplate => "onePasswordTemplate",
            Self::OnePasswordCsv => "onePasswordCsv",
            Self::BitwardenJson => "bitwardenJson",
            Self::BitwardenCsv => "bitwardenCsv",
            Self::KeepassxcCsv => "keepassxcCsv",
            Self::OnePassword => "onePassword",
            Self::Bitwarden => "bitwarden",
            Self::Keepass => "keepass",
        }
    }

    fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == raw)
    }

    /// The destination a file export in `format` makes; `None` for the clipboard.
    pub fn of_file_format(format: ExportFormat) -> Option<Self> {
        match format {
            ExportFormat::EnvLine => None,
            ExportFormat::EnvFile => Some(Self::EnvFile),
            ExportFormat::OnePasswordCli => Some(Self::OnePasswordTemplate),
            ExportFormat::OnePasswordCsv => Some(Self::OnePasswordCsv),
            ExportFormat::BitwardenJson => Some(Self::BitwardenJson),
            ExportFormat::BitwardenCsv => Some(Self::BitwardenCsv),
            ExportFormat::KeepassxcCsv => Some(Self::KeepassxcCsv),
            ExportFormat::KeepassDatabase => None,
        }
    }
}

/// A destination to remember. Holds no key: its fields are where, not what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDestination {
    pub kind: DestinationKind,
    /// File path, or vault id.
    pub location: String,
    /// Item or entry id inside it (empty for files).
    pub item: String,
    /// The `.env` variable (empty otherwise).
    pub variable: String,
    /// What the window shows besides the location (a vault or group name).
    pub label: String,
    /// The key file a KeePass database is opened with (its path; empty otherwise).
    pub key_file: String,
}

impl NewDestination {
    /// A file destination (no item, no label).
    pub fn file(kind: DestinationKind, path: &str, variable: &str) -> Self {
        Self {
            kind,
            location: path.to_owned(),
            item: String::new(),
            variable: variable.to_owned(),
            label: String::new(),
            key_file: String::new(),
        }
    }
}

/// One remembered destination, as `token_destinations` returns it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Destination {
    pub id: i64,
    pub kind: DestinationKind,
    pub location: String,
    pub item: String,
    pub variable: String,
    pub label: String,
    /// The key file of a KeePass database (its path; empty otherwise).
    pub key_file: String,
    /// The last hand-off to this place.
    pub at: DateTime<Utc>,
}

impl Store {
    /// Records that a token's key went to `destination` at `at` (the same place again only
    /// updates the time).
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn record_destination(
        &self,
        profile_id: &str,
        token_id: &TokenId,
        destination: &NewDestination,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO destinations (profile_id, token_id, kind, location, item, variable, label, at, key_file)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT (profile_id, token_id, kind, location, item, variable)
             DO UPDATE SET at = excluded.at, label = excluded.label, key_file = excluded.key_file",
            params![
                profile_id,
                token_id.as_str(),
                destination.kind.as_str(),
                destination.location,
                destination.item,
                destination.variable,
                destination.label,
                at.to_rfc3339(),
                destination.key_file,
            ],
        )?;
        Ok(())
    }

    /// A token's destinations, most recent first.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn destinations(
        &self,
        profile_id: &str,
        token_id: &TokenId,
    ) -> Result<Vec<Destination>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT id, kind, location, item, variable, label, at, key_file FROM destinations
             WHERE profile_id = ?1 AND token_id = ?2 ORDER BY at DESC, id DESC",
        )?;
        let rows = statement
            .query_map(params![profile_id, token_id.as_str()], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, String>(5)?,
                    row.get::<_, String>(6)?,
                    row.get::<_, String>(7)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows
            .into_iter()
            .filter_map(
                |(id, kind, location, item, variable, label, at, key_file)| {
                    Some(Destination {
                        id,
                        kind: DestinationKind::parse(&kind)?,
                        location,
                        item,
                        variable,
                        label,
                        key_file,
                        at: DateTime::parse_from_rfc3339(&at).ok()?.with_timezone(&Utc),
                    })
                },
            )
            .collect())
    }

    /// Moves a token's destinations to another token (after a rotation updated them).
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn move_destinations(
        &self,
        profile_id: &str,
        from: &TokenId,
        to: &TokenId,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE OR REPLACE destinations SET token_id = ?3 WHERE profile_id = ?1 AND token_id = ?2",
            params![profile_id, from.as_str(), to.as_str()],
        )?;
        Ok(())
    }
}
