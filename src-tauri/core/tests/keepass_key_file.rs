//! A KeePass database locked with a key file: the export remembers the key file's path
//! (never its contents) with the destination, and "Update all" opens the database with the
//! same key file again. Through the workspace, against the real sandbox and an in-memory
//! vault.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::{Created, created_token};

use scriptix_keys_core::SecretStore;
use scriptix_keys_core::export::kdbx::KdbxKey;

#[tokio::test]
async fn a_keepass_database_saved_to_with_a_key_file_is_updated_with_the_same_key_file() {
    use keepass::{Database, DatabaseKey};
    use scriptix_keys_core::rotation::RotationPlan;
    use scriptix_keys_core::workspace::UpdateOutcome;
    let dir = tempfile::tempdir().unwrap();
    let Created {
        sandbox,
        workspace,
        vault: memory,
        profile,
        token,
        ..
    } = created_token(dir.path(), "keyed worker", "batch").await;
    workspace.close_reveal();
    let id = token.id.as_str().to_owned();
    // A database locked with a key file alone (no password).
    let key_file = dir.path().join("team.keyx");
    std::fs::write(&key_file, b"a key file of some random bytes 0123456789").unwrap();
    let db_key = || {
        DatabaseKey::new()
            .with_keyfile(&mut std::fs::File::open(&key_file).unwrap())
            .unwrap()
    };
    let db_path = dir.path().join("keyed.kdbx");
    let mut db = Database::new();
    db.root_mut().add_group().name = "APIs".to_owned();
    let mut bytes = Vec::new();
    db.save(&mut bytes, db_key()).unwrap();
    std::fs::write(&db_path, &bytes).unwrap();
    let unlock = || {
        KdbxKey::new(
            scriptix_keys_core::Secret::new(String::new()),
            Some(key_file.clone()),
        )
    };
    let groups = workspace
        .keepass_groups(db_path.clone(), unlock())
        .await
        .unwrap();
    workspace
        .export_to_keepass(&id, db_path.clone(), unlock(), groups[1].id.clone())
        .await
        .unwrap();
    let places = workspace.destinations(&id).unwrap();
    assert_eq!(
        places[0].key_file,
        key_file.display().to_string(),
        "the key file's path is remembered"
    );
    let key_file_bytes = std::fs::read(&key_file).unwrap();

    let planned = workspace
        .rotation_plan(std::slice::from_ref(&id), &RotationPlan::default())
        .await
        .unwrap();
    let rotation = planned[0].id.clone();
    workspace.rotation_advance(&rotation).await.unwrap();
    workspace.close_reveal();
    // The key file no longer matches (it was replaced): a clear failure, the database
    // untouched.
    std::fs::write(&key_file, b"another key file").unwrap();
    let before = std::fs::read(&db_path).unwrap();
    let results = workspace
        .update_destinations(&rotation, Vec::new(), None, None)
        .await
        .unwrap();
    assert_eq!(results[0].outcome, UpdateOutcome::Failed, "{results:?}");
    assert!(results[0].message.contains("key file"), "{results:?}");
    assert_eq!(std::fs::read(&db_path).unwrap(), before);
    std::fs::write(&key_file, &key_file_bytes).unwrap();

    // No password typed: the remembered key file opens it.
    let results = workspace
        .update_destinations(&rotation, Vec::new(), None, None)
        .await
        .unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].outcome, UpdateOutcome::Updated, "{results:?}");
    let new_id = workspace
        .refresh_tokens()
        .await
        .unwrap()
        .tokens
        .iter()
        .find(|t| t.name.starts_with("keyed worker (rotated"))
        .unwrap()
        .id
        .clone();
    let new_key = memory
        .get(&format!("key:{profile}:{new_id}"))
        .unwrap()
        .unwrap();
    let reopened = Database::open(&mut std::fs::File::open(&db_path).unwrap(), db_key()).unwrap();
    let entries: Vec<_> = reopened.iter_all_entries().collect();
    assert_eq!(entries.len(), 1, "the same entry, no new one");
    assert_eq!(entries[0].get_password(), Some(new_key.expose()));
    assert_eq!(std::fs::read(&key_file).unwrap(), key_file_bytes);
    let moved = workspace.destinations(new_id.as_str()).unwrap();
    assert_eq!(moved[0].key_file, key_file.display().to_string());
    sandbox.shutdown().await;
}
