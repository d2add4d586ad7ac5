//! The app speaks the OS language: started under `LANG=nl_NL.UTF-8` the first screen is
//! Dutch (labels, field errors checked in the window and by the core, the window title,
//! `<html lang>`, the desktop reminders Rust writes); Settings → Language switches
//! the open window at once, without a restart, and keeps Settings open; the choice outlives a
//! restart on an English desktop.

use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, AppDirs, NotificationDaemon};
use thirtyfour::prelude::*;

use super::support::account_action;

const DUTCH: &[(&str, &str)] = &[("LANG", "nl_NL.UTF-8")];

/// `[lang attribute, document title]` of the window.
async fn page_language(app: &App) -> (String, String) {
    let value = app
        .driver
        .execute(
            "return [document.documentElement.lang, document.title];",
            vec![],
        )
        .await
        .expect("lang and title");
    let pair: Vec<String> = serde_json::from_value(value.json().clone()).expect("two strings");
    (pair[0].clone(), pair[1].clone())
}

async fn wait_language(app: &App, lang: &str, title: &str) {
    let started = Instant::now();
    loop {
        let seen = page_language(app).await;
        // The reminder check may have added how many tokens need attention: "… (9)".
        let counted = seen
            .1
            .strip_prefix(title)
            .is_some_and(|rest| rest.starts_with(" (") && rest.ends_with(')'));
        if seen.0 == lang && (seen.1 == title || counted) {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "expected lang {lang:?} and title {title:?}, the window has {seen:?}; it shows {}",
            app.what_the_user_sees().await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn label_of(app: &App, css: &str) -> String {
    app.wait_for(css).await.text().await.expect("label text")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dutch_desktop_gets_dutch_and_settings_switch_the_open_window_without_a_restart() {
    let daemon = NotificationDaemon::start().await;
    let dirs = AppDirs::new();
    let app = App::launch_with(&dirs, DUTCH).await;

    // The first screen, in Dutch.
    app.id("signin-account").await;
    wait_language(&app, "nl", "Inloggen — Scriptix Keys").await;
    assert_eq!(
        app.id("signin-submit").await.text().await.unwrap(),
        "Inloggen"
    );
    assert_eq!(
        label_of(&app, "label[for^='signin-email']").await,
        "E-mailadres"
    );
    assert_eq!(
        label_of(&app, "label[for^='signin-password']").await,
        "Wachtwoord"
    );
    // A field error, in Dutch, on the field it is about.
    app.click("signin-submit").await;
    app.wait_text("signin-error", |t| {
        t == "Vul het e-mailadres in dat je voor Scriptix gebruikt."
    })
    .await;
    let email = app.id("signin-email").await;
    assert_eq!(
        email.attr("aria-invalid").await.unwrap().as_deref(),
        Some("true")
    );
    app.screenshot("language-nl-signin").await;
    // An error the core reports (by code), in Dutch too: a plain-http address elsewhere.
    app.type_into("signin-email", "someone@example.com").await;
    app.type_into("signin-password", "not-sent").await;
    app.click("signin-advanced-toggle").await;
    app.type_into("signin-server", "http://scriptix.example.com")
        .await;
    app.click("signin-submit").await;
    app.wait_text("signin-error", |t| {
        t == "Gewoon http:// mag alleen voor deze computer (localhost, 127.0.0.1, [::1]). Gebruik https:// voor elk ander adres."
    })
    .await;

    // Settings → Language → English: the open window changes at once; Settings stay open.
    app.click("demo-open").await;
    app.wait_screen("main").await;
    wait_language(&app, "nl", "API-tokens — Scriptix Keys").await;
    // The demo's expiring tokens are reminded of on the desktop, in Dutch (Rust writes these).
    let started = Instant::now();
    let reminder = loop {
        if let Some(shown) = daemon
            .shown()
            .into_iter()
            .find(|n| n.body.contains("Nightly batch export"))
        {
            break shown;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no reminder for Nightly batch export: {:?}",
            daemon.shown()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(
        reminder.summary,
        "Een Scriptix-sleutel verloopt over 5 dagen"
    );
    assert!(
        reminder
            .body
            .starts_with("'Nightly batch export' verloopt over 5 dagen (op "),
        "{reminder:?}"
    );
    assert!(
        reminder.body.contains("Roteer hem voor die tijd."),
        "{reminder:?}"
    );
    // A key check: the report's texts come as codes from Rust and show in Dutch, with the
    // dialog's own words.
    app.click("keycheck-open").await;
    app.type_into(
        "keycheck-input",
        "sk_live_this-key-was-never-issued-0123456789",
    )
    .await;
    app.click("keycheck-submit").await;
    // Too short for its format: a warning first (from Rust, by code), then "Check anyway".
    app.wait_text("keycheck-warning", |t| {
        t == "Sleutels die met sk_live_ of sk_test_ beginnen hebben precies 48 tekens; deze heeft er 44. Waarschijnlijk is er bij het kopiëren een stuk afgevallen. Kopieer de hele sleutel opnieuw."
    })
    .await;
    app.wait_text("keycheck-force", |t| t == "Toch controleren")
        .await;
    app.click("keycheck-force").await;
    app.wait_text("check-result-title", |t| {
        t == "Scriptix accepteert deze sleutel niet"
    })
    .await;
    app.wait_text("check-result-explanation", |t| {
        t.starts_with("Scriptix kent deze sleutel niet: misschien is hij verkeerd getypt")
    })
    .await;
    app.wait_text("check-result-next", |t| {
        t.starts_with("Wat te doen: Kopieer de sleutel opnieuw")
    })
    .await;
    app.wait_text("check-result-vault", |t| {
        t == "Deze sleutel is niet op dit apparaat opgeslagen."
    })
    .await;
    assert_eq!(
        label_of(&app, "label[for^='keycheck-key']").await,
        "API-sleutel"
    );
    app.screenshot("language-nl-keycheck").await;
    app.click("keycheck-close").await;

    account_action(&app, "settings-open").await;
    let select = app.id("settings-language").await;
    assert_eq!(select.value().await.unwrap().as_deref(), Some("system"));
    let system = select
        .find(By::Css("option[value='system']"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(system, "Systeem (Nederlands)");
    assert_eq!(label_of(&app, "label[for^='language']").await, "Taal");
    select
        .find(By::Css("option[value='en']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_language(&app, "en", "API tokens — Scriptix Keys").await;
    app.id("settings-dialog").await;
    assert_eq!(label_of(&app, "label[for^='language']").await, "Language");
    let focused = app
        .driver
        .execute(
            "return document.activeElement && document.activeElement.dataset.testid;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        focused.json().as_str(),
        Some("settings-language"),
        "the language choice keeps the focus"
    );
    let select = app.id("settings-language").await;
    assert_eq!(select.value().await.unwrap().as_deref(), Some("en"));
    app.screenshot("language-en-settings").await;

    // And back to Dutch, for good: it outlives a restart on an English desktop.
    select
        .find(By::Css("option[value='nl']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_language(&app, "nl", "API-tokens — Scriptix Keys").await;
    assert_eq!(label_of(&app, "label[for^='language']").await, "Taal");
    app.quit().await;

    let app = App::launch(&dirs).await;
    app.wait_screen("main").await;
    wait_language(&app, "nl", "API-tokens — Scriptix Keys").await;
    app.quit().await;
}

/// On a Dutch desktop the activity log shows its details (stored as codes) in Dutch: a token
/// created in the demo workspace is logged with "sleutel in de kluis bewaard", and the steps
/// of its rotation (the rotation journal's codes) in Dutch words, not the journal's step names.
#[tokio::test(flavor = "multi_thread")]
async fn a_dutch_desktop_shows_the_activity_log_s_details_in_dutch() {
    let dirs = AppDirs::new();
    let app = App::launch_with(&dirs, DUTCH).await;
    app.id("signin-account").await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    super::support::create(&app, "Gelogde sleutel", "batch", 1).await;
    super::support::reveal_copy_and_close(&app).await;
    let id = super::support::row_id(&app, "Gelogde sleutel").await;
    let row = super::support::open_row_menu(&app, &id).await;
    super::support::click_in(&row, "row-rotate").await;
    super::support::choose_rotate_now(&app).await;
    app.click("rotation-submit").await;
    app.id("rotation-reveal-key").await;
    app.id("rotation-vault-note").await;
    app.click("rotation-continue").await;
    app.wait_text("rotation-summary-text", |t| !t.is_empty())
        .await;
    app.click("rotation-done").await;
    account_action(&app, "activity-open").await;
    app.id("audit-view").await;
    let script = r#"return [...document.querySelectorAll('[data-testid="audit-row"] .audit-detail')].map(c => c.textContent)"#;
    let started = Instant::now();
    loop {
        let details = super::support::script_strings(&app, script).await;
        if details.iter().any(|d| d == "sleutel in de kluis bewaard")
            && details.iter().any(|d| {
                d.starts_with("sleutel bewaren klaar: token ")
                    && d.ends_with("; sleutel in de kluis")
            })
            && details
                .iter()
                .any(|d| d.starts_with("vervanger maken gestart: Gelogde sleutel"))
            && !details
                .iter()
                .any(|d| d.contains("storeKey") || d.contains("deleteOld"))
        {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no Dutch detail in the activity log: {details:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    app.screenshot("language-nl-activity").await;
    app.quit().await;
}

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
    let nightly = super::support::row_id(&app, "Nightly batch export").await;
    let expires = row_text(&app, &nightly, "token-expires").await;
    // "over 5 dagen" or "over 6 dagen", as the hours fall.
    assert!(
        expires.starts_with("over ") && expires.ends_with(" dagen"),
        "relative expiry in Dutch: {expires:?}"
    );
    let date = row_text(&app, &nightly, "token-expires-date").await;
    let date = date.trim_start_matches('·').trim();
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
    let id = super::support::row_id(&app, "Nederlandse sleutel").await;
    super::support::click_row_action(&app, &id, "row-delete").await;
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
