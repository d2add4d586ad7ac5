//! The KeePass database (and its key file, if it has one) the user chose with the native
//! open dialog, held here so the webview never names a file for the app to write or read:
//! `keepass_groups` and `export_to_keepass` only ever use the files picked in
//! `keepass_choose` and `keepass_choose_key_file` (the webview only says whether to use the
//! key file). A key file's contents are read by core when the database is opened, never here.

use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

use scriptix_keys_core::i18n::Coded;
use scriptix_keys_core::workspace::WorkspaceError;
use serde::Serialize;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandResult;

/// The reply of `keepass_choose`.
#[derive(Debug, Clone, Serialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum ChoiceView {
    /// The file to write into (`name` is its file name, for the dialog).
    Chosen { path: String, name: String },
    /// The user closed the open dialog.
    Cancelled,
}

/// The database and key file chosen last in this run (managed state).
#[derive(Debug, Default)]
pub struct KeepassChoice {
    database: Mutex<Option<PathBuf>>,
    key_file: Mutex<Option<PathBuf>>,
}

impl KeepassChoice {
    /// Opens the native open dialog for a `.kdbx` file and remembers the choice.
    pub async fn choose(&self, app: &AppHandle) -> ChoiceView {
        let picked = pick(
            app,
            "Choose a KeePass database",
            Some(("KeePass database", "kdbx")),
        )
        .await;
        remember(&self.database, picked)
    }

    /// Opens the native open dialog for the database's key file and remembers the choice.
    pub async fn choose_key_file(&self, app: &AppHandle) -> ChoiceView {
        let picked = pick(app, "Choose the key file of the KeePass database", None).await;
        remember(&self.key_file, picked)
    }

    /// The chosen database.
    ///
    /// Errors: `invalidInput` (field `path`) when none was chosen in this run.
    pub fn path(&self) -> CommandResult<PathBuf> {
        chosen(
            &self.database,
            "path",
            Coded::new("keepass-choose-database"),
        )
    }

    /// The chosen key file when `use_it`, else none.
    ///
    /// Errors: `invalidInput` (field `keyFile`) when asked for one and none was chosen.
    pub fn key_file(&self, use_it: bool) -> CommandResult<Option<PathBuf>> {
        if !use_it {
            return Ok(None);
        }
        chosen(
            &self.key_file,
            "keyFile",
            Coded::new("keepass-choose-key-file"),
        )
        .map(Some)
    }
}

async fn pick(app: &AppHandle, title: &str, filter: Option<(&str, &str)>) -> Option<PathBuf> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let mut dialog = app.dialog().file().set_title(title);
    if let Some((name, extension)) = filter {
        dialog = dialog.add_filter(name, &[extension]);
    }
    dialog.pick_file(move |path| {
        let _ = tx.send(path);
    });
    rx.await
        .ok()
        .flatten()
        .and_then(|path| path.into_path().ok())
}

fn remember(slot: &Mutex<Option<PathBuf>>, picked: Option<PathBuf>) -> ChoiceView {
    let Some(path) = picked else {
        return ChoiceView::Cancelled;
    };
    let view = ChoiceView::Chosen {
        path: path.display().to_string(),
        name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    };
    *slot.lock().unwrap_or_else(PoisonError::into_inner) = Some(path);
    view
}

fn chosen(
    slot: &Mutex<Option<PathBuf>>,
    field: &'static str,
    coded: Coded,
) -> CommandResult<PathBuf> {
    slot.lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone()
        .ok_or_else(|| WorkspaceError::invalid(field, coded).into())
}
