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
            .args(["search", "--onlyvisible", "--name", title])
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
            .args(["search", "--onlyvisible", "--name", title])
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

/// Waits for a native save dialog titled `title`, types `path` as the file name and saves.
pub async fn answer_save_dialog(title: &str, path: &std::path::Path) {
    let started = Instant::now();
    let window = loop {
        let out = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", title])
            .output()
            .expect("xdotool runs");
        let ids = String::from_utf8_lossy(&out.stdout).to_string();
        if let Some(id) = ids.lines().last().filter(|l| !l.trim().is_empty()) {
            break id.trim().to_owned();
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "no save dialog titled {title:?} appeared"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    tokio::time::sleep(Duration::from_millis(800)).await;
    let xdotool = |args: &[&str]| {
        let _ = Command::new("xdotool").args(args).status();
    };
    xdotool(&["windowfocus", "--sync", &window]);
    // The name field has focus with the suggested name selected: replace it with a full path.
    xdotool(&["key", "--clearmodifiers", "ctrl+a"]);
    xdotool(&["type", "--delay", "15", &path.display().to_string()]);
    tokio::time::sleep(Duration::from_millis(500)).await;
    shoot_desktop("save-dialog-typed");
    xdotool(&["key", "Return"]);
    let started = Instant::now();
    let mut presses = 1;
    loop {
        let out = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", title])
            .output()
            .expect("xdotool runs");
        if String::from_utf8_lossy(&out.stdout).trim().is_empty() {
            return;
        }
        // A completion popup may have taken the first Return.
        if started.elapsed() > Duration::from_secs(2 * presses) && presses < 3 {
            shoot_desktop(&format!("save-dialog-after-{presses}"));
            xdotool(&["key", "Return"]);
            presses += 1;
        }
        if started.elapsed() > Duration::from_secs(10) {
            shoot_desktop("save-dialog-stuck");
            panic!("the save dialog {title:?} did not close");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A screenshot of the whole virtual display (native dialogs included), for diagnosis.
fn shoot_desktop(name: &str) {
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/e2e-screenshots");
    let _ = std::fs::create_dir_all(&dir);
    let _ = Command::new("import")
        .args(["-window", "root"])
        .arg(dir.join(format!("{name}.png")))
        .status();
}
