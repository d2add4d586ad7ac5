//! The system font's family is named before `system-ui` in the page (src-tauri's
//! system_font.rs), so WebKit does not look `system-ui` up for each font size and weight
//! before the first frame. What it draws must stay what `system-ui` draws: the family named
//! is the one `system-ui` resolves to on this machine.

use scriptix_keys_e2e::{App, AppDirs};
use serde_json::Value;

/// The root's `--font` as the page has it, and the width of one line of text (English and
/// Dutch, digits, a dash) at the stylesheet's sizes and weights in each of the fonts given,
/// each font in its own probe so a family that is not installed shows as the fallback after it.
const PROBE: &str = r#"
const list = getComputedStyle(document.documentElement).getPropertyValue('--font').trim();
const family = (list.match(/^"((?:[^"\\]|\\.)*)"/) || [])[1] || '';
const text = 'Sleutels één keer tonen — The quick brown fox 0123456789 ÀÉÎõü';
const widths = (fontFamily) => [400, 600].flatMap((weight) => [12, 13, 15, 16].map((size) => {
  const span = document.createElement('span');
  span.style.position = 'absolute';
  span.style.whiteSpace = 'pre';
  span.style.fontFamily = fontFamily;
  span.style.fontWeight = String(weight);
  span.style.fontSize = `${size}px`;
  span.textContent = text;
  document.body.append(span);
  const width = span.getBoundingClientRect().width;
  span.remove();
  return width;
}));
const quoted = `"${family.replace(/["\\]/g, '\\$&')}"`;
return {
  list,
  family,
  systemUi: widths('system-ui'),
  named: widths(`${quoted}, monospace`),
  page: widths('var(--font)'),
  monospace: widths('monospace'),
};
"#;

#[tokio::test]
async fn the_system_font_is_named_first_and_draws_what_system_ui_draws() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    let seen: Value = app
        .driver
        .execute(PROBE, Vec::new())
        .await
        .expect("probe the fonts")
        .json()
        .clone();
    app.quit().await;

    let list = seen["list"].as_str().unwrap_or_default();
    let family = seen["family"].as_str().unwrap_or_default();
    assert!(
        !family.is_empty() && list.ends_with(", system-ui, sans-serif"),
        "the page's --font names no family before the stylesheet's list: {list:?}"
    );
    // The probe tells fonts apart: monospace draws the line at other widths.
    assert_ne!(
        seen["monospace"], seen["systemUi"],
        "the probe cannot tell two fonts apart"
    );
    // The family alone (monospace after it, were it missing) draws what system-ui draws, and
    // so does the page's own list.
    assert_eq!(
        seen["named"], seen["systemUi"],
        "{family:?} is not the font system-ui draws"
    );
    assert_eq!(
        seen["page"], seen["systemUi"],
        "the page's --font {list:?} draws other text than system-ui"
    );
}
