//! The database schema and its versioning through `PRAGMA user_version`. Owns every `CREATE`
//! statement and the per-database secret used to sign session tokens.

use rusqlite::{Connection, OptionalExtension, params};

use crate::crypto::random_bytes;
use crate::error::SandboxError;

/// The schema version this build writes and understands.
pub(crate) const SCHEMA_VERSION: i64 = 1;

const V1: &str = "
CREATE TABLE meta (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
) STRICT;
CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    token_limit INTEGER NOT NULL
) STRICT;
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    roles TEXT NOT NULL,
    password_salt BLOB NOT NULL,
    password_hash BLOB NOT NULL,
    totp_secret TEXT
) STRICT;
CREATE TABLE backup_codes (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    code_hash BLOB NOT NULL,
    used_at INTEGER
) STRICT;
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    lookup TEXT NOT NULL,
    token_hash BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_by_lookup ON sessions(lookup);
CREATE TABLE tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('batch', 'realtime')),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    lookup TEXT NOT NULL,
    key_hash BLOB NOT NULL,
    revoked_at INTEGER
) STRICT;
CREATE INDEX tokens_by_lookup ON tokens(lookup);
CREATE INDEX tokens_live_by_org ON tokens(organization_id, revoked_at, id);
";

/// Brings the schema up to [`SCHEMA_VERSION`]; refuses a database from a newer build.
pub(super) fn migrate(conn: &Connection) -> Result<(), SandboxError> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(SandboxError::SchemaTooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    if found < 1 {
        conn.execute_batch(&format!(
            "BEGIN IMMEDIATE; {V1} PRAGMA user_version = 1; COMMIT;"
        ))?;
    }
    Ok(())
}

/// The per-database HMAC secret for session tokens, created on first use.
pub(crate) fn jwt_secret(conn: &mut Connection) -> rusqlite::Result<Vec<u8>> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let existing: Option<Vec<u8>> = tx
        .query_row(
            "SELECT value FROM meta WHERE name = 'jwt_secret'",
            [],
            |row| row.get(0),
        )
        .optional()?;
    let secret = match existing {
        Some(secret) => secret,
        None => {
            let secret = random_bytes::<32>().to_vec();
            tx.execute(
                "INSERT INTO meta (name, value) VALUES ('jwt_secret', ?1)",
                params![secret],
            )?;
            secret
        }
    };
    tx.commit()?;
    Ok(secret)
}
