//! The create crash test: a plain create is killed (SIGKILL) at a create halt point, the
//! app is started again and says what became of it — the token exists but its key never
//! reached this device ("Delete it" removes it on the sandbox and nothing is left in the
//! vault or the list), or the token was not created.
//!
//! Halting works as in `crash.rs`: `SCRIPTIX_KEYS_TEST_HALT_AT` names a create point
//! (`createAfterIntent`, `createAfterResponse`, `createBeforeVault`), the app writes its
//! process id to `SCRIPTIX_KEYS_TEST_HALT_FILE` and blocks there.

use std::path::Path;

use scriptix_keys_e2e::{App, AppDirs, secret_tool_lookup};
use scriptix_sandbox::demo;

use super::crash::wait_for_marker;
use super::profile_id;
use super::support::{
    Signed, create, dirs_with_clipboard_delay, server_tokens, signed_in_to_sandbox, token_id,
    wait_row_count,
};

/// Starts the app halting at `point`, creates `name` through the dialog and kills the app
/// (SIGKILL) where it halted.
async fn create_killed_at(dirs: &AppDirs, point: &str, name: &str, marker_dir: &Path) {
    let marker = marker_dir.join(format!("{point}.pid"));
    let marker_env = marker.display().to_string();
    let app = App::launch_with(
        dirs,
        &[
            ("SCRIPTIX_KEYS_TEST_HALT_AT", point),
            ("SCRIPTIX_KEYS_TEST_HALT_FILE", &marker_env),
        ],
    )
    .await;
    app.wait_screen("main").await;
    wait_row_count(&app, demo::SEEDED_TOKENS.len()).await;
    create(&app, name, "batch", 1).await;
    let pid = wait_for_marker(&marker).await;
    let killed = std::process::Command::new("kill")
        .args(["-KILL", &pid])
        .status()
        .expect("kill");
    assert!(killed.success(), "SIGKILL the app at {point}");
    let _ = tokio::time::timeout(std::time::Duration::from_secs(10), app.quit()).await;
}

async fn ids_named(base_url: &str, name: &str) -> Vec<String> {
    server_tokens(base_url)
        .await
        .iter()
        .filter(|t| t["name"].as_str() == Some(name))
        .map(token_id)
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_create_killed_after_the_answer_is_named_at_the_next_start_and_delete_it_removes_the_token()
 {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::ADMIN_EMAIL, dirs_with_clipboard_delay(30)).await;
    app.quit().await;
    let profile = profile_id(&dirs);
    let marker_dir = tempfile::tempdir().expect("temp dir");
    // Before the answer was recorded (found by the before-ids, name and time), and after
    // (found by its recorded id).
    for (point, name) in [
        ("createAfterResponse", "Killed after the answer"),
        ("createBeforeVault", "Killed before the vault"),
    ] {
        eprintln!("create crash point {point}");
        create_killed_at(&dirs, point, name, marker_dir.path()).await;
        let made = ids_named(sandbox.url(), name).await;
        assert_eq!(made.len(), 1, "{point}: Scriptix created the token");
        assert!(
            secret_tool_lookup(&format!("key:{profile}:{}", made[0])).is_none(),
            "{point}: the key never reached the vault"
        );

        eprintln!("{point}: restart after the kill");
        let app = App::launch(&dirs).await;
        app.wait_screen("main").await;
        let text = app
            .wait_text("interrupted-create-text", |t| t.contains(name))
            .await;
        assert_eq!(
            text,
            format!(
                "Scriptix Keys was interrupted while creating “{name}”. The token exists but its key never reached this device — delete it?"
            ),
            "{point}"
        );
        wait_row_count(&app, demo::SEEDED_TOKENS.len() + 1).await;
        app.screenshot(&format!("interrupted-create-{point}")).await;
        app.click("interrupted-create-delete").await;
        app.wait_text("interrupted-create-text", |t| t.starts_with("Deleted"))
            .await;
        app.screenshot(&format!("interrupted-create-{point}-deleted"))
            .await;
        wait_row_count(&app, demo::SEEDED_TOKENS.len()).await;
        assert!(
            ids_named(sandbox.url(), name).await.is_empty(),
            "{point}: deleted on the sandbox"
        );
        assert!(
            secret_tool_lookup(&format!("key:{profile}:{}", made[0])).is_none(),
            "{point}: nothing in the vault"
        );
        app.quit().await;
    }
    // Answered once: the next start says nothing more.
    let app = App::launch(&dirs).await;
    app.wait_screen("main").await;
    wait_row_count(&app, demo::SEEDED_TOKENS.len()).await;
    app.wait_for("[data-testid=\"expiry-open\"]").await;
    let banners = app
        .driver
        .find_all(thirtyfour::By::Css("[data-testid=\"interrupted-create\"]"))
        .await
        .expect("banners");
    assert!(banners.is_empty(), "asked again");
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_create_killed_before_the_request_says_at_the_next_start_that_nothing_was_created() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::ADMIN_EMAIL, dirs_with_clipboard_delay(30)).await;
    app.quit().await;
    let marker_dir = tempfile::tempdir().expect("temp dir");
    let name = "Killed before sending";
    create_killed_at(&dirs, "createAfterIntent", name, marker_dir.path()).await;
    assert!(ids_named(sandbox.url(), name).await.is_empty());

    let app = App::launch(&dirs).await;
    app.wait_screen("main").await;
    let text = app
        .wait_text("interrupted-create-text", |t| t.contains(name))
        .await;
    assert_eq!(
        text,
        format!(
            "Scriptix Keys was interrupted while creating “{name}”. The token was not created; nothing changed on Scriptix."
        )
    );
    app.screenshot("interrupted-create-not-created").await;
    assert!(
        app.driver
            .find_all(thirtyfour::By::Css(
                "[data-testid=\"interrupted-create-delete\"]"
            ))
            .await
            .expect("buttons")
            .is_empty(),
        "nothing to delete"
    );
    wait_row_count(&app, demo::SEEDED_TOKENS.len()).await;
    app.click("interrupted-create-dismiss").await;
    app.wait_gone("[data-testid=\"interrupted-create\"]").await;
    app.quit().await;
}
