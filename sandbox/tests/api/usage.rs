//! Key usage: what counts (requests, errors, failed authentications with their reason),
//! what does not (unknown keys, failed authentication for last use), the report's shape and
//! limits, client IPs with and without `--trust-forwarded`, durability, and retention.

use reqwest::{Method, StatusCode};
use scriptix_sandbox::{Config, FaultKind, FaultRule, Sandbox, demo};
use serde_json::{Value, json};

use crate::common::{BATCH_CHECK, Env, REALTIME_CHECK, client, start, start_with};

const DAY: i64 = 86_400;

impl Env {
    pub async fn usage_raw(&self, session: &str, id: &Value, query: &str) -> reqwest::Response {
        let id = id.as_str().map_or_else(|| id.to_string(), str::to_owned);
        self.client
            .get(self.url(&format!("/api/v3/tokens/{id}/usage{query}")))
            .bearer_auth(session)
            .send()
            .await
            .unwrap()
    }

    /// The `result` of a 200 usage report.
    pub async fn usage(&self, session: &str, id: &Value, query: &str) -> Value {
        let response = self.usage_raw(session, id, query).await;
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = response.json().await.unwrap();
        body["result"].clone()
    }

    /// A new token's id and key.
    pub async fn new_key(&self, session: &str, name: &str, kind: &str) -> (Value, String) {
        let created = self.create_ok(session, name, kind).await;
        (
            created["id"].clone(),
            created["key"].as_str().unwrap().to_owned(),
        )
    }

    async fn call_from(&self, path: &str, key: &str, forwarded: Option<&str>) -> StatusCode {
        let mut request = self.client.get(self.url(path)).bearer_auth(key);
        if let Some(ip) = forwarded {
            request = request.header("x-forwarded-for", ip);
        }
        request.send().await.unwrap().status()
    }

    fn count_rows(&self, table: &str) -> i64 {
        let conn = rusqlite::Connection::open(&self.db_path).unwrap();
        conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }
}

fn today(report: &Value) -> &Value {
    report["daily"].as_array().unwrap().last().unwrap()
}

fn counts(day: &Value) -> (i64, i64, i64) {
    (
        day["requests"].as_i64().unwrap(),
        day["errors"].as_i64().unwrap(),
        day["failed_auth"].as_i64().unwrap(),
    )
}

#[tokio::test]
async fn requests_errors_and_failed_authentications_are_counted_with_their_reasons() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let (id, key) = env.new_key(&session, "counted", "batch").await;
    let fresh = env.usage(&session, &id, "").await;
    assert_eq!(fresh["last_used_at"], Value::Null);
    assert_eq!(counts(today(&fresh)), (0, 0, 0));

    for _ in 0..3 {
        assert_eq!(env.call_from(BATCH_CHECK, &key, None).await, StatusCode::OK);
    }
    // A batch key on the realtime route: wrong type.
    assert_eq!(
        env.call_from(REALTIME_CHECK, &key, None).await,
        StatusCode::FORBIDDEN
    );
    // An answer the handler never gave (an injected 500) is still this key's error.
    env.sandbox
        .faults()
        .add(
            FaultRule::new(FaultKind::Status { status: 500 })
                .on_path("/api/v3/speech-to-text")
                .times(1),
        )
        .unwrap();
    assert_eq!(
        env.call_from(BATCH_CHECK, &key, None).await,
        StatusCode::INTERNAL_SERVER_ERROR
    );
    let report = env.usage(&session, &id, "").await;
    assert_eq!(counts(today(&report)), (4, 1, 1));
    let last_used = report["last_used_at"].as_str().unwrap().to_owned();
    assert_eq!(report["failed_auth"][0]["reason"], "wrong_type");
    assert_eq!(report["failed_auth"][0]["ip"], "127.0.0.1");
    assert_eq!(
        report["last_used_ips"],
        json!([{ "ip": "127.0.0.1", "last_seen_at": last_used, "requests": 4 }])
    );

    // Revoked: failed, and last use does not move.
    env.sandbox.clock().set_offset_seconds(120);
    assert_eq!(env.delete(&session, &id).await, StatusCode::NO_CONTENT);
    assert_eq!(
        env.call_from(BATCH_CHECK, &key, None).await,
        StatusCode::UNAUTHORIZED
    );
    let report = env.usage(&session, &id, "").await;
    assert_eq!(counts(today(&report)), (4, 1, 2));
    assert_eq!(report["last_used_at"], last_used.as_str());
    assert_eq!(report["failed_auth"][0]["reason"], "revoked");
    assert_eq!(report["failed_auth"][1]["reason"], "wrong_type");
}

#[tokio::test]
async fn an_expired_key_counts_as_failed_authentication_expired() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let (id, key) = env.new_key(&session, "expiring", "realtime").await;
    env.sandbox.clock().set_offset_seconds(367 * DAY);
    assert_eq!(
        env.call_from(REALTIME_CHECK, &key, None).await,
        StatusCode::UNAUTHORIZED
    );
    // Sessions expire with the sandbox clock too.
    let session = env.login(demo::DEV_EMAIL).await;
    let report = env.usage(&session, &id, "?days=1").await;
    assert_eq!(counts(today(&report)), (0, 0, 1));
    assert_eq!(report["failed_auth"][0]["reason"], "expired");
    assert_eq!(report["last_used_at"], Value::Null);
}

#[tokio::test]
async fn a_working_key_that_is_rate_limited_counts_the_429_as_an_error() {
    let env = start_with(|c| c.rate_limit_per_minute = 2).await;
    let session = env.login(demo::ADMIN_EMAIL).await;
    let (id, key) = env.new_key(&session, "busy", "batch").await;
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(env.call_from(BATCH_CHECK, &key, None).await);
    }
    assert_eq!(statuses.last(), Some(&StatusCode::TOO_MANY_REQUESTS));
    let limited = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    // The session has its own budget: wait for the window if the token calls used it up.
    env.sandbox.clock().set_offset_seconds(61);
    let report = env.usage(&session, &id, "?days=1").await;
    let (requests, errors, failed) = counts(today(&report));
    assert_eq!(
        (requests, errors, failed),
        (4, i64::try_from(limited).unwrap(), 0)
    );
}

#[tokio::test]
async fn unknown_keys_and_session_calls_count_nowhere() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let before = env.count_rows("usage_events");
    let unknown = format!("sk_live_{}", "Z".repeat(40));
    assert_eq!(
        env.call_from(BATCH_CHECK, &unknown, None).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        env.call_from(REALTIME_CHECK, &session, None).await,
        StatusCode::UNAUTHORIZED
    );
    env.list(&session, 0, 5).await;
    assert_eq!(env.count_rows("usage_events"), before);
}

#[tokio::test]
async fn the_usage_endpoint_answers_401_404_and_422_and_lets_every_lister_read() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let (id, _) = env.new_key(&session, "reported", "batch").await;
    let anonymous = env
        .client
        .get(env.url(&format!("/api/v3/tokens/{id}/usage")))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    for missing in ["999999", "abc", "-1"] {
        let response = env.usage_raw(&session, &json!(missing), "").await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{missing}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error_code"], "TOKEN_NOT_FOUND");
    }
    for bad in ["0", "91", "-3", "x", "2.5"] {
        let response = env.usage_raw(&session, &id, &format!("?days={bad}")).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"]["details"]["field"], "days");
    }
    for (query, days) in [("", 30), ("?days=1", 1), ("?days=90", 90)] {
        let report = env.usage(&session, &id, query).await;
        let daily = report["daily"].as_array().unwrap();
        assert_eq!(daily.len(), days, "{query}");
        let dates: Vec<&str> = daily.iter().map(|d| d["date"].as_str().unwrap()).collect();
        let mut sorted = dates.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(dates, sorted, "oldest first, one entry per day");
        assert_eq!(report["token_id"], id);
    }
    let today = env.sandbox.clock().now().format("%Y-%m-%d").to_string();
    let report = env.usage(&session, &id, "?days=2").await;
    assert_eq!(report["daily"][1]["date"], today.as_str());
    // The viewer may list tokens, so it may read their usage.
    let viewer = env.login(demo::VIEWER_EMAIL).await;
    env.usage(&viewer, &id, "").await;
}

#[tokio::test]
async fn the_report_lists_five_ips_and_twenty_failures_most_recent_first() {
    let env = start_with(|c| c.trust_forwarded = true).await;
    let session = env.login(demo::DEV_EMAIL).await;
    let (id, key) = env.new_key(&session, "many clients", "batch").await;
    for i in 1..=7 {
        env.sandbox.clock().set_offset_seconds(i * 60);
        let ip = format!("203.0.113.{i}, 10.0.0.1");
        let status = env.call_from(BATCH_CHECK, &key, Some(&ip)).await;
        assert_eq!(status, StatusCode::OK);
    }
    let ips: Vec<String> = env.usage(&session, &id, "").await["last_used_ips"]
        .as_array()
        .unwrap()
        .iter()
        .map(|ip| ip["ip"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        ips,
        [
            "203.0.113.7",
            "203.0.113.6",
            "203.0.113.5",
            "203.0.113.4",
            "203.0.113.3"
        ]
    );
    env.sandbox.clock().set_offset_seconds(600);
    assert_eq!(env.delete(&session, &id).await, StatusCode::NO_CONTENT);
    for i in 0..25 {
        env.sandbox.clock().set_offset_seconds(700 + i);
        let ip = format!("198.51.100.{i}");
        env.call_from(BATCH_CHECK, &key, Some(&ip)).await;
    }
    let report = env.usage(&session, &id, "").await;
    let failed = report["failed_auth"].as_array().unwrap();
    assert_eq!(failed.len(), 20);
    assert_eq!(failed[0]["ip"], "198.51.100.24");
    assert_eq!(failed[19]["ip"], "198.51.100.5");
    assert_eq!(counts(today(&report)).2, 25);
}

#[tokio::test]
async fn x_forwarded_for_is_ignored_without_trust_forwarded() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let (id, key) = env.new_key(&session, "direct", "batch").await;
    env.call_from(BATCH_CHECK, &key, Some("203.0.113.99")).await;
    let report = env.usage(&session, &id, "").await;
    assert_eq!(report["last_used_ips"][0]["ip"], "127.0.0.1");
    assert_eq!(report["last_used_ips"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn usage_survives_a_restart_on_the_same_file() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let (id, key) = env.new_key(&session, "durable", "batch").await;
    env.call_from(BATCH_CHECK, &key, None).await;
    env.call_from(REALTIME_CHECK, &key, None).await;
    let before = env.usage(&session, &id, "").await;
    let Env {
        sandbox,
        db_path,
        dir,
        ..
    } = env;
    sandbox.shutdown().await;
    let sandbox = Sandbox::start(Config::new(&db_path)).await.unwrap();
    let env = Env {
        sandbox,
        client: client(),
        db_path,
        dir,
    };
    assert_eq!(env.usage(&session, &id, "").await, before);
    assert_eq!(counts(today(&before)), (1, 0, 1));
}

#[tokio::test]
async fn raw_events_are_pruned_after_thirty_days_and_aggregates_after_four_hundred() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let (id, key) = env.new_key(&session, "old news", "batch").await;
    env.sandbox.clock().set_offset_seconds(10);
    assert_eq!(env.delete(&session, &id).await, StatusCode::NO_CONTENT);
    env.call_from(BATCH_CHECK, &key, None).await;

    env.sandbox.clock().set_offset_seconds(29 * DAY);
    let session = env.login(demo::DEV_EMAIL).await;
    let report = env.usage(&session, &id, "?days=90").await;
    assert_eq!(report["failed_auth"].as_array().unwrap().len(), 1);

    env.sandbox.clock().set_offset_seconds(31 * DAY);
    let session = env.login(demo::DEV_EMAIL).await;
    let report = env.usage(&session, &id, "?days=90").await;
    assert_eq!(
        report["failed_auth"],
        json!([]),
        "the raw event is gone after 30 days"
    );
    let total: i64 = report["daily"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["failed_auth"].as_i64().unwrap())
        .sum();
    assert_eq!(total, 1, "the daily aggregate stays");

    let day_rows = env.count_rows("usage_daily");
    env.sandbox.clock().set_offset_seconds(401 * DAY);
    let session = env.login(demo::DEV_EMAIL).await;
    env.usage(&session, &id, "?days=1").await;
    assert!(
        env.count_rows("usage_daily") < day_rows,
        "aggregates older than 400 days are pruned"
    );
    let conn = rusqlite::Connection::open(&env.db_path).unwrap();
    let oldest: Option<i64> = conn
        .query_row("SELECT MIN(day) FROM usage_daily", [], |r| r.get(0))
        .unwrap();
    let today = env.sandbox.clock().unix_now().div_euclid(DAY);
    assert!(oldest.is_none_or(|day| day > today - 400), "{oldest:?}");
}

#[tokio::test]
async fn recording_leaves_the_admin_api_alone() {
    let env = start().await;
    let before = env.count_rows("usage_events");
    let response = env.admin(Method::GET, "/__sandbox/clock", None).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(env.count_rows("usage_events"), before);
}
