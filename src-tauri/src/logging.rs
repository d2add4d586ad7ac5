//! The app's log: warnings and errors (and a few info lines of our own crates) go to
//! `scriptix-keys.log` in Tauri's app log folder (`~/.local/share/io.scriptix.keys/logs` on
//! Linux), rotated at 1 MB with three older files kept, so it never grows past ~4 MB.
//!
//! `tracing` events reach it through `tracing`'s `log` feature (no tracing subscriber is
//! installed, so events become `log` records) and tauri-plugin-log's rotating file. Must
//! not: log a key, a session token or a password — those live in `Secret`, whose `Debug` and
//! `Display` are redacted; the journeys scan this folder for the secrets they created. The
//! window gets no permission to write here (`log:default` is not granted).

use tauri::Runtime;
use tauri::plugin::TauriPlugin;
use tauri_plugin_log::log::LevelFilter;
use tauri_plugin_log::{RotationStrategy, Target, TargetKind};

/// The log file's name (without `.log`) in the app log folder.
pub const LOG_FILE: &str = "scriptix-keys";

/// The plugin that installs the logger; register it first so setup problems are logged.
pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .target(Target::new(TargetKind::LogDir {
            file_name: Some(LOG_FILE.into()),
        }))
        .max_file_size(1_000_000)
        .rotation_strategy(RotationStrategy::KeepSome(3))
        // Other crates (WebKit glue, D-Bus, HTTP) only when something is wrong.
        .level(LevelFilter::Warn)
        .level_for("scriptix_keys_lib", LevelFilter::Info)
        .level_for("scriptix_keys_core", LevelFilter::Info)
        .build()
}
