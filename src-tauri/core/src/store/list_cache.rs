//! The cached token list: the last list fetched for a profile (shown at once on start and
//! offline), the tokens created here since, and what a create needs of it.
//!
//! The fetched list is one JSON value, written once per fetch. A token created afterwards
//! goes into a row of its own (`list_cache_added`), so a create with 10,000 cached tokens
//! neither parses nor rewrites them; reading the list puts those rows on its end. A create
//! reads only `create_before_ids` (see [`Store::create_before`]), a handful of ids, never the
//! whole list.
//!
//! Must not: hold a key (metadata only), or let a create take a token that was there before
//! for its own (what `create_before_ids` leaves out is excluded by its creation time).

use std::collections::HashSet;

use chrono::{DateTime, Duration, Utc};
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};
use crate::api::RECONCILE_WINDOW;
use crate::model::{RemoteToken, TokenId};

/// The last token list fetched for a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedList {
    /// Metadata only.
    pub tokens: Vec<RemoteToken>,
    /// When it was fetched.
    pub fetched_at: DateTime<Utc>,
}

/// What a create takes from the cached list as "what existed before" (see
/// [`Store::create_before`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateBefore {
    /// The cached tokens a lost answer could be mistaken for: those created recently (or
    /// dated ahead of the fetch), and every token created here since the fetch.
    pub ids: Vec<TokenId>,
    /// When the list was fetched.
    pub fetched_at: DateTime<Utc>,
}

/// How far before its fetch a cached token counts as recent for [`CreateBefore`]: a lost
/// answer is matched only to a token created at most [`RECONCILE_WINDOW`] before the create
/// started, and a create trusts only a list fetched before it started, so an older token can
/// never be taken for the new one and need not be named. The extra minutes are slack.
fn create_before_span() -> Duration {
    RECONCILE_WINDOW + Duration::minutes(5)
}

/// The ids a create must treat as existing before it (`create_before_ids`): the tokens
/// created within [`create_before_span`] of `fetched_at`, or later; `None` when any token
/// has no creation time (only the whole list could tell then).
fn create_before_ids(tokens: &[RemoteToken], fetched_at: DateTime<Utc>) -> Option<String> {
    let since = fetched_at - create_before_span();
    let mut recent = Vec::new();
    for token in tokens {
        if token.created_at? >= since {
            recent.push(token.id.as_str());
        }
    }
    serde_json::to_string(&recent).ok()
}

impl Store {
    /// Replaces a profile's cached list (and drops the tokens added to the old one).
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn save_list_cache(
        &self,
        profile_id: &str,
        tokens: &[RemoteToken],
        fetched_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let json = serde_json::to_string(tokens).map_err(|_| StoreError::Corrupt)?;
        let before = create_before_ids(tokens, fetched_at);
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "INSERT INTO list_cache (profile_id, fetched_at, tokens_json, create_before_ids) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (profile_id) DO UPDATE SET fetched_at = excluded.fetched_at,
               tokens_json = excluded.tokens_json, create_before_ids = excluded.create_before_ids",
            params![profile_id, fetched_at.to_rfc3339(), json, before],
        )?;
        tx.execute(
            "DELETE FROM list_cache_added WHERE profile_id = ?1",
            [profile_id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// What a create may take as "what existed before" from a profile's cached list, read
    /// without the list itself: the ids of its recent tokens (see [`create_before_span`]) and
    /// of every token created here since, and when it was fetched. `None` without a cache, or
    /// when a cached token has no creation time.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn create_before(&self, profile_id: &str) -> Result<Option<CreateBefore>, StoreError> {
        let row: Option<(String, Option<String>)> = self
            .conn
            .query_row(
                "SELECT fetched_at, create_before_ids FROM list_cache WHERE profile_id = ?1",
                [profile_id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let Some((fetched_at, Some(ids))) = row else {
            return Ok(None);
        };
        let (Ok(fetched_at), Ok(ids)) = (
            super::tokens::parse_time(&fetched_at),
            serde_json::from_str::<Vec<String>>(&ids),
        ) else {
            return Ok(None);
        };
        let mut ids: Vec<TokenId> = ids.into_iter().map(TokenId::new).collect();
        let mut added = self.conn.prepare_cached(
            "SELECT token_id FROM list_cache_added WHERE profile_id = ?1 ORDER BY rowid",
        )?;
        for id in added.query_map([profile_id], |row| row.get::<_, String>(0))? {
            ids.push(TokenId::new(id?));
        }
        Ok(Some(CreateBefore { ids, fetched_at }))
    }

    /// Adds a token created here to a profile's cached list, as a row of its own: neither the
    /// list nor its size is touched. A token already listed is replaced by this one on reading.
    /// `false` without a cache (nothing to add to).
    ///
    /// Errors: [`StoreError::Sqlite`], [`StoreError::Corrupt`].
    pub fn append_to_list_cache(
        &self,
        profile_id: &str,
        token: &RemoteToken,
    ) -> Result<bool, StoreError> {
        let json = serde_json::to_string(token).map_err(|_| StoreError::Corrupt)?;
        let changed = self.conn.execute(
            "INSERT INTO list_cache_added (profile_id, token_id, token_json)
             SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM list_cache WHERE profile_id = ?1)
             ON CONFLICT (profile_id, token_id) DO UPDATE SET token_json = excluded.token_json",
            params![profile_id, token.id.as_str(), json],
        )?;
        Ok(changed == 1)
    }

    /// A profile's cached list, with the tokens created here since on its end. An unreadable
    /// cache is treated as no cache (it is disposable).
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
        let mut added = self.conn.prepare_cached(
            "SELECT token_json FROM list_cache_added WHERE profile_id = ?1 ORDER BY rowid",
        )?;
        let added: Vec<String> = added
            .query_map([profile_id], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        let added: Result<Vec<RemoteToken>, _> = added
            .iter()
            .map(|json| serde_json::from_str(json))
            .collect();
        match (
            super::tokens::parse_time(&fetched_at),
            serde_json::from_str::<Vec<RemoteToken>>(&json),
            added,
        ) {
            (Ok(fetched_at), Ok(mut tokens), Ok(added)) => {
                if !added.is_empty() {
                    let ids: HashSet<&TokenId> = added.iter().map(|t| &t.id).collect();
                    tokens.retain(|t| !ids.contains(&t.id));
                    tokens.extend(added);
                }
                Ok(Some(CachedList { tokens, fetched_at }))
            }
            _ => {
                tracing::warn!("ignoring an unreadable token list cache");
                Ok(None)
            }
        }
    }
}
