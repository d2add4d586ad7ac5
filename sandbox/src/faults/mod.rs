//! Fault injection rules and their run-time control. [`Faults`] is shared by the admin API
//! (`/__sandbox/faults`) and the in-process handle; `layer` applies the plan to requests.
//!
//! A rule matches a request by optional path prefix and method. `times` limits it to the next
//! N matching requests; `share` applies it to that fraction of matching requests (0.0–1.0);
//! with neither, it applies to every matching request until cleared. Latency rules add up;
//! of the other kinds, the first matching rule (in the order added) wins.

pub(crate) mod layer;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use serde::{Deserialize, Serialize};

/// Longest latency a rule may add (one minute).
pub const MAX_LATENCY_MS: u64 = 60_000;
/// Largest body the huge-body fault may stream (1 GiB).
pub const MAX_HUGE_BODY_BYTES: u64 = 1 << 30;

/// What a fault does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultKind {
    /// Waits `latency_ms` before handling the request.
    Latency { latency_ms: u64 },
    /// Answers with `status` (400–599) and a documented error body, without running the handler.
    Status { status: u16 },
    /// Closes the TCP connection before the handler runs.
    DropBefore,
    /// Runs the handler (its effects persist), then closes the connection without a response.
    DropAfter,
    /// Runs the handler, then sends half of the body while `Content-Length` claims all of it.
    Truncate,
    /// Answers 200 with a token page of about `bytes` bytes (every item `{"id":1}`), streamed
    /// without `Content-Length`, without running the handler: a lying or broken server that
    /// would fill a client's memory.
    HugeBody { bytes: u64 },
}

/// One fault rule. Serialized flat: `{ "kind": "status", "status": 503, "times": 2, … }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaultRule {
    #[serde(flatten)]
    pub kind: FaultKind,
    /// Only requests whose path starts with this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    /// Only requests with this method (case-insensitive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Only the next N matching requests; counts down as the rule applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times: Option<u32>,
    /// Only this fraction (0.0–1.0) of matching requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<f64>,
}

impl FaultRule {
    /// A rule of `kind` for every request, until narrowed by the builder methods.
    pub fn new(kind: FaultKind) -> Self {
        Self {
            kind,
            path_prefix: None,
            method: None,
            times: None,
            share: None,
        }
    }

    /// Limits the rule to paths starting with `prefix`.
    pub fn on_path(mut self, prefix: impl Into<String>) -> Self {
        self.path_prefix = Some(prefix.into());
        self
    }

    /// Limits the rule to one HTTP method.
    pub fn on_method(mut self, method: impl Into<String>) -> Self {
        self.method = Some(method.into());
        self
    }

    /// Limits the rule to the next `n` matching requests.
    pub fn times(mut self, n: u32) -> Self {
        self.times = Some(n);
        self
    }

    /// Applies the rule to a `share` (0.0–1.0) of matching requests.
    pub fn share(mut self, share: f64) -> Self {
        self.share = Some(share);
        self
    }

    /// Checks ranges; the error names the offending field.
    pub fn validate(&self) -> Result<(), (&'static str, String)> {
        match self.kind {
            FaultKind::Latency { latency_ms } if latency_ms > MAX_LATENCY_MS => {
                return Err((
                    "latency_ms",
                    format!("latency_ms must be at most {MAX_LATENCY_MS}"),
                ));
            }
            FaultKind::Status { status } if !(400..=599).contains(&status) => {
                return Err(("status", "status must be between 400 and 599".into()));
            }
            FaultKind::HugeBody { bytes } if bytes > MAX_HUGE_BODY_BYTES => {
                return Err((
                    "bytes",
                    format!("bytes must be at most {MAX_HUGE_BODY_BYTES}"),
                ));
            }
            _ => {}
        }
        if let Some(share) = self.share
            && !(0.0..=1.0).contains(&share)
        {
            return Err(("share", "share must be between 0.0 and 1.0".into()));
        }
        if self.method.as_deref().is_some_and(|m| m.trim().is_empty()) {
            return Err(("method", "method must not be empty".into()));
        }
        Ok(())
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.path_prefix
            .as_deref()
            .is_none_or(|prefix| path.starts_with(prefix))
            && self
                .method
                .as_deref()
                .is_none_or(|m| m.trim().eq_ignore_ascii_case(method))
    }
}

/// An active rule as listed by the admin API: its id and the rule (with `times` left).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActiveFault {
    pub id: u64,
    #[serde(flatten)]
    pub rule: FaultRule,
}

/// What to do with one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Plan {
    pub latency_ms: u64,
    pub action: Option<Action>,
}

/// The non-latency part of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Action {
    Status(u16),
    DropBefore,
    DropAfter,
    Truncate,
    HugeBody(u64),
}

#[derive(Debug, Default)]
struct Rules {
    next_id: u64,
    active: Vec<ActiveFault>,
}

/// Cloneable run-time control of fault injection; clones share the same rules.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    rules: Arc<Mutex<Rules>>,
    connections: Arc<Connections>,
}

/// Per-connection control: a delay before a new TCP connection is served (what a TLS
/// handshake across a real network costs a client that opens a new connection), and how
/// many connections were accepted (a client that reuses its connections opens few).
#[derive(Debug, Default)]
struct Connections {
    delay_ms: AtomicU64,
    accepted: AtomicU64,
}

impl Faults {
    /// Every new connection waits `delay_ms` (at most [`MAX_LATENCY_MS`]) before its first
    /// request is read; requests on an open connection do not. 0 turns it off.
    pub fn set_connection_delay(&self, delay_ms: u64) {
        self.connections
            .delay_ms
            .store(delay_ms.min(MAX_LATENCY_MS), Ordering::Relaxed);
    }

    /// TCP connections accepted since the start.
    pub fn connections_accepted(&self) -> u64 {
        self.connections.accepted.load(Ordering::Relaxed)
    }

    /// Counts a new connection and returns the delay it gets (ms).
    pub(crate) fn on_connection(&self) -> u64 {
        self.connections.accepted.fetch_add(1, Ordering::Relaxed);
        self.connections.delay_ms.load(Ordering::Relaxed)
    }

    /// Adds `rule` and returns its id.
    ///
    /// # Errors
    /// The field name and a message when the rule is out of range (see [`FaultRule::validate`]).
    pub fn add(&self, rule: FaultRule) -> Result<u64, (&'static str, String)> {
        rule.validate()?;
        let mut rules = self.rules.lock().unwrap_or_else(PoisonError::into_inner);
        rules.next_id += 1;
        let id = rules.next_id;
        rules.active.push(ActiveFault { id, rule });
        Ok(id)
    }

    /// Removes every rule and the connection delay.
    pub fn clear(&self) {
        self.set_connection_delay(0);
        self.rules
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .active
            .clear();
    }

    /// The active rules, in the order they apply.
    pub fn list(&self) -> Vec<ActiveFault> {
        self.rules
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .active
            .clone()
    }

    /// Decides what happens to a request, consuming `times` of the rules that apply.
    pub(crate) fn plan(&self, method: &str, path: &str) -> Plan {
        let mut rules = self.rules.lock().unwrap_or_else(PoisonError::into_inner);
        let mut plan = Plan::default();
        for active in &mut rules.active {
            let rule = &mut active.rule;
            let is_latency = matches!(rule.kind, FaultKind::Latency { .. });
            if !rule.matches(method, path) || (!is_latency && plan.action.is_some()) {
                continue;
            }
            if rule
                .share
                .is_some_and(|share| rand::random::<f64>() >= share)
            {
                continue;
            }
            if let Some(left) = rule.times.as_mut() {
                *left = left.saturating_sub(1);
            }
            match rule.kind {
                FaultKind::Latency { latency_ms } => {
                    plan.latency_ms = plan.latency_ms.saturating_add(latency_ms)
                }
                FaultKind::Status { status } => plan.action = Some(Action::Status(status)),
                FaultKind::DropBefore => plan.action = Some(Action::DropBefore),
                FaultKind::DropAfter => plan.action = Some(Action::DropAfter),
                FaultKind::Truncate => plan.action = Some(Action::Truncate),
                FaultKind::HugeBody { bytes } => plan.action = Some(Action::HugeBody(bytes)),
            }
        }
        rules.active.retain(|active| active.rule.times != Some(0));
        plan
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_with_times_applies_to_exactly_that_many_requests() {
        let faults = Faults::default();
        faults
            .add(FaultRule::new(FaultKind::Status { status: 503 }).times(2))
            .expect("add");
        assert_eq!(faults.plan("GET", "/a").action, Some(Action::Status(503)));
        assert_eq!(faults.plan("GET", "/a").action, Some(Action::Status(503)));
        assert_eq!(faults.plan("GET", "/a").action, None);
        assert!(faults.list().is_empty());
    }

    #[test]
    fn route_and_method_filters_narrow_a_rule() {
        let faults = Faults::default();
        faults
            .add(
                FaultRule::new(FaultKind::DropAfter)
                    .on_path("/api/v3/tokens")
                    .on_method("post"),
            )
            .expect("add");
        assert_eq!(faults.plan("GET", "/api/v3/tokens").action, None);
        assert_eq!(faults.plan("POST", "/api/v3/account/me").action, None);
        assert_eq!(
            faults.plan("POST", "/api/v3/tokens").action,
            Some(Action::DropAfter)
        );
    }

    #[test]
    fn latencies_add_up_and_the_first_other_rule_wins() {
        let faults = Faults::default();
        for rule in [
            FaultRule::new(FaultKind::Latency { latency_ms: 5 }),
            FaultRule::new(FaultKind::Truncate).times(1),
            FaultRule::new(FaultKind::Latency { latency_ms: 7 }),
            FaultRule::new(FaultKind::DropBefore).times(1),
        ] {
            faults.add(rule).expect("add");
        }
        assert_eq!(faults.plan("GET", "/").latency_ms, 12);
        assert_eq!(faults.list().len(), 3, "only the truncate rule was used up");
    }

    #[test]
    fn out_of_range_rules_are_refused_with_their_field() {
        let faults = Faults::default();
        assert_eq!(
            faults
                .add(FaultRule::new(FaultKind::Status { status: 200 }))
                .map_err(|e| e.0),
            Err("status")
        );
        assert_eq!(
            faults
                .add(FaultRule::new(FaultKind::Truncate).share(1.5))
                .map_err(|e| e.0),
            Err("share")
        );
        assert_eq!(
            faults
                .add(FaultRule::new(FaultKind::Latency {
                    latency_ms: 999_999
                }))
                .map_err(|e| e.0),
            Err("latency_ms")
        );
        assert_eq!(
            faults
                .add(FaultRule::new(FaultKind::HugeBody {
                    bytes: MAX_HUGE_BODY_BYTES + 1
                }))
                .map_err(|e| e.0),
            Err("bytes")
        );
    }

    #[test]
    fn rules_serialize_flat_with_their_kind() {
        let rule = FaultRule::new(FaultKind::Status { status: 503 }).times(2);
        assert_eq!(
            serde_json::to_value(&rule).expect("json"),
            serde_json::json!({"kind": "status", "status": 503, "times": 2})
        );
        let parsed: FaultRule =
            serde_json::from_str(r#"{"kind":"drop_after","path_prefix":"/x"}"#).expect("parse");
        assert_eq!(parsed, FaultRule::new(FaultKind::DropAfter).on_path("/x"));
    }
}
