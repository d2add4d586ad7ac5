//! The expiry centre's bulk rotation in the real window (moved from `rotation.rs`): the three
//! tokens expiring within two weeks rotated at once, each new key in the vault before it is
//! shown.

use std::time::Duration;

use scriptix_keys_e2e::AppDirs;
use scriptix_sandbox::demo;
use thirtyfour::prelude::*;

use super::revealed_key;
use crate::profile_id;
use crate::support::{
    Signed, delete_on_server, row_id, server_ids, signed_in_to_sandbox, wait_row_count,
};

#[tokio::test(flavor = "multi_thread")]
async fn the_expiry_centre_rotates_the_three_tokens_expiring_within_two_weeks() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::ADMIN_EMAIL, AppDirs::new()).await;
    let profile = profile_id(&dirs);
    // Someone already removed the two expired tokens; three expire within 14 days.
    for name in ["Legacy batch importer", "Old realtime demo"] {
        let id = row_id(&app, name).await;
        delete_on_server(sandbox.url(), &id).await;
    }
    app.click("refresh-button").await;
    wait_row_count(&app, 10).await;
    let expiring = [
        "Staging realtime captions",
        "Nightly batch export",
        "Podcast pipeline",
    ];
    let mut old_ids = Vec::new();
    for name in expiring {
        old_ids.push(row_id(&app, name).await);
    }

    app.click("expiry-open").await;
    app.id("expiry-centre").await;
    app.screenshot("expiry-centre").await;
    app.axe("expiry-centre").await;
    app.type_into("expiry-rotate-days", "14").await;
    app.click("expiry-rotate-all").await;
    app.id("rotation-wizard").await;
    let planned = app
        .driver
        .find_all(By::Css("[data-testid=\"rotation-plan-token\"]"))
        .await
        .unwrap();
    let mut planned_ids = Vec::new();
    for item in planned {
        planned_ids.push(
            item.attr("data-token-id")
                .await
                .unwrap()
                .unwrap_or_default(),
        );
    }
    planned_ids.sort();
    let mut expected = old_ids.clone();
    expected.sort();
    assert_eq!(planned_ids, expected, "exactly the three expiring tokens");
    app.click("rotation-submit").await;

    let mut new_ids = Vec::new();
    for step in 1..=3 {
        app.wait_text("rotation-step", |t| {
            t.to_lowercase().contains(&format!("key {step} of 3"))
        })
        .await;
        let name = app.id("rotation-new-name").await.text().await.unwrap();
        let token_type = if name.contains("realtime") {
            "realtime"
        } else {
            "batch"
        };
        let (new_id, _key) = revealed_key(&app, &profile, sandbox.url(), token_type).await;
        assert!(!new_ids.contains(&new_id), "one replacement per token");
        new_ids.push(new_id);
        app.click("rotation-continue").await;
    }
    let items = app
        .driver
        .find_all(By::Css("[data-testid=\"rotation-summary-item\"]"))
        .await
        .unwrap();
    assert_eq!(items.len(), 3);
    for item in items {
        assert_eq!(
            item.attr("data-state").await.unwrap().as_deref(),
            Some("retiring")
        );
    }
    app.screenshot("rotation-bulk-summary").await;
    app.click("rotation-done").await;

    let ids = server_ids(sandbox.url()).await;
    for id in old_ids.iter().chain(&new_ids) {
        assert!(ids.contains(id), "{id} exists during the grace period");
    }
    assert_eq!(
        ids.len(),
        13,
        "ten tokens and three replacements, nothing else"
    );
    // Tokens being replaced no longer count as needing attention: one expiring token is left,
    // plus each usage hint the attention centre lists, among them the nightly export, retiring
    // now but used 3 hours ago (issue 12).
    let started = std::time::Instant::now();
    loop {
        let seen = app
            .driver
            .execute(
                r#"const badge = Number(document.querySelector('[data-testid="expiry-badge"]').textContent);
                   const hints = document.querySelectorAll('[data-testid="attention-hint"]:not([data-kind="unused"])').length;
                   const retiring = document.querySelectorAll('[data-testid="attention-hint"][data-kind="retiringInUse"]').length;
                   return [badge, hints, retiring];"#,
                vec![],
            )
            .await
            .unwrap()
            .json()
            .clone();
        if seen[1].as_u64().unwrap_or(0) > 0
            && seen[0] == seen[1].as_u64().unwrap() + 1
            && seen[2] == 1
        {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "badge, hints, retiring in use: {seen}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for id in &old_ids {
        app.wait_for(&format!(
            "[data-testid=\"token-row\"][data-token-id=\"{id}\"] [data-testid=\"token-retiring\"]"
        ))
        .await;
    }
    app.quit().await;
}
