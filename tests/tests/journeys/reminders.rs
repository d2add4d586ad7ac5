//! Expiry reminders: after the list loads, the app hands each due reminder to the desktop's
//! notification service (a stand-in daemon on the test bus records them), once per token
//! and threshold, and shows the attention count in the Expiry badge and the window title.

use std::time::{Duration, Instant};

use scriptix_keys_e2e::{AppDirs, NotificationDaemon, Shown};
use scriptix_sandbox::demo;
use thirtyfour::prelude::*;

use super::support::{Signed, signed_in_to_sandbox, signed_in_with_clock};

/// The usage hints' notification titles (issue 12): the demo seed's stories add three.
const USAGE_TITLES: [&str; 4] = [
    "A key was used from a new address",
    "Unusual number of requests",
    "Something still uses a dead key",
    "A key being retired is still in use",
];

fn is_usage(n: &Shown) -> bool {
    USAGE_TITLES.contains(&n.summary.as_str())
}

/// The expiry reminders about `name` (not its usage hints).
fn about<'a>(shown: &'a [Shown], name: &str) -> Vec<&'a Shown> {
    shown
        .iter()
        .filter(|n| n.body.contains(name) && !is_usage(n))
        .collect()
}

async fn wait_for_count(daemon: &NotificationDaemon, count: usize) -> Vec<Shown> {
    let started = Instant::now();
    loop {
        let shown = daemon.shown();
        if shown.len() >= count {
            // Anything more would arrive together; give it a moment to show up.
            tokio::time::sleep(Duration::from_secs(1)).await;
            return daemon.shown();
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "expected {count} reminders, got {shown:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The native window title, as the desktop shows it.
fn window_titles() -> String {
    let out = std::process::Command::new("xdotool")
        .args(["search", "--name", "Scriptix Keys", "getwindowname", "%@"])
        .output()
        .expect("xdotool");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn expiry_reminders_reach_the_desktop_once_per_threshold() {
    let daemon = NotificationDaemon::start().await;
    let (
        Signed {
            app,
            sandbox: _sandbox,
            dirs: _dirs,
            server_dir: _server_dir,
        },
        clock,
    ) = signed_in_with_clock(demo::DEV_EMAIL).await;

    // Seeded: two expired, then 3, 6, 12 and 25 days left (whole days counted down, so a few
    // seconds after seeding they read 2, 5, 11 and 24): one reminder each, for the smallest
    // threshold reached, and nothing for tokens with months left.
    // Plus the seeded stories' three usage hints (spike, new IP, an expired key still tried).
    let shown = wait_for_count(&daemon, 9).await;
    assert_eq!(shown.len(), 9, "{shown:?}");
    assert_eq!(shown.iter().filter(|n| is_usage(n)).count(), 3, "{shown:?}");
    for (name, words) in [
        ("Legacy batch importer", "expired"),
        ("Old realtime demo", "expired"),
        ("Staging realtime captions", "expires in 2 days"),
        ("Nightly batch export", "expires in 5 days"),
        ("Podcast pipeline", "expires in 11 days"),
        ("Call centre live captions", "expires in 24 days"),
    ] {
        let about = about(&shown, name);
        assert_eq!(about.len(), 1, "{name}: {about:?}");
        assert!(about[0].body.contains(words), "{name}: {:?}", about[0]);
    }
    assert!(about(&shown, "Production transcription").is_empty());

    // The badge and the window title count what needs attention (usage hints included).
    let badge = app.wait_text("expiry-badge", |t| t.trim() == "9").await;
    assert_eq!(badge.trim(), "9");
    let started = Instant::now();
    while !window_titles().contains("API tokens — Scriptix Keys (9)") {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "title: {}",
            window_titles()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // Loading the list again shows nothing new.
    app.click("refresh-button").await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(daemon.shown().len(), 9, "no repeats: {:?}", daemon.shown());

    // Four days later three tokens cross a threshold: one expired, one expires tomorrow,
    // one is now within a week. Nothing else repeats.
    clock.set_days(4.0);
    app.click("refresh-button").await;
    let shown = wait_for_count(&daemon, 12).await;
    assert_eq!(shown.len(), 12, "{shown:?}");
    let new = &shown[9..];
    for (name, words) in [
        ("Staging realtime captions", "expired on"),
        ("Nightly batch export", "expires in 1 day"),
        ("Podcast pipeline", "expires in 7 days"),
    ] {
        let about = about(new, name);
        assert_eq!(about.len(), 1, "{name}: {new:?}");
        assert!(about[0].body.contains(words), "{name}: {:?}", about[0]);
    }
    app.click("refresh-button").await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(daemon.shown().len(), 12, "no repeats: {:?}", daemon.shown());
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn reminder_days_are_a_setting_checked_before_it_is_saved() {
    let Signed {
        app,
        sandbox: _sandbox,
        dirs,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    super::support::account_action(&app, "settings-open").await;
    let days = app.id("settings-thresholds").await;
    assert_eq!(
        days.value().await.unwrap().as_deref(),
        Some("30, 14, 7, 1, 0")
    );

    // A mistake is named and nothing is saved.
    app.type_into("settings-thresholds", "40, soon").await;
    app.id("settings-thresholds")
        .await
        .send_keys(Key::Enter)
        .await
        .unwrap();
    let error = app
        .wait_text("settings-thresholds-error", |t| !t.is_empty())
        .await;
    assert!(error.contains("soon"), "{error}");
    let saved = || {
        let text = std::fs::read_to_string(dirs.config_dir().join("profiles.json")).unwrap();
        serde_json::from_str::<serde_json::Value>(&text).unwrap()["settings"].clone()
    };
    assert_ne!(saved()["expiryThresholds"], serde_json::json!([40]));

    // Good days are saved largest first; reminders can be switched off.
    app.type_into("settings-thresholds", "3, 10").await;
    app.id("settings-thresholds")
        .await
        .send_keys(Key::Enter)
        .await
        .unwrap();
    app.wait_text("settings-status", |t| t == "Saved").await;
    app.click("settings-notify-expiry").await;
    app.wait_text("settings-status", |t| t == "Saved").await;
    app.screenshot("settings-reminders").await;
    assert_eq!(saved()["expiryThresholds"], serde_json::json!([10, 3]));
    assert_eq!(saved()["notifyExpiry"], serde_json::json!(false));
    assert_eq!(
        app.id("settings-thresholds")
            .await
            .value()
            .await
            .unwrap()
            .as_deref(),
        Some("10, 3")
    );
    app.quit().await;
}
