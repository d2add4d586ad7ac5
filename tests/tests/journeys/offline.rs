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

#[tokio::test(flavor = "multi_thread")]
async fn a_rate_limited_refresh_shows_the_wait_then_the_list() {
    use scriptix_sandbox::{FaultKind, FaultRule};
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    let dirs = AppDirs::new();
    let app = signed_in(&dirs, sandbox.url(), demo::DEV_EMAIL).await;
    app.wait_text("list-status", |t| t.contains("Updated"))
        .await;
    // The usage the list and the reminder check ask for (under /api/v3/tokens/…/usage) is in
    // first, so the two 429s below go to the list refresh.
    let started = std::time::Instant::now();
    loop {
        let settled = app
            .driver
            .execute(
                r#"const cells = [...document.querySelectorAll('[data-testid="token-last-used"]')];
                   const badge = document.querySelector('[data-testid="expiry-badge"]');
                   return cells.length > 0 && cells.every((c) => c.dataset.source) && badge && !badge.hidden;"#,
                vec![],
            )
            .await
            .map(|r| r.json().as_bool() == Some(true))
            .unwrap_or(false);
        if settled {
            break;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(30),
            "usage never arrived"
        );
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    }
    // Anything the check started is answered by now.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    // The next two list requests get 429 with Retry-After: 1.
    let rule = FaultRule::new(FaultKind::Status { status: 429 })
        .on_path("/api/v3/tokens")
        .on_method("GET")
        .times(2);
    sandbox.faults().add(rule).unwrap();
    app.click("refresh-button").await;
    let notice = app
        .wait_text("api-waiting", |t| t.contains("rate-limiting"))
        .await;
    assert!(
        notice.contains("retrying in"),
        "says it will retry: {notice}"
    );
    app.screenshot("rate-limited").await;
    app.wait_text("list-status", |t| t.contains("Updated"))
        .await;
    assert!(
        sandbox.faults().list().is_empty(),
        "both 429s were served, then the retry succeeded"
    );
    app.quit().await;
    sandbox.shutdown().await;
}
