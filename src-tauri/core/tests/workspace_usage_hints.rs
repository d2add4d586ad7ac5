//! The usage hints through the workspace: an anomaly counted in the badge and notified once,
//! a new IP placed by its first sighting, and the demo seed's stories as the hints they tell.
//! Against wiremock and the demo sandbox of `main` (the rest of usage: `workspace_usage.rs`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{Duration, Utc};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use common::sandboxed::{demo_sandbox, open_workspace, sign_in_to};
use common::usage::{ago, report, report_requests, signed_in, usage_requests};
use scriptix_keys_core::usage::UsageHintKind;

#[tokio::test]
async fn an_anomaly_is_a_hint_counted_in_the_badge_and_notified_once() {
    let dir = tempfile::tempdir().unwrap();
    let server = MockServer::start().await;
    common::mock_sign_in(&server).await;
    common::serve_tokens(
        &server,
        ResponseTemplate::new(200).set_body_json(json!([
            {"id": 7, "name": "Old <b>integration</b>", "created_at": "2026-01-01T00:00:00Z"}
        ])),
    )
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
    common::serve_tokens(
        &server,
        ResponseTemplate::new(200).set_body_json(json!([
            {"id": 3, "name": "Billing", "created_at": "2026-01-01T00:00:00Z"}
        ])),
    )
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
    let workspace = open_workspace(dir.path());
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
