//! The keyboard alone, in the real window: no clicks. Every key goes to whatever has focus
//! (WebDriver keys sent to the active element), and the journey asserts where focus is
//! after each step: open the demo, create a token, copy its key, open its menu, rotate it,
//! delete a token through the native dialog, open the activity log, and open every other
//! screen and close it with Esc, focus returning to where it was.

pub(crate) mod focus;

use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, AppDirs, answer_native_dialog, clipboard_text};
use thirtyfour::prelude::*;

use super::support::{shown_key, wait_clipboard};
use focus::{
    arrow_to_row, escape_back_to, escape_menu_back_to, expect_focus, expect_focus_inside,
    focus_inside, focused, k, move_focus_to, press, row_named,
};

/// An open menu (a row's list, or the account menu's popup).
pub(crate) const OPEN_MENU: &str =
    ".menu-list:not([hidden]):not(.in-popup), .menu-popup:not([hidden])";

#[tokio::test(flavor = "multi_thread")]
async fn the_whole_app_works_with_the_keyboard_alone_and_focus_is_always_where_the_user_expects() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;

    // Sign-in screen: Tab to "Open the demo", Enter.
    app.id("demo-open").await;
    move_focus_to(&app, &k(Key::Tab), "demo-open", 40).await;
    press(&app, Key::Enter).await;
    app.wait_screen("main").await;
    app.wait_text("list-status", |t| t.contains("Updated"))
        .await;

    // Ctrl+N: the create dialog opens on its name field.
    press(&app, Key::Control + "n").await;
    app.id("create-dialog").await;
    expect_focus(&app, "create-name").await;
    press(&app, "Keyboard key").await;
    let path = move_focus_to(&app, &k(Key::Tab), "create-submit", 15).await;
    assert!(
        path.contains(&"create-type-batch".to_owned()),
        "the type choice is one stop on its checked radio: {path:?}"
    );
    press(&app, Key::Enter).await;

    // The reveal: focus inside it; Copy, then Close, by keys.
    app.id("reveal-dialog").await;
    expect_focus_inside(&app, "reveal-dialog").await;
    let key = shown_key(&app, "reveal-key").await;
    move_focus_to(&app, &k(Key::Tab), "reveal-copy", 10).await;
    press(&app, Key::Enter).await;
    wait_clipboard(&key).await;
    move_focus_to(&app, &k(Key::Tab), "reveal-close", 10).await;
    press(&app, Key::Enter).await;
    app.wait_gone("[data-testid=\"reveal-dialog\"]").await;
    // Closing the reveal puts focus on the new token's row.
    let id = row_named(&app, "Keyboard key").await;
    expect_focus(&app, &format!("row:{id}")).await;

    // Ctrl+C on the new token's row copies its stored key.
    scriptix_keys_e2e::clipboard_put("something else");
    press(&app, Key::Control + "c").await;
    wait_clipboard(&key).await;

    // Its menu: Shift+F10 opens on the first item; arrows move; Esc returns to the row.
    press(&app, Key::Shift + Key::F10).await;
    expect_focus(&app, "row-copy").await;
    press(&app, Key::Down).await;
    expect_focus(&app, "row-details").await;
    press(&app, Key::End).await;
    expect_focus(&app, "row-delete").await;
    press(&app, Key::Home).await;
    expect_focus(&app, "row-copy").await;
    escape_menu_back_to(&app, &format!("row:{id}")).await;

    // Rotate it: the menu's "r" jumps to Rotate…; the wizard opens on the name field.
    press(&app, Key::Shift + Key::F10).await;
    expect_focus(&app, "row-copy").await;
    press(&app, "r").await;
    expect_focus(&app, "row-rotate").await;
    press(&app, Key::Enter).await;
    app.id("rotation-wizard").await;
    expect_focus(&app, "rotation-name").await;
    move_focus_to(&app, &k(Key::Tab), "rotation-submit", 15).await;
    press(&app, Key::Enter).await;
    app.id("rotation-reveal-key").await;
    expect_focus(&app, "rotation-reveal-copy").await;
    move_focus_to(&app, &k(Key::Tab), "rotation-continue", 15).await;
    press(&app, Key::Enter).await;
    app.id("rotation-summary").await;
    move_focus_to(&app, &k(Key::Tab), "rotation-done", 10).await;
    press(&app, Key::Enter).await;
    app.wait_gone("[data-testid=\"rotation-wizard\"]").await;
    expect_focus(&app, &format!("row:{id}")).await;

    // The column headers are no Tab stops: ↑ from the first row, ← → along, ↓ back.
    press(&app, Key::Home).await;
    press(&app, Key::Up).await;
    expect_focus(&app, "sort-expiresAt").await;
    press(&app, Key::Left).await;
    expect_focus(&app, "sort-createdAt").await;
    press(&app, Key::Down).await;
    let started = Instant::now();
    while !focused(&app).await.starts_with("row:") {
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "↓ from the headers returns to the list, focus is on {}",
            focused(&app).await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Delete a token with Delete on its row and the native dialog's default button.
    let victim = row_named(&app, "Research archive").await;
    arrow_to_row(&app, &victim).await;
    press(&app, Key::Delete).await;
    answer_native_dialog("Delete token", "Return").await;
    app.wait_gone(&format!(
        "[data-testid=\"token-row\"][data-token-id=\"{victim}\"]"
    ))
    .await;
    let started = Instant::now();
    while !focused(&app).await.starts_with("row:") {
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "after the delete focus stays in the list, not on {}",
            focused(&app).await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let row = focused(&app).await;

    // Details (Enter), how to use and export (menu letters), each closed with Esc.
    press(&app, Key::Enter).await;
    app.id("details-panel").await;
    expect_focus_inside(&app, "details-panel").await;
    escape_back_to(&app, "details-panel", &row).await;
    for (letter, item, screen) in [("h", "row-howto", "howto-panel")] {
        press(&app, Key::Shift + Key::F10).await;
        press(&app, letter).await;
        expect_focus(&app, item).await;
        press(&app, Key::Enter).await;
        app.id(screen).await;
        expect_focus_inside(&app, screen).await;
        escape_back_to(&app, screen, &row).await;
    }
    arrow_to_row(&app, &id).await;
    press(&app, Key::Shift + Key::F10).await;
    press(&app, "e").await;
    expect_focus(&app, "row-export").await;
    press(&app, Key::Enter).await;
    app.id("export-dialog").await;
    expect_focus_inside(&app, "export-dialog").await;
    escape_back_to(&app, "export-dialog", &format!("row:{id}")).await;

    // Shortcuts: Ctrl+K, ?, Ctrl+N; each closes with Esc back onto the row.
    let here = format!("row:{id}");
    for (keys, screen) in [
        (Key::Control + "k", "keycheck-dialog"),
        (TypingData::from("?"), "shortcuts-dialog"),
        (TypingData::from(Key::F1), "shortcuts-dialog"),
        (Key::Control + "n", "create-dialog"),
    ] {
        press(&app, keys).await;
        app.id(screen).await;
        expect_focus_inside(&app, screen).await;
        escape_back_to(&app, screen, &here).await;
    }

    // The header: Shift+Tab out of the list reaches Expiry and the account menu; the
    // table was a single stop on the way (no checkbox, sort or ⋯ button in between).
    let path = move_focus_to(
        &app,
        &(Key::Shift + Key::Tab).to_string(),
        "account-menu",
        20,
    )
    .await;
    assert!(
        path.iter().all(|p| !p.starts_with("sort-")
            && p != "select-all"
            && p != "row-select"
            && p != "row-menu"),
        "the table is one Tab stop: {path:?}"
    );
    assert_eq!(
        path.iter().filter(|p| p.starts_with("row:")).count(),
        1,
        "{path:?}"
    );
    press(&app, Key::Enter).await;
    expect_focus(&app, "activity-open").await;
    press(&app, Key::Enter).await;
    app.id("audit-view").await;
    expect_focus_inside(&app, "audit-view").await;
    escape_back_to(&app, "audit-view", "account-menu").await;
    press(&app, Key::Down).await;
    expect_focus(&app, "activity-open").await;
    press(&app, "s").await;
    expect_focus(&app, "settings-open").await;
    press(&app, Key::Enter).await;
    app.id("settings-dialog").await;
    expect_focus_inside(&app, "settings-dialog").await;
    escape_back_to(&app, "settings-dialog", "account-menu").await;
    press(&app, Key::Shift + Key::Tab).await;
    expect_focus(&app, "expiry-open").await;
    press(&app, Key::Enter).await;
    app.id("expiry-centre").await;
    expect_focus_inside(&app, "expiry-centre").await;
    escape_back_to(&app, "expiry-centre", "expiry-open").await;

    assert_ne!(
        clipboard_text(),
        "",
        "the clipboard still holds the copied key"
    );
    app.quit().await;
}

/// Tabs `n` times in each direction from the dialog's first stop; focus never leaves it.
async fn tab_around(app: &App, dialog: &str, n: usize) -> Vec<String> {
    let mut seen = Vec::new();
    for keys in [k(Key::Tab), (Key::Shift + Key::Tab).to_string()] {
        for _ in 0..n {
            press(app, keys.clone()).await;
            tokio::time::sleep(Duration::from_millis(40)).await;
            assert!(
                focus_inside(app, dialog).await,
                "focus left {dialog} after {seen:?}, now on {}",
                focused(app).await
            );
            seen.push(focused(app).await);
        }
    }
    seen
}

#[tokio::test(flavor = "multi_thread")]
async fn the_dialog_focus_trap_holds_when_its_first_or_last_stop_is_a_radio_group() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    super::support::create(&app, "Trap key", "batch", 1).await;
    super::support::reveal_copy_and_close(&app).await;
    let id = row_named(&app, "Trap key").await;

    // Export: its first stop is the format group, whose first radio is not the checked one.
    super::support::click_row_action(&app, &id, "row-export").await;
    app.id("export-dialog").await;
    expect_focus_inside(&app, "export-dialog").await;
    let first = focused(&app).await;
    assert!(
        first.starts_with("export-format-"),
        "opens on the format group: {first}"
    );
    press(&app, Key::Shift + Key::Tab).await;
    assert!(
        focus_inside(&app, "export-dialog").await,
        "Shift+Tab on the first radio group wraps inside the dialog, is on {}",
        focused(&app).await
    );
    press(&app, Key::Tab).await;
    expect_focus(&app, &first).await;
    let seen = tab_around(&app, "export-dialog", 14).await;
    assert!(seen.contains(&"export-submit".to_owned()), "{seen:?}");
    escape_back_to(&app, "export-dialog", &format!("row:{id}")).await;

    // The bulk rotation wizard: radio groups (expiry, grace) at its start.
    let boxes = app
        .driver
        .find_all(By::Css("[data-testid=\"row-select\"]"))
        .await
        .unwrap();
    for b in boxes.iter().take(2) {
        b.click().await.unwrap();
    }
    app.click("rotate-selected").await;
    app.id("rotation-wizard").await;
    expect_focus_inside(&app, "rotation-wizard").await;
    let first = focused(&app).await;
    press(&app, Key::Shift + Key::Tab).await;
    assert!(
        focus_inside(&app, "rotation-wizard").await,
        "Shift+Tab from {first} stays in the wizard, is on {}",
        focused(&app).await
    );
    tab_around(&app, "rotation-wizard", 12).await;
    press(&app, Key::Escape).await;
    app.wait_gone("[data-testid=\"rotation-wizard\"]").await;
    app.quit().await;
}
