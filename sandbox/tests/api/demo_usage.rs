//! The demo seed's usage stories, read back through the usage endpoint the way the app reads
//! them: each story is there, relative to "now", with IPs only from the documentation ranges.

use chrono::{DateTime, Utc};
use scriptix_sandbox::demo::{self, stories};
use serde_json::{Value, json};

use crate::common::{Env, start};

fn id_of(name: &str) -> Value {
    let index = demo::SEEDED_TOKENS
        .iter()
        .position(|t| t.name == name)
        .unwrap();
    json!(index + 1)
}

fn hours_ago(report: &Value) -> f64 {
    let at: DateTime<Utc> = report["last_used_at"].as_str().unwrap().parse().unwrap();
    (Utc::now() - at).num_seconds() as f64 / 3_600.0
}

fn daily(report: &Value, field: &str) -> Vec<i64> {
    report["daily"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d[field].as_i64().unwrap())
        .collect()
}

fn ips(report: &Value) -> Vec<String> {
    report["last_used_ips"]
        .as_array()
        .unwrap()
        .iter()
        .map(|ip| ip["ip"].as_str().unwrap().to_owned())
        .collect()
}

async fn report(env: &Env, session: &str, name: &str, days: u32) -> Value {
    env.usage(session, &id_of(name), &format!("?days={days}"))
        .await
}

#[tokio::test]
async fn seeded_tokens_get_their_ids_in_order() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let page = env.list(&session, 0, 100).await;
    for (i, token) in page["result"].as_array().unwrap().iter().enumerate() {
        assert_eq!(token["id"], json!(i + 1));
        assert_eq!(token["name"], demo::SEEDED_TOKENS[i].name);
    }
}

#[tokio::test]
async fn the_steady_production_key_is_used_every_day_from_its_two_servers() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let r = report(&env, &session, stories::STEADY, 30).await;
    assert!(daily(&r, "requests")[..29].iter().all(|n| *n >= 50), "{r}");
    let mut seen = ips(&r);
    seen.sort();
    assert_eq!(seen, stories::STEADY_IPS);
    assert!(hours_ago(&r) < 1.0, "last used minutes ago: {r}");
    assert!(daily(&r, "errors").iter().sum::<i64>() > 0);
    assert_eq!(daily(&r, "failed_auth").iter().sum::<i64>(), 0);
}

#[tokio::test]
async fn the_unused_key_was_last_used_months_ago() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let r = report(&env, &session, stories::UNUSED, 90).await;
    let days = hours_ago(&r) / 24.0;
    let expected = stories::UNUSED_DAYS_AGO as f64;
    assert!((expected - 1.0..=expected + 1.0).contains(&days), "{days}");
    assert!(days >= 90.0);
    assert!(daily(&r, "requests").iter().all(|n| *n == 0));
    assert!(ips(&r).is_empty());
}

#[tokio::test]
async fn the_spike_came_yesterday_from_an_address_never_seen_before() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let r = report(&env, &session, stories::SPIKE, 30).await;
    let requests = daily(&r, "requests");
    let yesterday = requests[28];
    let mut previous: Vec<i64> = requests[14..28].to_vec();
    previous.sort_unstable();
    let median = previous[7];
    assert!(
        yesterday > 3 * median.max(10),
        "{yesterday} vs median {median}"
    );
    assert!(daily(&r, "errors")[28] > 0);
    let new_ip = r["last_used_ips"]
        .as_array()
        .unwrap()
        .iter()
        .find(|ip| ip["ip"] == stories::SPIKE_NEW_IP)
        .expect("the new address is listed")
        .clone();
    let seen: DateTime<Utc> = new_ip["last_seen_at"].as_str().unwrap().parse().unwrap();
    let today = Utc::now().date_naive();
    assert_eq!(seen.date_naive(), today.pred_opt().unwrap());
    // Every request from it was yesterday's: the address is new.
    let from_new = new_ip["requests"].as_i64().unwrap();
    let yesterday_only = report(&env, &session, stories::SPIKE, 2).await;
    let two_days: i64 = yesterday_only["last_used_ips"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|ip| ip["ip"] == stories::SPIKE_NEW_IP)
        .map(|ip| ip["requests"].as_i64().unwrap())
        .sum();
    assert_eq!(from_new, two_days);
    assert!(from_new >= 400);
}

#[tokio::test]
async fn the_expired_key_is_still_tried_many_times_a_day() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let r = report(&env, &session, stories::EXPIRED_STILL_TRIED, 30).await;
    let failed = daily(&r, "failed_auth");
    assert!(failed[..29].iter().all(|n| *n >= 90), "{failed:?}");
    assert!(daily(&r, "requests").iter().all(|n| *n == 0));
    let recent = r["failed_auth"].as_array().unwrap();
    assert_eq!(recent.len(), 20);
    assert!(
        recent
            .iter()
            .all(|f| f["reason"] == "expired" && f["ip"] == stories::EXPIRED_STILL_TRIED_IP)
    );
    assert!(
        hours_ago(&r) / 24.0 >= 35.0,
        "last real use before it expired"
    );
}

#[tokio::test]
async fn the_retiring_key_expires_within_a_week_and_ran_hours_ago() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let r = report(&env, &session, stories::RETIRING_IN_USE, 30).await;
    let hours = hours_ago(&r);
    let expected = stories::RETIRING_HOURS_AGO as f64;
    assert!((expected..expected + 0.5).contains(&hours), "{hours}");
    assert_eq!(ips(&r), [stories::RETIRING_IN_USE_IP]);
    let seeded = demo::SEEDED_TOKENS
        .iter()
        .find(|t| t.name == stories::RETIRING_IN_USE)
        .unwrap();
    assert!((0..=7).contains(&seeded.expires_in_days));
}

#[tokio::test]
async fn every_address_is_from_the_documentation_ranges_and_quiet_tokens_stay_quiet() {
    let env = start().await;
    let session = env.login(demo::VIEWER_EMAIL).await;
    let told = [
        stories::STEADY,
        stories::UNUSED,
        stories::SPIKE,
        stories::EXPIRED_STILL_TRIED,
        stories::RETIRING_IN_USE,
        stories::BACKGROUND_REALTIME,
        stories::BACKGROUND_WEEKDAYS,
    ];
    for token in demo::SEEDED_TOKENS {
        let r = report(&env, &session, token.name, 90).await;
        let mut addresses = ips(&r);
        addresses.extend(
            r["failed_auth"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["ip"].as_str().unwrap().to_owned()),
        );
        for ip in addresses {
            assert!(
                ["192.0.2.", "198.51.100.", "203.0.113."]
                    .iter()
                    .any(|range| ip.starts_with(range)),
                "{}: {ip}",
                token.name
            );
        }
        if !told.contains(&token.name) {
            assert_eq!(r["last_used_at"], Value::Null, "{}", token.name);
        }
    }
}
