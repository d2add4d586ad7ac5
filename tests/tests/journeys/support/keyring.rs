//! The test session's keyring (moved from `support.rs`): locking and unlocking it, and
//! dismissing the unlock prompt a locked keyring shows.

use std::time::{Duration, Instant};

/// Locks the test session's keyring (its login collection), as a screen lock would.
pub(crate) fn lock_the_keyring() {
    let status = std::process::Command::new("dbus-send")
        .args([
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.secrets",
            "/org/freedesktop/secrets",
            "org.freedesktop.Secret.Service.Lock",
            "array:objpath:/org/freedesktop/secrets/collection/login",
        ])
        .output()
        .expect("dbus-send runs");
    assert!(status.status.success(), "locking the keyring failed");
}

/// Unlocks the test session's keyring again (the daemon replaced, with its password).
pub(crate) fn unlock_the_keyring() {
    use std::io::Write;
    let mut child = std::process::Command::new("gnome-keyring-daemon")
        .args([
            "--replace",
            "--unlock",
            "--components=secrets",
            "--daemonize",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("gnome-keyring-daemon");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"e2e-keyring-password")
        .unwrap();
    let _ = child.wait();
    std::thread::sleep(Duration::from_millis(500));
}

/// Presses Escape in the keyring's unlock prompt if one shows up.
pub(crate) async fn dismiss_unlock_prompt() {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(10) {
        let out = std::process::Command::new("xdotool")
            .args(["search", "--class", "gcr-prompter"])
            .output()
            .unwrap();
        if let Some(id) = String::from_utf8_lossy(&out.stdout)
            .lines()
            .last()
            .map(str::to_owned)
        {
            tokio::time::sleep(Duration::from_millis(400)).await;
            let _ = std::process::Command::new("xdotool")
                .args(["windowactivate", "--sync", &id])
                .status();
            let _ = std::process::Command::new("xdotool")
                .args(["key", "Escape"])
                .status();
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
