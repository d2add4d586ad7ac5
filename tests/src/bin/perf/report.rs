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
pub fn markdown(
    machine: &Value,
    rows: &[Row],
    sections: &[String],
    notes: &[String],
    command: &str,
) -> String {
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
    for section in sections {
        let _ = writeln!(md, "\n{section}");
    }
    if !notes.is_empty() {
        let _ = writeln!(md, "\n## How each number is taken\n");
        for n in notes {
            let _ = writeln!(md, "- {n}");
        }
    }
    md
}

/// What each start mark means (the rest are shown by name).
const PHASE_MEANING: &[(&str, &str)] = &[
    ("rust-main", "Rust `run()` entered"),
    ("setup", "window created, setup hook runs"),
    ("time-origin", "the page's navigation starts"),
    ("index-asked", "the app's protocol asked for index.html"),
    (
        "first-frame-decided",
        "whether the kept frame is still true, decided",
    ),
    (
        "first-frame-injected",
        "index.html served with the last list's first frame",
    ),
    ("response-end", "index.html received"),
    (
        "stylesheet-asked",
        "the app's protocol asked for styles.css (the first paint waits for it)",
    ),
    (
        "first-contentful-paint",
        "first paint with content (the served list, if any)",
    ),
    ("modules-loaded", "every JS module fetched and running"),
    (
        "first-frame-served",
        "the modules found the served frame in the page",
    ),
    ("dom-content-loaded", "DOMContentLoaded handlers done"),
    ("state-open", "state opened (SQLite, vault probe, session)"),
    ("status", "first `app_status` answered"),
    ("list-data", "cached token list received"),
    ("list-rendered", "workspace and rows built (JS done)"),
    (
        "list-frame",
        "next frame starts (style, layout, paint follow)",
    ),
    ("list-painted", "frame with the list painted"),
    (
        "list-interactive",
        "the modules' list painted: answers input",
    ),
];

/// The start phases of both apps side by side, ms after spawn (medians), in time order.
pub fn phases(
    ours: &std::collections::BTreeMap<String, crate::stats::Samples>,
    floor: &std::collections::BTreeMap<String, crate::stats::Samples>,
) -> String {
    let mut labels: Vec<(&String, f64)> = ours.iter().map(|(l, s)| (l, s.median())).collect();
    labels.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mut md = String::from(
        "## Where the start goes\n\nMedian ms after spawn of each mark (Rust marks are written by \
         the process, window marks from `performance.timeOrigin`).\n\n\
         | mark | meaning | Scriptix Keys | baseline |\n|---|---|---:|---:|\n",
    );
    for (label, median) in labels {
        let meaning = PHASE_MEANING
            .iter()
            .find(|(l, _)| l == label)
            .map_or("", |(_, m)| m);
        let base = floor
            .get(label)
            .map_or("–".to_owned(), |s| format!("{:.0}", s.median()));
        let _ = writeln!(md, "| `{label}` | {meaning} | {median:.0} | {base} |");
    }
    md
}

/// The line after which docs/performance.md is written by hand (what the numbers led to,
/// what is still open); a new run replaces everything above it and keeps the rest.
pub const HAND_WRITTEN: &str = "<!-- Hand-written below this line: scripts/bench keeps it. -->";

/// A ratio held to an upper `limit`, as the table shows it: two decimals, or three where two
/// would read as the other side of the limit (1.154 against 1.15 is "1.154×", not "1.15×").
pub fn ratio_at_limit(ratio: f64, limit: f64) -> String {
    let two = format!("{ratio:.2}");
    let reads_met = two.parse::<f64>().is_ok_and(|shown| shown <= limit);
    if reads_met == (ratio <= limit) {
        format!("{two}×")
    } else {
        format!("{ratio:.3}×")
    }
}

/// `generated`, followed by the hand-written part of the `previous` report, if it had one.
pub fn keep_hand_written(generated: String, previous: Option<&str>) -> String {
    match previous.and_then(|text| text.find(HAND_WRITTEN).map(|at| &text[at..])) {
        Some(tail) => format!("{}\n\n{tail}", generated.trim_end()),
        None => generated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_report_keeps_the_hand_written_part_of_the_old_one() {
        let old = format!("# Performance\n\nold table\n\n{HAND_WRITTEN}\n\nWhat changed: …\n");
        let kept = keep_hand_written("# Performance\n\nnew table\n".to_owned(), Some(&old));
        assert_eq!(
            kept,
            format!("# Performance\n\nnew table\n\n{HAND_WRITTEN}\n\nWhat changed: …\n")
        );
        let fresh = keep_hand_written("# Performance\n".to_owned(), Some("no marker"));
        assert_eq!(fresh, "# Performance\n");
        assert_eq!(keep_hand_written("x".to_owned(), None), "x");
    }

    #[test]
    fn a_ratio_never_reads_as_the_other_side_of_its_limit() {
        assert_eq!(ratio_at_limit(1.1536, 1.15), "1.154×");
        assert_eq!(ratio_at_limit(1.1504, 1.15), "1.150×");
        assert_eq!(ratio_at_limit(1.1500, 1.15), "1.15×");
        assert_eq!(ratio_at_limit(1.1449, 1.15), "1.14×");
        assert_eq!(ratio_at_limit(1.21, 1.15), "1.21×");
        assert_eq!(ratio_at_limit(0.95, 1.10), "0.95×");
    }
}
