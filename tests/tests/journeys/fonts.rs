//! The system font's family is named before `system-ui` in the page (src-tauri's
//! system_font.rs), so WebKit does not look `system-ui` up for each font size and weight
//! before the first frame. What it draws must stay what `system-ui` draws: the family named
//! is the one `system-ui` resolves to on this machine.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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

async fn probe(app: &App) -> Value {
    app.driver
        .execute(PROBE, Vec::new())
        .await
        .expect("probe the fonts")
        .json()
        .clone()
}

/// The page draws what `system-ui` draws, and a family it names first draws that too.
fn assert_draws_like_system_ui(seen: &Value) {
    let list = seen["list"].as_str().unwrap_or_default();
    let family = seen["family"].as_str().unwrap_or_default();
    // The probe tells fonts apart: monospace draws the line at other widths.
    assert_ne!(
        seen["monospace"], seen["systemUi"],
        "the probe cannot tell two fonts apart"
    );
    assert_eq!(
        seen["page"], seen["systemUi"],
        "the page's --font {list:?} draws other text than system-ui"
    );
    if !family.is_empty() {
        // The family alone (monospace after it, were it missing).
        assert_eq!(
            seen["named"], seen["systemUi"],
            "{family:?} is named first but is not the font system-ui draws"
        );
        assert!(
            list.ends_with(", system-ui, sans-serif"),
            "the stylesheet's list does not follow the family: {list:?}"
        );
    }
}

#[tokio::test]
async fn the_system_font_is_named_first_and_draws_what_system_ui_draws() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    let seen = probe(&app).await;
    app.quit().await;
    assert!(
        !seen["family"].as_str().unwrap_or_default().is_empty(),
        "the page's --font names no family before the stylesheet's list: {}",
        seen["list"]
    );
    assert_draws_like_system_ui(&seen);
}

/// A desktop's settings daemon on the test display: xsettingsd hands GTK its settings over
/// XSETTINGS, as GNOME's and Xfce's do, and reloads them on SIGHUP. Stopped when dropped.
struct DesktopSettings {
    daemon: Child,
    config: PathBuf,
}

impl DesktopSettings {
    fn start(dir: &Path, font: &str) -> Self {
        let config = dir.join("xsettingsd.conf");
        write_font(&config, font);
        let mut daemon = Command::new("xsettingsd")
            .arg("-c")
            .arg(&config)
            .stderr(Stdio::piped())
            .spawn()
            .expect("xsettingsd (scripts/test installs it)");
        // It says so once it owns the display's settings; GTK started later reads them.
        let stderr = daemon.stderr.take().expect("xsettingsd's stderr");
        let mut lines = BufReader::new(stderr).lines();
        loop {
            let line = lines
                .next()
                .expect("xsettingsd stopped before owning the settings")
                .expect("read xsettingsd's stderr");
            if line.contains("Took ownership of selection") {
                break;
            }
        }
        // Keep draining its messages so it never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        Self { daemon, config }
    }

    /// What the user does in the desktop's settings: another interface font, now.
    fn change_font(&self, font: &str) {
        write_font(&self.config, font);
        let status = Command::new("kill")
            .args(["-HUP", &self.daemon.id().to_string()])
            .status()
            .expect("signal xsettingsd");
        assert!(status.success(), "xsettingsd did not take the signal");
    }
}

impl Drop for DesktopSettings {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

fn write_font(config: &Path, font: &str) {
    std::fs::write(config, format!("Gtk/FontName \"{font}\"\n")).expect("write xsettingsd.conf");
}

/// GTK in the app's process takes the desktop's font from XSETTINGS; WebKit's web process did
/// not (on this X11 display its `system-ui` stayed DejaVu Sans): a family named from the
/// app's reading alone changed the page's text. Then the user picks a font WebKit draws too.
#[tokio::test]
async fn a_desktop_font_webkit_does_not_draw_is_not_named_and_a_change_is_followed() {
    let dirs = AppDirs::new();
    let settings_dir = tempfile::tempdir().expect("temp dir");
    let desktop = DesktopSettings::start(settings_dir.path(), "DejaVu Serif 10");
    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    let at_start = probe(&app).await;
    assert_draws_like_system_ui(&at_start);

    desktop.change_font("DejaVu Sans 10");
    let deadline = Instant::now() + Duration::from_secs(10);
    let after = loop {
        let seen = probe(&app).await;
        if seen["family"] == "DejaVu Sans" {
            break seen;
        }
        assert!(
            Instant::now() < deadline,
            "10 s after the desktop's font became DejaVu Sans the page names {} (--font {})",
            seen["family"],
            seen["list"]
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    app.quit().await;
    drop(desktop);
    assert_draws_like_system_ui(&after);
}

/// The page's remembered verdict of the font check (system_font.rs): "same <list>" or
/// "differs <list>", `null` when none.
async fn remembered(app: &App) -> Value {
    app.driver
        .execute(
            "return localStorage.getItem('scriptix-keys.system-font');",
            Vec::new(),
        )
        .await
        .expect("read the remembered verdict")
        .json()
        .clone()
}

/// A start applies the verdict the last one remembered, without the check, and checks again
/// once the page has loaded. Here the verdict has gone stale: it says WebKit draws
/// DejaVu Serif for `system-ui`, the app's reading agrees, but WebKit draws DejaVu Sans.
/// The check after the start takes the family back and remembers what it found.
#[tokio::test]
async fn a_remembered_verdict_is_checked_again_after_the_start_and_a_stale_one_taken_back() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    let first = probe(&app).await;
    let list = first["list"].as_str().unwrap_or_default().to_owned();
    assert!(!list.is_empty(), "the first start named no family");
    assert_eq!(
        remembered(&app).await,
        Value::String(format!("same {list}")),
        "the first start's verdict is remembered"
    );
    let stale = r#""DejaVu Serif", system-ui, sans-serif"#;
    app.driver
        .execute(
            "localStorage.setItem('scriptix-keys.system-font', 'same ' + arguments[0]);",
            vec![Value::String(stale.to_owned())],
        )
        .await
        .expect("leave a stale verdict");
    app.quit().await;

    let settings_dir = tempfile::tempdir().expect("temp dir");
    let desktop = DesktopSettings::start(settings_dir.path(), "DejaVu Serif 10");
    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    let deadline = Instant::now() + Duration::from_secs(15);
    let after = loop {
        let seen = probe(&app).await;
        if seen["list"] != stale {
            break seen;
        }
        assert!(
            Instant::now() < deadline,
            "15 s after the start the page still names DejaVu Serif from a stale verdict"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let verdict = remembered(&app).await;
    app.quit().await;
    drop(desktop);
    assert_draws_like_system_ui(&after);
    assert_eq!(verdict, Value::String(format!("differs {stale}")));
}

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
const widths = (fontFamily) => [400, 600].flatMap((weight) => [13, 15, 20].map((size) => {
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
        .execute(MONO_PROBE, vec![Value::String(mono_list().to_owned())])
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
    app.driver
        .execute(
            "localStorage.setItem('scriptix-keys.mono-font', arguments[0]);",
            vec![Value::String(format!("{list}\n{stale}"))],
        )
        .await
        .expect("leave a stale verdict");
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
    app.driver
        .execute(
            "localStorage.setItem('scriptix-keys.mono-font', arguments[0]);",
            vec![Value::String(format!("{older}\nserif, {older}"))],
        )
        .await
        .expect("leave a verdict for another list");
    app.quit().await;

    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    let at_start = mono_probe(&app).await;
    assert_eq!(
        at_start["named"], right,
        "a verdict made for another list was used, or the start did not check at once"
    );
    assert_names_what_the_list_draws(&at_start);
    app.driver
        .execute(
            "localStorage.setItem('scriptix-keys.mono-font', arguments[0]);",
            vec![Value::String(format!("{list}\nserif; color: red"))],
        )
        .await
        .expect("leave a value the check never sets");
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
