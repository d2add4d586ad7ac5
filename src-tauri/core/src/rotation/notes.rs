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

/// The note as the journal stored it (`{ code, args }`; text written before notes were
/// coded is read into a code).
pub(super) fn read(stored: Option<String>) -> Option<StoredMessage> {
    stored.map(|s| StoredMessage::from_json(&s).unwrap_or_else(|| coded_note(&s)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn every_note_the_engine_writes_gets_a_code_that_reads_the_same_in_english_and_in_dutch() {
        let mut notes: Vec<String> = FIXED.iter().map(|(t, _)| (*t).to_owned()).collect();
        // A note written before notes were coded, with the vault's reason in its text.
        notes.push("The new key could not be saved in the vault (A saved secret could not be read. Sign in again or store the key again.). Copy or export it now (Show key), then confirm; the old token is kept until you do.".to_owned());
        let dutch = Catalogue::new(Language::Nl);
        for note in &notes {
            let coded = coded_note(note);
            assert_ne!(coded.code, "rotation-note-text", "{note}");
            let read_back = read(Some(note.clone())).expect("a note");
            assert_eq!(read_back.format(Catalogue::english()), *note);
            assert_eq!(read(Some(read_back.to_json())), Some(read_back));
            let nl = coded.format(&dutch);
            assert!(!nl.contains('{') && nl != *note, "{note} → {nl}");
        }
        // The vault's refusal as the engine writes it now: the reason is the vault error's
        // own code, so the whole note reads in Dutch.
        let refused = super::super::race::vault_refused_note(&crate::vault::VaultError::Unreadable);
        let nl = refused.format(&dutch);
        assert!(
            nl.starts_with("De nieuwe sleutel kon niet") && !nl.contains("could not"),
            "{nl}"
        );
        let other = coded_note("Scriptix did not answer in time.");
        assert_eq!(other.code, "rotation-note-text");
        assert_eq!(other.format(&dutch), "Scriptix did not answer in time.");
    }
}
