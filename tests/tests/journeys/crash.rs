//! The crash test: a rotation is killed (SIGKILL) right after each step of its journal, the
//! app is started again, resumes it, and the invariants hold against the sandbox and the
//! real vault: never two replacements, the old token never deleted before the new key is
//! in the vault, and no token left whose key is nowhere.
//!
//! The app halts at a crash point only when `SCRIPTIX_KEYS_TEST_HALT_AT` names one: it then
//! writes its process id to `SCRIPTIX_KEYS_TEST_HALT_FILE` and blocks, and this test kills it.

use std::path::Path;
use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, key_check_status, secret_tool_lookup};
use scriptix_sandbox::demo;

use super::profile_id;
use super::support::{
    Signed, click_css, dirs_with_clipboard_delay, invoke, row_id, server_tokens,
    signed_in_to_sandbox, token_id,
};

/// The journal steps, in the order a rotation passes them (`CrashPoint::code`).
const CRASH_POINTS: [&str; 7] = [
    "afterCreateIntent",
    "afterCreateResponse",
    "afterStoreKeyIntent",
    "afterVaultWrite",
    "afterKeyStored",
    "afterDeleteIntent",
    "afterDeleteResponse",
];

#[tokio::test(flavor = "multi_thread")]
async fn a_rotation_killed_after_any_journal_step_resumes_without_losing_a_key() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::ADMIN_EMAIL, dirs_with_clipboard_delay(30)).await;
    app.quit().await;
    let profile = profile_id(&dirs);
    let marker_dir = tempfile::tempdir().expect("temp dir");
    let mut covered = 0;
    let mut lost_keys = 0;
    for (point, seeded) in CRASH_POINTS.iter().zip(demo::SEEDED_TOKENS.iter()) {
        eprintln!("crash point {point}");
        let marker = marker_dir.path().join(format!("{point}.pid"));
        let marker_env = marker.display().to_string();
        let app = App::launch_with(
            &dirs,
            &[
                ("SCRIPTIX_KEYS_TEST_HALT_AT", point),
                ("SCRIPTIX_KEYS_TEST_HALT_FILE", &marker_env),
            ],
        )
        .await;
        app.wait_screen("main").await;
        let old_id = row_id(&app, seeded.name).await;

        // An emergency rotation passes every step in one go (the old token is deleted as
        // soon as the new key is safe); the app blocks at the crash point.
        let script = r#"const invoke = window.__TAURI_INTERNALS__.invoke;
            invoke('rotation_plan', { tokenIds: [arguments[0]],
                plan: { newName: null, years: 1, grace: { kind: 'now' }, autoDelete: false } })
              .then(planned => invoke('rotation_advance', { id: planned[0].id }));"#;
        app.driver
            .execute(script, vec![serde_json::json!(old_id)])
            .await
            .expect("start the rotation");
        let pid = wait_for_marker(&marker).await;
        let killed = std::process::Command::new("kill")
            .args(["-KILL", &pid])
            .status()
            .expect("kill");
        assert!(killed.success(), "SIGKILL the app at {point}");
        let _ = tokio::time::timeout(Duration::from_secs(10), app.quit()).await;

        // Right after the crash: the old token may only be gone if the new key is stored.
        let (old_alive, replacements) = state_on_server(sandbox.url(), &old_id, seeded.name).await;
        if !old_alive {
            assert!(
                replacements
                    .iter()
                    .any(|id| secret_tool_lookup(&format!("key:{profile}:{id}")).is_some()),
                "{point}: the old token was deleted before the new key was in the vault"
            );
        }
        assert!(replacements.len() <= 1, "{point}: two replacements");

        // Restart: the app resumes the rotation on its own.
        let app = App::launch(&dirs).await;
        app.wait_screen("main").await;
        app.wait_text("resumed-banner-text", |t| t.contains("Resumed"))
            .await;
        let rotation = wait_rotation_settled(&app, &old_id).await;
        let rotation = if rotation["state"] == "needsAttention" {
            // The process died holding the only copy of the new key: the app says so, and
            // "Replace" in the expiry centre deletes that replacement and reveals a new key
            // (the old token still works meanwhile).
            lost_keys += 1;
            assert!(
                rotation["needsAttention"]
                    .as_str()
                    .is_some_and(|t| t.contains("key was lost")),
                "{point}: {rotation}"
            );
            app.click("expiry-open").await;
            app.wait_text("expiry-rotation-attention", |t| t.contains("key was lost"))
                .await;
            click_css(
                &app,
                "[data-testid=\"expiry-rotation\"][data-state=\"needsAttention\"] [data-testid=\"expiry-retry\"]",
            )
            .await;
            let key = app.id("rotation-reveal-key").await.text().await.unwrap();
            assert!(
                key.trim().starts_with("sk_live_"),
                "{point}: a new key is shown"
            );
            app.click("rotation-continue").await;
            app.click("rotation-done").await;
            wait_rotation_settled(&app, &old_id).await
        } else {
            rotation
        };
        assert_eq!(rotation["state"], "done", "{point}: {rotation}");

        // After the resume: exactly one replacement, its key in the vault and working, and
        // the old token gone.
        let (old_alive, replacements) = state_on_server(sandbox.url(), &old_id, seeded.name).await;
        assert!(
            !old_alive,
            "{point}: the old token survived an emergency rotation"
        );
        assert_eq!(
            replacements.len(),
            1,
            "{point}: replacements {replacements:?}"
        );
        let new_id = &replacements[0];
        assert_eq!(rotation["newTokenId"].as_str(), Some(new_id.as_str()));
        let key = secret_tool_lookup(&format!("key:{profile}:{new_id}"))
            .unwrap_or_else(|| panic!("{point}: the new key is not in the vault"));
        assert_eq!(
            key_check_status(sandbox.url(), &key, seeded.token_type.as_str()).await,
            200,
            "{point}: the stored key works"
        );
        app.quit().await;
        covered += 1;
    }
    println!(
        "crash points covered: {covered}/{}; replacements whose key died with the process (detected and replaced): {lost_keys}; tokens left without a key: 0",
        CRASH_POINTS.len()
    );
    assert_eq!(covered, CRASH_POINTS.len());
}

pub(super) async fn wait_for_marker(marker: &Path) -> String {
    let started = Instant::now();
    loop {
        if let Ok(pid) = std::fs::read_to_string(marker)
            && !pid.trim().is_empty()
        {
            return pid.trim().to_owned();
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the app never reached {}",
            marker.display()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Whether the old token still exists, and the ids of its replacements, on the server.
async fn state_on_server(base_url: &str, old_id: &str, old_name: &str) -> (bool, Vec<String>) {
    let prefix = format!("{old_name} (rotated ");
    let tokens = server_tokens(base_url).await;
    let old_alive = tokens.iter().any(|t| token_id(t) == old_id);
    let replacements = tokens
        .iter()
        .filter(|t| t["name"].as_str().is_some_and(|n| n.starts_with(&prefix)))
        .map(token_id)
        .collect();
    (old_alive, replacements)
}

/// Polls the journal until the rotation of `old_id` is done or needs the user.
async fn wait_rotation_settled(app: &App, old_id: &str) -> serde_json::Value {
    let started = Instant::now();
    loop {
        let list = invoke(app, "rotations_list", serde_json::json!({}))
            .await
            .expect("rotations_list");
        let found = list["rotations"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|r| r["oldTokenId"].as_str() == Some(old_id))
            .cloned();
        if let Some(r) = found
            && matches!(r["state"].as_str(), Some("done" | "needsAttention"))
        {
            return r;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the rotation of {old_id} never settled"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
