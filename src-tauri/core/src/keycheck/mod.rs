//! Key check: whether a key works, asked in a way a non-technical user can act on.
//!
//! Owns the inspection of a pasted key before anything is sent ([`inspect`]) and the
//! meaning of Scriptix's answer ([`KeyCheckView`]). Pure: the requests go through
//! `ApiClient::check_key` and the vault lookups through `Workspace::check_key`. Nothing
//! here may echo a key: warnings name positions and counts, answers name routes and codes.

mod inspect;
mod report;

pub use inspect::{
    KeyWarning, KeyWarningCode, MIN_HEX_KEY_CHARS, MIN_TOKEN_SUFFIX_CHARS, PREFIXED_KEY_CHARS,
    inspect,
};
pub use report::{CheckResult, CheckTexts, CheckedKey, KeyCheckView, VaultMatch, check_route};
