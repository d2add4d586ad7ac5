//! The KeePass database the user chose with the native open dialog, held here so the
//! webview never names a file for the app to write: `keepass_groups` and
//! `export_to_keepass` only ever use the file picked in `keepass_choose`.

use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

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

/// The database chosen last in this run (managed state).
#[derive(Debug, Default)]
pub struct KeepassChoice(Mutex<Option<PathBuf>>);

impl KeepassChoice {
    /// Opens the native open dialog for a `.kdbx` file and remembers the choice.
    pub async fn choose(&self, app: &AppHandle) -> ChoiceView {
        let (tx, rx) = tokio::sync::oneshot::channel();
        app.dialog()
            .file()
            .set_title("Choose a KeePass database")
            .add_filter("KeePass database", &["kdbx"])
            .pick_file(move |path| {
                let _ = tx.send(path);
            });
        let picked = rx
            .await
            .ok()
            .flatten()
            .and_then(|path| path.into_path().ok());
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
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(path);
        view
    }

    /// The chosen database.
    ///
    /// Errors: `invalidInput` (field `path`) when none was chosen in this run.
    pub fn path(&self) -> CommandResult<PathBuf> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
            .ok_or_else(|| {
                WorkspaceError::Invalid {
                    field: "path",
                    message: "Choose a KeePass database first.".to_owned(),
                }
                .into()
            })
    }
}
