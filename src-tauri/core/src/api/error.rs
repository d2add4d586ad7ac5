//! Every way a call to Scriptix can fail, as one enum the shell maps onto [`ErrorKind`].
//!
//! Owns [`ApiError`] and its user-facing sentences. It must never format a key, a session
//! token, a password or a URL with secrets into a message: server-provided text reaches it
//! only through the redaction in `error_body`.

use std::time::Duration;

use thiserror::Error;

use crate::base_url::BaseUrlError;
use crate::error::ErrorKind;
use crate::i18n::Coded;

// The sentences this app writes itself into the `message` of a variant (the server's own text
// takes their place when it sends one). `ApiError::coded` knows them by these constants.
pub(crate) const DEFAULT_INVALID_INPUT: &str =
    "Scriptix did not accept the request. Check the values and try again.";
pub(crate) const DEFAULT_UNAUTHORIZED: &str =
    "Scriptix did not accept the credentials. Please sign in again.";
pub(crate) const DEFAULT_FORBIDDEN: &str = "Your Scriptix account is not allowed to do this.";
pub(crate) const DEFAULT_NOT_FOUND: &str = "Scriptix could not find what was asked for.";
pub(crate) const DEFAULT_LIMIT_REACHED: &str =
    "Your organization already holds the maximum number of tokens. Delete one first.";
pub(crate) const DEFAULT_CONFLICT: &str = "This conflicts with something that already exists.";
pub(crate) const DEFAULT_PAYLOAD_TOO_LARGE: &str = "The request was too large for Scriptix.";
pub(crate) const DEFAULT_RATE_LIMITED: &str =
    "Scriptix is limiting how fast requests can be made. Wait a moment and try again.";
pub(crate) const DEFAULT_UNAVAILABLE: &str =
    "Scriptix is temporarily unavailable. Try again in a few minutes.";
pub(crate) const DEFAULT_SERVER: &str = "Scriptix had an internal problem. Try again later.";
pub(crate) const DEFAULT_REJECTED: &str =
    "Scriptix refused a request from this app. Updating the app may help.";
pub(crate) const DEFAULT_QUOTA: &str =
    "Your Scriptix plan's quota is used up. Upgrade the plan or contact Scriptix support.";
/// A 402 with the server's reason: prefix + reason + suffix.
pub(crate) const QUOTA_SERVER_PREFIX: &str = "Scriptix refused this because of your plan: ";
pub(crate) const QUOTA_SERVER_SUFFIX: &str = " Upgrade the plan or contact Scriptix support.";
pub(crate) const WRONG_PASSWORD: &str = "The username or password is not correct.";
pub(crate) const CODE_REFUSED: &str = "The code was not accepted. Check it and try again.";
pub(crate) const NOT_A_TOKEN_ID: &str = "This is not a token id Scriptix gives out (only letters, digits, - and _, at most 128), so nothing was sent.";
pub(crate) const UNSENDABLE_SECRET: &str =
    "The key or session contains characters that cannot be sent. Paste it again.";
pub(crate) const DEMO_ASKS_SECOND_FACTOR: &str =
    "The demo account unexpectedly asks for a second factor.";

/// The app's own sentences and their catalogue ids (`locales/*/errors-api.ftl`).
const OWN_SENTENCES: [(&str, &str); 17] = [
    (DEFAULT_INVALID_INPUT, "api-invalid-input"),
    (DEFAULT_UNAUTHORIZED, "api-unauthorized"),
    (DEFAULT_FORBIDDEN, "api-forbidden"),
    (DEFAULT_NOT_FOUND, "api-not-found"),
    (DEFAULT_LIMIT_REACHED, "api-limit-reached"),
    (DEFAULT_CONFLICT, "api-conflict"),
    (DEFAULT_PAYLOAD_TOO_LARGE, "api-payload-too-large"),
    (DEFAULT_RATE_LIMITED, "api-rate-limited"),
    (DEFAULT_UNAVAILABLE, "api-unavailable"),
    (DEFAULT_SERVER, "api-server"),
    (DEFAULT_REJECTED, "api-rejected"),
    (DEFAULT_QUOTA, "api-quota"),
    (WRONG_PASSWORD, "api-wrong-password"),
    (CODE_REFUSED, "api-code-refused"),
    (NOT_A_TOKEN_ID, "api-not-a-token-id"),
    (UNSENDABLE_SECRET, "api-unsendable-secret"),
    (DEMO_ASKS_SECOND_FACTOR, "api-demo-asks-second-factor"),
];

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

    /// The catalogue message for the window (`locales/*/errors-api.ftl`). A sentence this app
    /// wrote has its own id; where the message is the server's own text (in the server's
    /// language), the id says in the user's language what kind of refusal it was and the
    /// server's text goes along as `$message`.
    pub fn coded(&self) -> Coded {
        let said = |message: &str, server_says: &'static str| match own_sentence(message) {
            Some(id) => Coded::new(id),
            None => Coded::new(server_says).arg("message", message),
        };
        match self {
            Self::Unauthorized { message, .. } => said(message, "api-unauthorized-server"),
            Self::Forbidden { message } => said(message, "api-forbidden-server"),
            Self::NotFound { message, .. } => said(message, "api-not-found-server"),
            Self::RateLimited { message, .. } => said(message, "api-rate-limited-server"),
            Self::LimitReached { message } => said(message, "api-limit-reached-server"),
            Self::InvalidInput { message, .. } => said(message, "api-invalid-input-server"),
            Self::Quota { message } => match message
                .strip_prefix(QUOTA_SERVER_PREFIX)
                .and_then(|rest| rest.strip_suffix(QUOTA_SERVER_SUFFIX))
            {
                Some(reason) => Coded::new("api-quota-server").arg("reason", reason),
                None => said(message, "api-quota-other"),
            },
            Self::Conflict { message } => said(message, "api-conflict-server"),
            Self::PayloadTooLarge { message } => said(message, "api-payload-too-large-server"),
            Self::Rejected { message, .. } => said(message, "api-rejected-server"),
            Self::Server { message, .. } => said(message, "api-server-server"),
            Self::Unavailable { message } => said(message, "api-unavailable-server"),
            Self::Timeout => Coded::new("api-timeout"),
            Self::Network { reason } => match reason.as_str() {
                "could not connect" => Coded::new("api-network-no-connection"),
                "the connection dropped" => Coded::new("api-network-dropped"),
                other => Coded::new("api-network").arg("reason", other),
            },
            Self::CreateOutcomeUnknown => Coded::new("api-create-outcome-unknown"),
            Self::ReplyTooLarge { limit_mb } => {
                Coded::new("api-reply-too-large").arg("limitMb", *limit_mb)
            }
            Self::PageTooLong { asked, got } => Coded::new("api-page-too-long")
                .arg("asked", *asked)
                .arg("got", *got),
            Self::Decode { .. } => Coded::new("api-decode"),
            Self::BadUrl(err) => err.coded(),
            Self::Client => Coded::new("api-client"),
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

/// The catalogue id of a sentence this app wrote itself.
fn own_sentence(message: &str) -> Option<&'static str> {
    OWN_SENTENCES
        .iter()
        .find(|(text, _)| *text == message)
        .map(|(_, id)| *id)
}

/// Every own sentence with its id, for the catalogue test.
#[cfg(test)]
pub(crate) fn own_sentences() -> &'static [(&'static str, &'static str)] {
    &OWN_SENTENCES
}
