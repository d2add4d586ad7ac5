//! The accessibility scan of the real window: axe-core (npm, pinned in `tests/package.json`,
//! installed by `scripts/test` with `npm ci`) is injected into the page through WebDriver
//! and run with the WCAG 2.0, 2.1 and 2.2 A and AA rules on what the window shows right
//! now. A journey calls [`App::axe`] at each screen it reaches; any violation fails the
//! journey with the rule, the elements and axe's own advice. Every scan is counted, and the
//! count is printed, so a run says how many screens it checked.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crate::App;

/// The rule tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA.
const TAGS: [&str; 6] = [
    "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
];

/// Screens scanned in this test process (all journeys of one run).
static SCANNED: AtomicUsize = AtomicUsize::new(0);

/// How many screens were scanned so far in this run.
pub fn screens_scanned() -> usize {
    SCANNED.load(Ordering::SeqCst)
}

/// The axe-core script, read once from `tests/node_modules`.
fn axe_source() -> &'static str {
    static SOURCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = crate::package_dir().join("node_modules/axe-core/axe.min.js");
        std::fs::read_to_string(&path).unwrap_or_else(|error| {
            panic!(
                "axe-core is missing at {} ({error}): run `npm ci --prefix tests` (scripts/test does)",
                path.display()
            )
        })
    })
}

impl App {
    /// Scans what the window shows now with axe-core (WCAG 2.0/2.1/2.2 A and AA) and fails
    /// the journey on any violation. `screen` names the screen in the output; the colour
    /// scheme the window uses is added to it.
    pub async fn axe(&self, screen: &str) {
        let loaded = self
            .driver
            .execute("return typeof window.axe === 'object';", vec![])
            .await
            .expect("axe probe")
            .json()
            .as_bool()
            .unwrap_or(false);
        if !loaded {
            self.driver
                .execute(&format!("{}\n;return true;", axe_source()), vec![])
                .await
                .expect("axe-core injected");
        }
        // Transitions and the fade-in of dialogs must be over, or colours are read mid-way.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let script = r#"const done = arguments[arguments.length - 1];
            const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
            window.axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
              .then(r => done({ dark, violations: r.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.slice(0, 6).map(n => ({ target: n.target.join(' '), summary: n.failureSummary })) })) }),
                    e => done({ dark, error: String(e) }));"#;
        let reply = self
            .driver
            .execute_async(script, vec![serde_json::json!(TAGS)])
            .await
            .expect("axe run");
        let reply = reply.json().clone();
        let theme = if reply["dark"].as_bool().unwrap_or(false) {
            "dark"
        } else {
            "light"
        };
        if let Some(error) = reply.get("error") {
            panic!("axe could not scan {screen} ({theme}): {error}");
        }
        let violations = reply["violations"].as_array().cloned().unwrap_or_default();
        if !violations.is_empty() {
            self.screenshot(&format!("axe-{screen}-{theme}")).await;
            let mut report = String::new();
            for v in &violations {
                report.push_str(&format!(
                    "\n- {} ({}): {}",
                    v["id"].as_str().unwrap_or("?"),
                    v["impact"].as_str().unwrap_or("?"),
                    v["help"].as_str().unwrap_or("")
                ));
                for node in v["nodes"].as_array().into_iter().flatten() {
                    report.push_str(&format!(
                        "\n    {}\n      {}",
                        node["target"].as_str().unwrap_or(""),
                        node["summary"]
                            .as_str()
                            .unwrap_or("")
                            .replace('\n', "\n      ")
                    ));
                }
            }
            panic!(
                "axe found {} WCAG A/AA violation(s) on {screen} ({theme}):{report}",
                violations.len()
            );
        }
        let n = SCANNED.fetch_add(1, Ordering::SeqCst) + 1;
        // Straight to the process's stderr: the test harness captures println!/eprintln!
        // of passing tests, and the count is meant to show in every run's output.
        let _ = writeln!(
            std::io::stderr(),
            "axe: {screen} ({theme}) has 0 violations; {n} screens scanned in this run"
        );
    }
}
