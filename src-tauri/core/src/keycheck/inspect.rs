//! Looking at a pasted key before anything is sent: the copy-and-paste accidents that make a
//! good key look revoked (a space, a wrapped line, an invisible character, a lost character).
//!
//! Pure: no I/O. Keys are opaque, so no prefix is ever required; only the formats Scriptix
//! is known to issue get a length rule. A warning names positions and counts, never the
//! characters of the key.

use serde::Serialize;

use crate::i18n::{Catalogue, Coded};
use crate::secret::Secret;
use crate::text::{is_invisible, is_line_break};

/// Length of a `sk_live_` / `sk_test_` key: the prefix plus 40 base62 characters.
pub const PREFIXED_KEY_CHARS: usize = 48;
/// Fewest characters of a key that is nothing but hex digits.
pub const MIN_HEX_KEY_CHARS: usize = 40;
/// Fewest characters after `token_`.
pub const MIN_TOKEN_SUFFIX_CHARS: usize = 20;

/// What looks wrong with a pasted key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum KeyWarningCode {
    /// Nothing but whitespace was pasted.
    Empty,
    /// A space or a tab inside the key.
    InnerWhitespace,
    /// A line break inside the key.
    LineBreak,
    /// A known format with the wrong number of characters.
    WrongLength,
    /// A control, zero-width or text-direction character.
    Unprintable,
}

impl KeyWarningCode {
    /// The camelCase code (as serialised).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::InnerWhitespace => "innerWhitespace",
            Self::LineBreak => "lineBreak",
            Self::WrongLength => "wrongLength",
            Self::Unprintable => "unprintable",
        }
    }
}

/// One warning: `{code, message, coded}`; the message is a sentence for the user (English),
/// `coded` the same as a catalogue message (`locales/*/keycheck.ftl`) for the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyWarning {
    pub code: KeyWarningCode,
    pub message: String,
    pub coded: Coded,
}

impl KeyWarning {
    fn new(code: KeyWarningCode, coded: Coded) -> Self {
        Self {
            code,
            message: Catalogue::english().format_coded(&coded),
            coded,
        }
    }
}

/// What kind of character sits inside the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Odd {
    LineBreak,
    Space,
    Tab,
    Unprintable,
}

fn classify(c: char) -> Option<Odd> {
    match c {
        c if is_line_break(c) => Some(Odd::LineBreak),
        '\t' => Some(Odd::Tab),
        c if is_invisible(c) || c.is_control() => Some(Odd::Unprintable),
        c if c.is_whitespace() => Some(Odd::Space),
        _ => None,
    }
}

/// Trims surrounding whitespace (line breaks included) and lists what looks wrong inside.
/// The returned key is the trimmed text as it is (nothing inside is removed: the user
/// decides whether to check it anyway).
pub fn inspect(raw: &str) -> (Secret, Vec<KeyWarning>) {
    let key = raw.trim();
    let warnings = warnings_for(key);
    (Secret::new(key.to_owned()), warnings)
}

fn warnings_for(key: &str) -> Vec<KeyWarning> {
    if key.is_empty() {
        return vec![KeyWarning::new(
            KeyWarningCode::Empty,
            Coded::new("keycheck-warning-empty"),
        )];
    }
    let mut warnings = Vec::new();
    // Positions are counted in visible characters, as the user would count them.
    let mut visible = 0_usize;
    let mut first: [Option<usize>; 4] = [None; 4];
    let mut counts = [0_usize; 4];
    let mut tab = false;
    for c in key.chars() {
        match classify(c) {
            None => visible += 1,
            Some(odd) => {
                let slot = match odd {
                    Odd::LineBreak => 0,
                    Odd::Space | Odd::Tab => 1,
                    Odd::Unprintable => 2,
                };
                tab |= odd == Odd::Tab;
                counts[slot] += 1;
                first[slot].get_or_insert(visible);
            }
        }
    }
    if let Some(after) = first[0] {
        warnings.push(KeyWarning::new(
            KeyWarningCode::LineBreak,
            Coded::new("keycheck-warning-line-break").arg("after", after),
        ));
    }
    if let Some(after) = first[1] {
        let coded = match (counts[1], tab) {
            (1, true) => Coded::new("keycheck-warning-tab"),
            (1, false) => Coded::new("keycheck-warning-space"),
            (n, _) => Coded::new("keycheck-warning-spaces").arg("count", n),
        };
        warnings.push(KeyWarning::new(
            KeyWarningCode::InnerWhitespace,
            coded.arg("after", after),
        ));
    }
    if let Some(after) = first[2] {
        let coded = match counts[2] {
            1 => Coded::new("keycheck-warning-invisible"),
            n => Coded::new("keycheck-warning-invisibles").arg("count", n),
        };
        warnings.push(KeyWarning::new(
            KeyWarningCode::Unprintable,
            coded.arg("after", after),
        ));
    }
    let visible_key: String = key.chars().filter(|c| classify(*c).is_none()).collect();
    if let Some(warning) = length_warning(&visible_key) {
        warnings.push(warning);
    }
    warnings
}

/// The length rule of the formats Scriptix is known to issue; other formats have none.
fn length_warning(key: &str) -> Option<KeyWarning> {
    let chars = key.chars().count();
    let (coded, fits) = if ["sk_live_", "sk_test_"].iter().any(|p| key.starts_with(p)) {
        // Only the prefixed format has a maximum, so only it can be too long.
        let id = if chars > PREFIXED_KEY_CHARS {
            "keycheck-warning-length-prefixed-long"
        } else {
            "keycheck-warning-length-prefixed-short"
        };
        (
            Coded::new(id).arg("expected", PREFIXED_KEY_CHARS),
            chars == PREFIXED_KEY_CHARS,
        )
    } else if let Some(rest) = key.strip_prefix("token_") {
        (
            Coded::new("keycheck-warning-length-token")
                .arg("expected", MIN_TOKEN_SUFFIX_CHARS + "token_".len()),
            rest.chars().count() >= MIN_TOKEN_SUFFIX_CHARS,
        )
    } else if key.chars().all(|c| c.is_ascii_hexdigit()) {
        (
            Coded::new("keycheck-warning-length-hex").arg("expected", MIN_HEX_KEY_CHARS),
            chars >= MIN_HEX_KEY_CHARS,
        )
    } else {
        return None;
    };
    if fits {
        return None;
    }
    Some(KeyWarning::new(
        KeyWarningCode::WrongLength,
        coded.arg("chars", chars),
    ))
}

#[cfg(test)]
#[path = "inspect_tests.rs"]
mod tests;
