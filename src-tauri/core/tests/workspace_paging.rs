//! A refresh asks for as many pages at once as the list last held (cached or fetched), so a
//! long list does not wait for its first page before the others go out.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::{Arc, Mutex};

use scriptix_keys_core::workspace::Workspace;
use scriptix_keys_core::{MemoryStore, Vault};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer};

use common::sandboxed::{sign_in_to, workspace_paths};
use common::{Arrivals, TimedPages, asked_with_the_first};

/// Anyone signs in; the account holds 450 tokens in pages that answer after 300 ms.
async fn server(arrivals: &Arrivals) -> MockServer {
    let server = MockServer::start().await;
    common::mock_sign_in(&server).await;
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
    sign_in_to(&workspace, &server.uri(), "Mocked").await;

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

    // The next run (its session restored from the vault) knows the size from the cached list
    // it showed first.
    arrivals.lock().unwrap().clear();
    let again = open(dir.path(), &vault);
    assert_eq!(again.cached_tokens().unwrap().unwrap().tokens.len(), 450);
    assert_eq!(again.refresh_tokens().await.unwrap().tokens.len(), 450);
    assert_eq!(asked_with_the_first(&arrivals), 4);
}
