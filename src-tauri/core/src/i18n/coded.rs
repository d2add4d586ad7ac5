//! Errors and reports that carry a catalogue id and its arguments instead of a sentence:
//! the window shows `code` + `args` in the user's language; the English sentence stays for
//! logs and for callers that know no code.

use std::collections::BTreeMap;

use serde::Serialize;

use super::FluentArgs;

/// One argument of a coded message: text (names, addresses, code points) or a count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum CodeArg {
    Text(String),
    Number(i64),
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

    /// The arguments as Fluent takes them.
    pub fn fluent_args(&self) -> FluentArgs<'_> {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                CodeArg::Text(text) => args.set(*name, text.as_str()),
                CodeArg::Number(n) => args.set(*name, *n),
            }
        }
        args
    }
}
