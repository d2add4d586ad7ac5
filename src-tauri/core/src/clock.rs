//! The app's notion of "now", injectable so schedules (rotation grace periods, later
//! notifications) can be tested by moving time instead of waiting.
//!
//! Owns [`Clock`], [`SystemClock`] and [`ManualClock`]. It must not be used to stamp
//! sessions or HTTP traffic: those follow the real time.

use std::fmt::Debug;
use std::sync::{Mutex, PoisonError};

use chrono::{DateTime, Duration, Utc};

/// Where "now" comes from.
pub trait Clock: Send + Sync + Debug {
    /// The current time.
    fn now(&self) -> DateTime<Utc>;
}

/// The real time.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that only moves when told to (tests, demos).
#[derive(Debug)]
pub struct ManualClock {
    now: Mutex<DateTime<Utc>>,
}

impl ManualClock {
    /// A clock stopped at `now`.
    pub fn new(now: DateTime<Utc>) -> Self {
        Self {
            now: Mutex::new(now),
        }
    }

    /// Moves the clock forward (or back, with a negative duration).
    pub fn advance(&self, by: Duration) {
        let mut now = self.now.lock().unwrap_or_else(PoisonError::into_inner);
        *now += by;
    }

    /// Sets the time.
    pub fn set(&self, to: DateTime<Utc>) {
        *self.now.lock().unwrap_or_else(PoisonError::into_inner) = to;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The real time shifted by a number of seconds read from a file at every call (a missing
/// or unreadable file means no shift). Lets end-to-end tests move the running app's "now"
/// (grace periods, expiry reminders) without sleeping; the shell only installs it when a
/// test asks for it through the environment.
#[derive(Debug, Clone)]
pub struct OffsetFileClock {
    path: std::path::PathBuf,
}

impl OffsetFileClock {
    /// A clock shifted by the whole number of seconds written in `path`.
    pub fn new(path: impl Into<std::path::PathBuf>) -> Self {
        Self { path: path.into() }
    }

    fn offset(&self) -> Duration {
        std::fs::read_to_string(&self.path)
            .ok()
            .and_then(|text| text.trim().parse::<i64>().ok())
            .map_or_else(Duration::zero, Duration::seconds)
    }
}

impl Clock for OffsetFileClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now() + self.offset()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_advanced() {
        let start = Utc::now();
        let clock = ManualClock::new(start);
        assert_eq!(clock.now(), start);
        clock.advance(Duration::days(7));
        assert_eq!(clock.now(), start + Duration::days(7));
    }

    #[test]
    fn an_offset_file_clock_follows_its_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("offset");
        let clock = OffsetFileClock::new(&path);
        let drift = (clock.now() - Utc::now()).num_seconds().abs();
        assert!(drift <= 1, "no file means no shift");
        std::fs::write(&path, "604800\n").expect("write offset");
        let shifted = (clock.now() - Utc::now()).num_seconds();
        assert!((604_799..=604_801).contains(&shifted), "shifted {shifted}");
        std::fs::write(&path, "not a number").expect("write offset");
        let drift = (clock.now() - Utc::now()).num_seconds().abs();
        assert!(drift <= 1, "garbage means no shift");
    }
}
