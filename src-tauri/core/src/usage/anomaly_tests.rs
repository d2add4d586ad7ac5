//! Table tests of the anomaly rules: each row is one situation and what must (not) be said.
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};

use super::*;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A 30-day series ending `last` (inclusive) with the given requests, oldest first.
fn series(last: &str, requests: &[u64]) -> Vec<DayUsage> {
    let last = date(last);
    let n = requests.len() as i64;
    requests
        .iter()
        .enumerate()
        .map(|(i, r)| DayUsage {
            date: last - Duration::days(n - 1 - i as i64),
            requests: *r,
            errors: 0,
            failed_auth: 0,
        })
        .collect()
}

fn report(daily: Vec<DayUsage>) -> UsageReport {
    UsageReport {
        last_used_at: None,
        last_used_ips: Vec::new(),
        daily,
        failed_auth: Vec::new(),
    }
}

fn input(report: &UsageReport) -> HintInput<'_> {
    HintInput {
        token_id: "12",
        token_name: Some("Production API"),
        created_at: Some(at("2026-01-01T00:00:00Z")),
        report,
        retiring_in: None,
        recent: Duration::hours(24),
    }
}

fn kinds(hints: &[UsageHint]) -> Vec<(UsageHintKind, String)> {
    hints.iter().map(|h| (h.kind, h.id.clone())).collect()
}

#[test]
fn the_median_of_an_odd_even_and_empty_list() {
    let table: &[(&[u64], f64)] = &[
        (&[], 0.0),
        (&[5], 5.0),
        (&[3, 1, 2], 2.0),
        (&[4, 1, 3, 2], 2.5),
        (&[0, 0, 0, 0], 0.0),
    ];
    for (values, expected) in table {
        assert!(
            (median(values) - expected).abs() < f64::EPSILON,
            "{values:?}"
        );
    }
}

#[test]
fn a_spike_is_strictly_above_three_times_the_median_and_above_the_floor() {
    // (14 baseline days of this many requests, then the day's requests) → spike?
    let table: &[(u64, u64, bool, &str)] = &[
        (10, 31, true, "31 > 3×10"),
        (10, 30, false, "exactly 3× the median is not a spike"),
        (10, 29, false, "below 3×"),
        (0, 20, true, "a quiet key (median 0) spikes from the floor"),
        (0, 19, false, "below the floor of 20 requests"),
        (5, 19, false, "above 3× but below the floor"),
        (0, 0, false, "all zero is not a spike"),
        (100, 301, true, "a busy key"),
    ];
    let now = at("2026-11-30T12:00:00Z");
    for (base, day, expected, why) in table {
        let mut requests = vec![*base; 14];
        requests.push(*day);
        let report = report(series("2026-11-30", &requests));
        let hints = spike_hints(&input(&report), now);
        assert_eq!(!hints.is_empty(), *expected, "{why}");
        if *expected {
            assert_eq!(hints[0].id, "spike:12:2026-11-30", "{why}");
            assert_eq!(hints[0].args.count, Some(*day));
        }
    }
}

#[test]
fn a_spike_needs_a_week_of_history() {
    let now = at("2026-11-30T12:00:00Z");
    for (history, expected) in [(0, false), (3, false), (6, false), (7, true), (14, true)] {
        let mut requests = vec![1; history];
        requests.push(500);
        let report = report(series("2026-11-30", &requests));
        assert_eq!(
            !spike_hints(&input(&report), now).is_empty(),
            expected,
            "{history} days of history"
        );
    }
}

#[test]
fn a_spike_yesterday_is_found_and_one_older_than_a_week_is_not() {
    let now = at("2026-11-30T12:00:00Z");
    // 20 quiet days, a spike, then 9 quiet days: the spike is 9 days ago.
    let mut old = vec![2; 20];
    old.push(400);
    old.extend(vec![2; 9]);
    let report_old = report(series("2026-11-30", &old));
    assert!(spike_hints(&input(&report_old), now).is_empty());
    let mut recent = vec![2; 28];
    recent.push(400);
    recent.push(2);
    let report_recent = report(series("2026-11-30", &recent));
    let hints = spike_hints(&input(&report_recent), now);
    assert_eq!(
        kinds(&hints),
        vec![(UsageHintKind::Spike, "spike:12:2026-11-29".to_owned())]
    );
    assert_eq!(hints[0].args.median, Some(2.0));
}

#[test]
fn days_are_utc_days_whatever_the_local_time_zone() {
    // The series ends 2026-11-30 (UTC) with a spike on that day.
    let mut requests = vec![1; 14];
    requests.push(50);
    let report = report(series("2026-11-30", &requests));
    // Just after midnight UTC it is still the 29th in New York and already the 30th in
    // Amsterdam; both are the same instant, so the answer is the same and the day is the 30th.
    let new_york = FixedOffset::west_opt(5 * 3600).unwrap();
    let amsterdam = FixedOffset::east_opt(3600).unwrap();
    let instants = [
        at("2026-11-30T00:00:00Z"),
        new_york
            .with_ymd_and_hms(2026, 11, 29, 19, 0, 1)
            .unwrap()
            .with_timezone(&Utc),
        amsterdam
            .with_ymd_and_hms(2026, 11, 30, 1, 0, 0)
            .unwrap()
            .with_timezone(&Utc),
    ];
    for now in instants {
        let hints = spike_hints(&input(&report), now);
        assert_eq!(hints.len(), 1, "{now}");
        assert_eq!(hints[0].args.date, Some(date("2026-11-30")));
    }
    // One second before midnight UTC the 30th has not begun: it is not looked at.
    let before = spike_hints(&input(&report), at("2026-11-29T23:59:59Z"));
    assert!(before.is_empty());
}

fn ip(addr: &str, first: Option<&str>, last: &str) -> IpSeen {
    IpSeen {
        ip: addr.to_owned(),
        last_seen_at: at(last),
        requests: 40,
        first_seen_at: first.map(at),
    }
}

#[test]
fn a_new_ip_is_one_first_seen_this_week_on_a_key_used_before() {
    let now = at("2026-11-30T12:00:00Z");
    let table: &[(Option<&str>, &[u64], bool, &str)] = &[
        (
            Some("2026-11-29T03:00:00Z"),
            &[5; 30],
            true,
            "first seen yesterday",
        ),
        (
            Some("2026-11-10T03:00:00Z"),
            &[5; 30],
            false,
            "seen for three weeks",
        ),
        (None, &[5; 30], false, "no first sighting known"),
        (
            Some("2026-11-29T03:00:00Z"),
            &[0; 30],
            false,
            "no history: a new key's first IP",
        ),
        (
            Some("2026-12-01T03:00:00Z"),
            &[5; 30],
            false,
            "a sighting in the future is ignored",
        ),
    ];
    for (first, requests, expected, why) in table {
        let mut report = report(series("2026-11-30", requests));
        report.last_used_ips = vec![ip("203.0.113.9", *first, "2026-11-29T23:00:00Z")];
        let hints = new_ip_hints(&input(&report), now);
        assert_eq!(!hints.is_empty(), *expected, "{why}");
        if *expected {
            assert_eq!(hints[0].id, "newIp:12:203.0.113.9:2026-11-29");
            assert_eq!(hints[0].args.ip.as_deref(), Some("203.0.113.9"));
        }
    }
}

fn failed(at_text: &str, reason: &str) -> FailedAuth {
    FailedAuth {
        at: at(at_text),
        ip: "198.51.100.4".to_owned(),
        reason: reason.to_owned(),
    }
}

#[test]
fn failed_authentication_with_a_revoked_or_expired_key_is_one_hint_per_reason() {
    let now = at("2026-11-30T12:00:00Z");
    type Row<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str]);
    let table: &[Row<'_>] = &[
        (&[], &[]),
        (
            &[
                ("2026-11-30T11:00:00Z", "expired"),
                ("2026-11-30T10:00:00Z", "expired"),
            ],
            &["failedAuth:12:expired"],
        ),
        (
            &[("2026-11-30T11:00:00Z", "revoked")],
            &["failedAuth:12:revoked"],
        ),
        (&[("2026-11-30T11:00:00Z", "wrong_type")], &[]),
        (&[("2026-11-01T11:00:00Z", "expired")], &[]),
        (
            &[
                ("2026-11-30T11:00:00Z", "expired"),
                ("2026-11-29T11:00:00Z", "revoked"),
            ],
            &["failedAuth:12:revoked", "failedAuth:12:expired"],
        ),
    ];
    for (events, expected) in table {
        let mut report = report(Vec::new());
        report.failed_auth = events.iter().map(|(a, r)| failed(a, r)).collect();
        let hints = hints_for(&input(&report), now);
        let ids: Vec<&str> = hints
            .iter()
            .filter(|h| h.kind == UsageHintKind::FailedAuth)
            .map(|h| h.id.as_str())
            .collect();
        assert_eq!(ids, *expected, "{events:?}");
    }
    let mut report = report(Vec::new());
    report.failed_auth = vec![
        failed("2026-11-30T11:00:00Z", "expired"),
        failed("2026-11-30T10:00:00Z", "expired"),
    ];
    let hint = &hints_for(&input(&report), now)[0];
    assert_eq!(hint.args.count, Some(2));
    assert_eq!(hint.at, at("2026-11-30T11:00:00Z"));
}

#[test]
fn a_retiring_key_used_within_the_recent_hours_is_in_use() {
    let now = at("2026-11-30T12:00:00Z");
    let table: &[(Option<&str>, Option<&str>, Option<i64>)] = &[
        (Some("rot-1"), Some("2026-11-30T11:45:00Z"), Some(15)),
        (Some("rot-1"), Some("2026-11-29T12:00:00Z"), Some(1440)),
        (Some("rot-1"), Some("2026-11-29T11:59:59Z"), None),
        (Some("rot-1"), None, None),
        (None, Some("2026-11-30T11:45:00Z"), None),
    ];
    for (rotation, last, minutes) in table {
        let mut report = report(Vec::new());
        report.last_used_at = last.map(at);
        report.last_used_ips = vec![ip("192.0.2.10", None, "2026-11-30T11:45:00Z")];
        let mut input = input(&report);
        input.retiring_in = *rotation;
        let hints: Vec<_> = hints_for(&input, now)
            .into_iter()
            .filter(|h| h.kind == UsageHintKind::RetiringInUse)
            .collect();
        assert_eq!(
            hints.first().and_then(|h| h.args.minutes_ago),
            *minutes,
            "{rotation:?} {last:?}"
        );
        if minutes.is_some() {
            assert_eq!(hints[0].id, "retiringInUse:12:rot-1");
            assert_eq!(hints[0].args.ip.as_deref(), Some("192.0.2.10"));
        }
    }
}

#[test]
fn unused_for_ninety_days_is_a_gentle_hint_not_counted_in_the_badge() {
    let now = at("2026-11-30T12:00:00Z");
    let table: &[(Option<&str>, Option<&str>, Option<i64>)] = &[
        // (created, last used) → days unused
        (Some("2026-01-01T00:00:00Z"), None, Some(333)),
        (
            Some("2026-01-01T00:00:00Z"),
            Some("2026-08-01T00:00:00Z"),
            Some(121),
        ),
        (
            Some("2026-01-01T00:00:00Z"),
            Some("2026-09-01T12:00:00Z"),
            Some(90),
        ),
        (
            Some("2026-01-01T00:00:00Z"),
            Some("2026-09-01T12:00:01Z"),
            None,
        ),
        (Some("2026-11-01T00:00:00Z"), None, None),
        (None, None, None),
    ];
    for (created, last, days) in table {
        let mut report = report(Vec::new());
        report.last_used_at = last.map(at);
        let mut input = input(&report);
        input.created_at = created.map(at);
        let hints = hints_for(&input, now);
        let unused = hints.iter().find(|h| h.kind == UsageHintKind::Unused);
        assert_eq!(
            unused.and_then(|h| h.args.days),
            *days,
            "{created:?} {last:?}"
        );
    }
    assert!(!UsageHintKind::Unused.counts_in_badge());
    assert!(UsageHintKind::Spike.counts_in_badge());
}

#[test]
fn no_history_at_all_gives_no_hint_but_the_gentle_one() {
    let now = at("2026-11-30T12:00:00Z");
    let empty = report(Vec::new());
    let hints = hints_for(&input(&empty), now);
    assert_eq!(
        kinds(&hints),
        vec![(UsageHintKind::Unused, "unused:12".to_owned())]
    );
    let zeros = report(series("2026-11-30", &[0; 30]));
    let mut young = input(&zeros);
    young.created_at = Some(at("2026-11-20T00:00:00Z"));
    assert!(hints_for(&young, now).is_empty());
}
