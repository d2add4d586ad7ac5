//! Errors that stop a sandbox from starting. Request-time errors are HTTP responses and live
//! in `api_error`; nothing here ever reaches a client.

use std::net::SocketAddr;

/// Why [`crate::Sandbox::start`] failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SandboxError {
    /// The address is not loopback and `allow_non_loopback` was not set.
    #[error("refusing to listen on non-loopback address {0} (set allow_non_loopback to allow it)")]
    NonLoopback(SocketAddr),
    /// A configuration value is out of range.
    #[error("invalid configuration: {0}")]
    InvalidConfig(&'static str),
    /// The database could not be opened, migrated or seeded.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    /// The database was written by a newer sandbox.
    #[error("database schema version {found} is newer than this sandbox supports ({supported})")]
    SchemaTooNew { found: i64, supported: i64 },
    /// Binding the listener failed.
    #[error("cannot listen: {0}")]
    Io(#[from] std::io::Error),
    /// A start-up task died unexpectedly.
    #[error("start-up task failed: {0}")]
    Task(String),
}
