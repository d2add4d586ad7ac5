//! What Scriptix data means to the app: tokens, their status, the account and its roles.
//!
//! Owns the tolerant reading of the server's loosely documented JSON (every accepted alias
//! lives here, in one place) and the domain rules (expiry status, who may manage tokens).
//! It must not do I/O and must never hold a key: the key returned by a create lives in
//! [`crate::api::CreatedToken`] only.

mod account;
pub(crate) mod time;
mod token;
mod token_read;

pub use account::{Account, Organization, can_manage_tokens, manage_tokens_reason};
pub use time::parse_timestamp;
pub use token::{MAX_URL_TOKEN_ID_CHARS, RemoteToken, TokenId, TokenStatus, TokenType, status_at};
pub(crate) use token_read::WirePage;
