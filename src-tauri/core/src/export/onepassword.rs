//! 1Password: the item JSON template (for `op item create` on stdin or `--template`), the
//! command that reads a saved template, and the CSV import.
//!
//! 1Password's own documentation says command arguments land in shell history and the
//! process list and that sensitive values belong in a JSON template, so the key is only
//! ever in the template, never in a command line. The template follows
//! `op item template get "API Credential"`
//! (<https://developer.1password.com/docs/cli/item-template-json>): category
//! `API_CREDENTIAL`, the built-in `credential` (concealed), `hostname` and `notesPlain`
//! fields, and custom text fields for what has no built-in one. The category's `type`
//! field is a menu, so the Scriptix token type goes into a custom text field instead.

use std::path::Path;

use serde::Serialize;

use super::{ExportError, ExportInput, csv_secret};
use crate::secret::Secret;
use crate::text::spreadsheet_cell;

/// 1Password's CSV columns for Login items, in its documented order.
pub(super) const CSV_HEADER: [&str; 5] = ["title", "website", "username", "password", "notes"];

#[derive(Serialize)]
struct Template<'a> {
    title: &'a str,
    category: &'static str,
    urls: [Url; 1],
    fields: Vec<Field<'a>>,
}

#[derive(Serialize)]
struct Url {
    label: &'static str,
    primary: bool,
    href: String,
}

#[derive(Serialize)]
struct Field<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'static str>,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    purpose: Option<&'static str>,
    label: &'static str,
    value: std::borrow::Cow<'a, str>,
}

impl<'a> Field<'a> {
    fn text(label: &'static str, value: impl Into<std::borrow::Cow<'a, str>>) -> Self {
        Self {
            id: None,
            kind: "STRING",
            purpose: None,
            label,
            value: value.into(),
        }
    }
}

/// The item JSON template for one key: what `op item create` reads on stdin (or from
/// `--template`). The name goes in as JSON data, never through a shell.
///
/// Errors: [`ExportError::Encode`] (a bug).
pub(super) fn item_template(input: &ExportInput<'_>) -> Result<Secret, ExportError> {
    let mut fields = vec![
        Field {
            id: Some("credential"),
            kind: "CONCEALED",
            purpose: None,
            label: "credential",
            value: input.key.expose().into(),
        },
        Field {
            id: Some("hostname"),
            ..Field::text("hostname", input.hostname())
        },
        Field::text("token type", super::type_label(input.token_type)),
        Field::text("token id", input.token_id.as_str()),
    ];
    if let Some(date) = input.expires_date() {
        fields.push(Field::text("expires on", date));
    }
    fields.push(Field {
        id: Some("notesPlain"),
        purpose: Some("NOTES"),
        ..Field::text("notesPlain", input.notes())
    });
    let template = Template {
        title: input.name,
        category: "API_CREDENTIAL",
        urls: [Url {
            label: "website",
            primary: true,
            href: input.api_url(),
        }],
        fields,
    };
    serde_json::to_string_pretty(&template)
        .map(Secret::new)
        .map_err(|_| ExportError::Encode)
}

/// What a path may hold to appear in a command line: letters and digits of any script, and
/// `space _ - . : / \ ~ + , ( )`. Inside double quotes none of these means anything to a
/// POSIX shell, cmd.exe or PowerShell (no `$`, `` ` ``, `%`, `!`, `"`, `'`, no typographic
/// quotes, which PowerShell also treats as quotes).
fn path_is_command_safe(path: &str) -> bool {
    !path.is_empty()
        && path.chars().all(|c| {
            c.is_alphanumeric()
                || matches!(
                    c,
                    ' ' | '_' | '-' | '.' | ':' | '/' | '\\' | '~' | '+' | ',' | '(' | ')'
                )
        })
}

/// The command that creates the item from a saved template: `op item create --template
/// "<path>"`. It holds no key and no token name. A path with any character a shell could
/// read as code is not put in at all: the command then says `<the saved file>` for the
/// user to fill in.
pub fn template_command(path: &Path) -> String {
    let shown = path.to_string_lossy();
    if path_is_command_safe(&shown) {
        format!("op item create --template \"{shown}\"")
    } else {
        "op item create --template \"<the saved file>\"".to_owned()
    }
}

/// A header row and one Login row: title, website, username (the token id), password (the
/// key), notes. Every text cell a spreadsheet could run as a formula is made inert; the key
/// is left exact (the password manager must import it byte for byte).
pub(super) fn csv(input: &ExportInput<'_>) -> Result<Secret, ExportError> {
    let url = input.api_url();
    let id = input.token_id.to_string();
    let notes = input.notes();
    csv_secret(
        &[
            &CSV_HEADER,
            &[
                &spreadsheet_cell(input.name),
                &url,
                &spreadsheet_cell(&id),
                input.key.expose(),
                &spreadsheet_cell(&notes),
            ],
        ],
        csv::QuoteStyle::Necessary,
    )
}

#[cfg(test)]
#[path = "onepassword_tests.rs"]
mod tests;
