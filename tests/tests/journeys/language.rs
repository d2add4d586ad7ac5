//! The app speaks the OS language: started under `LANG=nl_NL.UTF-8` the first screen is
//! Dutch (labels, field errors checked in the window and by the core, the window title,
//! `<html lang>`, the desktop reminders Rust writes); Settings → Language switches
//! the open window at once, without a restart, and keeps Settings open; the choice outlives a
//! restart on an English desktop.

mod list;

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
