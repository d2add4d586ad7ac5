//! The local SQLite store: the token list cache, the tokens this device created, notes, the
//! audit log and which expiry notifications were already shown.
//!
//! Owns the schema (migrated with `PRAGMA user_version`), WAL mode and the busy timeout.
//! Metadata only: it must never hold a key or a session. The types it accepts
//! ([`RemoteToken`], [`LocalToken`]) have no field that could carry one.

mod audit;
mod audit_verify;
mod create_intents;
mod destinations;
mod error;
mod list_cache;
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod list_cache_tests;
pub mod notes;
mod notifications;
mod origins;
mod schema;
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod schema_test_chain;
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod schema_v11_tests;
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod schema_v12_tests;
mod tokens;
mod usage;

use std::path::Path;
use std::time::Duration;

use rusqlite::Connection;

pub use create_intents::{CreateIntent, CreateStage, NewCreateIntent};
pub use destinations::{Destination, DestinationKind, NewDestination};
pub use error::StoreError;
pub use list_cache::{CachedList, CreateBefore};
pub use tokens::{LocalToken, key_hint};
pub use usage::{CachedUsage, RotationHold};

/// How long a write waits for another connection's lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The open database. `Send`, sync methods: the shell keeps it behind a `Mutex`.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    /// Keys the audit chain once the vault gave it (see [`Store::set_audit_key`]).
    audit_key: Option<crate::audit::AuditKey>,
}

impl Store {
    /// Opens (creating if needed, parent folder included) and migrates the database.
    ///
    /// Errors: [`StoreError::Open`], [`StoreError::TooNew`], [`StoreError::Sqlite`].
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::Open {
                reason: source.to_string(),
            })?;
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            reason: source.to_string(),
        })?;
        Self::init(conn, true)
    }

    /// An in-memory database (tests, demo).
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn open_in_memory() -> Result<Self, StoreError> {
        Self::init(Connection::open_in_memory()?, false)
    }

    fn init(conn: Connection, wal: bool) -> Result<Self, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        if wal {
            let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
            tracing::debug!(%mode, "store journal mode");
        }
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // A REPLACE that deletes a row fires the delete triggers too (the audit log's guard).
        conn.pragma_update(None, "recursive_triggers", "ON")?;
        schema::migrate(&conn)?;
        Ok(Self {
            conn,
            audit_key: None,
        })
    }

    /// The connection, for modules that own their own tables (the rotation journal).
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The schema version in use.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        schema::version(&self.conn)
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod usage_tests;
