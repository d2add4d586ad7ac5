//! Refreshes the README's screenshots from the real window, light and dark: the first
//! screen (the one-screen sign-in) and the demo workspace's token list. Not part of the
//! normal run: `scripts/test --screenshots` runs it (under the same session as the journeys)
//! and writes docs/screenshots/; run it again whenever one of these screens changes.

use std::process::Command;

use scriptix_keys_e2e::{App, AppDirs};

/// Saves the window (cropped from the X display to the window's own rectangle) as
/// docs/screenshots/<name>.png.
async fn save(app: &App, name: &str) {
    let shot = app.screenshot(name).await;
    let rect = app.driver.get_window_rect().await.expect("window rect");
    let target = scriptix_keys_e2e::package_dir()
        .join("../docs/screenshots")
        .join(format!("{name}.png"));
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    let cropped = Command::new("convert")
        .arg(&shot)
        .args([
            "-crop",
            &format!("{}x{}+{}+{}", rect.width, rect.height, rect.x, rect.y),
            "+repage",
        ])
        .arg(&target)
        .status()
        .expect("convert (imagemagick)");
    assert!(cropped.success(), "cropping {name} failed");
}

async fn shoot(theme: Option<&str>, suffix: &str) {
    let dirs = AppDirs::new();
    let env: Vec<(&str, &str)> = theme.map(|t| vec![("GTK_THEME", t)]).unwrap_or_default();
    let app = App::launch_with(&dirs, &env).await;
    app.driver
        .set_window_rect(0, 0, 1100, 720)
        .await
        .expect("window rect");
    app.id("signin-account").await;
    // Let the resize and the first frame settle; this run only takes pictures.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    save(&app, &format!("signin-{suffix}")).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    app.wait_text("list-status", |t| t.contains("Updated"))
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    save(&app, &format!("token-list-{suffix}")).await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "writes docs/screenshots; run on demand with scripts/test --screenshots"]
async fn docs_screenshots() {
    shoot(None, "light").await;
    shoot(Some("Adwaita:dark"), "dark").await;
}
