//! Cold start to "list interactive" and steady memory, both apps launched directly (no
//! WebDriver in the way) with private XDG folders, inside the D-Bus session and unlocked
//! keyring that scripts/bench set up.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use scriptix_keys_e2e::{App, AppDirs, files_under};
use serde_json::{Value, json};

use crate::procs;
use crate::stats::Samples;

/// How long a launched app sits idle before its memory is read.
const IDLE: Duration = Duration::from_secs(10);
/// A start that takes longer than this has failed.
const START_TIMEOUT: Duration = Duration::from_secs(30);
const MARK: &str = "list-interactive";

/// Start time and idle memory of one app over several launches.
#[derive(Debug, Default)]
pub struct AppRuns {
    pub start_ms: Samples,
    /// To the list on screen: the page's first contentful paint when index.html carried the
    /// last list's first frame (the modules' list is `start_ms`), else `start_ms`; for the
    /// baseline, its first contentful paint.
    pub screen_ms: Samples,
    /// Launches whose index.html carried a first frame.
    pub served_frames: usize,
    pub rss_mib: Samples,
    pub pss_mib: Samples,
    pub last_breakdown: Vec<(String, f64, f64)>,
    /// Each window mark (time origin, DOM loaded, status, list data, …) after spawn.
    pub phases: BTreeMap<String, Samples>,
    /// Launches that never marked within the timeout (retried, not counted in the samples).
    pub failed_launches: usize,
}

impl AppRuns {
    pub fn to_json(&self) -> Value {
        json!({
            "start_to_interactive_ms": self.start_ms.to_json(),
            "start_to_list_on_screen_ms": self.screen_ms.to_json(),
            "launches_with_first_frame": self.served_frames,
            "idle_rss_mib": self.rss_mib.to_json(),
            "idle_pss_mib": self.pss_mib.to_json(),
            "start_phases_ms": self.phases.iter()
                .map(|(label, samples)| (label.clone(), json!(crate::stats::round3(samples.median()))))
                .collect::<serde_json::Map<_, _>>(),
            "failed_launches": self.failed_launches,
            "processes_last_run": self.last_breakdown.iter()
                .map(|(n, r, p)| json!({"name": n, "rss_mib": crate::stats::round3(*r), "pss_mib": crate::stats::round3(*p)}))
                .collect::<Vec<_>>(),
        })
    }
}

fn epoch_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(0.0)
}

/// Every `label epoch_ms` line of the mark file, first one per label.
fn read_marks(file: &Path) -> BTreeMap<String, f64> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let mut marks = BTreeMap::new();
    for (label, value) in text.lines().filter_map(|l| l.split_once(' ')) {
        if let Ok(ms) = value.trim().parse() {
            marks.entry(label.to_owned()).or_insert(ms);
        }
    }
    marks
}

/// One launch.
struct Launch {
    /// From just before spawning to the window's "list interactive" mark.
    start_ms: f64,
    /// Every mark the window sent, relative to the same spawn time.
    phases: BTreeMap<String, f64>,
    memory: Option<procs::TreeMemory>,
}

/// One launch: the time from just before spawning to the window's mark, its start phases,
/// and (when `measure_memory`) the tree's memory after `IDLE`.
fn launch_once(
    binary: &Path,
    dirs: &AppDirs,
    measure_memory: bool,
    keeps_frame: bool,
) -> Option<Launch> {
    let mark_file = dirs.root.join("perf-mark.txt");
    let _ = std::fs::remove_file(&mark_file);
    // BENCH_NO_WINDOW_STATE (a diagnostic): start without the window size the last run saved,
    // as a first start does (the window-state plugin then has nothing to restore).
    if std::env::var_os("BENCH_NO_WINDOW_STATE").is_some() {
        for entry in files_under(&dirs.root) {
            if entry.file_name().is_some_and(|n| n == ".window-state.json") {
                let _ = std::fs::remove_file(&entry);
            }
        }
    }
    let since = SystemTime::now();
    let mut command = Command::new(binary);
    command
        .envs(dirs.env())
        .env("SCRIPTIX_KEYS_PERF_MARK_FILE", &mark_file)
        .env("NO_AT_BRIDGE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let t0 = epoch_ms();
    let mut child = command.spawn().expect("the app starts");
    let started = Instant::now();
    let mark = loop {
        if let Some(mark) = read_marks(&mark_file).get(MARK) {
            break *mark;
        }
        if started.elapsed() > START_TIMEOUT {
            procs::stop_tree(&mut child);
            eprintln!(
                "  {} never marked {MARK}; launching again",
                binary.display()
            );
            return None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    if std::env::var_os("BENCH_THREADS").is_some() {
        // Diagnostics: which threads of which process worked until the list was interactive.
        for pid in procs::tree(child.id()) {
            let threads = procs::thread_cpu(pid);
            let total: u64 = threads.iter().map(|(ms, _)| ms).sum();
            eprintln!("    {} ({pid}): {total} ms CPU", procs::name(pid));
            for (ms, name) in threads.iter().filter(|(ms, _)| *ms > 0).take(8) {
                eprintln!("      {ms:>5} ms  {name}");
            }
        }
    }
    let memory = measure_memory.then(|| {
        std::thread::sleep(IDLE);
        if std::env::var_os("BENCH_SMAPS").is_some() {
            let shot = format!("/tmp/perf-{}.png", file_name(binary));
            let _ = Command::new("import")
                .args(["-window", "root", &shot])
                .status();
            for pid in procs::tree(child.id()) {
                eprintln!("    {} ({pid}):", procs::name(pid));
                for (kib, what) in procs::top_mappings(pid, 12) {
                    eprintln!("      {:>7} KiB  {what}", kib);
                }
            }
        }
        procs::memory(child.id())
    });
    if !measure_memory {
        // The phase marks follow the main one by a few IPC round trips.
        std::thread::sleep(Duration::from_millis(500));
        // A user's window stays open longer than a bench launch: let it save the next
        // start's first frame after its refresh, as it would (the baseline has none).
        if keeps_frame {
            wait_first_frame_saved(dirs, since);
        }
    }
    let pid = child.id();
    procs::stop_tree(&mut child);
    if let Some(log) = std::env::var_os("BENCH_MARKS") {
        keep_marks(Path::new(&log), binary, pid, t0, &mark_file);
    }
    let phases = read_marks(&mark_file)
        .into_iter()
        .map(|(label, at)| (label, at - t0))
        .collect();
    Some(Launch {
        start_ms: mark - t0,
        phases,
        memory,
    })
}

/// Diagnostics (`BENCH_MARKS=FILE`): appends one launch's marks as `app pid spawn_epoch_ms
/// label epoch_ms` lines, so a profile taken with wall-clock times (`perf record -k
/// CLOCK_REALTIME`) can be cut at each launch's marks.
fn keep_marks(log: &Path, binary: &Path, pid: u32, t0: f64, mark_file: &Path) {
    use std::io::Write;
    let app = file_name(binary);
    let lines: String = read_marks(mark_file)
        .iter()
        .map(|(label, at)| format!("{app} {pid} {t0:.3} {label} {at:.3}\n"))
        .collect();
    let appended = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .and_then(|mut f| f.write_all(lines.as_bytes()));
    if let Err(e) = appended {
        eprintln!("  BENCH_MARKS: {}: {e}", log.display());
    }
}

/// Waits (up to 8 s) until the app's data folder holds a first frame saved after `since`.
fn wait_first_frame_saved(dirs: &AppDirs, since: SystemTime) {
    let saved = || {
        files_under(&dirs.root).iter().any(|p| {
            p.file_name().is_some_and(|n| n == "first-frame.json")
                && std::fs::metadata(p)
                    .and_then(|m| m.modified())
                    .is_ok_and(|m| m >= since)
        })
    };
    let started = Instant::now();
    while !saved() && started.elapsed() < Duration::from_secs(8) {
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A launch that marked, retried up to twice; counts the launches that never did.
fn launch(
    binary: &Path,
    dirs: &AppDirs,
    measure_memory: bool,
    keeps_frame: bool,
    failed: &mut usize,
) -> Launch {
    for _ in 0..3 {
        match launch_once(binary, dirs, measure_memory, keeps_frame) {
            Some(launch) => return launch,
            None => *failed += 1,
        }
    }
    panic!("{} never marked {MARK} in 3 launches", binary.display());
}

/// The app's first launch in `dirs`, through WebDriver: opens the demo workspace and waits
/// for its list, so later launches start signed in with a warm cache.
pub async fn warm_demo_install(dirs: &AppDirs) {
    let app = App::launch(dirs).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    app.wait_for("[data-testid=\"token-row\"]").await;
    app.wait_text("list-status", |t| t.contains("Updated"))
        .await;
    // The next start's first frame is saved a moment after the refresh (first-frame.js).
    let started = Instant::now();
    while !files_under(&dirs.root)
        .iter()
        .any(|p| p.ends_with("first-frame.json"))
        && started.elapsed() < Duration::from_secs(10)
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.quit().await;
}

/// Launches both apps `runs` times each, interleaved, after one unmeasured warm-up launch
/// each (page cache, fontconfig cache); in the first `memory_runs` runs each launch also
/// idles and its memory is measured.
pub fn compare(
    app: &Path,
    app_dirs: &AppDirs,
    baseline: &Path,
    runs: usize,
    memory_runs: usize,
) -> (AppRuns, AppRuns) {
    let baseline_dirs = AppDirs::new();
    let mut ours = AppRuns::default();
    let mut floor = AppRuns::default();
    launch(app, app_dirs, false, true, &mut ours.failed_launches);
    launch(
        baseline,
        &baseline_dirs,
        false,
        false,
        &mut floor.failed_launches,
    );
    for run in 0..runs {
        // Idle memory (10 s idle per launch) in the first `memory_runs` runs only.
        let memory = run < memory_runs;
        for (binary, dirs, into, keeps_frame) in [
            (app, app_dirs, &mut ours, true),
            (baseline, &baseline_dirs, &mut floor, false),
        ] {
            let launch = launch(binary, dirs, memory, keeps_frame, &mut into.failed_launches);
            let ms = launch.start_ms;
            let used = launch.memory.unwrap_or_default();
            // When the page's navigation started (where a slow start's time went: before
            // the page, or in it).
            let page = launch
                .phases
                .get("time-origin")
                .copied()
                .unwrap_or(f64::NAN);
            // On screen: the app's first contentful paint when index.html carried its list
            // (else its list painted by the modules); the baseline's first contentful paint.
            let served = launch.phases.contains_key("first-frame-served");
            let paint = launch.phases.get("first-contentful-paint").copied();
            let on_screen = if keeps_frame && !served {
                ms
            } else {
                paint.unwrap_or(ms)
            };
            for (label, at) in launch.phases {
                into.phases.entry(label).or_default().push(at);
            }
            let pss = if memory {
                format!(", PSS {:.0} MiB", used.pss_mib)
            } else {
                String::new()
            };
            eprintln!(
                "  run {}: {} {ms:.0} ms, on screen {on_screen:.0} ms (page from {page:.0} ms){pss}",
                run + 1,
                file_name(binary),
            );
            into.start_ms.push(ms);
            into.screen_ms.push(on_screen);
            into.served_frames += usize::from(served);
            if memory {
                into.rss_mib.push(used.rss_mib);
                into.pss_mib.push(used.pss_mib);
                into.last_breakdown = used.processes;
            }
        }
    }
    (ours, floor)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Size in bytes of a file.
pub fn size_of(path: &PathBuf) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}
