//! Durable storage on one SQLite connection (WAL, `busy_timeout`, foreign keys on). Owns the
//! connection and the rule that it is only touched inside `spawn_blocking`, so SQLite work
//! never stalls the async runtime and no lock guard is held across an `.await`.
//!
//! The submodules hold the SQL for each table group; they take `&Connection` and know nothing
//! about HTTP.

pub(crate) mod accounts;
mod schema;
pub(crate) mod sessions;
pub(crate) mod tokens;
pub(crate) mod transcriptions;
pub(crate) mod usage;

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rusqlite::Connection;

use crate::error::SandboxError;

pub(crate) use schema::jwt_secret;

/// Why a storage call failed at request time.
#[derive(Debug, thiserror::Error)]
pub(crate) enum DbError {
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("storage task failed: {0}")]
    Task(String),
}

/// Shared handle on the sandbox database.
#[derive(Debug, Clone)]
pub(crate) struct Db {
    conn: Arc<Mutex<Connection>>,
}

impl Db {
    /// Opens (creating if needed) and migrates the database at `path`. Blocking: call it from
    /// `spawn_blocking` or before the runtime serves requests.
    pub fn open(path: &Path) -> Result<Self, SandboxError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        schema::migrate(&conn)?;
        Ok(Self {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `work` on the connection on the blocking thread pool.
    pub async fn call<R, F>(&self, work: F) -> Result<R, DbError>
    where
        R: Send + 'static,
        F: FnOnce(&mut Connection) -> rusqlite::Result<R> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            // A panic in an earlier closure rolled its transaction back when it unwound, so
            // the connection itself is still usable.
            let mut guard = conn
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            work(&mut guard)
        })
        .await
        .map_err(|join| DbError::Task(join.to_string()))?
        .map_err(DbError::from)
    }

    /// Runs `work` on the connection on the current thread (start-up only).
    pub fn call_blocking<R>(
        &self,
        work: impl FnOnce(&mut Connection) -> rusqlite::Result<R>,
    ) -> rusqlite::Result<R> {
        let mut guard = self
            .conn
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        work(&mut guard)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_a_new_database_uses_wal_and_sets_the_schema_version() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = Db::open(&dir.path().join("t.sqlite3")).expect("open");
        let (mode, version): (String, i64) = db
            .call_blocking(|c| {
                Ok((
                    c.query_row("PRAGMA journal_mode", [], |r| r.get(0))?,
                    c.query_row("PRAGMA user_version", [], |r| r.get(0))?,
                ))
            })
            .expect("pragmas");
        assert_eq!(mode, "wal");
        assert_eq!(version, schema::SCHEMA_VERSION);
    }

    #[test]
    fn reopening_keeps_the_jwt_secret() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("t.sqlite3");
        let first = Db::open(&path)
            .expect("open")
            .call_blocking(schema::jwt_secret)
            .expect("secret");
        let second = Db::open(&path)
            .expect("reopen")
            .call_blocking(schema::jwt_secret)
            .expect("secret");
        assert_eq!(first, second);
        assert_eq!(first.len(), 32);
    }

    #[test]
    fn a_database_from_a_newer_sandbox_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("t.sqlite3");
        Connection::open(&path)
            .expect("raw open")
            .pragma_update(None, "user_version", schema::SCHEMA_VERSION + 1)
            .expect("set version");
        assert!(matches!(
            Db::open(&path),
            Err(SandboxError::SchemaTooNew { .. })
        ));
    }
}
