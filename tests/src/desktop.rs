//! The desktop around the window: the X clipboard (read and written with `xclip`, as
//! another app would) and native dialogs (answered with `xdotool`, as a user would).

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
    let started = Instant::now();
    let window = loop {
        let out = Command::new("xdotool")
            .args(["search", "--name", title])
            .output()
            .expect("xdotool runs");
        let ids = String::from_utf8_lossy(&out.stdout).to_string();
        if let Some(id) = ids.lines().last().filter(|l| !l.trim().is_empty()) {
            break id.trim().to_owned();
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "no native dialog titled {title:?} appeared"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    // Give GTK a moment to map and focus the dialog before typing into it.
    tokio::time::sleep(Duration::from_millis(400)).await;
    let _ = Command::new("xdotool")
        .args(["windowactivate", "--sync", &window])
        .status();
    let _ = Command::new("xdotool")
        .args(["windowfocus", "--sync", &window])
        .status();
    let _ = Command::new("xdotool")
        .args(["key", "--clearmodifiers", key])
        .status();
    let started = Instant::now();
    loop {
        let out = Command::new("xdotool")
            .args(["search", "--name", title])
            .output()
            .expect("xdotool runs");
        if String::from_utf8_lossy(&out.stdout).trim().is_empty() {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the native dialog {title:?} did not close"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
