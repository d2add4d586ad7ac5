//! The redacting secret type, and the rule for accepting a pasted API key.
//!
//! Owns [`Secret`]: every password, session token and API key travels in one. It must never
//! gain `Serialize`, `Display` or a revealing `Debug`; reading it is an explicit
//! [`Secret::expose`] call that is easy to find in review.

use secrecy::{ExposeSecret, SecretString};
use thiserror::Error;

use crate::error::ErrorKind;
use crate::i18n::Coded;

/// A secret string (password, session token, API key). Zeroized on drop.
///
/// `Debug` prints `Secret(***)`; there is no `Display` and no `Serialize` on purpose.
#[derive(Clone)]
pub struct Secret(SecretString);

impl Secret {
    /// Wraps a string; the `String` is moved in, so no copy stays behind.
    pub fn new(value: String) -> Self {
        Self(SecretString::from(value))
    }

    /// Reads the secret. Call only where the value must leave the process
    /// (an HTTP header, the vault, the reveal dialog).
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// Why a pasted key was refused. Messages never contain the key.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum KeyFormatError {
    /// Nothing (or only whitespace) was pasted.
    #[error("The key is empty. Paste the whole key and try again.")]
    Empty,
    /// A line break inside the key: usually a copy that wrapped.
    #[error("The key contains a line break. Paste it again as one line.")]
    LineBreak,
    /// A space or tab inside the key.
    #[error("The key contains a space. Keys never contain spaces; paste it again.")]
    Whitespace,
    /// An invisible control character inside the key.
    #[error("The key contains an invisible control character. Paste it again.")]
    ControlCharacter,
}

impl KeyFormatError {
    /// Always [`ErrorKind::InvalidInput`].
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::InvalidInput
    }

    /// The catalogue message for the window (`locales/*/errors-device.ftl`).
    pub fn coded(&self) -> Coded {
        Coded::new(match self {
            Self::Empty => "key-format-empty",
            Self::LineBreak => "key-format-line-break",
            Self::Whitespace => "key-format-whitespace",
            Self::ControlCharacter => "key-format-control-character",
        })
    }
}

/// Accepts a pasted API key: trims surrounding whitespace and refuses anything inside it
/// that cannot be part of a key. Keys are opaque: no prefix is required.
///
/// Errors: [`KeyFormatError::Empty`], [`KeyFormatError::LineBreak`],
/// [`KeyFormatError::Whitespace`], [`KeyFormatError::ControlCharacter`].
pub fn normalize_pasted_key(pasted: &str) -> Result<Secret, KeyFormatError> {
    let key = pasted.trim();
    if key.is_empty() {
        return Err(KeyFormatError::Empty);
    }
    for c in key.chars() {
        if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}') {
            return Err(KeyFormatError::LineBreak);
        }
        if c.is_whitespace() {
            return Err(KeyFormatError::Whitespace);
        }
        if c.is_control() {
            return Err(KeyFormatError::ControlCharacter);
        }
    }
    Ok(Secret::new(key.to_owned()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_hides_the_secret() {
        let secret = Secret::new("sk_live_abcdef".to_owned());
        assert_eq!(format!("{secret:?}"), "Secret(***)");
        assert_eq!(format!("{:?}", Some(secret.clone())), "Some(Secret(***))");
        assert_eq!(secret.expose(), "sk_live_abcdef");
    }

    #[test]
    fn pasted_key_is_trimmed_of_surrounding_whitespace() {
        let key = normalize_pasted_key("  \t sk_live_abc123\r\n").unwrap();
        assert_eq!(key.expose(), "sk_live_abc123");
    }

    #[test]
    fn pasted_key_without_a_known_prefix_is_accepted() {
        let hex = "0123456789abcdef0123456789abcdef01234567";
        assert_eq!(normalize_pasted_key(hex).unwrap().expose(), hex);
    }

    #[test]
    fn pasted_key_with_inner_problems_is_refused_with_a_specific_error() {
        assert_eq!(
            normalize_pasted_key("   ").unwrap_err(),
            KeyFormatError::Empty
        );
        assert_eq!(normalize_pasted_key("").unwrap_err(), KeyFormatError::Empty);
        assert_eq!(
            normalize_pasted_key("sk_live_ab\ncd").unwrap_err(),
            KeyFormatError::LineBreak
        );
        assert_eq!(
            normalize_pasted_key("sk_live_ab\r\ncd").unwrap_err(),
            KeyFormatError::LineBreak
        );
        assert_eq!(
            normalize_pasted_key("sk_live ab").unwrap_err(),
            KeyFormatError::Whitespace
        );
        assert_eq!(
            normalize_pasted_key("sk_live\u{7}ab").unwrap_err(),
            KeyFormatError::ControlCharacter
        );
    }

    #[test]
    fn key_format_errors_never_echo_the_key() {
        let err = normalize_pasted_key("secretpart anotherpart").unwrap_err();
        assert!(!err.to_string().contains("secretpart"));
    }
}
