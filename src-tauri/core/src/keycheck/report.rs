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
            KeyCheck::Unreachable { reason } => (
                CheckResult::Unreachable,
                "keycheck-unreachable-title",
                Coded::new("keycheck-unreachable-explanation")
                    .arg("reason", scrub(reason.trim_end_matches('.'), &[key])),
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
            "coded",
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

    /// The English texts are exactly what they were before they moved to the catalogue (the
    /// journeys assert them), and each has its Dutch message with every argument.
    #[test]
    fn every_answer_is_coded_with_its_english_sentences_and_dutch_ones() {
        use crate::i18n::{Catalogue, Language};

        let cases: [(KeyCheck, TokenType, [&str; 3]); 7] = [
            (
                KeyCheck::Valid,
                TokenType::Batch,
                [
                    "This key works",
                    "Scriptix accepted this key as a batch key just now.",
                    "",
                ],
            ),
            (
                KeyCheck::Revoked {
                    code: "KEY_REVOKED".into(),
                },
                TokenType::Realtime,
                [
                    "This key was revoked",
                    "Scriptix knows this key, but it has been revoked or has expired: nothing that uses it can transcribe any more.",
                    "Create a new key (or rotate the token) and put the new key in every integration that used this one.",
                ],
            ),
            (
                KeyCheck::Invalid { code: None },
                TokenType::Batch,
                [
                    "Scriptix does not accept this key",
                    "Scriptix does not know this key: it may be mistyped, cut off, expired, or from another account or server.",
                    "Copy the key again from where it was first saved and check it once more. If it still fails, create a new key.",
                ],
            ),
            (
                KeyCheck::Forbidden,
                TokenType::Realtime,
                [
                    "The key works, but may not make this check",
                    "Scriptix recognised the key but refused the realtime check. It may be a batch key, or a key without permission for realtime transcription.",
                    "If this is a batch key, check it as a batch key. Otherwise ask an administrator of your Scriptix organisation what the key may do.",
                ],
            ),
            (
                KeyCheck::RateLimited {
                    retry_after: Some(Duration::from_millis(2500)),
                },
                TokenType::Batch,
                [
                    "Too many checks right now",
                    "Scriptix asked to slow down, so it did not say whether this key works.",
                    "Try again in 3 s.",
                ],
            ),
            (
                KeyCheck::RateLimited { retry_after: None },
                TokenType::Batch,
                [
                    "Too many checks right now",
                    "Scriptix asked to slow down, so it did not say whether this key works.",
                    "Try again in a minute.",
                ],
            ),
            (
                KeyCheck::Unreachable {
                    reason: "The connection was refused.".into(),
                },
                TokenType::Batch,
                [
                    "Scriptix could not be reached",
                    "The check did not get an answer (The connection was refused), so nothing is known about this key: it may work or not.",
                    "Check your connection and try again in a moment.",
                ],
            ),
        ];
        let dutch = Catalogue::new(Language::Nl);
        for (check, token_type, [title, explanation, next]) in cases {
            let view = CheckedKey::new(&check, &token_type, &key(), None, vec![]);
            assert_eq!(view.title, title);
            assert_eq!(view.explanation, explanation);
            assert_eq!(view.next_step.as_deref().unwrap_or(""), next);
            let texts = [
                Some(&view.coded.title),
                Some(&view.coded.explanation),
                view.coded.next_step.as_ref(),
            ];
            assert_eq!(texts[2].is_some(), !next.is_empty());
            for (coded, english) in texts.into_iter().zip([title, explanation, next]) {
                let Some(coded) = coded else { continue };
                assert_eq!(Catalogue::english().format_coded(coded), english);
                let nl = dutch.format_coded(coded);
                assert!(nl != english && !nl.contains('{'), "{}: {nl}", coded.code);
            }
        }
        let json = serde_json::to_value(CheckedKey::new(
            &KeyCheck::RateLimited {
                retry_after: Some(Duration::from_secs(30)),
            },
            &TokenType::Batch,
            &key(),
            None,
            vec![],
        ))
        .unwrap();
        assert_eq!(
            json["coded"]["title"]["code"],
            "keycheck-rate-limited-title"
        );
        assert_eq!(json["coded"]["nextStep"]["code"], "keycheck-try-again-in");
        assert_eq!(json["coded"]["nextStep"]["args"]["seconds"], 30);
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

    #[test]
    fn the_audit_message_reads_exactly_as_the_english_detail_and_in_dutch() {
        use crate::i18n::Language;
        let (short, warnings) = super::super::inspect::inspect("sk_live_short");
        assert!(!warnings.is_empty());
        let checks = [
            (KeyCheck::Valid, TokenType::Batch, None, vec![]),
            (
                KeyCheck::Revoked {
                    code: "KEY_REVOKED".into(),
                },
                TokenType::Realtime,
                Some(VaultMatch {
                    token_id: "7".into(),
                    name: Some("CI".into()),
                }),
                vec![],
            ),
            (KeyCheck::Valid, TokenType::Batch, None, warnings),
        ];
        for (check, token_type, vault_match, warnings) in checks {
            let checked = CheckedKey::new(&check, &token_type, &short, vault_match, warnings);
            for source in ["pasted key", "held key", "rotation's new key"] {
                let message = checked.audit_message(source);
                assert_eq!(message.code, "audit-detail-key-check");
                assert_eq!(
                    message.format(Catalogue::english()),
                    checked.audit_detail(source)
                );
                let dutch = message.format(Catalogue::shared(Language::Nl));
                assert_ne!(dutch, checked.audit_detail(source), "{dutch}");
                assert!(dutch.contains("sleutel"), "{dutch}");
            }
        }
        // A source the catalogue does not name keeps its text.
        let checked = CheckedKey::new(&KeyCheck::Valid, &TokenType::Batch, &short, None, vec![]);
        let other = checked.audit_message("from somewhere new");
        assert_eq!(other.code, "audit-detail-text");
        assert_eq!(
            other.format(Catalogue::english()),
            checked.audit_detail("from somewhere new")
        );
    }
}
