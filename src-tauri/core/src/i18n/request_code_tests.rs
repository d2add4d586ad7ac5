//! The codes of export, rotation and workspace request errors, and of create and delete
//! results: their English text and a message with every argument in every language.

use super::code_tests::assert_every_coded_text;
use super::*;

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
