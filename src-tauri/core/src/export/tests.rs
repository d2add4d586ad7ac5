#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::*;

const KEY: &str = "sk_live_0123456789abcdefghijABCDEFGHIJ0123456789";
const TRICKY_NAME: &str = "Bob's \"prod\" key, EU\nsecond line";

fn expiry() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2027-03-31T12:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn render_for(format: ExportFormat, name: &str) -> Secret {
    let key = Secret::new(KEY.to_owned());
    let input = ExportInput {
        name,
        token_type: &TokenType::Batch,
        token_id: &TokenId::new("42"),
        expires_at: Some(expiry()),
        key: &key,
        variable: None,
        api_url: None,
    };
    render(format, &input).unwrap()
}

/// Parses a CSV export: the header, and the one data row it must hold.
fn parse_csv(text: &str) -> (Vec<String>, Vec<String>) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().unwrap();
    assert_eq!(rows.len(), 1, "exactly one data row in {text:?}");
    (header, rows[0].iter().map(str::to_owned).collect())
}

#[test]
fn formats_serialise_under_the_names_the_ui_uses() {
    let names: Vec<String> = ExportFormat::ALL
        .iter()
        .map(|f| serde_json::to_string(f).unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "\"envLine\"",
            "\"envFile\"",
            "\"onePasswordCli\"",
            "\"onePasswordCsv\"",
            "\"bitwardenJson\"",
            "\"bitwardenCsv\"",
            "\"keepassxcCsv\""
        ]
    );
    for format in ExportFormat::ALL {
        assert_eq!(ExportFormat::parse(format.as_str()), Some(format));
        let back: ExportFormat = serde_json::from_str(&format!("\"{}\"", format.as_str())).unwrap();
        assert_eq!(back, format);
    }
    assert_eq!(ExportFormat::parse("pdf"), None);
}

#[test]
fn every_rendering_is_a_redacted_secret_that_holds_the_key() {
    for format in ExportFormat::ALL {
        let rendered = render_for(format, "Prod");
        assert_eq!(format!("{rendered:?}"), "Secret(***)");
        assert!(rendered.expose().contains(KEY), "{format:?}");
    }
}

#[test]
fn env_formats_use_the_default_or_the_chosen_variable() {
    assert_eq!(
        render_for(ExportFormat::EnvLine, "x").expose(),
        format!("SCRIPTIX_API_TOKEN={KEY}")
    );
    assert_eq!(
        render_for(ExportFormat::EnvFile, "x").expose(),
        format!("SCRIPTIX_API_TOKEN={KEY}\n")
    );
    let key = Secret::new(KEY.to_owned());
    let mut input = ExportInput {
        name: "x",
        token_type: &TokenType::Realtime,
        token_id: &TokenId::new("7"),
        expires_at: None,
        key: &key,
        variable: Some("MY_TOKEN"),
        api_url: None,
    };
    assert_eq!(
        render(ExportFormat::EnvLine, &input).unwrap().expose(),
        format!("MY_TOKEN={KEY}")
    );
    input.variable = Some("9LIVES");
    let err = render(ExportFormat::EnvLine, &input).unwrap_err();
    assert_eq!(err.field(), Some("variable"));
    assert!(!err.to_string().contains(KEY));
}

#[test]
fn the_1password_template_is_the_api_credential_item_with_the_key_concealed() {
    let text = render_for(ExportFormat::OnePasswordCli, TRICKY_NAME);
    let item: Value = serde_json::from_str(text.expose()).unwrap();
    assert_eq!(item["title"], TRICKY_NAME);
    assert_eq!(item["category"], "API_CREDENTIAL");
    assert_eq!(item["urls"][0]["href"], "https://api.scriptix.io");
    let fields = item["fields"].as_array().unwrap();
    let field = |label: &str| {
        fields
            .iter()
            .find(|f| f["label"] == label)
            .unwrap_or_else(|| panic!("{label}"))
            .clone()
    };
    assert_eq!(field("credential")["type"], "CONCEALED");
    assert_eq!(field("credential")["value"], KEY);
    assert_eq!(field("credential")["id"], "credential");
    assert_eq!(field("hostname")["value"], "api.scriptix.io");
    assert_eq!(field("token type")["value"], "batch");
    assert_eq!(field("token id")["value"], "42");
    assert_eq!(field("expires on")["value"], "2027-03-31");
    assert_eq!(field("notesPlain")["purpose"], "NOTES");
    assert_eq!(
        fields.iter().filter(|f| f["value"] == KEY).count(),
        1,
        "the key is in the concealed field only"
    );
}

#[test]
fn the_1password_template_follows_the_profile_api_and_omits_an_unknown_expiry() {
    let key = Secret::new("k'ey\"\\".to_owned());
    let url = url::Url::parse("http://127.0.0.1:8080/").unwrap();
    let input = ExportInput {
        name: "Sandbox",
        token_type: &TokenType::Other(String::new()),
        token_id: &TokenId::new("abc"),
        expires_at: None,
        key: &key,
        variable: None,
        api_url: Some(&url),
    };
    let item: Value = serde_json::from_str(
        render(ExportFormat::OnePasswordCli, &input)
            .unwrap()
            .expose(),
    )
    .unwrap();
    let fields = item["fields"].as_array().unwrap();
    assert!(fields.iter().any(|f| f["value"] == "k'ey\"\\"));
    assert_eq!(item["urls"][0]["href"], "http://127.0.0.1:8080");
    assert!(fields.iter().any(|f| f["value"] == "127.0.0.1"));
    assert!(fields.iter().any(|f| f["value"] == "unknown"));
    assert!(!fields.iter().any(|f| f["label"] == "expires on"));
}

/// Names and paths a shell (POSIX, cmd.exe or PowerShell) could read as code.
const HOSTILE_NAMES: [&str; 8] = [
    "\"& calc.exe & \"",
    "$(touch /tmp/pwned)",
    "`id`",
    "%COMSPEC% /c calc",
    "'; Remove-Item -Recurse ~; '",
    "\u{201C}; calc; \u{201D}",
    "x\nrm -rf ~",
    "!CMDCMDLINE!",
];

#[test]
fn the_template_command_reads_the_file_and_holds_neither_key_nor_name() {
    let path = std::path::Path::new("/home/dana/Downloads/ci-pipeline-1password-item.json");
    let command = template_command(path);
    assert_eq!(
        shell_words::split(&command).unwrap(),
        [
            "op",
            "item",
            "create",
            "--template",
            "/home/dana/Downloads/ci-pipeline-1password-item.json"
        ]
    );
    for name in HOSTILE_NAMES {
        let file = suggested_file_name(ExportFormat::OnePasswordCli, name);
        let command = template_command(&std::path::Path::new("/tmp").join(&file));
        assert!(!command.contains(KEY));
        for piece in ["$", "`", "%", "!", "&", "'", "\u{201C}", ";", "\n"] {
            assert!(!command.contains(piece), "{name:?} gave {command:?}");
        }
    }
}

#[test]
fn a_path_a_shell_could_misread_is_left_out_of_the_command() {
    for hostile in HOSTILE_NAMES {
        let path = std::path::PathBuf::from(format!("C:\\Users\\dana\\{hostile}.json"));
        let command = template_command(&path);
        assert_eq!(
            command, "op item create --template \"<the saved file>\"",
            "{hostile:?}"
        );
    }
    let windows = template_command(std::path::Path::new(
        "C:\\Users\\Dana Müller\\Documents\\prod (EU)-1password-item.json",
    ));
    assert_eq!(
        windows,
        "op item create --template \"C:\\Users\\Dana Müller\\Documents\\prod (EU)-1password-item.json\""
    );
}

#[test]
fn the_1password_csv_has_the_documented_login_columns() {
    let (header, row) = parse_csv(render_for(ExportFormat::OnePasswordCsv, TRICKY_NAME).expose());
    assert_eq!(
        header,
        ["title", "website", "username", "password", "notes"]
    );
    assert_eq!(row[0], TRICKY_NAME);
    assert_eq!(row[1], "https://api.scriptix.io");
    assert_eq!(row[2], "42");
    assert_eq!(row[3], KEY);
    assert!(row[4].contains("expires 2027-03-31"));
}

#[test]
fn the_bitwarden_csv_has_the_documented_columns_and_fields_as_lines() {
    let (header, row) = parse_csv(render_for(ExportFormat::BitwardenCsv, TRICKY_NAME).expose());
    assert_eq!(
        header,
        [
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
            "login_totp"
        ]
    );
    assert_eq!(row[2], "login");
    assert_eq!(row[3], TRICKY_NAME);
    assert_eq!(row[5], "type: batch\nexpires: 2027-03-31\ntoken id: 42");
    assert_eq!(row[6], "0");
    assert_eq!(row[7], "https://api.scriptix.io");
    assert_eq!(row[8], "42");
    assert_eq!(row[9], KEY);
    assert_eq!(row[10], "");
}

#[test]
fn the_keepassxc_csv_matches_its_exporter_with_every_field_quoted() {
    let text = render_for(ExportFormat::KeepassxcCsv, TRICKY_NAME);
    assert!(
        text.expose()
            .starts_with("\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n")
    );
    let (header, row) = parse_csv(text.expose());
    assert_eq!(
        header,
        ["Group", "Title", "Username", "Password", "URL", "Notes"]
    );
    assert_eq!(
        row[..5],
        [
            "Scriptix",
            TRICKY_NAME,
            "42",
            KEY,
            "https://api.scriptix.io"
        ]
    );
}

#[test]
fn the_bitwarden_json_has_the_import_structure() {
    let text = render_for(ExportFormat::BitwardenJson, TRICKY_NAME);
    let json: Value = serde_json::from_str(text.expose()).unwrap();
    assert_eq!(json["encrypted"], Value::Bool(false));
    assert_eq!(json["folders"], Value::Array(vec![]));
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    let item = &items[0];
    assert_eq!(item["type"], 1);
    assert_eq!(item["name"], TRICKY_NAME);
    assert_eq!(item["login"]["password"], KEY);
    assert_eq!(item["login"]["username"], "42");
    assert_eq!(item["login"]["uris"][0]["uri"], "https://api.scriptix.io");
    let fields: Vec<(String, String, u64)> = item["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["name"].as_str().unwrap().to_owned(),
                f["value"].as_str().unwrap().to_owned(),
                f["type"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            ("type".into(), "batch".into(), 0),
            ("expires".into(), "2027-03-31".into(), 0),
            ("token id".into(), "42".into(), 0)
        ]
    );
}

#[test]
fn suggested_file_names_are_safe_and_say_the_format() {
    assert_eq!(suggested_file_name(ExportFormat::EnvFile, "Prod"), ".env");
    assert_eq!(
        suggested_file_name(ExportFormat::BitwardenJson, "Prod EU / main"),
        "prod-eu-main-bitwarden.json"
    );
    assert_eq!(
        suggested_file_name(ExportFormat::KeepassxcCsv, "../../etc"),
        "etc-keepassxc.csv"
    );
    assert_eq!(
        suggested_file_name(ExportFormat::OnePasswordCsv, "  ***  "),
        "scriptix-token-1password.csv"
    );
    let long = suggested_file_name(ExportFormat::BitwardenCsv, &"a".repeat(200));
    assert!(long.len() <= 40 + "-bitwarden.csv".len());
}

/// Renders with a chosen key and id (the other tests keep the defaults).
fn render_with(format: ExportFormat, name: &str, key: &str, id: &str) -> Secret {
    let key = Secret::new(key.to_owned());
    let input = ExportInput {
        name,
        token_type: &TokenType::Other("=cmd|' /C calc'!A0".to_owned()),
        token_id: &TokenId::new(id),
        expires_at: Some(expiry()),
        key: &key,
        variable: None,
        api_url: None,
    };
    render(format, &input).unwrap()
}

#[test]
fn no_csv_cell_from_a_hostile_name_or_id_can_start_a_formula_but_the_key_stays_exact() {
    // (format, title column, username column, password column)
    let csvs = [
        (ExportFormat::OnePasswordCsv, 0, 2, 3),
        (ExportFormat::BitwardenCsv, 3, 8, 9),
        (ExportFormat::KeepassxcCsv, 1, 2, 3),
    ];
    for (format, title, username, password) in csvs {
        for name in [
            "=HYPERLINK(\"https://evil.example\",\"x\")",
            "+1+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1)",
            "\tTab first",
            "\rCR first",
        ] {
            for key in [
                "=sk_key_that_starts_like_a_formula_0123456789",
                "-dash-first-key",
            ] {
                let text = render_with(format, name, key, "-7");
                let (_, row) = parse_csv(text.expose());
                for (i, cell) in row.iter().enumerate() {
                    if i == password {
                        continue;
                    }
                    assert!(
                        !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                        "{format:?} column {i}: {cell:?}"
                    );
                }
                assert_eq!(row[title], format!("'{name}"), "{format:?}");
                assert_eq!(row[username], "'-7", "{format:?}");
                // The password manager must import the key byte for byte.
                assert_eq!(row[password], key, "{format:?}");
            }
        }
    }
}
