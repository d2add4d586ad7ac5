//! Writes the demo's usage stories ([`crate::demo::stories`]) at seeding time. History is
//! described as bursts (one token, one IP, one UTC day, a time span and a count) and written
//! straight into the aggregates; only the most recent requests of the last day also get raw
//! events ([`RAW_PER_BURST`] per burst), so a fresh demo seeds in a few milliseconds. Counts vary by a fixed pseudo-random sequence, so every
//! seed tells the same stories relative to its own "now".

use std::collections::HashMap;

use rusqlite::Connection;

use crate::db::usage::{self, Event, Outcome, day_of};
use crate::demo::{SEEDED_TOKENS, stories};
use crate::model::KeyFailure;

const HOUR: i64 = 3_600;
const DAY: i64 = 86_400;
/// Bursts ending within this many seconds before "now" also get raw events…
const RAW_WINDOW: i64 = DAY;
/// …at most this many each, the most recent (a raw insert costs ~15 µs in a debug build, and
/// every test seeds; the report only lists raw failed authentications, at most 20).
const RAW_PER_BURST: i64 = 30;
/// Days of recent history written for the active stories.
const HISTORY_DAYS: i64 = 30;

const BATCH_ROUTE: &str = "POST /api/v3/speech-to-text";
const REALTIME_ROUTE: &str = "GET /api/v4/realtime/status";

/// Some requests from one IP for one token within one UTC day, spread evenly over a span.
#[derive(Debug, Clone, Copy)]
struct Burst {
    token_id: i64,
    ip: &'static str,
    from: i64,
    to: i64,
    requests: i64,
    errors: i64,
    failed: Option<KeyFailure>,
    route: &'static str,
}

/// A small deterministic generator (SplitMix64) for believable variation.
struct Jitter(u64);

impl Jitter {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn between(&mut self, lo: i64, hi: i64) -> i64 {
        let span = u64::try_from(hi - lo + 1).unwrap_or(1).max(1);
        lo + i64::try_from(self.next() % span).unwrap_or(0)
    }
}

fn token_id(name: &str) -> i64 {
    SEEDED_TOKENS
        .iter()
        .position(|t| t.name == name)
        .and_then(|i| i64::try_from(i + 1).ok())
        .unwrap_or(0)
}

/// Monday..Friday for a UTC day number (day 0, 1970-01-01, was a Thursday).
fn weekday(day: i64) -> bool {
    (day + 3).rem_euclid(7) < 5
}

/// Whether the `i`-th of `requests` is one of the `errors`, spread evenly through the burst.
fn is_error(i: i64, requests: i64, errors: i64) -> bool {
    if errors <= 0 {
        return false;
    }
    let every = (requests / errors).max(1);
    i % every == 0 && i / every < errors
}

/// Collects bursts and writes them.
struct Writer<'c> {
    conn: &'c Connection,
    now: i64,
    last: HashMap<i64, (i64, &'static str)>,
}

impl Writer<'_> {
    /// Writes one burst, cut at "now" (its count scaled to the part before now).
    fn burst(&mut self, burst: Burst) -> rusqlite::Result<()> {
        let Burst {
            from,
            mut to,
            mut requests,
            mut errors,
            ..
        } = burst;
        if from > self.now || requests <= 0 {
            return Ok(());
        }
        if to > self.now {
            let whole = (to - from).max(1);
            requests = requests * (self.now - from) / whole;
            errors = errors * (self.now - from) / whole;
            to = self.now;
            if requests <= 0 {
                return Ok(());
            }
        }
        let day = day_of(from);
        let step = (to - from) / requests;
        let last_at = from + step * (requests - 1);
        match burst.failed {
            Some(_) => usage::add_daily(self.conn, burst.token_id, day, 0, 0, requests)?,
            None => {
                usage::add_daily(self.conn, burst.token_id, day, requests, errors, 0)?;
                if day > day_of(self.now) - usage::IP_RETENTION_DAYS {
                    usage::add_ip(self.conn, burst.token_id, day, burst.ip, requests, last_at)?;
                }
                let last = self
                    .last
                    .entry(burst.token_id)
                    .or_insert((last_at, burst.ip));
                if last_at >= last.0 {
                    *last = (last_at, burst.ip);
                }
            }
        }
        if to >= self.now - RAW_WINDOW {
            for i in (requests - RAW_PER_BURST).max(0)..requests {
                let at = from + step * i;
                let (status, outcome) = match burst.failed {
                    Some(reason) => (401, Outcome::FailedAuth(reason)),
                    // Errors are spread through the burst: every (requests / errors)-th one.
                    None if is_error(i, requests, errors) => {
                        (if i % 2 == 0 { 422 } else { 500 }, Outcome::Error)
                    }
                    None => (
                        if burst.route == BATCH_ROUTE { 201 } else { 200 },
                        Outcome::Ok,
                    ),
                };
                usage::insert_event(
                    self.conn,
                    &Event {
                        token_id: burst.token_id,
                        at,
                        ip: burst.ip.to_owned(),
                        route: burst.route.to_owned(),
                        status,
                        outcome,
                    },
                )?;
            }
        }
        Ok(())
    }

    fn finish(self) -> rusqlite::Result<()> {
        for (token_id, (at, ip)) in self.last {
            usage::touch_last(self.conn, token_id, at, ip)?;
        }
        Ok(())
    }
}

fn ok(
    token_id: i64,
    ip: &'static str,
    from: i64,
    to: i64,
    requests: i64,
    errors: i64,
    route: &'static str,
) -> Burst {
    Burst {
        token_id,
        ip,
        from,
        to,
        requests,
        errors,
        failed: None,
        route,
    }
}

/// Seeds every story relative to `now` (unix seconds).
pub(crate) fn seed(conn: &Connection, now: i64) -> rusqlite::Result<()> {
    let mut jitter = Jitter(0x5C21_F7A1_D3E0_0001);
    let mut w = Writer {
        conn,
        now,
        last: HashMap::new(),
    };
    let today = day_of(now);
    let steady = token_id(stories::STEADY);
    let realtime = token_id(stories::BACKGROUND_REALTIME);
    let weekdays = token_id(stories::BACKGROUND_WEEKDAYS);
    let spike = token_id(stories::SPIKE);
    let legacy = token_id(stories::EXPIRED_STILL_TRIED);
    let nightly = token_id(stories::RETIRING_IN_USE);
    let unused = token_id(stories::UNUSED);
    let spike_created = SEEDED_TOKENS
        .iter()
        .find(|t| t.name == stories::SPIKE)
        .map_or(now, |t| now - t.created_days_ago * DAY);

    for back in (0..HISTORY_DAYS).rev() {
        let day = today - back;
        let start = day * DAY;
        let busy = weekday(day);
        // Steady production: two servers around the clock, heavier on weekdays.
        for (i, ip) in stories::STEADY_IPS.into_iter().enumerate() {
            let n = if busy {
                jitter.between(180, 230)
            } else {
                jitter.between(60, 90)
            };
            let offset = i64::try_from(i).unwrap_or(0) * 300;
            w.burst(ok(
                steady,
                ip,
                start + offset,
                start + DAY,
                n,
                n / 100,
                BATCH_ROUTE,
            ))?;
        }
        // Background realtime: around the clock.
        let n = jitter.between(100, 140);
        w.burst(ok(
            realtime,
            "203.0.113.20",
            start + 60,
            start + DAY - 60,
            n,
            0,
            REALTIME_ROUTE,
        ))?;
        // Background weekdays only.
        if busy {
            let n = jitter.between(20, 35);
            w.burst(ok(
                weekdays,
                "198.51.100.60",
                start + 9 * HOUR,
                start + 17 * HOUR,
                n,
                0,
                REALTIME_ROUTE,
            ))?;
        }
        // Spike: the office every day since the token exists; yesterday a new address.
        if start + 8 * HOUR >= spike_created {
            let n = if busy {
                jitter.between(35, 50)
            } else {
                jitter.between(5, 10)
            };
            w.burst(ok(
                spike,
                stories::SPIKE_USUAL_IP,
                start + 8 * HOUR,
                start + 18 * HOUR,
                n,
                0,
                BATCH_ROUTE,
            ))?;
        }
        if back == 1 {
            w.burst(ok(
                spike,
                stories::SPIKE_NEW_IP,
                start + HOUR,
                start + 4 * HOUR,
                520,
                35,
                BATCH_ROUTE,
            ))?;
        }
        // The retiring key's nightly job, the last run RETIRING_HOURS_AGO before now.
        let run = now - stories::RETIRING_HOURS_AGO * HOUR - back * DAY;
        let n = jitter.between(40, 50);
        w.burst(ok(
            nightly,
            stories::RETIRING_IN_USE_IP,
            run - 20 * 60,
            run,
            n,
            0,
            BATCH_ROUTE,
        ))?;
    }
    // The expired key: tried every 15 minutes for the last 30 days (one burst per UTC day).
    let legacy_expired = SEEDED_TOKENS
        .iter()
        .find(|t| t.name == stories::EXPIRED_STILL_TRIED)
        .map_or(now, |t| now + t.expires_in_days * DAY);
    let tries_from = now - HISTORY_DAYS * DAY;
    let mut at = tries_from;
    while at <= now {
        let day_end = (day_of(at) + 1) * DAY;
        let to = day_end.min(now + 1);
        let tries = ((to - at) / (15 * 60)).max(1);
        w.burst(Burst {
            token_id: legacy,
            ip: stories::EXPIRED_STILL_TRIED_IP,
            from: at,
            to: at + tries * 15 * 60,
            requests: tries,
            errors: 0,
            failed: Some(KeyFailure::Expired),
            route: BATCH_ROUTE,
        })?;
        at += tries * 15 * 60;
    }
    // …and the month of ordinary use before it expired.
    for back in 1..=30 {
        let start = (day_of(legacy_expired) - back) * DAY;
        let n = jitter.between(80, 100);
        w.burst(ok(
            legacy,
            stories::EXPIRED_STILL_TRIED_IP,
            start + HOUR,
            start + 23 * HOUR,
            n,
            1,
            BATCH_ROUTE,
        ))?;
    }
    // The unused key: daily use until UNUSED_DAYS_AGO, nothing since.
    let last_day = day_of(now - stories::UNUSED_DAYS_AGO * DAY);
    for day in (last_day - 180)..=last_day {
        let start = day * DAY;
        let n = jitter.between(150, 250);
        w.burst(ok(
            unused,
            "198.51.100.80",
            start + 7 * HOUR,
            start + 19 * HOUR,
            n,
            2,
            REALTIME_ROUTE,
        ))?;
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_zero_was_a_thursday() {
        assert!(weekday(0), "Thursday");
        assert!(weekday(1), "Friday");
        assert!(!weekday(2), "Saturday");
        assert!(!weekday(3), "Sunday");
        assert!(weekday(4), "Monday");
    }

    #[test]
    fn the_jitter_stays_in_range_and_repeats() {
        let mut a = Jitter(1);
        let mut b = Jitter(1);
        for _ in 0..100 {
            let x = a.between(5, 10);
            assert!((5..=10).contains(&x));
            assert_eq!(x, b.between(5, 10));
        }
    }

    #[test]
    fn every_story_names_a_seeded_token() {
        for name in [
            stories::STEADY,
            stories::UNUSED,
            stories::SPIKE,
            stories::EXPIRED_STILL_TRIED,
            stories::RETIRING_IN_USE,
            stories::BACKGROUND_REALTIME,
            stories::BACKGROUND_WEEKDAYS,
        ] {
            assert!(token_id(name) > 0, "{name}");
        }
    }
}
