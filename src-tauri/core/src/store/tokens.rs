//! The local token records (the list cache: `list_cache.rs`).

use chrono::{DateTime, Months, Utc};
use rusqlite::{Row, params};

use super::{Store, StoreError};
use crate::api::{CreatedToken, ExpiryYears};
use crate::model::{TokenId, TokenType};
use crate::secret::Secret;

/// A token this device created: its expiry is known even when the server omits it, and
/// whether the vault holds its key. Has no key field on purpose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalToken {
    /// Server id.
    pub token_id: TokenId,
    /// Name as created.
    pub name: String,
    /// Batch / realtime / other.
    pub token_type: TokenType,
    /// Server creation time, when known.
    pub created_at: Option<DateTime<Utc>>,
    /// The server's expiry, else creation + the chosen years.
    pub expires_at: Option<DateTime<Utc>>,
    /// Whether the key was stored in the vault.
    pub key_in_vault: bool,
    /// When this app created it (or the key was attached).
    pub created_by_app_at: DateTime<Utc>,
    /// The masked hint of the key ([`key_hint`]): never more than its last 4 characters.
    pub key_hint: Option<String>,
}

/// Fewest characters a key must have for its last 4 to be shown as a hint.
const MIN_HINT_KEY_CHARS: usize = 16;

/// A key's masked hint, so a row can be matched to a password-manager entry at a glance:
/// `sk_live_…` (the public prefix every Scriptix key starts with) or `…`, then its last 4
/// characters. `None` for a key too short to give 4 of its characters away.
pub fn key_hint(key: &Secret) -> Option<String> {
    let key = key.expose().trim();
    let chars: Vec<char> = key.chars().collect();
    if chars.len() < MIN_HINT_KEY_CHARS {
        return None;
    }
    let last: String = chars[chars.len() - 4..].iter().collect();
    let prefix = if key.starts_with("sk_live_") {
        "sk_live_"
    } else {
        ""
    };
    Some(format!("{prefix}…{last}"))
}

impl LocalToken {
    /// The record for a token just created here (takes the metadata, leaves the key).
    pub fn from_created(
        created: &CreatedToken,
        years: ExpiryYears,
        now: DateTime<Utc>,
        key_in_vault: bool,
    ) -> Self {
        let token = &created.token;
        let start = token.created_at.unwrap_or(now);
        Self {
            token_id: token.id.clone(),
            name: token.name.clone().unwrap_or_default(),
            token_type: token.token_type.clone(),
            created_at: token.created_at,
            expires_at: token
                .expires_at
                .or_else(|| start.checked_add_months(Months::new(12 * years.years()))),
            key_in_vault,
            created_by_app_at: now,
            key_hint: key_hint(&created.key),
        }
    }
}

fn time(value: Option<DateTime<Utc>>) -> Option<String> {
    value.map(|t| t.to_rfc3339())
}

pub(super) fn parse_time(text: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| StoreError::Corrupt)
}

fn parse_optional(text: Option<String>) -> Result<Option<DateTime<Utc>>, StoreError> {
    text.as_deref().map(parse_time).transpose()
}

type RawLocal = (
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    bool,
    String,
    Option<String>,
);

fn raw_local(row: &Row<'_>) -> rusqlite::Result<RawLocal> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
        row.get(6)?,
        row.get(7)?,
    ))
}

impl Store {
    /// Records (or updates) a token this device created. A new record is bound to the
    /// server of the profile's session (the one that created the token); an update keeps
    /// the binding it has.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn record_local_token(
        &self,
        profile_id: &str,
        token: &LocalToken,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO local_tokens (profile_id, token_id, name, type, created_at, expires_at, key_in_vault, created_by_app_at, origin, key_hint)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, (SELECT origin FROM session_origins WHERE profile_id = ?1), ?9)
             ON CONFLICT (profile_id, token_id) DO UPDATE SET name = excluded.name, type = excluded.type,
               created_at = excluded.created_at, expires_at = excluded.expires_at,
               key_in_vault = excluded.key_in_vault, created_by_app_at = excluded.created_by_app_at,
               key_hint = COALESCE(excluded.key_hint, key_hint)",
            params![
                profile_id,
                token.token_id.as_str(),
                token.name,
                token.token_type.as_str(),
                time(token.created_at),
                time(token.expires_at),
                token.key_in_vault,
                token.created_by_app_at.to_rfc3339(),
                token.key_hint,
            ],
        )?;
        Ok(())
    }

    /// Records a token whose key the user attached (made elsewhere, checked against
    /// `origin`, now in the vault): bound to `origin`, the server that accepted the key.
    /// An existing record (a forgotten key) is marked held and rebound the same way.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn record_attached_token(
        &self,
        profile_id: &str,
        token: &LocalToken,
        origin: &str,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO local_tokens (profile_id, token_id, name, type, created_at, expires_at, key_in_vault, created_by_app_at, origin, key_hint)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?8, ?9)
             ON CONFLICT (profile_id, token_id) DO UPDATE SET key_in_vault = 1, origin = excluded.origin,
               key_hint = excluded.key_hint",
            params![
                profile_id,
                token.token_id.as_str(),
                token.name,
                token.token_type.as_str(),
                time(token.created_at),
                time(token.expires_at),
                token.created_by_app_at.to_rfc3339(),
                origin,
                token.key_hint,
            ],
        )?;
        Ok(())
    }

    /// The tokens this device created for a profile, oldest first.
    ///
    /// Errors: [`StoreError::Sqlite`], [`StoreError::Corrupt`].
    pub fn local_tokens(&self, profile_id: &str) -> Result<Vec<LocalToken>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT token_id, name, type, created_at, expires_at, key_in_vault, created_by_app_at, key_hint
             FROM local_tokens WHERE profile_id = ?1 ORDER BY created_by_app_at, token_id",
        )?;
        let rows = statement
            .query_map([profile_id], raw_local)?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(
                |(id, name, kind, created_at, expires_at, key_in_vault, by_app, key_hint)| {
                    Ok(LocalToken {
                        token_id: TokenId::new(id),
                        name,
                        token_type: TokenType::parse(&kind),
                        created_at: parse_optional(created_at)?,
                        expires_at: parse_optional(expires_at)?,
                        key_in_vault,
                        created_by_app_at: parse_time(&by_app)?,
                        key_hint,
                    })
                },
            )
            .collect()
    }

    /// Marks whether the vault holds a local token's key. Returns whether the token is known.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn set_key_in_vault(
        &self,
        profile_id: &str,
        token_id: &TokenId,
        in_vault: bool,
    ) -> Result<bool, StoreError> {
        let changed = self.conn.execute(
            "UPDATE local_tokens SET key_in_vault = ?3 WHERE profile_id = ?1 AND token_id = ?2",
            params![profile_id, token_id.as_str(), in_vault],
        )?;
        Ok(changed > 0)
    }

    /// Forgets one local token record (after a delete).
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn forget_local_token(
        &self,
        profile_id: &str,
        token_id: &TokenId,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "DELETE FROM local_tokens WHERE profile_id = ?1 AND token_id = ?2",
            params![profile_id, token_id.as_str()],
        )?;
        Ok(())
    }

    /// Removes everything stored for a profile.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn forget_profile(&self, profile_id: &str) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        tx.execute("DELETE FROM list_cache WHERE profile_id = ?1", [profile_id])?;
        tx.execute(
            "DELETE FROM list_cache_added WHERE profile_id = ?1",
            [profile_id],
        )?;
        tx.execute(
            "DELETE FROM local_tokens WHERE profile_id = ?1",
            [profile_id],
        )?;
        tx.execute(
            "DELETE FROM notifications_sent WHERE profile_id = ?1",
            [profile_id],
        )?;
        tx.execute(
            "DELETE FROM session_origins WHERE profile_id = ?1",
            [profile_id],
        )?;
        tx.execute(
            "DELETE FROM destinations WHERE profile_id = ?1",
            [profile_id],
        )?;
        tx.commit()?;
        Ok(())
    }
}
