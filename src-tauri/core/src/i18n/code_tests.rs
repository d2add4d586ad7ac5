//! Every error, report and result code has its English text and a message with every
//! argument in every language (the exhaustive matches break when a variant is added).

use super::tests::messages;
use super::*;

/// For each `(English text, coded)`: the English catalogue text is the error's own English
/// text, and Dutch has the message, in other words, with every argument filled in.
pub(super) fn assert_every_coded_text(cases: &[(String, Coded)]) {
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
