//! Rules for text that comes from outside (typed names, names the server sends): which
//! characters are invisible or break lines, and how such text is made harmless where it
//! goes (a spreadsheet cell, desktop-notification markup).
//!
//! One home for each rule, so the name check, the key check and every export agree. Pure:
//! no I/O, and nothing here may see a key (callers pass names, ids and notes only).

use std::borrow::Cow;

/// Zero-width characters, text-direction marks and other invisible format characters.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{AD}'                  // soft hyphen
        | '\u{34F}'               // combining grapheme joiner
        | '\u{61C}'               // Arabic letter mark
        | '\u{180E}'              // Mongolian vowel separator
        | '\u{200B}'..='\u{200F}' // zero-width space/non-joiner/joiner, LRM, RLM
        | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
        | '\u{2066}'..='\u{206F}' // bidi isolates, deprecated format characters
        | '\u{FEFF}'              // byte order mark / zero-width no-break space
        | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
    )
}

/// Characters that end a line somewhere: ASCII breaks, NEL and the Unicode line and
/// paragraph separators (U+2028, U+2029), which JavaScript and many viewers also break on.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}'
    )
}

/// Text from the server made fit for one line of a message: line breaks and control
/// characters become a space, invisible characters are dropped.
pub fn one_line(text: &str) -> String {
    text.chars()
        .filter(|c| !is_invisible(*c))
        .map(|c| {
            if c.is_control() || is_line_break(c) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Spreadsheets run cells that start with these as formulas (OWASP "CSV injection").
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A CSV cell a spreadsheet shows as text: a value starting with one of
/// [`FORMULA_STARTS`] gets a leading `'`. Never use it on a key (a key must import exactly).
pub fn spreadsheet_cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Text for a body that is read as markup (the freedesktop notification spec lets servers
/// render `<b>`, `<a href>`, `<img>`): `&`, `<` and `>` become entities, so a name is shown
/// as written and cannot add links or images.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_get_an_apostrophe_and_other_text_is_left_alone() {
        for hostile in ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"] {
            assert_eq!(spreadsheet_cell(hostile), format!("'{hostile}"));
        }
        for plain in ["CI pipeline", "", "1-2", "a=b", "'quoted"] {
            assert_eq!(spreadsheet_cell(plain), plain);
        }
    }

    #[test]
    fn one_line_turns_breaks_into_spaces_and_drops_invisible_characters() {
        assert_eq!(
            one_line("a\nb\u{2028}c\u{2029}d\u{200B}e\u{FEFF}f\u{202E}g\u{61C}h"),
            "a b c defgh"
        );
    }

    #[test]
    fn markup_characters_are_escaped_and_ampersand_first() {
        assert_eq!(
            escape_markup("<a href=\"x\">R&D</a> &lt;"),
            "&lt;a href=\"x\"&gt;R&amp;D&lt;/a&gt; &amp;lt;"
        );
        assert_eq!(escape_markup("Übersetzung"), "Übersetzung");
    }
}
