//! API tokens: listing, creation under the organization's limit, revocation and key lookup.
//! Keys are stored only as SHA-256 hashes; a revoked token keeps its row (a tombstone with
//! `revoked_at`) so a key check can tell "revoked" from "unknown".

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use crate::crypto::{Hash, lookup_of, same};
use crate::model::{KeyFailure, TokenRecord, TokenType};

/// A token to insert; `key_hash` is the SHA-256 of the plain key, which is never stored.
#[derive(Debug)]
pub(crate) struct NewToken<'a> {
    pub organization_id: i64,
    pub name: &'a str,
    pub token_type: TokenType,
    pub created_at: i64,
    pub expires_at: i64,
    pub key_hash: Hash,
}

/// What a key check found for a key hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct KeyState {
    pub id: i64,
    pub token_type: TokenType,
    pub expires_at: i64,
    pub revoked: bool,
}

fn record(row: &rusqlite::Row<'_>) -> rusqlite::Result<TokenRecord> {
    let kind: String = row.get(2)?;
    Ok(TokenRecord {
        id: row.get(0)?,
        name: row.get(1)?,
        // The CHECK constraint admits only the two wire names.
        token_type: TokenType::parse(&kind).unwrap_or(TokenType::Batch),
        created_at: row.get(3)?,
        expires_at: row.get(4)?,
    })
}

/// One page of the organization's live tokens (oldest first) and the total count.
///
/// The page starts at the id found by skipping `offset` entries of the covering index alone
/// (no table row is read for the skipped ones); the count is the triggers' (schema v3).
pub(crate) fn list(
    conn: &Connection,
    organization_id: i64,
    offset: u64,
    limit: u64,
) -> rusqlite::Result<(Vec<TokenRecord>, u64)> {
    let total = live_count(conn, organization_id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, type, created_at, expires_at FROM tokens
         WHERE organization_id = ?1 AND revoked_at IS NULL AND id >= (
             SELECT id FROM tokens WHERE organization_id = ?1 AND revoked_at IS NULL
             ORDER BY id LIMIT 1 OFFSET ?3)
         ORDER BY id LIMIT ?2",
    )?;
    let offset = i64::try_from(offset).unwrap_or(i64::MAX);
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let page = stmt
        .query_map(params![organization_id, limit, offset], record)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((page, total))
}

fn live_count(conn: &Connection, organization_id: i64) -> rusqlite::Result<u64> {
    let count: Option<i64> = conn
        .prepare_cached("SELECT live FROM live_tokens WHERE organization_id = ?1")?
        .query_row(params![organization_id], |row| row.get(0))
        .optional()?;
    Ok(count.and_then(|c| u64::try_from(c).ok()).unwrap_or(0))
}

/// Inserts a token without checking the limit (seeding).
pub(crate) fn insert(conn: &Connection, new: &NewToken<'_>) -> rusqlite::Result<TokenRecord> {
    conn.execute(
        "INSERT INTO tokens (organization_id, name, type, created_at, expires_at, lookup, key_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            new.organization_id,
            new.name,
            new.token_type.as_str(),
            new.created_at,
            new.expires_at,
            lookup_of(&new.key_hash),
            new.key_hash.as_slice(),
        ],
    )?;
    Ok(TokenRecord {
        id: conn.last_insert_rowid(),
        name: new.name.to_owned(),
        token_type: new.token_type,
        created_at: new.created_at,
        expires_at: new.expires_at,
    })
}

/// Inserts a token unless the organization already holds `token_limit` live tokens
/// (`Ok(None)` then). The check and the insert are one transaction.
pub(crate) fn create_within_limit(
    conn: &mut Connection,
    new: &NewToken<'_>,
    token_limit: i64,
) -> rusqlite::Result<Option<TokenRecord>> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let live = live_count(&tx, new.organization_id)?;
    if i64::try_from(live).unwrap_or(i64::MAX) >= token_limit {
        return Ok(None);
    }
    let created = insert(&tx, new)?;
    tx.commit()?;
    Ok(Some(created))
}

/// Revokes a live token of the organization; `false` if there is none with that id.
pub(crate) fn revoke(
    conn: &Connection,
    organization_id: i64,
    id: i64,
    now: i64,
) -> rusqlite::Result<bool> {
    let changed = conn.execute(
        "UPDATE tokens SET revoked_at = ?1
         WHERE id = ?2 AND organization_id = ?3 AND revoked_at IS NULL",
        params![now, id, organization_id],
    )?;
    Ok(changed == 1)
}

impl KeyState {
    /// Whether this key may call a route for `wanted` keys at `now`: revoked, then expired,
    /// then the type, in that order (a revoked realtime key on a batch route is "revoked").
    pub fn check(&self, wanted: TokenType, now: i64) -> Result<(), KeyFailure> {
        if self.revoked {
            Err(KeyFailure::Revoked)
        } else if self.expires_at <= now {
            Err(KeyFailure::Expired)
        } else if self.token_type != wanted {
            Err(KeyFailure::WrongType)
        } else {
            Ok(())
        }
    }
}

/// Whether the organization has (or had: revoked tokens keep their row) a token with `id`.
pub(crate) fn exists_in_org(
    conn: &Connection,
    organization_id: i64,
    id: i64,
) -> rusqlite::Result<bool> {
    let mut stmt =
        conn.prepare_cached("SELECT 1 FROM tokens WHERE id = ?1 AND organization_id = ?2")?;
    stmt.exists(params![id, organization_id])
}

/// The state of the token whose key hashes to `key_hash` (live or revoked), if any.
pub(crate) fn find_by_key(
    conn: &Connection,
    key_hash: &Hash,
) -> rusqlite::Result<Option<KeyState>> {
    let mut stmt = conn.prepare_cached(
        "SELECT key_hash, type, expires_at, revoked_at, id FROM tokens WHERE lookup = ?1",
    )?;
    let mut rows = stmt.query(params![lookup_of(key_hash)])?;
    while let Some(row) = rows.next()? {
        let stored: Vec<u8> = row.get(0)?;
        if same(&stored, key_hash) {
            let kind: String = row.get(1)?;
            return Ok(Some(KeyState {
                id: row.get(4)?,
                token_type: TokenType::parse(&kind).unwrap_or(TokenType::Batch),
                expires_at: row.get(2)?,
                revoked: row.get::<_, Option<i64>>(3)?.is_some(),
            }));
        }
    }
    Ok(None)
}

#[cfg(test)]
#[path = "tokens_tests.rs"]
mod tests;
