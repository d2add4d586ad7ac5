//! Tests of report.rs: the contract's shape, the texts in every language, the audit detail.
#![allow(clippy::unwrap_used)]

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
        unreachable("could not connect"),
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
    let titles: std::collections::HashSet<&str> = views.iter().map(|v| v.title.as_str()).collect();
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
    assert!(views[5].explanation.contains("could not connect"));
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
            unreachable("could not connect"),
            TokenType::Batch,
            [
                "Scriptix could not be reached",
                "The check did not get an answer, so nothing is known about this key: it may work or not. Could not reach Scriptix (could not connect). Check your connection and try again.",
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
    let view = CheckedKey::new(&unreachable(&reason), &TokenType::Batch, &key, None, vec![]);
    assert!(!view.explanation.contains(key.expose()));
    assert!(!view.audit_detail("pasted key").contains(key.expose()));
    // The coded texts the window shows in the user's language are scrubbed too.
    let sent = serde_json::to_string(&view).unwrap();
    assert!(sent.contains("proxy said") && !sent.contains(key.expose()));
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

/// The check's answer when the connection failed with `reason`.
fn unreachable(reason: &str) -> KeyCheck {
    let error = crate::api::ApiError::Network {
        reason: reason.to_owned(),
    };
    KeyCheck::Unreachable {
        coded: error.coded(),
    }
}
