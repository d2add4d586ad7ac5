//! Deleting a profile never silently destroys keys: the confirmation says how many keys
//! this device holds for it and offers to export them; the export writes them all to the
//! file chosen in the save dialog; a vault that refuses keeps the profile (and says so);
//! the deletion is audited.

use scriptix_keys_core::audit::AuditFilter;
use scriptix_keys_core::store::Store;
use scriptix_keys_e2e::{APP_IDENTIFIER, AppDirs, answer_save_dialog, secret_tool_lookup};
use scriptix_sandbox::demo;

use super::profile_id;
use super::support::{
    Signed, create, dismiss_unlock_prompt, lock_the_keyring, reveal_copy_and_close, row_id,
    signed_in_to_sandbox, unlock_the_keyring,
};

#[tokio::test(flavor = "multi_thread")]
async fn deleting_a_profile_names_its_keys_offers_their_export_and_is_audited() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    let profile = profile_id(&dirs);
    let mut held = Vec::new();
    for name in ["Deploy bot", "Nightly, \"batch\""] {
        create(&app, name, "batch", 1).await;
        let key = reveal_copy_and_close(&app).await;
        held.push((row_id(&app, name).await, key));
    }

    super::support::account_action(&app, "sign-out").await;
    app.wait_screen("signin").await;
    app.click("profile-edit").await;
    app.click("profile-delete").await;
    let text = app
        .wait_text("profile-delete-text", |t| !t.is_empty())
        .await;
    assert!(text.contains("holds 2 keys"), "{text}");
    assert_eq!(
        app.id("profile-delete-yes").await.text().await.unwrap(),
        "Delete profile and 2 keys"
    );
    app.screenshot("profile-delete-confirm").await;

    // Export first: every held key into one KeePassXC file, owner-only.
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("work-keys.csv");
    app.driver
        .execute(
            r#"const s = document.querySelector('[data-testid="profile-export-format"]');
               s.value = 'keepassxcCsv'; s.dispatchEvent(new Event('change'));"#,
            vec![],
        )
        .await
        .unwrap();
    app.click("profile-export-keys").await;
    answer_save_dialog("Save every key of the profile", &target).await;
    let saved = app
        .wait_text("profile-export-status", |t| t.contains("Saved"))
        .await;
    assert!(saved.contains("2 keys"), "{saved}");
    let file = std::fs::read_to_string(&target).unwrap();
    for (_, key) in &held {
        assert!(file.contains(key.as_str()), "every key is in the file");
    }
    assert!(
        file.starts_with("\"Group\",\"Title\""),
        "KeePassXC's header"
    );
    assert_eq!(file.matches("\"Group\"").count(), 1, "one header");
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    // The vault refuses (locked, prompt dismissed): the profile and its keys stay.
    lock_the_keyring();
    app.click("profile-delete-yes").await;
    dismiss_unlock_prompt().await;
    let error = app
        .wait_text("profile-error", |t| t.contains("profile was kept"))
        .await;
    assert!(error.contains("vault"), "{error}");
    app.screenshot("profile-delete-vault-refused").await;
    unlock_the_keyring();
    for (id, key) in &held {
        assert_eq!(
            secret_tool_lookup(&format!("key:{profile}:{id}")).as_deref(),
            Some(key.as_str()),
            "still in the vault"
        );
    }

    // Unlocked: the deletion goes through and takes the keys with it.
    app.click("profile-delete-yes").await;
    // No profile left: the one-screen sign-in for a new account.
    app.id("signin-account").await;
    for (id, _) in &held {
        assert_eq!(secret_tool_lookup(&format!("key:{profile}:{id}")), None);
    }
    app.quit().await;

    let store = Store::open(
        dirs.root
            .join("data")
            .join(APP_IDENTIFIER)
            .join("scriptix-keys.sqlite3"),
    )
    .unwrap();
    let entries = store
        .audit(Some(&profile), &AuditFilter::default())
        .unwrap();
    let deletes: Vec<_> = entries
        .iter()
        .filter(|e| e.action.name() == "profileDelete")
        .collect();
    assert_eq!(
        deletes.len(),
        2,
        "the refusal and the deletion: {deletes:?}"
    );
    let text = serde_json::to_string(&entries).unwrap();
    assert!(text.contains("with the 2 keys"), "{text}");
    for (_, key) in &held {
        assert!(!text.contains(&key[8..]), "no key in the audit log");
    }
    sandbox.shutdown().await;
}
