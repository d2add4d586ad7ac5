//! The cached list: shown at start, kept when the server is down, with the offline
//! indicator.

use scriptix_keys_e2e::{App, AppDirs, start_sandbox};
use scriptix_sandbox::demo;

use super::signed_in;

#[tokio::test(flavor = "multi_thread")]
async fn a_profile_whose_server_is_down_shows_the_cached_list_marked_offline() {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    let dirs = AppDirs::new();
    let app = signed_in(&dirs, sandbox.url(), demo::DEV_EMAIL).await;
    app.wait_text("list-status", |t| t.contains("Updated"))
        .await;
    let rows = app
        .driver
        .find_all(thirtyfour::By::Css("[data-testid=\"token-row\"]"))
        .await
        .unwrap();
    assert_eq!(rows.len(), demo::SEEDED_TOKENS.len());
    app.quit().await;

    // The server goes away; the app starts anyway and shows what it had.
    sandbox.shutdown().await;
    let app = App::launch(&dirs).await;
    app.wait_screen("main").await;
    let status = app
        .wait_text("list-status", |t| t.contains("Offline"))
        .await;
    assert!(status.contains("since"), "says since when: {status}");
    let rows = app
        .driver
        .find_all(thirtyfour::By::Css("[data-testid=\"token-row\"]"))
        .await
        .unwrap();
    assert_eq!(
        rows.len(),
        demo::SEEDED_TOKENS.len(),
        "the cached rows stay visible"
    );
    app.screenshot("offline").await;
    app.quit().await;
}
