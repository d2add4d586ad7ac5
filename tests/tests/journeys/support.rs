//! Shared steps of the journeys: creating through the dialog, finding rows, waiting on the
//! clipboard, the reveal, the keyring lock, and direct sandbox calls for set-up and checks.

mod keyring;
mod server;

use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, AppDirs, clipboard_text, start_sandbox};
use scriptix_sandbox::SandboxHandle;
use scriptix_sandbox::demo;
use thirtyfour::prelude::*;

pub(crate) use keyring::{dismiss_unlock_prompt, lock_the_keyring, unlock_the_keyring};
pub(crate) use server::{
    delete_on_server, fill_to_the_limit, login, made_elsewhere, server_ids, server_token_names,
    server_tokens, token_id,
};

/// A seeded sandbox and an install (`dirs`) signed in to it, showing the seeded tokens.
pub(crate) struct Signed {
    pub(crate) sandbox: SandboxHandle,
    pub(crate) dirs: AppDirs,
    pub(crate) app: App,
    /// The sandbox's database folder, kept for the whole journey.
    pub(crate) server_dir: tempfile::TempDir,
}

/// Starts a seeded sandbox, signs `dirs` in to it as `email` through the UI and waits for
/// the seeded list.
pub(crate) async fn signed_in_to_sandbox(email: &str, dirs: AppDirs) -> Signed {
    signed_in_to_sandbox_with(email, dirs, &[]).await
}

/// [`signed_in_to_sandbox`], with extra environment variables for the app.
pub(crate) async fn signed_in_to_sandbox_with(
    email: &str,
    dirs: AppDirs,
    env: &[(&str, &str)],
) -> Signed {
    let server_dir = tempfile::tempdir().expect("temp dir");
    let sandbox = start_sandbox(server_dir.path()).await;
    let app = super::signed_in_with(&dirs, sandbox.url(), email, env).await;
    wait_row_count(&app, demo::SEEDED_TOKENS.len()).await;
    Signed {
        sandbox,
        dirs,
        app,
        server_dir,
    }
}

/// A profiles file with no profile yet but a short clipboard delay, so the journey can watch
/// the clipboard being cleared.
pub(crate) fn dirs_with_clipboard_delay(seconds: u32) -> AppDirs {
    let dirs = AppDirs::new();
    dirs.write_profiles(
        serde_json::json!({ "profiles": [], "settings": { "clipboardClearSeconds": seconds } }),
    );
    dirs
}

/// Opens the create dialog, fills it and submits.
pub(crate) async fn create(app: &App, name: &str, token_type: &str, years: u32) {
    app.click("new-token").await;
    app.id("create-dialog").await;
    app.type_into("create-name", name).await;
    app.click(&format!("create-type-{token_type}")).await;
    app.click(&format!("create-expiry-{years}")).await;
    app.click("create-submit").await;
}

/// The id of the row named `name`, waiting for it to appear.
pub(crate) async fn row_id(app: &App, name: &str) -> String {
    let started = Instant::now();
    let script = r#"const row = [...document.querySelectorAll('[data-testid="token-row"]')]
        .find(r => r.querySelector('[data-testid="token-name"] .token-name').textContent.trim() === arguments[0]);
        return row ? row.dataset.tokenId : null;"#;
    loop {
        let found = app
            .driver
            .execute(script, vec![serde_json::json!(name)])
            .await
            .expect("script");
        if let Some(id) = found.json().as_str() {
            return id.to_owned();
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no row named {name}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub(crate) async fn row_count(app: &App) -> usize {
    app.driver
        .find_all(By::Css("[data-testid=\"token-row\"]"))
        .await
        .expect("rows")
        .len()
}

pub(crate) async fn wait_row_count(app: &App, count: usize) {
    let started = Instant::now();
    while row_count(app).await != count {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "expected {count} rows, see {}",
            row_count(app).await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub(crate) async fn wait_clipboard(expected: &str) {
    let started = Instant::now();
    while clipboard_text() != expected {
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "clipboard never became {expected:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The whole key a reveal shows in `testid` (`reveal-key`, `rotation-reveal-key`), once shown.
pub(crate) async fn shown_key(app: &App, testid: &str) -> String {
    let key = app
        .id(testid)
        .await
        .text()
        .await
        .expect("key text")
        .trim()
        .to_owned();
    assert!(
        key.starts_with("sk_live_") && key.len() == 48,
        "{testid} shows no whole key: {} chars",
        key.len()
    );
    key
}

/// Reads the revealed key, checks Esc does not close the dialog, copies, closes.
pub(crate) async fn reveal_copy_and_close(app: &App) -> String {
    let key = shown_key(app, "reveal-key").await;
    app.id("reveal-vault-note").await;
    app.id("reveal-key")
        .await
        .send_keys(Key::Escape)
        .await
        .expect("Esc");
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(
        app.id("reveal-dialog")
            .await
            .is_displayed()
            .await
            .expect("displayed"),
        "Esc must not close the reveal"
    );
    app.click("reveal-copy").await;
    wait_clipboard(&key).await;
    app.click("reveal-close").await;
    app.wait_gone("[data-testid=\"reveal-dialog\"]").await;
    assert!(
        app.driver
            .find_all(By::Css("[data-testid=\"reveal-key\"]"))
            .await
            .unwrap()
            .is_empty(),
        "key left the DOM"
    );
    key
}

/// Calls an app command the way the window does (`window.__TAURI_INTERNALS__.invoke`), for
/// set-up and for reading state; what the user sees is asserted through the DOM.
pub(crate) async fn invoke(
    app: &App,
    command: &str,
    args: serde_json::Value,
) -> Result<serde_json::Value, serde_json::Value> {
    let script = r#"const done = arguments[arguments.length - 1];
        window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
          .then(ok => done({ ok: ok === undefined ? null : ok }), err => done({ err }));"#;
    let reply = app
        .driver
        .execute_async(script, vec![serde_json::json!(command), args])
        .await
        .expect("invoke script");
    let reply = reply.json().clone();
    match reply.get("err") {
        Some(err) => Err(err.clone()),
        None => Ok(reply["ok"].clone()),
    }
}

/// Opens the menu of the row with this token id; returns the row (its menu items are
/// found inside it).
pub(crate) async fn open_row_menu(app: &App, id: &str) -> WebElement {
    let css = format!("[data-testid=\"token-row\"][data-token-id=\"{id}\"]");
    // The list may re-render right after it loads (badges from the rotation journal):
    // find the row again if the one found went stale.
    for _ in 0..5 {
        let row = app.wait_for(&css).await;
        let clicked = match row.find(By::Css("[data-testid=\"row-menu\"]")).await {
            Ok(menu) => menu.click().await.is_ok(),
            Err(_) => false,
        };
        if clicked {
            return row;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("could not open the menu of row {id}");
}

/// Opens a row's menu and clicks its action `testid`, opening the menu again when the row
/// was re-rendered in between (the cached list is painted first, then the refreshed one).
pub(crate) async fn click_row_action(app: &App, id: &str, testid: &str) {
    let started = std::time::Instant::now();
    loop {
        let row = open_row_menu(app, id).await;
        if let Ok(action) = row
            .find(By::Css(format!("[data-testid=\"{testid}\"]")))
            .await
            && action.click().await.is_ok()
        {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "{testid} in the menu of row {id}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Clicks the element with `testid` inside `scope`.
pub(crate) async fn click_in(scope: &WebElement, testid: &str) {
    scope
        .find(By::Css(format!("[data-testid=\"{testid}\"]")))
        .await
        .unwrap_or_else(|_| panic!("{testid} in scope"))
        .click()
        .await
        .expect("click");
}

/// Clicks the first element matching `css`, finding it again if a re-render made the one
/// found stale (views re-render when fresh data arrives).
pub(crate) async fn click_css(app: &App, css: &str) {
    for _ in 0..5 {
        if app.wait_for(css).await.click().await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("could not click {css}");
}

/// [`signed_in_to_sandbox`] with the app's schedule clock under the test's control.
pub(crate) async fn signed_in_with_clock(email: &str) -> (Signed, TestClock) {
    let clock = TestClock::new();
    let path = clock.path();
    let signed = signed_in_to_sandbox_with(
        email,
        AppDirs::new(),
        &[("SCRIPTIX_KEYS_TEST_CLOCK_FILE", &path)],
    )
    .await;
    (signed, clock)
}

/// The app's test clock: a file of seconds the app adds to "now".
pub(crate) struct TestClock {
    dir: tempfile::TempDir,
}

impl TestClock {
    pub(crate) fn new() -> Self {
        let clock = Self {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        clock.set_days(0.0);
        clock
    }

    pub(crate) fn path(&self) -> String {
        self.dir.path().join("offset").display().to_string()
    }

    /// Moves the app's "now" to `days` days from the real now.
    pub(crate) fn set_days(&self, days: f64) {
        #[allow(clippy::cast_possible_truncation)]
        let seconds = (days * 86_400.0) as i64;
        std::fs::write(self.path(), seconds.to_string()).expect("write offset");
    }
}

/// Waits until the first element matching `css` has a text that passes `test`, finding it
/// again on every try (a re-render leaves no stale element behind); returns the text.
pub(crate) async fn wait_css_text(app: &App, css: &str, test: impl Fn(&str) -> bool) -> String {
    let started = Instant::now();
    loop {
        let text = match app.driver.find(By::Css(css)).await {
            Ok(element) => element.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if test(&text) {
            return text;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "timed out waiting for the text of {css}; last text: {text:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Chooses `testid` (activity-open, settings-open, shortcuts-open, sign-out) in the header's
/// account menu, opening the menu first. The item is activated as a click on that element
/// itself: on a loaded machine a pointer click at its centre once landed on the neighbouring
/// item while the menu was still being placed.
pub(crate) async fn account_action(app: &App, testid: &str) {
    let started = Instant::now();
    loop {
        app.click("account-menu").await;
        if let Ok(item) = app
            .driver
            .find(By::Css(format!("[data-testid=\"{testid}\"]")))
            .await
            && item.is_displayed().await.unwrap_or(false)
            && app
                .driver
                .execute(
                    "arguments[0].click();",
                    vec![item.to_json().expect("element")],
                )
                .await
                .is_ok()
        {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "{testid} in the account menu"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The strings a page script returns (an empty list when it returns anything else).
pub(crate) async fn script_strings(app: &App, script: &str) -> Vec<String> {
    let value = app
        .driver
        .execute(script, Vec::new())
        .await
        .expect("page script");
    serde_json::from_value(value.json().clone()).unwrap_or_default()
}

/// Polls `test` every 200 ms until it holds; fails after 20 s saying `what` did not happen.
pub(crate) async fn wait_until(what: &str, mut test: impl AsyncFnMut() -> bool) {
    let started = Instant::now();
    while !test().await {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "timed out: {what}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Chooses "now" (emergency) as the rotation plan's grace period and waits until the plan
/// shows its emergency note. Clicks once more if the note has not come after 2 s: WebKitGTK
/// can lose a click to a re-layout of the dialog that is still opening (see the submit
/// button's mousedown in rotation-plan.js), and a plan left on its default grace reads
/// "…will be deleted automatically", which a test waiting for "deleted" would take as done.
pub(crate) async fn choose_rotate_now(app: &App) {
    for _ in 0..2 {
        app.click("rotation-grace-now").await;
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(2) {
            let note = app.id("rotation-emergency-note").await;
            if note.is_displayed().await.unwrap_or(false) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    panic!("the rotation plan did not take \"now\" as its grace period");
}
