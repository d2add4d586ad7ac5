//! The token list in Dutch (moved from `language.rs`): the list's relative and exact dates,
//! create → reveal and a delete, in the real window on a Dutch desktop.

use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, AppDirs};
use thirtyfour::prelude::*;

use super::{DUTCH, wait_language};

/// The text of the element with `testid` inside the row of token `id` (its text content:
/// the exact date only shows on hover or focus).
async fn row_text(app: &App, id: &str, testid: &str) -> String {
    app.wait_for(&format!(
        "[data-testid=\"token-row\"][data-token-id=\"{id}\"] [data-testid=\"{testid}\"]"
    ))
    .await
    .prop("textContent")
    .await
    .ok()
    .flatten()
    .unwrap_or_default()
    .trim()
    .to_owned()
}

/// The heading of the dialog with `testid`, once it is open.
async fn modal_title(app: &App, testid: &str) -> String {
    app.wait_for(&format!("[data-testid=\"{testid}\"] .modal-title"))
        .await
        .text()
        .await
        .unwrap_or_default()
}

/// A Dutch date as Intl writes it: "5 dec 2026" (the short month may carry a dot).
fn is_dutch_date(text: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    let parts: Vec<&str> = text.split_whitespace().collect();
    parts.len() == 3
        && parts[0].parse::<u32>().is_ok()
        && MONTHS.contains(&parts[1].trim_end_matches('.'))
        && parts[2].len() == 4
        && parts[2].parse::<u32>().is_ok()
}

/// On a Dutch desktop: the list's dates and relative times, create → the one-time reveal,
/// and a delete through the native confirmation, all in Dutch.
#[tokio::test(flavor = "multi_thread")]
async fn a_dutch_desktop_lists_creates_reveals_and_deletes_in_dutch() {
    let dirs = AppDirs::new();
    let app = App::launch_with(&dirs, DUTCH).await;
    app.id("signin-account").await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    wait_language(&app, "nl", "API-tokens — Scriptix Keys").await;

    // The list: a token expiring in 5 days, with its date in Dutch.
    let nightly = crate::support::row_id(&app, "Nightly batch export").await;
    let expires = row_text(&app, &nightly, "token-expires").await;
    // "over 5 dagen" or "over 6 dagen", as the hours fall.
    assert!(
        expires.starts_with("over ") && expires.ends_with(" dagen"),
        "relative expiry in Dutch: {expires:?}"
    );
    let date = row_text(&app, &nightly, "token-expires-date").await;
    let date = date.trim();
    assert!(is_dutch_date(date), "a Dutch date: {date:?}");
    app.wait_text("list-status", |t| t.starts_with("Bijgewerkt"))
        .await;

    // Create → the one-time reveal, in Dutch.
    app.click("new-token").await;
    assert_eq!(modal_title(&app, "create-dialog").await, "Nieuw API-token");
    assert_eq!(
        app.id("create-submit").await.text().await.unwrap(),
        "Token maken"
    );
    // A field error from the window, in Dutch: an empty name.
    app.click("create-submit").await;
    app.wait_text("create-name-error", |t| {
        t == "Vul een naam in voor het token."
    })
    .await;
    app.type_into("create-name", "Nederlandse sleutel").await;
    app.click("create-type-batch").await;
    app.click("create-expiry-1").await;
    app.click("create-submit").await;
    assert_eq!(
        modal_title(&app, "reveal-dialog").await,
        "Je nieuwe API-sleutel"
    );
    app.wait_text("reveal-vault-note", |t| {
        t.contains("Dit apparaat bewaart een kopie in de kluis van het systeem")
    })
    .await;
    let expiry = app.id("reveal-expiry").await.text().await.unwrap();
    let on = expiry
        .strip_prefix("Verloopt op ")
        .unwrap_or_else(|| panic!("a Dutch expiry line: {expiry:?}"));
    assert!(is_dutch_date(on), "a Dutch date: {on:?}");
    app.screenshot("language-nl-reveal").await;
    assert_eq!(
        app.id("reveal-close").await.text().await.unwrap(),
        "Sluiten"
    );
    app.click("reveal-close").await;
    app.wait_gone("[data-testid=\"reveal-dialog\"]").await;

    // Delete it: the native confirmation's title is Dutch (the test finds the dialog by it).
    let id = crate::support::row_id(&app, "Nederlandse sleutel").await;
    crate::support::click_row_action(&app, &id, "row-delete").await;
    scriptix_keys_e2e::answer_native_dialog("Token verwijderen", "Return").await;
    let started = Instant::now();
    loop {
        let still = app
            .driver
            .find_all(By::Css(format!(
                "[data-testid=\"token-row\"][data-token-id=\"{id}\"]"
            )))
            .await
            .unwrap();
        if still.is_empty() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the deleted token is still listed; the window shows {}",
            app.what_the_user_sees().await
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    app.screenshot("language-nl-deleted").await;
    app.quit().await;
}
