//! The baseline: the smallest Tauri 2 app with a window, same Tauri version and release
//! profile as Scriptix Keys. Its one command mirrors the app's `perf_mark`, so `scripts/bench`
//! reads both apps' "ready" the same way (here: after the page's load event).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::io::Write;

/// Appends `"<label> <epoch ms>\n"` to `$SCRIPTIX_KEYS_PERF_MARK_FILE`, when set.
#[tauri::command]
async fn perf_mark(label: String, epoch_ms: f64) {
    if let Some(path) = std::env::var_os("SCRIPTIX_KEYS_PERF_MARK_FILE") {
        append_mark(std::path::Path::new(&path), &label, epoch_ms);
    }
}

/// One write per line: `writeln!` on a bare file writes each piece on its own, and the
/// page's marks arrive together, so two lines could interleave ("time-originfirst-…").
fn append_mark(path: &std::path::Path, label: &str, epoch_ms: f64) {
    if let Ok(mut file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = file.write_all(format!("{label} {epoch_ms:.3}\n").as_bytes());
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![perf_mark])
        .run(tauri::generate_context!())
        .expect("the baseline window could not start");
}

#[cfg(test)]
mod tests {
    use super::append_mark;

    #[test]
    fn marks_written_at_once_from_many_threads_stay_one_per_line() {
        let path = std::env::temp_dir().join(format!("baseline-marks-{}.txt", std::process::id()));
        let _ = std::fs::remove_file(&path);
        std::thread::scope(|scope| {
            for thread in 0..8 {
                let path = &path;
                scope.spawn(move || {
                    for i in 0..300 {
                        append_mark(path, &format!("mark-{thread}"), f64::from(i));
                    }
                });
            }
        });
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let _ = std::fs::remove_file(&path);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 8 * 300);
        for line in lines {
            let (label, ms) = line.split_once(' ').unwrap_or(("", ""));
            assert!(
                label.starts_with("mark-") && label.len() == 6 && ms.parse::<f64>().is_ok(),
                "a line ran into another: {line:?}"
            );
        }
    }
}
