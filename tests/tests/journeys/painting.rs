//! The window comes up on screen (created hidden, shown by the setup once its saved size is
//! applied), painted on the CPU without WebKit's accelerated compositing (src-tauri's
//! painting.rs): the page's process runs no compositor, whose OpenGL (software GL on these
//! machines) held ~53 MiB and kept its threads busy while the window sat idle. The opt-out
//! gives WebKit its own choice back, and there the same check finds the compositor (so the
//! check can fail). And no element of the main screen is positioned against the initial
//! containing block: with one (the rows' visually hidden spans were), WebKit repainted the
//! whole window after any layout (docs/performance.md, nineteenth part). Nor is any inside the
//! table positioned against something outside it, or against something outside its row while
//! left where it would have been (no offsets): WebKit lays out such an element whenever its
//! containing block lays out, and with the body as theirs, a character typed in the filter laid
//! out and repainted every row in view (twenty-first part). The rows' hidden texts are placed at
//! the table's corner instead of making their cells positioned, each of which was a layer
//! WebKit painted apart (twenty-seventh part).

use std::collections::BTreeSet;

use scriptix_keys_e2e::{App, AppDirs, web_process_threads, window_shown};
use serde_json::Value;

/// The page process's threads that only compositing starts: WebKit's threaded compositor
/// (`ThreadedCompositor`, cut to its last 15 bytes by the kernel) and Mesa's software
/// rasteriser (`llvmpipe-N`), which draws the composited frames without a GPU.
fn compositing_threads(dirs: &AppDirs) -> BTreeSet<String> {
    let (processes, threads) = web_process_threads(dirs);
    assert!(processes > 0, "the app's web process was not found");
    threads
        .into_iter()
        .filter(|name| name.ends_with("Compositor") || name.starts_with("llvmpipe"))
        .collect()
}

async fn page_threads(extra_env: &[(&str, &str)], shot: &str) -> BTreeSet<String> {
    let dirs = AppDirs::new();
    let app = App::launch_with(&dirs, extra_env).await;
    app.wait_screen("signin").await;
    assert!(
        app.id("demo-open").await.is_displayed().await.unwrap(),
        "the sign-in screen is drawn"
    );
    // Created hidden, the window is shown by the app's setup (src-tauri/src/lib.rs).
    assert!(window_shown("Scriptix Keys"), "the window is on screen");
    let found = compositing_threads(&dirs);
    app.screenshot(shot).await;
    app.quit().await;
    found
}

#[tokio::test]
async fn the_page_is_painted_without_compositing_and_the_opt_out_keeps_webkits_choice() {
    for var in [
        "WEBKIT_DISABLE_COMPOSITING_MODE",
        "WEBKIT_SKIA_ENABLE_CPU_RENDERING",
        "SCRIPTIX_KEYS_GPU_PAINTING",
    ] {
        assert!(
            std::env::var_os(var).is_none(),
            "{var} is set around the tests: the app's own choice cannot be seen"
        );
    }
    let ours = page_threads(&[], "painting-cpu").await;
    assert!(ours.is_empty(), "the web process composites: {ours:?}");
    let webkits = page_threads(&[("SCRIPTIX_KEYS_GPU_PAINTING", "1")], "painting-gpu").await;
    assert!(
        webkits.iter().any(|name| name.ends_with("Compositor")),
        "with SCRIPTIX_KEYS_GPU_PAINTING=1 WebKit composites, yet its compositor was not seen: {webkits:?}"
    );
}

/// Every absolutely positioned element on the page with no positioned ancestor (its containing
/// block the initial one), described; and how many absolutely positioned elements were seen.
const UNANCHORED: &str = r#"
    const positioned = (e) => getComputedStyle(e).position !== 'static';
    const all = [...document.querySelectorAll('*')].filter((e) => getComputedStyle(e).position === 'absolute');
    const unanchored = all.filter((e) => {
        for (let p = e.parentElement; p; p = p.parentElement) if (positioned(p)) return false;
        return true;
    }).map((e) => `${e.tagName.toLowerCase()}.${e.className} in ${e.parentElement?.className || e.parentElement?.tagName}`);
    return { seen: all.length, unanchored: [...new Set(unanchored)] };"#;

/// Every absolutely positioned element inside the token table that a change elsewhere would
/// have WebKit lay out again, described: one placed against something outside the table, or
/// against something outside its own row (for one outside the rows, the table) while left
/// where it would have been (no top or no left offset: `auto`, as the style computes it);
/// and how many were seen in the rows. Also the rows' cells and cell texts that are
/// positioned (each a layer of its own; none while the table fits its box), and whether it does.
const OUTSIDE_THEIR_ROW: &str = r#"
    const table = document.querySelector('[data-testid="token-table"]') ?? document.querySelector('table');
    const positioned = (e) => getComputedStyle(e).position !== 'static';
    const placed = (e) => { const m = e.computedStyleMap();
        return String(m.get('top')) !== 'auto' && String(m.get('left')) !== 'auto'; };
    const inside = [...table.querySelectorAll('*')].filter((e) => getComputedStyle(e).position === 'absolute');
    const outside = inside.filter((e) => {
        const home = e.closest('[data-testid="token-row"]') ?? table;
        let p = e.parentElement;
        while (p && !positioned(p)) p = p.parentElement;
        if (!p || !table.contains(p)) return true;
        return !home.contains(p) && !placed(e);
    }).map((e) => `${e.tagName.toLowerCase()}.${e.className} in ${e.parentElement?.className || e.parentElement?.tagName}`);
    const cells = [...table.querySelectorAll('[data-testid="token-row"] td, .status-cell, .used-cell')]
        .filter(positioned).map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${getComputedStyle(e).position}`);
    return { inRows: inside.filter((e) => e.closest('[data-testid="token-row"]')).length, outside: [...new Set(outside)],
        cells: [...new Set(cells)], overflows: table.hasAttribute('data-overflow') };"#;

/// Runs `script` in the demo workspace's list (its rows' hidden texts in place).
async fn in_the_list(app: &App, script: &str) -> Value {
    app.wait_for("[data-testid=\"token-row\"] .visually-hidden")
        .await;
    app.driver
        .execute(script, Vec::new())
        .await
        .expect("positioned elements")
        .json()
        .clone()
}

#[tokio::test]
async fn no_element_of_the_list_is_positioned_against_the_window_or_laid_out_by_other_rows() {
    let dirs = AppDirs::new();
    // The app's own window size (1100 px), where the demo's table fits its box whatever row
    // has focus or the pointer (columns.rs).
    let app = App::launch(&dirs).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    let found = in_the_list(&app, UNANCHORED).await;
    // The rows' status and Last used cells carry visually hidden text: these are what is checked.
    assert!(
        found["seen"].as_u64().unwrap_or(0) >= 12,
        "the rows' visually hidden spans were not found: {found}"
    );
    assert_eq!(
        found["unanchored"],
        serde_json::json!([]),
        "positioned against the window (WebKit then repaints all of it after any layout)"
    );
    let found = in_the_list(&app, OUTSIDE_THEIR_ROW).await;
    // Two a row (status, Last used), and the demo workspace lists 12 tokens.
    assert!(
        found["inRows"].as_u64().unwrap_or(0) >= 24,
        "the rows' visually hidden spans were not found: {found}"
    );
    assert_eq!(
        found["outside"],
        serde_json::json!([]),
        "placed against an element outside the table, or outside their row with no offsets \
         (WebKit then lays out and repaints every row whenever that element lays out, for a \
         character typed in the filter too)"
    );
    assert_eq!(
        found["overflows"], false,
        "the demo's table fits the window: {found}"
    );
    assert_eq!(
        found["cells"],
        serde_json::json!([]),
        "the rows' cells are positioned while the table fits its box (each a layer WebKit \
         paints apart at every keystroke)"
    );
    app.quit().await;
}
