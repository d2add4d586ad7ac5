//! A launched app's process tree (the app, WebKitWebProcess, WebKitNetworkProcess, …), its
//! memory from /proc/<pid>/smaps_rollup, and stopping all of it.

use std::time::{Duration, Instant};

/// Parent pid of `pid`, from /proc/<pid>/stat (the field after the parenthesised name).
fn parent_of(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after_name = &stat[stat.rfind(')')? + 1..];
    after_name.split_whitespace().nth(1)?.parse().ok()
}

fn all_pids() -> Vec<u32> {
    std::fs::read_dir("/proc")
        .map(|dir| {
            dir.flatten()
                .filter_map(|e| e.file_name().to_str()?.parse().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// `root` and every live descendant.
pub fn tree(root: u32) -> Vec<u32> {
    let pairs: Vec<(u32, u32)> = all_pids()
        .into_iter()
        .filter_map(|p| Some((p, parent_of(p)?)))
        .collect();
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(
            pairs
                .iter()
                .filter(|(_, pp)| *pp == parent)
                .map(|(p, _)| *p),
        );
        i += 1;
    }
    found
}

/// The short name of a process (`comm`).
pub fn name(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .map(|s| s.trim().to_owned())
        .unwrap_or_default()
}

/// RSS and PSS in KiB of one process.
fn rollup(pid: u32) -> Option<(u64, u64)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    let field = |key: &str| {
        text.lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
    };
    Some((field("Rss:")?, field("Pss:")?))
}

/// Memory of a whole tree, per process and summed (MiB).
#[derive(Debug, Clone, Default)]
pub struct TreeMemory {
    pub rss_mib: f64,
    pub pss_mib: f64,
    pub processes: Vec<(String, f64, f64)>,
}

pub fn memory(root: u32) -> TreeMemory {
    let mut total = TreeMemory::default();
    for pid in tree(root) {
        if let Some((rss, pss)) = rollup(pid) {
            let (rss, pss) = (rss as f64 / 1024.0, pss as f64 / 1024.0);
            total.rss_mib += rss;
            total.pss_mib += pss;
            total.processes.push((name(pid), rss, pss));
        }
    }
    total
}

fn signal(pid: u32, sig: &str) {
    let _ = std::process::Command::new("kill")
        .args([sig, &pid.to_string()])
        .status();
}

/// SIGTERM to the app, then SIGKILL to whatever of its tree is still there after 5 s.
pub fn stop_tree(child: &mut std::process::Child) {
    let pids = tree(child.id());
    signal(child.id(), "-TERM");
    let started = Instant::now();
    while child.try_wait().ok().flatten().is_none() && started.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    for pid in pids.into_iter().skip(1) {
        if std::path::Path::new(&format!("/proc/{pid}")).exists() {
            signal(pid, "-KILL");
        }
    }
}

/// The `n` mappings of `pid` with the most PSS, grouped by what they map (KiB, name).
pub fn top_mappings(pid: u32, n: usize) -> Vec<(u64, String)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps")).unwrap_or_default();
    let mut by_name: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
    let mut current = String::new();
    for line in text.lines() {
        let mut fields = line.split_whitespace();
        let first = fields.next().unwrap_or_default();
        if first.contains('-') && first.chars().next().is_some_and(|c| c.is_ascii_hexdigit()) {
            current = fields.nth(4).unwrap_or("[anon]").to_owned();
        } else if first == "Pss:" {
            let kib: u64 = fields.next().and_then(|v| v.parse().ok()).unwrap_or(0);
            *by_name.entry(current.clone()).or_default() += kib;
        }
    }
    let mut top: Vec<(u64, String)> = by_name.into_iter().map(|(k, v)| (v, k)).collect();
    top.sort_unstable_by(|a, b| b.cmp(a));
    top.truncate(n);
    top
}

/// Each thread of `pid` with the CPU time it has used so far (user + system, ms), busiest
/// first: `(ms, thread name)`. From /proc/<pid>/task/*/stat; the clock tick is 100 Hz on
/// Linux (`getconf CLK_TCK`), so each value is a multiple of 10 ms.
pub fn thread_cpu(pid: u32) -> Vec<(u64, String)> {
    let mut threads: Vec<(u64, String)> = std::fs::read_dir(format!("/proc/{pid}/task"))
        .map(|dir| {
            dir.flatten()
                .filter_map(|task| {
                    let stat = std::fs::read_to_string(task.path().join("stat")).ok()?;
                    let name = stat[stat.find('(')? + 1..stat.rfind(')')?].to_owned();
                    let fields: Vec<&str> =
                        stat[stat.rfind(')')? + 1..].split_whitespace().collect();
                    // utime and stime: fields 14 and 15 of stat, 12 and 13 after the name.
                    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()?
                        + fields.get(12)?.parse::<u64>().ok()?;
                    Some((ticks * 10, name))
                })
                .collect()
        })
        .unwrap_or_default();
    threads.sort_by_key(|(ms, _)| std::cmp::Reverse(*ms));
    threads
}
