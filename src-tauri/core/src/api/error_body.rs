//! Reading the error bodies Scriptix sends (at least five shapes) and turning a status plus
//! body into an [`ApiError`].
//!
//! Owns the extraction order from the API contract and the redaction of server text. It must
//! not decide about retries (that is `send`), and must never let a secret through: known
//! secrets of the request and anything shaped like a key are replaced by `***`.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::Value;

use super::error::{
    ApiError, DEFAULT_CONFLICT, DEFAULT_FORBIDDEN, DEFAULT_INVALID_INPUT, DEFAULT_LIMIT_REACHED,
    DEFAULT_NOT_FOUND, DEFAULT_PAYLOAD_TOO_LARGE, DEFAULT_QUOTA, DEFAULT_RATE_LIMITED,
    DEFAULT_REJECTED, DEFAULT_SERVER, DEFAULT_UNAUTHORIZED, DEFAULT_UNAVAILABLE,
    QUOTA_SERVER_PREFIX, QUOTA_SERVER_SUFFIX,
};

/// Longest server text kept in a message or excerpt, in characters.
const MAX_TEXT_CHARS: usize = 240;

/// What an error body said, after redaction.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ErrorBody {
    pub message: Option<String>,
    pub code: Option<String>,
    pub field: Option<String>,
    pub retry_after: Option<Duration>,
}

impl ErrorBody {
    /// Parses a body in any documented shape; a non-JSON body gives an empty result.
    /// `secrets` are the request's own secrets, removed from any text kept.
    pub(crate) fn parse(body: &[u8], secrets: &[&str]) -> Self {
        let Ok(Value::Object(object)) = serde_json::from_slice::<Value>(body) else {
            return Self::default();
        };
        let error = object.get("error");
        let mut candidates: Vec<String> = Vec::new();
        if let Some(Value::String(s)) = error {
            candidates.push(s.clone());
        }
        if let Some(Value::String(s)) = error.and_then(|e| e.get("message")) {
            candidates.push(s.clone());
        }
        for key in ["message", "error_description"] {
            if let Some(Value::String(s)) = object.get(key) {
                candidates.push(s.clone());
            }
        }
        let mut field = error
            .and_then(|e| e.get("details"))
            .and_then(|d| d.get("field"))
            .and_then(Value::as_str)
            .map(str::to_owned);
        match object.get("detail") {
            Some(Value::String(s)) => candidates.push(s.clone()),
            Some(Value::Array(items)) => {
                let (text, loc_field) = fastapi_detail(items);
                candidates.extend(text);
                field = field.or(loc_field);
            }
            _ => {}
        }
        for key in ["error_message", "err"] {
            if let Some(Value::String(s)) = object.get(key) {
                candidates.push(s.clone());
            }
        }
        let code = object
            .get("error_code")
            .or_else(|| error.and_then(|e| e.get("error_code")))
            .and_then(Value::as_str)
            .map(|s| s.trim().to_owned());
        Self {
            message: candidates
                .iter()
                .map(|c| redact(c, secrets))
                .find(|c| !c.is_empty() && !is_generic(c)),
            code,
            field,
            retry_after: object.get("retry_after").and_then(seconds),
        }
    }
}

fn fastapi_detail(items: &[Value]) -> (Option<String>, Option<String>) {
    let mut messages = Vec::new();
    let mut field = None;
    for item in items {
        let Some(msg) = item.get("msg").and_then(Value::as_str) else {
            continue;
        };
        let loc = item.get("loc").and_then(Value::as_array).and_then(|loc| {
            loc.iter().rev().find_map(|part| {
                part.as_str()
                    .filter(|p| !matches!(*p, "body" | "query" | "path"))
            })
        });
        if field.is_none() {
            field = loc.map(str::to_owned);
        }
        messages.push(match loc {
            Some(loc) => format!("{loc}: {msg}"),
            None => msg.to_owned(),
        });
    }
    let text = (!messages.is_empty()).then(|| messages.join("; "));
    (text, field)
}

fn seconds(value: &Value) -> Option<Duration> {
    match value {
        Value::Number(n) => n
            .as_f64()
            .filter(|f| f.is_finite() && *f >= 0.0)
            .map(Duration::from_secs_f64),
        Value::String(s) => s.trim().parse::<u64>().ok().map(Duration::from_secs),
        _ => None,
    }
}

/// A bare status phrase or machine code tells the user nothing the default sentence does not.
fn is_generic(text: &str) -> bool {
    let normal = text
        .trim()
        .trim_end_matches('.')
        .replace(['_', '-'], " ")
        .to_lowercase();
    const GENERIC: [&str; 16] = [
        "error",
        "unauthorized",
        "forbidden",
        "not found",
        "bad request",
        "conflict",
        "payment required",
        "rate limit exceeded",
        "too many requests",
        "internal server error",
        "service unavailable",
        "unprocessable entity",
        "validation error",
        "payload too large",
        "request entity too large",
        "unsupported media type",
    ];
    let code_like =
        !text.contains(' ') && text.chars().any(|c| c == '_') && text == text.to_uppercase();
    GENERIC.contains(&normal.as_str()) || code_like
}

/// Removes the request's own secrets and anything shaped like a key, then shortens.
pub(crate) fn redact(text: &str, secrets: &[&str]) -> String {
    let mut out = text.trim().to_owned();
    for secret in secrets.iter().filter(|s| s.len() >= 4) {
        out = out.replace(secret, "***");
    }
    let words: Vec<String> = out
        .split(' ')
        .map(|word| {
            if looks_like_key(word) {
                "***".to_owned()
            } else {
                word.to_owned()
            }
        })
        .collect();
    let joined = words.join(" ");
    if joined.chars().count() > MAX_TEXT_CHARS {
        let cut: String = joined.chars().take(MAX_TEXT_CHARS).collect();
        format!("{cut}…")
    } else {
        joined
    }
}

fn looks_like_key(word: &str) -> bool {
    let core = word.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '_' && c != '-');
    let lower = core.to_ascii_lowercase();
    let prefixed = ["sk_", "token_", "bearer", "eyj"]
        .iter()
        .any(|p| lower.starts_with(p))
        && core.len() >= 12;
    let long_opaque = core.len() >= 24
        && core
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && core.chars().any(|c| c.is_ascii_digit());
    prefixed || long_opaque
}

/// Turns a non-success status and its parsed body into the matching error.
pub(crate) fn status_error(status: StatusCode, body: ErrorBody) -> ApiError {
    let message =
        |default: &str| finish_sentence(body.message.clone().unwrap_or_else(|| default.to_owned()));
    match status.as_u16() {
        400 | 422 => ApiError::InvalidInput {
            message: message(DEFAULT_INVALID_INPUT),
            field: body.field,
        },
        401 => ApiError::Unauthorized {
            message: message(DEFAULT_UNAUTHORIZED),
            code: body.code,
        },
        402 => ApiError::Quota {
            message: quota_message(body.message),
        },
        403 => ApiError::Forbidden {
            message: message(DEFAULT_FORBIDDEN),
        },
        404 => ApiError::NotFound {
            message: message(DEFAULT_NOT_FOUND),
            code: body.code,
        },
        409 if body.code.as_deref() == Some("TOKEN_LIMIT_REACHED") => ApiError::LimitReached {
            message: message(DEFAULT_LIMIT_REACHED),
        },
        409 => ApiError::Conflict {
            message: message(DEFAULT_CONFLICT),
        },
        413 => ApiError::PayloadTooLarge {
            message: message(DEFAULT_PAYLOAD_TOO_LARGE),
        },
        429 => ApiError::RateLimited {
            message: message(DEFAULT_RATE_LIMITED),
            retry_after: body.retry_after,
        },
        503 => ApiError::Unavailable {
            message: message(DEFAULT_UNAVAILABLE),
        },
        code @ 500..=599 => ApiError::Server {
            status: code,
            message: message(DEFAULT_SERVER),
        },
        code => ApiError::Rejected {
            status: code,
            message: message(DEFAULT_REJECTED),
        },
    }
}

/// A 402 is about the plan, never the token limit: the server's own reason (if any) plus
/// what the user can do about it.
fn quota_message(server: Option<String>) -> String {
    match server {
        Some(reason) => format!(
            "{QUOTA_SERVER_PREFIX}{}{QUOTA_SERVER_SUFFIX}",
            finish_sentence(reason)
        ),
        None => DEFAULT_QUOTA.to_owned(),
    }
}

fn finish_sentence(mut text: String) -> String {
    if !text.ends_with(['.', '!', '?', '…']) {
        text.push('.');
    }
    text
}

/// A short, redacted excerpt of an unreadable body, for replies that cannot hold a secret.
pub(crate) fn excerpt(body: &[u8], secrets: &[&str]) -> String {
    let text = String::from_utf8_lossy(body);
    let one_line: String = text
        .chars()
        .take(MAX_TEXT_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    redact(&one_line, secrets)
}

#[cfg(test)]
#[path = "error_body_tests.rs"]
mod tests;
