//! The list's columns stay where they are while the rows change: typing in the filter (down
//! to one row, the empty state and back) leaves every column at the same place and width,
//! as a user reading across the rows expects; before, they moved sideways by up to 200 px
//! with every keystroke (ui/js/views/column-widths.js). A window of another width has them
//! laid out again for it.

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

/// Per row: whether it has focus or the pointer, and whether its relative expiry ("in 3
/// days") and its exact date are drawn (shown, not hidden, and with a size); the date's text,
/// and whether the date stays inside its cell. Also whether the table overflows its box.
const PEEK: &str = r#"
    const drawn = (e) => { if (!e) return false; const s = getComputedStyle(e);
        return s.display !== 'none' && s.visibility === 'visible' && e.getBoundingClientRect().width > 0; };
    const box = document.querySelector('[data-testid="token-table"]').parentElement;
    const name = document.querySelector('[data-testid="token-table"] thead th.col-name');
    return {
        overflows: box.scrollWidth > box.clientWidth + 1,
        // How much narrower Name could be before the table overflows (px).
        spare: Math.round(name.getBoundingClientRect().width - parseFloat(getComputedStyle(name).minWidth)),
        rows: [...document.querySelectorAll('[data-testid="token-row"]')].map((r) => {
            const date = r.querySelector('[data-testid="token-expires-date"]');
            const cell = r.querySelector('td.col-status').getBoundingClientRect();
            const d = date ? date.getBoundingClientRect() : cell;
            return {
                id: r.dataset.tokenId,
                focused: r === document.activeElement,
                peeked: r === document.activeElement || r.matches(':hover'),
                relative: drawn(r.querySelector('[data-testid="token-expires"]')),
                date: drawn(date),
                text: date ? date.textContent.trim() : '',
                inside: d.left >= cell.left - 0.5 && d.right <= cell.right + 0.5,
            };
        }),
    };"#;

/// Checks what `PEEK` read: the rows with focus or the pointer show the exact date in place of
/// the relative expiry, inside their cell; every other row shows the relative expiry only; the
/// table fits its box. Returns the ids of the rows showing their date.
fn assert_peek(what: &str, s: &Value) -> Vec<String> {
    assert_eq!(
        s["overflows"], false,
        "{what}: the table overflows its box: {s}"
    );
    let mut peeked = Vec::new();
    for r in s["rows"].as_array().expect("rows") {
        if r["peeked"] == true {
            let text = r["text"].as_str().unwrap_or_default();
            assert!(
                r["date"] == true && r["relative"] == false && r["inside"] == true,
                "{what}: row {} has focus or the pointer: its exact date should show inside its cell, in place of the relative expiry: {r}",
                r["id"]
            );
            assert!(is_date(text), "{what}: row {}: {text:?}", r["id"]);
            peeked.push(r["id"].as_str().unwrap_or_default().to_owned());
        } else {
            assert!(
                r["date"] == false && r["relative"] == true,
                "{what}: row {} shows its exact date without focus or the pointer: {r}",
                r["id"]
            );
        }
    }
    peeked
}

/// "7 Dec 2026" or "Expired 30 Oct 2025".
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.trim_start_matches("Expired ").split(' ').collect();
    matches!(parts.as_slice(), [d, m, y]
        if (1..=2).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit())
            && m.len() == 3 && m.chars().all(|c| c.is_ascii_alphabetic())
            && y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_exact_expiry_date_shows_in_place_of_the_relative_one_and_moves_no_column() {
    use super::keyboard::focus::{k, move_focus_to, press};

    let dirs = AppDirs::new();
    // The app's own window size (1100 px), where the demo's table fits its box.
    let app = App::launch(&dirs).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    let all = demo::SEEDED_TOKENS.len();
    let before = settled(&app, all as u64).await;

    // The keyboard: into the list, then down every row. Each row with focus shows its exact
    // date where its relative expiry was, and no column moves (before, the date was added
    // beside it: Expires grew for good and the table overflowed its box at 1100 px).
    app.id("token-filter").await.click().await.expect("filter");
    let on_row = "return document.activeElement?.dataset?.testid === 'token-row';";
    for _ in 0..10 {
        if read(&app, on_row).await == true {
            break;
        }
        press(&app, k(Key::Tab)).await;
    }
    assert_eq!(
        read(&app, on_row).await,
        true,
        "Tab from the filter reaches the list"
    );
    press(&app, Key::Home).await;
    let mut seen = std::collections::BTreeSet::new();
    for step in 0..all {
        if step > 0 {
            press(&app, Key::Down).await;
        }
        two_frames(&app).await;
        let s = read(&app, PEEK).await;
        // Exactly the row ↓ reached has focus (the pointer may hover another one).
        let focused: Vec<usize> = s["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .enumerate()
            .filter(|(_, r)| r["focused"] == true)
            .map(|(i, _)| i)
            .collect();
        assert_eq!(focused, vec![step], "step {step}: the focused row: {s}");
        if step == 0 {
            eprintln!("Name could be {} px narrower at 1100 px", s["spare"]);
        }
        seen.extend(assert_peek(&format!("row {step} focused"), &s));
        assert_same(
            &format!("row {step} focused"),
            &before,
            &columns(&app).await,
        );
        if step == all - 1 {
            app.screenshot("columns-exact-date-focused").await;
        }
    }
    assert_eq!(
        seen.len(),
        all,
        "every row showed its date once focused: {seen:?}"
    );

    // The pointer: out of the list (focus on the filter), then over each row in turn.
    move_focus_to(
        &app,
        &(Key::Shift + Key::Tab).to_string(),
        "token-filter",
        5,
    )
    .await;
    for row in app
        .driver
        .find_all(By::Css("[data-testid=\"token-row\"]"))
        .await
        .expect("rows")
    {
        // Over the row's ID (a row itself is no place to point at for WebDriver).
        let cell = row
            .find(By::Css("td.col-id"))
            .await
            .expect("the row's ID cell");
        app.driver
            .action_chain()
            .move_to_element_center(&cell)
            .perform()
            .await
            .expect("pointer over the row");
        two_frames(&app).await;
        let s = read(&app, PEEK).await;
        let id = row
            .attr("data-token-id")
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        let peeked = assert_peek(&format!("pointer over row {id}"), &s);
        assert_eq!(peeked, vec![id.clone()], "the pointer over row {id}: {s}");
        assert_same(
            &format!("pointer over row {id}"),
            &before,
            &columns(&app).await,
        );
    }
    app.screenshot("columns-exact-date-hovered").await;
    app.quit().await;
}
