//! The exact expiry date of the row with focus or the pointer (moved from `columns.rs`): it
//! shows in the relative expiry's place and moves no column, at the app's own window size.

use scriptix_keys_e2e::{App, AppDirs};
use scriptix_sandbox::demo;
use serde_json::Value;
use thirtyfour::prelude::*;

use super::{assert_same, columns, read, settled, two_frames};

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
    use crate::keyboard::focus::{k, move_focus_to, press};

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
