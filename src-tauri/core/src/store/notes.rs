//! Local notes per token: what a key is for, where it is used, who owns it.
//!
//! Scriptix keeps no such notes, so they live only in the local database, unencrypted.
//! That is why they must never hold a key: [`TokenNotes`] has only plain text fields, and
//! [`TokenNotes::validate`] refuses anything key-shaped before it is stored.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::{Store, StoreError};
use crate::audit::looks_like_key;
use crate::error::ErrorKind;
use crate::i18n::Coded;
use crate::model::TokenId;

/// Longest accepted value of any notes field, in characters.
pub const MAX_NOTE_CHARS: usize = 500;

/// The environments the UI suggests; any other text is accepted as a custom one.
pub const SUGGESTED_ENVIRONMENTS: [&str; 3] = ["production", "staging", "dev"];

/// What this device knows about a token beyond Scriptix's metadata. Serialised camelCase:
/// `{ description, environment, usedBy, owner, updatedAt }`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TokenNotes {
    /// Free text; may span lines.
    pub description: String,
    /// `production`, `staging`, `dev` or any custom name; empty when unset.
    pub environment: String,
    /// Which services or people use the key.
    pub used_by: String,
    /// Who is responsible for it.
    pub owner: String,
    /// Set by the store when saved; ignored on input.
    pub updated_at: Option<DateTime<Utc>>,
}

/// Why notes were refused (each names its field), or could not be stored.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum NotesError {
    /// Longer than [`MAX_NOTE_CHARS`].
    #[error("This field is {chars} characters long; at most 500 are allowed.")]
    TooLong {
        /// `description`, `environment`, `usedBy` or `owner`.
        field: &'static str,
        /// Characters counted.
        chars: usize,
    },
    /// A control character (a line break is allowed in the description only).
    #[error("This field contains a control character. Use plain text{}.", if *field == "description" { "" } else { " on one line" })]
    ControlCharacter {
        /// The field.
        field: &'static str,
    },
    /// Something shaped like an API key.
    #[error("This looks like an API key; notes are stored unencrypted, so keys never go here.")]
    LooksLikeKey {
        /// The field.
        field: &'static str,
    },
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl NotesError {
    /// [`ErrorKind::InvalidInput`] for refused values, [`ErrorKind::Internal`] for storage.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Store(e) => e.kind(),
            _ => ErrorKind::InvalidInput,
        }
    }

    /// The catalogue message for the window (`locales/*/errors-device.ftl`).
    pub fn coded(&self) -> Coded {
        match self {
            Self::TooLong { chars, .. } => Coded::new("notes-too-long").arg("chars", *chars),
            Self::ControlCharacter {
                field: "description",
            } => Coded::new("notes-control-character-text"),
            Self::ControlCharacter { .. } => Coded::new("notes-control-character-line"),
            Self::LooksLikeKey { .. } => Coded::new("notes-looks-like-key"),
            Self::Store(err) => err.coded(),
        }
    }

    /// The field at fault (camelCase, as the UI names it), if any.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Self::TooLong { field, .. }
            | Self::ControlCharacter { field }
            | Self::LooksLikeKey { field } => Some(field),
            Self::Store(_) => None,
        }
    }
}

impl TokenNotes {
    fn fields(&self) -> [(&'static str, &str); 4] {
        [
            ("description", &self.description),
            ("environment", &self.environment),
            ("usedBy", &self.used_by),
            ("owner", &self.owner),
        ]
    }

    /// Checks every field: at most [`MAX_NOTE_CHARS`], no control characters (line breaks
    /// allowed in the description), nothing key-shaped.
    ///
    /// Errors: [`NotesError::TooLong`], [`NotesError::ControlCharacter`],
    /// [`NotesError::LooksLikeKey`].
    pub fn validate(&self) -> Result<(), NotesError> {
        for (field, value) in self.fields() {
            let chars = value.chars().count();
            if chars > MAX_NOTE_CHARS {
                return Err(NotesError::TooLong { field, chars });
            }
            let multiline = field == "description";
            if value
                .chars()
                .any(|c| c.is_control() && !(multiline && c == '\n'))
            {
                return Err(NotesError::ControlCharacter { field });
            }
            if looks_like_key(value) {
                return Err(NotesError::LooksLikeKey { field });
            }
        }
        Ok(())
    }

    /// Trims the single-line fields and line ends (CRLF becomes LF) in the description.
    fn normalized(&self) -> Self {
        let description = self.description.replace("\r\n", "\n");
        Self {
            description: description.trim().to_owned(),
            environment: self.environment.trim().to_owned(),
            used_by: self.used_by.trim().to_owned(),
            owner: self.owner.trim().to_owned(),
            updated_at: self.updated_at,
        }
    }

    fn is_empty(&self) -> bool {
        self.fields().iter().all(|(_, v)| v.is_empty())
    }
}

/// Whether any notes field contains `query` (any case). An empty query matches everything.
pub fn notes_match(notes: &TokenNotes, query: &str) -> bool {
    let query = query.trim().to_lowercase();
    query.is_empty()
        || notes
            .fields()
            .iter()
            .any(|(_, v)| v.to_lowercase().contains(&query))
}

impl Store {
    /// Every token's notes for a profile.
    ///
    /// Errors: [`StoreError::Sqlite`], [`StoreError::Corrupt`].
    pub fn notes(&self, profile_id: &str) -> Result<HashMap<TokenId, TokenNotes>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT token_id, description, environment, used_by, owner, updated_at
             FROM token_notes WHERE profile_id = ?1",
        )?;
        let rows = statement
            .query_map([profile_id], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    TokenNotes {
                        description: row.get(1)?,
                        environment: row.get(2)?,
                        used_by: row.get(3)?,
                        owner: row.get(4)?,
                        updated_at: None,
                    },
                    row.get::<_, String>(5)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(id, mut notes, updated_at)| {
                let at = DateTime::parse_from_rfc3339(&updated_at)
                    .map_err(|_| StoreError::Corrupt)?
                    .with_timezone(&Utc);
                notes.updated_at = Some(at);
                Ok((TokenId::new(id), notes))
            })
            .collect()
    }

    /// Validates and saves a token's notes (all fields empty removes them), stamped `now`.
    /// Returns what was stored.
    ///
    /// Errors: [`NotesError::TooLong`], [`NotesError::ControlCharacter`],
    /// [`NotesError::LooksLikeKey`], [`NotesError::Store`].
    pub fn save_notes(
        &self,
        profile_id: &str,
        token_id: &TokenId,
        notes: &TokenNotes,
        now: DateTime<Utc>,
    ) -> Result<TokenNotes, NotesError> {
        let notes = notes.normalized();
        notes.validate()?;
        if notes.is_empty() {
            self.forget_notes(profile_id, token_id)?;
            return Ok(notes);
        }
        self.conn
            .execute(
                "INSERT INTO token_notes (profile_id, token_id, description, environment, used_by, owner, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (profile_id, token_id) DO UPDATE SET description = excluded.description,
                   environment = excluded.environment, used_by = excluded.used_by,
                   owner = excluded.owner, updated_at = excluded.updated_at",
                params![
                    profile_id,
                    token_id.as_str(),
                    notes.description,
                    notes.environment,
                    notes.used_by,
                    notes.owner,
                    now.to_rfc3339(),
                ],
            )
            .map_err(StoreError::from)?;
        Ok(TokenNotes {
            updated_at: Some(now),
            ..notes
        })
    }

    /// Removes one token's notes (after the token is deleted).
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn forget_notes(&self, profile_id: &str, token_id: &TokenId) -> Result<(), StoreError> {
        self.conn.execute(
            "DELETE FROM token_notes WHERE profile_id = ?1 AND token_id = ?2",
            params![profile_id, token_id.as_str()],
        )?;
        Ok(())
    }

    /// Removes every note of a profile (when the profile is removed). The audit log stays.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn forget_profile_notes(&self, profile_id: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "DELETE FROM token_notes WHERE profile_id = ?1",
            [profile_id],
        )?;
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
#[path = "notes_tests.rs"]
mod tests;
