//! The list's columns stay where they are while the rows change: typing in the filter (down
//! to one row, the empty state and back) leaves every column at the same place and width,
//! as a user reading across the rows expects; before, they moved sideways by up to 200 px
//! with every keystroke (ui/js/views/column-widths.js). A window of another width has them
//! laid out again for it.

mod exact_date;

use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, AppDirs};
use scriptix_sandbox::demo;
use serde_json::Value;
use thirtyfour::prelude::*;

/// Each laid-out header cell's class, left edge and width (px, to a tenth).
const COLUMNS: &str = r#"
    return [...document.querySelectorAll('[data-testid="token-table"] thead th')]
        .filter((th) => th.getClientRects().length > 0)
        .map((th) => { const r = th.getBoundingClientRect();
            return [th.className, Math.round(r.left * 10) / 10, Math.round(r.width * 10) / 10]; });"#;

/// The rows rendered, whether the widths are held and whether any Last used cell still waits
/// for its answer.
const STATE: &str = r#"
    const table = document.querySelector('[data-testid="token-table"]');
    return {
        rows: document.querySelectorAll('[data-testid="token-row"]').length,
        held: table.getAttribute('data-columns') === 'held',
        waiting: [...document.querySelectorAll('[data-testid="token-last-used"]')]
            .some((c) => c.textContent.includes('…')),
    };"#;

async fn columns(app: &App) -> Vec<(String, f64, f64)> {
    let got = app
        .driver
        .execute(COLUMNS, Vec::new())
        .await
        .expect("header cells");
    serde_json::from_value(got.json().clone()).expect("columns")
}

/// What `script` (one of the readings above) returns in the window.
async fn read(app: &App, script: &str) -> Value {
    app.driver
        .execute(script, Vec::new())
        .await
        .expect("a reading of the table")
        .json()
        .clone()
}

/// Waits until the table shows `rows` rows with their Last used answers and its widths held,
/// then for two more frames, and returns its columns.
async fn settled(app: &App, rows: u64) -> Vec<(String, f64, f64)> {
    let started = Instant::now();
    loop {
        let s = read(app, STATE).await;
        if s["rows"] == rows && s["held"] == true && s["waiting"] == false {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the table never settled with {rows} rows: {s}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    two_frames(app).await;
    columns(app).await
}

/// Waits two frames (a style change is painted).
async fn two_frames(app: &App) {
    app.driver
        .execute_async(
            "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)));",
            Vec::new(),
        )
        .await
        .expect("two frames");
}

/// The same columns at the same places (within half a pixel).
fn assert_same(what: &str, before: &[(String, f64, f64)], after: &[(String, f64, f64)]) {
    assert_eq!(
        before.len(),
        after.len(),
        "{what}: the columns changed: {before:?} → {after:?}"
    );
    for (b, a) in before.iter().zip(after) {
        assert!(
            b.0 == a.0 && (b.1 - a.1).abs() <= 0.5 && (b.2 - a.2).abs() <= 0.5,
            "{what}: column {} moved from x {} width {} to x {} width {}\nbefore: {before:?}\nafter: {after:?}",
            b.0,
            b.1,
            b.2,
            a.1,
            a.2
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_columns_stay_put_while_the_filter_changes_the_rows() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    let all = demo::SEEDED_TOKENS.len() as u64;
    let before = settled(&app, all).await;

    // Fewer rows, with narrower types, statuses and Last used texts than the whole list:
    // each of these moved the columns before.
    let realtime = demo::SEEDED_TOKENS
        .iter()
        .filter(|t| t.token_type.as_str() == "realtime")
        .count() as u64;
    app.type_into("token-filter", "realtime").await;
    assert_same("realtime tokens", &before, &settled(&app, realtime).await);
    app.type_into("token-filter", "legacy").await;
    assert_same("one row", &before, &settled(&app, 1).await);
    app.screenshot("columns-one-row").await;

    // Through the empty state and back with Escape.
    app.type_into("token-filter", "no such token").await;
    app.wait_text("token-empty", |t| t.contains("no such token"))
        .await;
    app.id("token-filter")
        .await
        .send_keys(Key::Escape)
        .await
        .expect("escape");
    assert_same("cleared", &before, &settled(&app, all).await);

    // A narrower window, with one row left: the columns are laid out again for that row
    // (held widths never shrink, so a narrower column shows they were let go), then held.
    app.type_into("token-filter", "legacy").await;
    assert_same("one row again", &before, &settled(&app, 1).await);
    resize(&app, 1000).await;
    let started = Instant::now();
    loop {
        let now = columns(&app).await;
        let relaid = now
            .iter()
            .zip(&before)
            .any(|(n, b)| n.0 != "col-name" && n.2 < b.2 - 1.0);
        if relaid && read(&app, STATE).await["held"] == true {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the columns were not laid out again for the narrower window: {now:?}, before {before:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    app.screenshot("columns-narrower-window").await;
    app.quit().await;
}

/// Each row's ⋯ button against the table's box, the box's sideways scroll, and how the rows'
/// actions cells are positioned.
const ACTIONS: &str = r#"
    const box = document.querySelector('[data-testid="token-table"]').parentElement;
    const table = document.querySelector('[data-testid="token-table"]');
    // The box's inside: its border and a scrollbar are not room for a button.
    const r0 = box.getBoundingClientRect();
    const b = { left: r0.left + box.clientLeft, right: r0.left + box.clientLeft + box.clientWidth };
    const buttons = [...document.querySelectorAll('[data-testid="token-row"] [data-testid="row-menu"]')];
    return {
        overflows: box.scrollWidth > box.clientWidth + 1,
        pinned: table.hasAttribute('data-overflow'),
        buttons: buttons.length,
        outOfView: buttons.filter((m) => { const r = m.getBoundingClientRect();
            return r.right > b.right + 0.5 || r.left < b.left - 0.5; }).length,
        cells: [...new Set([...document.querySelectorAll('[data-testid="token-row"] td.col-actions')]
            .map((c) => getComputedStyle(c).position))],
        scroll: box.scrollLeft, room: box.scrollWidth - box.clientWidth,
    };"#;

/// Makes the window `width` px wide (720 high).
async fn resize(app: &App, width: u32) {
    app.driver
        .set_window_rect(0, 0, width, 720)
        .await
        .expect("window rect");
}

/// Scrolls the table's box sideways to `at` (0 to 1 of its room), then waits two frames.
async fn scroll_sideways(app: &App, at: f64) {
    app.driver
        .execute_async(
            "const [at, done] = arguments; const box = document.querySelector('[data-testid=\"token-table\"]').parentElement;
             box.scrollLeft = Math.round((box.scrollWidth - box.clientWidth) * at);
             requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)));",
            vec![serde_json::json!(at)],
        )
        .await
        .expect("scroll sideways");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_row_actions_stay_in_view_when_the_window_is_too_narrow_for_the_table() {
    let dirs = AppDirs::new();
    // The app's own window size (1100 px): the demo's table fits its box.
    let app = App::launch(&dirs).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    let all = demo::SEEDED_TOKENS.len() as u64;
    settled(&app, all).await;
    // The table fits: nothing to pin, and no actions cell is a layer of its own (a sticky cell
    // is one, which WebKit paints apart at every keystroke; docs/performance.md, twenty-seventh
    // part).
    let wide = read(&app, ACTIONS).await;
    assert_eq!(wide["overflows"], false, "the table fits 1100 px: {wide}");
    assert_eq!(wide["pinned"], false, "{wide}");
    assert_eq!(wide["cells"], serde_json::json!(["static"]), "{wide}");
    assert_eq!(wide["buttons"], all, "{wide}");
    assert_eq!(wide["outOfView"], 0, "{wide}");

    // The narrowest window the app allows: the table is wider than its box, and every row's
    // ⋯ stays at the box's right edge wherever the other columns are scrolled to.
    resize(&app, 640).await;
    let started = Instant::now();
    let narrow = loop {
        let s = read(&app, ACTIONS).await;
        if s["overflows"] == true && s["pinned"] == true {
            break s;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the table never overflowed its box in a 640 px window, or its actions were not pinned: {s}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(narrow["cells"], serde_json::json!(["sticky"]), "{narrow}");
    assert!(narrow["room"].as_f64().unwrap_or(0.0) > 20.0, "{narrow}");
    for at in [0.0, 0.5, 1.0] {
        scroll_sideways(&app, at).await;
        let s = read(&app, ACTIONS).await;
        assert_eq!(
            s["outOfView"], 0,
            "a row's ⋯ is out of the table's box when scrolled sideways to {at}: {s}"
        );
    }
    scroll_sideways(&app, 0.0).await;
    app.screenshot("columns-narrow-window-actions").await;

    // Wide again: nothing pinned.
    resize(&app, 1100).await;
    let started = Instant::now();
    loop {
        let s = read(&app, ACTIONS).await;
        if s["overflows"] == false
            && s["pinned"] == false
            && s["cells"] == serde_json::json!(["static"])
        {
            assert_eq!(s["outOfView"], 0, "{s}");
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the actions stayed pinned in a window wide enough for the table: {s}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    app.quit().await;
}
