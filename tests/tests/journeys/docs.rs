//! Refreshes the README's screenshots from the real window, light and dark, in English and
//! in Dutch (`…-nl.png`, the app started under `LANG=nl_NL.UTF-8`): the first screen (the
//! one-screen sign-in), the demo workspace's token list and a token's usage panel. Not part of the
//! normal run: `scripts/test --screenshots` runs it (under the same session as the journeys)
//! and writes docs/screenshots/; run it again whenever one of these screens changes. The
//! before/after tour of issue 14's screens is a second on-demand test
//! (`SCRIPTIX_DOCS_LABEL=before|after`).

use std::process::Command;

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

/// The language a set of screenshots is taken in: its environment, its file suffix and the
/// words the shots wait for.
struct Lang {
    env: &'static [(&'static str, &'static str)],
    suffix: &'static str,
    updated: &'static str,
    requests: &'static str,
}

const ENGLISH: Lang = Lang {
    env: &[],
    suffix: "",
    updated: "Updated",
    requests: "requests",
};

const DUTCH: Lang = Lang {
    env: &[("LANG", "nl_NL.UTF-8")],
    suffix: "-nl",
    updated: "Bijgewerkt",
    requests: "verzoeken",
};

async fn shoot(theme: Option<&str>, theme_suffix: &str, lang: &Lang) {
    let dirs = AppDirs::new();
    let mut env: Vec<(&str, &str)> = theme.map(|t| vec![("GTK_THEME", t)]).unwrap_or_default();
    env.extend_from_slice(lang.env);
    let suffix = format!("{theme_suffix}{}", lang.suffix);
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
    app.wait_text("list-status", |t| t.contains(lang.updated))
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    save(&app, &format!("token-list-{suffix}")).await;
    // The usage panel of the seeded spike story (issue 12).
    let id = super::support::row_id(&app, scriptix_sandbox::demo::stories::SPIKE).await;
    super::support::click_row_action(&app, &id, "row-details").await;
    app.id("usage-chart").await;
    app.wait_text("usage-summary", |t| t.contains(lang.requests))
        .await;
    // The chart and the hints above it in view (the panel opens at its top).
    app.driver
        .execute(
            r#"const chart = document.querySelector('[data-testid="usage-chart"]');
               let box = chart.parentElement;
               while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
               if (box) box.scrollTop += chart.getBoundingClientRect().bottom - box.getBoundingClientRect().bottom + 40;"#,
            vec![],
        )
        .await
        .expect("scroll");
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    save(&app, &format!("usage-panel-{suffix}")).await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "writes docs/screenshots; run on demand with scripts/test --screenshots"]
async fn docs_screenshots() {
    for lang in [&ENGLISH, &DUTCH] {
        shoot(None, "light", lang).await;
        shoot(Some("Adwaita:dark"), "dark", lang).await;
    }
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
