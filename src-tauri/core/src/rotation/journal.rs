//! The rotation journal in the local store: one `rotations` row per rotation and an
//! append-only list of `rotation_events` (intent before a step, done/failed after it).
//!
//! Metadata only: ids, names, states and short sentences. A key never reaches these tables
//! (every detail goes through the audit scrubber as a second line of defence).

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, Transaction, TransactionBehavior, params};
use serde::Serialize;

use crate::api::ExpiryYears;
use crate::i18n::StoredMessage;
use crate::model::{TokenId, TokenType};
use crate::store::{Store, StoreError};

/// Where a rotation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum RotationState {
    /// Journaled, nothing done on Scriptix yet.
    Planned,
    /// The create was announced: it may or may not have happened (reconcile before acting).
    Creating,
    /// The replacement exists but the vault refused its key: the key is only in memory
    /// until the user copies it and acknowledges.
    VaultFailed,
    /// Needs a decision (e.g. the replacement exists but its key was lost).
    NeedsAttention,
    /// The new key is safe; the old token lives until the grace period ends.
    Retiring,
    /// The delete of the old token was announced.
    Deleting,
    /// The old token is gone.
    Done,
    /// Stopped by the user.
    Cancelled,
}

impl RotationState {
    /// The stored code.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Creating => "creating",
            Self::VaultFailed => "vaultFailed",
            Self::NeedsAttention => "needsAttention",
            Self::Retiring => "retiring",
            Self::Deleting => "deleting",
            Self::Done => "done",
            Self::Cancelled => "cancelled",
        }
    }

    fn parse(code: &str) -> Option<Self> {
        [
            Self::Planned,
            Self::Creating,
            Self::VaultFailed,
            Self::NeedsAttention,
            Self::Retiring,
            Self::Deleting,
            Self::Done,
            Self::Cancelled,
        ]
        .into_iter()
        .find(|s| s.as_str() == code)
    }

    /// Whether nothing more will happen.
    pub fn is_final(self) -> bool {
        matches!(self, Self::Done | Self::Cancelled)
    }
}

/// One rotation as journaled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rotation {
    pub id: String,
    pub profile_id: String,
    pub old_token_id: TokenId,
    pub old_name: String,
    pub token_type: TokenType,
    pub new_name: String,
    pub years: ExpiryYears,
    /// Relative grace in days (re-anchored when the key is stored); `None` for a fixed date.
    pub grace_days: Option<i64>,
    pub grace_until: DateTime<Utc>,
    pub auto_delete: bool,
    pub emergency: bool,
    pub state: RotationState,
    pub new_token_id: Option<TokenId>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Why it needs attention, or what a failed step said, as a catalogue message
    /// (`rotation-note-…`, an error's code); stored as `{ code, args }`, never a sentence.
    pub note: Option<StoredMessage>,
    /// How many journal lines the rotation had when it was read (or last saved by this copy).
    /// [`save`] writes only if that is still the number: a compare-and-set stronger than
    /// comparing the state, which could have left and come back (`creating` → `planned` →
    /// `creating`) while this copy was waiting for Scriptix.
    pub version: i64,
}

/// Before or after a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Phase {
    Intent,
    Done,
    Failed,
}

impl Phase {
    fn as_str(self) -> &'static str {
        match self {
            Self::Intent => "intent",
            Self::Done => "done",
            Self::Failed => "failed",
        }
    }

    fn parse(code: &str) -> Self {
        match code {
            "intent" => Self::Intent,
            "done" => Self::Done,
            _ => Self::Failed,
        }
    }
}

/// One journal line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepEvent {
    pub step: String,
    pub phase: Phase,
    pub at: DateTime<Utc>,
    /// What happened, as a catalogue message (`rotation-journal-…`, an error's code); none
    /// when the step says nothing more.
    #[serde(rename = "detailCoded")]
    pub detail: Option<StoredMessage>,
}

const COLUMNS: &str = "id, profile_id, old_token_id, old_name, token_type, new_name, years, grace_days, grace_until, auto_delete, emergency, state, new_token_id, created_at, updated_at, note";

/// The journal length of a rotation (its version), as SQL over `rotation_events`.
const VERSION: &str =
    "(SELECT COALESCE(MAX(seq), 0) FROM rotation_events WHERE rotation_id = rotations.id)";

fn time(text: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
        })
}

fn corrupt(what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("unreadable {what}").into(),
    )
}

fn read(row: &Row<'_>) -> rusqlite::Result<Rotation> {
    let years: u32 = row.get(6)?;
    let state: String = row.get(11)?;
    Ok(Rotation {
        id: row.get(0)?,
        profile_id: row.get(1)?,
        old_token_id: TokenId::new(row.get::<_, String>(2)?),
        old_name: row.get(3)?,
        token_type: TokenType::parse(&row.get::<_, String>(4)?),
        new_name: row.get(5)?,
        years: ExpiryYears::from_years(years).ok_or_else(|| corrupt("years"))?,
        grace_days: row.get(7)?,
        grace_until: time(&row.get::<_, String>(8)?)?,
        auto_delete: row.get(9)?,
        emergency: row.get(10)?,
        state: RotationState::parse(&state).ok_or_else(|| corrupt("state"))?,
        new_token_id: row.get::<_, Option<String>>(12)?.map(TokenId::new),
        created_at: time(&row.get::<_, String>(13)?)?,
        updated_at: time(&row.get::<_, String>(14)?)?,
        note: super::notes::read(row.get(15)?),
        version: row.get(16)?,
    })
}

fn map_err(err: rusqlite::Error) -> StoreError {
    match err {
        rusqlite::Error::FromSqlConversionFailure(..) => StoreError::Corrupt,
        other => StoreError::Sqlite(other),
    }
}

/// Writes a new rotation.
///
/// Errors: [`StoreError::Sqlite`].
pub fn insert(store: &Store, r: &Rotation) -> Result<(), StoreError> {
    store.conn().execute(
        &format!("INSERT INTO rotations ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"),
        params![
            r.id,
            r.profile_id,
            r.old_token_id.as_str(),
            r.old_name,
            r.token_type.as_str(),
            r.new_name,
            r.years.years(),
            r.grace_days,
            r.grace_until.to_rfc3339(),
            r.auto_delete,
            r.emergency,
            r.state.as_str(),
            r.new_token_id.as_ref().map(TokenId::as_str),
            r.created_at.to_rfc3339(),
            r.updated_at.to_rfc3339(),
            r.note.as_ref().map(StoredMessage::to_json),
        ],
    )?;
    Ok(())
}

/// One rotation of a profile.
///
/// Errors: [`StoreError::Sqlite`], [`StoreError::Corrupt`].
pub fn get(store: &Store, profile_id: &str, id: &str) -> Result<Option<Rotation>, StoreError> {
    store
        .conn()
        .query_row(
            &format!(
                "SELECT {COLUMNS}, {VERSION} FROM rotations WHERE profile_id = ?1 AND id = ?2"
            ),
            params![profile_id, id],
            read,
        )
        .optional()
        .map_err(map_err)
}

/// Every rotation of a profile, newest first.
///
/// Errors: [`StoreError::Sqlite`], [`StoreError::Corrupt`].
pub fn list(store: &Store, profile_id: &str) -> Result<Vec<Rotation>, StoreError> {
    let mut statement = store.conn().prepare(&format!(
        "SELECT {COLUMNS}, {VERSION} FROM rotations WHERE profile_id = ?1 ORDER BY created_at DESC, id"
    ))?;
    let rows = statement
        .query_map([profile_id], read)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(map_err)?;
    Ok(rows)
}

/// Saves the mutable fields of `r` and appends one event, in one transaction: the state
/// and the journal line never disagree. A compare-and-set: it writes only if the rotation is
/// still at the version `r` was read at (`UPDATE … WHERE id = ? AND version = ?`; every save
/// moves the version, so this also pins the state), so two windows or processes on the same
/// data can never both take the same step (e.g. both create a replacement). Returns `false`,
/// writing nothing, when someone else saved the rotation first; on success `r.version` is the
/// new journal length.
///
/// Errors: [`StoreError::Sqlite`].
pub fn save(
    store: &Store,
    r: &mut Rotation,
    step: &str,
    phase: Phase,
    detail: Option<&StoredMessage>,
) -> Result<bool, StoreError> {
    // IMMEDIATE: take the write lock before reading the version, so another connection cannot
    // slip a save in between (and a busy database waits instead of failing the snapshot).
    let tx = Transaction::new_unchecked(store.conn(), TransactionBehavior::Immediate)?;
    let changed = tx.execute(
        &format!(
            "UPDATE rotations SET state = ?2, new_token_id = ?3, grace_until = ?4, note = ?5, updated_at = ?6
             WHERE id = ?1 AND {VERSION} = ?7"
        ),
        params![
            r.id,
            r.state.as_str(),
            r.new_token_id.as_ref().map(TokenId::as_str),
            r.grace_until.to_rfc3339(),
            r.note.as_ref().map(StoredMessage::to_json),
            r.updated_at.to_rfc3339(),
            r.version,
        ],
    )?;
    if changed == 0 {
        return Ok(false);
    }
    let seq = r.version + 1;
    // Stored as a code (`{ code, args }`, its text arguments scrubbed), never a sentence;
    // '' when the step says nothing more.
    let detail = detail
        .map(|d| crate::audit::scrub_message(d.clone(), &[]).to_json())
        .unwrap_or_default();
    tx.execute(
        "INSERT INTO rotation_events (rotation_id, seq, at, step, phase, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![r.id, seq, r.updated_at.to_rfc3339(), step, phase.as_str(), detail],
    )?;
    tx.commit()?;
    r.version = seq;
    Ok(true)
}

/// A journal line's detail as stored: `{ code, args }`; '' for none. (Text written before
/// schema version 12 is migrated; any left is read into a code the same way.)
fn stored_detail(text: &str) -> Option<StoredMessage> {
    if text.is_empty() {
        return None;
    }
    Some(
        StoredMessage::from_json(text)
            .unwrap_or_else(|| super::journal_detail::coded_journal_detail(text)),
    )
}

/// A rotation's journal, oldest first.
///
/// Errors: [`StoreError::Sqlite`], [`StoreError::Corrupt`].
pub fn events(store: &Store, id: &str) -> Result<Vec<StepEvent>, StoreError> {
    let mut statement = store.conn().prepare(
        "SELECT step, phase, at, detail FROM rotation_events WHERE rotation_id = ?1 ORDER BY seq",
    )?;
    let rows = statement
        .query_map([id], |row| {
            Ok(StepEvent {
                step: row.get(0)?,
                phase: Phase::parse(&row.get::<_, String>(1)?),
                at: time(&row.get::<_, String>(2)?)?,
                detail: stored_detail(&row.get::<_, String>(3)?),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(map_err)?;
    Ok(rows)
}
