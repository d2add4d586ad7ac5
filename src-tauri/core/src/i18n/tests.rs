use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast;

use super::*;

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// Every message and term of a folder, with the variables each one uses.
pub(super) fn messages(folder: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, text) in resources::files(folder) {
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{folder}/{file} does not parse: {errors:?}"));
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            if let Some(pattern) = &value {
                pattern_vars(pattern, &mut vars);
            }
            for attribute in &attributes {
                pattern_vars(&attribute.value, &mut vars);
            }
            assert!(
                out.insert(id.clone(), vars).is_none(),
                "{folder}: {id} is defined twice"
            );
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars);
            }
            for named in &arguments.named {
                inline_vars(&named.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn embedded_files_match_the_folder() {
    let mut on_disk = BTreeSet::new();
    for folder in std::fs::read_dir(locales_dir()).expect("locales/ exists") {
        let folder = folder.unwrap().path();
        if !folder.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&folder).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_some_and(|e| e == "ftl") {
                let name =
                    |p: &std::path::Path| p.file_name().unwrap().to_string_lossy().into_owned();
                on_disk.insert((name(&folder), name(&file)));
            }
        }
    }
    let embedded: BTreeSet<_> = resources::FILES
        .iter()
        .map(|(folder, file, _)| (folder.to_string(), file.to_string()))
        .collect();
    assert_eq!(
        embedded, on_disk,
        "src-tauri/core/src/i18n/resources.rs lists the files in locales/"
    );
}

#[test]
fn every_language_has_the_same_messages_with_the_same_arguments() {
    let english = messages("en");
    assert!(english.len() > 20, "the English catalogue is read");
    for folder in ["nl"] {
        let other = messages(folder);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{folder} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{folder} has messages English lacks: {extra:?}"
        );
        for (id, vars) in &english {
            assert_eq!(
                &other[id], vars,
                "{folder}: {id} uses other arguments than English"
            );
        }
    }
}

#[test]
fn every_file_parses_without_errors() {
    for (folder, file, text) in resources::FILES {
        if let Err((_, errors)) = fluent_syntax::parser::parse(*text) {
            panic!("{folder}/{file}: {errors:?}");
        }
    }
}

#[test]
fn a_message_is_formatted_in_the_chosen_language_with_its_arguments() {
    let mut args = FluentArgs::new();
    args.set("url", "https://api.scriptix.io");
    assert_eq!(
        Catalogue::new(Language::Nl).format("signin-need-server", Some(&args)),
        "Vul het serveradres in, meestal https://api.scriptix.io."
    );
    assert_eq!(
        Catalogue::new(Language::En).format("window-title-tokens", None),
        "API tokens — Scriptix Keys"
    );
}

#[test]
fn an_unknown_message_falls_back_to_its_id_instead_of_failing() {
    assert_eq!(
        Catalogue::new(Language::Nl).format("no-such-message", None),
        "no-such-message"
    );
}

#[test]
fn the_os_locale_picks_dutch_for_every_dutch_variant_and_english_otherwise() {
    for (locale, expected) in [
        (Some("nl-NL"), Language::Nl),
        (Some("nl_NL.UTF-8"), Language::Nl),
        (Some("nl_BE@euro"), Language::Nl),
        (Some("NL"), Language::Nl),
        (Some("en-US"), Language::En),
        (Some("de_DE.UTF-8"), Language::En),
        (Some("C"), Language::En),
        (Some(""), Language::En),
        (None, Language::En),
    ] {
        assert_eq!(Language::from_os_locale(locale), expected, "{locale:?}");
    }
}

#[test]
fn the_setting_overrides_the_os_locale() {
    assert_eq!(LanguageSetting::System.resolve(Some("nl-NL")), Language::Nl);
    assert_eq!(LanguageSetting::En.resolve(Some("nl-NL")), Language::En);
    assert_eq!(LanguageSetting::Nl.resolve(Some("en-US")), Language::Nl);
    let pseudo = if cfg!(feature = "pseudo-locale") {
        Language::Pseudo
    } else {
        Language::Nl
    };
    assert_eq!(
        LanguageSetting::Pseudo.resolve(Some("nl-NL")),
        pseudo,
        "the pseudo-locale is for test builds only"
    );
    assert_eq!(
        serde_json::to_string(&[
            LanguageSetting::System,
            LanguageSetting::Nl,
            LanguageSetting::Pseudo
        ])
        .unwrap(),
        r#"["system","nl","en-XA"]"#
    );
}

/// The same table is in tests/ui/unit/i18n.test.js: both sides transform alike.
#[test]
fn the_pseudo_locale_accents_and_lengthens_text_but_keeps_arguments() {
    assert_eq!(pseudo_text("Sign in"), "Şīīɠƞ īīƞ");
    assert_eq!(pseudo_text("Keys: 3 (OK)."), "Ķḗḗẏş: 3 (ǾǾĶ).");
    let sentence = "Leave as is unless your organization runs its own Scriptix server.";
    let longer = pseudo_text(sentence).chars().count() as f64 / sentence.chars().count() as f64;
    assert!(longer >= 1.3, "about 35% longer, got {longer:.2}");
    let mut args = FluentArgs::new();
    args.set("url", "https://api.scriptix.io");
    let text = Catalogue::new(Language::Pseudo).format("signin-need-server", Some(&args));
    assert!(
        text.contains("https://api.scriptix.io"),
        "arguments are not transformed: {text}"
    );
    assert!(text.starts_with("ḖḖƞŧḗḗř ŧħḗḗ"), "{text}");
}
