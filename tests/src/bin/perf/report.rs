//! docs/performance.md (a Markdown table with targets marked met / not met) and the raw
//! numbers as JSON next to it.

use std::fmt::Write as _;

use serde_json::Value;

/// One line of the results table.
#[derive(Debug)]
pub struct Row {
    pub what: String,
    pub ours: String,
    pub reference: String,
    pub ratio: String,
    pub target: String,
    pub met: Option<bool>,
}

fn verdict(met: Option<bool>) -> &'static str {
    match met {
        Some(true) => "**met**",
        Some(false) => "**not met**",
        None => "–",
    }
}

/// The Markdown page. `notes` are written under the table as they are.
pub fn markdown(machine: &Value, rows: &[Row], notes: &[String], command: &str) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# Performance\n");
    let _ = writeln!(
        md,
        "Measured by `{command}` (see the README); raw numbers in \
         [performance.json](performance.json). Times are medians; the JSON has every sample.\n"
    );
    let _ = writeln!(md, "## Machine\n");
    let _ = writeln!(md, "| | |\n|---|---|");
    for (label, key) in [
        ("CPU", "cpu"),
        ("cores", "cores"),
        ("RAM (GiB)", "ram_gib"),
        ("OS", "os"),
        ("kernel", "kernel"),
        ("WebKitGTK", "webkitgtk"),
    ] {
        let value = match &machine[key] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let _ = writeln!(md, "| {label} | {value} |");
    }
    let _ = writeln!(md, "\n## Results\n");
    let _ = writeln!(
        md,
        "| measurement | Scriptix Keys | reference | ratio | target | |\n|---|---:|---:|---:|---|---|"
    );
    for r in rows {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} |",
            r.what,
            r.ours,
            r.reference,
            r.ratio,
            r.target,
            verdict(r.met)
        );
    }
    if !notes.is_empty() {
        let _ = writeln!(md, "\n## How each number is taken\n");
        for n in notes {
            let _ = writeln!(md, "- {n}");
        }
    }
    md
}
