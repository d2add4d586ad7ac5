//! The message catalogue: every sentence the app shows, in every language it speaks, lives in
//! `locales/<lang>/*.ftl` (Project Fluent). Rust formats the texts that leave Rust without
//! the window (desktop notifications, the window title, native dialogs) from these files; the
//! window gets the same files through `app_status` and formats them with @fluent/bundle.
//! Must not: hold or format secrets (arguments are names, counts and dates), or fail: a
//! missing message falls back to English, then to its id.

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod code_tests;
mod coded;
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod device_code_tests;
mod pseudo;
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod request_code_tests;
mod resources;
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

pub use coded::{CodeArg, Coded, StoredMessage, day};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use pseudo::pseudo_text;

/// A language the app speaks. `Pseudo` (`en-XA`: accented, about 35% longer English) exists
/// for tests only; the shell offers it only in test builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    En,
    Nl,
    Pseudo,
}

impl Language {
    /// Every language, English (the fallback) first.
    pub const ALL: [Language; 3] = [Language::En, Language::Nl, Language::Pseudo];

    /// The BCP 47 tag: `<html lang>`, `Intl` formatters, plural rules.
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Nl => "nl",
            Language::Pseudo => "en-XA",
        }
    }

    /// The folder under `locales/` its messages come from (the pseudo-locale transforms English).
    fn folder(self) -> &'static str {
        match self {
            Language::En | Language::Pseudo => "en",
            Language::Nl => "nl",
        }
    }

    /// The language for an OS locale such as `nl-NL`, `nl_BE.UTF-8` or `en_US`: Dutch for any
    /// Dutch variant, English for everything else (and when the OS says nothing).
    pub fn from_os_locale(locale: Option<&str>) -> Language {
        let primary = locale
            .and_then(|l| l.split(['-', '_', '.', '@']).next())
            .map(str::to_ascii_lowercase);
        match primary.as_deref() {
            Some("nl") => Language::Nl,
            _ => Language::En,
        }
    }

    /// The OS locale, as the operating system reports it (`sys-locale`).
    pub fn os_locale() -> Option<String> {
        sys_locale::get_locale()
    }
}

/// Settings → Language: follow the OS, or a fixed language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum LanguageSetting {
    #[default]
    #[serde(rename = "system")]
    System,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "nl")]
    Nl,
    /// Tests only (the shell refuses it elsewhere).
    #[serde(rename = "en-XA")]
    Pseudo,
}

impl LanguageSetting {
    /// The language this setting means on a machine whose OS locale is `os_locale`.
    pub fn resolve(self, os_locale: Option<&str>) -> Language {
        match self {
            LanguageSetting::System => Language::from_os_locale(os_locale),
            LanguageSetting::En => Language::En,
            LanguageSetting::Nl => Language::Nl,
            LanguageSetting::Pseudo if cfg!(feature = "pseudo-locale") => Language::Pseudo,
            // Outside test builds a settings file naming the pseudo-locale means System.
            LanguageSetting::Pseudo => Language::from_os_locale(os_locale),
        }
    }
}

/// One language's messages, ready to format; English behind it as the fallback.
pub struct Catalogue {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<&'static Catalogue>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("language", &self.language)
            .finish()
    }
}

impl Catalogue {
    /// The catalogue of `language`, built from the embedded `.ftl` files.
    pub fn new(language: Language) -> Self {
        let fallback = (language != Language::En).then(Catalogue::english);
        Self {
            language,
            bundle: bundle(language),
            fallback,
        }
    }

    /// The English catalogue, built once (the English text of coded reports comes from it).
    pub fn english() -> &'static Catalogue {
        Catalogue::shared(Language::En)
    }

    /// The catalogue of `language`, parsed once per run and shared (notifications, the tray
    /// and dialogs format from it without reading the files again).
    pub fn shared(language: Language) -> &'static Catalogue {
        use std::sync::OnceLock;
        static EN: OnceLock<Catalogue> = OnceLock::new();
        static NL: OnceLock<Catalogue> = OnceLock::new();
        static PSEUDO: OnceLock<Catalogue> = OnceLock::new();
        let cell = match language {
            Language::En => &EN,
            Language::Nl => &NL,
            Language::Pseudo => &PSEUDO,
        };
        cell.get_or_init(|| Catalogue::new(language))
    }

    /// The catalogue for a language setting on this machine now (the OS locale for System).
    pub fn for_setting(setting: LanguageSetting) -> &'static Catalogue {
        Catalogue::shared(setting.resolve(Language::os_locale().as_deref()))
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The message `id` with `args`; English when this language lacks it, the id when no
    /// language has it (a test keeps every id present everywhere).
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return match &self.fallback {
                Some(fallback) => fallback.format(id, args),
                None => id.to_owned(),
            };
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(
                message_id = id,
                "message formatted with {} error(s)",
                errors.len()
            );
        }
        text.into_owned()
    }

    /// A coded error or report in this language.
    pub fn format_coded(&self, coded: &Coded) -> String {
        self.format(coded.code, Some(&coded.fluent_args(self)))
    }

    /// The raw `.ftl` sources of a language, for the window (which formats them itself).
    pub fn sources(language: Language) -> Vec<&'static str> {
        resources::files(language.folder())
            .map(|(_, text)| text)
            .collect()
    }
}

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let tag: LanguageIdentifier = match language {
        // Plural rules and number formats of the pseudo-locale are English ones.
        Language::Pseudo => "en".parse(),
        other => other.tag().parse(),
    }
    .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Plain text: these strings go into notifications and titles, where Unicode isolation
    // marks around arguments would show up as boxes on some desktops.
    bundle.set_use_isolating(false);
    if language == Language::Pseudo {
        bundle.set_transform(Some(pseudo::pseudo_text));
    }
    for (file, text) in resources::files(language.folder()) {
        match FluentResource::try_new(text.to_owned()) {
            Ok(resource) => bundle.add_resource_overriding(resource),
            Err((resource, errors)) => {
                tracing::error!(file, "catalogue file has {} syntax error(s)", errors.len());
                bundle.add_resource_overriding(resource);
            }
        }
    }
    bundle
}
