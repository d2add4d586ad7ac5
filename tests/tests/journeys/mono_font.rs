//! The monospace family the stylesheet's `--mono` list draws is named before the list in the
//! page (src-tauri's mono_font.rs), so WebKit does not look up the list's absent families for
//! each size and weight before the first frame. What it draws must stay what the list draws.

use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, AppDirs};
use serde_json::Value;

use crate::fonts::{WIDTHS, remember};

/// Where the page remembers the monospace check's verdict (mono_font.rs).
const MONO_KEY: &str = "scriptix-keys.mono-font";

/// The stylesheet's monospace list, as ui/styles.css declares it.
fn mono_list() -> &'static str {
    let css = include_str!("../../../ui/styles.css");
    let start = css.find("--mono: ").expect("ui/styles.css declares --mono") + "--mono: ".len();
    let end = start + css[start..].find(';').expect("--mono ends");
    &css[start..end]
}

/// What the page names for `--mono` (mono_font.rs), its remembered verdict, and the widths of
/// one line at the sizes and weights the page draws monospace text in: with the stylesheet's
/// list, with the page's `--mono`, with the named family alone (serif after it, were it
/// missing) and with serif (which tells a missing family apart).
const MONO_PROBE: &str = r#"
const list = arguments[0];
const named = document.documentElement.style.getPropertyValue('--mono').trim();
const first = named.endsWith(', ' + list) ? named.slice(0, named.length - list.length - 2) : '';
const text = '0123456789 abcdef ABCDEF -_.:/=+ Sleutels één — ÀÉÎõü';
const sizes = [13, 15, 20];
return {
  named,
  first,
  verdict: localStorage.getItem('scriptix-keys.mono-font'),
  whole: widths(list),
  page: widths('var(--mono)'),
  alone: first ? widths(first === 'monospace' ? first : `${first}, serif`) : [],
  serif: widths('serif'),
};
"#;

async fn mono_probe(app: &App) -> Value {
    app.driver
        .execute(
            &format!("{WIDTHS}{MONO_PROBE}"),
            vec![Value::String(mono_list().to_owned())],
        )
        .await
        .expect("probe the monospace font")
        .json()
        .clone()
}

/// The page names a family of the list first, that family alone draws what the whole list
/// draws, and so does the page's `--mono`.
fn assert_names_what_the_list_draws(seen: &Value) {
    let list = mono_list();
    let named = seen["named"].as_str().unwrap_or_default();
    let first = seen["first"].as_str().unwrap_or_default();
    assert_ne!(
        seen["serif"], seen["whole"],
        "the probe cannot tell the list's font from serif"
    );
    assert!(
        list.split(", ").any(|entry| entry == first),
        "--mono {named:?} does not name an entry of the list first"
    );
    assert_eq!(
        seen["alone"], seen["whole"],
        "{first} is named first but the list draws another font"
    );
    assert_eq!(
        seen["page"], seen["whole"],
        "the page's --mono {named:?} draws other text than the stylesheet's list"
    );
}

#[tokio::test]
async fn the_monospace_family_that_draws_is_named_first_and_remembered() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    let seen = mono_probe(&app).await;
    app.quit().await;
    assert_names_what_the_list_draws(&seen);
    assert_eq!(
        seen["verdict"],
        Value::String(format!(
            "{}\n{}",
            mono_list(),
            seen["named"].as_str().unwrap_or_default()
        )),
        "the verdict is remembered with the list it was made for"
    );
}

/// A remembered verdict is applied at the start and checked again once the page has loaded;
/// a wrong one (here: SF Mono named first, which this machine does not have) is taken back and
/// the family that draws is remembered instead. A verdict made for another list (an older
/// stylesheet), or a value the check never sets, is not applied at all: that start checks at
/// once.
#[tokio::test]
async fn a_stale_monospace_verdict_is_taken_back_and_one_for_another_list_is_not_used() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    let right = mono_probe(&app).await["named"].clone();
    let list = mono_list();
    let stale = format!("\"SF Mono\", {list}");
    remember(&app, MONO_KEY, format!("{list}\n{stale}")).await;
    app.quit().await;

    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    let deadline = Instant::now() + Duration::from_secs(15);
    let after = loop {
        let seen = mono_probe(&app).await;
        if seen["named"] != stale.as_str() {
            break seen;
        }
        assert!(
            Instant::now() < deadline,
            "15 s after the start the page still names SF Mono from a stale verdict"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_names_what_the_list_draws(&after);
    assert_eq!(after["named"], right);
    assert_eq!(
        after["verdict"],
        Value::String(format!("{list}\n{}", right.as_str().unwrap_or_default()))
    );
    let older = "\"Old Mono\", monospace";
    remember(&app, MONO_KEY, format!("{older}\nserif, {older}")).await;
    app.quit().await;

    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    let at_start = mono_probe(&app).await;
    assert_eq!(
        at_start["named"], right,
        "a verdict made for another list was used, or the start did not check at once"
    );
    assert_names_what_the_list_draws(&at_start);
    remember(&app, MONO_KEY, format!("{list}\nserif; color: red")).await;
    app.quit().await;

    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    let at_start = mono_probe(&app).await;
    app.quit().await;
    assert_eq!(
        at_start["named"], right,
        "a remembered value the check never sets was applied"
    );
}
