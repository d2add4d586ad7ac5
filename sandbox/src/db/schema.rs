//! The database schema and its versioning through `PRAGMA user_version`. Owns every `CREATE`
//! statement and the per-database secret used to sign session tokens.

use rusqlite::{Connection, OptionalExtension, params};

use crate::crypto::random_bytes;
use crate::error::SandboxError;

/// The schema version this build writes and understands.
pub(crate) const SCHEMA_VERSION: i64 = 3;

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

/// Version 2: key usage (raw events, daily and per-IP aggregates, last use) and batch
/// transcription sessions. Times are unix seconds (a session's creation in
/// milliseconds, for its 2 s and 5 s status steps), days are `unix / 86400` (UTC days).
const V2: &str = "
CREATE TABLE usage_events (
    id INTEGER PRIMARY KEY,
    token_id INTEGER NOT NULL,
    at INTEGER NOT NULL,
    ip TEXT NOT NULL,
    route TEXT NOT NULL,
    status INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'error', 'failed_auth')),
    reason TEXT CHECK (reason IN ('revoked', 'expired', 'wrong_type'))
) STRICT;
CREATE INDEX usage_events_by_at ON usage_events(at);
CREATE INDEX usage_events_failed ON usage_events(token_id, at) WHERE reason IS NOT NULL;
CREATE TABLE usage_daily (
    token_id INTEGER NOT NULL,
    day INTEGER NOT NULL,
    requests INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    failed_auth INTEGER NOT NULL,
    PRIMARY KEY (token_id, day)
) STRICT, WITHOUT ROWID;
CREATE INDEX usage_daily_by_day ON usage_daily(day);
CREATE TABLE usage_ips (
    token_id INTEGER NOT NULL,
    day INTEGER NOT NULL,
    ip TEXT NOT NULL,
    requests INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    PRIMARY KEY (token_id, day, ip)
) STRICT, WITHOUT ROWID;
CREATE INDEX usage_ips_by_day ON usage_ips(day);
CREATE TABLE usage_last (
    token_id INTEGER PRIMARY KEY,
    last_used_at INTEGER NOT NULL,
    ip TEXT NOT NULL
) STRICT;
CREATE TABLE transcriptions (
    id INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL UNIQUE,
    token_id INTEGER NOT NULL,
    language TEXT NOT NULL,
    document_type TEXT,
    filename TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    sha256 BLOB NOT NULL,
    created_ms INTEGER NOT NULL
) STRICT;
CREATE INDEX transcriptions_by_token ON transcriptions(token_id, created_ms);
CREATE INDEX transcriptions_by_created ON transcriptions(created_ms);
";

/// Version 3: each organization's count of live (unrevoked) tokens, kept by triggers, so a
/// list page does not count every token again (`total_results` on each of 100 pages of a
/// 10,000-token list was a 10,000-row count each time).
const V3: &str = "
CREATE TABLE live_tokens (
    organization_id INTEGER PRIMARY KEY,
    live INTEGER NOT NULL
) STRICT;
INSERT INTO live_tokens (organization_id, live)
    SELECT organization_id, COUNT(*) FROM tokens WHERE revoked_at IS NULL GROUP BY organization_id;
CREATE TRIGGER live_tokens_insert AFTER INSERT ON tokens WHEN NEW.revoked_at IS NULL
BEGIN
    INSERT INTO live_tokens (organization_id, live) VALUES (NEW.organization_id, 1)
        ON CONFLICT (organization_id) DO UPDATE SET live = live + 1;
END;
CREATE TRIGGER live_tokens_delete AFTER DELETE ON tokens WHEN OLD.revoked_at IS NULL
BEGIN
    UPDATE live_tokens SET live = live - 1 WHERE organization_id = OLD.organization_id;
END;
CREATE TRIGGER live_tokens_update_old AFTER UPDATE OF revoked_at, organization_id ON tokens
    WHEN OLD.revoked_at IS NULL
BEGIN
    UPDATE live_tokens SET live = live - 1 WHERE organization_id = OLD.organization_id;
END;
CREATE TRIGGER live_tokens_update_new AFTER UPDATE OF revoked_at, organization_id ON tokens
    WHEN NEW.revoked_at IS NULL
BEGIN
    INSERT INTO live_tokens (organization_id, live) VALUES (NEW.organization_id, 1)
        ON CONFLICT (organization_id) DO UPDATE SET live = live + 1;
END;
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
    if found < 2 {
        conn.execute_batch(&format!(
            "BEGIN IMMEDIATE; {V2} PRAGMA user_version = 2; COMMIT;"
        ))?;
    }
    if found < 3 {
        conn.execute_batch(&format!(
            "BEGIN IMMEDIATE; {V3} PRAGMA user_version = 3; COMMIT;"
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
