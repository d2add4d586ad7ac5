//! The first ten minutes: a fresh data folder signs in on the first screen with e-mail and
//! password (MFA too) and never sees a profile form; "Open demo workspace" is on screen
//! without scrolling at the smallest and the default window size; a second account is one
//! click away, and the saved one keeps working after a restart.

use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, AppDirs, start_sandbox, totp_now};
use scriptix_sandbox::demo;
use thirtyfour::prelude::*;

use super::submit_password;
use super::support::account_action;

/// Records, from now on, whether a profile form ever appears in the window (the page is
/// never reloaded between the first screen and the workspace, so the flag survives).
async fn watch_for_profile_forms(app: &App) {
    let script = r#"
        window.__profileFormSeen = !!document.querySelector('[data-testid="profile-form"]');
        new MutationObserver(() => {
          if (document.querySelector('[data-testid="profile-form"]')) window.__profileFormSeen = true;
        }).observe(document.documentElement, { childList: true, subtree: true });"#;
    app.driver.execute(script, vec![]).await.expect("observer");
}

async fn profile_form_seen(app: &App) -> bool {
    let seen = app
        .driver
        .execute("return window.__profileFormSeen === true;", vec![])
        .await
        .expect("flag");
    seen.json().as_bool().expect("bool")
}

/// Resizes the window through WebDriver and waits until the page has the new viewport.
async fn resize(app: &App, width: u32, height: u32) {
    app.driver
        .set_window_rect(0, 0, width, height)
        .await
        .expect("window rect");
    let started = Instant::now();
    loop {
        let size = app
            .driver
            .execute("return [window.innerWidth, window.innerHeight];", vec![])
            .await
            .expect("viewport");
        let size: Vec<u32> = serde_json::from_value(size.json().clone()).expect("size");
        if size[0] <= width && size[1] <= height && size[0] + 40 >= width && size[1] + 40 >= height
        {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the window did not reach {width}x{height}: viewport {size:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Asserts that the demo button lies wholly inside the viewport, without scrolling.
async fn assert_demo_button_on_screen(app: &App, label: &str) {
    app.id("demo-open").await;
    let script = r#"
        const r = document.querySelector('[data-testid="demo-open"]').getBoundingClientRect();
        return { top: r.top, left: r.left, bottom: r.bottom, right: r.right,
                 width: window.innerWidth, height: window.innerHeight,
                 scrollX: window.scrollX, scrollY: window.scrollY };"#;
    let rect = app.driver.execute(script, vec![]).await.expect("rect");
    let rect = rect.json();
    let num = |k: &str| rect[k].as_f64().expect("number");
    assert!(
        num("scrollX") == 0.0 && num("scrollY") == 0.0,
        "{label}: nothing scrolled: {rect}"
    );
    assert!(
        num("top") >= 0.0
            && num("left") >= 0.0
            && num("bottom") <= num("height")
            && num("right") <= num("width")
            && num("bottom") > num("top"),
        "{label}: Open demo workspace must be inside the viewport without scrolling: {rect}"
    );
}

fn profiles_json(dirs: &AppDirs) -> serde_json::Value {
    let text =
        std::fs::read_to_string(dirs.config_dir().join("profiles.json")).expect("profiles.json");
    serde_json::from_str(&text).expect("profiles json")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_fresh_install_signs_in_on_the_first_screen_and_never_shows_a_profile_form() {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    watch_for_profile_forms(&app).await;

    // The first screen asks for e-mail and password; the demo is visible at both sizes.
    for (width, height) in [(640, 480), (1100, 720)] {
        resize(&app, width, height).await;
        assert_demo_button_on_screen(&app, &format!("{width}x{height}")).await;
        app.screenshot(&format!("onboarding-first-screen-{width}x{height}"))
            .await;
    }
    let advanced = app.id("signin-advanced").await;
    assert!(
        advanced.attr("open").await.unwrap().is_none(),
        "server and profile name wait under Advanced"
    );
    app.click("signin-advanced-toggle").await;
    let server = app.id("signin-server").await.value().await.unwrap();
    assert_eq!(server.as_deref(), Some("https://api.scriptix.io"));

    app.sign_in_new_account(sandbox.url(), demo::DEV_EMAIL, demo::PASSWORD)
        .await;
    app.wait_screen("main").await;
    app.wait_text("account-email", |t| t.contains(demo::DEV_EMAIL))
        .await;
    assert!(!profile_form_seen(&app).await, "no profile form was shown");

    let profiles = profiles_json(&dirs);
    let saved = &profiles["profiles"][0];
    assert_eq!(profiles["profiles"].as_array().unwrap().len(), 1);
    assert_eq!(saved["username"], demo::DEV_EMAIL);
    let name = saved["name"].as_str().unwrap();
    assert!(
        name.starts_with(demo::DEV_EMAIL),
        "the profile is named after the e-mail: {name}"
    );

    // A second account is one click away from the sign-in screen.
    account_action(&app, "sign-out").await;
    app.wait_screen("signin").await;
    app.click("account-add").await;
    app.sign_in_new_account(sandbox.url(), demo::ADMIN_EMAIL, demo::PASSWORD)
        .await;
    app.wait_screen("main").await;
    app.wait_text("account-email", |t| t.contains(demo::ADMIN_EMAIL))
        .await;
    assert!(!profile_form_seen(&app).await, "no profile form was shown");
    assert_eq!(
        profiles_json(&dirs)["profiles"].as_array().unwrap().len(),
        2
    );
    account_action(&app, "sign-out").await;
    app.wait_screen("signin").await;
    app.quit().await;

    // The saved profiles keep working: the next start offers the last one with its e-mail.
    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    app.id("profile-select").await;
    let email = app.id("signin-email").await.value().await.unwrap();
    assert_eq!(email.as_deref(), Some(demo::ADMIN_EMAIL));
    submit_password(&app, demo::ADMIN_EMAIL, demo::PASSWORD).await;
    app.wait_screen("main").await;
    app.quit().await;
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_mfa_account_signs_in_from_the_first_screen_with_its_authenticator_code() {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    watch_for_profile_forms(&app).await;
    app.sign_in_new_account(sandbox.url(), demo::MFA_EMAIL, demo::PASSWORD)
        .await;
    app.id("mfa-form").await;
    app.screenshot("onboarding-mfa").await;
    app.type_into("mfa-code", &totp_now(demo::TOTP_SECRET))
        .await;
    app.click("mfa-submit").await;
    app.wait_screen("main").await;
    app.wait_text("account-email", |t| t.contains(demo::MFA_EMAIL))
        .await;
    assert!(!profile_form_seen(&app).await, "no profile form was shown");
    let profiles = profiles_json(&dirs);
    assert_eq!(profiles["profiles"].as_array().unwrap().len(), 1);
    assert_eq!(profiles["profiles"][0]["username"], demo::MFA_EMAIL);
    app.quit().await;
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_password_on_the_first_screen_keeps_one_profile_and_the_retry_signs_in() {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.sign_in_new_account(sandbox.url(), demo::DEV_EMAIL, "not-the-password")
        .await;
    app.wait_text("signin-error", |t| !t.is_empty()).await;
    app.id("signin-account").await;
    let empty = app.id("signin-password").await.value().await.unwrap();
    assert_eq!(empty.as_deref(), Some(""), "the password is not kept");
    app.type_into("signin-password", demo::PASSWORD).await;
    app.click("signin-submit").await;
    app.wait_screen("main").await;
    assert_eq!(
        profiles_json(&dirs)["profiles"].as_array().unwrap().len(),
        1,
        "the retry used the profile the first try saved"
    );
    let shown = app
        .driver
        .find_all(By::Css("[data-testid=\"profile-form\"]"))
        .await
        .unwrap();
    assert!(shown.is_empty());
    app.quit().await;
    sandbox.shutdown().await;
}
