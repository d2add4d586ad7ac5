//! A rotation's note (what the user must decide, `needsAttention`) is stored as a coded
//! message (`locales/*/errors-rotation.ftl`, `rotation-note-…`), never as a sentence; the engine
//! keeps the English text in memory. A note of no known shape is kept as the argument of
//! `rotation-note-text`. A shape is only recognised when its English message gives back exactly
//! the same text.

use crate::i18n::{Catalogue, StoredMessage};

/// Fixed notes and their codes.
const FIXED: &[(&str, &str)] = &[
    (super::KEY_LOST, "rotation-note-key-lost"),
    (
        super::retire::REPLACEMENT_KEY_MISSING,
        "rotation-note-replacement-key-missing",
    ),
    (
        super::retire::REPLACEMENT_GONE,
        "rotation-note-replacement-gone",
    ),
    (
        super::retire::REPLACEMENT_KEY_REFUSED,
        "rotation-note-replacement-key-refused",
    ),
    (
        "Scriptix did not confirm the new token and it is not in your token list, so it was not created. You can try again.",
        "rotation-note-not-created",
    ),
];

/// The coded form of an English note.
pub fn coded_note(text: &str) -> StoredMessage {
    let found = recognise(text).filter(|m| m.format(Catalogue::english()) == text);
    found.unwrap_or_else(|| StoredMessage::text("rotation-note-text", "text", text))
}

fn recognise(text: &str) -> Option<StoredMessage> {
    if let Some((_, code)) = FIXED.iter().find(|(fixed, _)| *fixed == text) {
        return Some(StoredMessage {
            code: (*code).to_owned(),
            args: Default::default(),
        });
    }
    let reason = text
        .strip_prefix("The new key could not be saved in the vault (")?
        .strip_suffix(
            "). Copy or export it now (Show key), then confirm; the old token is kept until you do.",
        )?;
    Some(StoredMessage::text(
        "rotation-note-vault-refused",
        "reason",
        reason,
    ))
}

/// The note as the journal stores it.
pub(super) fn stored(note: Option<&str>) -> Option<String> {
    note.map(|n| coded_note(n).to_json())
}

/// The note as the engine works with it (English), from what the journal stored.
pub(super) fn english(stored: Option<String>) -> Option<String> {
    stored.map(|s| match StoredMessage::from_json(&s) {
        Some(message) => message.format(Catalogue::english()),
        // Written before notes were coded (the version-11 migration codes those).
        None => s,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn every_note_the_engine_writes_gets_a_code_that_reads_the_same_in_english_and_in_dutch() {
        let mut notes: Vec<String> = FIXED.iter().map(|(t, _)| (*t).to_owned()).collect();
        notes.push(super::super::race::vault_refused_note(
            &crate::vault::VaultError::Unreadable,
        ));
        let dutch = Catalogue::new(Language::Nl);
        for note in &notes {
            let coded = coded_note(note);
            assert_ne!(coded.code, "rotation-note-text", "{note}");
            assert_eq!(english(stored(Some(note))).as_deref(), Some(note.as_str()));
            let nl = coded.format(&dutch);
            assert!(!nl.contains('{') && nl != *note, "{note} → {nl}");
        }
        let other = coded_note("Scriptix did not answer in time.");
        assert_eq!(other.code, "rotation-note-text");
        assert_eq!(other.format(&dutch), "Scriptix did not answer in time.");
    }
}
