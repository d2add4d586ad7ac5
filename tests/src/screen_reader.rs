//! Orca, the GNOME screen reader, running in the test's session: a journey reads what it
//! would say. Orca writes every utterance to its debug log (`SPEECH OUTPUT: '…'`) whether
//! or not a speech synthesiser answers, so the log is what a user would hear, in order.
//!
//! Orca runs with its own preferences folder and an in-memory settings backend, so it
//! changes no setting of the user running the tests. The app must be launched with
//! [`A11Y_ENV`] (`scripts/test` turns GTK's accessibility bridge off for every other
//! journey). A key Orca reads aloud is in its log, which goes with the reader:
//! [`ScreenReader::said`], the only way out of it, masks anything key-shaped (the app's own
//! audit scrubber). Orca never reaches a speech server: nothing is said out loud.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use scriptix_keys_core::audit::scrub;

use crate::process::terminate;

/// The environment the app needs for Orca to see it (GTK's bridge to AT-SPI on).
pub const A11Y_ENV: (&str, &str) = ("NO_AT_BRIDGE", "0");

/// Orca's debug log marks each utterance with this.
const SPOKEN: &str = "SPEECH OUTPUT: '";
/// Runs the Python script named by the first argument, with the rest as its arguments, with
/// every file it opens for writing line-buffered (Orca's debug log is block-buffered: what
/// it said would reach the file kilobytes later).
const LINE_BUFFERED: &str = r#"
import builtins, runpy, sys
_open = builtins.open
def line_buffered(file, mode="r", *args, **kwargs):
    if not args and "b" not in mode and any(m in mode for m in "wax") and "buffering" not in kwargs:
        kwargs["buffering"] = 1
    return _open(file, mode, *args, **kwargs)
builtins.open = line_buffered
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"#;
/// How long Orca may take to say something after what causes it.
const WAIT: Duration = Duration::from_secs(20);
/// How long Orca's log stays the same before Orca counts as idle.
const QUIET: Duration = Duration::from_secs(1);

/// A running Orca; dropping it stops Orca and deletes its log.
#[derive(Debug)]
pub struct ScreenReader {
    child: Mutex<Child>,
    log: PathBuf,
    dir: tempfile::TempDir,
}

impl ScreenReader {
    /// Starts Orca on the session's display and bus and waits until it has said that it
    /// is on.
    pub async fn start() -> Self {
        let dir = tempfile::Builder::new()
            .prefix("scriptix-keys-e2e-orca-")
            .tempdir()
            .expect("temp dir");
        let log = dir.path().join("orca.log");
        let prefs = dir.path().join("prefs");
        std::fs::create_dir_all(&prefs).expect("prefs dir");
        let out = std::fs::File::create(dir.path().join("orca.out")).expect("orca.out");
        let orca = std::env::var_os("PATH")
            .and_then(|path| {
                std::env::split_paths(&path)
                    .map(|dir| dir.join("orca"))
                    .find(|file| file.is_file())
            })
            .expect("orca on PATH (scripts/test installs it)");
        // Orca is a Python script: run by its own interpreter (its first line, which has
        // its modules, not the first python3 on PATH), with line-buffered files, so its log
        // can be read while it runs. Not `--replace`: that kills every Orca of this user,
        // the developer's own too.
        let script = std::fs::read_to_string(&orca).expect("orca is readable");
        let python = script
            .lines()
            .next()
            .and_then(|line| line.strip_prefix("#!"))
            .map(|line| line.split_whitespace().collect::<Vec<_>>())
            .expect("orca starts with #!");
        let (interpreter, flags) = python.split_first().expect("an interpreter");
        let child = Command::new(interpreter)
            .args(flags)
            .arg("-c")
            .arg(LINE_BUFFERED)
            .arg(&orca)
            .arg("--user-prefs")
            .arg(&prefs)
            .arg("--debug-file")
            .arg(&log)
            // English role names ("push button"), whatever the machine's language.
            .env("LANGUAGE", "en")
            .env("LC_ALL", "C.UTF-8")
            // Orca turns the desktop's accessibility setting on: in memory only (scripts/test
            // does the same for the whole session, so the accessibility bus does too).
            .env("GSETTINGS_BACKEND", "memory")
            .env("XDG_CONFIG_HOME", dir.path())
            // Never the user's speech server, and none started: the log has every utterance
            // without one, and nothing is said out loud.
            .env(
                "SPEECHD_ADDRESS",
                format!("unix_socket:{}", dir.path().join("speechd.sock").display()),
            )
            .env("SPEECHD_CMD", dir.path().join("no-speech-dispatcher"))
            .stdin(Stdio::null())
            .stdout(out.try_clone().expect("orca.out"))
            .stderr(out)
            .spawn()
            .expect("orca's interpreter runs");
        let reader = Self {
            child: Mutex::new(child),
            log,
            dir,
        };
        reader
            .wait_said(0, "Orca to start", |s| s == "Screen reader on.")
            .await;
        reader
    }

    /// Everything said so far, in order, with anything key-shaped redacted.
    pub fn said(&self) -> Vec<String> {
        let text = std::fs::read(&self.log).unwrap_or_default();
        String::from_utf8_lossy(&text)
            .lines()
            .filter_map(utterance)
            .map(|s| scrub(&s, &[]))
            .collect()
    }

    /// Waits until Orca has handled what the app told it: its log has not grown for a
    /// second (at most [`WAIT`]). A user listens before the next key; a key sent while Orca
    /// still works through a flood of events (a list just loaded) can be presented out of
    /// order, or not at all, by Orca's flood handling, with or without this app's help.
    pub async fn wait_quiet(&self) {
        let started = Instant::now();
        let size = || std::fs::metadata(&self.log).map(|m| m.len()).unwrap_or(0);
        let mut last = (size(), Instant::now());
        while started.elapsed() < WAIT && last.1.elapsed() < QUIET {
            tokio::time::sleep(Duration::from_millis(100)).await;
            let now = size();
            if now != last.0 {
                last = (now, Instant::now());
            }
        }
    }

    /// How many utterances so far: pass it to [`ScreenReader::wait_said`] to look only at
    /// what comes after.
    pub fn mark(&self) -> usize {
        self.said().len()
    }

    /// Waits until an utterance after `from` passes `test`; returns it with every
    /// utterance after `from`, up to and including it. Fails the test after a while, with
    /// what was said.
    pub async fn wait_said(
        &self,
        from: usize,
        what: &str,
        test: impl Fn(&str) -> bool,
    ) -> Vec<String> {
        self.wait_for(from, what, |after| {
            let found = after.iter().position(|s| test(s))?;
            Some(after[..=found].to_vec())
        })
        .await
    }

    /// Waits until, after `from`, Orca has said `texts` one right after the other.
    pub async fn wait_said_in_a_row(&self, from: usize, texts: &[&str]) {
        let what = format!("{texts:?} in a row");
        self.wait_for(from, &what, |after| {
            after
                .windows(texts.len())
                .any(|run| run.iter().zip(texts).all(|(said, text)| said == text))
                .then_some(())
        })
        .await;
    }

    /// Polls what was said after `from` until `find` finds something in it.
    async fn wait_for<T>(
        &self,
        from: usize,
        what: &str,
        find: impl Fn(&[String]) -> Option<T>,
    ) -> T {
        let started = Instant::now();
        loop {
            if let Some(out) = self.exited() {
                panic!("Orca stopped while waiting for {what}: {out}");
            }
            let said = self.said();
            let after = said.get(from..).unwrap_or_default();
            if let Some(found) = find(after) {
                return found;
            }
            assert!(
                started.elapsed() < WAIT,
                "waited for {what}; Orca said, after the mark: {after:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// What Orca printed, once it has stopped (it refuses to run beside another Orca of
    /// the same user, e.g. the developer's own).
    fn exited(&self) -> Option<String> {
        let mut child = self.child.lock().unwrap_or_else(PoisonError::into_inner);
        match child.try_wait() {
            Ok(None) => None,
            Ok(Some(status)) => Some(format!(
                "{status}: {}",
                scrub(
                    &std::fs::read_to_string(self.dir.path().join("orca.out")).unwrap_or_default(),
                    &[]
                )
            )),
            Err(error) => Some(error.to_string()),
        }
    }
}

impl Drop for ScreenReader {
    fn drop(&mut self) {
        terminate(self.child.get_mut().unwrap_or_else(PoisonError::into_inner));
    }
}

/// The text of one `SPEECH OUTPUT: '…'{voice}` line of Orca's log.
fn utterance(line: &str) -> Option<String> {
    let start = line.find(SPOKEN)? + SPOKEN.len();
    let rest = &line[start..];
    // The text ends at the quote before the voice's name or settings (`' voice=…{…}` or
    // `'{…}`), else at the line's last quote.
    let end = [rest.find("' voice="), rest.find("'{")]
        .into_iter()
        .flatten()
        .min()
        .or_else(|| rest.rfind('\''))?;
    Some(rest[..end].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_utterance_is_the_text_between_the_quotes() {
        let line =
            "20:02:08.031676 - SPEECH OUTPUT: 'Your new API key dialog'{'established': False}";
        assert_eq!(utterance(line).as_deref(), Some("Your new API key dialog"));
        let quoted = "1 - SPEECH OUTPUT: 'Say it's “here”.' voice=uppercase{'a': 1}";
        assert_eq!(utterance(quoted).as_deref(), Some("Say it's “here”."));
        assert_eq!(utterance("1 - SPEECH: Initialized"), None);
    }

    #[test]
    fn a_key_read_aloud_is_masked() {
        let key = "sk_live_AdpIQmxwzWKzNJasjRdqlnXkayrWVTkWPPxluE2R";
        let line = format!("1 - SPEECH OUTPUT: 'The new API key read only entry {key}.'{{}}");
        let said = scrub(&utterance(&line).unwrap_or_default(), &[]);
        assert_eq!(said, "The new API key read only entry ***.");
    }
}
