//! Per-run app folders, vault look-ups with `secret-tool`, and the byte-level secret scan.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{APP_IDENTIFIER, TEST_VAULT_SERVICE};

/// A fresh set of XDG folders for one app "installation". Launching the app twice with the
/// same `AppDirs` is a restart on the same machine.
#[derive(Debug)]
pub struct AppDirs {
    _root: tempfile::TempDir,
    pub root: PathBuf,
}

impl Default for AppDirs {
    fn default() -> Self {
        Self::new()
    }
}

impl AppDirs {
    pub fn new() -> Self {
        let root = tempfile::Builder::new()
            .prefix("scriptix-keys-e2e-")
            .tempdir()
            .expect("temp dir");
        let path = root.path().to_path_buf();
        for sub in ["config", "data", "cache", "state"] {
            std::fs::create_dir_all(path.join(sub)).expect("xdg dir");
        }
        Self {
            root: path,
            _root: root,
        }
    }

    /// The environment the app runs with.
    pub fn env(&self) -> Vec<(String, String)> {
        vec![
            (
                "XDG_CONFIG_HOME".into(),
                self.root.join("config").display().to_string(),
            ),
            (
                "XDG_DATA_HOME".into(),
                self.root.join("data").display().to_string(),
            ),
            (
                "XDG_CACHE_HOME".into(),
                self.root.join("cache").display().to_string(),
            ),
            (
                "XDG_STATE_HOME".into(),
                self.root.join("state").display().to_string(),
            ),
            (
                "SCRIPTIX_KEYS_VAULT_SERVICE".into(),
                TEST_VAULT_SERVICE.into(),
            ),
            // English, whatever the machine's language (the app follows the OS language);
            // a journey in another language passes its own LANG.
            ("LANGUAGE".into(), String::new()),
            ("LC_ALL".into(), String::new()),
            ("LC_MESSAGES".into(), String::new()),
            ("LANG".into(), "C.UTF-8".into()),
        ]
    }

    /// The app's config folder (profiles.json).
    pub fn config_dir(&self) -> PathBuf {
        self.root.join("config").join(APP_IDENTIFIER)
    }

    /// The app's log file (Tauri's app log folder: `$XDG_DATA_HOME/<identifier>/logs`),
    /// inside `root`, so every secret scan covers it.
    pub fn log_file(&self) -> PathBuf {
        self.root
            .join("data")
            .join(APP_IDENTIFIER)
            .join("logs")
            .join("scriptix-keys.log")
    }

    /// Writes a profiles file before the app starts, as if the user had created these.
    pub fn write_profiles(&self, profiles: serde_json::Value) {
        std::fs::create_dir_all(self.config_dir()).expect("config dir");
        std::fs::write(
            self.config_dir().join("profiles.json"),
            serde_json::to_vec_pretty(&profiles).expect("json"),
        )
        .expect("write profiles");
    }
}

/// Reads a vault entry of the test service, as any other program on the machine could.
pub fn secret_tool_lookup(user: &str) -> Option<String> {
    let out = Command::new("secret-tool")
        .args(["lookup", "service", TEST_VAULT_SERVICE, "username", user])
        .output()
        .expect("secret-tool runs");
    let text = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    (out.status.success() && !text.is_empty()).then_some(text)
}

/// Every file under `root` (folders walked, links not followed).
pub fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            match entry.file_type() {
                Ok(kind) if kind.is_dir() => stack.push(entry.path()),
                Ok(kind) if kind.is_file() => files.push(entry.path()),
                _ => {}
            }
        }
    }
    files
}

/// Every file under `root` that contains any of `secrets` (as raw bytes), with the secret's
/// index. Used to prove that no session token or key reached config, data, cache, logs or
/// WebKit storage.
pub fn scan_for_secrets(root: &Path, secrets: &[String]) -> Vec<(PathBuf, usize)> {
    let mut hits = Vec::new();
    for path in files_under(root) {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        for (i, secret) in secrets.iter().enumerate() {
            let needle = secret.as_bytes();
            if !needle.is_empty() && bytes.windows(needle.len()).any(|w| w == needle) {
                hits.push((path.clone(), i));
            }
        }
    }
    hits
}
