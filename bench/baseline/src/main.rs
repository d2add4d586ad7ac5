//! The baseline: the smallest Tauri 2 app with a window, same Tauri version and release
//! profile as Scriptix Keys. Its one command mirrors the app's `perf_mark`, so `scripts/bench`
//! reads both apps' "ready" the same way (here: after the page's load event).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::io::Write;

/// Appends `"<label> <epoch ms>\n"` to `$SCRIPTIX_KEYS_PERF_MARK_FILE`, when set.
#[tauri::command]
async fn perf_mark(label: String, epoch_ms: f64) {
    let Some(path) = std::env::var_os("SCRIPTIX_KEYS_PERF_MARK_FILE") else {
        return;
    };
    if let Ok(mut file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        // One write per line: `writeln!` on a bare file writes each piece on its own, and the
        // page's marks arrive together, so two lines could interleave ("time-originfirst-…").
        let _ = file.write_all(format!("{label} {epoch_ms:.3}\n").as_bytes());
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![perf_mark])
        .run(tauri::generate_context!())
        .expect("the baseline window could not start");
}
