//! The `.ftl` files, embedded at build time (one list; `tests::embedded_files_match_the_folder`
//! fails when a file is added to `locales/` but not here).

/// `(folder, file, text)` of `locales/<folder>/<file>`.
macro_rules! ftl {
    ($folder:literal, $file:literal) => {
        (
            $folder,
            $file,
            include_str!(concat!("../../../../locales/", $folder, "/", $file)),
        )
    };
}

/// Every catalogue file, sorted by folder and name.
pub(super) const FILES: &[(&str, &str, &str)] = &[
    ftl!("en", "actions.ftl"),
    ftl!("en", "app.ftl"),
    ftl!("en", "attach.ftl"),
    ftl!("en", "audit.ftl"),
    ftl!("en", "bitwarden.ftl"),
    ftl!("en", "clipboard.ftl"),
    ftl!("en", "create.ftl"),
    ftl!("en", "delete.ftl"),
    ftl!("en", "destinations.ftl"),
    ftl!("en", "details.ftl"),
    ftl!("en", "errors-api.ftl"),
    ftl!("en", "errors-device.ftl"),
    ftl!("en", "errors-export.ftl"),
    ftl!("en", "errors-rotation.ftl"),
    ftl!("en", "errors.ftl"),
    ftl!("en", "expiry.ftl"),
    ftl!("en", "export.ftl"),
    ftl!("en", "format.ftl"),
    ftl!("en", "howto.ftl"),
    ftl!("en", "keepass.ftl"),
    ftl!("en", "keycheck.ftl"),
    ftl!("en", "lifecycle.ftl"),
    ftl!("en", "main.ftl"),
    ftl!("en", "notices.ftl"),
    ftl!("en", "rotation-journal.ftl"),
    ftl!("en", "rotation-steps.ftl"),
    ftl!("en", "rotation.ftl"),
    ftl!("en", "settings.ftl"),
    ftl!("en", "shortcuts.ftl"),
    ftl!("en", "signin.ftl"),
    ftl!("en", "table.ftl"),
    ftl!("en", "usage-view.ftl"),
    ftl!("nl", "actions.ftl"),
    ftl!("nl", "app.ftl"),
    ftl!("nl", "attach.ftl"),
    ftl!("nl", "audit.ftl"),
    ftl!("nl", "bitwarden.ftl"),
    ftl!("nl", "clipboard.ftl"),
    ftl!("nl", "create.ftl"),
    ftl!("nl", "delete.ftl"),
    ftl!("nl", "destinations.ftl"),
    ftl!("nl", "details.ftl"),
    ftl!("nl", "errors-api.ftl"),
    ftl!("nl", "errors-device.ftl"),
    ftl!("nl", "errors-export.ftl"),
    ftl!("nl", "errors-rotation.ftl"),
    ftl!("nl", "errors.ftl"),
    ftl!("nl", "expiry.ftl"),
    ftl!("nl", "export.ftl"),
    ftl!("nl", "format.ftl"),
    ftl!("nl", "howto.ftl"),
    ftl!("nl", "keepass.ftl"),
    ftl!("nl", "keycheck.ftl"),
    ftl!("nl", "lifecycle.ftl"),
    ftl!("nl", "main.ftl"),
    ftl!("nl", "notices.ftl"),
    ftl!("nl", "rotation-journal.ftl"),
    ftl!("nl", "rotation-steps.ftl"),
    ftl!("nl", "rotation.ftl"),
    ftl!("nl", "settings.ftl"),
    ftl!("nl", "shortcuts.ftl"),
    ftl!("nl", "signin.ftl"),
    ftl!("nl", "table.ftl"),
    ftl!("nl", "usage-view.ftl"),
];

/// The files of one folder, as `(file, text)`.
pub(super) fn files(folder: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    FILES
        .iter()
        .filter(move |(f, _, _)| *f == folder)
        .map(|(_, file, text)| (*file, *text))
}
