//! Session tokens, stored only as SHA-256 hashes under a short lookup prefix. Validation is
//! server-side (this table), so expiry follows the sandbox clock and rows can be revoked even
//! though clients can read the JWT's `exp`.

use rusqlite::{Connection, params};

use crate::crypto::{Hash, lookup_of, same};

/// Records a session for `account_id` whose token hashes to `token_hash`.
pub(crate) fn insert(
    conn: &Connection,
    account_id: i64,
    token_hash: &Hash,
    created_at: i64,
    expires_at: i64,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO sessions (account_id, lookup, token_hash, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            account_id,
            lookup_of(token_hash),
            token_hash.as_slice(),
            created_at,
            expires_at
        ],
    )?;
    Ok(())
}

/// The account of the unexpired session whose token hashes to `token_hash`, if any.
pub(crate) fn account_for(
    conn: &Connection,
    token_hash: &Hash,
    now: i64,
) -> rusqlite::Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT account_id, token_hash, expires_at FROM sessions WHERE lookup = ?1",
    )?;
    let rows = stmt.query_map(params![lookup_of(token_hash)], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, Vec<u8>>(1)?,
            row.get::<_, i64>(2)?,
        ))
    })?;
    for row in rows {
        let (account_id, stored, expires_at) = row?;
        if same(&stored, token_hash) && expires_at > now {
            return Ok(Some(account_id));
        }
    }
    Ok(None)
}
