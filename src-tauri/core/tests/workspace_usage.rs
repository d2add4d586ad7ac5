//! Usage through the workspace: "last used" for the list's rows, the usage panel, the
//! "no usage endpoint" memory, and the delete that refuses a key in use unless confirmed.
//! Against wiremock (a server with the usage endpoint) and the demo sandbox of `main`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::Arc;

use chrono::{Duration, SecondsFormat, Utc};
use scriptix_keys_core::clock::ManualClock;
use scriptix_keys_core::profiles::ProfileInput;
use scriptix_keys_core::workspace::Workspace;
use scriptix_keys_core::{ClientOptions, MemoryStore, Secret, Vault};
use serde_json::json;
use wiremock::matchers::{method, path, path_regex};
use wiremock::{Mock, MockServer, ResponseTemplate};

use common::sandboxed::{demo_sandbox, sign_in_to, workspace_paths};
use scriptix_keys_core::usage::{UsageHintKind, UsageSource};
use scriptix_sandbox::{FaultKind, FaultRule};

fn ago(minutes: i64) -> String {
    (Utc::now() - Duration::minutes(minutes)).to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn report(last_minutes_ago: Option<i64>, ip: &str) -> serde_json::Value {
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
async fn server_with_usage() -> MockServer {
    let server = MockServer::start().await;
    common::mock_sign_in(&server).await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"count": 2, "total_results": 2, "result": [
            {"id": 1, "name": "Production API", "type": "batch", "created_at": "2026-01-01T00:00:00Z"},
            {"id": 2, "name": "Old staging", "type": "batch", "created_at": "2026-01-01T00:00:00Z"}
        ]})))
        .mount(&server)
        .await;
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

async fn signed_in(dir: &std::path::Path, url: &str) -> Workspace {
    let workspace = Workspace::open(
        workspace_paths(dir),
        Vault::new(Arc::new(MemoryStore::new())),
        common::fast_options(),
    )
    .unwrap()
    .with_clock(Arc::new(ManualClock::new(Utc::now())));
    let profile = workspace
        .save_profile(ProfileInput {
            id: None,
            name: "Mocked".into(),
            base_url: url.to_owned(),
            username: String::new(),
        })
        .unwrap()
        .active_profile_id
        .unwrap();
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

fn usage_requests(server_requests: &[wiremock::Request]) -> usize {
    server_requests
        .iter()
        .filter(|r| r.url.path().ends_with("/usage"))
        .count()
}

/// The 30-day reports asked for (not the shorter windows that place a first sighting).
fn report_requests(server_requests: &[wiremock::Request]) -> usize {
    server_requests
        .iter()
        .filter(|r| r.url.path().ends_with("/usage") && r.url.query() == Some("days=30"))
        .count()
}

#[tokio::test]
async fn last_used_comes_from_the_server_and_is_cached_for_ten_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with_usage().await;
    let workspace = signed_in(dir.path(), &server.uri()).await;
    let brief = workspace
        .usage_last_used(vec!["1".into(), "2".into(), "1".into()])
        .await
        .unwrap();
    assert!(brief.available);
    assert_eq!(brief.items.len(), 2, "each id once");
    assert_eq!(brief.items[0].last_ip.as_deref(), Some("203.0.113.7"));
    assert!(brief.items[0].last_used_at.is_some());
    let asked = report_requests(&server.received_requests().await.unwrap());
    assert_eq!(asked, 2);
    workspace
        .usage_last_used(vec!["1".into(), "2".into()])
        .await
        .unwrap();
    assert_eq!(
        report_requests(&server.received_requests().await.unwrap()),
        2,
        "answered from the cache"
    );
    let usage = workspace.usage_token("2").await.unwrap();
    assert_eq!(usage.daily.len(), 30);
    assert_eq!(usage.last_used_ips[0].ip, "192.0.2.4");
}

#[tokio::test]
async fn a_key_used_within_the_recent_hours_is_not_deleted_unless_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with_usage().await;
    let workspace = signed_in(dir.path(), &server.uri()).await;
    let preflight = workspace
        .delete_preflight(vec!["1".into(), "2".into()])
        .await
        .unwrap();
    assert_eq!(preflight.recent_hours, 24);
    let recent: Vec<(&str, bool)> = preflight
        .tokens
        .iter()
        .map(|t| (t.id.as_str(), t.recent))
        .collect();
    assert_eq!(recent, vec![("1", true), ("2", false)]);
    assert_eq!(preflight.tokens[0].last_ip.as_deref(), Some("203.0.113.7"));

    let report = workspace
        .delete_tokens_checked(vec!["1".into(), "2".into()], false)
        .await
        .unwrap();
    let outcome: Vec<(&str, bool, bool)> = report
        .results
        .iter()
        .map(|r| (r.id.as_str(), r.ok, r.recent_use))
        .collect();
    assert_eq!(outcome, vec![("1", false, true), ("2", true, false)]);
    assert!(
        report.results[0]
            .message
            .as_deref()
            .unwrap()
            .contains("203.0.113.7")
    );
    let deletes = |requests: &[wiremock::Request]| {
        requests
            .iter()
            .filter(|r| r.method == wiremock::http::Method::DELETE)
            .map(|r| r.url.path().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        deletes(&server.received_requests().await.unwrap()),
        vec!["/api/v3/tokens/2"],
        "the key in use was never sent a delete"
    );

    let report = workspace
        .delete_tokens_checked(vec!["1".into()], true)
        .await
        .unwrap();
    assert!(report.results[0].ok);
    assert!(
        deletes(&server.received_requests().await.unwrap())
            .contains(&"/api/v3/tokens/1".to_owned())
    );
}

#[tokio::test]
async fn a_server_without_usage_is_said_calmly_and_the_device_s_own_knowledge_is_used() {
    for status in [404, 405, 501] {
        let dir = tempfile::tempdir().unwrap();
        let sandbox = demo_sandbox(dir.path()).await;
        let workspace = Workspace::open(
            workspace_paths(dir.path()),
            Vault::new(Arc::new(MemoryStore::new())),
            ClientOptions::default(),
        )
        .unwrap();
        sign_in_to(&workspace, sandbox.url(), "Sandbox").await;
        let list = workspace.refresh_tokens().await.unwrap();
        let ids: Vec<String> = list
            .tokens
            .iter()
            .map(|t| t.id.as_str().to_owned())
            .collect();
        for id in &ids {
            sandbox
                .faults()
                .add(
                    FaultRule::new(FaultKind::Status { status })
                        .on_path(format!("/api/v3/tokens/{id}/usage")),
                )
                .unwrap();
        }
        let brief = workspace.usage_last_used(ids.clone()).await.unwrap();
        assert!(!brief.available, "{status}");
        assert!(brief.items.iter().all(|i| i.source == UsageSource::Local));
        let usage = workspace.usage_token(&ids[0]).await.unwrap();
        assert!(
            !usage.available,
            "{status}: no error, the panel says it calmly"
        );
        assert!(usage.daily.is_empty());
        let preflight = workspace
            .delete_preflight(vec![ids[0].clone()])
            .await
            .unwrap();
        assert!(!preflight.available);
        assert!(!preflight.tokens[0].recent);
        assert!(!workspace.usage_hints().unwrap().available);
        sandbox.shutdown().await;
    }
}

#[tokio::test]
async fn a_server_without_usage_is_asked_once_and_then_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let server = MockServer::start().await;
    common::mock_sign_in(&server).await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 1}, {"id": 2}])))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path_regex("/usage$"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"detail": "Not Found"})))
        .mount(&server)
        .await;
    let workspace = signed_in(dir.path(), &server.uri()).await;
    for _ in 0..3 {
        let brief = workspace
            .usage_last_used(vec!["1".into(), "2".into()])
            .await
            .unwrap();
        assert!(!brief.available);
    }
    let asked = usage_requests(&server.received_requests().await.unwrap());
    assert!(asked <= 2, "one batch, then remembered ({asked} requests)");
    workspace.usage_token("1").await.unwrap();
    assert_eq!(
        usage_requests(&server.received_requests().await.unwrap()),
        asked
    );
}

#[tokio::test]
async fn other_usage_errors_are_the_usual_kinds_in_the_panel_but_never_fail_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let server = MockServer::start().await;
    common::mock_sign_in(&server).await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 1}])))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path_regex("/usage$"))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({"detail": "Not allowed"})))
        .mount(&server)
        .await;
    let workspace = signed_in(dir.path(), &server.uri()).await;
    let brief = workspace.usage_last_used(vec!["1".into()]).await.unwrap();
    assert!(brief.available, "a 403 is not 'no endpoint'");
    assert_eq!(brief.items[0].source, UsageSource::Local);
    let err = workspace.usage_token("1").await.unwrap_err();
    assert_eq!(err.kind(), scriptix_keys_core::ErrorKind::Forbidden);
}

#[tokio::test]
async fn an_anomaly_is_a_hint_counted_in_the_badge_and_notified_once() {
    let dir = tempfile::tempdir().unwrap();
    let server = MockServer::start().await;
    common::mock_sign_in(&server).await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([
            {"id": 7, "name": "Old <b>integration</b>", "created_at": "2026-01-01T00:00:00Z"}
        ])))
        .mount(&server)
        .await;
    let mut body = report(Some(60), "192.0.2.8");
    body["result"]["failed_auth"] = json!([
        {"at": ago(30), "ip": "198.51.100.23", "reason": "expired"},
        {"at": ago(90), "ip": "198.51.100.23", "reason": "expired"}
    ]);
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens/7/usage"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let workspace = signed_in(dir.path(), &server.uri()).await;
    assert!(
        workspace.usage_hints().unwrap().hints.is_empty(),
        "nothing fetched yet"
    );
    workspace.usage_refresh_all().await.unwrap();
    let hints = workspace.usage_hints().unwrap().hints;
    assert_eq!(hints.len(), 1);
    assert_eq!(hints[0].id, "failedAuth:7:expired");
    assert_eq!(hints[0].args.count, Some(2));
    assert_eq!(workspace.usage_badge().unwrap(), 1);
    let mut shown = Vec::new();
    let count = workspace
        .usage_notify(|hint| {
            shown.push(scriptix_keys_core::usage::hint_notice(
                hint,
                scriptix_keys_core::i18n::Catalogue::english(),
            ));
            true
        })
        .unwrap();
    assert_eq!(count, 1);
    assert!(shown[0].1.contains("198.51.100.23"));
    if cfg!(target_os = "linux") {
        assert!(
            shown[0].1.contains("&lt;b&gt;"),
            "a server-sent name is escaped: {}",
            shown[0].1
        );
    }
    assert_eq!(
        workspace.usage_notify(|_| true).unwrap(),
        0,
        "once per hint id"
    );
    // A notification the desktop refused is offered again.
    let dir2 = tempfile::tempdir().unwrap();
    let other = signed_in(dir2.path(), &server.uri()).await;
    other.usage_refresh_all().await.unwrap();
    assert_eq!(other.usage_notify(|_| false).unwrap(), 0);
    assert_eq!(other.usage_notify(|_| true).unwrap(), 1);
}

/// A usage endpoint whose per-IP counts follow the `days` window: 192.0.2.1 every day for
/// 30 days, 203.0.113.9 only yesterday (50 requests).
struct Windows;

impl wiremock::Respond for Windows {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        let days: i64 = common::query(request, "days").unwrap_or(30);
        let today = Utc::now().date_naive();
        let daily: Vec<_> = (0..days)
            .rev()
            .map(|d| {
                let requests = if d == 1 { 55 } else { 5 };
                json!({"date": (today - Duration::days(d)).to_string(), "requests": requests, "errors": 0, "failed_auth": 0})
            })
            .collect();
        let mut ips =
            vec![json!({"ip": "192.0.2.1", "last_seen_at": ago(10), "requests": 5 * days})];
        if days >= 2 {
            ips.insert(
                0,
                json!({"ip": "203.0.113.9", "last_seen_at": ago(60 * 20), "requests": 50}),
            );
        }
        ResponseTemplate::new(200).set_body_json(json!({"result": {
            "token_id": 3, "last_used_at": ago(10), "last_used_ips": ips, "daily": daily, "failed_auth": []
        }}))
    }
}

#[tokio::test]
async fn an_ip_first_seen_yesterday_is_a_new_ip_hint_even_on_the_first_look() {
    let dir = tempfile::tempdir().unwrap();
    let server = MockServer::start().await;
    common::mock_sign_in(&server).await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([
            {"id": 3, "name": "Billing", "created_at": "2026-01-01T00:00:00Z"}
        ])))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens/3/usage"))
        .respond_with(Windows)
        .mount(&server)
        .await;
    let workspace = signed_in(dir.path(), &server.uri()).await;
    workspace.usage_refresh_all().await.unwrap();
    let hints = workspace.usage_hints().unwrap().hints;
    let yesterday = Utc::now().date_naive() - Duration::days(1);
    let ids: Vec<&str> = hints.iter().map(|h| h.id.as_str()).collect();
    assert!(
        ids.contains(&format!("newIp:3:203.0.113.9:{yesterday}").as_str()),
        "{ids:?}"
    );
    assert!(
        ids.contains(&format!("spike:3:{yesterday}").as_str()),
        "{ids:?}"
    );
    assert!(
        !ids.iter().any(|id| id.contains("192.0.2.1")),
        "the steady IP is known"
    );
    let first_look = usage_requests(&server.received_requests().await.unwrap());
    assert!(
        first_look <= 6,
        "one report, two windows, at most three to place the day ({first_look})"
    );
    // Known now: opening the panel costs one report request each time (no more windows to
    // place a sighting), and the hint keeps its id.
    let windows = |r: &[wiremock::Request]| usage_requests(r) - report_requests(r);
    let probes = windows(&server.received_requests().await.unwrap());
    workspace.usage_token("3").await.unwrap();
    let usage = workspace.usage_token("3").await.unwrap();
    assert!(
        usage
            .hints
            .iter()
            .any(|h| h.id == format!("newIp:3:203.0.113.9:{yesterday}"))
    );
    let requests = server.received_requests().await.unwrap();
    assert_eq!(usage_requests(&requests), first_look + 2);
    assert_eq!(windows(&requests), probes, "no new sightings to place");
}

#[tokio::test]
async fn the_demo_seed_s_stories_become_the_expected_hints() {
    use scriptix_sandbox::demo::stories;
    let dir = tempfile::tempdir().unwrap();
    let sandbox = demo_sandbox(dir.path()).await;
    let workspace = Workspace::open(
        workspace_paths(dir.path()),
        Vault::new(Arc::new(MemoryStore::new())),
        ClientOptions::default(),
    )
    .unwrap();
    sign_in_to(&workspace, sandbox.url(), "Sandbox").await;
    let list = workspace.refresh_tokens().await.unwrap();
    let id_of = |name: &str| {
        list.tokens
            .iter()
            .find(|t| t.name == name)
            .map(|t| t.id.as_str().to_owned())
            .unwrap_or_else(|| panic!("{name} is seeded"))
    };
    workspace.usage_refresh_all().await.unwrap();
    let hints = workspace.usage_hints().unwrap();
    assert!(hints.available);
    let has = |kind: UsageHintKind, token: &str| {
        hints
            .hints
            .iter()
            .any(|h| h.kind == kind && h.token_id == token)
    };
    let spike = id_of(stories::SPIKE);
    assert!(has(UsageHintKind::Spike, &spike), "{:#?}", hints.hints);
    let new_ip = hints
        .hints
        .iter()
        .find(|h| h.kind == UsageHintKind::NewIp && h.token_id == spike)
        .expect("the never-seen IP of the spike");
    assert_eq!(new_ip.args.ip.as_deref(), Some(stories::SPIKE_NEW_IP));
    assert!(has(
        UsageHintKind::FailedAuth,
        &id_of(stories::EXPIRED_STILL_TRIED)
    ));
    assert!(has(UsageHintKind::Unused, &id_of(stories::UNUSED)));
    let steady = id_of(stories::STEADY);
    assert!(
        !hints.hints.iter().any(|h| h.token_id == steady),
        "a steady key on its two usual IPs is not news: {:#?}",
        hints.hints
    );
    // The list's column: the steady key was used from one of its two IPs.
    let brief = workspace
        .usage_last_used(vec![steady.clone()])
        .await
        .unwrap();
    assert!(stories::STEADY_IPS.contains(&brief.items[0].last_ip.as_deref().unwrap()));
    sandbox.shutdown().await;
}
