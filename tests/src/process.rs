//! The app's processes on the journeys' folders: finding them through /proc, waiting for
//! them to go, and ending what a WebDriver session left behind.

use std::process::{Child, Command};
use std::time::{Duration, Instant};

use crate::app::app_binary;
use crate::files::AppDirs;

/// The `XDG_CONFIG_HOME=…` entry that only the app processes on these folders have.
pub(crate) fn folders_marker(dirs: &AppDirs) -> String {
    format!("XDG_CONFIG_HOME={}", dirs.root.join("config").display())
}

/// Ends the app process a finished session left behind. WebKitWebDriver force-quits the
/// app it launched when its session ends, but on a loaded machine tauri-driver's SIGTERM can
/// stop WebKitWebDriver first: the app then lives on with an empty window and every later
/// launch on the same folders hands over to it. Doing what WebKitWebDriver would have done
/// (SIGKILL) keeps each journey's restart a real start.
pub(crate) fn reap(marker: &str) {
    let binary = std::fs::canonicalize(app_binary()).unwrap_or_else(|_| app_binary());
    let started = Instant::now();
    loop {
        let left = running_on(&binary, marker.as_bytes());
        if left.is_empty() {
            return;
        }
        if started.elapsed() > Duration::from_secs(5) {
            eprintln!("the app outlived its WebDriver session; ending it as WebKitWebDriver would");
            for pid in left {
                let _ = Command::new("kill")
                    .args(["-KILL", &pid.to_string()])
                    .status();
            }
            std::thread::sleep(Duration::from_millis(200));
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Whether an app process runs on these folders now (the app binary, with `dirs`'s
/// `XDG_CONFIG_HOME` in its environment).
pub fn app_running(dirs: &AppDirs) -> bool {
    let marker = format!("XDG_CONFIG_HOME={}", dirs.root.join("config").display());
    let binary = std::fs::canonicalize(app_binary()).unwrap_or_else(|_| app_binary());
    !running_on(&binary, marker.as_bytes()).is_empty()
}

/// Waits (up to 15 s, then ends it) until no app process runs on these folders. The app is
/// one instance per data folder: launched while the last one on the same folders is still
/// exiting, it would hand over to that one and exit at once.
pub(crate) async fn wait_until_not_running(dirs: &AppDirs) {
    let marker = folders_marker(dirs);
    let binary = std::fs::canonicalize(app_binary()).unwrap_or_else(|_| app_binary());
    let started = Instant::now();
    while !running_on(&binary, marker.as_bytes()).is_empty() {
        if started.elapsed() > Duration::from_secs(15) {
            // Still there: a leftover no session owns (a launch now would only hand over
            // to it and exit).
            reap(&marker);
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The thread names (`/proc/<pid>/task/*/comm`, cut to 15 bytes) of the WebKit web
/// processes of the app running on these folders (they inherit its environment), and how
/// many such processes there were.
pub fn web_process_threads(dirs: &AppDirs) -> (usize, Vec<String>) {
    let marker = folders_marker(dirs);
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return (0, Vec::new());
    };
    let processes: Vec<_> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            std::fs::read_to_string(path.join("comm"))
                .is_ok_and(|comm| comm.trim_end().starts_with("WebKitWebProces"))
                && has_in_environment(path, marker.as_bytes())
        })
        .collect();
    let threads = processes
        .iter()
        .filter_map(|path| std::fs::read_dir(path.join("task")).ok())
        .flat_map(|tasks| tasks.flatten())
        .filter_map(|task| std::fs::read_to_string(task.path().join("comm")).ok())
        .map(|name| name.trim_end().to_owned())
        .collect();
    (processes.len(), threads)
}

/// Whether the process at `/proc/<pid>` (`path`) has the entry `marker` in its environment.
fn has_in_environment(path: &std::path::Path, marker: &[u8]) -> bool {
    std::fs::read(path.join("environ"))
        .is_ok_and(|env| env.split(|b| *b == 0).any(|var| var == marker))
}

/// The processes of `binary` with `marker` in their environment (Linux /proc).
fn running_on(binary: &std::path::Path, marker: &[u8]) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|entry| {
            let path = entry.path();
            std::fs::read_link(path.join("exe")).is_ok_and(|exe| exe == binary)
                && has_in_environment(&path, marker)
        })
        .filter_map(|entry| entry.file_name().to_str()?.parse().ok())
        .collect()
}

/// SIGTERM (SIGKILL would orphan WebKitWebDriver), then SIGKILL if it lingers.
pub(crate) fn stop(mut child: Child) {
    terminate(&mut child);
}

/// [`stop`] for a child that is kept elsewhere: TERM, then KILL after 5 s, then reaped.
pub(crate) fn terminate(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let started = Instant::now();
    while child.try_wait().ok().flatten().is_none() && started.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}
