//! Accessibility in the real window: every screen of the demo workspace (sign-in, the list,
//! the row menu, create, reveal, export, details, how-to, forget, rotation, expiry, activity,
//! settings, key check, shortcuts) scanned by axe-core with the WCAG 2.0/2.1/2.2 A and AA
//! rules, in the light and in the dark theme; zero violations allowed. The number of
//! screens scanned is printed with each scan.

use std::io::Write;

use scriptix_keys_core::i18n::pseudo_text;
use scriptix_keys_e2e::{App, AppDirs, screens_scanned};
use thirtyfour::prelude::*;

use super::support::{account_action, click_row_action, create, row_id};

/// Presses Esc where the focus is and waits for `testid` to close.
async fn escape(app: &App, testid: &str) {
    escape_css(app, &format!("[data-testid=\"{testid}\"]")).await;
}

/// Presses Esc where the focus is and waits until nothing matches `css`.
async fn escape_css(app: &App, css: &str) {
    app.driver
        .active_element()
        .await
        .expect("focused element")
        .send_keys(Key::Escape)
        .await
        .expect("Esc");
    app.wait_gone(css).await;
}

/// What the tour checks on each screen.
#[derive(Clone, Copy)]
pub(crate) enum Check {
    /// axe-core, WCAG 2.0/2.1/2.2 A and AA: no violations.
    Axe,
    /// No text clipped or overflowing its box (the pseudo-locale journey).
    Fits,
}

impl Check {
    async fn screen(self, app: &App, name: &str) {
        match self {
            Check::Axe => app.axe(name).await,
            Check::Fits => super::pseudo_locale::assert_nothing_overflows(app, name).await,
        }
    }
}

/// Opens the demo in `theme` (None = light) and scans each screen on the way.
async fn tour(theme: Option<&str>) {
    let dirs = AppDirs::new();
    let env: Vec<(&str, &str)> = theme.map(|t| vec![("GTK_THEME", t)]).unwrap_or_default();
    let app = App::launch_with(&dirs, &env).await;
    visit_every_screen(app, Check::Axe).await;
}

/// The demo workspace's every screen, from the first one, each checked with `check`; quits.
pub(crate) async fn visit_every_screen(app: App, check: Check) {
    app.id("demo-open").await;
    check.screen(&app, "sign-in").await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    let updated = pseudo_text("Updated").into_owned();
    app.wait_text("list-status", |t| {
        t.contains("Updated") || t.contains(&updated)
    })
    .await;
    check.screen(&app, "main").await;

    // A token of our own, so the key actions (export, forget) exist.
    create(&app, "Scanned key", "batch", 1).await;
    app.id("reveal-dialog").await;
    check.screen(&app, "reveal").await;
    app.click("reveal-copy").await;
    app.click("reveal-close").await;
    app.wait_gone("[data-testid=\"reveal-dialog\"]").await;
    let id = row_id(&app, "Scanned key").await;

    super::support::open_row_menu(&app, &id).await;
    check.screen(&app, "row menu").await;
    escape_css(&app, super::keyboard::OPEN_MENU).await;

    for (action, screen, name) in [
        ("row-export", "export-dialog", "export"),
        ("row-details", "details-panel", "details"),
        ("row-howto", "howto-panel", "how to use"),
        ("row-forget", "forget-dialog", "forget key"),
        ("row-rotate", "rotation-wizard", "rotation wizard"),
    ] {
        click_row_action(&app, &id, action).await;
        app.id(screen).await;
        check.screen(&app, name).await;
        escape(&app, screen).await;
    }

    app.click("new-token").await;
    app.id("create-dialog").await;
    check.screen(&app, "create").await;
    escape(&app, "create-dialog").await;

    for (open, screen, name) in [
        ("expiry-open", "expiry-centre", "expiry"),
        ("keycheck-open", "keycheck-dialog", "check a key"),
    ] {
        app.click(open).await;
        app.id(screen).await;
        check.screen(&app, name).await;
        escape(&app, screen).await;
    }
    app.click("account-menu").await;
    app.id("sign-out").await;
    check.screen(&app, "account menu").await;
    escape_css(&app, super::keyboard::OPEN_MENU).await;
    for (open, screen, name) in [
        ("activity-open", "audit-view", "activity"),
        ("settings-open", "settings-dialog", "settings"),
        ("shortcuts-open", "shortcuts-dialog", "keyboard shortcuts"),
    ] {
        account_action(&app, open).await;
        app.id(screen).await;
        check.screen(&app, name).await;
        escape(&app, screen).await;
    }
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_has_no_wcag_a_or_aa_violations_in_the_light_and_the_dark_theme() {
    let before = screens_scanned();
    tour(None).await;
    tour(Some("Adwaita:dark")).await;
    let scanned = screens_scanned() - before;
    assert!(
        scanned >= 32,
        "both themes scanned every screen ({scanned})"
    );
    println!("axe: {scanned} screens scanned (light and dark), 0 violations");
}

/// The dense main screen: at the default window size (1100×720) a list of 50 tokens shows
/// at least 20 whole rows between the toolbar and the status bar.
#[tokio::test(flavor = "multi_thread")]
async fn twenty_or_more_rows_are_fully_visible_in_the_default_1100_by_720_window() {
    let super::support::Signed {
        sandbox,
        dirs: _dirs,
        app,
        server_dir: _server_dir,
    } = super::support::signed_in_to_sandbox(scriptix_sandbox::demo::ADMIN_EMAIL, AppDirs::new())
        .await;
    super::support::fill_to_the_limit(sandbox.url()).await;
    app.click("refresh-button").await;
    super::support::wait_row_count(&app, scriptix_sandbox::demo::TOKEN_LIMIT as usize).await;
    let script = r#"const bar = document.querySelector('[data-testid="status-bar"]');
        const bottom = bar ? bar.getBoundingClientRect().top : window.innerHeight;
        const head = document.querySelector('[data-testid="token-table"] thead').getBoundingClientRect().bottom;
        const rows = [...document.querySelectorAll('[data-testid="token-row"]')]
          .filter(r => { const b = r.getBoundingClientRect(); return b.top >= head - 1 && b.bottom <= bottom + 1; });
        return { width: window.innerWidth, height: window.innerHeight, visible: rows.length };"#;
    let seen = app
        .driver
        .execute(script, Vec::new())
        .await
        .expect("measure")
        .json()
        .clone();
    app.screenshot("dense-list-1100x720").await;
    assert_eq!(
        (seen["width"].as_i64(), seen["height"].as_i64()),
        (Some(1100), Some(720)),
        "the window opens at its default size"
    );
    let visible = seen["visible"].as_i64().unwrap_or(0);
    let _ = writeln!(
        std::io::stderr(),
        "rows fully visible at 1100×720: {visible}"
    );
    assert!(visible >= 20, "only {visible} whole rows fit at 1100×720");
    app.axe("main with 50 tokens").await;
    app.quit().await;
}
