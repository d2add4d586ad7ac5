//! Refreshes the README's screenshots from the real window (demo workspace, light and dark).
//! Not part of the normal run: `cargo test -p scriptix-keys-e2e -- --ignored docs_screenshots`
//! under the same session as the journeys.

use scriptix_keys_e2e::{App, AppDirs};

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
    std::fs::copy(shot, target).unwrap();
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "writes docs/screenshots; run on demand"]
async fn docs_screenshots() {
    shoot(None, "token-list-light").await;
    shoot(Some("Adwaita:dark"), "token-list-dark").await;
}
