//! What the app last learned about the vault, and when an unavailable vault may be probed
//! again (exponential backoff), so a missing vault costs one probe per backoff step instead
//! of one per command. Every vault call reports its outcome here.

use std::time::{Duration, Instant};

use super::VaultStatus;
use super::error::VaultError;

/// The first wait before an unavailable vault is probed again; doubles up to [`MAX_BACKOFF`].
pub(super) const FIRST_BACKOFF: Duration = Duration::from_secs(2);
/// The longest wait between two probes of an unavailable vault.
pub(super) const MAX_BACKOFF: Duration = Duration::from_secs(60);

#[derive(Debug)]
pub(super) struct Health {
    /// `None` until the first probe or call.
    status: Option<VaultStatus>,
    backoff: Duration,
    next_probe: Option<Instant>,
    first_backoff: Duration,
}

impl Health {
    pub(super) fn new(first_backoff: Duration) -> Self {
        Self {
            status: None,
            backoff: first_backoff,
            next_probe: None,
            first_backoff,
        }
    }

    /// The last known status (available until something said otherwise).
    pub(super) fn status(&self) -> VaultStatus {
        self.status.clone().unwrap_or_else(VaultStatus::available)
    }

    /// Whether a probe is due: never probed, or unavailable and the backoff has passed.
    pub(super) fn probe_due(&self, now: Instant) -> bool {
        match &self.status {
            None => true,
            Some(s) if s.available => false,
            Some(_) => self.next_probe.is_none_or(|at| now >= at),
        }
    }

    /// A call or probe worked: available, backoff reset.
    pub(super) fn worked(&mut self) {
        self.status = Some(VaultStatus::available());
        self.backoff = self.first_backoff;
        self.next_probe = None;
    }

    /// A call or probe found the vault unavailable: the next probe waits, longer each time.
    pub(super) fn failed(&mut self, status: VaultStatus, now: Instant) {
        let was_available = self.status.as_ref().is_none_or(|s| s.available);
        if was_available {
            self.backoff = self.first_backoff;
        } else if self.next_probe.is_some_and(|at| now >= at) {
            self.backoff = (self.backoff * 2).min(MAX_BACKOFF);
        }
        if was_available || self.next_probe.is_none_or(|at| now >= at) {
            self.next_probe = Some(now + self.backoff);
        }
        self.status = Some(status);
    }

    /// Records what a call's result says about the vault.
    pub(super) fn note<T>(&mut self, result: &Result<T, VaultError>, now: Instant) {
        match result {
            Ok(_) | Err(VaultError::Unreadable) => self.worked(),
            Err(err) => self.failed(VaultStatus::unavailable(err), now),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn down() -> VaultStatus {
        VaultStatus::unavailable(&VaultError::TimedOut { seconds: 1 })
    }

    #[test]
    fn an_unavailable_vault_waits_longer_between_probes_and_a_success_resets_the_wait() {
        let t0 = Instant::now();
        let mut h = Health::new(Duration::from_secs(2));
        assert!(h.probe_due(t0), "never probed");
        h.failed(down(), t0);
        assert!(!h.status().available);
        assert!(!h.probe_due(t0 + Duration::from_secs(1)));
        assert!(h.probe_due(t0 + Duration::from_secs(2)));
        // A failed probe at 2 s doubles the wait to 4 s.
        h.failed(down(), t0 + Duration::from_secs(2));
        assert!(!h.probe_due(t0 + Duration::from_secs(5)));
        assert!(h.probe_due(t0 + Duration::from_secs(6)));
        // Failures between probes do not push the next probe further away.
        h.failed(down(), t0 + Duration::from_secs(3));
        assert!(h.probe_due(t0 + Duration::from_secs(6)));
        h.worked();
        assert!(h.status().available);
        assert!(!h.probe_due(t0 + Duration::from_secs(7)));
        h.failed(down(), t0 + Duration::from_secs(10));
        assert!(h.probe_due(t0 + Duration::from_secs(12)), "reset to 2 s");
    }

    #[test]
    fn the_wait_never_exceeds_a_minute() {
        let mut now = Instant::now();
        let mut h = Health::new(Duration::from_secs(2));
        for _ in 0..20 {
            h.failed(down(), now);
            now += MAX_BACKOFF;
        }
        assert!(h.probe_due(now));
        assert_eq!(h.backoff, MAX_BACKOFF);
    }
}
