//! The keyboard journeys' steps (moved from `keyboard.rs`): where focus is, keys sent to it,
//! and waits until focus lands where the user expects it.

use std::time::{Duration, Instant};

use scriptix_keys_e2e::App;
use thirtyfour::prelude::*;

use super::OPEN_MENU;

/// What has focus: its data-testid, or for a token row "row:<id>", or the tag name.
pub(super) async fn focused(app: &App) -> String {
    let script = r#"const a = document.activeElement;
        if (!a || a === document.body) return 'body';
        if (a.dataset && a.dataset.testid === 'token-row') return 'row:' + a.dataset.tokenId;
        return (a.dataset && a.dataset.testid) || a.tagName.toLowerCase();"#;
    app.driver
        .execute(script, Vec::new())
        .await
        .expect("activeElement")
        .json()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// A key as the text WebDriver types.
pub(crate) fn k(key: Key) -> String {
    key.value().to_string()
}

/// Sends keys to the focused element.
pub(crate) async fn press(app: &App, keys: impl Into<TypingData>) {
    let keys = keys.into().to_string();
    // The list re-renders when fresh data arrives: a focused row found a moment ago may be
    // replaced by its new copy (which has the focus now); ask again.
    for attempt in 0..5 {
        let sent = match app.driver.active_element().await {
            Ok(element) => element.send_keys(keys.clone()).await,
            Err(error) => Err(error),
        };
        match sent {
            Ok(()) => return,
            Err(error) if attempt == 4 => panic!("keys {keys:?}: {error}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(150)).await,
        }
    }
}

/// Waits until focus is on `want` (a testid or "row:<id>").
pub(super) async fn expect_focus(app: &App, want: &str) {
    let started = Instant::now();
    loop {
        let now = focused(app).await;
        if now == want {
            return;
        }
        if started.elapsed() > Duration::from_secs(15) {
            app.screenshot("keyboard-focus").await;
            panic!("focus should be on {want}, is on {now}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Presses `key` until focus reaches `want` (at most `max` presses); each stop is recorded.
pub(crate) async fn move_focus_to(app: &App, key: &str, want: &str, max: usize) -> Vec<String> {
    let mut path = vec![focused(app).await];
    for _ in 0..max {
        if path.last().map(String::as_str) == Some(want) {
            return path;
        }
        press(app, key.to_owned()).await;
        tokio::time::sleep(Duration::from_millis(60)).await;
        path.push(focused(app).await);
    }
    assert_eq!(
        path.last().map(String::as_str),
        Some(want),
        "focus path {path:?}"
    );
    path
}

/// Whether focus is inside the dialog `testid`.
pub(super) async fn focus_inside(app: &App, testid: &str) -> bool {
    app.driver
        .execute(
            "return Boolean(document.activeElement && document.activeElement.closest('[data-testid=\"' + arguments[0] + '\"]'));",
            vec![serde_json::json!(testid)],
        )
        .await
        .expect("script")
        .json()
        .as_bool()
        .unwrap_or(false)
}

pub(super) async fn expect_focus_inside(app: &App, testid: &str) {
    let started = Instant::now();
    while !focus_inside(app, testid).await {
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "focus should be inside {testid}, is on {}",
            focused(app).await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The id of the row named `name`.
pub(super) async fn row_named(app: &App, name: &str) -> String {
    crate::support::row_id(app, name).await
}

/// Moves the list's focus with the arrow keys to the row `id`.
pub(super) async fn arrow_to_row(app: &App, id: &str) {
    press(app, Key::Home).await;
    move_focus_to(app, &k(Key::Down), &format!("row:{id}"), 60).await;
}

/// Esc where the focus is; the dialog `testid` closes and focus lands on `back`.
pub(super) async fn escape_back_to(app: &App, testid: &str, back: &str) {
    press(app, Key::Escape).await;
    app.wait_gone(&format!("[data-testid=\"{testid}\"]")).await;
    expect_focus(app, back).await;
}

/// Esc in an open menu: it closes and focus lands on `back`.
pub(super) async fn escape_menu_back_to(app: &App, back: &str) {
    press(app, Key::Escape).await;
    app.wait_gone(OPEN_MENU).await;
    expect_focus(app, back).await;
}
