//! Who is using a key: the server's usage report, what this device knows locally, and the
//! anomaly rules that turn both into hints.
//!
//! Owns the usage model ([`UsageReport`]), the pure anomaly rules (`anomaly.rs`) and the
//! view types the shell serialises. It must not do I/O: the API client fetches reports, the
//! store caches them, the workspace puts them together.

mod anomaly;
mod model;
mod text;

pub use anomaly::{
    FAILED_AUTH_WINDOW_DAYS, HintInput, NEW_IP_WINDOW_DAYS, SPIKE_FACTOR, SPIKE_FLOOR,
    SPIKE_LOOKBACK_DAYS, SPIKE_MIN_HISTORY_DAYS, UNUSED_DAYS, hints_for, median, new_ip_hints,
    spike_hints,
};
pub use model::{
    DayUsage, FailedAuth, IpSeen, LastUsedView, LocalKnowledge, TokenUsageView, UsageBriefView,
    UsageHint, UsageHintArgs, UsageHintKind, UsageHintsView, UsageReport, UsageSource,
};

pub use text::{WHERE_TO_LOOK_HINT, hint_notice};

#[cfg(test)]
mod anomaly_tests;
