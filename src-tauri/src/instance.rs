//! One app per data folder: a second launch hands over to the running app, which shows and
//! focuses its window, and exits (tauri-plugin-single-instance; a D-Bus name on Linux, a
//! named mutex on Windows, a socket on macOS). Two processes on the same database could
//! otherwise race each other through a rotation.
//!
//! Must be registered before every other plugin, so a second process stops before anything
//! else starts.

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime};

/// The app's identifier (tauri.conf.json `identifier`).
const IDENTIFIER: &str = "io.scriptix.keys";

/// The plugin, keyed to this launch's data folders (see [`dbus_id`]).
pub fn single_instance<R: Runtime>() -> TauriPlugin<R> {
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(dbus_id())
        .callback(|app, _args, _cwd| focus_main(app))
        .build()
}

/// `io.scriptix.keys.d<hash>`: the identifier plus a hash of the folders the app keeps its
/// data in (the XDG variables that decide them on Linux). The same folders give the same
/// name, so a second launch on the same data finds the first; a separate set of folders (a
/// test's, another user's session) is a separate app.
fn dbus_id() -> String {
    let folders: String = ["XDG_DATA_HOME", "XDG_CONFIG_HOME", "HOME"]
        .iter()
        .map(|name| std::env::var(name).unwrap_or_default() + "\n")
        .collect();
    format!("{IDENTIFIER}.d{:016x}", fnv1a(folders.as_bytes()))
}

/// FNV-1a: stable across Rust versions (unlike `DefaultHasher`), so two builds of the app
/// agree on the name.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Set in the environment of a launch that [`start_again`] made, so it happens once.
const STARTED_AGAIN_ENV: &str = "SCRIPTIX_KEYS_STARTED_AGAIN";

/// A second launch found the app's name taken but the running app did not answer the
/// hand-over: it was exiting (or hung). Waits a moment and starts this app once more, with
/// the same arguments, so a launch right after a quit still opens the window; a launch that
/// was itself such a second start gives up with one clear line instead of a panic.
pub fn start_again(reason: &str) -> ! {
    tracing::warn!("the running app did not take over this launch: {reason}");
    if std::env::var_os(STARTED_AGAIN_ENV).is_some() {
        eprintln!(
            "Scriptix Keys is already running but does not answer. Close it (or end it in the system monitor) and start it again."
        );
        std::process::exit(1);
    }
    std::thread::sleep(std::time::Duration::from_secs(1));
    let started = std::env::current_exe().and_then(|exe| {
        std::process::Command::new(exe)
            .args(std::env::args_os().skip(1))
            .env(STARTED_AGAIN_ENV, "1")
            .spawn()
    });
    match started {
        Ok(_) => std::process::exit(0),
        Err(error) => {
            eprintln!("Scriptix Keys could not start: {error}");
            std::process::exit(1);
        }
    }
}

fn focus_main<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_instance_name_is_a_valid_dbus_name_that_depends_on_the_data_folders() {
        let id = dbus_id();
        assert!(id.starts_with("io.scriptix.keys.d"));
        assert!(
            id.split('.')
                .all(|part| !part.is_empty() && !part.starts_with(|c: char| c.is_ascii_digit()))
        );
        assert!(id.chars().all(|c| c.is_ascii_alphanumeric() || c == '.'));
        assert_ne!(fnv1a(b"/home/a\n"), fnv1a(b"/home/b\n"));
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    }
}
