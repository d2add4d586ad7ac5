//! `perf_mark`: one wall-clock timestamp for `scripts/bench`. It writes only in a build with
//! the `test-hooks` feature started with `SCRIPTIX_KEYS_PERF_MARK_FILE=/path` (see
//! `crate::hooks`); in any other build it does nothing at all.

use std::io::Write;

use tauri::AppHandle;

use super::guard::guarded;
use crate::error::CommandResult;
use crate::hooks;

/// Appends `"<label> <epoch ms>\n"` to the mark file. `epoch_ms` is the window's
/// `performance.timeOrigin + performance.now()`. Labels are short words, nothing else.
#[tauri::command]
pub async fn perf_mark(app: AppHandle, label: String, epoch_ms: f64) -> CommandResult<()> {
    guarded(async move {
        hooks::panic_if_asked(&label);
        if let Some(item) = hooks::tray_item(&label) {
            crate::tray::choose(&app, item);
            return Ok(());
        }
        let plain = |c: char| c.is_ascii_alphanumeric() || c == '-';
        if !label.is_empty()
            && label.len() <= 64
            && label.chars().all(plain)
            && epoch_ms.is_finite()
        {
            write_mark(&label, epoch_ms);
        }
        Ok(())
    })
    .await
}

/// A mark from Rust itself ("where did the start go"), in the same file and format.
pub fn mark(label: &str) {
    let epoch_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    write_mark(label, epoch_ms);
}

fn write_mark(label: &str, epoch_ms: f64) {
    let Some(path) = hooks::perf_mark_file() else {
        return;
    };
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
