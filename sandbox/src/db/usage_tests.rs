//! Usage at rest: the per-day report with its zero days, pruning to the retention windows, and a
//! token's last use that never moves backwards.

use super::*;
use crate::db::Db;

fn db() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = Db::open(&dir.path().join("t.sqlite3")).expect("open");
    (dir, db)
}

fn event(token_id: i64, at: i64, ip: &str, outcome: Outcome) -> Event {
    Event {
        token_id,
        at,
        ip: ip.into(),
        route: "GET /x".into(),
        status: 200,
        outcome,
    }
}

const NOW: i64 = 1_796_000_000;

#[test]
fn a_report_counts_per_day_with_zero_days_oldest_first() {
    let (_dir, db) = db();
    db.call_blocking(|c| {
        record(c, &event(1, NOW - DAY, "192.0.2.1", Outcome::Ok), None)?;
        record(c, &event(1, NOW, "192.0.2.1", Outcome::Error), None)?;
        record(
            c,
            &event(
                1,
                NOW,
                "192.0.2.9",
                Outcome::FailedAuth(KeyFailure::Expired),
            ),
            None,
        )?;
        record(c, &event(2, NOW, "192.0.2.2", Outcome::Ok), None)
    })
    .expect("record");
    let report = db.call_blocking(|c| report(c, 1, NOW, 3)).expect("report");
    let counts: Vec<_> = report
        .daily
        .iter()
        .map(|d| (d.requests, d.errors, d.failed_auth))
        .collect();
    assert_eq!(counts, vec![(0, 0, 0), (1, 0, 0), (1, 1, 1)]);
    assert_eq!(report.daily[2].day, day_of(NOW));
    assert_eq!(report.last_used_at, Some(NOW));
    assert_eq!(report.ips.len(), 1, "failed authentications are not uses");
    assert_eq!(report.ips[0].requests, 2);
    assert_eq!(report.failed.len(), 1);
    assert_eq!(report.failed[0].reason, "expired");
}

#[test]
fn pruning_keeps_thirty_days_of_events_and_four_hundred_of_aggregates() {
    let (_dir, db) = db();
    let failed = Outcome::FailedAuth(KeyFailure::Revoked);
    db.call_blocking(|c| {
        for days_ago in [0, 29, 31, 90, 399, 400] {
            record(
                c,
                &event(1, NOW - days_ago * DAY, "192.0.2.1", failed),
                None,
            )?;
            record(
                c,
                &event(1, NOW - days_ago * DAY, "192.0.2.1", Outcome::Ok),
                None,
            )?;
        }
        let tx = c.transaction()?;
        prune(&tx, NOW)?;
        tx.commit()
    })
    .expect("record and prune");
    let (events, days, ip_days): (i64, i64, i64) = db
        .call_blocking(|c| {
            c.query_row(
                "SELECT (SELECT COUNT(*) FROM usage_events), (SELECT COUNT(*) FROM usage_daily),
                        (SELECT COUNT(*) FROM usage_ips)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
        })
        .expect("counts");
    assert_eq!(events, 4, "0 and 29 days ago, two events each");
    assert_eq!(days, 5, "every day but the one 400 days ago");
    assert_eq!(
        ip_days, 3,
        "0, 29 and 31 days ago (90 is the first day dropped)"
    );
}

#[test]
fn last_use_never_moves_backwards() {
    let (_dir, db) = db();
    db.call_blocking(|c| {
        record(c, &event(1, NOW, "192.0.2.1", Outcome::Ok), None)?;
        record(c, &event(1, NOW - 10, "192.0.2.2", Outcome::Ok), None)
    })
    .expect("record");
    let report = db.call_blocking(|c| report(c, 1, NOW, 1)).expect("report");
    assert_eq!(report.last_used_at, Some(NOW));
    assert_eq!(report.ips[0].ip, "192.0.2.1", "most recent first");
}
