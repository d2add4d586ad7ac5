//! Every hand-off is remembered as a destination (kind, path or vault/item, when), never
//! with the key: through the workspace, against the real sandbox and an in-memory vault.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::{Created, created_token, workspace_paths};

use scriptix_keys_core::SecretStore;
use scriptix_keys_core::export::ExportFormat;
use scriptix_keys_core::export::kdbx::KdbxKey;
use scriptix_keys_core::store::DestinationKind;

#[tokio::test]
async fn file_hand_offs_are_remembered_by_kind_path_and_variable_and_never_with_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let database = workspace_paths(dir.path()).database_file;
    let Created {
        sandbox,
        workspace,
        token,
        key,
        ..
    } = created_token(dir.path(), "billing worker", "batch").await;
    let id = token.id.as_str();
    assert!(workspace.destinations(id).unwrap().is_empty());

    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let env = out.join(".env");
    let csv = out.join("bitwarden.csv");
    workspace
        .export_key(
            id,
            ExportFormat::EnvFile,
            Some("BILLING_KEY"),
            Some(&env),
            || {},
        )
        .await
        .unwrap();
    workspace
        .export_key(id, ExportFormat::BitwardenCsv, None, Some(&csv), || {})
        .await
        .unwrap();
    // The clipboard is no destination, and a cancelled dialog records nothing.
    workspace
        .export_key(id, ExportFormat::KeepassxcCsv, None, None, || {})
        .await
        .unwrap();

    let places = workspace.destinations(id).unwrap();
    assert_eq!(places.len(), 2, "{places:?}");
    assert_eq!(places[0].kind, DestinationKind::BitwardenCsv);
    assert_eq!(places[0].location, csv.display().to_string());
    assert_eq!(places[0].variable, "");
    assert_eq!(places[1].kind, DestinationKind::EnvFile);
    assert_eq!(places[1].location, env.display().to_string());
    assert_eq!(places[1].variable, "BILLING_KEY");

    drop(workspace);
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(database.parent().unwrap()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            bytes.extend(std::fs::read(path).unwrap());
        }
    }
    let needle = key.expose().as_bytes();
    assert!(
        bytes
            .windows(b"bitwarden.csv".len())
            .any(|w| w == b"bitwarden.csv"),
        "the scan sees the destinations"
    );
    assert!(!bytes.windows(needle.len()).any(|w| w == needle));
    sandbox.shutdown().await;
}

#[tokio::test]
async fn a_keepass_entry_is_remembered_by_database_entry_and_group_and_audited() {
    use keepass::{Database, DatabaseKey};
    let dir = tempfile::tempdir().unwrap();
    let Created {
        sandbox,
        workspace,
        token,
        key,
        ..
    } = created_token(dir.path(), "kdbx worker", "realtime").await;
    let db_path = dir.path().join("team.kdbx");
    let mut db = Database::new();
    db.root_mut().add_group().name = "APIs".to_owned();
    let mut bytes = Vec::new();
    db.save(&mut bytes, DatabaseKey::new().with_password("pw"))
        .unwrap();
    std::fs::write(&db_path, &bytes).unwrap();

    let secret = |s: &str| KdbxKey::password(scriptix_keys_core::Secret::new(s.to_owned()));
    let groups = workspace
        .keepass_groups(db_path.clone(), secret("pw"))
        .await
        .unwrap();
    let apis = groups.iter().find(|g| g.path.ends_with("APIs")).unwrap();
    let wrong = workspace
        .export_to_keepass(
            token.id.as_str(),
            db_path.clone(),
            secret("nope"),
            apis.id.clone(),
        )
        .await
        .unwrap_err();
    assert_eq!(wrong.field(), Some("password"));
    assert_eq!(std::fs::read(&db_path).unwrap(), bytes, "unchanged");
    assert!(
        workspace
            .destinations(token.id.as_str())
            .unwrap()
            .is_empty()
    );

    workspace
        .export_to_keepass(
            token.id.as_str(),
            db_path.clone(),
            secret("pw"),
            apis.id.clone(),
        )
        .await
        .unwrap();
    let places = workspace.destinations(token.id.as_str()).unwrap();
    assert_eq!(places.len(), 1);
    assert_eq!(places[0].kind, DestinationKind::Keepass);
    assert_eq!(places[0].location, db_path.display().to_string());
    assert!(places[0].label.ends_with("APIs"), "{:?}", places[0]);
    let reopened = Database::open(
        &mut std::fs::File::open(&db_path).unwrap(),
        DatabaseKey::new().with_password("pw"),
    )
    .unwrap();
    let entry = reopened
        .iter_all_entries()
        .find(|e| e.id().uuid().to_string() == places[0].item)
        .expect("the remembered entry id is the written entry");
    assert_eq!(entry.get_password(), Some(key.expose()));
    assert_eq!(entry.get("Scriptix token type"), Some("realtime"));
    let audit = workspace
        .audit(&scriptix_keys_core::audit::AuditFilter::default())
        .unwrap();
    let text = serde_json::to_string(&audit.entries).unwrap();
    assert!(text.contains("export:keepassDatabase"), "{text}");
    assert!(!text.contains(key.expose()) && !text.contains("\"pw\""));
    sandbox.shutdown().await;
}

#[tokio::test]
async fn update_all_puts_the_new_key_into_the_env_line_and_the_keepass_entry_and_nothing_else() {
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
    } = created_token(dir.path(), "rotated worker", "batch").await;
    workspace.close_reveal();
    let id = token.id.as_str().to_owned();
    let old_key = memory.get(&format!("key:{profile}:{id}")).unwrap().unwrap();
    let env = dir.path().join("service.env");
    std::fs::write(&env, "BEFORE=1\nBILLING_KEY=placeholder\nAFTER=2\n").unwrap();
    workspace
        .export_key(
            &id,
            ExportFormat::EnvFile,
            Some("BILLING_KEY"),
            Some(&env),
            || {},
        )
        .await
        .unwrap();
    let csv = dir.path().join("import.csv");
    workspace
        .export_key(&id, ExportFormat::BitwardenCsv, None, Some(&csv), || {})
        .await
        .unwrap();
    let db_path = dir.path().join("team.kdbx");
    let mut db = Database::new();
    db.root_mut().add_group().name = "APIs".to_owned();
    let mut bytes = Vec::new();
    db.save(&mut bytes, DatabaseKey::new().with_password("pw"))
        .unwrap();
    std::fs::write(&db_path, &bytes).unwrap();
    let pw = || scriptix_keys_core::Secret::new("pw".to_owned());
    let groups = workspace
        .keepass_groups(db_path.clone(), KdbxKey::password(pw()))
        .await
        .unwrap();
    workspace
        .export_to_keepass(
            &id,
            db_path.clone(),
            KdbxKey::password(pw()),
            groups[1].id.clone(),
        )
        .await
        .unwrap();
    let csv_before = std::fs::read(&csv).unwrap();

    let planned = workspace
        .rotation_plan(std::slice::from_ref(&id), &RotationPlan::default())
        .await
        .unwrap();
    let rotation = planned[0].id.clone();
    workspace.rotation_advance(&rotation).await.unwrap();
    workspace.close_reveal();
    assert_eq!(workspace.rotation_destinations(&rotation).unwrap().len(), 3);
    let results = workspace
        .update_destinations(
            &rotation,
            vec![(db_path.display().to_string(), pw())],
            None,
            None,
        )
        .await
        .unwrap();
    let outcomes: Vec<UpdateOutcome> = results.iter().map(|r| r.outcome).collect();
    assert_eq!(
        outcomes
            .iter()
            .filter(|o| **o == UpdateOutcome::Updated)
            .count(),
        2,
        "{results:?}"
    );
    assert_eq!(
        outcomes
            .iter()
            .filter(|o| **o == UpdateOutcome::ByHand)
            .count(),
        1,
        "{results:?}"
    );
    let listed = workspace.refresh_tokens().await.unwrap();
    let new_id = listed
        .tokens
        .iter()
        .find(|t| t.name.starts_with("rotated worker (rotated"))
        .unwrap()
        .id
        .clone();
    let new_key = memory
        .get(&format!("key:{profile}:{new_id}"))
        .unwrap()
        .unwrap();
    assert_ne!(new_key.expose(), old_key.expose());
    assert_eq!(
        std::fs::read_to_string(&env).unwrap(),
        format!("BEFORE=1\nBILLING_KEY={}\nAFTER=2\n", new_key.expose()),
        "the same line, nothing else changed"
    );
    assert_eq!(
        std::fs::read(&csv).unwrap(),
        csv_before,
        "an import file is left alone"
    );
    let reopened = Database::open(
        &mut std::fs::File::open(&db_path).unwrap(),
        DatabaseKey::new().with_password("pw"),
    )
    .unwrap();
    let entries: Vec<_> = reopened.iter_all_entries().collect();
    assert_eq!(entries.len(), 1, "the same entry, no new one");
    assert_eq!(entries[0].get_password(), Some(new_key.expose()));
    // The new token now has the updated places as its destinations.
    assert_eq!(workspace.destinations(new_id.as_str()).unwrap().len(), 2);
    sandbox.shutdown().await;
}
