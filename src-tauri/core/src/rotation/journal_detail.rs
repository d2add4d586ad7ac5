//! What a rotation's journal line says, as a catalogue message (`locales/*/rotation-journal.ftl`,
//! `rotation-journal-…`): the journal stores `{ code, args }`, never a sentence, and the
//! activity log shows each step in the language in use. Details written before they were
//! coded (schema version 12 migrates them) are read into a code here; a detail of no known
//! shape is kept as the argument of `rotation-journal-text`. A shape is only recognised when
//! its English message gives back exactly the same text.

use crate::api::KeyCheck;
use crate::i18n::{Catalogue, Coded, StoredMessage};
use crate::model::TokenId;

use super::Phase;

/// A step's detail: a catalogue message, or nothing to say.
pub type Detail = Option<StoredMessage>;

/// A detail from a coded message (an error's code and arguments).
pub(super) fn coded(message: &Coded) -> Detail {
    Some(StoredMessage::from(message))
}

/// "token 42" and its kin: the line names the token it is about.
pub(super) fn token(code: &'static str, id: &TokenId) -> Detail {
    coded(&Coded::new(code).arg("id", id.as_str()))
}

/// A fixed detail.
pub(super) fn fixed(code: &'static str) -> Detail {
    coded(&Coded::new(code))
}

/// A sentence the engine also keeps as the rotation's note (a reason Scriptix gave for not
/// creating the token): its note code.
pub(super) fn note(text: &str) -> Detail {
    Some(super::notes::coded_note(text))
}

/// The outcome of the verify step's key check.
pub(super) fn check(check: &KeyCheck) -> Detail {
    fixed(match check {
        KeyCheck::Valid => "rotation-journal-check-valid",
        KeyCheck::Forbidden => "rotation-journal-check-forbidden",
        KeyCheck::Revoked { .. } => "rotation-journal-check-revoked",
        KeyCheck::Invalid { .. } => "rotation-journal-check-invalid",
        KeyCheck::RateLimited { .. } => "rotation-journal-check-rate-limited",
        KeyCheck::Unreachable { .. } => "rotation-journal-check-unreachable",
    })
}

/// The catalogue message of a journal step (`storeKey` → `rotation-journal-step-store-key`).
fn step_code(step: &str) -> Option<&'static str> {
    Some(match step {
        "plan" => "rotation-journal-step-plan",
        "create" => "rotation-journal-step-create",
        "storeKey" => "rotation-journal-step-store-key",
        "reconcile" => "rotation-journal-step-reconcile",
        "retry" => "rotation-journal-step-retry",
        "deleteReplacement" => "rotation-journal-step-delete-replacement",
        "cancel" => "rotation-journal-step-cancel",
        "cleanup" => "rotation-journal-step-cleanup",
        "deleteOld" => "rotation-journal-step-delete-old",
        "confirmReplacement" => "rotation-journal-step-confirm-replacement",
        "verify" => "rotation-journal-step-verify",
        "ackVaultFailure" => "rotation-journal-step-ack-vault-failure",
        "deleteDuplicate" => "rotation-journal-step-delete-duplicate",
        _ => return None,
    })
}

fn phase_code(phase: Phase) -> &'static str {
    match phase {
        Phase::Intent => "rotation-journal-phase-intent",
        Phase::Done => "rotation-journal-phase-done",
        Phase::Failed => "rotation-journal-phase-failed",
    }
}

/// The activity log's line for one journal step: "storeKey done: token 42; key in the vault"
/// in English (as it always read), the step and phase in words in other languages.
pub fn audit_message(step: &str, phase: Phase, detail: Option<&StoredMessage>) -> StoredMessage {
    let named = |code: &str| serde_json::json!({ "code": code, "args": {} });
    let step_arg = match step_code(step) {
        Some(code) => named(code),
        None => serde_json::json!({ "code": "rotation-journal-text", "args": { "text": step } }),
    };
    let mut args = std::collections::BTreeMap::new();
    args.insert("step".to_owned(), step_arg);
    args.insert("phase".to_owned(), named(phase_code(phase)));
    let detail = detail.filter(|d| !d.format(Catalogue::english()).trim().is_empty());
    let code = match detail {
        Some(detail) => {
            args.insert(
                "detail".to_owned(),
                serde_json::to_value(detail).unwrap_or_default(),
            );
            "audit-detail-rotation-step"
        }
        None => "audit-detail-rotation-step-bare",
    };
    StoredMessage {
        code: code.to_owned(),
        args,
    }
}

/// Details whose text is the whole message.
const FIXED: &[&str] = &[
    "rotation-journal-key-lost-in-transit",
    "rotation-journal-never-created",
    "rotation-journal-key-only-in-memory",
    "rotation-journal-user-saved-key",
    "rotation-journal-acknowledged",
    "rotation-journal-replacement-deleted",
    "rotation-journal-replacement-kept",
    "rotation-journal-old-already-gone",
    "rotation-journal-old-deleted",
    "rotation-journal-key-not-in-vault",
    "rotation-journal-replacement-gone",
    "rotation-journal-key-refused",
    "rotation-journal-rate-limited",
    "rotation-journal-check-valid",
    "rotation-journal-check-forbidden",
    "rotation-journal-check-revoked",
    "rotation-journal-check-invalid",
    "rotation-journal-check-rate-limited",
    "rotation-journal-check-unreachable",
];

/// Details that name a token (`$id`), longest English first so "token 42" is tried last.
const WITH_TOKEN: &[&str] = &[
    "rotation-journal-found-after-restart",
    "rotation-journal-vault-took-key",
    "rotation-journal-key-stored-after-all",
    "rotation-journal-key-stored",
    "rotation-journal-token-deleted",
    "rotation-journal-token",
];

/// The coded form of a detail the journal stored as English text (before schema 12).
pub fn coded_journal_detail(text: &str) -> StoredMessage {
    let found = recognise(text).filter(|m| m.format(Catalogue::english()) == text);
    found.unwrap_or_else(|| StoredMessage::text("rotation-journal-text", "text", text))
}

fn recognise(text: &str) -> Option<StoredMessage> {
    let english = Catalogue::english();
    let message = |code: &str| StoredMessage {
        code: code.to_owned(),
        args: Default::default(),
    };
    if let Some(code) = FIXED.iter().find(|code| english.format(code, None) == text) {
        return Some(message(code));
    }
    if let Some(count) = text
        .strip_suffix(" replacement(s) found without a key")
        .and_then(|n| n.parse::<i64>().ok())
    {
        let mut m = message("rotation-journal-found-without-key");
        m.args.insert("count".to_owned(), count.into());
        return Some(m);
    }
    let rest = text.strip_prefix("token ")?;
    let id = rest.split([' ', ';']).next()?;
    WITH_TOKEN
        .iter()
        .map(|code| StoredMessage::text(code, "id", id))
        .find(|m| m.format(english) == text)
}

/// The coded form of an audit detail the activity log stored as English text for a rotation
/// step ("storeKey done: token 42; key in the vault", "plan done"), when it has that shape.
pub fn coded_audit_step(text: &str) -> Option<StoredMessage> {
    let (head, detail) = match text.split_once(": ") {
        Some((head, detail)) => (head, Some(detail)),
        None => (text, None),
    };
    let (step, phase) = head.split_once(' ')?;
    step_code(step)?;
    let phase = match phase {
        "intent" => Phase::Intent,
        "done" => Phase::Done,
        "failed" => Phase::Failed,
        _ => return None,
    };
    let detail = detail.map(coded_journal_detail);
    let message = audit_message(step, phase, detail.as_ref());
    (message.format(Catalogue::english()) == text).then_some(message)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    fn english(detail: &Detail) -> String {
        detail
            .as_ref()
            .map(|d| d.format(Catalogue::english()))
            .unwrap_or_default()
    }

    /// Every detail the engine writes reads as it always did in English, is recognised from
    /// that English (the migration of older journals), and reads differently in Dutch.
    #[test]
    fn every_journal_detail_reads_as_before_in_english_is_recognised_and_reads_in_dutch() {
        let id = TokenId::new("42".to_owned());
        let mut details: Vec<Detail> = FIXED.iter().map(|code| fixed(code)).collect();
        details.extend(WITH_TOKEN.iter().map(|code| token(code, &id)));
        details.push(coded(
            &Coded::new("rotation-journal-found-without-key").arg("count", 2_i64),
        ));
        let dutch = Catalogue::new(Language::Nl);
        for detail in &details {
            let text = english(detail);
            let coded = coded_journal_detail(&text);
            assert_eq!(Some(&coded), detail.as_ref(), "{text}");
            let nl = coded.format(&dutch);
            // "token 42" is Dutch too.
            let same_word = coded.code == "rotation-journal-token";
            assert!(
                !nl.contains('{') && (nl != text || same_word),
                "{text} → {nl}"
            );
        }
        assert_eq!(english(&token("rotation-journal-token", &id)), "token 42");
        assert_eq!(
            english(&token("rotation-journal-key-stored", &id)),
            "token 42; key in the vault"
        );
        let other = coded_journal_detail("Revoked { code: \"KEY_REVOKED\" }");
        assert_eq!(other.code, "rotation-journal-text");
        assert_eq!(other.format(&dutch), "Revoked { code: \"KEY_REVOKED\" }");
    }

    #[test]
    fn an_audit_step_line_reads_as_before_in_english_and_in_words_in_dutch() {
        let detail = StoredMessage::from(&Coded::new("rotation-journal-key-stored").arg("id", "7"));
        let line = audit_message("storeKey", Phase::Done, Some(&detail));
        assert_eq!(
            line.format(Catalogue::english()),
            "storeKey done: token 7; key in the vault"
        );
        assert_eq!(
            line.format(&Catalogue::new(Language::Nl)),
            "sleutel bewaren klaar: token 7; sleutel in de kluis"
        );
        let bare = audit_message("plan", Phase::Done, None);
        assert_eq!(bare.format(Catalogue::english()), "plan done");
        assert_eq!(bare.format(&Catalogue::new(Language::Nl)), "plannen klaar");
        // Older English lines are recognised into the same codes.
        assert_eq!(
            coded_audit_step("storeKey done: token 7; key in the vault"),
            Some(line)
        );
        assert_eq!(coded_audit_step("plan done"), Some(bare));
        assert_eq!(
            coded_audit_step("removed 2 orphaned key(s) from the vault"),
            None
        );
    }
}
