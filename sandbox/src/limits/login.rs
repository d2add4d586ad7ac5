//! Login throttling: after [`MAX_FAILURES`] failed logins for one username within
//! [`WINDOW_SECS`], further attempts for that username (even correct ones) get 429 with
//! `Retry-After` until the oldest failure ages out. A successful login clears the record.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, PoisonError};

/// Failures allowed within the window before logins are refused.
pub(crate) const MAX_FAILURES: usize = 5;
/// The window, in seconds (15 minutes).
pub(crate) const WINDOW_SECS: i64 = 15 * 60;

/// Recent login failures per lower-cased username.
#[derive(Debug, Default)]
pub(crate) struct LoginThrottle {
    failures: Mutex<HashMap<String, VecDeque<i64>>>,
}

impl LoginThrottle {
    /// `Err(retry_after_seconds)` while `username` is locked out at `now`.
    pub fn check(&self, username: &str, now: i64) -> Result<(), u64> {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(times) = failures.get_mut(&username.to_lowercase()) else {
            return Ok(());
        };
        while times
            .front()
            .is_some_and(|&t| t + WINDOW_SECS <= now || t > now)
        {
            times.pop_front();
        }
        match times.front() {
            Some(&oldest) if times.len() >= MAX_FAILURES => {
                Err(u64::try_from((oldest + WINDOW_SECS - now).max(1)).unwrap_or(1))
            }
            _ => Ok(()),
        }
    }

    pub fn record_failure(&self, username: &str, now: i64) {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        let times = failures.entry(username.to_lowercase()).or_default();
        times.push_back(now);
        while times.len() > MAX_FAILURES {
            times.pop_front();
        }
    }

    pub fn clear(&self, username: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        failures.remove(&username.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_failures_lock_the_username_until_the_oldest_ages_out() {
        let throttle = LoginThrottle::default();
        for i in 0..5 {
            assert!(throttle.check("Dev@x", 1_000 + i).is_ok());
            throttle.record_failure("Dev@x", 1_000 + i);
        }
        assert_eq!(throttle.check("dev@x", 1_010), Err(890));
        assert!(throttle.check("other@x", 1_010).is_ok());
        assert!(throttle.check("dev@x", 1_000 + WINDOW_SECS).is_ok());
    }

    #[test]
    fn a_success_clears_earlier_failures() {
        let throttle = LoginThrottle::default();
        for _ in 0..5 {
            throttle.record_failure("a", 10);
        }
        throttle.clear("A");
        assert!(throttle.check("a", 11).is_ok());
    }
}
