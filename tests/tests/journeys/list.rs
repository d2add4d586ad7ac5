//! The token list: the demo workspace, every seeded token with the right badges, sorting,
//! filtering, and what a CUSTOMER sees.

use scriptix_keys_e2e::{App, AppDirs, start_sandbox};
use scriptix_sandbox::demo::{self, SeededToken};
use serde_json::Value;
use thirtyfour::prelude::*;

use super::{assert_no_secrets_on_disk, signed_in, vault_session};

/// One row as the user sees it.
#[derive(Debug)]
struct Row {
    name: String,
    type_text: String,
    status: String,
    status_text: String,
}

async fn rows(app: &App) -> Vec<Row> {
    let script = r#"return [...document.querySelectorAll('[data-testid="token-row"]')].map(r => ({
        name: r.querySelector('[data-testid="token-name"]').textContent.trim(),
        type: r.querySelector('[data-testid="token-type"]').textContent.trim(),
        status: r.dataset.status,
        statusText: r.querySelector('[data-testid="token-status"]').textContent.trim(),
    }))"#;
    let value: Value = app
        .driver
        .execute(script, Vec::new())
        .await
        .expect("read rows")
        .json()
        .clone();
    value
        .as_array()
        .expect("rows array")
        .iter()
        .map(|r| Row {
            name: r["name"].as_str().unwrap_or_default().to_owned(),
            type_text: r["type"].as_str().unwrap_or_default().to_lowercase(),
            status: r["status"].as_str().unwrap_or_default().to_owned(),
            status_text: r["statusText"].as_str().unwrap_or_default().to_owned(),
        })
        .collect()
}

/// Waits for the table to show `count` rows.
async fn wait_rows(app: &App, count: usize) -> Vec<Row> {
    for _ in 0..200 {
        let found = rows(app).await;
        if found.len() == count {
            return found;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!(
        "the table never showed {count} rows (it shows {})",
        rows(app).await.len()
    );
}

fn expected_status(token: &SeededToken) -> &'static str {
    match token.expires_in_days {
        d if d < 0 => "expired",
        d if d <= 7 => "expiring7",
        d if d <= 30 => "expiring30",
        _ => "active",
    }
}

fn assert_every_seeded_token_shown(rows: &[Row]) {
    assert_eq!(rows.len(), demo::SEEDED_TOKENS.len());
    for seeded in &demo::SEEDED_TOKENS {
        let row = rows
            .iter()
            .find(|r| r.name == seeded.name)
            .unwrap_or_else(|| panic!("{} is listed", seeded.name));
        assert!(
            row.type_text.contains(seeded.token_type.as_str()),
            "{}: type badge {:?}",
            seeded.name,
            row.type_text
        );
        assert_eq!(
            row.status,
            expected_status(seeded),
            "{}: status",
            seeded.name
        );
        let label = match row.status.as_str() {
            "expired" => "Expired",
            "expiring7" => "7 days",
            "expiring30" => "30 days",
            _ => "Active",
        };
        assert!(
            row.status_text.contains(label),
            "{}: status text {:?}",
            seeded.name,
            row.status_text
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_workspace_opens_without_an_account_and_lists_every_seeded_token() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    app.wait_text("demo-banner", |t| t.contains("Demo")).await;
    let shown = wait_rows(&app, demo::SEEDED_TOKENS.len()).await;
    assert_every_seeded_token_shown(&shown);
    app.wait_text("token-counts", |t| {
        t.contains("12") && t.contains("2 expired")
    })
    .await;
    app.screenshot("demo-list").await;
    let session = vault_session(&dirs).expect("demo session in the vault");
    app.quit().await;

    // A restart goes straight back into the demo workspace (new port, same data).
    let app = App::launch(&dirs).await;
    app.wait_screen("main").await;
    app.id("demo-banner").await;
    wait_rows(&app, demo::SEEDED_TOKENS.len()).await;
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &[session, demo::PASSWORD.to_owned()]);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_list_sorts_by_any_column_and_filters_as_you_type() {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    let dirs = AppDirs::new();
    let app = signed_in(&dirs, sandbox.url(), demo::ADMIN_EMAIL).await;
    let initial = wait_rows(&app, 12).await;
    assert_every_seeded_token_shown(&initial);

    // Default order: soonest expiry first, expired at the end but still visible.
    let statuses: Vec<&str> = initial.iter().map(|r| r.status.as_str()).collect();
    assert_eq!(
        &statuses[..2],
        ["expiring7", "expiring7"],
        "soonest first: {statuses:?}"
    );
    assert_eq!(
        &statuses[10..],
        ["expired", "expired"],
        "expired last: {statuses:?}"
    );

    app.click("sort-name").await;
    let names: Vec<String> = rows(&app).await.into_iter().map(|r| r.name).collect();
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(names, sorted, "ascending by name");
    app.click("sort-name").await;
    let names: Vec<String> = rows(&app).await.into_iter().map(|r| r.name).collect();
    sorted.reverse();
    assert_eq!(names, sorted, "descending by name");
    let header = app
        .driver
        .find(By::Css("th[aria-sort]:not([aria-sort=\"none\"])"))
        .await
        .expect("sorted header");
    assert_eq!(
        header.attr("aria-sort").await.unwrap().as_deref(),
        Some("descending")
    );

    let realtime = demo::SEEDED_TOKENS
        .iter()
        .filter(|t| t.token_type.as_str() == "realtime")
        .count();
    app.type_into("token-filter", "realtime").await;
    let filtered = wait_rows(&app, realtime).await;
    assert!(filtered.iter().all(|r| r.type_text.contains("realtime")));
    app.wait_text("token-showing", |t| {
        t.contains(&realtime.to_string()) && t.contains("12")
    })
    .await;
    app.type_into("token-filter", "production").await;
    let filtered = wait_rows(&app, 2).await;
    assert!(filtered.iter().all(|r| r.name.starts_with("Production")));
    app.type_into("token-filter", "no such token").await;
    app.wait_text("token-empty", |t| t.contains("no such token"))
        .await;
    app.screenshot("filtered-empty").await;
    app.axe("filtered-empty").await;
    app.quit().await;
    sandbox.shutdown().await;
}

/// The names of the rows the table has rendered (a long list renders only a window of them).
async fn rendered_names(app: &App) -> Vec<String> {
    rows(app).await.into_iter().map(|r| r.name).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_list_longer_than_the_rendered_window_filters_to_the_matching_rows() {
    let server_dir = tempfile::tempdir().unwrap();
    let mut config = scriptix_sandbox::Config::new(server_dir.path().join("sandbox.sqlite3"));
    config.seed = Some(scriptix_sandbox::Seed::Demo);
    config.rate_limit_per_minute = u32::MAX;
    config.token_limit = Some(u32::MAX);
    let sandbox = scriptix_sandbox::Sandbox::start(config).await.unwrap();
    // 400 more tokens, a year to live: the seeded ones expiring soon stay first in the list,
    // and the table renders only a window of the 412 rows.
    let session = super::support::login(sandbox.url(), demo::ADMIN_EMAIL).await;
    let client = reqwest::Client::new();
    for i in 0..400 {
        let status = client
            .post(format!("{}/api/v3/tokens", sandbox.url()))
            .bearer_auth(&session)
            .json(&serde_json::json!({ "name": format!("Bulk {i:03}"), "type": "batch", "expiration_years": 1 }))
            .send()
            .await
            .unwrap()
            .status();
        assert!(status.is_success(), "bulk token {i}: {status}");
    }
    let dirs = AppDirs::new();
    let app = signed_in(&dirs, sandbox.url(), demo::ADMIN_EMAIL).await;
    app.wait_text("token-counts", |t| t.contains("412")).await;
    let before = rendered_names(&app).await;
    assert!(
        before.len() < 412,
        "only a window is rendered: {}",
        before.len()
    );
    assert!(
        !before[0].starts_with("Bulk"),
        "soonest expiry first: {before:?}"
    );

    // Still more rows than the window after filtering, in the same window position: the
    // rows must be the matching ones (they were the old ones before the fix).
    app.type_into("token-filter", "bulk").await;
    app.wait_text("token-showing", |t| t.contains("400") && t.contains("412"))
        .await;
    let mut shown = Vec::new();
    for _ in 0..100 {
        shown = rendered_names(&app).await;
        if !shown.is_empty() && shown.iter().all(|n| n.starts_with("Bulk")) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        !shown.is_empty() && shown.iter().all(|n| n.starts_with("Bulk")),
        "the filtered window shows other rows: {shown:?}"
    );
    app.screenshot("long-list-filtered").await;

    // The rows now show other tokens in the same row elements, and each row's menu (kept
    // with its row element, pointed at its new token) is that token's: its name says so,
    // and its Details open that token.
    let menus: Value = app
        .driver
        .execute(
            r#"return [...document.querySelectorAll('[data-testid="token-row"]')].map(r => [
                r.dataset.tokenId,
                r.querySelector('.token-name').textContent.trim(),
                r.querySelector('[data-testid="row-menu"]').getAttribute('aria-label')])"#,
            Vec::new(),
        )
        .await
        .expect("read the row menus")
        .json()
        .clone();
    let menus = menus.as_array().expect("rows");
    assert!(menus.len() > 5, "{menus:?}");
    for m in menus {
        let (id, name, label) = (
            m[0].as_str().unwrap(),
            m[1].as_str().unwrap(),
            m[2].as_str().unwrap(),
        );
        assert!(
            label.contains(&format!("“{name}”")) && label.contains(&format!("(ID {id})")),
            "row {id} {name}: its menu says {label:?}"
        );
    }
    let pick = &menus[3];
    let (id, name) = (pick[0].as_str().unwrap(), pick[1].as_str().unwrap());
    super::support::click_row_action(&app, id, "row-details").await;
    app.wait_text("details-id", |t| t.trim() == id).await;
    app.wait_text("details-name", |t| t.trim() == name).await;
    app.click("details-close").await;

    // Cleared with Escape: the first rows are the soonest-expiring seeded tokens again.
    app.id("token-filter")
        .await
        .send_keys(Key::Escape)
        .await
        .expect("escape");
    let mut cleared = Vec::new();
    for _ in 0..100 {
        cleared = rendered_names(&app).await;
        if cleared.first() == before.first() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(cleared.first(), before.first(), "{cleared:?}");
    app.quit().await;
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_customer_sees_why_they_cannot_manage_tokens() {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    let dirs = AppDirs::new();
    let app = signed_in(&dirs, sandbox.url(), demo::VIEWER_EMAIL).await;
    wait_rows(&app, 12).await;
    let reason = app.wait_text("manage-reason", |t| !t.is_empty()).await;
    assert!(
        reason.contains("DEVELOPER") || reason.to_lowercase().contains("developer"),
        "names the role: {reason}"
    );
    assert!(
        app.driver
            .find_all(By::Css("[data-testid=\"new-token\"]"))
            .await
            .unwrap()
            .is_empty()
    );
    app.click("account-menu").await;
    app.wait_text("account-roles", |t| t.to_uppercase().contains("CUSTOMER"))
        .await;
    app.screenshot("customer").await;
    app.axe("customer").await;
    app.quit().await;
    sandbox.shutdown().await;
}
