//! Deleting a profile never silently destroys keys: the count is known beforehand, every
//! held key can be exported to one file first, the deletion is audited, and a vault that
//! refuses keeps the profile and its records.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::{demo_sandbox, sign_in_to, workspace_paths};
use std::sync::Arc;

use scriptix_keys_core::api::ClientOptions;
use scriptix_keys_core::export::ExportFormat;
use scriptix_keys_core::workspace::{ProfileExportView, Workspace};
use scriptix_keys_core::{ErrorKind, MemoryStore, Vault};
use scriptix_sandbox::SandboxHandle;
use tempfile::TempDir;

struct Fixture {
    sandbox: SandboxHandle,
    dir: TempDir,
    vault: Arc<MemoryStore>,
    workspace: Workspace,
    profile: String,
}

impl Fixture {
    async fn signed_in() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let sandbox = demo_sandbox(dir.path()).await;
        let vault = Arc::new(MemoryStore::new());
        let workspace = Workspace::open(
            workspace_paths(dir.path()),
            Vault::new(vault.clone()),
            ClientOptions::default(),
        )
        .unwrap();
        let profile = sign_in_to(&workspace, sandbox.url(), "Work, \"main\"").await;
        workspace.refresh_tokens().await.unwrap();
        Self {
            sandbox,
            dir,
            vault,
            workspace,
            profile,
        }
    }

    /// Creates a token here and returns its key.
    async fn create(&self, name: &str) -> String {
        let created =
            serde_json::to_value(self.workspace.create_token(name, "batch", 1).await.unwrap())
                .unwrap();
        assert_eq!(created["vaultSaved"], true);
        self.workspace.close_reveal();
        created["key"].as_str().unwrap().to_owned()
    }

    /// The `profileDelete` audit entries (outcome, detail), read from the database: the
    /// log view shows the active profile's entries, and the profile is gone.
    fn profile_deletes(&self) -> Vec<(String, String)> {
        let db =
            rusqlite::Connection::open(self.dir.path().join("data").join("scriptix-keys.sqlite3"))
                .unwrap();
        let mut statement = db
            .prepare(
                "SELECT outcome, detail_coded FROM audit_log WHERE action = 'profileDelete' ORDER BY seq",
            )
            .unwrap();
        statement
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    /// Every audit entry, as stored.
    fn audit_text(&self) -> String {
        let db =
            rusqlite::Connection::open(self.dir.path().join("data").join("scriptix-keys.sqlite3"))
                .unwrap();
        let mut statement = db
            .prepare("SELECT detail || coalesce(detail_coded, '') FROM audit_log")
            .unwrap();
        statement
            .query_map([], |row| row.get::<_, String>(0))
            .unwrap()
            .collect::<Result<Vec<_>, _>>()
            .unwrap()
            .join("\n")
    }
}

#[tokio::test]
async fn a_profile_s_held_keys_are_counted_exported_to_one_file_and_the_deletion_is_audited() {
    let f = Fixture::signed_in().await;
    let first = f.create("Backend, \"prod\"").await;
    let second = f.create("=cmd|' /C calc'!A0").await;
    assert_eq!(f.workspace.profile_held_keys(&f.profile).unwrap(), 2);

    let name = f
        .workspace
        .profile_export_file_name(&f.profile, ExportFormat::KeepassxcCsv)
        .unwrap();
    assert!(name.ends_with("-keepassxc.csv"), "{name}");
    let path = f.dir.path().join(&name);
    let view = f
        .workspace
        .export_profile_keys(&f.profile, ExportFormat::KeepassxcCsv, Some(&path))
        .await
        .unwrap();
    assert!(
        matches!(view, ProfileExportView::Saved { count: 2, .. }),
        "{view:?}"
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(&first) && text.contains(&second), "{text}");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.headers().unwrap().len(), 6);
    assert_eq!(reader.records().count(), 2, "one header, a row per key");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "owner-only");
    }
    let err = f
        .workspace
        .export_profile_keys(&f.profile, ExportFormat::EnvLine, Some(&path))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);

    let status = f.workspace.delete_profile(&f.profile).await.unwrap();
    assert!(status.profiles.is_empty());
    assert!(
        only_the_audit_key(&f.vault),
        "keys and session left the vault"
    );
    let deletes = f.profile_deletes();
    assert_eq!(deletes.len(), 1, "{deletes:?}");
    assert_eq!(deletes[0].0, "success");
    // Stored as a code with its arguments (audit/detail.rs), never as a sentence.
    assert!(
        deletes[0]
            .1
            .contains(r#""code":"audit-detail-profile-deleted""#)
            && deletes[0].1.contains(r#""count":2"#),
        "{deletes:?}"
    );
    let audit = f.audit_text();
    assert!(!audit.contains(&first[8..]) && !audit.contains(&second[8..]));
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_vault_that_refuses_keeps_the_profile_its_records_and_its_keys() {
    let f = Fixture::signed_in().await;
    f.create("Kept").await;
    f.vault.set_unavailable(true);
    let err = f.workspace.delete_profile(&f.profile).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::VaultUnavailable);
    assert!(err.to_string().contains("profile was kept"), "{err}");
    let status = f.workspace.status();
    assert_eq!(status.profiles.len(), 1, "the profile is kept");
    f.vault.set_unavailable(false);
    assert_eq!(f.workspace.profile_held_keys(&f.profile).unwrap(), 1);
    assert!(
        !only_the_audit_key(&f.vault),
        "the key is still in the vault"
    );
    assert_eq!(f.profile_deletes()[0].0, "failure");
    // Unlocked: the deletion goes through.
    f.workspace.delete_profile(&f.profile).await.unwrap();
    assert!(only_the_audit_key(&f.vault));
    f.sandbox.shutdown().await;
}

/// The vault holds nothing but the audit log's key (which outlives profiles and sessions).
fn only_the_audit_key(vault: &scriptix_keys_core::MemoryStore) -> bool {
    use scriptix_keys_core::SecretStore;
    vault.len() == usize::from(vault.get("audit-key").unwrap().is_some())
}
