//! The create journal: one row per token create this device started and has not finished
//! showing, so a create interrupted at any moment (kill, crash, power loss) is reconciled at
//! the next start instead of leaving a token nobody can explain (see `workspace/creates.rs`).
//!
//! Holds metadata only — name, type, lifetime, times, the ids of the tokens that existed
//! before, the new token's id — never a key.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params};

use super::{Store, StoreError};
use crate::model::{TokenId, TokenType};

/// How far a create got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CreateStage {
    /// Recorded; the request has not been sent.
    Recorded,
    /// The request is (about to be) on its way; no answer recorded.
    Sent,
    /// Scriptix answered with the token (its id is recorded); the key is not in the vault yet.
    Answered,
    /// The vault refused the key: only the reveal in this process holds it.
    VaultRefused,
    /// The key is in the vault; the reveal may still be showing it.
    Stored,
    /// Reconciled at a start: the token exists and its key is nowhere; waiting for the
    /// user's "Delete it" / "Keep it".
    KeyLost,
}

impl CreateStage {
    fn code(self) -> &'static str {
        match self {
            Self::Recorded => "recorded",
            Self::Sent => "sent",
            Self::Answered => "answered",
            Self::VaultRefused => "vaultRefused",
            Self::Stored => "stored",
            Self::KeyLost => "keyLost",
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        [
            Self::Recorded,
            Self::Sent,
            Self::Answered,
            Self::VaultRefused,
            Self::Stored,
            Self::KeyLost,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }
}

/// One unfinished create. No key field on purpose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateIntent {
    /// Row id.
    pub id: i64,
    /// The profile it was made for.
    pub profile_id: String,
    /// The name asked for.
    pub name: String,
    /// Batch / realtime.
    pub token_type: TokenType,
    /// Lifetime asked for.
    pub years: u32,
    /// When the intent was recorded (just before the request).
    pub started_at: DateTime<Utc>,
    /// The ids of the profile's tokens just before the request.
    pub before_ids: Vec<TokenId>,
    /// How far it got.
    pub stage: CreateStage,
    /// The new token's id, once Scriptix said it.
    pub token_id: Option<TokenId>,
    /// When the stage last changed.
    pub updated_at: DateTime<Utc>,
}

/// What to record before a create is sent.
#[derive(Debug, Clone)]
pub struct NewCreateIntent<'a> {
    /// The profile.
    pub profile_id: &'a str,
    /// The name asked for.
    pub name: &'a str,
    /// Batch / realtime.
    pub token_type: &'a TokenType,
    /// Lifetime.
    pub years: u32,
    /// Now.
    pub started_at: DateTime<Utc>,
    /// The ids listed just before.
    pub before_ids: &'a [TokenId],
}

const COLUMNS: &str =
    "id, profile_id, name, token_type, years, started_at, before_ids, stage, token_id, updated_at";

type Raw = (
    i64,
    String,
    String,
    String,
    u32,
    String,
    String,
    String,
    Option<String>,
    String,
);

fn raw(row: &Row<'_>) -> rusqlite::Result<Raw> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
        row.get(6)?,
        row.get(7)?,
        row.get(8)?,
        row.get(9)?,
    ))
}

fn parse_time(text: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| StoreError::Corrupt)
}

fn intent(raw: Raw) -> Result<CreateIntent, StoreError> {
    let (id, profile_id, name, token_type, years, started_at, before, stage, token_id, updated) =
        raw;
    let before_ids: Vec<String> = serde_json::from_str(&before).map_err(|_| StoreError::Corrupt)?;
    Ok(CreateIntent {
        id,
        profile_id,
        name,
        token_type: TokenType::parse(&token_type),
        years,
        started_at: parse_time(&started_at)?,
        before_ids: before_ids.into_iter().map(TokenId::new).collect(),
        stage: CreateStage::from_code(&stage).ok_or(StoreError::Corrupt)?,
        token_id: token_id.map(TokenId::new),
        updated_at: parse_time(&updated)?,
    })
}

impl Store {
    /// Records a create about to be sent; its row id.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn record_create_intent(&self, new: &NewCreateIntent<'_>) -> Result<i64, StoreError> {
        let before: Vec<&str> = new.before_ids.iter().map(TokenId::as_str).collect();
        let before = serde_json::to_string(&before).map_err(|_| StoreError::Corrupt)?;
        let at = new.started_at.to_rfc3339();
        self.conn.execute(
            "INSERT INTO create_intents (profile_id, name, token_type, years, started_at, before_ids, stage, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?5)",
            params![
                new.profile_id,
                new.name,
                new.token_type.as_str(),
                new.years,
                at,
                before,
                CreateStage::Recorded.code()
            ],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Moves a create to `stage` (with the new token's id once known).
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn set_create_stage(
        &self,
        id: i64,
        stage: CreateStage,
        token_id: Option<&TokenId>,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE create_intents SET stage = ?2, token_id = COALESCE(?3, token_id), updated_at = ?4 WHERE id = ?1",
            params![id, stage.code(), token_id.map(TokenId::as_str), at.to_rfc3339()],
        )?;
        Ok(())
    }

    /// One create.
    ///
    /// Errors: [`StoreError::Sqlite`], [`StoreError::Corrupt`].
    pub fn create_intent(&self, id: i64) -> Result<Option<CreateIntent>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM create_intents WHERE id = ?1");
        self.conn
            .query_row(&sql, [id], raw)
            .optional()?
            .map(intent)
            .transpose()
    }

    /// A profile's unfinished creates, oldest first.
    ///
    /// Errors: [`StoreError::Sqlite`], [`StoreError::Corrupt`].
    pub fn create_intents(&self, profile_id: &str) -> Result<Vec<CreateIntent>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM create_intents WHERE profile_id = ?1 ORDER BY id");
        let mut statement = self.conn.prepare(&sql)?;
        let rows = statement
            .query_map([profile_id], raw)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(intent).collect()
    }

    /// The create is finished (shown and closed, refused, or reconciled).
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn clear_create_intent(&self, id: i64) -> Result<(), StoreError> {
        self.conn
            .execute("DELETE FROM create_intents WHERE id = ?1", [id])?;
        Ok(())
    }

    /// Forgets every create of a profile (the profile is deleted).
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn forget_create_intents(&self, profile_id: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "DELETE FROM create_intents WHERE profile_id = ?1",
            [profile_id],
        )?;
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        parse_time(text).unwrap()
    }

    #[test]
    fn a_create_intent_moves_through_its_stages_and_is_gone_once_cleared() {
        let store = Store::open_in_memory().unwrap();
        let before = [TokenId::new("1"), TokenId::new("a b")];
        let id = store
            .record_create_intent(&NewCreateIntent {
                profile_id: "p",
                name: "CI 'deploy'",
                token_type: &TokenType::Realtime,
                years: 2,
                started_at: at("2026-05-01T10:00:00Z"),
                before_ids: &before,
            })
            .unwrap();
        let recorded = store.create_intent(id).unwrap().unwrap();
        assert_eq!(recorded.stage, CreateStage::Recorded);
        assert_eq!(recorded.before_ids, before.to_vec());
        assert_eq!(recorded.token_type, TokenType::Realtime);
        assert_eq!(recorded.token_id, None);
        store
            .set_create_stage(id, CreateStage::Sent, None, at("2026-05-01T10:00:01Z"))
            .unwrap();
        store
            .set_create_stage(
                id,
                CreateStage::Answered,
                Some(&TokenId::new("9")),
                at("2026-05-01T10:00:02Z"),
            )
            .unwrap();
        store
            .set_create_stage(id, CreateStage::Stored, None, at("2026-05-01T10:00:03Z"))
            .unwrap();
        let stored = store.create_intent(id).unwrap().unwrap();
        assert_eq!(stored.stage, CreateStage::Stored);
        assert_eq!(stored.token_id, Some(TokenId::new("9")), "the id is kept");
        assert_eq!(stored.updated_at, at("2026-05-01T10:00:03Z"));
        assert_eq!(store.create_intents("p").unwrap().len(), 1);
        assert!(store.create_intents("other").unwrap().is_empty());
        store.clear_create_intent(id).unwrap();
        assert!(store.create_intent(id).unwrap().is_none());
        assert!(store.create_intents("p").unwrap().is_empty());
    }
}
