//! Usage through the workspace: "last used" for the list's rows, the usage panel, the
//! "no usage endpoint" memory, and the delete that refuses a key in use unless confirmed.
//! Against wiremock (a server with the usage endpoint) and the demo sandbox of `main`. The
//! hints drawn from the usage: `workspace_usage_hints.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use serde_json::json;
use wiremock::matchers::{method, path, path_regex};
use wiremock::{Mock, MockServer, ResponseTemplate};

use common::sandboxed::{demo_sandbox, open_workspace, sign_in_to};
use common::usage::{report_requests, server_with_usage, signed_in, usage_requests};
use scriptix_keys_core::usage::UsageSource;
use scriptix_sandbox::{FaultKind, FaultRule};

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
        let workspace = open_workspace(dir.path());
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
