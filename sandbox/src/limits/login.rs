//! Login throttling: after [`MAX_FAILURES`] failed logins for one username within
//! [`WINDOW_SECS`], further attempts for that username (even correct ones) get 429 with
//! `Retry-After` until the oldest failure ages out. A successful login clears the record.
//!
//! Checking and counting are one step ([`LoginThrottle::reserve`]): each attempt is counted
//! as a failure before the password is even looked at and handed back on success, so a
//! parallel burst can never get more password checks than the limit.

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
    /// Takes one attempt for `username` at `now`, counted as a failure until
    /// [`LoginThrottle::release`] gives it back; `Err(retry_after_seconds)` while locked out.
    pub fn reserve(&self, username: &str, now: i64) -> Result<(), u64> {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        let times = failures.entry(username.to_lowercase()).or_default();
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
            _ => {
                times.push_back(now);
                Ok(())
            }
        }
    }

    /// Gives back an attempt reserved at `now` that turned out not to be a failure.
    pub fn release(&self, username: &str, now: i64) {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(times) = failures.get_mut(&username.to_lowercase())
            && let Some(at) = times.iter().rposition(|&t| t == now)
        {
            times.remove(at);
        }
    }

    pub fn clear(&self, username: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        failures.remove(&username.to_lowercase());
    }
}

/// The last accepted TOTP time step per account: RFC 6238 §5.2 lets a code work once, so a
/// code is accepted only for a step later than the last one accepted.
#[derive(Debug, Default)]
pub(crate) struct UsedTotpSteps {
    last: Mutex<HashMap<i64, u64>>,
}

impl UsedTotpSteps {
    /// Records `step` for `account_id` and returns true, unless that step or a later one was
    /// already used (then false: a replay).
    pub fn claim(&self, account_id: i64, step: u64) -> bool {
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        match last.get(&account_id) {
            Some(&used) if used >= step => false,
            _ => {
                last.insert(account_id, step);
                true
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_failures_lock_the_username_until_the_oldest_ages_out() {
        let throttle = LoginThrottle::default();
        for i in 0..5 {
            assert!(throttle.reserve("Dev@x", 1_000 + i).is_ok());
        }
        assert_eq!(throttle.reserve("dev@x", 1_010), Err(890));
        assert!(throttle.reserve("other@x", 1_010).is_ok());
        assert!(throttle.reserve("dev@x", 1_000 + WINDOW_SECS).is_ok());
    }

    #[test]
    fn a_totp_step_is_claimed_once_and_never_an_earlier_one_after_it() {
        let used = UsedTotpSteps::default();
        assert!(used.claim(1, 100));
        assert!(!used.claim(1, 100));
        assert!(!used.claim(1, 99));
        assert!(used.claim(2, 100), "accounts are separate");
        assert!(used.claim(1, 101));
    }

    #[test]
    fn a_released_attempt_does_not_count() {
        let throttle = LoginThrottle::default();
        for _ in 0..20 {
            assert!(throttle.reserve("a", 10).is_ok());
            throttle.release("A", 10);
        }
        for _ in 0..5 {
            assert!(throttle.reserve("a", 11).is_ok());
        }
        assert!(throttle.reserve("a", 11).is_err());
    }

    #[test]
    fn a_success_clears_earlier_failures() {
        let throttle = LoginThrottle::default();
        for _ in 0..5 {
            assert!(throttle.reserve("a", 10).is_ok());
        }
        throttle.clear("A");
        assert!(throttle.reserve("a", 11).is_ok());
    }
}
