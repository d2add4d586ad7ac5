//! Audit details as coded messages (`locales/*/audit.ftl`, `audit-detail-…`): the log stores
//! `{ code, args }`, never a sentence, and the activity view shows it in the language in use.
//! Details that callers still write as English text, and the English details of logs from
//! before schema version 11, are read into a code here; text of no known shape is kept as the
//! argument of `audit-detail-text`. A shape is only recognised when its English message gives
//! back exactly the same text, so nothing ever reads differently in English.

use crate::i18n::{Catalogue, StoredMessage};

/// Fixed details and their codes.
const FIXED: &[(&str, &str)] = &[
    (
        "created, but the key was lost in transit",
        "audit-detail-key-lost",
    ),
    ("from the expiry centre", "audit-detail-from-expiry-centre"),
    (
        "interrupted create: kept by the user (its key is not on this device)",
        "audit-detail-interrupted-kept",
    ),
    (
        "interrupted create: the token whose key was lost was deleted",
        "audit-detail-interrupted-deleted",
    ),
    (
        "interrupted while a key the vault refused was shown: the key is lost",
        "audit-detail-interrupted-refused-key-lost",
    ),
    (
        "interrupted: the token exists but its key never reached this device",
        "audit-detail-interrupted-key-lost",
    ),
    (
        "interrupted: the token was not created",
        "audit-detail-interrupted-not-created",
    ),
    (
        "interrupted: the token no longer exists",
        "audit-detail-interrupted-gone",
    ),
    (
        "interrupted: several tokens with this name appeared; none was adopted",
        "audit-detail-interrupted-ambiguous",
    ),
    ("key NOT saved in the vault", "audit-detail-key-not-saved"),
    ("key saved in the vault", "audit-detail-key-saved"),
    ("session kept in the vault", "audit-detail-session-in-vault"),
    ("as an env line", "audit-detail-as-env-line"),
    (
        "session kept in memory only",
        "audit-detail-session-in-memory",
    ),
    (
        "the key works, but the vault refused it",
        "audit-detail-attach-vault-refused",
    ),
    (
        "to 1Password with its op program",
        "audit-detail-to-1password",
    ),
    (
        "to Bitwarden with its bw program",
        "audit-detail-to-bitwarden",
    ),
    ("to the clipboard", "audit-detail-to-clipboard"),
];

/// The coded form of an English detail (scrubbed already).
pub fn coded_detail(text: &str) -> StoredMessage {
    let found = recognise(text).filter(|m| m.format(Catalogue::english()) == text);
    found.unwrap_or_else(|| StoredMessage::text("audit-detail-text", "text", text))
}

fn recognise(text: &str) -> Option<StoredMessage> {
    if let Some(step) = crate::rotation::coded_audit_step(text) {
        return Some(step);
    }
    if let Some((_, code)) = FIXED.iter().find(|(fixed, _)| *fixed == text) {
        return Some(message(code, &[]));
    }
    if let Some(rest) = text.strip_prefix("to the KeePass database ") {
        let (path, group) = rest.rsplit_once(", group ")?;
        return Some(message(
            "audit-detail-to-keepass",
            &[("path", path.into()), ("group", group.into())],
        ));
    }
    if let Some(path) = text.strip_prefix("to ") {
        return Some(message("audit-detail-to-file", &[("path", path.into())]));
    }
    if let Some(path) = text.strip_prefix("with every key of the profile, to ") {
        return Some(message(
            "audit-detail-profile-keys-exported",
            &[("path", path.into())],
        ));
    }
    if let Some(message_text) = text.strip_prefix("rotation update: ") {
        return Some(message(
            "audit-detail-rotation-update",
            &[("message", message_text.into())],
        ));
    }
    if let Some(count) = text
        .strip_prefix("removed ")
        .and_then(|r| r.strip_suffix(" orphaned key(s) from the vault"))
    {
        return Some(message(
            "audit-detail-orphans-removed",
            &[("count", number(count)?)],
        ));
    }
    if let Some(rest) = text.strip_prefix("key made elsewhere, checked on the ") {
        let route = rest.strip_suffix(" route, saved in the vault")?;
        return Some(message("audit-detail-attached", &[("route", route.into())]));
    }
    let rest = text.strip_prefix("profile “")?;
    let (name, rest) = rest.split_once("” ")?;
    if let Some(rest) = rest.strip_prefix("deleted with the ") {
        let (count, _) = rest.split_once(' ')?;
        return Some(message(
            "audit-detail-profile-deleted",
            &[("name", name.into()), ("count", number(count)?)],
        ));
    }
    let rest = rest.strip_prefix("kept: the vault refused to remove its keys (")?;
    let (removed, rest) = rest.split_once(" of ")?;
    let count = rest.strip_suffix(" removed)")?;
    Some(message(
        "audit-detail-profile-kept",
        &[
            ("name", name.into()),
            ("removed", number(removed)?),
            ("count", number(count)?),
        ],
    ))
}

fn number(text: &str) -> Option<serde_json::Value> {
    text.parse::<i64>().ok().map(serde_json::Value::from)
}

fn message(code: &str, args: &[(&str, serde_json::Value)]) -> StoredMessage {
    StoredMessage {
        code: code.to_owned(),
        args: args
            .iter()
            .map(|(name, value)| ((*name).to_owned(), value.clone()))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    /// Every detail the app has written: each gets its own code (none falls back to text),
    /// reads the same in English and differently in Dutch.
    #[test]
    fn every_known_english_detail_gets_a_code_that_reads_the_same_in_english_and_in_dutch() {
        let mut known: Vec<String> = FIXED.iter().map(|(t, _)| (*t).to_owned()).collect();
        known.extend([
            "to the KeePass database /home/dana/keys.kdbx, group Scriptix, group 2".to_owned(),
            "with every key of the profile, to /tmp/all.csv".to_owned(),
            "to /home/dana/project/.env".to_owned(),
            "rotation update: the old key was retired".to_owned(),
            "removed 3 orphaned key(s) from the vault".to_owned(),
            "key made elsewhere, checked on the batch route, saved in the vault".to_owned(),
            "profile “Work” deleted with the 1 key this device held for it".to_owned(),
            "profile “Work” deleted with the 4 keys this device held for it".to_owned(),
            "profile “Work” kept: the vault refused to remove its keys (1 of 4 removed)".to_owned(),
        ]);
        let dutch = Catalogue::new(Language::Nl);
        for text in &known {
            let coded = coded_detail(text);
            assert_ne!(coded.code, "audit-detail-text", "{text}");
            assert_eq!(&coded.format(Catalogue::english()), text);
            let nl = coded.format(&dutch);
            assert!(!nl.contains('{') && nl != *text, "{text} → {nl}");
        }
        assert_eq!(
            coded_detail("profile “Work” deleted with the 1 key this device held for it")
                .format(&dutch),
            "profiel “Work” verwijderd met de 1 sleutel die dit apparaat ervoor bewaarde"
        );
    }

    #[test]
    fn a_detail_of_no_known_shape_is_kept_as_text() {
        for text in [
            "something the app never wrote",
            "removed many orphaned key(s) from the vault",
            "profile “Work” deleted with the 2 key this device held for it",
        ] {
            let coded = coded_detail(text);
            assert_eq!(coded.code, "audit-detail-text", "{text}");
            assert_eq!(coded.format(Catalogue::english()), text);
            assert_eq!(coded.format(&Catalogue::new(Language::Nl)), text);
        }
    }
}
