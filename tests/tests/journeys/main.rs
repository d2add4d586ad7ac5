//! Journeys through the real app window: tauri-driver + WebKitWebDriver drive the built
//! app against an in-process sandbox, with the real Secret Service of the test session.
//! Run by `scripts/test` (one at a time: `--test-threads=1`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

mod a11y;
mod attach;
mod bitwarden;
mod calendar;
mod columns;
mod crash;
mod crash_create;
mod docs;
mod expiry_panel;
mod first_frame;
mod fonts;
mod guards;
mod handoff;
mod instance;
mod keepass;
mod keepass_key_file;
mod keyboard;
mod keycheck;
mod language;
mod lifecycle;
mod list;
mod menu_placement;
mod mono_font;
mod offline;
mod onboarding;
mod onepassword_update;
mod origin;
mod painting;
mod profiles;
mod pseudo_locale;
mod reminders;
mod resume_key;
mod rotation;
mod screen_reader;
mod signin;
mod support;
mod tray;
mod updates;
mod usage;

use scriptix_keys_e2e::{App, AppDirs, scan_for_secrets, secret_tool_lookup};
use scriptix_sandbox::demo;

/// Fills and submits the password form.
async fn submit_password(app: &App, email: &str, password: &str) {
    app.type_into("signin-email", email).await;
    app.type_into("signin-password", password).await;
    app.click("signin-submit").await;
}

/// A fresh install signed in to `base_url` as `email` (demo password), on the main screen.
async fn signed_in(dirs: &AppDirs, base_url: &str, email: &str) -> App {
    signed_in_with(dirs, base_url, email, &[]).await
}

/// [`signed_in`], with extra environment variables for the app (test clock, …).
async fn signed_in_with(dirs: &AppDirs, base_url: &str, email: &str, env: &[(&str, &str)]) -> App {
    let app = App::launch_with(dirs, env).await;
    app.sign_in_new_account(base_url, email, demo::PASSWORD)
        .await;
    app.wait_screen("main").await;
    app
}

/// The id of the only (or first) profile in the app's profiles file.
fn profile_id(dirs: &AppDirs) -> String {
    let text =
        std::fs::read_to_string(dirs.config_dir().join("profiles.json")).expect("profiles.json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("profiles json");
    json["profiles"][0]["id"]
        .as_str()
        .expect("profile id")
        .to_owned()
}

/// Asserts that none of `secrets` appears in any file the app wrote (config, data with the
/// SQLite files and WebKit storage, cache, state/logs).
fn assert_no_secrets_on_disk(dirs: &AppDirs, secrets: &[String]) {
    let hits = scan_for_secrets(&dirs.root, secrets);
    assert!(hits.is_empty(), "secrets found on disk: {hits:?}");
}

/// The session token the vault holds for the profile (read as any local program could).
fn vault_session(dirs: &AppDirs) -> Option<String> {
    secret_tool_lookup(&format!("session:{}", profile_id(dirs)))
}
