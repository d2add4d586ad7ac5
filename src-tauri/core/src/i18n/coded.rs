//! Errors and reports that carry a catalogue id and its arguments instead of a sentence:
//! the window shows `code` + `args` in the user's language; the English sentence stays for
//! logs and for callers that know no code.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Catalogue, FluentArgs, Language};

/// One argument of a coded message: text (names, addresses, code points), a count, or a day
/// (written in the language the message is formatted in: "3 Dec 2026", "3 dec 2026").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum CodeArg {
    Text(String),
    Number(i64),
    Day(chrono::DateTime<chrono::Utc>),
    /// Another coded message, formatted in the same language first (an error that carries
    /// the error that caused it). Crosses IPC as `{ code, args }`.
    Message(Box<Coded>),
}

impl From<&str> for CodeArg {
    fn from(value: &str) -> Self {
        Self::Text(value.to_owned())
    }
}

impl From<String> for CodeArg {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

impl From<chrono::DateTime<chrono::Utc>> for CodeArg {
    fn from(value: chrono::DateTime<chrono::Utc>) -> Self {
        Self::Day(value)
    }
}

impl From<i64> for CodeArg {
    fn from(value: i64) -> Self {
        Self::Number(value)
    }
}

impl From<Coded> for CodeArg {
    fn from(value: Coded) -> Self {
        Self::Message(Box::new(value))
    }
}

impl From<u64> for CodeArg {
    fn from(value: u64) -> Self {
        Self::Number(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

impl From<u32> for CodeArg {
    fn from(value: u32) -> Self {
        Self::Number(i64::from(value))
    }
}

impl From<usize> for CodeArg {
    fn from(value: usize) -> Self {
        Self::Number(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

/// A catalogue message id (`name-too-long`) with its arguments (`{ chars: 120 }`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coded {
    pub code: &'static str,
    pub args: BTreeMap<&'static str, CodeArg>,
}

impl Coded {
    /// A message without arguments.
    pub fn new(code: &'static str) -> Self {
        Self {
            code,
            args: BTreeMap::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<CodeArg>) -> Self {
        self.args.insert(name, value.into());
        self
    }

    /// The same message with every text argument (nested ones too) passed through `f`: a
    /// scrubber, for a message whose arguments quote a server.
    pub fn map_text(&self, f: &dyn Fn(&str) -> String) -> Self {
        let args = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    CodeArg::Text(text) => CodeArg::Text(f(text)),
                    CodeArg::Message(inner) => CodeArg::Message(Box::new(inner.map_text(f))),
                    other => other.clone(),
                };
                (*name, value)
            })
            .collect();
        Self {
            code: self.code,
            args,
        }
    }

    /// The arguments as Fluent takes them, days and inner messages written in the
    /// catalogue's language.
    pub fn fluent_args(&self, catalogue: &Catalogue) -> FluentArgs<'_> {
        let language = catalogue.language();
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                CodeArg::Text(text) => args.set(*name, text.as_str()),
                CodeArg::Number(n) => args.set(*name, *n),
                CodeArg::Day(at) => args.set(*name, day(*at, language)),
                CodeArg::Message(inner) => args.set(*name, catalogue.format_coded(inner)),
            }
        }
        args
    }
}

/// The English text (logs, `Display` of errors that carry a `Coded`).
impl std::fmt::Display for Coded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::Catalogue::english().format_coded(self))
    }
}

/// A day as a notification writes it: "3 Dec 2026" in English, "3 dec 2026" in Dutch (UTC,
/// as the rest of the reminders count days).
pub fn day(at: chrono::DateTime<chrono::Utc>, language: Language) -> String {
    match language {
        Language::Nl => at
            .format_localized("%-d %b %Y", chrono::Locale::nl_NL)
            .to_string(),
        Language::En | Language::Pseudo => at.format("%-d %b %Y").to_string(),
    }
}

/// A coded message read back from storage (the audit log's details): the same
/// `{ code, args }` as [`Coded`], with owned ids. An argument is text, a number, or another
/// message (`{ code, args }`). Serialised with sorted argument names, so its JSON is canonical
/// (the audit chain hashes it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct StoredMessage {
    pub code: String,
    #[serde(default)]
    pub args: BTreeMap<String, serde_json::Value>,
}

impl StoredMessage {
    /// A message with one text argument.
    pub fn text(code: &str, name: &str, value: &str) -> Self {
        let mut args = BTreeMap::new();
        args.insert(name.to_owned(), serde_json::Value::String(value.to_owned()));
        Self {
            code: code.to_owned(),
            args,
        }
    }

    /// The canonical JSON (sorted argument names, no spaces).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads the JSON [`StoredMessage::to_json`] wrote.
    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok()
    }

    /// The message in the language of `catalogue`.
    pub fn format(&self, catalogue: &Catalogue) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                serde_json::Value::String(text) => args.set(name.as_str(), text.as_str()),
                serde_json::Value::Number(n) => match n.as_i64() {
                    Some(n) => args.set(name.as_str(), n),
                    None => args.set(name.as_str(), n.to_string()),
                },
                serde_json::Value::Object(_) => {
                    let inner = serde_json::from_value::<StoredMessage>(value.clone())
                        .map(|m| m.format(catalogue))
                        .unwrap_or_default();
                    args.set(name.as_str(), inner);
                }
                other => args.set(name.as_str(), other.to_string()),
            }
        }
        catalogue.format(&self.code, Some(&args))
    }
}

impl From<&Coded> for StoredMessage {
    fn from(coded: &Coded) -> Self {
        let args = coded
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    CodeArg::Message(inner) => {
                        serde_json::to_value(StoredMessage::from(inner.as_ref()))
                            .unwrap_or_default()
                    }
                    other => serde_json::to_value(other).unwrap_or_default(),
                };
                ((*name).to_owned(), value)
            })
            .collect();
        Self {
            code: coded.code.to_owned(),
            args,
        }
    }
}
