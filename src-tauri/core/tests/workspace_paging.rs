//! A refresh asks for as many pages at once as the list last held (cached or fetched), so a
//! long list does not wait for its first page before the others go out.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::{Arc, Mutex};

use chrono::{Duration, Utc};
use scriptix_keys_core::profiles::ProfileInput;
use scriptix_keys_core::workspace::Workspace;
use scriptix_keys_core::{MemoryStore, Secret, Vault};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use common::sandboxed::workspace_paths;
use common::{Arrivals, TimedPages, asked_with_the_first};

fn jwt() -> String {
    use base64::Engine;
    let exp = (Utc::now() + Duration::days(1)).timestamp();
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(format!(r#"{{"sub":"7","exp":{exp}}}"#));
    format!("eyJhbGciOiJIUzI1NiJ9.{payload}.sig")
}

async fn server(arrivals: &Arrivals) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v3/auth/login"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"access_token": jwt(), "login": true, "mfa_required": false}),
            ),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v3/tokens"))
        .respond_with(TimedPages::new(450, arrivals))
        .mount(&server)
        .await;
    server
}

fn open(dir: &std::path::Path, vault: &Vault) -> Workspace {
    Workspace::open(workspace_paths(dir), vault.clone(), common::fast_options()).unwrap()
}

#[tokio::test]
async fn a_refresh_asks_for_the_pages_the_list_last_held_together_with_the_first() {
    let arrivals: Arrivals = Arc::new(Mutex::new(Vec::new()));
    let server = server(&arrivals).await;
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::new(Arc::new(MemoryStore::new()));
    let workspace = open(dir.path(), &vault);
    let profile = workspace
        .save_profile(ProfileInput {
            id: None,
            name: "Mocked".into(),
            base_url: server.uri(),
            username: String::new(),
        })
        .unwrap()
        .active_profile_id
        .unwrap();
    workspace
        .sign_in(
            &profile,
            "dev@example.test",
            Secret::new("pw".into()),
            false,
        )
        .await
        .unwrap();

    // Nothing known yet: the first page alone tells the total.
    let first = workspace.refresh_tokens().await.unwrap();
    assert_eq!(first.tokens.len(), 450);
    assert_eq!(asked_with_the_first(&arrivals), 0);

    // The list held 450 tokens: its 5 pages go out together.
    arrivals.lock().unwrap().clear();
    assert_eq!(workspace.refresh_tokens().await.unwrap().tokens.len(), 450);
    assert_eq!(asked_with_the_first(&arrivals), 4);
    assert_eq!(arrivals.lock().unwrap().len(), 5);
    drop(workspace);

    // The next run knows the size from the cached list it showed first.
    arrivals.lock().unwrap().clear();
    let again = open(dir.path(), &vault);
    again
        .sign_in(
            &profile,
            "dev@example.test",
            Secret::new("pw".into()),
            false,
        )
        .await
        .unwrap();
    assert_eq!(again.cached_tokens().unwrap().unwrap().tokens.len(), 450);
    assert_eq!(again.refresh_tokens().await.unwrap().tokens.len(), 450);
    assert_eq!(asked_with_the_first(&arrivals), 4);
}
