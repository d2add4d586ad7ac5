//! The codes of the errors of Scriptix calls, the vault, the local file, the clipboard,
//! pasted keys, notes and the workspace's own states: their English text and a message with
//! every argument in every language.

use super::code_tests::assert_every_coded_text;
use super::*;

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
