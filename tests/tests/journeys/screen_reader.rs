//! What Orca says, in the real window: a dialog is announced by its name when it opens
//! (the create dialog on its Name field, the key reveal that takes the create dialog's
//! element, with what it says of the key, a row's details panel), and a row of the list,
//! the list's one tab stop, is read as its token when it gets focus: after a create, when
//! arrowing through the list, and when a panel closes. A key the vault could not keep: the
//! reveal is read with why, and a first Close is read as a caution on Copy. A rotation's new
//! key is read the same way: its step's name and what it says of the key, then Copy.

use std::time::{Duration, Instant};

use scriptix_keys_e2e::{A11Y_ENV, App, AppDirs, ScreenReader};
use thirtyfour::prelude::*;

use super::keyboard::focus::{k, move_focus_to, press};
use super::support::{
    click_in, dismiss_unlock_prompt, lock_the_keyring, open_row_menu, row_id, unlock_the_keyring,
};

/// How long a row may take to get focus, or Orca to read it.
const WAIT: Duration = Duration::from_secs(20);

/// The text of the first element matching `css`.
async fn text_of(app: &App, css: &str) -> String {
    app.wait_for(css).await.text().await.expect("text")
}

/// The text of a reveal's vault note (whole, as a description reads it: `textContent`),
/// checked to be the one that says the key is shown once.
async fn vault_note(app: &App, testid: &str) -> String {
    let note = app
        .id(testid)
        .await
        .prop("textContent")
        .await
        .expect("text")
        .unwrap_or_default();
    assert!(note.contains("never show"), "{note:?}");
    note
}

/// The focused row's name (`aria-label`) and its Last used cell's spoken text, read in one
/// go (a usage answer patches both in one task), once a row has focus.
async fn focused_row(app: &App) -> (String, String) {
    let script = r#"const r = document.activeElement;
        if (r?.dataset.testid !== 'token-row') return null;
        return [r.getAttribute('aria-label') ?? '',
            r.querySelector('.col-used .visually-hidden')?.textContent ?? ''];"#;
    let started = Instant::now();
    loop {
        let read = app.driver.execute(script, vec![]).await.expect("script");
        if let Ok((label, used)) = serde_json::from_value::<(String, String)>(read.json().clone()) {
            return (label, used);
        }
        assert!(started.elapsed() < WAIT, "no row got focus");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until Orca, after `mark`, has said the focused row's name; returns it. The name's
/// Last used part may differ: a usage answer can arrive while focus moves and rename the
/// row (the part is checked against the cell where the name is read).
async fn wait_row_said(reader: &ScreenReader, app: &App, mark: usize, what: &str) -> String {
    let started = Instant::now();
    loop {
        let (label, used) = focused_row(app).await;
        assert!(
            !used.is_empty() && label.ends_with(&format!(". {used}.")),
            "the row's name {label:?} ends with its Last used cell's {used:?}"
        );
        let stem = &label[..label.len() - used.len() - 1];
        let said = reader.said();
        let after = said.get(mark..).unwrap_or_default();
        if after.iter().any(|s| s.starts_with(stem)) {
            return label;
        }
        assert!(
            started.elapsed() < WAIT,
            "Orca did not say {what}, named {label:?}; it said {after:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A row's name without its Last used part (a usage answer can change it at any time).
fn without_last_used(label: &str) -> &str {
    label
        .trim_end_matches('.')
        .rsplit_once(". ")
        .map_or(label, |(rest, _)| rest)
}

/// Orca running, then the app with its accessibility bridge on, in the demo workspace.
async fn demo_with_orca() -> (ScreenReader, AppDirs, App) {
    let reader = ScreenReader::start().await;
    let dirs = AppDirs::new();
    let app = App::launch_with(&dirs, &[A11Y_ENV]).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    app.wait_text("list-status", |t| t.contains("Updated"))
        .await;
    (reader, dirs, app)
}

#[tokio::test(flavor = "multi_thread")]
async fn orca_announces_each_dialog_by_name_and_each_row_as_its_token() {
    let (reader, _dirs, app) = demo_with_orca().await;

    // Ctrl+N: the dialog's name, then its Name field. A field in a form used to be read
    // alone: Orca reads a field's context only up to its form.
    reader.wait_quiet().await;
    let mark = reader.mark();
    press(&app, Key::Control + "n").await;
    let title = text_of(&app, "[data-testid=\"create-dialog\"] .modal-title").await;
    let said = reader
        .wait_said(mark, "the Name field", |s| s.starts_with("Name entry"))
        .await;
    assert!(
        said.contains(&format!("{title} dialog")),
        "the create dialog's name is read when it opens: {said:?}"
    );

    // Enter: the reveal takes the create dialog's element; its name, then what it says of
    // the key (shown once; a copy in the vault), are read with Copy.
    press(&app, "Screen reader key").await;
    reader.wait_quiet().await;
    let mark = reader.mark();
    press(&app, Key::Enter).await;
    let title = text_of(&app, "[data-testid=\"reveal-dialog\"] .modal-title").await;
    let note = vault_note(&app, "reveal-vault-note").await;
    let said = reader
        .wait_said(mark, "the Copy button", |s| s == "Copy push button.")
        .await;
    assert_eq!(
        said.iter().rev().nth(1),
        Some(&format!("{title} dialog {note}")),
        "the reveal's name and its note are read just before its first button: {said:?}"
    );

    // Closing the reveal puts focus on the new token's row: it is read as that token.
    reader.wait_quiet().await;
    let mark = reader.mark();
    app.click("reveal-close").await;
    app.wait_gone("[data-testid=\"reveal-dialog\"]").await;
    let label = wait_row_said(&reader, &app, mark, "the new token's row").await;
    assert!(
        label.starts_with("Screen reader key, Batch. Active. Expires "),
        "the new row's name: {label:?}"
    );

    // Down: the next row, read as its token.
    reader.wait_quiet().await;
    let mark = reader.mark();
    press(&app, Key::Down).await;
    let next = wait_row_said(&reader, &app, mark, "the next row").await;
    assert!(
        !next.is_empty() && next != label,
        "Down moves to another named row: {next:?}"
    );

    // Enter: the row's details, a side panel whose first field is in a form; its name (the
    // token's) is read with that field. Esc: back on the row, read again.
    reader.wait_quiet().await;
    let mark = reader.mark();
    press(&app, Key::Enter).await;
    let title = text_of(&app, "[data-testid=\"details-panel\"] .modal-title").await;
    let said = reader
        .wait_said(mark, "the details panel's first field", |s| {
            s.starts_with("Description entry")
        })
        .await;
    assert!(
        said.contains(&format!("{title} dialog")),
        "the panel's name is read before its first field: {said:?}"
    );
    reader.wait_quiet().await;
    let mark = reader.mark();
    press(&app, Key::Escape).await;
    app.wait_gone("[data-testid=\"details-panel\"]").await;
    let again = wait_row_said(&reader, &app, mark, "the row again").await;
    assert_eq!(
        without_last_used(&again),
        without_last_used(&next),
        "focus is back on the row it left"
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn orca_reads_why_a_key_is_not_saved_and_the_caution_when_it_is_closed() {
    let (reader, _dirs, app) = demo_with_orca().await;

    // A create with the vault locked: the reveal's name comes with its warning (not saved,
    // why, copy it now), read before Copy.
    lock_the_keyring();
    reader.wait_quiet().await;
    press(&app, Key::Control + "n").await;
    app.id("create-dialog").await;
    press(&app, "Locked vault key").await;
    reader.wait_quiet().await;
    let mark = reader.mark();
    press(&app, Key::Enter).await;
    dismiss_unlock_prompt().await;
    app.wait_text("reveal-vault-warning", |t| t.contains("Not saved"))
        .await;
    let title = text_of(&app, "[data-testid=\"reveal-dialog\"] .modal-title").await;
    let warning = app
        .driver
        .execute(
            r#"return Array.from(document.querySelector('[data-testid="reveal-vault-warning"]').children)
                .map((part) => part.textContent).join(' ');"#,
            vec![],
        )
        .await
        .expect("script")
        .json()
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(warning.contains("Copy the key now"), "{warning:?}");
    reader
        .wait_said(mark, "the reveal with its warning", |s| {
            s == format!("{title} dialog {warning}")
        })
        .await;

    // Close (Tab to it, Enter), with the key neither copied nor saved: focus goes back to
    // Copy, which is read with the caution; the dialog stays.
    move_focus_to(&app, &k(Key::Tab), "reveal-close", 10).await;
    reader.wait_quiet().await;
    let mark = reader.mark();
    press(&app, Key::Enter).await;
    let caution = app
        .wait_text("reveal-close-caution", |t| !t.is_empty())
        .await;
    // Read as Copy's description, right after it (an Orca that reads alerts may say the
    // caution once before).
    reader
        .wait_said_in_a_row(mark, &["Copy push button.", &caution])
        .await;
    app.id("reveal-dialog").await;
    unlock_the_keyring();
    app.click("reveal-close").await;
    app.wait_gone("[data-testid=\"reveal-dialog\"]").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn orca_reads_a_rotations_new_key_with_what_it_says_of_it() {
    let (reader, _dirs, app) = demo_with_orca().await;
    let id = row_id(&app, "Customer support QA").await;
    let row = open_row_menu(&app, &id).await;
    click_in(&row, "row-rotate").await;
    app.id("rotation-wizard").await;

    // Start: the wizard's dialog takes the reveal step; focus lands on Copy, read after the
    // step's name and what it says of the key (shown once; a copy in the vault).
    reader.wait_quiet().await;
    let mark = reader.mark();
    app.click("rotation-submit").await;
    app.id("rotation-reveal-key").await;
    let note = vault_note(&app, "rotation-vault-note").await;
    let said = reader
        .wait_said(mark, "the Copy button", |s| s == "Copy push button.")
        .await;
    assert!(
        said.iter().any(|s| s.ends_with(&note)),
        "what the step says of the key is read as focus lands on Copy: {said:?}"
    );

    app.click("rotation-continue").await;
    app.id("rotation-summary").await;
    app.quit().await;
}
