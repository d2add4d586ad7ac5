//! Helpers of the usage tests (`workspace_usage.rs`, `workspace_usage_hints.rs`): usage
//! reports as Scriptix sends them, a wiremock Scriptix with two used tokens, a workspace
//! signed in to it, and counts of the usage requests it received.

use std::sync::Arc;

use chrono::{Duration, SecondsFormat, Utc};
use scriptix_keys_core::clock::ManualClock;
use scriptix_keys_core::workspace::Workspace;
use scriptix_keys_core::{MemoryStore, Secret, Vault};
use serde_json::json;
use wiremock::matchers::{method, path, path_regex};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::sandboxed::{add_profile, workspace_paths};

pub fn ago(minutes: i64) -> String {
    (Utc::now() - Duration::minutes(minutes)).to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub fn report(last_minutes_ago: Option<i64>, ip: &str) -> serde_json::Value {
    let today = Utc::now().date_naive();
    let daily: Vec<_> = (0..30)
        .rev()
        .map(|d| json!({"date": (today - Duration::days(d)).to_string(), "requests": 4, "errors": 0, "failed_auth": 0}))
        .collect();
    json!({"result": {
        "token_id": 1,
        "last_used_at": last_minutes_ago.map(ago),
        "last_used_ips": last_minutes_ago.map(|m| vec![json!({"ip": ip, "last_seen_at": ago(m), "requests": 40})]).unwrap_or_default(),
        "daily": daily,
        "failed_auth": []
    }})
}

/// A wiremock Scriptix: sign-in, two tokens (1 used 5 minutes ago, 2 used 3 days ago), usage,
/// delete.
pub async fn server_with_usage() -> MockServer {
    let server = MockServer::start().await;
    super::mock_sign_in(&server).await;
    super::serve_tokens(&server, ResponseTemplate::new(200).set_body_json(json!({"count": 2, "total_results": 2, "result": [
            {"id": 1, "name": "Production API", "type": "batch", "created_at": "2026-01-01T00:00:00Z"},
            {"id": 2, "name": "Old staging", "type": "batch", "created_at": "2026-01-01T00:00:00Z"}
        ]}))).await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens/1/usage"))
        .respond_with(ResponseTemplate::new(200).set_body_json(report(Some(5), "203.0.113.7")))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens/2/usage"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(report(Some(3 * 24 * 60), "192.0.2.4")),
        )
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path_regex("^/api/v3/tokens/[0-9]+$"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    server
}

pub async fn signed_in(dir: &std::path::Path, url: &str) -> Workspace {
    let workspace = Workspace::open(
        workspace_paths(dir),
        Vault::new(Arc::new(MemoryStore::new())),
        super::fast_options(),
    )
    .unwrap()
    .with_clock(Arc::new(ManualClock::new(Utc::now())));
    let profile = add_profile(&workspace, url, "Mocked");
    workspace
        .sign_in(
            &profile,
            "dev@demo.scriptix.test",
            Secret::new("pw".into()),
            false,
        )
        .await
        .unwrap();
    workspace.refresh_tokens().await.unwrap();
    workspace
}

pub fn usage_requests(server_requests: &[wiremock::Request]) -> usize {
    server_requests
        .iter()
        .filter(|r| r.url.path().ends_with("/usage"))
        .count()
}

/// The 30-day reports asked for (not the shorter windows that place a first sighting).
pub fn report_requests(server_requests: &[wiremock::Request]) -> usize {
    server_requests
        .iter()
        .filter(|r| r.url.path().ends_with("/usage") && r.url.query() == Some("days=30"))
        .count()
}
