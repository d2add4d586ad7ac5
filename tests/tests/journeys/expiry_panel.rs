//! The expiry centre is a panel docked beside the token list, not a dialog: the list narrows
//! and stays usable (its row menu and the dialogs of its rows work while the panel is open),
//! Esc inside the panel closes it and focus returns to the Expiry button, and the main
//! screen with the panel open has no WCAG A/AA violation, in the light and the dark theme.

use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, AppDirs};
use thirtyfour::prelude::*;

use super::support::{click_row_action, create, row_id};

/// Runs `script` in the window and returns its JSON answer.
async fn js(app: &App, script: &str) -> serde_json::Value {
    app.driver
        .execute(script, Vec::new())
        .await
        .expect("script")
        .json()
        .clone()
}

/// What has focus: its data-testid, else its tag name; and whether it is inside the panel.
async fn focus(app: &App) -> (String, bool) {
    let seen = js(
        app,
        r#"const a = document.activeElement;
        const panel = document.querySelector('[data-testid="expiry-centre"]');
        return { id: (a && a.dataset && a.dataset.testid) || (a ? a.tagName.toLowerCase() : 'none'),
                 inside: Boolean(panel && panel.contains(a)) };"#,
    )
    .await;
    (
        seen["id"].as_str().unwrap_or_default().to_owned(),
        seen["inside"].as_bool().unwrap_or(false),
    )
}

/// Waits (generously: CI is slower) until `test` holds for what has focus.
async fn wait_focus(app: &App, what: &str, test: impl Fn(&(String, bool)) -> bool) {
    let started = Instant::now();
    loop {
        let now = focus(app).await;
        if test(&now) {
            return;
        }
        if started.elapsed() > Duration::from_secs(20) {
            app.screenshot("expiry-panel-focus").await;
            panic!("focus should be {what}, is on {now:?}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The panel's place in the window: beside the table, the table narrowed, nothing modal,
/// and every expiring token's Rotate… button on its name's line.
async fn layout(app: &App) -> serde_json::Value {
    js(
        app,
        r#"const r = (n) => n.getBoundingClientRect();
        const panel = document.querySelector('[data-testid="expiry-centre"]');
        const table = document.querySelector('[data-testid="token-table"]').closest('.table-area');
        const bar = document.querySelector('[data-testid="status-bar"]');
        const button = document.querySelector('[data-testid="expiry-open"]');
        const scroller = document.querySelector('.table-scroll');
        const menus = [...document.querySelectorAll('[data-testid="token-row"] [data-testid="row-menu"]')];
        const items = [...panel.querySelectorAll('[data-testid="expiry-token"]')].map((li) => {
          const name = li.querySelector('.token-name'), act = li.querySelector('[data-testid="expiry-rotate"]');
          const n = r(name), a = act ? r(act) : null;
          return { name: name.textContent, sameLine: !a || (a.top < n.bottom && a.bottom > n.top),
                   inside: !a || (a.right <= r(li).right + 0.5 && a.left >= n.right - 0.5) };
        });
        return {
          tag: panel.tagName, modal: document.querySelectorAll('dialog[open]').length,
          expanded: button.getAttribute('aria-expanded'), controls: button.getAttribute('aria-controls'), id: panel.id,
          label: document.getElementById(panel.getAttribute('aria-labelledby'))?.textContent,
          panelLeft: r(panel).left, panelRight: r(panel).right, panelBottom: r(panel).bottom,
          tableRight: r(table).right, barTop: r(bar).top, width: window.innerWidth, items,
          cols: [...document.querySelectorAll('.token-table thead th')].map((th) => th.className + ':' + Math.round(r(th).width)),
          tableWidth: r(document.querySelector('.token-table')).width, scrollerWidth: r(scroller).width,
          menusInView: menus.length > 0 && menus.every((m) => r(m).right <= r(scroller).right + 0.5) };"#,
    )
    .await
}

async fn tour(theme: Option<&str>) {
    let dirs = AppDirs::new();
    let env: Vec<(&str, &str)> = theme.map(|t| vec![("GTK_THEME", t)]).unwrap_or_default();
    let app = App::launch_with(&dirs, &env).await;
    app.driver
        .set_window_rect(0, 0, 1100, 720)
        .await
        .expect("window rect");
    app.click("demo-open").await;
    app.wait_screen("main").await;
    app.wait_text("list-status", |t| t.contains("Updated"))
        .await;
    // A token whose key this device holds, so its row offers "Check key".
    create(&app, "Panel side key", "batch", 1).await;
    app.id("reveal-dialog").await;
    app.click("reveal-copy").await;
    app.click("reveal-close").await;
    app.wait_gone("[data-testid=\"reveal-dialog\"]").await;
    let id = row_id(&app, "Panel side key").await;

    app.click("expiry-open").await;
    app.id("expiry-centre").await;
    wait_focus(&app, "inside the panel", |(_, inside)| *inside).await;
    let seen = layout(&app).await;
    let shade = if theme.is_some() { "dark" } else { "light" };
    app.screenshot(&format!("expiry-panel-{shade}")).await;
    assert_eq!(seen["tag"], "ASIDE", "a region of the main screen: {seen}");
    assert_eq!(seen["modal"], 0, "no dialog is open: {seen}");
    assert_eq!(seen["label"], "Attention", "{seen}");
    assert_eq!(seen["expanded"], "true", "{seen}");
    assert_eq!(seen["controls"], seen["id"], "{seen}");
    let f = |k: &str| seen[k].as_f64().unwrap_or(f64::NAN);
    assert!(
        (f("panelRight") - f("width")).abs() < 1.0,
        "docked at the window's right edge: {seen}"
    );
    assert!(
        f("tableRight") <= f("panelLeft") + 1.0,
        "the table narrows beside the panel, not under it: {seen}"
    );
    assert_eq!(
        seen["menusInView"], true,
        "every row's ⋯ button is in view beside the panel, no sideways scrolling: {seen}"
    );
    assert!(
        f("panelBottom") <= f("barTop") + 1.0,
        "the panel ends at the status bar: {seen}"
    );
    let items = seen["items"].as_array().cloned().unwrap_or_default();
    assert!(
        items
            .iter()
            .any(|i| i["name"] == "Staging realtime captions"),
        "the demo's expiring tokens are listed: {seen}"
    );
    for item in &items {
        assert_eq!(
            item["sameLine"], true,
            "Rotate… stays on its name's line: {item}"
        );
        assert_eq!(
            item["inside"], true,
            "Rotate… is right of the name, inside its row: {item}"
        );
    }
    app.axe("main screen with the expiry panel").await;

    // Not modal: the row menu opens and a row's "Check key" dialog works beside the panel.
    click_row_action(&app, &id, "row-check").await;
    app.id("keycheck-held-dialog").await;
    app.wait_text("check-result-title", |t| t == "This key works")
        .await;
    assert!(
        !app.driver
            .find_all(By::Css("[data-testid=\"expiry-centre\"]"))
            .await
            .expect("find")
            .is_empty(),
        "the panel stayed open behind the row's dialog"
    );
    app.click("keycheck-close").await;
    app.wait_gone("[data-testid=\"keycheck-held-dialog\"]")
        .await;
    app.id("expiry-centre").await;

    // Esc inside the panel closes it; focus is back on the Expiry button.
    app.click("expiry-rotate-days").await;
    wait_focus(&app, "in the panel's days field", |(id, _)| {
        id == "expiry-rotate-days"
    })
    .await;
    app.driver
        .active_element()
        .await
        .expect("focused element")
        .send_keys(Key::Escape)
        .await
        .expect("Esc");
    app.wait_gone("[data-testid=\"expiry-centre\"]").await;
    wait_focus(&app, "on the Expiry button", |(id, _)| id == "expiry-open").await;
    let button = app.id("expiry-open").await;
    assert_eq!(
        button.attr("aria-expanded").await.expect("attr").as_deref(),
        Some("false")
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_expiry_centre_is_a_docked_panel_beside_the_usable_list_and_esc_closes_it_back_to_the_expiry_button()
 {
    tour(None).await;
    tour(Some("Adwaita:dark")).await;
}
