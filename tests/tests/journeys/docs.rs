//! Refreshes the README's screenshots from the real window (demo workspace, light and dark).
//! Not part of the normal run: `cargo test -p scriptix-keys-e2e -- --ignored docs_screenshots`
//! under the same session as the journeys.

use scriptix_keys_e2e::{App, AppDirs};

/// The display (1280×800) is larger than the window (1100×720, centred): keeps the window.
fn crop_to_window(shot: &std::path::Path, out: &std::path::Path) {
    let cropped = std::process::Command::new("convert")
        .arg(shot)
        .args(["-crop", "1100x720+90+40", "+repage"])
        .arg(out)
        .status()
        .is_ok_and(|s| s.success());
    if !cropped {
        std::fs::copy(shot, out).unwrap();
    }
}

async fn shoot(theme: Option<&str>, name: &str) {
    let dirs = AppDirs::new();
    let env: Vec<(&str, &str)> = theme.map(|t| vec![("GTK_THEME", t)]).unwrap_or_default();
    let app = App::launch_with(&dirs, &env).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    app.wait_text("list-status", |t| t.contains("Updated"))
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let shot = app.screenshot(name).await;
    let target = scriptix_keys_e2e::package_dir()
        .join("../docs/screenshots")
        .join(format!("{name}.png"));
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    crop_to_window(&shot, &target);
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "writes docs/screenshots; run on demand"]
async fn docs_screenshots() {
    shoot(None, "token-list-light").await;
    shoot(Some("Adwaita:dark"), "token-list-dark").await;
}

/// The four screens issue 14 redesigned (main screen, reveal, rotation wizard, expiry
/// view), shot in one theme into `docs/screenshots/before-after/<screen>-<theme>-<label>.png`.
async fn shoot_tour(theme: Option<&str>, label: &str) {
    let theme_name = if theme.is_some() { "dark" } else { "light" };
    let dirs = AppDirs::new();
    let env: Vec<(&str, &str)> = theme.map(|t| vec![("GTK_THEME", t)]).unwrap_or_default();
    let app = App::launch_with(&dirs, &env).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    app.wait_text("list-status", |t| t.contains("Updated"))
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let target = scriptix_keys_e2e::package_dir().join("../docs/screenshots/before-after");
    std::fs::create_dir_all(&target).unwrap();
    let keep = |shot: std::path::PathBuf, screen: &str| {
        crop_to_window(
            &shot,
            &target.join(format!("{screen}-{theme_name}-{label}.png")),
        );
    };
    keep(app.screenshot("tour-main").await, "main");

    let id = super::support::row_id(&app, "Production transcription").await;
    super::support::click_row_action(&app, &id, "row-rotate").await;
    app.id("rotation-wizard").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    keep(app.screenshot("tour-rotation").await, "rotation-wizard");
    app.click("rotation-cancel").await;
    app.screenshot("tour-after-cancel").await;
    app.wait_gone("[data-testid=\"rotation-wizard\"]").await;

    app.click("expiry-open").await;
    app.id("expiry-centre").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    keep(app.screenshot("tour-expiry").await, "expiry");
    app.click("expiry-close").await;
    app.wait_gone("[data-testid=\"expiry-centre\"]").await;

    super::support::create(&app, "Docs screenshot key", "batch", 1).await;
    app.id("reveal-dialog").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    keep(app.screenshot("tour-reveal").await, "reveal");
    app.click("reveal-copy").await;
    app.click("reveal-close").await;
    app.wait_gone("[data-testid=\"reveal-dialog\"]").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "writes docs/screenshots/before-after; run on demand with SCRIPTIX_DOCS_LABEL=before|after"]
async fn docs_before_after_screenshots() {
    let label = std::env::var("SCRIPTIX_DOCS_LABEL").unwrap_or_else(|_| "after".to_owned());
    shoot_tour(None, &label).await;
    shoot_tour(Some("Adwaita:dark"), &label).await;
}
