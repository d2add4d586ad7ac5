use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast;

use super::*;

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// Every message and term of a folder, with the variables each one uses.
fn messages(folder: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, text) in resources::files(folder) {
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{folder}/{file} does not parse: {errors:?}"));
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            if let Some(pattern) = &value {
                pattern_vars(pattern, &mut vars);
            }
            for attribute in &attributes {
                pattern_vars(&attribute.value, &mut vars);
            }
            assert!(
                out.insert(id.clone(), vars).is_none(),
                "{folder}: {id} is defined twice"
            );
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars);
            }
            for named in &arguments.named {
                inline_vars(&named.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn embedded_files_match_the_folder() {
    let mut on_disk = BTreeSet::new();
    for folder in std::fs::read_dir(locales_dir()).expect("locales/ exists") {
        let folder = folder.unwrap().path();
        if !folder.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&folder).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_some_and(|e| e == "ftl") {
                let name =
                    |p: &std::path::Path| p.file_name().unwrap().to_string_lossy().into_owned();
                on_disk.insert((name(&folder), name(&file)));
            }
        }
    }
    let embedded: BTreeSet<_> = resources::FILES
        .iter()
        .map(|(folder, file, _)| (folder.to_string(), file.to_string()))
        .collect();
    assert_eq!(
        embedded, on_disk,
        "src-tauri/core/src/i18n/resources.rs lists the files in locales/"
    );
}

#[test]
fn every_language_has_the_same_messages_with_the_same_arguments() {
    let english = messages("en");
    assert!(english.len() > 20, "the English catalogue is read");
    for folder in ["nl"] {
        let other = messages(folder);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{folder} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{folder} has messages English lacks: {extra:?}"
        );
        for (id, vars) in &english {
            assert_eq!(
                &other[id], vars,
                "{folder}: {id} uses other arguments than English"
            );
        }
    }
}

#[test]
fn every_file_parses_without_errors() {
    for (folder, file, text) in resources::FILES {
        if let Err((_, errors)) = fluent_syntax::parser::parse(*text) {
            panic!("{folder}/{file}: {errors:?}");
        }
    }
}

#[test]
fn a_message_is_formatted_in_the_chosen_language_with_its_arguments() {
    let mut args = FluentArgs::new();
    args.set("url", "https://api.scriptix.io");
    assert_eq!(
        Catalogue::new(Language::Nl).format("signin-need-server", Some(&args)),
        "Vul het serveradres in, meestal https://api.scriptix.io."
    );
    assert_eq!(
        Catalogue::new(Language::En).format("window-title-tokens", None),
        "API tokens — Scriptix Keys"
    );
}

#[test]
fn an_unknown_message_falls_back_to_its_id_instead_of_failing() {
    assert_eq!(
        Catalogue::new(Language::Nl).format("no-such-message", None),
        "no-such-message"
    );
}

#[test]
fn the_os_locale_picks_dutch_for_every_dutch_variant_and_english_otherwise() {
    for (locale, expected) in [
        (Some("nl-NL"), Language::Nl),
        (Some("nl_NL.UTF-8"), Language::Nl),
        (Some("nl_BE@euro"), Language::Nl),
        (Some("NL"), Language::Nl),
        (Some("en-US"), Language::En),
        (Some("de_DE.UTF-8"), Language::En),
        (Some("C"), Language::En),
        (Some(""), Language::En),
        (None, Language::En),
    ] {
        assert_eq!(Language::from_os_locale(locale), expected, "{locale:?}");
    }
}

#[test]
fn the_setting_overrides_the_os_locale() {
    assert_eq!(LanguageSetting::System.resolve(Some("nl-NL")), Language::Nl);
    assert_eq!(LanguageSetting::En.resolve(Some("nl-NL")), Language::En);
    assert_eq!(LanguageSetting::Nl.resolve(Some("en-US")), Language::Nl);
    let pseudo = if cfg!(feature = "pseudo-locale") {
        Language::Pseudo
    } else {
        Language::Nl
    };
    assert_eq!(
        LanguageSetting::Pseudo.resolve(Some("nl-NL")),
        pseudo,
        "the pseudo-locale is for test builds only"
    );
    assert_eq!(
        serde_json::to_string(&[
            LanguageSetting::System,
            LanguageSetting::Nl,
            LanguageSetting::Pseudo
        ])
        .unwrap(),
        r#"["system","nl","en-XA"]"#
    );
}

/// The same table is in tests/ui/unit/i18n.test.js: both sides transform alike.
#[test]
fn the_pseudo_locale_accents_and_lengthens_text_but_keeps_arguments() {
    assert_eq!(pseudo_text("Sign in"), "Şīīɠƞ īīƞ");
    assert_eq!(pseudo_text("Keys: 3 (OK)."), "Ķḗḗẏş: 3 (ǾǾĶ).");
    let sentence = "Leave as is unless your organization runs its own Scriptix server.";
    let longer = pseudo_text(sentence).chars().count() as f64 / sentence.chars().count() as f64;
    assert!(longer >= 1.3, "about 35% longer, got {longer:.2}");
    let mut args = FluentArgs::new();
    args.set("url", "https://api.scriptix.io");
    let text = Catalogue::new(Language::Pseudo).format("signin-need-server", Some(&args));
    assert!(
        text.contains("https://api.scriptix.io"),
        "arguments are not transformed: {text}"
    );
    assert!(text.starts_with("ḖḖƞŧḗḗř ŧħḗḗ"), "{text}");
}

/// For each `(English text, coded)`: the English catalogue text is the error's own English
/// text, and Dutch has the message, in other words, with every argument filled in.
fn assert_every_coded_text(cases: &[(String, Coded)]) {
    let english = Catalogue::new(Language::En);
    let dutch = Catalogue::new(Language::Nl);
    let dutch_ids = messages("nl");
    for (text, coded) in cases {
        assert_eq!(&english.format_coded(coded), text, "{}", coded.code);
        assert!(
            dutch_ids.contains_key(coded.code),
            "nl lacks {}",
            coded.code
        );
        let nl = dutch.format_coded(coded);
        assert!(!nl.contains('{') && nl != *text, "{}: {nl}", coded.code);
        for value in coded.args.values() {
            let shown = match value {
                CodeArg::Text(t) => t.clone(),
                CodeArg::Number(n) => n.to_string(),
                CodeArg::Day(at) => day(*at, Language::Nl),
                CodeArg::Message(inner) => dutch.format_coded(inner),
            };
            assert!(nl.contains(&shown), "{}: {nl} lacks {shown}", coded.code);
        }
    }
}

/// Every coded error: its English catalogue text is its own English text, and every other
/// language has the message with every argument filled in.
#[test]
fn every_coded_error_has_its_english_text_and_a_message_in_every_language() {
    use crate::base_url::BaseUrlError;
    use crate::names::NameError;
    use crate::profiles::ProfileError;

    let codepoint = || "U+200B".to_owned();
    let names = [
        NameError::Empty,
        NameError::TooLong { chars: 120 },
        NameError::ControlCharacter {
            codepoint: codepoint(),
        },
        NameError::BidiControl {
            codepoint: codepoint(),
        },
        NameError::Invisible {
            codepoint: codepoint(),
        },
    ];
    let urls = [
        BaseUrlError::Empty,
        BaseUrlError::NotAUrl,
        BaseUrlError::UnsupportedScheme,
        BaseUrlError::Insecure,
        BaseUrlError::HasCredentials,
        BaseUrlError::HasQuery,
        BaseUrlError::HasFragment,
        BaseUrlError::MissingHost,
    ];
    let profiles = [
        ProfileError::NameEmpty,
        ProfileError::NameTooLong { chars: 61 },
        ProfileError::UnknownProfile,
        ProfileError::Corrupt {
            kept_at: "x".into(),
        },
        ProfileError::ServerHoldsKeys {
            count: 1,
            server: "https://a.test/".into(),
        },
        ProfileError::ServerHoldsKeys {
            count: 3,
            server: "https://a.test/".into(),
        },
        ProfileError::DemoServerFixed,
        ProfileError::Io {
            reason: "permission denied".into(),
        },
    ];
    // Every settings refusal, through the checks that make them.
    let settings = |json: serde_json::Value| {
        serde_json::from_value::<crate::profiles::Settings>(json)
            .unwrap()
            .validated()
            .unwrap_err()
    };
    let settings_errors = [
        settings(serde_json::json!({ "expiryThresholds": [1, 2, 3, 4, 5, 6, 7, 8, 9] })),
        settings(serde_json::json!({ "expiryThresholds": [400] })),
        settings(serde_json::json!({ "expiryThresholds": [7, 7] })),
        settings(serde_json::json!({ "recentUseHours": 0 })),
        settings(serde_json::json!({ "updateEndpoint": "updates.example" })),
        settings(serde_json::json!({ "updateEndpoint": "https://u:p@updates.example/" })),
        settings(serde_json::json!({ "updateEndpoint": "http://updates.example/" })),
    ];
    // Adding a variant breaks these matches: add it to the lists above too.
    for e in &names {
        match e {
            NameError::Empty
            | NameError::TooLong { .. }
            | NameError::ControlCharacter { .. }
            | NameError::BidiControl { .. }
            | NameError::Invisible { .. } => {}
        }
    }
    for e in &urls {
        match e {
            BaseUrlError::Empty
            | BaseUrlError::NotAUrl
            | BaseUrlError::UnsupportedScheme
            | BaseUrlError::Insecure
            | BaseUrlError::HasCredentials
            | BaseUrlError::HasQuery
            | BaseUrlError::HasFragment
            | BaseUrlError::MissingHost => {}
        }
    }
    let mut cases: Vec<(String, Coded)> = Vec::new();
    cases.extend(names.iter().map(|e| (e.to_string(), e.coded())));
    cases.extend(urls.iter().map(|e| (e.to_string(), e.coded())));
    cases.extend(
        profiles
            .iter()
            .chain(&settings_errors)
            .map(|e| (e.to_string(), e.coded().expect("coded"))),
    );
    assert_every_coded_text(&cases);
    let dutch = Catalogue::new(Language::Nl);
    let three_keys = ProfileError::ServerHoldsKeys {
        count: 3,
        server: "s".into(),
    };
    let one_key = ProfileError::ServerHoldsKeys {
        count: 1,
        server: "s".into(),
    };
    assert!(
        dutch
            .format_coded(&three_keys.coded().unwrap())
            .contains("3 sleutels van s")
    );
    assert!(
        dutch
            .format_coded(&one_key.coded().unwrap())
            .contains("1 sleutel van s")
    );
}

/// The same for the errors of Scriptix calls, the vault, the local file, the clipboard, pasted
/// keys, notes and the workspace's own states. Adding a variant breaks the matches below
/// until it is listed (and coded).
#[test]
fn every_coded_device_and_server_error_has_its_english_text_and_a_message_in_every_language() {
    use std::time::Duration;

    use crate::api::ApiError;
    use crate::clipboard::ClipboardError;
    use crate::secret::KeyFormatError;
    use crate::store::StoreError;
    use crate::store::notes::NotesError;
    use crate::vault::{VaultError, VaultOs, VaultProblem};
    use crate::workspace::WorkspaceError;

    let said = || "Token name already used.".to_owned();
    let api = [
        ApiError::Unauthorized {
            message: said(),
            code: None,
        },
        ApiError::Forbidden { message: said() },
        ApiError::NotFound { message: said(), code: None },
        ApiError::RateLimited {
            retry_after: Some(Duration::from_secs(3)),
            message: said(),
        },
        ApiError::LimitReached { message: said() },
        ApiError::InvalidInput {
            field: Some("name".into()),
            message: said(),
        },
        ApiError::Quota { message: said() },
        ApiError::Quota {
            message: "Scriptix refused this because of your plan: Minutes used up. Upgrade the plan or contact Scriptix support.".into(),
        },
        ApiError::Conflict { message: said() },
        ApiError::PayloadTooLarge { message: said() },
        ApiError::Rejected {
            status: 415,
            message: said(),
        },
        ApiError::Server {
            status: 500,
            message: said(),
        },
        ApiError::Unavailable { message: said() },
        ApiError::Timeout,
        ApiError::Network {
            reason: "could not connect".into(),
        },
        ApiError::Network {
            reason: "the connection dropped".into(),
        },
        ApiError::Network {
            reason: "proxy refused".into(),
        },
        ApiError::CreateOutcomeUnknown,
        ApiError::ReplyTooLarge { limit_mb: 8 },
        ApiError::PageTooLong { asked: 100, got: 101 },
        ApiError::Decode { excerpt: None },
        ApiError::BadUrl(crate::base_url::BaseUrlError::Insecure),
        ApiError::Client,
    ];
    for e in &api {
        match e {
            ApiError::Unauthorized { .. }
            | ApiError::Forbidden { .. }
            | ApiError::NotFound { .. }
            | ApiError::RateLimited { .. }
            | ApiError::LimitReached { .. }
            | ApiError::InvalidInput { .. }
            | ApiError::Quota { .. }
            | ApiError::Conflict { .. }
            | ApiError::PayloadTooLarge { .. }
            | ApiError::Rejected { .. }
            | ApiError::Server { .. }
            | ApiError::Unavailable { .. }
            | ApiError::Timeout
            | ApiError::Network { .. }
            | ApiError::CreateOutcomeUnknown
            | ApiError::ReplyTooLarge { .. }
            | ApiError::PageTooLong { .. }
            | ApiError::Decode { .. }
            | ApiError::BadUrl(_)
            | ApiError::Client => {}
        }
    }
    let problems = [
        VaultProblem::NoConnection,
        VaultProblem::NoProvider,
        VaultProblem::Locked,
        VaultProblem::Other,
    ];
    for p in &problems {
        match p {
            VaultProblem::NoConnection
            | VaultProblem::NoProvider
            | VaultProblem::Locked
            | VaultProblem::Other => {}
        }
    }
    let mut vault: Vec<VaultError> = problems
        .iter()
        .map(|reason| VaultError::Unavailable { reason: *reason })
        .collect();
    vault.extend([VaultError::Unreadable, VaultError::TimedOut { seconds: 30 }]);
    for e in &vault {
        match e {
            VaultError::Unavailable { .. }
            | VaultError::Unreadable
            | VaultError::TimedOut { .. } => {}
        }
    }
    let store = || {
        [
            StoreError::Open {
                reason: "Permission denied".into(),
            },
            StoreError::TooNew { found: 99 },
            StoreError::Corrupt,
            StoreError::Sqlite(rusqlite::Error::InvalidQuery),
        ]
    };
    for e in &store() {
        match e {
            StoreError::Open { .. }
            | StoreError::TooNew { .. }
            | StoreError::Corrupt
            | StoreError::Sqlite(_) => {}
        }
    }
    let clipboard = [ClipboardError::Unavailable, ClipboardError::Refused];
    for e in &clipboard {
        match e {
            ClipboardError::Unavailable | ClipboardError::Refused => {}
        }
    }
    let keys = [
        KeyFormatError::Empty,
        KeyFormatError::LineBreak,
        KeyFormatError::Whitespace,
        KeyFormatError::ControlCharacter,
    ];
    for e in &keys {
        match e {
            KeyFormatError::Empty
            | KeyFormatError::LineBreak
            | KeyFormatError::Whitespace
            | KeyFormatError::ControlCharacter => {}
        }
    }
    let notes = [
        NotesError::TooLong {
            field: "owner",
            chars: 501,
        },
        NotesError::ControlCharacter {
            field: "description",
        },
        NotesError::ControlCharacter { field: "owner" },
        NotesError::LooksLikeKey { field: "usedBy" },
        NotesError::Store(StoreError::Corrupt),
    ];
    for e in &notes {
        match e {
            NotesError::TooLong { .. }
            | NotesError::ControlCharacter { .. }
            | NotesError::LooksLikeKey { .. }
            | NotesError::Store(_) => {}
        }
    }
    let workspace = [
        WorkspaceError::NoActiveProfile,
        WorkspaceError::NotSignedIn,
        WorkspaceError::NoPendingSignIn,
        WorkspaceError::KeyNotHeld,
        WorkspaceError::OtherServer {
            what: "key",
            server: "https://a.test".into(),
        },
        WorkspaceError::OtherServer {
            what: "sign-in",
            server: "https://a.test".into(),
        },
        WorkspaceError::OtherServer {
            what: "password",
            server: "https://a.test".into(),
        },
        WorkspaceError::ProfileKept {
            source: VaultError::Unavailable {
                reason: VaultProblem::Locked,
            },
        },
        WorkspaceError::UnsavedKeyShown,
        WorkspaceError::Api(ApiError::Timeout),
        WorkspaceError::Vault(VaultError::Unreadable),
        WorkspaceError::Store(StoreError::Corrupt),
        WorkspaceError::Clipboard(ClipboardError::Refused),
        WorkspaceError::Notes(NotesError::LooksLikeKey { field: "owner" }),
    ];

    let mut cases: Vec<(String, Coded)> = Vec::new();
    cases.extend(api.iter().map(|e| (e.to_string(), e.coded())));
    cases.extend(vault.iter().map(|e| (e.to_string(), e.coded())));
    cases.extend(store().iter().map(|e| (e.to_string(), e.coded())));
    cases.extend(clipboard.iter().map(|e| (e.to_string(), e.coded())));
    cases.extend(keys.iter().map(|e| (e.to_string(), e.coded())));
    cases.extend(notes.iter().map(|e| (e.to_string(), e.coded())));
    cases.extend(
        workspace
            .iter()
            .map(|e| (e.to_string(), e.coded().expect("coded"))),
    );
    // The app's own sentences in an API error, and every OS's vault sentences.
    for (text, id) in crate::api::own_sentences() {
        cases.push(((*text).to_owned(), Coded::new(id)));
    }
    for os in [VaultOs::MacOs, VaultOs::Windows, VaultOs::Unix] {
        for p in problems {
            let (id, text) = p.on(os);
            cases.push((text.to_owned(), Coded::new(id)));
        }
    }
    assert_every_coded_text(&cases);
}

#[test]
fn an_api_error_keeps_the_server_s_own_text_as_an_argument_and_its_own_sentences_by_id() {
    use crate::api::ApiError;

    let own = ApiError::RateLimited {
        retry_after: None,
        message: "Scriptix is limiting how fast requests can be made. Wait a moment and try again."
            .into(),
    };
    assert_eq!(own.coded(), Coded::new("api-rate-limited"));
    let server = ApiError::Forbidden {
        message: "Nur für Administratoren.".into(),
    };
    let coded = server.coded();
    assert_eq!(coded.code, "api-forbidden-server");
    assert_eq!(
        Catalogue::new(Language::Nl).format_coded(&coded),
        "Je Scriptix-account mag dit niet doen: Nur für Administratoren."
    );
    assert_eq!(
        Catalogue::new(Language::En).format_coded(&coded),
        "Nur für Administratoren."
    );
}

#[test]
fn an_error_that_carries_another_shows_both_in_the_same_language_and_crosses_ipc_nested() {
    use crate::vault::VaultError;
    use crate::workspace::WorkspaceError;

    let kept = WorkspaceError::ProfileKept {
        source: VaultError::TimedOut { seconds: 30 },
    };
    let coded = kept.coded().unwrap();
    let nl = Catalogue::new(Language::Nl).format_coded(&coded);
    assert!(
        nl.starts_with("Het profiel is bewaard")
            && nl.ends_with("De kluis antwoordde niet binnen 30 seconden (misschien wacht er een venster om te ontgrendelen). Ontgrendel de kluis en probeer het opnieuw."),
        "{nl}"
    );
    assert_eq!(
        serde_json::to_value(&coded).unwrap(),
        serde_json::json!({ "code": "workspace-profile-kept",
            "args": { "reason": { "code": "vault-timed-out", "args": { "seconds": 30 } } } })
    );
}

/// Export errors, rotation errors and the requests the workspace refuses: each has a code
/// whose English text is the sentence the app showed before codes (written out here, so a
/// changed English text fails too), and a Dutch message. Adding a variant breaks the matches
/// below until it is listed.
#[test]
fn every_export_rotation_and_workspace_request_error_has_a_code_with_its_english_text() {
    use crate::api::ApiError;
    use crate::export::ExportError;
    use crate::rotation::{CrashPoint, RotationError};
    use crate::workspace::WorkspaceError;

    let text = |t: &str| t.to_owned();
    let exports = [
        ExportError::InvalidVariable { name: text("9KEY") },
        ExportError::KeyNeedsQuoting,
        ExportError::NotAFile,
        ExportError::NotText {
            path: text("/tmp/a.env"),
        },
        ExportError::Write {
            path: text("/tmp/a.env"),
            reason: text("Permission denied (os error 13)"),
        },
        ExportError::BadVault,
        ExportError::OpFailed {
            reason: crate::export::ToolReason::said("[ERROR] boom"),
        },
        ExportError::OpFailed {
            reason: crate::export::ToolReason::found("export-reason-odd-vault-list"),
        },
        ExportError::OpFailed {
            reason: crate::export::ToolReason::Found(
                Coded::new("export-reason-not-started").arg("reason", "No such file"),
            ),
        },
        ExportError::OpFailed {
            reason: crate::export::ToolReason::Found(
                Coded::new("export-reason-not-waited").arg("reason", "Interrupted"),
            ),
        },
        ExportError::OpFailed {
            reason: crate::export::ToolReason::found("export-reason-no-credential-field"),
        },
        ExportError::OpFailed {
            reason: crate::export::ToolReason::found("export-reason-odd-item"),
        },
        ExportError::OpFailed {
            reason: crate::export::ToolReason::found("export-reason-stopped"),
        },
        ExportError::OpMissing,
        ExportError::OpNotSignedIn,
        ExportError::OpLocked,
        ExportError::OpNoSuchVault,
        ExportError::OpItemGone,
        ExportError::OpTimeout,
        ExportError::KdbxPassword,
        ExportError::KdbxKeyFile {
            path: text("/tmp/k.key"),
            reason: text("No such file"),
        },
        ExportError::KdbxUnreadable {
            path: text("/tmp/k.kdbx"),
            reason: text("bad header"),
        },
        ExportError::KdbxEntryGone,
        ExportError::KdbxGroup,
        ExportError::BwNotSignedIn,
        ExportError::BwLocked,
        ExportError::BwWrongPassword,
        ExportError::BwFailed {
            reason: crate::export::ToolReason::said("nope"),
        },
        ExportError::BwFailed {
            reason: crate::export::ToolReason::found("export-reason-too-slow"),
        },
        ExportError::BwFailed {
            reason: crate::export::ToolReason::found("export-reason-no-session"),
        },
        ExportError::BwFailed {
            reason: crate::export::ToolReason::found("export-reason-bad-item-id"),
        },
        ExportError::BwFailed {
            reason: crate::export::ToolReason::found("export-reason-not-a-login"),
        },
        ExportError::BwFailed {
            reason: crate::export::ToolReason::found("export-reason-odd-status"),
        },
        ExportError::BwFailed {
            reason: crate::export::ToolReason::found("export-reason-odd-folder-list"),
        },
        ExportError::BwMissing,
        ExportError::Encode,
    ];
    for e in &exports {
        match e {
            ExportError::InvalidVariable { .. }
            | ExportError::KeyNeedsQuoting
            | ExportError::NotAFile
            | ExportError::NotText { .. }
            | ExportError::Write { .. }
            | ExportError::BadVault
            | ExportError::OpFailed { .. }
            | ExportError::OpMissing
            | ExportError::OpNotSignedIn
            | ExportError::OpLocked
            | ExportError::OpNoSuchVault
            | ExportError::OpItemGone
            | ExportError::OpTimeout
            | ExportError::KdbxPassword
            | ExportError::KdbxKeyFile { .. }
            | ExportError::KdbxUnreadable { .. }
            | ExportError::KdbxEntryGone
            | ExportError::KdbxGroup
            | ExportError::BwNotSignedIn
            | ExportError::BwLocked
            | ExportError::BwWrongPassword
            | ExportError::BwFailed { .. }
            | ExportError::BwMissing
            | ExportError::Encode => {}
        }
    }
    let mut cases: Vec<(String, Coded)> =
        exports.iter().map(|e| (e.to_string(), e.coded())).collect();

    // The English texts as they were before they had codes.
    let rotation = [
        (
            "Choose 1, 2 or 5 years.",
            RotationError::Invalid {
                field: "years",
                coded: Coded::new("expiry-choose-years"),
            },
        ),
        (
            "The end of the grace period must be in the future.",
            RotationError::Invalid {
                field: "grace",
                coded: Coded::new("rotation-grace-in-past"),
            },
        ),
        (
            "Give the replacement a name different from the old token's.",
            RotationError::Invalid {
                field: "newName",
                coded: Coded::new("rotation-same-name"),
            },
        ),
        (
            "\"CI key\" is already being rotated. Finish or cancel that rotation first.",
            RotationError::Invalid {
                field: "tokenId",
                coded: Coded::new("rotation-already-rotating").arg("name", "CI key"),
            },
        ),
        ("That rotation no longer exists.", RotationError::NotFound),
        (
            "This rotation is waiting for your decision; it cannot be cancelled now.",
            RotationError::WrongState {
                state: "needsAttention",
                action: "be cancelled",
            },
        ),
        (
            "This rotation was just changed by another window of Scriptix Keys, so this step was not taken. Look at the rotation again.",
            RotationError::Changed,
        ),
        (
            "The old token was kept because Scriptix could not confirm that its replacement works, and this is tried again later. Scriptix is limiting requests right now.",
            RotationError::Unconfirmed {
                reason: Coded::new("rotation-journal-rate-limited"),
            },
        ),
        (
            "simulated crash at AfterVaultWrite",
            RotationError::Crashed(CrashPoint::AfterVaultWrite),
        ),
        (
            "Scriptix did not answer in time. Check your connection and try again.",
            RotationError::Api(ApiError::Timeout),
        ),
    ];
    for (_, e) in &rotation {
        match e {
            RotationError::Api(_)
            | RotationError::Vault(_)
            | RotationError::Store(_)
            | RotationError::Name(_)
            | RotationError::Invalid { .. }
            | RotationError::NotFound
            | RotationError::WrongState { .. }
            | RotationError::Changed
            | RotationError::Unconfirmed { .. }
            | RotationError::Crashed(_) => {}
        }
    }
    for (english, e) in &rotation {
        assert_eq!(&e.to_string(), english);
        cases.push(((*english).to_owned(), e.coded()));
    }
    // Every state and action a refused step can name reads as words in both languages.
    for state in crate::rotation::STATE_NAMES {
        for action in crate::rotation::ACTIONS {
            let e = RotationError::WrongState { state, action };
            let english = e.to_string();
            assert!(english.contains(action), "{english}");
            cases.push((english, e.coded()));
        }
    }

    let requests = [
        (
            "Choose Batch or Realtime.",
            WorkspaceError::invalid("tokenType", Coded::new("create-choose-type")),
        ),
        (
            "Choose 1, 2 or 5 years.",
            WorkspaceError::invalid("expirationYears", Coded::new("expiry-choose-years")),
        ),
        (
            "This interrupted create was already dealt with.",
            WorkspaceError::invalid("id", Coded::new("create-interrupted-already-handled")),
        ),
        (
            "All the keys of a profile go into one file for a password manager: choose 1Password, Bitwarden or KeePassXC (CSV).",
            WorkspaceError::invalid("format", Coded::new("profile-export-format")),
        ),
        (
            "Choose “Save to a KeePass database…” to write the key into a KeePass database.",
            WorkspaceError::invalid("format", Coded::new("export-use-keepass-database")),
        ),
        (
            "Test requests are sent only in the demo workspace, so nothing was sent.",
            WorkspaceError::invalid("tokenId", Coded::new("usage-test-request-demo-only")),
        ),
        (
            "That token is not in the list. Refresh the list and try again.",
            WorkspaceError::invalid("token", Coded::new("workspace-token-not-listed")),
        ),
        (
            "That rotation is not known here.",
            WorkspaceError::invalid("rotation", Coded::new("workspace-rotation-unknown")),
        ),
        (
            "The new key of this rotation is not stored yet.",
            WorkspaceError::invalid(
                "rotation",
                Coded::new("workspace-rotation-new-key-not-stored"),
            ),
        ),
        (
            "Choose a KeePass database first.",
            WorkspaceError::invalid("path", Coded::new("keepass-choose-database")),
        ),
        (
            "Choose the key file first.",
            WorkspaceError::invalid("keyFile", Coded::new("keepass-choose-key-file")),
        ),
        (
            "/tmp/audit.csv could not be written (Permission denied (os error 13)).",
            WorkspaceError::Io {
                path: text("/tmp/audit.csv"),
                reason: text("Permission denied (os error 13)"),
            },
        ),
        (
            "Choose a file name, not a folder.",
            WorkspaceError::Export(ExportError::NotAFile),
        ),
        (
            "That rotation no longer exists.",
            WorkspaceError::Rotation(RotationError::NotFound),
        ),
    ];
    for (english, e) in &requests {
        assert_eq!(&e.to_string(), english);
        cases.push((
            (*english).to_owned(),
            e.coded().unwrap_or_else(|| panic!("{english} has no code")),
        ));
    }
    assert_every_coded_text(&cases);
}

/// Every variant of `WorkspaceError` has a code except the profile errors the settings file
/// raises (which carry the OS's words); a new variant breaks this match until decided.
#[test]
fn a_workspace_error_always_has_a_code() {
    use crate::workspace::WorkspaceError;

    fn has_code(e: &WorkspaceError) -> bool {
        match e {
            WorkspaceError::Profile(_) => true,
            WorkspaceError::Api(_)
            | WorkspaceError::Vault(_)
            | WorkspaceError::Store(_)
            | WorkspaceError::NoActiveProfile
            | WorkspaceError::NotSignedIn
            | WorkspaceError::NoPendingSignIn
            | WorkspaceError::Name(_)
            | WorkspaceError::Clipboard(_)
            | WorkspaceError::KeyNotHeld
            | WorkspaceError::Notes(_)
            | WorkspaceError::Export(_)
            | WorkspaceError::Rotation(_)
            | WorkspaceError::Io { .. }
            | WorkspaceError::OtherServer { .. }
            | WorkspaceError::ProfileKept { .. }
            | WorkspaceError::UnsavedKeyShown
            | WorkspaceError::Invalid { .. } => e.coded().is_some(),
        }
    }
    assert!(has_code(&WorkspaceError::Io {
        path: "p".into(),
        reason: "r".into()
    }));
    assert!(has_code(&WorkspaceError::invalid(
        "f",
        Coded::new("create-choose-type")
    )));
}

/// The results of a create whose answer was lost and of a delete keep their English text and
/// read in Dutch.
#[test]
fn create_and_delete_results_keep_their_english_text_and_read_in_dutch() {
    let dutch = Catalogue::new(Language::Nl);
    let locked = crate::vault::VaultError::Unavailable {
        reason: crate::vault::VaultProblem::Locked,
    };
    let not_removed = format!(
        "Deleted on Scriptix, but this device's copy of the key could not be removed: {locked}"
    );
    let cases = [
        (
            "Scriptix created the token, but the connection dropped before its key arrived. The key cannot be shown again, so this token cannot be used: delete it and create a new one.",
            Coded::new("create-key-lost"),
        ),
        (
            "The token was not created: Scriptix did not confirm the new token and it is not in your token list, so it was not created. You can try again. Nothing changed on Scriptix; you can try again.",
            Coded::new("create-not-confirmed"),
        ),
        (
            "Not deleted: this key was used from 203.0.113.9 12 minutes ago. Confirm that you want to delete a key in use.",
            Coded::new("delete-in-use-from")
                .arg("ip", "203.0.113.9")
                .arg("minutes", 12_i64),
        ),
        (
            "Not deleted: this key was used 1 minutes ago. Confirm that you want to delete a key in use.",
            Coded::new("delete-in-use").arg("minutes", 1_i64),
        ),
        (
            not_removed.as_str(),
            Coded::new("delete-key-not-removed").arg("reason", locked.coded()),
        ),
    ];
    for (english, coded) in &cases {
        assert_eq!(&coded.to_string(), english);
        let nl = dutch.format_coded(coded);
        assert!(!nl.contains('{') && nl != *english, "{nl}");
    }
    assert!(dutch.format_coded(&cases[3].1).contains("1 minuut geleden"));
}
