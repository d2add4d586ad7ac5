//! The desktop around the window: the X clipboard (read and written with `xclip`, as
//! another app would), native dialogs (answered with `xdotool`, as a user would), and the
//! window manager's close button (`WM_DELETE_WINDOW`, sent with x11rb).

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What another app would paste right now (empty when the clipboard is empty).
pub fn clipboard_text() -> String {
    let out = Command::new("xclip")
        .args(["-o", "-selection", "clipboard"])
        .output()
        .expect("xclip runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Another app copies `text`.
pub fn clipboard_put(text: &str) {
    let mut child = Command::new("xclip")
        .args(["-selection", "clipboard"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("xclip runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write to xclip");
    child.wait().expect("xclip exits");
}

/// Waits for a native dialog whose title contains `title`, then presses `key` in it
/// (`Return` accepts the default button, `Escape` cancels). Returns once it is gone.
pub async fn answer_native_dialog(title: &str, key: &str) {
    let window = wait_for_window(title).await;
    // Give GTK a moment to map and focus the dialog before typing into it.
    tokio::time::sleep(Duration::from_millis(400)).await;
    xdotool(&["windowactivate", "--sync", &window]);
    xdotool(&["windowfocus", "--sync", &window]);
    xdotool(&["key", "--clearmodifiers", key]);
    wait_until_closed(title, |_| {}).await;
}

/// Waits for a native open dialog titled `title`, types `path` into its location field
/// (Ctrl+L) and opens it.
pub async fn answer_open_dialog(title: &str, path: &std::path::Path) {
    let window = wait_for_window(title).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    xdotool(&["windowfocus", "--sync", &window]);
    xdotool(&["key", "--clearmodifiers", "ctrl+l"]);
    tokio::time::sleep(Duration::from_millis(300)).await;
    xdotool(&["type", "--delay", "15", &path.display().to_string()]);
    tokio::time::sleep(Duration::from_millis(500)).await;
    xdotool(&["key", "Return"]);
    // A completion popup may take a Return: press it again if the dialog is still up.
    let mut presses = 1;
    wait_until_closed(title, |waited| {
        if waited > Duration::from_secs(2 * presses) && presses < 3 {
            xdotool(&["key", "Return"]);
            presses += 1;
        }
    })
    .await;
}

/// Waits for a native save dialog titled `title`, types `path` as the file name and saves.
pub async fn answer_save_dialog(title: &str, path: &std::path::Path) {
    let window = wait_for_window(title).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    xdotool(&["windowfocus", "--sync", &window]);
    // The name field has focus with the suggested name selected: replace it with a full path.
    xdotool(&["key", "--clearmodifiers", "ctrl+a"]);
    xdotool(&["type", "--delay", "15", &path.display().to_string()]);
    tokio::time::sleep(Duration::from_millis(500)).await;
    xdotool(&["key", "Return"]);
    // A completion popup may take a Return: press it again if the dialog is still up.
    let mut presses = 1;
    wait_until_closed(title, |waited| {
        if waited > Duration::from_secs(2 * presses) && presses < 3 {
            xdotool(&["key", "Return"]);
            presses += 1;
        }
    })
    .await;
}

/// Asks every visible window whose title contains `title` to close, exactly as a window
/// manager's close button does: a `WM_DELETE_WINDOW` client message (the app may refuse).
/// `xdotool windowclose` would destroy the window instead, which no app can refuse. Returns
/// how many windows were asked.
pub fn request_window_close(title: &str) -> usize {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{ClientMessageEvent, ConnectionExt, EventMask};

    let windows = visible_windows(title);
    let (conn, _) = x11rb::connect(None).expect("X display");
    let atom = |name: &[u8]| {
        conn.intern_atom(false, name)
            .expect("intern atom")
            .reply()
            .expect("atom")
            .atom
    };
    let (protocols, delete) = (atom(b"WM_PROTOCOLS"), atom(b"WM_DELETE_WINDOW"));
    for window in &windows {
        let window: u32 = window.parse().expect("window id");
        let event = ClientMessageEvent::new(
            32,
            window,
            protocols,
            [delete, x11rb::CURRENT_TIME, 0, 0, 0],
        );
        conn.send_event(false, window, EventMask::NO_EVENT, event)
            .expect("send WM_DELETE_WINDOW");
    }
    conn.flush().expect("flush X");
    windows.len()
}

/// Whether a visible window's title contains `title`.
pub fn window_shown(title: &str) -> bool {
    visible_window(title).is_some()
}

fn xdotool(args: &[&str]) {
    let _ = Command::new("xdotool").args(args).status();
}

/// The id of a visible window whose title contains `title`.
fn visible_window(title: &str) -> Option<String> {
    visible_windows(title).pop()
}

/// The ids of the visible windows whose title contains `title`, oldest first.
fn visible_windows(title: &str) -> Vec<String> {
    let out = Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", title])
        .output()
        .expect("xdotool runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

async fn wait_for_window(title: &str) -> String {
    let started = Instant::now();
    loop {
        if let Some(window) = visible_window(title) {
            return window;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "no native dialog titled {title:?} appeared"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until no visible window has `title`, calling `nudge` with the time waited so far.
async fn wait_until_closed(title: &str, mut nudge: impl FnMut(Duration)) {
    let started = Instant::now();
    while visible_window(title).is_some() {
        if started.elapsed() > Duration::from_secs(10) {
            shoot_desktop("native-dialog-stuck");
            panic!("the native dialog {title:?} did not close");
        }
        nudge(started.elapsed());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A screenshot of the whole virtual display (native dialogs included), for diagnosis.
fn shoot_desktop(name: &str) {
    let dir = crate::package_dir().join("../target/e2e-screenshots");
    let _ = std::fs::create_dir_all(&dir);
    let _ = Command::new("import")
        .args(["-window", "root"])
        .arg(dir.join(format!("{name}.png")))
        .status();
}
