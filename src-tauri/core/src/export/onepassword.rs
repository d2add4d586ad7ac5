//! 1Password: an `op item create` command line and the CSV import.
//!
//! Field ids are the API Credential category's built-in ones (`credential`, `expires`,
//! `hostname`, `notesPlain`; see `op item template get "API Credential"` and
//! <https://developer.1password.com/docs/cli/item-fields>). The category's `type` field is
//! a menu (values like `jwt`), so the Scriptix token type goes into a custom text field
//! instead of a menu value 1Password may refuse.

use secrecy::zeroize::Zeroizing;

use super::{ExportError, ExportInput, csv_secret};
use crate::secret::Secret;

/// 1Password's CSV columns for Login items, in its documented order.
pub(super) const CSV_HEADER: [&str; 5] = ["title", "website", "username", "password", "notes"];

/// Quotes one argument for a POSIX shell: single quotes, each `'` written as `'\''`.
pub(super) fn shell_quote(arg: &str) -> String {
    format!("'{}'", arg.replace('\'', r"'\''"))
}

/// `op item create --category 'API Credential' --title '…' --url '…' 'credential=…' …`,
/// one line, every value single-quoted.
pub(super) fn op_command(input: &ExportInput<'_>) -> Secret {
    let mut args: Vec<Zeroizing<String>> = vec![
        Zeroizing::new(format!("credential={}", input.key.expose())),
        Zeroizing::new(format!(
            "token type[text]={}",
            super::type_label(input.token_type)
        )),
        Zeroizing::new(format!("token id[text]={}", input.token_id)),
    ];
    if let Some(date) = input.expires_date() {
        args.push(Zeroizing::new(format!("expires={date}")));
    }
    args.push(Zeroizing::new(format!("hostname={}", input.hostname())));
    args.push(Zeroizing::new(format!("notesPlain={}", input.notes())));
    let mut line = Zeroizing::new(format!(
        "op item create --category {} --title {} --url {}",
        shell_quote("API Credential"),
        shell_quote(input.name),
        shell_quote(&input.api_url())
    ));
    for arg in &args {
        line.push(' ');
        line.push_str(&Zeroizing::new(shell_quote(arg)));
    }
    Secret::new(line.to_string())
}

/// A header row and one Login row: title, website, username (the token id), password (the
/// key), notes.
pub(super) fn csv(input: &ExportInput<'_>) -> Result<Secret, ExportError> {
    let url = input.api_url();
    let id = input.token_id.to_string();
    let notes = input.notes();
    csv_secret(
        &[
            &CSV_HEADER,
            &[input.name, &url, &id, input.key.expose(), &notes],
        ],
        csv::QuoteStyle::Necessary,
    )
}
