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
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod one_commit_tests;
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

    /// Runs `writes` as one transaction: one commit, so one sync to disk, where each write
    /// would otherwise commit (and sync) on its own, and nothing is visible to another
    /// connection before the commit. A write that fails is seen by `writes` and, for the
    /// usual errors (a constraint, a bad value), undoes only itself. Only methods that write
    /// with single statements or a savepoint (`append_audit`) can be called inside: a method
    /// that opens a transaction of its own fails there.
    ///
    /// Errors: [`StoreError::Sqlite`] when the transaction cannot begin or commit. If SQLite
    /// ends the transaction itself (a full disk, an I/O error), the writes before that are
    /// undone, those after it were committed one by one, and the commit's error is returned.
    pub fn in_one_commit<R>(&self, writes: impl FnOnce(&Self) -> R) -> Result<R, StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        let out = writes(self);
        tx.commit()?;
        Ok(out)
    }

    /// Where the database stands: equal marks mean nothing was written in between, by this
    /// connection (its count of changed rows) or by any other (SQLite's `data_version`).
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn mark(&self) -> Result<StoreMark, StoreError> {
        let others: i64 = self
            .conn
            .query_row("PRAGMA data_version", [], |row| row.get(0))?;
        Ok(StoreMark(others, self.conn.total_changes()))
    }

    /// The schema version in use.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        schema::version(&self.conn)
    }
}

/// See [`Store::mark`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreMark(i64, u64);

/// A SAVEPOINT on the store's connection: its writes are kept or undone together, inside the
/// transaction open around it ([`Store::in_one_commit`]) or as a transaction of its own.
/// Undone when dropped without [`Nested::keep`].
pub(crate) struct Nested<'c> {
    conn: &'c Connection,
    name: &'static str,
    open: bool,
}

impl<'c> Nested<'c> {
    /// Errors: [`StoreError::Sqlite`].
    pub(crate) fn begin(conn: &'c Connection, name: &'static str) -> Result<Self, StoreError> {
        conn.execute_batch(&format!("SAVEPOINT {name}"))?;
        Ok(Self {
            conn,
            name,
            open: true,
        })
    }

    /// Keeps the writes (a commit when no transaction is open around it).
    ///
    /// Errors: [`StoreError::Sqlite`] (then the writes are undone).
    pub(crate) fn keep(mut self) -> Result<(), StoreError> {
        self.conn.execute_batch(&format!("RELEASE {}", self.name))?;
        self.open = false;
        Ok(())
    }
}

impl Drop for Nested<'_> {
    fn drop(&mut self) {
        if self.open {
            let name = self.name;
            if let Err(error) = self
                .conn
                .execute_batch(&format!("ROLLBACK TO {name}; RELEASE {name}"))
            {
                tracing::warn!(%error, "could not undo an unfinished write");
            }
        }
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod usage_tests;
