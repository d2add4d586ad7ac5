//! Schema migrations, one step per `user_version`.

use rusqlite::Connection;

use super::StoreError;

/// Each entry migrates from version `index` to `index + 1`.
const MIGRATIONS: &[&str] = &["
    CREATE TABLE list_cache (
        profile_id  TEXT PRIMARY KEY NOT NULL,
        fetched_at  TEXT NOT NULL,
        tokens_json TEXT NOT NULL
    );
    CREATE TABLE local_tokens (
        profile_id        TEXT NOT NULL,
        token_id          TEXT NOT NULL,
        name              TEXT NOT NULL,
        type              TEXT NOT NULL,
        created_at        TEXT,
        expires_at        TEXT,
        key_in_vault      INTEGER NOT NULL DEFAULT 0,
        created_by_app_at TEXT NOT NULL,
        PRIMARY KEY (profile_id, token_id)
    );
"];

pub(super) fn version(conn: &Connection) -> Result<u32, StoreError> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

pub(super) fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let current = version(conn)?;
    let latest = u32::try_from(MIGRATIONS.len()).unwrap_or(u32::MAX);
    if current > latest {
        return Err(StoreError::TooNew { found: current });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index + 1)?;
        tx.commit()?;
    }
    Ok(())
}
