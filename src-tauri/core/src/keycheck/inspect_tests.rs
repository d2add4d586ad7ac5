use super::*;

const GOOD: &str = "sk_live_0123456789abcdefghijABCDEFGHIJ0123456789";

fn codes(raw: &str) -> Vec<KeyWarningCode> {
    inspect(raw).1.into_iter().map(|w| w.code).collect()
}

fn message(raw: &str, code: KeyWarningCode) -> String {
    inspect(raw)
        .1
        .into_iter()
        .find(|w| w.code == code)
        .map(|w| w.message)
        .unwrap_or_else(|| panic!("no {code:?} warning"))
}

#[test]
fn a_sandbox_shaped_key_has_no_warnings() {
    assert_eq!(GOOD.len(), PREFIXED_KEY_CHARS);
    assert!(codes(GOOD).is_empty());
    assert!(codes(&GOOD.replace("live", "test")).is_empty());
}

#[test]
fn surrounding_whitespace_and_line_breaks_are_trimmed_without_a_warning() {
    let (key, warnings) = inspect(&format!(" \t{GOOD}\r\n\n"));
    assert_eq!(key.expose(), GOOD);
    assert!(warnings.is_empty());
}

#[test]
fn nothing_but_whitespace_is_empty_and_nothing_else() {
    assert_eq!(codes(""), [KeyWarningCode::Empty]);
    assert_eq!(codes(" \r\n\t "), [KeyWarningCode::Empty]);
    assert_eq!(inspect("  \n").0.expose(), "");
}

#[test]
fn a_space_inside_says_where_without_echoing_the_key() {
    let raw = format!("{} {}", &GOOD[..12], &GOOD[12..]);
    assert_eq!(codes(&raw), [KeyWarningCode::InnerWhitespace]);
    let text = message(&raw, KeyWarningCode::InnerWhitespace);
    assert_eq!(
        text,
        "The key has a space inside it (after character 12). Keys never contain spaces: \
         it was probably split when it was copied."
    );
    assert!(!text.contains(&GOOD[..8]) && !text.contains(&GOOD[12..20]));
    // The key is returned as pasted (minus the ends): the user decides.
    assert_eq!(inspect(&raw).0.expose(), raw);
}

#[test]
fn tabs_and_several_spaces_are_counted() {
    let tab = format!("{}\t{}", &GOOD[..20], &GOOD[20..]);
    assert!(
        message(&tab, KeyWarningCode::InnerWhitespace)
            .contains("a tab inside it (after character 20)")
    );
    let many = format!("{} {} {}", &GOOD[..5], &GOOD[5..30], &GOOD[30..]);
    assert!(
        message(&many, KeyWarningCode::InnerWhitespace)
            .contains("2 spaces or tabs inside it (the first after character 5)")
    );
    let nbsp = format!("{}\u{A0}{}", &GOOD[..9], &GOOD[9..]);
    assert_eq!(codes(&nbsp), [KeyWarningCode::InnerWhitespace]);
}

#[test]
fn a_line_break_inside_is_a_line_break_not_a_space() {
    for sep in ["\n", "\r\n", "\r", "\u{2028}"] {
        let raw = format!("{}{sep}{}", &GOOD[..30], &GOOD[30..]);
        assert_eq!(codes(&raw), [KeyWarningCode::LineBreak], "{sep:?}");
        assert!(message(&raw, KeyWarningCode::LineBreak).contains("after character 30"));
    }
}

#[test]
fn zero_width_bidi_and_control_characters_are_unprintable() {
    for odd in [
        '\u{200B}', '\u{200D}', '\u{FEFF}', '\u{202E}', '\u{2066}', '\u{7}', '\u{0}',
    ] {
        let raw = format!("{}{odd}{}", &GOOD[..10], &GOOD[10..]);
        assert_eq!(codes(&raw), [KeyWarningCode::Unprintable], "{odd:?}");
    }
    let two = format!("\u{200B}{}\u{200E}", GOOD);
    let text = message(&two, KeyWarningCode::Unprintable);
    assert!(
        text.contains("2 invisible characters (the first after character 0)"),
        "{text}"
    );
}

#[test]
fn invisible_characters_do_not_count_towards_the_length() {
    let raw = format!("{}\u{200B} {}", &GOOD[..10], &GOOD[10..]);
    assert_eq!(
        codes(&raw),
        [KeyWarningCode::InnerWhitespace, KeyWarningCode::Unprintable]
    );
}

#[test]
fn prefixed_keys_must_be_48_characters() {
    let short = &GOOD[..47];
    assert_eq!(codes(short), [KeyWarningCode::WrongLength]);
    let text = message(short, KeyWarningCode::WrongLength);
    assert!(
        text.contains("exactly 48 characters; this one has 47"),
        "{text}"
    );
    assert!(text.contains("cut off"));
    let long = format!("{GOOD}x");
    let text = message(&long, KeyWarningCode::WrongLength);
    assert!(
        text.contains("this one has 49") && text.contains("added"),
        "{text}"
    );
    assert_eq!(
        codes(&GOOD.replace("live", "test")[..40]),
        [KeyWarningCode::WrongLength]
    );
}

#[test]
fn bare_hex_keys_need_at_least_40_characters() {
    let hex40 = "0123456789abcdef0123456789ABCDEF01234567";
    assert!(codes(hex40).is_empty());
    assert!(codes(&format!("{hex40}89ab")).is_empty());
    assert_eq!(codes(&hex40[..39]), [KeyWarningCode::WrongLength]);
    assert!(
        message(&hex40[..39], KeyWarningCode::WrongLength)
            .contains("at least 40 characters; this one has 39")
    );
}

#[test]
fn token_prefixed_keys_need_20_characters_after_the_prefix() {
    assert!(codes("token_abcdefghij0123456789").is_empty());
    assert_eq!(
        codes("token_abcdefghij012345678"),
        [KeyWarningCode::WrongLength]
    );
}

#[test]
fn unknown_formats_get_no_length_warning_and_need_no_prefix() {
    for key in ["x", "my-company-key-1", "pk.eyJhbGciOi", "ghp_shortish"] {
        assert!(codes(key).is_empty(), "{key}");
    }
}

#[test]
fn several_problems_give_several_warnings_in_a_stable_order() {
    let raw = format!("{}\n{} \u{200B}", &GOOD[..3], &GOOD[3..20]);
    assert_eq!(
        codes(&raw),
        [
            KeyWarningCode::LineBreak,
            KeyWarningCode::InnerWhitespace,
            KeyWarningCode::Unprintable,
            KeyWarningCode::WrongLength,
        ]
    );
}

#[test]
fn no_warning_ever_contains_key_characters() {
    let secretish = "sk_live_SECRETPARTzzzzzz OTHERPARTqqqqq\u{200B}\nTAILwwww";
    for warning in inspect(secretish).1 {
        for part in ["SECRETPART", "OTHERPART", "TAIL", "zzzz", "qqqq", "wwww"] {
            assert!(!warning.message.contains(part), "{}", warning.message);
        }
    }
}

#[test]
fn warnings_serialise_as_code_and_message() {
    let json = serde_json::to_value(&inspect("").1[0]).unwrap_or_default();
    assert_eq!(json["code"], "empty");
    assert!(
        json["message"]
            .as_str()
            .is_some_and(|m| m.contains("empty"))
    );
    let codes: Vec<String> = [
        KeyWarningCode::InnerWhitespace,
        KeyWarningCode::LineBreak,
        KeyWarningCode::WrongLength,
        KeyWarningCode::Unprintable,
    ]
    .iter()
    .map(|c| {
        serde_json::to_value(c)
            .unwrap_or_default()
            .as_str()
            .unwrap_or("")
            .to_owned()
    })
    .collect();
    assert_eq!(
        codes,
        ["innerWhitespace", "lineBreak", "wrongLength", "unprintable"]
    );
}

/// Every warning's English is exactly what it was before it moved to the catalogue, and each
/// has its Dutch message with every argument (shown in the window's language).
#[test]
fn every_warning_is_coded_with_its_english_sentence_and_a_dutch_one() {
    use crate::i18n::{Catalogue, Language};

    let key = "sk_live_0123456789abcdefghijABCDEFGHIJ0123456789";
    let cases: Vec<(String, &str)> = vec![
        (
            "".to_owned(),
            "Nothing was pasted: the key is empty. Copy the whole key from where it is kept and paste it again.",
        ),
        (
            format!("{}\n{}", &key[..30], &key[30..]),
            "The key is split over several lines (a line break after character 30). It was probably wrapped when it was copied: paste it again as one line.",
        ),
        (
            format!("{} {}", &key[..10], &key[10..]),
            "The key has a space inside it (after character 10). Keys never contain spaces: it was probably split when it was copied.",
        ),
        (
            format!("{}\t{}", &key[..10], &key[10..]),
            "The key has a tab inside it (after character 10). Keys never contain spaces: it was probably split when it was copied.",
        ),
        (
            format!("{} {} {}", &key[..5], &key[5..9], &key[9..]),
            "The key has 2 spaces or tabs inside it (the first after character 5). Keys never contain spaces: it was probably split when it was copied.",
        ),
        (
            format!("{}\u{200b}{}", &key[..7], &key[7..]),
            "The key contains an invisible character (after character 7), such as a zero-width space or a text-direction mark. Chat apps and web pages add these: copy the key from where it was first saved, or type it.",
        ),
        (
            format!("{}\u{200b}{}\u{200e}{}", &key[..7], &key[7..9], &key[9..]),
            "The key contains 2 invisible characters (the first after character 7), such as a zero-width space or a text-direction mark. Chat apps and web pages add these: copy the key from where it was first saved, or type it.",
        ),
        (
            key[..47].to_owned(),
            "Keys that start with sk_live_ or sk_test_ have exactly 48 characters; this one has 47. Part of it was probably cut off when it was copied. Copy the whole key again.",
        ),
        (
            format!("{key}x"),
            "Keys that start with sk_live_ or sk_test_ have exactly 48 characters; this one has 49. Something was probably added to it when it was copied. Copy the whole key again.",
        ),
        (
            "token_abc".to_owned(),
            "Keys that start with token_ have at least 26 characters; this one has 9. Part of it was probably cut off when it was copied. Copy the whole key again.",
        ),
        (
            "0123456789abcdef".to_owned(),
            "Keys made only of the digits 0-9 and the letters a-f have at least 40 characters; this one has 16. Part of it was probably cut off when it was copied. Copy the whole key again.",
        ),
    ];
    let dutch = Catalogue::new(Language::Nl);
    let mut ids = std::collections::BTreeSet::new();
    for (raw, english) in cases {
        let warnings = inspect(&raw).1;
        let warning = warnings
            .iter()
            .find(|w| w.message == english)
            .unwrap_or_else(|| panic!("{raw:?}: {warnings:?}"));
        assert_eq!(Catalogue::english().format_coded(&warning.coded), english);
        let nl = dutch.format_coded(&warning.coded);
        assert!(
            nl != english && !nl.contains('{'),
            "{}: {nl}",
            warning.coded.code
        );
        for value in warning.coded.args.values() {
            if let crate::i18n::CodeArg::Number(n) = value {
                assert!(nl.contains(&n.to_string()), "{nl} lacks {n}");
            }
        }
        ids.insert(warning.coded.code);
    }
    assert_eq!(ids.len(), 11, "each case has its own message: {ids:?}");
}
