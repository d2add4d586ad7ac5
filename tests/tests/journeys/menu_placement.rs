//! A row's actions menu opens where all of it can be seen: below its ⋯ when it fits there,
//! else above, never past the window's bottom edge and never under the status bar or the
//! "Copied" toast (the journey copies a key just before), whether
//! the table fits the window or its actions column is pinned (a narrow window). Before, the
//! menu opened below whenever 240 px were free there; a key kept on this device has an
//! eight-item menu of ~265 px, whose last items (Forget key, Delete) went off the window.

use scriptix_keys_e2e::{App, AppDirs};
use serde_json::Value;
use thirtyfour::prelude::*;

use super::support::{create, open_row_menu, reveal_copy_and_close, row_id, wait_until};

/// The open menu against the window: its box, the window's height, whether its top and bottom
/// edges and each item (three points along it) are what the window shows there (nothing drawn
/// over them: the status bar, the "Copied" toast), and whether the actions are pinned.
const OPEN_MENU: &str = r#"
    const list = document.querySelector('.menu-list:not([hidden]):not(.in-popup)');
    if (!list) return null;
    const r = list.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const mine = (y) => { const e = document.elementFromPoint(x, y); return Boolean(e && list.contains(e)); };
    const items = [...list.querySelectorAll('[role="menuitem"]')];
    return {
        top: r.top, bottom: r.bottom, height: innerHeight, items: items.length,
        edges: mine(r.top + 3) && mine(r.bottom - 3),
        // Each item at its label's start, its middle and its end (a toast can cover a part).
        covered: items.filter((i) => { const b = i.getBoundingClientRect(); const y = b.top + b.height / 2;
            return [b.left + 10, b.left + b.width / 2, b.right - 10].some((px) => {
                const e = document.elementFromPoint(px, y); return !(e && i.contains(e)); }); })
            .map((i) => i.dataset.testid),
        pinned: document.querySelector('[data-testid="token-table"]').hasAttribute('data-overflow'),
    };"#;

/// The ⋯ button of row `id`: its bottom edge in the window, and the window's inner height.
async fn button_bottom(app: &App, id: &str) -> (f64, f64) {
    let v: Value = app
        .driver
        .execute(
            "const b = document.querySelector('[data-testid=\"token-row\"][data-token-id=\"' + arguments[0] + '\"] [data-testid=\"row-menu\"]');
             return [b.getBoundingClientRect().bottom, innerHeight];",
            vec![serde_json::json!(id)],
        )
        .await
        .expect("the row's button")
        .json()
        .clone();
    (v[0].as_f64().unwrap_or(0.0), v[1].as_f64().unwrap_or(0.0))
}

/// The number `script` returns in the window.
async fn number(app: &App, script: &str) -> f64 {
    app.driver
        .execute(script, Vec::new())
        .await
        .expect(script)
        .json()
        .as_f64()
        .unwrap_or(0.0)
}

/// Gives the window `width` and an inside `inner` px high, and waits until it has them.
async fn window(app: &App, width: u32, inner: f64) {
    let excess = number(app, "return outerHeight - innerHeight;").await;
    app.driver
        .set_window_rect(0, 0, width, (inner + excess).round() as u32)
        .await
        .expect("window rect");
    wait_until("the window's new size", async || {
        (number(app, "return innerHeight;").await - inner).abs() < 1.0
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_row_menu_opens_where_all_of_it_shows_in_any_window() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    // A key kept on this device: its row has the longest menu.
    create(&app, "Menu placement key", "batch", 1).await;
    reveal_copy_and_close(&app).await;
    let id = row_id(&app, "Menu placement key").await;

    // Each window: the table fitting (1100 px) and the actions pinned (640 px); each height
    // puts the ⋯ where the menu would just not fit below it (it did fit 240 px), or where
    // opened below it would end over the status bar.
    for (width, pinned) in [(1100u32, false), (640u32, true)] {
        window(&app, width, 720.0).await;
        let (bottom, _) = button_bottom(&app, &id).await;
        // The menu's height, from one opening in the roomy window.
        open_row_menu(&app, &id).await;
        let open = read_open(&app).await;
        let tall = open["bottom"].as_f64().unwrap_or(0.0) - open["top"].as_f64().unwrap_or(0.0);
        close_menu(&app).await;
        assert!(
            tall > 240.0,
            "a kept key's menu is taller than 240 px: {open}"
        );
        for inner in [bottom + 250.0, bottom + tall + 4.0 + 15.0] {
            window(&app, width, inner.round()).await;
            let (b, h) = button_bottom(&app, &id).await;
            open_row_menu(&app, &id).await;
            let s = read_open(&app).await;
            let what = format!("{width}×{h} window, the ⋯ ending at {b}");
            assert_eq!(s["pinned"], pinned, "{what}: {s}");
            let top = s["top"].as_f64().unwrap_or(-1.0);
            let end = s["bottom"].as_f64().unwrap_or(1e9);
            assert!(
                top >= 0.0 && end <= h,
                "{what}: the menu goes past the window: {s}"
            );
            assert!(
                s["edges"] == true && s["covered"] == serde_json::json!([]),
                "{what}: part of the menu is drawn over: {s}"
            );
            assert!(s["items"].as_u64().unwrap_or(0) >= 8, "{what}: {s}");
            if width == 640 {
                app.screenshot("menu-placement-pinned").await;
            }
            close_menu(&app).await;
        }
    }
    app.quit().await;
}

async fn read_open(app: &App) -> Value {
    app.driver
        .execute(OPEN_MENU, Vec::new())
        .await
        .expect("the open menu")
        .json()
        .clone()
}

/// Esc closes the open menu (focus is in it).
async fn close_menu(app: &App) {
    app.driver
        .active_element()
        .await
        .expect("focus")
        .send_keys(Key::Escape)
        .await
        .expect("escape");
    wait_until("the menu closed", async || read_open(app).await.is_null()).await;
}
