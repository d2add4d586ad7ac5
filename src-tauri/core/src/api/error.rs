//! Every way a call to Scriptix can fail, as one enum the shell maps onto [`ErrorKind`].
//!
//! Owns [`ApiError`] and its user-facing sentences. It must never format a key, a session
//! token, a password or a URL with secrets into a message: server-provided text reaches it
//! only through the redaction in `error_body`.

use std::time::Duration;

use thiserror::Error;

use crate::base_url::BaseUrlError;
use crate::error::ErrorKind;

/// `Result` with [`ApiError`].
pub type Result<T, E = ApiError> = std::result::Result<T, E>;

/// A failed Scriptix call. `Display` is a calm sentence for the user; switch on
/// [`ApiError::kind`], never on the text.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ApiError {
    /// 401: the session, password or key was not accepted. `code` keeps `error_code`.
    #[error("{message}")]
    Unauthorized {
        message: String,
        code: Option<String>,
    },
    /// 403: authenticated, but not allowed.
    #[error("{message}")]
    Forbidden { message: String },
    /// Not found (404); `code` keeps `error_code`, where `TOKEN_NOT_FOUND` tells an
    /// unknown token from an unknown route.
    #[error("{message}")]
    NotFound {
        message: String,
        code: Option<String>,
    },
    /// 429 after the retry budget was spent (or on a call that is never retried).
    #[error("{message}")]
    RateLimited {
        retry_after: Option<Duration>,
        message: String,
    },
    /// 409 with `error_code` `TOKEN_LIMIT_REACHED`: the organization holds its maximum.
    #[error("{message}")]
    LimitReached { message: String },
    /// 400 / 422: the input was refused; `field` names the form field when known.
    #[error("{message}")]
    InvalidInput {
        field: Option<String>,
        message: String,
    },
    /// 402: the plan's quota is used up.
    #[error("{message}")]
    Quota { message: String },
    /// 409 for any other reason.
    #[error("{message}")]
    Conflict { message: String },
    /// 413.
    #[error("{message}")]
    PayloadTooLarge { message: String },
    /// Another 4xx (such as 415) that means this app sent something Scriptix does not take.
    #[error("{message}")]
    Rejected { status: u16, message: String },
    /// 5xx other than 503.
    #[error("{message}")]
    Server { status: u16, message: String },
    /// 503 after the retry budget was spent.
    #[error("{message}")]
    Unavailable { message: String },
    /// No answer within the client timeout.
    #[error("Scriptix did not answer in time. Check your connection and try again.")]
    Timeout,
    /// Could not connect, or the connection dropped. `reason` is a short fixed phrase.
    #[error("Could not reach Scriptix ({reason}). Check your connection and try again.")]
    Network { reason: String },
    /// A create was sent but no answer came back: the token may or may not exist.
    #[error(
        "The connection dropped while the token was being created, so it is not known whether it exists. Refresh the list before trying again."
    )]
    CreateOutcomeUnknown,
    /// A reply larger than [`super::MAX_REPLY_BYTES`]: refused before it was read whole.
    #[error(
        "Scriptix sent a reply larger than {limit_mb} MB, far more than this app ever needs, so it was not read. Try again later; if it keeps happening, contact Scriptix support."
    )]
    ReplyTooLarge { limit_mb: usize },
    /// A token page with more items than were asked for.
    #[error(
        "Scriptix sent {got} tokens in a page that asked for at most {asked}, so the list was not read. Try again later; if it keeps happening, contact Scriptix support."
    )]
    PageTooLong { asked: usize, got: usize },
    /// A success reply that could not be read. `excerpt` is kept only for replies that
    /// cannot contain a key or session token; it is for logs, not for the user.
    #[error("Scriptix sent a reply this app could not read. Try again later.")]
    Decode { excerpt: Option<String> },
    /// The base URL was refused (including plain http to a non-loopback host).
    #[error(transparent)]
    BadUrl(#[from] BaseUrlError),
    /// The HTTP client could not be built (TLS set-up failed).
    #[error("The secure connection could not be set up on this computer.")]
    Client,
}

impl ApiError {
    /// The stable kind the UI switches on.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Unauthorized { .. } => ErrorKind::Unauthorized,
            Self::Forbidden { .. } => ErrorKind::Forbidden,
            Self::NotFound { .. } => ErrorKind::NotFound,
            Self::RateLimited { .. } => ErrorKind::RateLimited,
            Self::LimitReached { .. } => ErrorKind::LimitReached,
            Self::Quota { .. } => ErrorKind::Quota,
            Self::InvalidInput { .. }
            | Self::Conflict { .. }
            | Self::PayloadTooLarge { .. }
            | Self::BadUrl(_) => ErrorKind::InvalidInput,
            Self::Server { .. }
            | Self::Unavailable { .. }
            | Self::Decode { .. }
            | Self::ReplyTooLarge { .. }
            | Self::PageTooLong { .. } => ErrorKind::Server,
            Self::Timeout | Self::Network { .. } | Self::CreateOutcomeUnknown => ErrorKind::Network,
            Self::Rejected { .. } | Self::Client => ErrorKind::Internal,
        }
    }

    /// The form field an `invalidInput` error belongs to, when known.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::InvalidInput { field, .. } => field.as_deref(),
            Self::BadUrl(_) => Some("baseUrl"),
            _ => None,
        }
    }

    /// The server's `error_code`, for the variants that keep it.
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Unauthorized { code, .. } | Self::NotFound { code, .. } => code.as_deref(),
            _ => None,
        }
    }
}
