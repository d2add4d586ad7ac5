//! The pseudo-locale (`en-XA`: accented, about 35% longer English, test builds only) shows
//! text that skips the catalogue (it stays plain English) and text that does not fit: every
//! screen moved to the catalogue opens with no text clipped or overflowing its box (each
//! text container's scrollWidth/scrollHeight against its clientWidth/clientHeight). A text
//! cut with an ellipsis on purpose must carry its full text in a title.

use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, AppDirs};

/// Every visible element with text of its own whose content is wider or taller than its
/// box, as `testid-or-tag: text (scroll×client)`.
const OVERFLOWING: &str = r#"
const out = [];
for (const el of document.querySelectorAll('body *')) {
  const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
  if (!own) continue;
  const cs = getComputedStyle(el);
  if (cs.display === 'inline' || cs.display === 'contents' || cs.visibility === 'hidden') continue;
  const r = el.getBoundingClientRect();
  // Nothing to see, or the visually hidden text for screen readers (clipped to 1px on purpose).
  if (r.width <= 1 || r.height <= 1) continue;
  const wide = el.scrollWidth > el.clientWidth + 1;
  const tall = el.scrollHeight > el.clientHeight + 1 && cs.overflowY !== 'visible' && cs.overflowY !== 'auto' && cs.overflowY !== 'scroll';
  if (!wide && !tall) continue;
  if (cs.textOverflow === 'ellipsis' && (el.closest('[title]') || el.getAttribute('aria-label'))) continue;
  if (cs.overflowX === 'auto' || cs.overflowX === 'scroll') continue;
  const name = el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.tagName.toLowerCase();
  out.push(`${name} <${el.tagName.toLowerCase()}>: ${own.slice(0, 60)} (${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight})`);
}
return out;"#;

pub(crate) async fn assert_nothing_overflows(app: &App, screen: &str) {
    // Let layout settle (fonts, a dialog's opening) before measuring.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let found = app
        .driver
        .execute(OVERFLOWING, vec![])
        .await
        .expect("overflow scan");
    let found: Vec<String> = serde_json::from_value(found.json().clone()).expect("strings");
    app.screenshot(&format!("pseudo-{}", screen.replace(' ', "-")))
        .await;
    assert!(
        found.is_empty(),
        "{screen}: text clipped or overflowing in the pseudo-locale:\n{}",
        found.join("\n")
    );
}

/// Writes Settings → Language = en-XA before the first start (the choice is offered only
/// while it is in use).
fn choose_pseudo_locale(dirs: &AppDirs) {
    let dir = dirs.config_dir();
    std::fs::create_dir_all(&dir).expect("config dir");
    std::fs::write(
        dir.join("profiles.json"),
        r#"{ "profiles": [], "settings": { "language": "en-XA" } }"#,
    )
    .expect("profiles.json");
}

async fn wait_pseudo(app: &App) {
    let started = Instant::now();
    loop {
        let lang = app
            .driver
            .execute("return document.documentElement.lang;", vec![])
            .await
            .expect("lang");
        if lang.json().as_str() == Some("en-XA") {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "lang {lang:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_fits_its_text_in_the_pseudo_locale() {
    let dirs = AppDirs::new();
    choose_pseudo_locale(&dirs);
    let app = App::launch(&dirs).await;
    app.id("signin-account").await;
    wait_pseudo(&app).await;
    // Text from the catalogue is transformed; the sign-in screen is all catalogue.
    assert_eq!(
        app.id("signin-submit").await.text().await.unwrap(),
        "Şīīɠƞ īīƞ"
    );
    // A field error, and the advanced part open: the longest sign-in screen.
    app.click("signin-submit").await;
    app.wait_text("signin-error", |t| t.contains("ḖḖƞŧḗḗř"))
        .await;
    app.click("signin-advanced-toggle").await;
    assert_nothing_overflows(&app, "sign-in with an error").await;
    // Then every screen of the demo workspace, as the accessibility tour visits them.
    super::a11y::visit_every_screen(app, super::a11y::Check::Fits).await;
}
