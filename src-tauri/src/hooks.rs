//! Test hooks, compiled only with the `test-hooks` cargo feature (`scripts/test` and
//! `scripts/bench` build the app with it). In any other build — a release above all — the
//! variables below are never read, so nothing in the user's environment can move the app's
//! clock (grace periods, reminders), freeze a rotation or make the app write files.
//!
//! - `SCRIPTIX_KEYS_TEST_CLOCK_FILE`: a file holding seconds to shift the schedule clock by.
//! - `SCRIPTIX_KEYS_TEST_HALT_AT` + `SCRIPTIX_KEYS_TEST_HALT_FILE`: a rotation crash point
//!   (`afterVaultWrite`, …) where the app writes its pid to the file and blocks (crash test).
//! - `SCRIPTIX_KEYS_PERF_MARK_FILE`: where `perf_mark` appends benchmark marks.
//! - `perf_mark("panic-test", …)` panics inside the command (panic journey).
//! - `SCRIPTIX_KEYS_TEST_CHECK_SECONDS`: the background reminder check's interval (instead
//!   of 30 minutes), so a journey sees a reminder come due with the window closed.
//! - `SCRIPTIX_KEYS_TEST_UPDATER_PUBKEY`: the update key (the test's own minisign key) in
//!   place of the one in tauri.conf.json.
//! - `perf_mark("tray-<item>", …)` chooses that tray menu item (`tray-open`, `tray-quit`, …):
//!   the same handler as the menu, for desktops without a tray host.

use std::ffi::OsString;

use scriptix_keys_core::workspace::Workspace;

/// Reads one variable of the environment (empty = unset).
type Env<'a> = &'a dyn Fn(&str) -> Option<OsString>;

fn process_env(name: &str) -> Option<OsString> {
    std::env::var_os(name).filter(|v| !v.is_empty())
}

/// Installs the test clock and crash hook the environment asks for (test-hooks builds only).
pub fn install(workspace: Workspace) -> Workspace {
    install_from(workspace, &process_env)
}

/// The file `perf_mark` writes to, when asked for (test-hooks builds only).
pub fn perf_mark_file() -> Option<OsString> {
    perf_mark_file_from(&process_env)
}

/// Panics when asked to, so a journey can prove a panicking command rejects instead of
/// hanging (test-hooks builds only).
pub fn panic_if_asked(label: &str) {
    #[cfg(feature = "test-hooks")]
    if label == "panic-test" {
        panic!("test hook: perf_mark was asked to panic");
    }
    #[cfg(not(feature = "test-hooks"))]
    let _ = label;
}

/// The background check's interval the environment asks for (test-hooks builds only).
pub fn check_interval() -> Option<std::time::Duration> {
    check_interval_from(&process_env)
}

/// The update key the environment gives (test-hooks builds only).
pub fn updater_pubkey() -> Option<String> {
    updater_pubkey_from(&process_env)
}

#[cfg(feature = "test-hooks")]
fn updater_pubkey_from(var: Env) -> Option<String> {
    var("SCRIPTIX_KEYS_TEST_UPDATER_PUBKEY").and_then(|key| key.into_string().ok())
}

#[cfg(not(feature = "test-hooks"))]
fn updater_pubkey_from(_var: Env) -> Option<String> {
    None
}

/// The tray menu item a `perf_mark` label names (`tray-open`, …; test-hooks builds only).
#[cfg(feature = "test-hooks")]
pub fn tray_item(label: &str) -> Option<crate::tray::Item> {
    label
        .strip_prefix("tray-")
        .and_then(crate::tray::Item::from_id)
}

/// Without the test hooks no label chooses a tray item.
#[cfg(not(feature = "test-hooks"))]
pub fn tray_item(_label: &str) -> Option<crate::tray::Item> {
    None
}

#[cfg(feature = "test-hooks")]
fn check_interval_from(var: Env) -> Option<std::time::Duration> {
    let seconds: u64 = var("SCRIPTIX_KEYS_TEST_CHECK_SECONDS")?
        .to_str()?
        .trim()
        .parse()
        .ok()?;
    Some(std::time::Duration::from_secs(seconds.max(1)))
}

#[cfg(not(feature = "test-hooks"))]
fn check_interval_from(_var: Env) -> Option<std::time::Duration> {
    None
}

#[cfg(feature = "test-hooks")]
fn install_from(mut workspace: Workspace, var: Env) -> Workspace {
    use std::sync::Arc;

    use scriptix_keys_core::clock::OffsetFileClock;
    use scriptix_keys_core::rotation::{CrashHook, CrashPoint};

    if let Some(file) = var("SCRIPTIX_KEYS_TEST_CLOCK_FILE") {
        workspace = workspace.with_clock(Arc::new(OffsetFileClock::new(file)));
    }
    let point =
        var("SCRIPTIX_KEYS_TEST_HALT_AT").and_then(|p| CrashPoint::from_code(&p.to_string_lossy()));
    if let (Some(point), Some(file)) = (point, var("SCRIPTIX_KEYS_TEST_HALT_FILE")) {
        workspace = workspace.with_crash_hook(CrashHook::Halt(point, file.into()));
    }
    workspace
}

#[cfg(not(feature = "test-hooks"))]
fn install_from(workspace: Workspace, _var: Env) -> Workspace {
    workspace
}

#[cfg(feature = "test-hooks")]
fn perf_mark_file_from(var: Env) -> Option<OsString> {
    var("SCRIPTIX_KEYS_PERF_MARK_FILE")
}

#[cfg(not(feature = "test-hooks"))]
fn perf_mark_file_from(_var: Env) -> Option<OsString> {
    None
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use chrono::Utc;
    use scriptix_keys_core::api::ClientOptions;
    use scriptix_keys_core::profiles::ProfileInput;
    use scriptix_keys_core::workspace::WorkspacePaths;
    use scriptix_keys_core::{MemoryStore, Vault};

    use super::*;

    /// An environment asking for every hook: the clock 30 days ahead, a halt point, marks.
    fn asking_for_every_hook(dir: &Path) -> impl Fn(&str) -> Option<OsString> {
        let clock = dir.join("clock");
        std::fs::write(&clock, (30 * 24 * 3600).to_string()).unwrap();
        let dir = dir.to_path_buf();
        move |name| match name {
            "SCRIPTIX_KEYS_TEST_CLOCK_FILE" => Some(clock.clone().into()),
            "SCRIPTIX_KEYS_TEST_HALT_AT" => Some("afterVaultWrite".into()),
            "SCRIPTIX_KEYS_TEST_HALT_FILE" => Some(dir.join("halted").into()),
            "SCRIPTIX_KEYS_PERF_MARK_FILE" => Some(dir.join("marks").into()),
            "SCRIPTIX_KEYS_TEST_CHECK_SECONDS" => Some("2".into()),
            "SCRIPTIX_KEYS_TEST_UPDATER_PUBKEY" => Some("dGVzdCBrZXk=".into()),
            _ => None,
        }
    }

    /// A workspace with one profile, hooks installed from `env`; how many days its
    /// schedule clock is ahead of the real time.
    fn schedule_shift_days(dir: &Path, env: Env) -> (Workspace, i64) {
        let paths = WorkspacePaths {
            profiles_file: dir.join("profiles.json"),
            database_file: dir.join("scriptix-keys.sqlite3"),
        };
        let vault = Vault::new(Arc::new(MemoryStore::new()));
        let workspace = Workspace::open(paths, vault, ClientOptions::default()).unwrap();
        workspace
            .save_profile(ProfileInput {
                id: None,
                name: "Org".into(),
                base_url: "https://api.scriptix.example".into(),
                username: String::new(),
            })
            .unwrap();
        let workspace = install_from(workspace, env);
        let now = workspace.rotations_view().unwrap().now;
        // A minute of slack: `now` was read a moment before `Utc::now()`.
        let shift = (now - Utc::now() + chrono::Duration::minutes(1)).num_days();
        (workspace, shift)
    }

    #[cfg(not(feature = "test-hooks"))]
    #[test]
    fn without_the_test_hooks_feature_the_clock_file_halt_points_and_perf_marks_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let env = asking_for_every_hook(dir.path());
        let (workspace, shift) = schedule_shift_days(dir.path(), &env);
        assert_eq!(shift, 0, "grace periods and reminders follow the real time");
        assert!(format!("{workspace:?}").contains("crash_hook: None"));
        assert_eq!(perf_mark_file_from(&env), None);
        assert_eq!(check_interval_from(&env), None);
        assert_eq!(updater_pubkey_from(&env), None);
        assert_eq!(tray_item("tray-quit"), None);
        panic_if_asked("panic-test");
    }

    /// The other side of the test above: the same environment does move the clock in a
    /// test-hooks build (`cargo test -p scriptix-keys --features test-hooks`).
    #[cfg(feature = "test-hooks")]
    #[test]
    fn with_the_test_hooks_feature_the_clock_file_halt_points_and_perf_marks_apply() {
        let dir = tempfile::tempdir().unwrap();
        let env = asking_for_every_hook(dir.path());
        let (workspace, shift) = schedule_shift_days(dir.path(), &env);
        assert_eq!(shift, 30);
        assert!(format!("{workspace:?}").contains("crash_hook: Some(Halt(AfterVaultWrite"));
        assert_eq!(
            perf_mark_file_from(&env),
            Some(dir.path().join("marks").into())
        );
        assert_eq!(
            check_interval_from(&env),
            Some(std::time::Duration::from_secs(2))
        );
        assert_eq!(tray_item("tray-quit"), Some(crate::tray::Item::Quit));
        assert_eq!(updater_pubkey_from(&env).as_deref(), Some("dGVzdCBrZXk="));
        assert_eq!(tray_item("tray-nothing"), None);
        assert!(std::panic::catch_unwind(|| panic_if_asked("panic-test")).is_err());
    }
}
