//! The one HTTP funnel: every Scriptix request goes through [`ApiClient::send`].
//!
//! Owns auth headers, `Accept`, transport-error mapping, status-class mapping (before any
//! decoding), error bodies, and the retry loop for idempotent calls. Resource files must not
//! call reqwest themselves, and nothing here may log or format a secret.

use std::time::Duration;

use chrono::Utc;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use serde_json::Value;
use url::Url;

use super::ApiClient;
use super::error::{ApiError, Result};
use super::error_body::{ErrorBody, excerpt, status_error};
use super::options::{WaitNotice, WaitReason};
use super::retry::{backoff, server_hint, whole_seconds};
use crate::secret::Secret;

/// Largest reply body read from Scriptix, in bytes. A token page of 100 items is a few
/// tens of KB; anything past this is a broken or hostile server, and reading it would only
/// fill memory.
pub const MAX_REPLY_BYTES: usize = 4 * 1024 * 1024;

/// A request body.
pub(crate) enum Body<'a> {
    Empty,
    Form(Vec<(&'a str, &'a str)>),
    Json(Value),
    /// A `multipart/form-data` body built by the caller, with its boundary.
    Multipart {
        boundary: String,
        bytes: Vec<u8>,
    },
}

/// One logical call (possibly several attempts).
pub(crate) struct Call<'a> {
    method: Method,
    url: Url,
    bearer: Option<&'a Secret>,
    body: Body<'a>,
    /// Texts removed from any server message or excerpt (the bearer, a password).
    secrets: Vec<&'a str>,
    /// The success reply may hold a key or session token: never excerpt it.
    reply_holds_secret: bool,
    /// A create: once sent, a lost answer means "outcome unknown", not "failed".
    outcome_matters: bool,
}

impl<'a> Call<'a> {
    pub(crate) fn new(method: Method, url: Url, body: Body<'a>) -> Self {
        Self {
            method,
            url,
            bearer: None,
            body,
            secrets: Vec::new(),
            reply_holds_secret: false,
            outcome_matters: false,
        }
    }

    pub(crate) fn get(url: Url) -> Self {
        Self::new(Method::GET, url, Body::Empty)
    }

    pub(crate) fn bearer(mut self, secret: &'a Secret) -> Self {
        self.bearer = Some(secret);
        self.secrets.push(secret.expose());
        self
    }

    pub(crate) fn hide(mut self, text: &'a str) -> Self {
        self.secrets.push(text);
        self
    }

    pub(crate) fn reply_holds_secret(mut self) -> Self {
        self.reply_holds_secret = true;
        self
    }

    pub(crate) fn outcome_matters(mut self) -> Self {
        self.outcome_matters = true;
        self
    }

    fn idempotent(&self) -> bool {
        self.method == Method::GET || self.method == Method::DELETE
    }
}

/// A success reply (2xx), still undecoded.
pub(crate) struct Reply<'a> {
    pub(crate) status: StatusCode,
    body: Vec<u8>,
    holds_secret: bool,
    secrets: Vec<&'a str>,
}

impl Reply<'_> {
    /// The body as JSON; an empty body reads as `null`.
    pub(crate) fn json(&self) -> Result<Value> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&self.body).map_err(|_| self.decode_error())
    }

    /// The body read straight into `T` (no `Value` in between); unreadable JSON or a body
    /// `T` refuses is a decode error.
    pub(crate) fn decode<T: serde::de::DeserializeOwned>(&self) -> Result<T> {
        serde_json::from_slice(&self.body).map_err(|_| self.decode_error())
    }

    /// The error for a body that parsed but did not have the expected shape.
    pub(crate) fn decode_error(&self) -> ApiError {
        ApiError::Decode {
            excerpt: (!self.holds_secret).then(|| excerpt(&self.body, &self.secrets)),
        }
    }
}

type Attempt = std::result::Result<(StatusCode, HeaderMap, Vec<u8>), reqwest::Error>;

impl ApiClient {
    /// Sends a call: retries idempotent ones on 429, 503 and connection errors within the
    /// retry budget, calling `on_wait` before each wait; maps every failure to [`ApiError`].
    pub(crate) async fn send<'a>(&self, call: Call<'a>) -> Result<Reply<'a>> {
        let policy = self.options.retry;
        let mut waited = Duration::ZERO;
        let mut attempt = 1_u32;
        loop {
            let (reason, hint, error) = match self.attempt(&call).await? {
                Ok((status, _, body)) if status.is_success() => {
                    return Ok(Reply {
                        status,
                        body,
                        holds_secret: call.reply_holds_secret,
                        secrets: call.secrets,
                    });
                }
                Ok((status, headers, body)) => {
                    classify_status(status, &headers, &body, &call.secrets)
                }
                Err(err) => (
                    retryable_transport(&err).then_some(WaitReason::Network),
                    None,
                    transport_error(&err, call.outcome_matters),
                ),
            };
            let Some(reason) =
                reason.filter(|_| call.idempotent() && attempt < policy.max_attempts)
            else {
                return Err(error);
            };
            let wait = hint.unwrap_or_else(|| backoff(policy.base_backoff, attempt));
            if waited + wait > policy.max_total_wait {
                return Err(error);
            }
            attempt += 1;
            if let Some(on_wait) = &self.options.on_wait {
                on_wait(WaitNotice {
                    reason,
                    seconds: whole_seconds(wait),
                    attempt,
                });
            }
            tokio::time::sleep(wait).await;
            waited += wait;
        }
    }

    /// One attempt. The outer `Result` is for requests that cannot even be built.
    async fn attempt(&self, call: &Call<'_>) -> Result<Attempt> {
        let mut request = self
            .http
            .request(call.method.clone(), call.url.clone())
            .header(ACCEPT, "application/json");
        if let Some(secret) = call.bearer {
            let mut value =
                HeaderValue::from_str(&format!("Bearer {}", secret.expose())).map_err(|_| {
                    ApiError::InvalidInput {
                        field: None,
                        message: super::error::UNSENDABLE_SECRET.to_owned(),
                    }
                })?;
            value.set_sensitive(true);
            request = request.header(AUTHORIZATION, value);
        }
        request = match &call.body {
            Body::Empty => request,
            Body::Json(value) => request.json(value),
            Body::Multipart { boundary, bytes } => request
                .header(
                    CONTENT_TYPE,
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(bytes.clone()),
            Body::Form(pairs) => {
                let encoded = url::form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(pairs)
                    .finish();
                request
                    .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(encoded)
            }
        };
        let response = match request.send().await {
            Ok(response) => response,
            Err(err) => return Ok(Err(err)),
        };
        let status = response.status();
        let headers = response.headers().clone();
        match read_capped(response).await {
            Ok(body) => Ok(body.map(|body| (status, headers, body))),
            // A create whose 2xx answer could not be read may still have made the token:
            // say so, so the caller reconciles instead of reporting a plain failure.
            Err(_) if call.outcome_matters && status.is_success() => {
                Err(ApiError::CreateOutcomeUnknown)
            }
            Err(too_large) => Err(too_large),
        }
    }
}

/// Reads a body chunk by chunk and stops at [`MAX_REPLY_BYTES`]: an announced or actual
/// larger body is refused with [`ApiError::ReplyTooLarge`] without being read whole.
/// The inner `Result` is a transport error while reading.
async fn read_capped(
    mut response: reqwest::Response,
) -> Result<std::result::Result<Vec<u8>, reqwest::Error>> {
    let too_large = ApiError::ReplyTooLarge {
        limit_mb: MAX_REPLY_BYTES / (1024 * 1024),
    };
    let announced = response
        .content_length()
        .map(|n| usize::try_from(n).unwrap_or(usize::MAX));
    if announced.is_some_and(|n| n > MAX_REPLY_BYTES) {
        return Err(too_large);
    }
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) if body.len() + chunk.len() > MAX_REPLY_BYTES => {
                return Err(too_large);
            }
            Ok(Some(chunk)) => body.extend_from_slice(&chunk),
            Ok(None) => return Ok(Ok(body)),
            Err(err) => return Ok(Err(err)),
        }
    }
}

fn classify_status(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
    secrets: &[&str],
) -> (Option<WaitReason>, Option<Duration>, ApiError) {
    let parsed = ErrorBody::parse(body, secrets);
    let reason = match status {
        StatusCode::TOO_MANY_REQUESTS => Some(WaitReason::RateLimited),
        StatusCode::SERVICE_UNAVAILABLE => Some(WaitReason::Unavailable),
        _ => None,
    };
    let hint = reason.and_then(|_| server_hint(headers, parsed.retry_after, Utc::now()));
    let mut error = status_error(status, parsed);
    if let ApiError::RateLimited { retry_after, .. } = &mut error {
        *retry_after = hint.or(*retry_after);
    }
    (reason, hint, error)
}

/// Timeouts are not retried (the user already waited the full timeout); anything else that
/// broke the exchange is.
fn retryable_transport(err: &reqwest::Error) -> bool {
    !err.is_timeout()
}

fn transport_error(err: &reqwest::Error, outcome_matters: bool) -> ApiError {
    if err.is_connect() {
        // Nothing reached the server: safe to report plainly, even for a create.
        return if err.is_timeout() {
            ApiError::Timeout
        } else {
            ApiError::Network {
                reason: "could not connect".to_owned(),
            }
        };
    }
    if outcome_matters {
        ApiError::CreateOutcomeUnknown
    } else if err.is_timeout() {
        ApiError::Timeout
    } else {
        ApiError::Network {
            reason: "the connection dropped".to_owned(),
        }
    }
}
