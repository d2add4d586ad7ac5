//! Measurements inside the real window (WebDriver is fine here: every time is taken by the
//! page itself with performance.now(), WebDriver only starts the action and reads the result).
//! "Painted" = a task queued from the requestAnimationFrame callback after the change, i.e.
//! after the frame that shows it has been rendered.

use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, AppDirs};
use scriptix_sandbox::demo;
use serde_json::{Value, json};
use thirtyfour::prelude::*;

use crate::stats::Samples;

/// The app, signed in to `url` as the demo developer through the sign-in screen, with the
/// first list painted. Returns it with the first load's data → paint time.
pub async fn signed_in(url: &str, dirs: &AppDirs) -> (App, f64) {
    let app = App::launch(dirs).await;
    app.sign_in_new_account(url, demo::DEV_EMAIL, demo::PASSWORD)
        .await;
    app.wait_screen("main").await;
    let first = wait_painted(&app).await;
    (app, first)
}

/// Waits for a `list-painted` mark after the latest `list-data` mark; returns paint − data.
async fn wait_painted(app: &App) -> f64 {
    let script = r#"
        const data = performance.getEntriesByName('list-data').at(-1);
        const painted = performance.getEntriesByName('list-painted').filter(p => data && p.startTime >= data.startTime)[0];
        return data && painted ? painted.startTime - data.startTime : null;"#;
    let started = Instant::now();
    loop {
        let value = app.driver.execute(script, vec![]).await.expect("script");
        if let Some(ms) = value.json().as_f64() {
            return ms;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the list never painted"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Data arriving → first paint of the table, over `runs` refreshes of the full list.
pub async fn refresh_to_paint(app: &App, runs: usize) -> Samples {
    let mut samples = Samples::default();
    for _ in 0..runs {
        app.driver
            .execute("performance.clearMarks();", vec![])
            .await
            .expect("clear marks");
        app.click("refresh-button").await;
        samples.push(wait_painted(app).await);
    }
    samples
}

/// The filter's values as `query` is typed one character at a time, then cleared ("").
fn typing_steps(query: &str) -> Vec<String> {
    let mut typed = String::new();
    query
        .chars()
        .map(|c| {
            typed.push(c);
            typed.clone()
        })
        .chain([String::new()])
        .collect()
}

/// The page's half of a typed keystroke, installed once: from the key's `keydown` (the first
/// listener to see it, before the app's) to a task queued from the next
/// `requestAnimationFrame`, whatever the key did (typed a character through WebKit's editing,
/// as a user's key does, or Escape, which clears the filter). Samples wait in `__keystrokes`.
const KEYSTROKE_TIMER: &str = r#"
    const input = document.querySelector('[data-testid="token-filter"]');
    if (window.__keystrokes) return;
    window.__keystrokes = [];
    addEventListener('keydown', (e) => {
        if (e.target !== input) return;
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => window.__keystrokes.push({
            ms: performance.now() - t0,
            query: input.value,
            rows: document.querySelectorAll('[data-testid="token-row"]').length,
            showing: document.querySelector('[data-testid="token-showing"]')?.textContent ?? '',
        }), 0));
    }, true);"#;

/// The next keystroke's sample from [`KEYSTROKE_TIMER`], once its frame has been painted.
async fn next_keystroke(app: &App) -> Value {
    let started = Instant::now();
    loop {
        let got = app
            .driver
            .execute("return window.__keystrokes.shift() ?? null;", vec![])
            .await
            .expect("keystroke sample");
        if !got.json().is_null() {
            return got.json().clone();
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no painted frame after a keystroke"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Filter keystroke → next painted frame, typed as a user types: real key events through
/// WebDriver (Element Send Keys), `query` one character at a time, then Escape (the app's way
/// to clear the filter), `runs` times, each key `pause` after the last one's frame was
/// painted (zero: back to back). Every keystroke is one sample, timed by the page
/// ([`KEYSTROKE_TIMER`]). Returns the samples and the last typed state.
pub async fn filter_keystrokes(
    app: &App,
    query: &str,
    runs: usize,
    pause: Duration,
) -> (Samples, Value) {
    app.driver
        .execute(KEYSTROKE_TIMER, vec![])
        .await
        .expect("keystroke timer");
    let filter = app
        .driver
        .find(By::Css("[data-testid=\"token-filter\"]"))
        .await
        .expect("the filter");
    let mut samples = Samples::default();
    let mut last = Value::Null;
    for _ in 0..runs {
        for value in typing_steps(query) {
            if !pause.is_zero() {
                tokio::time::sleep(pause).await;
            }
            match value.chars().last() {
                Some(c) => filter.send_keys(c.to_string()).await,
                None => filter.send_keys(Key::Escape).await,
            }
            .expect("keystroke");
            let result = next_keystroke(app).await;
            samples.push(result["ms"].as_f64().expect("ms"));
            assert_eq!(
                result["query"].as_str(),
                Some(value.as_str()),
                "the filter holds what was typed"
            );
            if !value.is_empty() {
                last = json!({ "query": value, "rows_in_dom": result["rows"], "showing": result["showing"] });
            }
        }
    }
    (samples, last)
}

/// The way runs A–AC timed a keystroke: the filter's value set by a script and an `input`
/// event sent, from just before the event to the next painted frame. A script setting the
/// value of the focused field costs WebKit more than a typed key (see docs/performance.md,
/// twenty-first part), so this is context now, kept to compare with those runs.
const SCRIPTED_KEYSTROKE: &str = r#"
    const [next, done] = [arguments[0], arguments[arguments.length - 1]];
    const input = document.querySelector('[data-testid="token-filter"]');
    input.focus();
    const t0 = performance.now();
    input.value = next;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    requestAnimationFrame(() => setTimeout(() => done({ ms: performance.now() - t0, query: input.value }), 0));"#;

/// The same steps as [`filter_keystrokes`], each set by [`SCRIPTED_KEYSTROKE`].
pub async fn filter_keystrokes_scripted(app: &App, query: &str, runs: usize) -> Samples {
    steps_by_script(app, SCRIPTED_KEYSTROKE, query, runs).await
}

/// The steps of typing `query` and clearing it, `runs` times, each made by `script` (given the
/// filter's next value; it answers `{ ms, query }`). Every step is one sample.
async fn steps_by_script(app: &App, script: &str, query: &str, runs: usize) -> Samples {
    let mut samples = Samples::default();
    for _ in 0..runs {
        for value in typing_steps(query) {
            let result = app
                .driver
                .execute_async(script, vec![json!(value)])
                .await
                .expect("keystroke script");
            assert_eq!(
                result.json()["query"].as_str(),
                Some(value.as_str()),
                "the filter holds what was typed"
            );
            samples.push(result.json()["ms"].as_f64().expect("ms"));
        }
    }
    samples
}

/// The same keystrokes made at the start of a frame (in a requestAnimationFrame callback)
/// through the path a typed key takes: a character inserted by WebKit's editing
/// (`execCommand('insertText')`, which sends the same `input` event), the clear as an Escape
/// `keydown` to the app's handler. Timed to the task after that frame: the keystroke's own
/// work (handler, style, layout, paint) without the wait for WebKit's next frame, which a
/// keystroke at a random moment adds.
const KEYSTROKE_AT_FRAME: &str = r#"
    const [next, done] = [arguments[0], arguments[arguments.length - 1]];
    const input = document.querySelector('[data-testid="token-filter"]');
    input.focus();
    const end = input.value.length;
    input.setSelectionRange(end, end);
    requestAnimationFrame(() => {
        const t0 = performance.now();
        if (next === '') input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
        else document.execCommand('insertText', false, next.slice(-1));
        setTimeout(() => done({ ms: performance.now() - t0, query: input.value }), 0);
    });"#;

/// Filter keystrokes as [`filter_keystrokes`] types them, each made at the start of a frame
/// ([`KEYSTROKE_AT_FRAME`]).
pub async fn filter_keystrokes_at_frame(app: &App, query: &str, runs: usize) -> Samples {
    steps_by_script(app, KEYSTROKE_AT_FRAME, query, runs).await
}

/// A frame with nothing to draw, asked for at a random moment: requestAnimationFrame, then
/// the task after that frame, as every "→ next painted frame" time here ends. Its time is the
/// wait for WebKit's next frame (one every ~16.7 ms) plus an empty frame: the floor under the
/// filter and create rows. `count` samples 40–60 ms apart, in one script.
const IDLE_FRAMES: &str = r#"
    const [count, done] = [arguments[0], arguments[arguments.length - 1]];
    const out = [];
    const one = () => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => {
            out.push(performance.now() - t0);
            if (out.length < count) setTimeout(one, 40 + Math.random() * 20);
            else done(out);
        }, 0));
    };
    one();"#;

/// [`IDLE_FRAMES`] in the window as it is (nothing typed or changing).
pub async fn idle_frames(app: &App, count: usize) -> Samples {
    let result = app
        .driver
        .execute_async(IDLE_FRAMES, vec![json!(count)])
        .await
        .expect("idle frame script");
    let mut samples = Samples::default();
    for ms in result.json().as_array().expect("samples") {
        samples.push(ms.as_f64().expect("ms"));
    }
    samples
}

/// Click Create → the reveal dialog showing the key, painted.
const CREATE: &str = r#"
    const done = arguments[arguments.length - 1];
    const t0 = performance.now();
    const shown = () => {
        const key = document.querySelector('[data-testid="reveal-key"]');
        return key && key.textContent.trim().length > 0;
    };
    const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        const dom = performance.now() - t0;
        const at = (name) => {
            const marks = performance.getEntriesByName(name).filter((m) => m.startTime >= t0);
            return marks.length ? marks[marks.length - 1].startTime - t0 : null;
        };
        requestAnimationFrame(() => setTimeout(() => done({
            ms: performance.now() - t0, dom, sent: at('create-sent'), answer: at('create-answer'),
        }), 0));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    document.querySelector('[data-testid="create-submit"]').click();"#;

/// Create → reveal samples, and of each: when the `token_create` request left the page
/// (`create-sent`), when its answer was back (`create-answer`; between the two, the command's
/// round trip through the app and Rust's work), and when the key was in the page (the reveal
/// dialog built; the rest is WebKit's frame).
#[derive(Default)]
pub struct Creates {
    pub to_reveal: Samples,
    pub in_dom: Samples,
    pub sent: Samples,
    pub answer: Samples,
}

/// Create → reveal through the dialog, `runs` times; each reveal is closed and the list
/// refresh that follows is waited out before the next create.
pub async fn create_to_reveal(app: &App, runs: usize) -> Creates {
    let mut samples = Creates::default();
    // BENCH_CREATE_PAUSE_MS: an idle pause before each create (a diagnostic: whether the work
    // that follows a start or a refresh is what slows a create; the table's runs use none).
    let pause = std::env::var("BENCH_CREATE_PAUSE_MS")
        .ok()
        .and_then(|ms| ms.parse().ok())
        .map(Duration::from_millis);
    for i in 0..runs {
        if let Some(pause) = pause {
            tokio::time::sleep(pause).await;
        }
        app.click("new-token").await;
        app.id("create-dialog").await;
        app.type_into("create-name", &format!("Perf create {i}"))
            .await;
        app.click("create-type-batch").await;
        app.click("create-expiry-1").await;
        let ms = app
            .driver
            .execute_async(CREATE, vec![])
            .await
            .expect("create script");
        let value = ms.json();
        samples.to_reveal.push(value["ms"].as_f64().expect("ms"));
        samples
            .in_dom
            .push(value["dom"].as_f64().expect("in the page ms"));
        samples
            .sent
            .push(value["sent"].as_f64().expect("create-sent mark"));
        samples
            .answer
            .push(value["answer"].as_f64().expect("create-answer mark"));
        app.id("reveal-key").await;
        app.driver
            .execute("performance.clearMarks();", vec![])
            .await
            .expect("clear marks");
        // A vault-saved key closes at once; otherwise the first click only warns.
        while !app
            .driver
            .find_all(By::Css("[data-testid=\"reveal-dialog\"]"))
            .await
            .expect("find")
            .is_empty()
        {
            if let Ok(close) = app
                .driver
                .find(By::Css("[data-testid=\"reveal-close\"]"))
                .await
            {
                let _ = close.click().await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        wait_painted(app).await;
    }
    samples
}

/// After the first list has been painted: waits until every rendered row's Last used cell has
/// its answer (`data-source` set) and the frame showing the last answer was painted. Returns
/// (first `list-painted` → last `last-used-shown` in ms, rows rendered).
pub async fn last_used_shown(app: &App) -> (f64, usize) {
    let script = r#"
        const cells = [...document.querySelectorAll('[data-testid="token-last-used"]')];
        if (cells.length === 0 || cells.some((c) => !c.hasAttribute('data-source'))) return null;
        const painted = performance.getEntriesByName('list-painted')[0];
        const shown = performance.getEntriesByName('last-used-shown').at(-1);
        if (!painted || !shown || shown.startTime < painted.startTime) return null;
        return { ms: shown.startTime - painted.startTime, rows: cells.length };"#;
    let started = Instant::now();
    loop {
        let value = app.driver.execute(script, vec![]).await.expect("script");
        let value = value.json();
        if let (Some(ms), Some(rows)) = (value["ms"].as_f64(), value["rows"].as_u64()) {
            return (ms, usize::try_from(rows).expect("rows"));
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the Last used column was never filled"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// `BENCH_PROBE=FILE` (a diagnostic, as `tests/ui/perf/run.mjs --probe`): runs the async
/// script in FILE in the window (its last argument is the callback) and prints what it hands
/// back, before the filter rows.
pub async fn probe(app: &App) {
    let Some(path) = std::env::var_os("BENCH_PROBE") else {
        return;
    };
    let script = std::fs::read_to_string(&path).expect("BENCH_PROBE file");
    let result = app
        .driver
        .execute_async(&script, vec![])
        .await
        .expect("probe script");
    eprintln!("probe: {}", result.json());
}
