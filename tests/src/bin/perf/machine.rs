//! What the numbers were measured on: CPU, cores, RAM, OS, kernel, WebKitGTK.

use std::process::Command;

use serde_json::{Value, json};

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

fn first_value(text: &str, key: &str) -> Option<String> {
    text.lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_once([':', '=']))
        .map(|(_, v)| v.trim().trim_matches('"').to_owned())
}

fn command_output(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}

/// The machine description for docs/performance.md.
pub fn describe() -> Value {
    let cpuinfo = read("/proc/cpuinfo");
    let meminfo = read("/proc/meminfo");
    let mem_kb: f64 = first_value(&meminfo, "MemTotal")
        .and_then(|v| v.trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0.0);
    json!({
        "cpu": first_value(&cpuinfo, "model name").unwrap_or_else(|| "unknown".into()),
        "cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        "ram_gib": (mem_kb / 1024.0 / 1024.0 * 10.0).round() / 10.0,
        "os": first_value(&read("/etc/os-release"), "PRETTY_NAME").unwrap_or_default(),
        "kernel": read("/proc/sys/kernel/osrelease").trim(),
        "webkitgtk": command_output("dpkg-query", &["-W", "-f=${Version}", "libwebkit2gtk-4.1-0"]),
    })
}
