//! The pseudo-locale `en-XA`: English with accented letters and doubled vowels (about 35%
//! longer), so clipped text and text that skips the catalogue stand out in tests. The window
//! applies the same transform (ui/js/lib/i18n.js `pseudoText`); both are tested on one table.

use std::borrow::Cow;

const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";

/// Accents every ASCII letter and doubles every vowel (`Sign in` → `Şīīɠƞ īīƞ`).
pub fn pseudo_text(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match PLAIN.chars().position(|p| p == c) {
            Some(i) => {
                let accented = ACCENTED.chars().nth(i).unwrap_or(c);
                out.push(accented);
                if "aeiouAEIOU".contains(c) {
                    out.push(accented);
                }
            }
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}
