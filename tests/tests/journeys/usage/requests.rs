//! A test request and the guide's examples in the usage panel (moved from `usage.rs`): what
//! the how-to panel sends, and the guide's examples run with a key the app created, each
//! shown with its session in the real window.

use scriptix_keys_e2e::{App, AppDirs};

use crate::support::{click_row_action, row_id};

#[tokio::test(flavor = "multi_thread")]
async fn send_a_test_request_from_the_howto_panel_shows_the_session_and_the_usage_panel_shows_it() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    app.wait_text("list-status", |t| t.contains("Updated"))
        .await;
    crate::support::create(&app, "Test request key", "batch", 1).await;
    app.id("reveal-dialog").await;
    app.click("reveal-close").await;
    app.wait_gone("[data-testid=\"reveal-dialog\"]").await;
    let id = row_id(&app, "Test request key").await;
    click_row_action(&app, &id, "row-howto").await;
    app.id("howto-panel").await;
    app.click("howto-send-test").await;
    let result = app
        .wait_text("howto-test-result", |t| t.contains("Session"))
        .await;
    assert!(
        result.contains("queued") || result.contains("processing"),
        "{result}"
    );
    app.screenshot("howto-test-request").await;
    app.click("howto-close").await;
    app.wait_gone("[data-testid=\"howto-panel\"]").await;
    click_row_action(&app, &id, "row-details").await;
    let ip = app.wait_text("usage-ip", |t| t.contains("127.0.0.1")).await;
    assert!(ip.contains(" request"), "{ip}");
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_guide_s_examples_run_with_a_key_the_app_created_and_the_usage_panel_shows_them() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    app.wait_text("list-status", |t| t.contains("Updated"))
        .await;
    crate::support::create(&app, "Guide examples key", "batch", 1).await;
    let key = crate::support::reveal_copy_and_close(&app).await;
    let id = row_id(&app, "Guide examples key").await;
    let profiles: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dirs.config_dir().join("profiles.json")).unwrap(),
    )
    .unwrap();
    let url = profiles["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["demo"] == true)
        .and_then(|p| p["baseUrl"].as_str())
        .expect("the demo profile")
        .to_owned();
    // The script reads the key from its environment (never from argv).
    let script = scriptix_keys_e2e::package_dir().join("../scripts/test-guide-examples");
    let out = std::process::Command::new(script)
        .env("GUIDE_URL", &url)
        .env("SCRIPTIX_API_TOKEN", &key)
        .output()
        .expect("scripts/test-guide-examples");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for example in ["curl", "python", "node"] {
        assert!(
            stdout
                .lines()
                .any(|l| l.starts_with(&format!("{example} session "))),
            "{stdout}"
        );
    }
    click_row_action(&app, &id, "row-details").await;
    let ip = app.wait_text("usage-ip", |t| t.contains("127.0.0.1")).await;
    let requests: u32 = ip
        .split(", ")
        .nth(1)
        .and_then(|t| t.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(
        requests >= 3,
        "the three uploads (and their session checks): {ip}"
    );
    app.screenshot("usage-panel-guide-examples").await;
    app.quit().await;
}
