//! A good desktop citizen: with "Keep running in the tray" on, closing the window leaves the
//! app running and its reminders coming; the tray menu's Open shows the window on the expiry
//! centre, and a click on a reminder opens it on that token; Lock closes the key panel and
//! clears our key from the clipboard; Quit ends the app (and our key leaves the clipboard); "Start with the session"
//! writes and removes the XDG autostart entry.
//!
//! The tray menu is chosen through the `test-hooks` hook (`perf_mark("tray-<item>")`), which
//! calls the menu's own handler: the test display has no StatusNotifier host to click in.
//! Needs the app built with its test hooks (`scripts/test` does).

use std::path::Path;
use std::time::{Duration, Instant};

use scriptix_keys_e2e::{
    AppDirs, NotificationDaemon, Shown, app_running, clipboard_text, request_window_close,
    window_shown,
};
use scriptix_sandbox::demo;

use super::support::{
    Signed, TestClock, click_row_action, create, row_id, shown_key, signed_in_to_sandbox_with,
    wait_clipboard,
};

/// The main window's title (with " (N)" when something needs attention).
const TITLE: &str = "Scriptix Keys";

/// The expiry reminders shown so far (not the once-only tray explanation, which an app of
/// an earlier journey on the same test bus may still send while it exits).
fn reminders(daemon: &NotificationDaemon) -> Vec<Shown> {
    daemon
        .shown()
        .into_iter()
        .filter(|n| !n.summary.contains("reminders stop while"))
        // The seeded stories' usage hints (usage.rs) are not expiry reminders.
        .filter(|n| {
            ![
                "A key was used from a new address",
                "Unusual number of requests",
                "Something still uses a dead key",
                "A key being retired is still in use",
            ]
            .contains(&n.summary.as_str())
        })
        .collect()
}

async fn wait_for_count(daemon: &NotificationDaemon, count: usize) -> Vec<Shown> {
    let started = Instant::now();
    loop {
        let shown = reminders(daemon);
        if shown.len() >= count {
            return shown;
        }
        assert!(
            started.elapsed() < Duration::from_secs(40),
            "expected {count} notifications, got {shown:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Waits (up to 40 s) until `done` holds.
async fn wait_until(what: &str, done: impl Fn() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < Duration::from_secs(40), "{what}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Presses the window manager's close button until the window is gone (a close message is
/// now and then lost under WebKitWebDriver; a user presses again).
async fn close_the_window() {
    for _ in 0..5 {
        request_window_close(TITLE);
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(3) {
            if !window_shown(TITLE) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    panic!("the window never closed");
}

/// Chooses a tray menu item through the test hook (the menu's own handler), the way the
/// window calls a command. Quit may end the app before the call answers.
async fn choose_in_tray(app: &scriptix_keys_e2e::App, item: &str) {
    let script = r#"const done = arguments[arguments.length - 1];
        window.__TAURI_INTERNALS__.invoke('perf_mark', { label: arguments[0], epochMs: 1.0 })
          .then(() => done('ok'), (err) => done(JSON.stringify(err)));"#;
    let label = format!("tray-{item}");
    let answer = tokio::time::timeout(
        Duration::from_secs(10),
        app.driver
            .execute_async(script, vec![serde_json::json!(label)]),
    )
    .await;
    if item != "quit" {
        let answer = answer
            .expect("the tray hook answers")
            .expect("the call runs");
        assert_eq!(
            answer.json(),
            &serde_json::json!("ok"),
            "the tray hook is built in"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn with_keep_in_tray_on_closing_the_window_keeps_reminders_coming_open_shows_the_expiry_centre_and_quit_ends_the_app()
 {
    let daemon = NotificationDaemon::start().await;
    let clock = TestClock::new();
    let clock_file = clock.path();
    let Signed {
        app,
        sandbox,
        dirs,
        server_dir: _server_dir,
    } = signed_in_to_sandbox_with(
        demo::DEV_EMAIL,
        AppDirs::new(),
        &[
            ("SCRIPTIX_KEYS_TEST_CLOCK_FILE", &clock_file),
            ("SCRIPTIX_KEYS_TEST_CHECK_SECONDS", "2"),
        ],
    )
    .await;
    // The seeded list's six reminders (reminders.rs says which).
    wait_for_count(&daemon, 6).await;

    // Settings: keep running in the tray.
    super::support::account_action(&app, "settings-open").await;
    app.click("settings-keep-in-tray").await;
    app.wait_text("settings-status", |t| t == "Saved").await;
    app.screenshot("settings-background").await;
    let saved = std::fs::read_to_string(dirs.config_dir().join("profiles.json")).unwrap();
    assert!(saved.contains("\"keepInTray\": true"), "{saved}");
    app.click("settings-close").await;

    // Closing the window hides it; the app runs on.
    close_the_window().await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(app_running(&dirs), "the app still runs in the tray");
    assert!(!window_shown(TITLE), "the window stays hidden");

    // Four days later a reminder comes due: it arrives with the window closed.
    clock.set_days(4.0);
    let shown = wait_for_count(&daemon, 9).await;
    let new: Vec<_> = shown[6..].iter().map(|n| n.body.as_str()).collect();
    assert!(
        new.iter()
            .any(|b| b.contains("Nightly batch export") && b.contains("expires in 1 day")),
        "{new:?}"
    );
    assert!(
        new.iter()
            .all(|b| b.ends_with("Open Scriptix Keys and choose Attention to see it.")),
        "each says where to look: {new:?}"
    );
    assert!(
        !window_shown(TITLE),
        "a reminder does not pop the window up"
    );

    // Clicking that reminder opens the window on its token in the expiry centre.
    let nightly = shown
        .iter()
        .skip(6)
        .find(|n| n.body.contains("Nightly batch export"))
        .expect("the reminder about Nightly batch export");
    assert!(
        nightly.actions.iter().any(|a| a == "default"),
        "a click is asked to be reported: {nightly:?}"
    );
    daemon.click(nightly.id).await;
    wait_until("the window is shown on the click", || window_shown(TITLE)).await;
    app.id("expiry-centre").await;
    // The marked entry is the clicked reminder's token (matched by id: the entry's name may be
    // cut with an ellipsis, which WebKitWebDriver reads as hidden text).
    let nightly_id = row_id(&app, "Nightly batch export").await;
    app.wait_for(&format!(
        "[data-testid=\"expiry-centre\"] [data-testid=\"expiry-token\"][aria-current=\"true\"][data-token-id=\"{nightly_id}\"]"
    ))
    .await;
    assert_eq!(
        app.driver
            .find_all(thirtyfour::By::Css(
                "[data-testid=\"expiry-centre\"] [aria-current=\"true\"]"
            ))
            .await
            .expect("marked entries")
            .len(),
        1,
        "only the clicked reminder's token is marked"
    );
    app.screenshot("reminder-click-expiry-centre").await;
    app.click("expiry-close").await;
    app.wait_gone("[data-testid=\"expiry-centre\"]").await;
    close_the_window().await;

    // Open from the tray: the window is back, on the expiry centre.
    choose_in_tray(&app, "open").await;
    wait_until("the window is shown again", || window_shown(TITLE)).await;
    app.id("expiry-centre").await;
    app.screenshot("tray-open-expiry-centre").await;
    app.click("expiry-close").await;
    app.wait_gone("[data-testid=\"expiry-centre\"]").await;

    // Lock from the tray: the key panel closes and our key leaves the clipboard.
    create(&app, "Copied before quitting", "batch", 1).await;
    let key = shown_key(&app, "reveal-key").await;
    app.click("reveal-copy").await;
    wait_clipboard(&key).await;
    choose_in_tray(&app, "lock").await;
    app.wait_gone("[data-testid=\"reveal-dialog\"]").await;
    wait_until("Lock clears our key from the clipboard", || {
        clipboard_text() != key
    })
    .await;

    // Our key on the clipboard again (from the vault), then Quit from the tray: the app
    // ends and the key is gone.
    let id = row_id(&app, "Copied before quitting").await;
    click_row_action(&app, &id, "row-copy").await;
    wait_clipboard(&key).await;
    choose_in_tray(&app, "quit").await;
    wait_until("Quit ends the app", || !app_running(&dirs)).await;
    // (Under X11 a selection also dies with its owner, so the log says whether the app
    // itself cleared it on the way out.)
    assert_ne!(clipboard_text(), key, "the key left the clipboard");
    let log = std::fs::read_to_string(dirs.log_file()).unwrap_or_default();
    assert!(
        log.contains("our key was cleared from the clipboard on exit"),
        "{log}"
    );
    assert!(!log.contains(&key));
    app.quit().await;
    sandbox.shutdown().await;
}

/// The XDG autostart entries in `autostart`.
fn entries(autostart: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(autostart)
        .map(|dir| dir.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn start_with_the_session_writes_the_xdg_autostart_entry_and_turning_it_off_removes_it() {
    let dirs = AppDirs::new();
    // The autostart plugin (its auto-launch crate) writes under $HOME/.config, not
    // $XDG_CONFIG_HOME: the test's home has its .config be the test's config folder.
    let home = dirs.root.join("home");
    std::fs::create_dir_all(&home).unwrap();
    std::os::unix::fs::symlink(dirs.root.join("config"), home.join(".config")).unwrap();
    let autostart = dirs.root.join("config").join("autostart");
    let home_var = home.display().to_string();
    let Signed {
        app,
        sandbox,
        dirs: _dirs,
        server_dir: _server_dir,
    } = signed_in_to_sandbox_with(demo::DEV_EMAIL, dirs, &[("HOME", &home_var)]).await;
    assert!(entries(&autostart).is_empty());

    super::support::account_action(&app, "settings-open").await;
    let toggle = app.id("settings-autostart").await;
    let started = Instant::now();
    while !toggle.is_enabled().await.unwrap() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the toggle never became usable"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(!toggle.is_selected().await.unwrap(), "off by default");
    toggle.click().await.unwrap();
    app.wait_text("settings-status", |t| t == "Saved").await;
    wait_until("the autostart entry is written", || {
        !entries(&autostart).is_empty()
    })
    .await;
    let written = entries(&autostart);
    assert_eq!(written.len(), 1, "{written:?}");
    assert_eq!(
        written[0].extension().and_then(|e| e.to_str()),
        Some("desktop")
    );
    let entry = std::fs::read_to_string(&written[0]).unwrap();
    assert!(entry.contains("[Desktop Entry]"), "{entry}");
    assert!(
        entry.lines().any(|l| l.starts_with("Exec=")
            && l.contains("scriptix-keys")
            && l.ends_with("--hidden")),
        "starts the app hidden: {entry}"
    );

    // Turned off: the entry goes.
    app.click("settings-autostart").await;
    wait_until("the autostart entry is removed", || {
        entries(&autostart).is_empty()
    })
    .await;
    app.quit().await;
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_first_close_with_reminders_on_says_once_that_they_stop_while_the_app_is_closed() {
    let daemon = NotificationDaemon::start().await;
    let dirs = AppDirs::new();
    let explained = |daemon: &NotificationDaemon| {
        daemon
            .shown()
            .into_iter()
            .filter(|n| {
                n.summary
                    .contains("reminders stop while Scriptix Keys is closed")
            })
            .collect::<Vec<_>>()
    };
    for launch in 0..2 {
        let app = scriptix_keys_e2e::App::launch(&dirs).await;
        app.id("signin-account").await;
        close_the_window().await;
        wait_until("closing ends the app (the tray is off)", || {
            !app_running(&dirs)
        })
        .await;
        app.quit().await;
        let said = explained(&daemon);
        assert_eq!(said.len(), 1, "launch {launch}: {said:?}");
        assert!(
            said[0].body.contains("Keep running in the tray"),
            "{said:?}"
        );
    }
}
