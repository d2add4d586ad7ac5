//! `perf_mark`: one wall-clock timestamp for `scripts/bench`. It writes only when the app was
//! started with `SCRIPTIX_KEYS_PERF_MARK_FILE=/path`; in normal use it does nothing at all.

use std::io::Write;

/// Where the marks go, when set.
const PERF_MARK_ENV: &str = "SCRIPTIX_KEYS_PERF_MARK_FILE";

/// Appends `"<label> <epoch ms>\n"` to the mark file. `epoch_ms` is the window's
/// `performance.timeOrigin + performance.now()`. Labels are short words, nothing else.
#[tauri::command]
pub async fn perf_mark(label: String, epoch_ms: f64) {
    let Some(path) = std::env::var_os(PERF_MARK_ENV) else {
        return;
    };
    let plain = |c: char| c.is_ascii_alphanumeric() || c == '-';
    if label.is_empty() || label.len() > 64 || !label.chars().all(plain) || !epoch_ms.is_finite() {
        return;
    }
    write_mark(&path, &label, epoch_ms);
}

/// A mark from Rust itself ("where did the start go"), in the same file and format.
pub fn mark(label: &str) {
    let Some(path) = std::env::var_os(PERF_MARK_ENV) else {
        return;
    };
    let epoch_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    write_mark(&path, label, epoch_ms);
}

fn write_mark(path: &std::ffi::OsStr, label: &str, epoch_ms: f64) {
    let line = format!("{label} {epoch_ms:.3}\n");
    // A lost mark only fails the benchmark run that asked for it.
    if let Ok(mut file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = file.write_all(line.as_bytes());
    }
}
