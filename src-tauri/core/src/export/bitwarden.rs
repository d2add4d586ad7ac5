//! Bitwarden: the unencrypted JSON import and the personal-vault CSV import
//! (<https://bitwarden.com/help/condition-bitwarden-import/>).

use serde::Serialize;

use super::{ExportError, ExportInput, csv_secret};
use crate::secret::Secret;
use crate::text::spreadsheet_cell;

/// Bitwarden's CSV columns for a personal vault, in its documented order.
pub(super) const CSV_HEADER: [&str; 11] = [
    "folder",
    "favorite",
    "type",
    "name",
    "notes",
    "fields",
    "reprompt",
    "login_uri",
    "login_username",
    "login_password",
    "login_totp",
];

/// Item type 1 is a login; field type 0 is text.
const LOGIN_ITEM: u8 = 1;
const TEXT_FIELD: u8 = 0;

#[derive(Serialize)]
struct Export<'a> {
    encrypted: bool,
    folders: [(); 0],
    items: [Item<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Item<'a> {
    #[serde(rename = "type")]
    kind: u8,
    name: &'a str,
    notes: String,
    favorite: bool,
    reprompt: u8,
    login: Login<'a>,
    fields: Vec<Field>,
}

#[derive(Serialize)]
struct Login<'a> {
    username: String,
    password: &'a str,
    uris: [Uri; 1],
    totp: Option<()>,
}

#[derive(Serialize)]
struct Uri {
    uri: String,
    #[serde(rename = "match")]
    match_rule: Option<()>,
}

#[derive(Serialize)]
struct Field {
    name: &'static str,
    value: String,
    #[serde(rename = "type")]
    kind: u8,
}

/// Custom fields: type, expires (when known), token id.
fn fields(input: &ExportInput<'_>) -> Vec<Field> {
    let mut fields = vec![Field {
        name: "type",
        value: super::type_label(input.token_type).to_owned(),
        kind: TEXT_FIELD,
    }];
    if let Some(date) = input.expires_date() {
        fields.push(Field {
            name: "expires",
            value: date,
            kind: TEXT_FIELD,
        });
    }
    fields.push(Field {
        name: "token id",
        value: input.token_id.to_string(),
        kind: TEXT_FIELD,
    });
    fields
}

/// `{"encrypted": false, "folders": [], "items": [ one login ]}`, pretty-printed.
pub(super) fn json(input: &ExportInput<'_>) -> Result<Secret, ExportError> {
    let export = Export {
        encrypted: false,
        folders: [],
        items: [Item {
            kind: LOGIN_ITEM,
            name: input.name,
            notes: input.notes(),
            favorite: false,
            reprompt: 0,
            login: Login {
                username: input.token_id.to_string(),
                password: input.key.expose(),
                uris: [Uri {
                    uri: input.api_url(),
                    match_rule: None,
                }],
                totp: None,
            },
            fields: fields(input),
        }],
    };
    serde_json::to_string_pretty(&export)
        .map(Secret::new)
        .map_err(|_| ExportError::Encode)
}

/// A header row and one `login` row; custom fields as `name: value` lines.
pub(super) fn csv(input: &ExportInput<'_>) -> Result<Secret, ExportError> {
    let fields = fields(input)
        .iter()
        .map(|f| format!("{}: {}", f.name, f.value))
        .collect::<Vec<_>>()
        .join("\n");
    let notes = input.notes();
    let url = input.api_url();
    let id = input.token_id.to_string();
    csv_secret(
        &[
            &CSV_HEADER,
            &[
                "",
                "",
                "login",
                &spreadsheet_cell(input.name),
                &spreadsheet_cell(&notes),
                &spreadsheet_cell(&fields),
                "0",
                &url,
                &spreadsheet_cell(&id),
                input.key.expose(),
                "",
            ],
        ],
        csv::QuoteStyle::Necessary,
    )
}

/// The item `bw create item` takes: the shape of `bw get template item` (every key of it),
/// a login and text fields. Pretty-printing is not needed: it is base64-encoded for stdin.
pub(super) fn cli_item(
    input: &ExportInput<'_>,
    folder_id: Option<&str>,
) -> Result<Secret, ExportError> {
    let item = serde_json::json!({
        "organizationId": null,
        "collectionIds": null,
        "folderId": folder_id,
        "type": LOGIN_ITEM,
        "name": input.name,
        "notes": input.notes(),
        "favorite": false,
        "fields": fields(input)
            .iter()
            .map(|f| serde_json::json!({ "name": f.name, "value": f.value, "type": f.kind }))
            .collect::<Vec<_>>(),
        "login": {
            "uris": [{ "match": null, "uri": input.api_url() }],
            "username": input.token_id.to_string(),
            "password": input.key.expose(),
            "totp": null,
        },
        "secureNote": null,
        "card": null,
        "identity": null,
        "reprompt": 0,
    });
    serde_json::to_string(&item)
        .map(Secret::new)
        .map_err(|_| ExportError::Encode)
}
