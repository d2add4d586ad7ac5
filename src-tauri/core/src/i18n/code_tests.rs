//! Every error, report and result code has its English text and a message with every
//! argument in every language (the exhaustive matches break when a variant is added); the
//! device and server errors are in device_code_tests.rs, the request errors and results in
//! request_code_tests.rs.

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
        serde_json::from_value::<crate::settings::Settings>(json)
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
