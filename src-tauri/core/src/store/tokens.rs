//! The list cache and the local token records.

use chrono::{DateTime, Months, Utc};
use rusqlite::{OptionalExtension, Row, params};

use super::{Store, StoreError};
use crate::api::{CreatedToken, ExpiryYears};
use crate::model::{RemoteToken, TokenId, TokenType};
use crate::secret::Secret;

/// The last token list fetched for a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedList {
    /// Metadata only.
    pub tokens: Vec<RemoteToken>,
    /// When it was fetched.
    pub fetched_at: DateTime<Utc>,
}

/// What a create needs to know of the cached list, read without parsing it into tokens: the
/// ids, when the list was fetched, and whether every token has its creation time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedIds {
    pub ids: Vec<TokenId>,
    pub fetched_at: DateTime<Utc>,
    pub all_dated: bool,
}

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

fn parse_time(text: &str) -> Result<DateTime<Utc>, StoreError> {
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
    /// Replaces a profile's cached list.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn save_list_cache(
        &self,
        profile_id: &str,
        tokens: &[RemoteToken],
        fetched_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let json = serde_json::to_string(tokens).map_err(|_| StoreError::Corrupt)?;
        self.conn.execute(
            "INSERT INTO list_cache (profile_id, fetched_at, tokens_json) VALUES (?1, ?2, ?3)
             ON CONFLICT (profile_id) DO UPDATE SET fetched_at = excluded.fetched_at, tokens_json = excluded.tokens_json",
            params![profile_id, fetched_at.to_rfc3339(), json],
        )?;
        Ok(())
    }

    /// The ids of a profile's cached list, read by SQLite's JSON functions (a create with
    /// 10,000 cached tokens does not parse them all). `None` without a readable cache.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn list_cache_ids(&self, profile_id: &str) -> Result<Option<CachedIds>, StoreError> {
        let fetched_at: Option<String> = self
            .conn
            .query_row(
                "SELECT fetched_at FROM list_cache WHERE profile_id = ?1 AND json_valid(tokens_json)",
                [profile_id],
                |row| row.get(0),
            )
            .optional()?;
        let Some(Ok(fetched_at)) = fetched_at.as_deref().map(parse_time) else {
            return Ok(None);
        };
        let mut statement = self.conn.prepare_cached(
            "SELECT json_extract(t.value, '$.id'), json_extract(t.value, '$.created_at') IS NOT NULL
             FROM list_cache, json_each(list_cache.tokens_json) AS t WHERE profile_id = ?1",
        )?;
        let mut ids = Vec::new();
        let mut all_dated = true;
        let mut rows = statement.query([profile_id])?;
        while let Some(row) = rows.next()? {
            let Some(id) = row.get::<_, Option<String>>(0)? else {
                return Ok(None);
            };
            all_dated &= row.get::<_, bool>(1)?;
            ids.push(TokenId::new(id));
        }
        Ok(Some(CachedIds {
            ids,
            fetched_at,
            all_dated,
        }))
    }

    /// Adds a token to the end of a profile's cached list in place, by joining text: a create
    /// with 10,000 cached tokens neither parses nor rewrites them (the list is the compact JSON
    /// [`Store::save_list_cache`] wrote, where `"id":"<id>"` can only be a token's own id: a
    /// quote inside a name is escaped). A list that may already hold the token, or no cache,
    /// is left to [`Store::save_list_cache`]: `false`.
    ///
    /// Errors: [`StoreError::Sqlite`], [`StoreError::Corrupt`].
    pub fn append_to_list_cache(
        &self,
        profile_id: &str,
        token: &RemoteToken,
    ) -> Result<bool, StoreError> {
        let json = serde_json::to_string(token).map_err(|_| StoreError::Corrupt)?;
        let id_field = serde_json::to_string(&serde_json::json!({ "id": token.id.as_str() }))
            .map_err(|_| StoreError::Corrupt)?;
        let id_field = id_field.trim_start_matches('{').trim_end_matches('}');
        let changed = self.conn.execute(
            "UPDATE list_cache SET tokens_json = CASE tokens_json
                 WHEN '[]' THEN '[' || ?2 || ']'
                 ELSE substr(tokens_json, 1, length(tokens_json) - 1) || ',' || ?2 || ']' END
             WHERE profile_id = ?1 AND substr(tokens_json, 1, 1) = '['
               AND substr(tokens_json, -1, 1) = ']' AND instr(tokens_json, ?3) = 0",
            params![profile_id, json, id_field],
        )?;
        Ok(changed == 1)
    }

    /// A profile's cached list. An unreadable cache is treated as no cache (it is disposable).
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn load_list_cache(&self, profile_id: &str) -> Result<Option<CachedList>, StoreError> {
        let row: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT fetched_at, tokens_json FROM list_cache WHERE profile_id = ?1",
                [profile_id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let Some((fetched_at, json)) = row else {
            return Ok(None);
        };
        match (
            parse_time(&fetched_at),
            serde_json::from_str::<Vec<RemoteToken>>(&json),
        ) {
            (Ok(fetched_at), Ok(tokens)) => Ok(Some(CachedList { tokens, fetched_at })),
            _ => {
                tracing::warn!("ignoring an unreadable token list cache");
                Ok(None)
            }
        }
    }

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
