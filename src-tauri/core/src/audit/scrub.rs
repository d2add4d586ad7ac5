//! Keeps keys out of text that is stored unencrypted (audit details, notes).
//!
//! "Key-shaped" is a heuristic, because Scriptix keys are opaque: a word (a run of ASCII
//! letters, digits and `_`) that starts with `sk_` and has at least 20 more characters, or
//! any such word of 32 or more characters mixing letters and digits (bare hex keys, long
//! base62 secrets). It can mask a 40-character commit hash too; that is the safe direction.

use crate::secret::Secret;

/// What a scrubbed secret is replaced with.
pub const MASK: &str = "***";

const MIN_PREFIXED_LEN: usize = 3 + 20;
const MIN_BARE_LEN: usize = 32;

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn key_shaped(word: &str) -> bool {
    if word.starts_with("sk_") && word.len() >= MIN_PREFIXED_LEN {
        return true;
    }
    word.len() >= MIN_BARE_LEN
        && word.bytes().any(|b| b.is_ascii_digit())
        && word.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Byte ranges of key-shaped words.
fn key_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if key_shaped(&text[s..i]) {
                    spans.push((s, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    spans
}

/// Whether the text holds something shaped like an API key.
pub fn looks_like_key(text: &str) -> bool {
    !key_spans(text).is_empty()
}

/// Replaces every occurrence of the given secrets, then every key-shaped word, with
/// [`MASK`]. Empty secrets are ignored.
pub fn scrub(text: &str, secrets: &[&Secret]) -> String {
    let mut out = text.to_owned();
    for secret in secrets {
        let value = secret.expose();
        if !value.is_empty() && out.contains(value) {
            out = out.replace(value, MASK);
        }
    }
    let spans = key_spans(&out);
    for (start, end) in spans.into_iter().rev() {
        out.replace_range(start..end, MASK);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCRIPTIX_KEY: &str = "sk_live_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5hJ7k";

    #[test]
    fn key_shaped_words_are_found_and_ordinary_text_is_not() {
        assert!(looks_like_key(SCRIPTIX_KEY));
        assert!(looks_like_key(&format!(
            "curl -H 'Authorization: Bearer {SCRIPTIX_KEY}'"
        )));
        assert!(looks_like_key("0123456789abcdef0123456789abcdef01234567"));
        assert!(!looks_like_key(
            "billing-service in eu-west-1, owner ops@example.com"
        ));
        assert!(!looks_like_key("550e8400-e29b-41d4-a716-446655440000"));
        assert!(!looks_like_key("sk_live_short"));
        assert!(!looks_like_key(
            "a_perfectly_ordinary_but_long_identifier_name"
        ));
    }

    #[test]
    fn scrub_masks_passed_secrets_and_key_shaped_words_only() {
        let password = Secret::new("hunter2!".to_owned());
        let text = format!("login with hunter2! failed; key={SCRIPTIX_KEY}; id 42");
        assert_eq!(
            scrub(&text, &[&password]),
            "login with *** failed; key=***; id 42"
        );
        assert_eq!(scrub("nothing to hide", &[]), "nothing to hide");
        let empty = Secret::new(String::new());
        assert_eq!(scrub("abc", &[&empty]), "abc");
    }

    #[test]
    fn an_opaque_key_without_a_shape_is_caught_when_passed_in() {
        let opaque = Secret::new("Zq-9".to_owned());
        assert_eq!(
            scrub("pasted Zq-9 twice: Zq-9", &[&opaque]),
            "pasted *** twice: ***"
        );
    }
}
