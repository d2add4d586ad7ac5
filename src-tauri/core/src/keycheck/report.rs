//! What a key check means for the user: the answer of [`ApiClient::check_key`] turned into
//! the `KeyCheckResult` of the IPC contract, with a title, an explanation and a next step
//! written for someone who has never seen an HTTP status.
//!
//! Pure. It must never carry the key: the only free text from outside (why Scriptix could
//! not be reached) is scrubbed of the key before it is used.
//!
//! [`ApiClient::check_key`]: crate::api::ApiClient::check_key

use serde::Serialize;

use super::inspect::KeyWarning;
use crate::api::KeyCheck;
use crate::audit::scrub;
use crate::i18n::{Catalogue, Coded, StoredMessage};
use crate::model::TokenType;
use crate::secret::Secret;

/// The reply of `key_check`, `key_check_held` and the `check` of `rotation_verify`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "camelCase")]
pub enum KeyCheckView {
    /// Nothing was sent: the pasted key looks damaged (the user may check it anyway).
    Warnings { warnings: Vec<KeyWarning> },
    /// Scriptix was asked (or could not be reached).
    Checked(CheckedKey),
}

/// What Scriptix said about a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum CheckResult {
    Valid,
    Revoked,
    Invalid,
    Forbidden,
    RateLimited,
    Unreachable,
}

impl CheckResult {
    /// The word in the contract and in the audit detail.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Valid => "valid",
            Self::Revoked => "revoked",
            Self::Invalid => "invalid",
            Self::Forbidden => "forbidden",
            Self::RateLimited => "rateLimited",
            Self::Unreachable => "unreachable",
        }
    }

    /// Whether Scriptix gave an answer about the key (rather than no answer at all).
    pub fn is_answer(self) -> bool {
        !matches!(self, Self::RateLimited | Self::Unreachable)
    }
}

/// The token of this device's vault that holds the same key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VaultMatch {
    pub token_id: String,
    pub name: Option<String>,
}

/// `outcome: "checked"`: the answer and what it means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckedKey {
    pub result: CheckResult,
    /// The route that was used: `batch` or `realtime`.
    pub token_type: TokenType,
    pub title: String,
    pub explanation: String,
    pub next_step: Option<String>,
    /// Scriptix's `error_code`, when it sent one.
    pub code: Option<String>,
    pub retry_after_seconds: Option<u64>,
    pub vault_match: Option<VaultMatch>,
    /// Warnings the user chose to override.
    pub warnings: Vec<KeyWarning>,
    /// `title`, `explanation` and `next_step` as catalogue messages (`locales/*/keycheck.ftl`):
    /// the window shows them in the user's language; the English fields stay for old callers.
    pub coded: Box<CheckTexts>,
}

/// The texts of a check as catalogue ids and arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckTexts {
    pub title: Coded,
    pub explanation: Coded,
    pub next_step: Option<Coded>,
}

/// The route a key of this type is checked on (unknown types use the realtime one, as
/// [`crate::api::ApiClient::check_key`] does).
pub fn check_route(token_type: &TokenType) -> TokenType {
    match token_type {
        TokenType::Batch => TokenType::Batch,
        TokenType::Realtime | TokenType::Other(_) => TokenType::Realtime,
    }
}

impl CheckedKey {
    /// Explains a check of `key` made on the route of `token_type`.
    pub fn new(
        check: &KeyCheck,
        token_type: &TokenType,
        key: &Secret,
        vault_match: Option<VaultMatch>,
        warnings: Vec<KeyWarning>,
    ) -> Self {
        let route = check_route(token_type);
        let kind = route.as_str();
        let other = if route == TokenType::Batch {
            "realtime"
        } else {
            "batch"
        };
        let (result, title, explanation, next_step, code, retry) = match check {
            KeyCheck::Valid => (
                CheckResult::Valid,
                "keycheck-valid-title",
                Coded::new("keycheck-valid-explanation").arg("kind", kind),
                None,
                None,
                None,
            ),
            KeyCheck::Revoked { code } => (
                CheckResult::Revoked,
                "keycheck-revoked-title",
                Coded::new("keycheck-revoked-explanation"),
                Some(Coded::new("keycheck-revoked-next")),
                Some(code.clone()),
                None,
            ),
            KeyCheck::Invalid { code } => (
                CheckResult::Invalid,
                "keycheck-invalid-title",
                Coded::new("keycheck-invalid-explanation"),
                Some(Coded::new("keycheck-invalid-next")),
                code.clone(),
                None,
            ),
            KeyCheck::Forbidden => (
                CheckResult::Forbidden,
                "keycheck-forbidden-title",
                Coded::new("keycheck-forbidden-explanation")
                    .arg("kind", kind)
                    .arg("other", other),
                Some(Coded::new("keycheck-forbidden-next").arg("other", other)),
                None,
                None,
            ),
            KeyCheck::RateLimited { retry_after } => {
                let seconds = retry_after.map(|d| d.as_secs_f64().ceil() as u64);
                let when = match seconds {
                    Some(s) if s > 0 => Coded::new("keycheck-try-again-in").arg("seconds", s),
                    _ => Coded::new("keycheck-try-again-in-a-minute"),
                };
                (
                    CheckResult::RateLimited,
                    "keycheck-rate-limited-title",
                    Coded::new("keycheck-rate-limited-explanation"),
                    Some(when),
                    None,
                    seconds,
                )
            }
            // The reason is the connection error's English sentence (`KeyCheck` carries text,
            // not the error), scrubbed of the key.
            KeyCheck::Unreachable { coded, .. } => (
                CheckResult::Unreachable,
                "keycheck-unreachable-title",
                Coded::new("keycheck-unreachable-explanation")
                    .arg("reason", coded.map_text(&|text| scrub(text, &[key]))),
                Some(Coded::new("keycheck-unreachable-next")),
                None,
                None,
            ),
        };
        let coded = Box::new(CheckTexts {
            title: Coded::new(title),
            explanation,
            next_step,
        });
        let english = Catalogue::english();
        Self {
            result,
            token_type: route,
            title: english.format_coded(&coded.title),
            explanation: english.format_coded(&coded.explanation),
            next_step: coded.next_step.as_ref().map(|c| english.format_coded(c)),
            code,
            retry_after_seconds: retry,
            vault_match,
            warnings,
            coded,
        }
    }

    /// One line for the audit log: route, result, code and vault match; never the key.
    pub fn audit_detail(&self, source: &str) -> String {
        let mut detail = format!(
            "{source}, {} route: {}",
            self.token_type.as_str(),
            self.result.as_str()
        );
        if let Some(code) = &self.code {
            detail.push_str(&format!(" ({code})"));
        }
        if self.vault_match.is_some() {
            detail.push_str("; same key as one in this device's vault");
        }
        if !self.warnings.is_empty() {
            let codes: Vec<&str> = self.warnings.iter().map(|w| w.code.as_str()).collect();
            detail.push_str(&format!("; checked despite warnings: {}", codes.join(", ")));
        }
        detail
    }

    /// [`CheckedKey::audit_detail`] as a catalogue message (`audit-detail-key-check`), for
    /// the audit log: its English is exactly that text. A source the catalogue does not name
    /// keeps the text (`audit-detail-text`).
    pub fn audit_message(&self, source: &str) -> StoredMessage {
        let source_word = match source {
            "pasted key" => "pasted",
            "held key" => "held",
            "rotation's new key" => "rotation",
            _ => {
                return StoredMessage::text(
                    "audit-detail-text",
                    "text",
                    &self.audit_detail(source),
                );
            }
        };
        let text = |v: &str| serde_json::Value::String(v.to_owned());
        let warnings: Vec<&str> = self.warnings.iter().map(|w| w.code.as_str()).collect();
        let args = [
            ("source", text(source_word)),
            ("route", text(self.token_type.as_str())),
            ("result", text(self.result.as_str())),
            ("code", text(self.code.as_deref().unwrap_or("none"))),
            (
                "same",
                text(if self.vault_match.is_some() {
                    "yes"
                } else {
                    "no"
                }),
            ),
            (
                "warnings",
                text(&if warnings.is_empty() {
                    "none".to_owned()
                } else {
                    warnings.join(", ")
                }),
            ),
        ];
        StoredMessage {
            code: "audit-detail-key-check".to_owned(),
            args: args
                .into_iter()
                .map(|(name, value)| (name.to_owned(), value))
                .collect(),
        }
    }
}

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;
