//! The next start shows the last list before the modules run (ui/js/views/first-frame.js,
//! src-tauri/src/first_frame.rs, docs/first-frame.md): the frame kept after a refresh holds
//! the list and never a key, even one shown on screen while it was rendered; the next start
//! serves it and the modules take over a list that answers; a frame that no longer shows
//! the truth (signed out) is never served, and is removed.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, AppDirs, files_under};
use thirtyfour::prelude::*;

use super::support::{account_action, create, row_id, shown_key};

/// The app's kept first frame, once one that `shows` has been saved.
async fn saved_frame(dirs: &AppDirs, shows: &str) -> (PathBuf, String) {
    let started = Instant::now();
    loop {
        let found = files_under(&dirs.root)
            .into_iter()
            .find(|p| p.file_name().is_some_and(|n| n == "first-frame.json"));
        if let Some(path) = found
            && let Ok(text) = std::fs::read_to_string(&path)
            && text.contains(shows)
        {
            return (path, text);
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no first frame showing {shows} was saved"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the kept frame has not changed for 3 s (the last refresh's frame is saved).
async fn settled_frame(dirs: &AppDirs) {
    let started = Instant::now();
    let mut last = None;
    let mut same_since = Instant::now();
    loop {
        let now = files_under(&dirs.root)
            .into_iter()
            .find(|p| p.file_name().is_some_and(|n| n == "first-frame.json"))
            .and_then(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
        if now != last {
            last = now;
            same_since = Instant::now();
        } else if last.is_some() && same_since.elapsed() >= Duration::from_secs(3) {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the kept frame never settled"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// What the page says about how it started: whether index.html carried a frame, whether the
/// root still holds the served frame's marks, its language and title, and which of Tauri's
/// scripts ran before it (the bridge; @tauri-apps/api's global scripts define `__TAURI__`; the
/// dialog and notification plugins' page scripts replace `alert`, `confirm` and `Notification`
/// with functions that call them).
async fn page_facts(app: &App) -> serde_json::Value {
    let script = r#"const root = document.getElementById('app');
        return {
          served: performance.getEntriesByName('first-frame-served').length,
          inert: root.hasAttribute('inert') || root.hasAttribute('data-first-frame') || root.hasAttribute('aria-busy'),
          lang: document.documentElement.lang,
          title: document.title,
          bridge: typeof window.__TAURI_INTERNALS__?.invoke,
          globalApi: typeof window.__TAURI__,
          pluginPageScripts: [window.alert, window.confirm, window.Notification]
            .filter((f) => String(f).includes('plugin:')).length,
        };"#;
    app.driver
        .execute(script, vec![])
        .await
        .expect("page facts")
        .json()
        .clone()
}

const NAME: &str = "Served frame <b>&\"'";

#[tokio::test]
async fn the_next_start_shows_the_last_list_at_once_and_never_a_stale_one() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    app.wait_for("[data-testid=\"token-row\"]").await;

    // A key on screen while the frame is rendered. A refresh just before the create leaves
    // a frame to render; the typing puts it off until the reveal shows the key; the
    // create's new row is in the cached list by then.
    app.click("refresh-button").await;
    app.wait_text("list-status", |t| t.starts_with("Updated"))
        .await;
    create(&app, NAME, "batch", 1).await;
    let key = shown_key(&app, "reveal-key").await;
    // The hostile name as text in the markup (inside a JSON string), never as markup.
    let (file, saved) = saved_frame(&dirs, "Served frame &lt;b&gt;&amp;").await;
    assert!(
        app.id("reveal-key").await.is_displayed().await.unwrap(),
        "the key was on screen while the frame was saved"
    );
    app.click("reveal-close").await;
    let new_id = row_id(&app, NAME).await;
    // A user's window stays open a while after a change: the refreshes it started end, and
    // the frame of the last one is kept once the window is quiet.
    settled_frame(&dirs).await;
    let settled = std::fs::read_to_string(&file).expect("first-frame.json");
    for frame in [&saved, &settled] {
        assert!(!frame.contains(&key), "the kept first frame holds the key");
        assert!(
            !frame.contains(&key[key.len() - 16..]),
            "the kept first frame holds part of the key"
        );
        assert!(!frame.contains("<b>&\\\"'"), "the name became markup");
    }
    assert!(
        settled.contains(&format!("data-token-id=\\\"{new_id}\\\"")),
        "the kept frame shows the new token's row"
    );
    app.quit().await;

    // The next start: index.html carried the frame, and the modules took it over.
    let app = App::launch(&dirs).await;
    app.wait_screen("main").await;
    app.wait_for("[data-testid=\"token-row\"]").await;
    let facts = page_facts(&app).await;
    assert_eq!(
        facts["served"], 1,
        "index.html carried no first frame: {facts}"
    );
    assert_eq!(
        facts["inert"], false,
        "the modules did not take the page over: {facts}"
    );
    assert_eq!(facts["lang"], "en");
    // Only Tauri's bridge ran at document start, not the 57 KB of global API scripts the
    // page does not use (docs/performance.md, eighteenth part).
    assert_eq!(facts["bridge"], "function", "no Tauri bridge: {facts}");
    assert_eq!(
        facts["globalApi"], "undefined",
        "@tauri-apps/api's global scripts ran before the page: {facts}"
    );
    // Nor the dialog and notification plugins' page scripts: the window asks through
    // ipc.js, and their script's start-up call was refused (twenty-fifth part).
    assert_eq!(
        facts["pluginPageScripts"], 0,
        "a plugin's page script ran before the page: {facts}"
    );
    // The served title is the list's; the "Attention" count joins it once the reminders and
    // usage hints are in, which may be before or after this look.
    let title = facts["title"].as_str().unwrap_or_default();
    let attention = title
        .strip_prefix("API tokens — Scriptix Keys (")
        .and_then(|rest| rest.strip_suffix(')'))
        .is_some_and(|count| count.parse::<u32>().is_ok_and(|n| n > 0));
    assert!(
        title == "API tokens — Scriptix Keys" || attention,
        "the window title is not the token list's: {facts}"
    );
    // The list answers: the filter finds the new token, the heading has the focus.
    assert_eq!(row_id(&app, NAME).await, new_id);
    app.type_into("token-filter", "Served frame").await;
    let started = Instant::now();
    loop {
        let rows = app
            .driver
            .find_all(By::Css("[data-testid=\"token-row\"]"))
            .await
            .expect("rows");
        if rows.len() == 1 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the filter did not narrow the list"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Signed out: the kept frame shows a list this start must not; it is never served.
    account_action(&app, "sign-out").await;
    app.wait_screen("signin").await;
    app.quit().await;
    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    let facts = page_facts(&app).await;
    assert_eq!(
        facts["served"], 0,
        "a frame was served to a signed-out start: {facts}"
    );
    assert!(!file.exists(), "the outdated frame was kept");
    app.quit().await;
}
