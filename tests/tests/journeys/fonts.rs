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

/// Both probes' measure: `widths(fontFamily)` is the width of the probe's `text` at each of its
/// `sizes` in 400 and 600, each in a span of its own on the page.
pub(crate) const WIDTHS: &str = r#"
const widths = (fontFamily) => [400, 600].flatMap((weight) => sizes.map((size) => {
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
"#;

/// The root's `--font` as the page has it, and the width of one line of text (English and
/// Dutch, digits, a dash) at the stylesheet's sizes and weights in each of the fonts given,
/// each font in its own probe so a family that is not installed shows as the fallback after it.
const PROBE: &str = r#"
const list = getComputedStyle(document.documentElement).getPropertyValue('--font').trim();
const family = (list.match(/^"((?:[^"\\]|\\.)*)"/) || [])[1] || '';
const text = 'Sleutels één keer tonen — The quick brown fox 0123456789 ÀÉÎõü';
const sizes = [12, 13, 15, 16];
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
        .execute(&format!("{WIDTHS}{PROBE}"), Vec::new())
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

/// Leaves `value` in the page's local storage under `key`, as a past start would have.
pub(crate) async fn remember(app: &App, key: &str, value: String) {
    app.driver
        .execute(
            "localStorage.setItem(arguments[0], arguments[1]);",
            vec![Value::String(key.to_owned()), Value::String(value)],
        )
        .await
        .expect("write the page's local storage");
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
    remember(&app, "scriptix-keys.system-font", format!("same {stale}")).await;
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
