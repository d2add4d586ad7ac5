//! The rule for token names typed by the user.
//!
//! Owns [`validate_token_name`]. It must not touch the network: the server may still refuse a
//! name, and that answer arrives as an API error.

use thiserror::Error;

use crate::error::ErrorKind;
use crate::i18n::Coded;
use crate::text::{is_invisible, is_line_break};

/// Longest accepted token name, in characters (not bytes).
pub const MAX_TOKEN_NAME_CHARS: usize = 100;

/// Why a token name was refused; each message names the problem.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum NameError {
    /// Empty after trimming.
    #[error("Enter a name for the token.")]
    Empty,
    /// More than [`MAX_TOKEN_NAME_CHARS`] characters.
    #[error("The name is {chars} characters long; at most 100 are allowed.")]
    TooLong {
        /// Characters counted after trimming.
        chars: usize,
    },
    /// A line break, tab or other control character.
    #[error(
        "The name contains a control character ({codepoint}), such as a line break or tab. Use plain text on one line."
    )]
    ControlCharacter {
        /// The offending code point as `U+XXXX`.
        codepoint: String,
    },
    /// A Unicode text-direction override, isolate or mark.
    #[error(
        "The name contains an invisible text-direction character ({codepoint}) that can make it display misleadingly. Remove it."
    )]
    BidiControl {
        /// The offending code point as `U+XXXX`.
        codepoint: String,
    },
    /// A zero-width or other invisible character (U+200B, U+FEFF, U+061C, …).
    #[error(
        "The name contains an invisible character ({codepoint}) that makes it look like another name. Remove it."
    )]
    Invisible {
        /// The offending code point as `U+XXXX`.
        codepoint: String,
    },
}

impl NameError {
    /// The catalogue message for the window (`locales/*/errors.ftl`).
    pub fn coded(&self) -> Coded {
        match self {
            Self::Empty => Coded::new("name-empty"),
            Self::TooLong { chars } => Coded::new("name-too-long").arg("chars", *chars),
            Self::ControlCharacter { codepoint } => {
                Coded::new("name-control-character").arg("codepoint", codepoint.as_str())
            }
            Self::BidiControl { codepoint } => {
                Coded::new("name-bidi-control").arg("codepoint", codepoint.as_str())
            }
            Self::Invisible { codepoint } => {
                Coded::new("name-invisible").arg("codepoint", codepoint.as_str())
            }
        }
    }

    /// Always [`ErrorKind::InvalidInput`].
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::InvalidInput
    }

    /// The form field the problem belongs to: always `name`.
    pub fn field(&self) -> &'static str {
        "name"
    }
}

/// Trims and checks a token name; returns the name to send.
///
/// Errors: [`NameError::Empty`], [`NameError::TooLong`], [`NameError::ControlCharacter`]
/// (line separators U+2028/U+2029 included), [`NameError::BidiControl`],
/// [`NameError::Invisible`] (the same invisible characters the key check flags).
pub fn validate_token_name(input: &str) -> Result<String, NameError> {
    let name = input.trim();
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    for c in name.chars() {
        let codepoint = format!("U+{:04X}", u32::from(c));
        if is_bidi_control(c) {
            return Err(NameError::BidiControl { codepoint });
        }
        if c.is_control() || is_line_break(c) {
            return Err(NameError::ControlCharacter { codepoint });
        }
        if is_invisible(c) {
            return Err(NameError::Invisible { codepoint });
        }
    }
    let chars = name.chars().count();
    if chars > MAX_TOKEN_NAME_CHARS {
        return Err(NameError::TooLong { chars });
    }
    Ok(name.to_owned())
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed() {
        assert_eq!(
            validate_token_name("  CI pipeline \n").unwrap(),
            "CI pipeline"
        );
    }

    #[test]
    fn empty_and_blank_names_are_refused() {
        assert_eq!(validate_token_name("").unwrap_err(), NameError::Empty);
        assert_eq!(validate_token_name(" \t ").unwrap_err(), NameError::Empty);
    }

    #[test]
    fn length_is_counted_in_characters_not_bytes() {
        let hundred_umlauts = "ü".repeat(100);
        assert_eq!(
            validate_token_name(&hundred_umlauts).unwrap(),
            hundred_umlauts
        );
        assert_eq!(
            validate_token_name(&"ü".repeat(101)).unwrap_err(),
            NameError::TooLong { chars: 101 }
        );
        assert!(validate_token_name("a").is_ok());
    }

    #[test]
    fn control_characters_inside_a_name_are_refused_by_code_point() {
        let err = validate_token_name("line one\nline two").unwrap_err();
        assert_eq!(
            err,
            NameError::ControlCharacter {
                codepoint: "U+000A".into()
            }
        );
        assert!(err.to_string().contains("U+000A"));
        assert!(validate_token_name("tab\there").is_err());
        assert!(validate_token_name("nul\0").is_err());
    }

    #[test]
    fn bidi_overrides_isolates_and_marks_are_refused() {
        for c in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}',
        ] {
            let err = validate_token_name(&format!("invoice{c}fdp.exe")).unwrap_err();
            assert!(matches!(err, NameError::BidiControl { .. }), "{c:?}");
            assert!(err.to_string().contains("text-direction"));
        }
    }

    #[test]
    fn line_separators_and_invisible_characters_are_refused_by_code_point() {
        for (c, code) in [
            ('\u{2028}', "U+2028"),
            ('\u{2029}', "U+2029"),
            ('\u{85}', "U+0085"),
        ] {
            let err = validate_token_name(&format!("prod{c}key")).unwrap_err();
            assert_eq!(
                err,
                NameError::ControlCharacter {
                    codepoint: code.into()
                },
                "{c:?}"
            );
        }
        for (c, code) in [
            ('\u{200B}', "U+200B"),
            ('\u{200C}', "U+200C"),
            ('\u{200D}', "U+200D"),
            ('\u{2060}', "U+2060"),
            ('\u{FEFF}', "U+FEFF"),
            ('\u{061C}', "U+061C"),
            ('\u{AD}', "U+00AD"),
        ] {
            let err = validate_token_name(&format!("prod{c}key")).unwrap_err();
            assert_eq!(
                err,
                NameError::Invisible {
                    codepoint: code.into()
                },
                "{c:?}"
            );
            assert!(err.to_string().contains(code), "{err}");
            assert!(err.to_string().contains("invisible"), "{err}");
        }
    }

    #[test]
    fn a_name_is_refused_for_every_character_the_key_check_calls_unprintable_or_a_break() {
        // One rule, not two: whatever the key check flags inside a key is refused in a name.
        for cp in 0..=0x3_0000_u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let flagged = crate::text::is_invisible(c) || crate::text::is_line_break(c);
            if flagged {
                assert!(
                    validate_token_name(&format!("a{c}b")).is_err(),
                    "U+{cp:04X} is accepted in a name"
                );
            }
        }
    }

    #[test]
    fn ordinary_unicode_names_are_accepted() {
        assert_eq!(
            validate_token_name("Übersetzung – 日本語 🎙").unwrap(),
            "Übersetzung – 日本語 🎙"
        );
    }
}
