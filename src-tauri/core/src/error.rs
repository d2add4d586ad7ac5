//! The stable error vocabulary shared by every module of the core crate.
//!
//! Owns [`ErrorKind`], the one classification the UI switches on. Each module keeps its own
//! rich `thiserror` enum and maps it onto a kind; this module must not know those enums, and
//! must never hold message text (messages belong to the errors themselves).

use serde::{Deserialize, Serialize};

/// What kind of problem an error is, as the UI needs to know it.
///
/// Serialised camelCase exactly as the IPC contract lists it
/// (`unauthorized`, `forbidden`, `notFound`, `rateLimited`, `network`, `server`,
/// `vaultUnavailable`, `invalidInput`, `limitReached`, `quota`, `internal`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ErrorKind {
    /// The session or key was not accepted: sign in again.
    Unauthorized,
    /// The credential is fine but may not do this.
    Forbidden,
    /// The thing asked for does not exist.
    NotFound,
    /// Scriptix is rate-limiting; try later.
    RateLimited,
    /// Scriptix could not be reached (timeouts and dropped connections included).
    Network,
    /// Scriptix failed or answered something unreadable.
    Server,
    /// The OS secret vault is missing, locked or unreachable.
    VaultUnavailable,
    /// Something the user typed is not acceptable.
    InvalidInput,
    /// The organisation holds its maximum number of tokens.
    LimitReached,
    /// The plan's quota is used up (402): upgrade the plan or contact support.
    Quota,
    /// A bug or an unexpected local failure.
    Internal,
}
