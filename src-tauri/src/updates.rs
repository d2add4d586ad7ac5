//! Updates through tauri-plugin-updater, only when the user set an update server in
//! Settings (off by default, so never in the demo or the tests unless they ask). A check
//! fetches the server's manifest, downloads the update and verifies its minisign signature
//! against the app's update key (and the version it was signed for) before anything is
//! offered; the window then asks, and only `install` installs. Must not: install without
//! the user's yes, or offer an update whose signature did not verify.

use std::sync::Mutex;

use scriptix_keys_core::error::ErrorKind;
use scriptix_keys_core::i18n::Coded;
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_updater::{Update, UpdaterExt};

use crate::error::{CommandError, CommandResult};

/// What a check found (`update_check`'s reply).
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum UpdateView {
    /// This is the newest version.
    UpToDate { current: String },
    /// A newer version is downloaded and its signature verified; install it?
    Ready {
        version: String,
        current: String,
        notes: Option<String>,
    },
}

/// The update a check verified, waiting for the user's yes.
#[derive(Default)]
pub struct PendingUpdate(Mutex<Option<(Update, Vec<u8>)>>);

/// Checks `endpoint`, downloads what it offers and verifies the signature.
///
/// Errors: `invalidInput` (no update key in this build, bad address), `network` (the server
/// could not be reached or answered nonsense), `forbidden` (the signature did not verify:
/// nothing is offered).
pub async fn check<R: Runtime>(app: &AppHandle<R>, endpoint: &str) -> CommandResult<UpdateView> {
    let url = scriptix_keys_core::settings::update_endpoint(endpoint)
        .map_err(|coded| CommandError::with_kind(ErrorKind::InvalidInput, coded))?;
    let pubkey = update_key(app).ok_or_else(|| {
        CommandError::with_kind(ErrorKind::InvalidInput, Coded::new("shell-update-no-key"))
    })?;
    let updater = app
        .updater_builder()
        .pubkey(pubkey)
        .endpoints(vec![url])
        .and_then(|builder| builder.build())
        .map_err(|error| {
            tracing::warn!(%error, "the updater could not be set up");
            CommandError::with_kind(ErrorKind::InvalidInput, Coded::new("shell-update-unusable"))
        })?;
    let current = app.package_info().version.to_string();
    let found = updater.check().await.map_err(|error| {
        tracing::warn!(%error, "the update check failed");
        CommandError::with_kind(ErrorKind::Network, Coded::new("shell-update-unreachable"))
    })?;
    let Some(update) = found else {
        return Ok(UpdateView::UpToDate { current });
    };
    let bytes = update.download(|_, _| {}, || {}).await.map_err(|error| {
        tracing::warn!(%error, version = %update.version, "an update was refused");
        refused(&error)
    })?;
    tracing::info!(version = %update.version, "an update is verified and waits for the user");
    let view = UpdateView::Ready {
        version: update.version.clone(),
        current,
        notes: update.body.clone(),
    };
    if let Some(pending) = app.try_state::<PendingUpdate>() {
        *pending
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some((update, bytes));
    }
    Ok(view)
}

/// Installs the verified update the user said yes to, then restarts the app.
///
/// Errors: `notFound` (no verified update waits), `internal` (the installer failed; the
/// app stays as it was).
pub fn install<R: Runtime>(app: &AppHandle<R>) -> CommandResult<()> {
    let taken = app.try_state::<PendingUpdate>().and_then(|pending| {
        pending
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
    });
    let Some((update, bytes)) = taken else {
        return Err(CommandError::with_kind(
            ErrorKind::NotFound,
            Coded::new("shell-update-none-waiting"),
        ));
    };
    update.install(bytes).map_err(|error| {
        tracing::warn!(%error, "the update could not be installed");
        CommandError::shell("shell-update-not-installed")
    })?;
    app.restart()
}

/// The update key: the test's (test-hooks builds), else `plugins.updater.pubkey` of
/// tauri.conf.json; `None` when empty.
fn update_key<R: Runtime>(app: &AppHandle<R>) -> Option<String> {
    crate::hooks::updater_pubkey()
        .or_else(|| {
            app.config()
                .plugins
                .0
                .get("updater")
                .and_then(|updater| updater.get("pubkey"))
                .and_then(|key| key.as_str())
                .map(str::to_owned)
        })
        .filter(|key| !key.trim().is_empty())
}

/// The error for a download that failed: a signature that did not verify is named as such.
fn refused(error: &tauri_plugin_updater::Error) -> CommandError {
    use tauri_plugin_updater::Error as E;
    match error {
        E::Minisign(_)
        | E::Base64(_)
        | E::SignatureUtf8(_)
        | E::SignedVersionMismatch { .. }
        | E::MissingSignedVersion => CommandError::with_kind(
            ErrorKind::Forbidden,
            Coded::new("shell-update-bad-signature"),
        ),
        _ => CommandError::with_kind(
            ErrorKind::Network,
            Coded::new("shell-update-not-downloaded"),
        ),
    }
}
