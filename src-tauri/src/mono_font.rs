//! Linux: names the monospace family the page draws first in its `--mono` list.
//!
//! The stylesheet's monospace list is `ui-monospace, "SF Mono", "Cascadia Mono", "DejaVu Sans
//! Mono", Menlo, Consolas, monospace`: each platform's own font, then the common ones. WebKitGTK
//! draws the first family fontconfig has, and finds it by looking up every family before it,
//! for each size and weight, the first time text is laid out in it. A lookup is ~1.5 ms of the
//! page's main thread (Skia matches the pattern once for each of the ~90 families fontconfig's
//! rules put after the name; docs/performance.md, seventeenth part), so on a machine with
//! DejaVu Sans Mono the main screen's IDs cost four lookups before the first frame where one
//! would do.
//!
//! The script WebKit runs before the page's own ([`script`]) finds the family that draws: the
//! first entry of the list that, followed only by `serif`, draws a line exactly as wide as the
//! whole list does, at 400 and 600 (an absent family leaves `serif`, which no monospace font
//! matches). It sets `--mono` to that family followed by the whole list, so the same font draws
//! the same glyphs and a glyph it lacks falls back along the list as before. Where no entry
//! draws alike (a glyph of the line missing from the first family), nothing is named. The check
//! itself looks every family up, so its verdict is remembered in the page's local storage with
//! the list it was made for: a start applies it at once and checks again after the page has
//! loaded, where a stale verdict is corrected. Only a value the check could have set is applied
//! (nothing, or an entry followed by the list); anything else is checked at once.

/// The stylesheet's `--mono` list (ui/styles.css; a test holds the two equal).
pub const MONO_LIST: &str =
    r#"ui-monospace, "SF Mono", "Cascadia Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace"#;

/// Where the page remembers the check's last verdict: the list it was made for, a newline,
/// then the value set for `--mono` (empty: nothing named). Font names only, no secret.
pub const VERDICT_KEY: &str = "scriptix-keys.mono-font";

/// Key material's characters: digits, both cases, the separators IDs and hints use.
const SAMPLE: &str = "0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ -_.:/=+…";

/// How long after the page's `load` a remembered verdict is checked again (ms), as for the
/// system font: after the start's calls, before anyone reads much.
const RECHECK_AFTER_MS: u32 = 3000;

/// The list's entries, in order, as CSS wrote them (no entry holds a comma).
fn entries() -> Vec<&'static str> {
    MONO_LIST.split(',').map(str::trim).collect()
}

/// The script WebKit runs when the page's root element exists, before the page's scripts.
pub fn script() -> String {
    let list = crate::system_font::literal(MONO_LIST);
    let entries = serde_json::Value::from(entries()).to_string();
    let sample = crate::system_font::literal(SAMPLE);
    let key = crate::system_font::literal(VERDICT_KEY);
    format!(
        "(function () {{\
         var root = document.documentElement; if (!root) return;\
         var list = {list}, entries = {entries}, key = {key}, prefix = list + '\\n', known = null;\
         try {{ known = localStorage.getItem(key); }} catch (e) {{}}\
         function apply(value) {{\
           if (value) root.style.setProperty('--mono', value); else root.style.removeProperty('--mono');\
         }}\
         function widths(ctx, family) {{\
           return [400, 600].map(function (weight) {{\
             ctx.font = weight + ' 13px ' + family; return ctx.measureText({sample}).width;\
           }});\
         }}\
         function check() {{\
           var ctx = document.createElement('canvas').getContext('2d'), value = '';\
           if (ctx) {{\
             var whole = widths(ctx, list).join(' ');\
             for (var i = 0; i < entries.length && !value; i += 1) {{\
               var alone = entries[i] === 'monospace' ? 'monospace' : entries[i] + ', serif';\
               if (widths(ctx, alone).join(' ') === whole) value = entries[i] + ', ' + list;\
             }}\
           }}\
           apply(value);\
           try {{ localStorage.setItem(key, prefix + value); }} catch (e) {{}}\
         }}\
         var value = known !== null && known.indexOf(prefix) === 0 ? known.slice(prefix.length) : null;\
         var possible = value === '' || entries.some(function (entry) {{ return value === entry + ', ' + list; }});\
         if (document.readyState === 'complete' || !possible) {{ check(); return; }}\
         apply(value);\
         addEventListener('load', function () {{ setTimeout(check, {RECHECK_AFTER_MS}); }});\
         }})();"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_the_stylesheets() {
        let css = include_str!("../../ui/styles.css");
        assert!(
            css.contains(&format!("--mono: {MONO_LIST};")),
            "ui/styles.css's --mono is not MONO_LIST"
        );
    }

    #[test]
    fn every_entry_of_the_list_is_a_candidate_in_order() {
        assert_eq!(
            entries(),
            vec![
                "ui-monospace",
                r#""SF Mono""#,
                r#""Cascadia Mono""#,
                r#""DejaVu Sans Mono""#,
                "Menlo",
                "Consolas",
                "monospace"
            ]
        );
    }

    #[test]
    fn the_script_holds_the_list_the_entries_and_the_key_as_data() {
        let script = script();
        assert!(script.contains(&crate::system_font::literal(MONO_LIST)));
        assert!(script.contains(&crate::system_font::literal(VERDICT_KEY)));
        assert!(script.contains(r#"["ui-monospace","\"SF Mono\"","\"Cascadia Mono\""#));
    }
}
