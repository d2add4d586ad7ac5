//! The `.ftl` files, embedded at build time (one list; `tests::embedded_files_match_the_folder`
//! fails when a file is added to `locales/` but not here).

/// `(folder, file, text)` for every catalogue file.
pub(super) const FILES: &[(&str, &str, &str)] = &[
    (
        "en",
        "app.ftl",
        include_str!("../../../../locales/en/app.ftl"),
    ),
    (
        "en",
        "audit.ftl",
        include_str!("../../../../locales/en/audit.ftl"),
    ),
    (
        "en",
        "clipboard.ftl",
        include_str!("../../../../locales/en/clipboard.ftl"),
    ),
    (
        "en",
        "create.ftl",
        include_str!("../../../../locales/en/create.ftl"),
    ),
    (
        "en",
        "format.ftl",
        include_str!("../../../../locales/en/format.ftl"),
    ),
    (
        "en",
        "lifecycle.ftl",
        include_str!("../../../../locales/en/lifecycle.ftl"),
    ),
    (
        "en",
        "settings.ftl",
        include_str!("../../../../locales/en/settings.ftl"),
    ),
    (
        "en",
        "shortcuts.ftl",
        include_str!("../../../../locales/en/shortcuts.ftl"),
    ),
    (
        "en",
        "signin.ftl",
        include_str!("../../../../locales/en/signin.ftl"),
    ),
    (
        "nl",
        "app.ftl",
        include_str!("../../../../locales/nl/app.ftl"),
    ),
    (
        "nl",
        "audit.ftl",
        include_str!("../../../../locales/nl/audit.ftl"),
    ),
    (
        "nl",
        "clipboard.ftl",
        include_str!("../../../../locales/nl/clipboard.ftl"),
    ),
    (
        "nl",
        "create.ftl",
        include_str!("../../../../locales/nl/create.ftl"),
    ),
    (
        "nl",
        "format.ftl",
        include_str!("../../../../locales/nl/format.ftl"),
    ),
    (
        "nl",
        "lifecycle.ftl",
        include_str!("../../../../locales/nl/lifecycle.ftl"),
    ),
    (
        "nl",
        "settings.ftl",
        include_str!("../../../../locales/nl/settings.ftl"),
    ),
    (
        "nl",
        "shortcuts.ftl",
        include_str!("../../../../locales/nl/shortcuts.ftl"),
    ),
    (
        "nl",
        "signin.ftl",
        include_str!("../../../../locales/nl/signin.ftl"),
    ),
];

/// The files of one folder, as `(file, text)`.
pub(super) fn files(folder: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    FILES
        .iter()
        .filter(move |(f, _, _)| *f == folder)
        .map(|(_, file, text)| (*file, *text))
}
