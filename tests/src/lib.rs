//! Harness for the end-to-end journeys: launches the real app binary through tauri-driver
//! (which drives WebKitWebDriver), each run with its own config/data dirs, and gives tests
//! small helpers to find elements by `data-testid`, wait for text, read the vault with
//! `secret-tool`, and scan the app's files for secrets.
//!
//! It expects what `scripts/test` sets up: a built debug app, `tauri-driver` on PATH, an
//! X display, a D-Bus session with an unlocked gnome-keyring. It never touches a real
//! user's vault entries: the app runs with the test vault service name.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

mod app;
mod axe;
mod desktop;
mod files;
mod notifications;
mod process;
mod screen_reader;

pub use app::{App, app_binary};
pub use axe::screens_scanned;
pub use desktop::{
    answer_native_dialog, answer_open_dialog, answer_save_dialog, clipboard_put, clipboard_text,
    request_window_close, window_shown,
};
pub use files::{AppDirs, files_under, scan_for_secrets, secret_tool_lookup};
pub use notifications::{NotificationDaemon, Shown};
pub use process::{app_running, web_process_threads};
pub use screen_reader::{A11Y_ENV, ScreenReader};

/// The e2e package folder, read when the tests run (cargo sets it), so a build reused from
/// another checkout of the same workspace still points at this one.
pub fn package_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

/// The vault service name the app uses in tests (never the real app identifier).
pub const TEST_VAULT_SERVICE: &str = "io.scriptix.keys.e2e";

/// The app identifier (names the config and data folders).
pub const APP_IDENTIFIER: &str = "io.scriptix.keys";

/// The current TOTP code for a base32 secret (RFC 6238, SHA-1, 6 digits, 30 s).
pub fn totp_now(secret_base32: &str) -> String {
    let secret = totp_rs::Secret::Encoded(secret_base32.to_owned())
        .to_bytes()
        .expect("base32 secret");
    let totp = totp_rs::TOTP::new_unchecked(totp_rs::Algorithm::SHA1, 6, 1, 30, secret);
    totp.generate_current().expect("system clock")
}

/// Starts a seeded sandbox on loopback with a database in `dir`.
pub async fn start_sandbox(dir: &std::path::Path) -> scriptix_sandbox::SandboxHandle {
    let mut config = scriptix_sandbox::Config::new(dir.join("sandbox.sqlite3"));
    config.seed = Some(scriptix_sandbox::Seed::Demo);
    config.rate_limit_per_minute = 1_000;
    scriptix_sandbox::Sandbox::start(config)
        .await
        .expect("sandbox starts")
}

/// What a Scriptix key check says about `key` (HTTP status): 200 valid, 401 revoked or
/// unknown. Batch keys use the batch route, realtime keys the realtime one.
pub async fn key_check_status(base_url: &str, key: &str, token_type: &str) -> u16 {
    let path = if token_type == "realtime" {
        "/api/v4/realtime/status"
    } else {
        "/api/v3/speech-to-text/session?offset=0&limit=1"
    };
    let response = reqwest::Client::new()
        .get(format!("{base_url}{path}"))
        .bearer_auth(key)
        .send()
        .await
        .expect("the sandbox answers");
    response.status().as_u16()
}
