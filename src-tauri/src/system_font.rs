//! Linux: names the system font's family in the page before `system-ui`.
//!
//! The stylesheet's text font is `system-ui, sans-serif`. WebKitGTK resolves `system-ui` to the
//! family of GTK's `gtk-font-name` setting ("Sans 10", "Cantarell 11") and asks fontconfig for
//! it, and did so for each of the main screen's 11 font sizes and weights before its first
//! frame: naming the family fontconfig gives for it ("DejaVu Sans") first drew the same
//! pixels with that frame ~33 ms sooner (docs/performance.md, "Eighth part").
//!
//! The family is read here, in the app's process, as WebKit reads it (GTK's setting, then
//! Pango's fontconfig match), before the window exists, and a script that WebKit runs before
//! the page's own sets the stylesheet's `--font` to `"<family>", system-ui, sans-serif`.
//! `system-ui` stays second, so glyphs the family lacks fall back as before. Other platforms
//! resolve `system-ui` natively; the plugin adds nothing there.

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
        _app: &AppHandle<R>,
        _config: serde_json::Value,
    ) -> Result<(), Box<dyn std::error::Error>> {
        self.script = family().map(|family| script(&family));
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

/// The stylesheet's font list with `family` first, as a CSS value: a quoted string, with
/// the characters a CSS string cannot hold as they are escaped (a family name comes from
/// the system's font files, so it is not trusted to be tame).
fn font_list(family: &str) -> String {
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
    format!("{quoted}, system-ui, sans-serif")
}

/// The script WebKit runs when the page's root element exists, before the page's scripts:
/// the value goes in as a JSON string literal, never as code. Setting a custom property
/// through the CSSOM is not an inline style for the content security policy.
fn script(family: &str) -> String {
    let value = serde_json::Value::String(font_list(family)).to_string();
    format!(
        "var root = document.documentElement; \
         if (root) root.style.setProperty('--font', {value});"
    )
}

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

    #[test]
    fn the_script_carries_the_value_as_a_json_string_and_nothing_else() {
        let hostile = "x'); alert(1); ('</script>\u{2028}";
        let script = script(hostile);
        let start = script.find("'--font', ").expect("the property") + "'--font', ".len();
        let literal = &script[start..script.len() - 2];
        let value: String = serde_json::from_str(literal).expect("one JSON string literal");
        assert_eq!(value, font_list(hostile));
        assert!(script.ends_with(");"), "{script}");
    }

    /// A test thread never started GTK: no family, and no panic from gtk-rs.
    #[test]
    fn where_gtk_did_not_start_there_is_no_family_and_no_panic() {
        assert_eq!(family(), None);
    }
}
