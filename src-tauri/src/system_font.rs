//! Linux: names the system font's family in the page before `system-ui`.
//!
//! The stylesheet's text font is `system-ui, sans-serif`. WebKitGTK resolves `system-ui` to the
//! family of GTK's `gtk-font-name` setting ("Sans 10", "Cantarell 11") and asks fontconfig for
//! it, and did so for each of the main screen's 11 font sizes and weights before its first
//! frame: naming the family fontconfig gives for it ("DejaVu Sans") first drew the same
//! pixels with that frame ~27-33 ms sooner (docs/performance.md, "eighth part").
//!
//! The family is read here, in the app's process, from GTK's setting and Pango's fontconfig
//! match, before the window exists. It is only a candidate: WebKit's web process can see other
//! settings than the app (on X11 it did not follow the desktop's XSETTINGS font), so the script
//! WebKit runs before the page's own names it first, as `"<family>", system-ui, sans-serif`,
//! only where a canvas check shows that it draws what `system-ui` draws (`script`). `system-ui`
//! stays second, so glyphs the family lacks fall back as before. The check's verdict is
//! remembered, so a start applies it at once and checks again after the page has loaded. A
//! change of the desktop's font while the app is open goes through the same check again.
//! Other platforms resolve `system-ui` natively; the plugin adds nothing there.
//!
//! On Linux the plugin also hands WebKit mono_font.rs's script, which does the same for the
//! stylesheet's monospace list.

use tauri::plugin::Plugin;
use tauri::{AppHandle, Runtime};

/// The plugin: reads the family when Tauri initialises plugins (on the main thread, GTK
/// started, no window yet) and hands WebKit the script for every page the window loads.
#[derive(Debug, Default)]
pub struct SystemFont {
    script: Option<String>,
}

impl<R: Runtime> Plugin<R> for SystemFont {
    fn name(&self) -> &'static str {
        "system-font"
    }

    fn initialize(
        &mut self,
        app: &AppHandle<R>,
        _config: serde_json::Value,
    ) -> Result<(), Box<dyn std::error::Error>> {
        let font = family().map(|family| script(&family));
        self.script = match (font, mono()) {
            (Some(font), Some(mono)) => Some(font + &mono),
            (font, mono) => font.or(mono),
        };
        follow_changes(app.clone());
        Ok(())
    }

    fn initialization_script(&self) -> Option<String> {
        self.script.clone()
    }
}

/// The family `system-ui` stands for, as fontconfig names it; `None` when GTK has no font
/// setting or Pango finds no font (the stylesheet's own `system-ui` then works as before).
#[cfg(target_os = "linux")]
fn family() -> Option<String> {
    use gtk::pango::prelude::FontExt;
    use gtk::prelude::GtkSettingsExt;
    // gtk-rs panics on a thread where GTK was not started; Tauri starts it before plugins.
    if !gtk::is_initialized_main_thread() {
        return None;
    }
    let setting = gtk::Settings::default()?.gtk_font_name()?;
    let wanted = gtk::pango::FontDescription::from_string(&setting);
    let font = gtk::gdk::pango_context_get()?.load_font(&wanted)?;
    let family = font.describe().family()?.to_string();
    (!family.trim().is_empty()).then_some(family)
}

#[cfg(not(target_os = "linux"))]
fn family() -> Option<String> {
    None
}

/// The monospace list's script (mono_font.rs), where WebKitGTK looks fonts up one by one.
#[cfg(target_os = "linux")]
fn mono() -> Option<String> {
    Some(crate::mono_font::script())
}

#[cfg(not(target_os = "linux"))]
fn mono() -> Option<String> {
    None
}

/// The user changes the desktop's font while the app is open: every window checks the new
/// candidate as at the start (named where `system-ui` now draws it, else the stylesheet's list).
#[cfg(target_os = "linux")]
fn follow_changes<R: Runtime>(app: AppHandle<R>) {
    use gtk::prelude::GtkSettingsExt;
    if !gtk::is_initialized_main_thread() {
        return;
    }
    let Some(settings) = gtk::Settings::default() else {
        return;
    };
    settings.connect_gtk_font_name_notify(move |_| {
        let script = family().map_or_else(|| UNNAMED.to_owned(), |family| script(&family));
        for window in tauri::Manager::webview_windows(&app).values() {
            // A window whose page is gone has nothing to restyle.
            let _ = window.eval(&script);
        }
    });
}

#[cfg(not(target_os = "linux"))]
fn follow_changes<R: Runtime>(_app: AppHandle<R>) {}

/// `family` as a CSS string: quoted, with the characters a CSS string cannot hold as they are
/// escaped (a family name comes from the system's font files, so it is not trusted to be tame).
fn css_string(family: &str) -> String {
    let mut quoted = String::with_capacity(family.len() + 2);
    quoted.push('"');
    for c in family.chars() {
        match c {
            '"' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            // A newline, any other control character: a CSS hex escape (its trailing space
            // ends the escape and is not part of the name).
            c if c.is_control() => quoted.push_str(&format!("\\{:x} ", u32::from(c))),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// The stylesheet's font list with `family` first, as a CSS value.
fn font_list(family: &str) -> String {
    format!("{}, system-ui, sans-serif", css_string(family))
}

/// A JSON string literal, which is a JavaScript string literal: values go into the script as
/// data, never as code.
pub(crate) fn literal(value: &str) -> String {
    serde_json::Value::String(value.to_owned()).to_string()
}

/// Text in the page's two languages, digits and a dash: two families that draw it at the same
/// width in both weights are one family.
const SAMPLE: &str = "Sleutels \u{e9}\u{e9}n keer tonen \u{2014} The quick brown fox 0123456789";

/// Where the page remembers the check's last verdict (see [`script`]): a font list, no secret.
const VERDICT_KEY: &str = "scriptix-keys.system-font";

/// How long after the page's `load` a remembered verdict is checked again (ms): well after the
/// first frame and the start's calls, before anyone reads much.
const RECHECK_AFTER_MS: u32 = 3000;

/// The script WebKit runs when the page's root element exists, before the page's scripts, and
/// again in the page when the desktop's font changes. It names `family` first only where it
/// is what `system-ui` draws in this page: the web process can see other font settings than
/// the app's (on X11 it did not follow the desktop's XSETTINGS font), so the app's reading
/// is only a candidate. The check measures one line in a canvas at 15 px, 400 and 600, once
/// with `system-ui` and once with the family (monospace after it, were it missing).
///
/// The check looks `system-ui` up, which is what naming the family saves the first frame
/// (~30 ms before the modules could run, docs/performance.md). So its verdict for this list
/// is remembered in the page's local storage: the next start applies it at once and checks
/// again `RECHECK_AFTER_MS` after `load`, where a stale verdict is corrected (and
/// remembered). A new candidate, or a change of the desktop's font once the page is loaded,
/// is checked at once. Setting a custom property through the CSSOM is not an inline style for
/// the content security policy.
fn script(family: &str) -> String {
    let probe = literal(&format!("{}, monospace", css_string(family)));
    let list = literal(&font_list(family));
    let sample = literal(SAMPLE);
    let key = literal(VERDICT_KEY);
    format!(
        "(function () {{\
         var root = document.documentElement; if (!root) return;\
         var list = {list}, key = {key}, known = null;\
         try {{ known = localStorage.getItem(key); }} catch (e) {{}}\
         function apply(same) {{\
           if (same) root.style.setProperty('--font', list); else root.style.removeProperty('--font');\
         }}\
         function check() {{\
           var ctx = document.createElement('canvas').getContext('2d');\
           var same = !!ctx && [400, 600].every(function (weight) {{\
             ctx.font = weight + ' 15px system-ui'; var ui = ctx.measureText({sample}).width;\
             ctx.font = weight + ' 15px ' + {probe}; return ctx.measureText({sample}).width === ui;\
           }});\
           apply(same);\
           try {{ localStorage.setItem(key, (same ? 'same ' : 'differs ') + list); }} catch (e) {{}}\
         }}\
         if (document.readyState === 'complete' || (known !== 'same ' + list && known !== 'differs ' + list)) {{ check(); return; }}\
         apply(known === 'same ' + list);\
         addEventListener('load', function () {{ setTimeout(check, {RECHECK_AFTER_MS}); }});\
         }})();"
    )
}

/// The stylesheet's own list back (no family to name any more).
#[cfg(target_os = "linux")]
const UNNAMED: &str =
    "document.documentElement && document.documentElement.style.removeProperty('--font');";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_family_comes_first_and_the_stylesheets_list_follows() {
        assert_eq!(
            font_list("DejaVu Sans"),
            r#""DejaVu Sans", system-ui, sans-serif"#
        );
    }

    #[test]
    fn quotes_backslashes_and_control_characters_stay_inside_the_css_string() {
        assert_eq!(
            font_list("A\"B\\C\nD"),
            r#""A\"B\\C\a D", system-ui, sans-serif"#
        );
    }

    /// Every string literal in the script (JSON's rules are JavaScript's): what it holds.
    fn literals(script: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut rest = script;
        while let Some(start) = rest.find('"') {
            let mut stream =
                serde_json::Deserializer::from_str(&rest[start..]).into_iter::<String>();
            let value = stream
                .next()
                .expect("a literal")
                .expect("a JSON string literal");
            found.push(value);
            rest = &rest[start + stream.byte_offset()..];
        }
        found
    }

    #[test]
    fn a_hostile_family_reaches_the_script_only_inside_string_literals() {
        let hostile = "x'); alert(1); ('</script>\u{2028}\"";
        let script = script(hostile);
        assert_eq!(
            literals(&script),
            vec![
                font_list(hostile),
                VERDICT_KEY.to_owned(),
                SAMPLE.to_owned(),
                format!("{}, monospace", css_string(hostile)),
                SAMPLE.to_owned(),
            ]
        );
        // Outside the literals nothing of the name is left.
        let mut code = script.clone();
        for value in literals(&script) {
            code = code.replace(&literal(&value), "\"\"");
        }
        assert!(!code.contains("alert"), "{code}");
    }

    /// A test thread never started GTK: no family, and no panic from gtk-rs.
    #[test]
    fn where_gtk_did_not_start_there_is_no_family_and_no_panic() {
        assert_eq!(family(), None);
    }
}
