//! The sandbox's notion of "now": real UTC time plus an offset that tests shift at run time.
//! Everything time-based (token expiry, session expiry, TOTP, throttles, rate-limit windows,
//! the times shown in lists) reads this clock, never the system clock directly.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{DateTime, TimeDelta, Utc};

/// Largest offset either way, in seconds (about 1,000 years).
const MAX_OFFSET_SECONDS: i64 = 1_000 * 366 * 24 * 3600;

/// A cloneable handle on the sandbox clock; clones share the same offset.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    offset_seconds: Arc<AtomicI64>,
}

impl Clock {
    /// The sandbox's current time.
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + TimeDelta::seconds(self.offset_seconds())
    }

    /// The sandbox's current time in unix seconds.
    pub fn unix_now(&self) -> i64 {
        self.now().timestamp()
    }

    /// Shifts "now" by `offset` from real time (whole seconds; sub-second parts are dropped).
    /// A later call replaces the previous offset rather than adding to it.
    pub fn set_offset(&self, offset: TimeDelta) {
        self.set_offset_seconds(offset.num_seconds());
    }

    /// Same as [`Clock::set_offset`], in seconds; clamped to about ±1,000 years so "now"
    /// always stays representable.
    pub fn set_offset_seconds(&self, seconds: i64) {
        let seconds = seconds.clamp(-MAX_OFFSET_SECONDS, MAX_OFFSET_SECONDS);
        self.offset_seconds.store(seconds, Ordering::SeqCst);
    }

    /// The current offset from real time, in seconds.
    pub fn offset_seconds(&self) -> i64 {
        self.offset_seconds.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_moves_now_and_is_shared_by_clones() {
        let clock = Clock::default();
        let copy = clock.clone();
        clock.set_offset(TimeDelta::days(2));
        let ahead = copy.now() - Utc::now();
        assert!(ahead >= TimeDelta::seconds(172_799) && ahead <= TimeDelta::seconds(172_801));
        assert_eq!(copy.offset_seconds(), 172_800);
    }

    #[test]
    fn setting_an_offset_replaces_the_previous_one() {
        let clock = Clock::default();
        clock.set_offset_seconds(100);
        clock.set_offset_seconds(-50);
        assert_eq!(clock.offset_seconds(), -50);
    }
}
