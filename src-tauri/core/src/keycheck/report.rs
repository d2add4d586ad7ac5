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
                "This key works".to_owned(),
                format!("Scriptix accepted this key as a {kind} key just now."),
                None,
                None,
                None,
            ),
            KeyCheck::Revoked { code } => (
                CheckResult::Revoked,
                "This key was revoked".to_owned(),
                "Scriptix knows this key, but it has been revoked or has expired: \
                 nothing that uses it can transcribe any more."
                    .to_owned(),
                Some(
                    "Create a new key (or rotate the token) and put the new key in every \
                     integration that used this one."
                        .to_owned(),
                ),
                Some(code.clone()),
                None,
            ),
            KeyCheck::Invalid { code } => (
                CheckResult::Invalid,
                "Scriptix does not accept this key".to_owned(),
                "Scriptix does not know this key: it may be mistyped, cut off, expired, \
                 or from another account or server."
                    .to_owned(),
                Some(
                    "Copy the key again from where it was first saved and check it once more. \
                     If it still fails, create a new key."
                        .to_owned(),
                ),
                code.clone(),
                None,
            ),
            KeyCheck::Forbidden => (
                CheckResult::Forbidden,
                "The key works, but may not make this check".to_owned(),
                format!(
                    "Scriptix recognised the key but refused the {kind} check. It may be a \
                     {other} key, or a key without permission for {kind} transcription."
                ),
                Some(format!(
                    "If this is a {other} key, check it as a {other} key. Otherwise ask an \
                     administrator of your Scriptix organisation what the key may do."
                )),
                None,
                None,
            ),
            KeyCheck::RateLimited { retry_after } => {
                let seconds = retry_after.map(|d| d.as_secs_f64().ceil() as u64);
                let when = match seconds {
                    Some(s) if s > 0 => format!("Try again in {s} s."),
                    _ => "Try again in a minute.".to_owned(),
                };
                (
                    CheckResult::RateLimited,
                    "Too many checks right now".to_owned(),
                    "Scriptix asked to slow down, so it did not say whether this key works."
                        .to_owned(),
                    Some(when),
                    None,
                    seconds,
                )
            }
            KeyCheck::Unreachable { reason } => (
                CheckResult::Unreachable,
                "Scriptix could not be reached".to_owned(),
                format!(
                    "The check did not get an answer ({}), so nothing is known about this \
                     key: it may work or not.",
                    scrub(reason.trim_end_matches('.'), &[key])
                ),
                Some("Check your connection and try again in a moment.".to_owned()),
                None,
                None,
            ),
        };
        Self {
            result,
            token_type: route,
            title,
            explanation,
            next_step,
            code,
            retry_after_seconds: retry,
            vault_match,
            warnings,
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
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn key() -> Secret {
        Secret::new("sk_live_0123456789abcdefghijABCDEFGHIJ0123456789".to_owned())
    }

    #[test]
    fn a_checked_result_serialises_exactly_as_the_contract_says() {
        let checked = CheckedKey::new(
            &KeyCheck::Revoked {
                code: "KEY_REVOKED".into(),
            },
            &TokenType::Batch,
            &key(),
            Some(VaultMatch {
                token_id: "7".into(),
                name: Some("CI".into()),
            }),
            vec![],
        );
        let json = serde_json::to_value(KeyCheckView::Checked(checked)).unwrap();
        let fields: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected = [
            "outcome",
            "result",
            "tokenType",
            "title",
            "explanation",
            "nextStep",
            "code",
            "retryAfterSeconds",
            "vaultMatch",
            "warnings",
        ];
        expected.sort_unstable();
        let mut fields = fields;
        fields.sort_unstable();
        assert_eq!(fields, expected);
        assert_eq!(json["outcome"], "checked");
        assert_eq!(json["result"], "revoked");
        assert_eq!(json["tokenType"], "batch");
        assert_eq!(json["code"], "KEY_REVOKED");
        assert_eq!(json["vaultMatch"]["tokenId"], "7");
        assert_eq!(json["vaultMatch"]["name"], "CI");
        assert!(json["retryAfterSeconds"].is_null());
    }

    #[test]
    fn warnings_serialise_with_the_warnings_outcome() {
        let view = KeyCheckView::Warnings {
            warnings: super::super::inspect("").1,
        };
        let json = serde_json::to_value(view).unwrap();
        assert_eq!(json["outcome"], "warnings");
        assert_eq!(json["warnings"][0]["code"], "empty");
    }

    #[test]
    fn every_answer_gets_its_own_sentences() {
        let checks = [
            KeyCheck::Valid,
            KeyCheck::Revoked {
                code: "KEY_REVOKED".into(),
            },
            KeyCheck::Invalid { code: None },
            KeyCheck::Forbidden,
            KeyCheck::RateLimited {
                retry_after: Some(Duration::from_millis(2500)),
            },
            KeyCheck::Unreachable {
                reason: "The connection was refused.".into(),
            },
        ];
        let views: Vec<CheckedKey> = checks
            .iter()
            .map(|c| CheckedKey::new(c, &TokenType::Realtime, &key(), None, vec![]))
            .collect();
        let words: Vec<&str> = views.iter().map(|v| v.result.as_str()).collect();
        assert_eq!(
            words,
            [
                "valid",
                "revoked",
                "invalid",
                "forbidden",
                "rateLimited",
                "unreachable"
            ]
        );
        let titles: std::collections::HashSet<&str> =
            views.iter().map(|v| v.title.as_str()).collect();
        assert_eq!(titles.len(), views.len());
        assert!(views[0].next_step.is_none());
        assert!(
            views[1]
                .next_step
                .as_deref()
                .unwrap()
                .contains("Create a new key")
        );
        assert!(views[2].explanation.contains("mistyped"));
        assert!(views[3].next_step.as_deref().unwrap().contains("batch key"));
        assert_eq!(views[4].retry_after_seconds, Some(3));
        assert_eq!(views[4].next_step.as_deref(), Some("Try again in 3 s."));
        assert!(views[5].explanation.contains("connection was refused"));
    }

    #[test]
    fn unknown_types_report_the_realtime_route() {
        let view = CheckedKey::new(
            &KeyCheck::Valid,
            &TokenType::Other("media".into()),
            &key(),
            None,
            vec![],
        );
        assert_eq!(view.token_type, TokenType::Realtime);
    }

    #[test]
    fn an_unreachable_reason_that_echoes_the_key_is_scrubbed() {
        let key = key();
        let reason = format!("proxy said: bad header {}", key.expose());
        let view = CheckedKey::new(
            &KeyCheck::Unreachable { reason },
            &TokenType::Batch,
            &key,
            None,
            vec![],
        );
        assert!(!view.explanation.contains(key.expose()));
        assert!(!view.audit_detail("pasted key").contains(key.expose()));
    }
}
