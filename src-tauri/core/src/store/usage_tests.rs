//! The store's usage records: a report's baseline and first sightings of addresses, servers
//! without usage, what this device last did with each key, and usage hints notified once.

use super::tests::at;
use super::*;
use crate::audit::{AuditAction, AuditEntry, AuditOutcome};
use crate::export::ExportFormat;
use crate::model::TokenId;
use crate::usage::{IpSeen, UsageReport};

fn report(ips: &[(&str, &str)]) -> UsageReport {
    UsageReport {
        last_used_at: ips.first().map(|(_, t)| at(t)),
        last_used_ips: ips
            .iter()
            .map(|(ip, t)| IpSeen {
                ip: (*ip).to_owned(),
                last_seen_at: at(t),
                requests: 3,
                first_seen_at: None,
            })
            .collect(),
        daily: Vec::new(),
        failed_auth: Vec::new(),
    }
}

#[test]
fn the_first_report_sets_the_baseline_and_a_later_ip_is_first_seen_at_its_sighting() {
    let store = Store::open_in_memory().unwrap();
    let first = at("2026-11-20T10:00:00Z");
    store
        .save_usage(
            "p",
            "12",
            &report(&[("192.0.2.1", "2026-11-20T09:00:00Z")]),
            first,
        )
        .unwrap();
    let later = report(&[
        ("203.0.113.9", "2026-11-29T03:00:00Z"),
        ("192.0.2.1", "2026-11-29T02:00:00Z"),
    ]);
    store
        .save_usage("p", "12", &later, at("2026-11-29T04:00:00Z"))
        .unwrap();
    let cached = store.usage("p", None).unwrap().remove("12").unwrap();
    assert_eq!(cached.fetched_at, at("2026-11-29T04:00:00Z"));
    let firsts: Vec<_> = cached
        .report
        .last_used_ips
        .iter()
        .map(|ip| (ip.ip.as_str(), ip.first_seen_at.unwrap()))
        .collect();
    assert_eq!(
        firsts,
        vec![
            ("203.0.113.9", at("2026-11-29T03:00:00Z")),
            ("192.0.2.1", first - chrono::Duration::days(31)),
        ]
    );
    assert!(store.usage("other", None).unwrap().is_empty());
    assert!(
        store
            .usage("p", Some(&["13".to_owned()]))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_server_without_usage_is_remembered_per_profile_until_forgotten() {
    let store = Store::open_in_memory().unwrap();
    assert_eq!(store.usage_unavailable_since("p").unwrap(), None);
    let when = at("2026-11-29T04:00:00Z");
    store.set_usage_unavailable("p", Some(when)).unwrap();
    assert_eq!(store.usage_unavailable_since("p").unwrap(), Some(when));
    assert_eq!(store.usage_unavailable_since("q").unwrap(), None);
    store.set_usage_unavailable("p", None).unwrap();
    assert_eq!(store.usage_unavailable_since("p").unwrap(), None);
}

#[test]
fn local_knowledge_is_the_latest_successful_copy_export_and_check_per_key() {
    let store = Store::open_in_memory().unwrap();
    let id = TokenId::new("12");
    let entry = |t: &str, action: AuditAction, outcome: AuditOutcome| {
        AuditEntry::new(at(t), "p", "me", action, outcome).with_token(&id, Some("k"))
    };
    for e in [
        entry(
            "2026-11-01T00:00:00Z",
            AuditAction::Copy,
            AuditOutcome::Success,
        ),
        entry(
            "2026-11-03T00:00:00Z",
            AuditAction::Copy,
            AuditOutcome::Success,
        ),
        entry(
            "2026-11-05T00:00:00Z",
            AuditAction::Copy,
            AuditOutcome::Failure,
        ),
        entry(
            "2026-11-02T00:00:00Z",
            AuditAction::Export {
                format: ExportFormat::EnvFile,
            },
            AuditOutcome::Success,
        ),
        entry(
            "2026-11-04T00:00:00Z",
            AuditAction::KeyCheck,
            AuditOutcome::Success,
        ),
        entry(
            "2026-11-06T00:00:00Z",
            AuditAction::Reveal,
            AuditOutcome::Success,
        ),
    ] {
        store.append_audit(&e).unwrap();
    }
    let local = store.local_usage("p").unwrap().remove("12").unwrap();
    assert_eq!(local.last_copied_at, Some(at("2026-11-03T00:00:00Z")));
    assert_eq!(local.last_exported_at, Some(at("2026-11-02T00:00:00Z")));
    assert_eq!(local.last_checked_at, Some(at("2026-11-04T00:00:00Z")));
    assert_eq!(
        local.latest(),
        Some((at("2026-11-04T00:00:00Z"), "checked"))
    );
    assert!(store.local_usage("q").unwrap().is_empty());
}

#[test]
fn a_usage_hint_is_recorded_as_notified_once() {
    let store = Store::open_in_memory().unwrap();
    let ids = vec!["spike:12:2026-11-29".to_owned()];
    store
        .record_usage_hints_sent("p", &ids, at("2026-11-30T00:00:00Z"))
        .unwrap();
    store
        .record_usage_hints_sent("p", &ids, at("2026-11-30T01:00:00Z"))
        .unwrap();
    assert_eq!(store.usage_hints_sent("p").unwrap().len(), 1);
    assert!(store.usage_hints_sent("q").unwrap().is_empty());
}
