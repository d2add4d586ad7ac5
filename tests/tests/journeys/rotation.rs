//! Rotation journeys in the real window: a scheduled rotation with a 7-day grace period
//! (the app's clock moved through its test clock, not by sleeping) ending in the old
//! token's deletion, an emergency rotation, a bulk rotation of three expiring tokens from
//! the expiry centre, a cancelled rotation, and a vault that refuses the new key.

mod bulk;

use std::time::Duration;

use scriptix_keys_e2e::{App, AppDirs, key_check_status, secret_tool_lookup};
use scriptix_sandbox::demo;
use thirtyfour::prelude::*;

use super::support::{
    Signed, choose_rotate_now, click_css, click_in, dirs_with_clipboard_delay,
    dismiss_unlock_prompt, lock_the_keyring, open_row_menu, row_id, server_ids, shown_key,
    signed_in_to_sandbox, signed_in_with_clock, unlock_the_keyring, wait_clipboard, wait_css_text,
    wait_until,
};
use super::{assert_no_secrets_on_disk, profile_id};

/// Reads the key the rotation reveals, and checks the vault already holds it.
pub(crate) async fn revealed_key(
    app: &App,
    profile: &str,
    base_url: &str,
    token_type: &str,
) -> (String, String) {
    let key = shown_key(app, "rotation-reveal-key").await;
    app.id("rotation-vault-note").await;
    let new_name = app
        .id("rotation-new-name")
        .await
        .text()
        .await
        .expect("name");
    let new_id = row_id(app, new_name.trim()).await;
    assert_eq!(
        secret_tool_lookup(&format!("key:{profile}:{new_id}")).as_deref(),
        Some(key.as_str()),
        "the vault holds the new key while it is shown"
    );
    assert_eq!(key_check_status(base_url, &key, token_type).await, 200);
    (new_id, key)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_scheduled_rotation_keeps_the_old_token_through_its_grace_period_then_deletes_it() {
    let (
        Signed {
            sandbox,
            dirs,
            app,
            server_dir: _server_dir,
        },
        clock,
    ) = signed_in_with_clock(demo::ADMIN_EMAIL).await;
    let profile = profile_id(&dirs);
    let old_name = "Production transcription";
    let old_id = row_id(&app, old_name).await;

    let row = open_row_menu(&app, &old_id).await;
    click_in(&row, "row-rotate").await;
    app.id("rotation-wizard").await;
    let name = app
        .id("rotation-name")
        .await
        .value()
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(
        name.starts_with(&format!("{old_name} (rotated ")),
        "default name {name:?}"
    );
    assert!(
        app.id("rotation-grace-sevenDays")
            .await
            .is_selected()
            .await
            .unwrap(),
        "7 days is the default grace period"
    );
    app.screenshot("rotation-plan").await;
    app.axe("rotation-plan").await;
    app.click("rotation-submit").await;

    let (new_id, _key) = revealed_key(&app, &profile, sandbox.url(), "batch").await;
    app.screenshot("rotation-reveal").await;
    app.axe("rotation-reveal").await;
    app.click("rotation-verify").await;
    app.wait_text("check-result-title", |t| t == "This key works")
        .await;
    app.click("rotation-continue").await;
    let summary = app
        .wait_text("rotation-summary-text", |t| {
            t.contains("keeps working until")
        })
        .await;
    assert!(summary.contains("after you confirm"), "{summary}");
    app.click("rotation-done").await;
    app.wait_gone("[data-testid=\"rotation-wizard\"][open]")
        .await;

    // The old token is marked, and it still exists on Scriptix.
    let old_row = format!("[data-testid=\"token-row\"][data-token-id=\"{old_id}\"]");
    // Read by CSS each time: the rows are re-rendered when the rotation badges arrive.
    wait_css_text(
        &app,
        &format!("{old_row} [data-testid=\"token-retiring\"]"),
        |t| t.starts_with("Retiring on "),
    )
    .await;
    assert!(server_ids(sandbox.url()).await.contains(&old_id));

    // Six days later nothing is due yet.
    clock.set_days(6.0);
    app.click("refresh-button").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(
        app.driver
            .find_all(By::Css("[data-testid=\"rotation-complete-dialog\"][open]"))
            .await
            .unwrap()
            .is_empty(),
        "no deletion prompt before the grace period ends"
    );
    assert!(server_ids(sandbox.url()).await.contains(&old_id));

    // A week and an hour later the app asks, and deletes the old token on confirmation.
    clock.set_days(7.05);
    app.click("refresh-button").await;
    let text = app
        .wait_text("rotation-complete-text", |t| t.contains(old_name))
        .await;
    assert!(text.contains("grace period"), "{text}");
    app.screenshot("rotation-due").await;
    app.click("rotation-complete-confirm").await;
    let base = sandbox.url().to_owned();
    wait_until("the old token is deleted", async || {
        !server_ids(&base).await.contains(&old_id)
    })
    .await;
    app.wait_gone(&old_row).await;
    assert!(
        server_ids(sandbox.url()).await.contains(&new_id),
        "the replacement stays"
    );
    assert!(secret_tool_lookup(&format!("key:{profile}:{new_id}")).is_some());
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_rotation_chosen_to_auto_delete_removes_the_old_token_when_its_grace_ends() {
    let (
        Signed {
            sandbox,
            dirs,
            app,
            server_dir: _server_dir,
        },
        clock,
    ) = signed_in_with_clock(demo::ADMIN_EMAIL).await;
    let profile = profile_id(&dirs);
    let old_name = "Customer support QA";
    let old_id = row_id(&app, old_name).await;
    let row = open_row_menu(&app, &old_id).await;
    click_in(&row, "row-rotate").await;
    app.click("rotation-grace-oneDay").await;
    app.click("rotation-auto-delete").await;
    app.click("rotation-submit").await;
    let (new_id, _key) = revealed_key(&app, &profile, sandbox.url(), "batch").await;
    app.click("rotation-continue").await;
    app.wait_text("rotation-summary-text", |t| t.contains("automatically"))
        .await;
    app.click("rotation-done").await;

    clock.set_days(1.05);
    app.click("refresh-button").await;
    let banner = app
        .wait_text("auto-deleted-banner-text", |t| t.contains(old_name))
        .await;
    assert!(banner.contains("grace period"), "{banner}");
    let ids = server_ids(sandbox.url()).await;
    assert!(!ids.contains(&old_id) && ids.contains(&new_id));
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_emergency_rotation_deletes_the_old_token_once_the_new_key_is_stored() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::ADMIN_EMAIL, AppDirs::new()).await;
    let profile = profile_id(&dirs);
    let old_name = "Production realtime captions";
    let old_id = row_id(&app, old_name).await;

    let row = open_row_menu(&app, &old_id).await;
    click_in(&row, "row-rotate").await;
    choose_rotate_now(&app).await;
    app.screenshot("rotation-emergency-plan").await;
    app.click("rotation-submit").await;

    // By the time the key is shown it is in the vault and the leaked key is revoked.
    let (new_id, _key) = revealed_key(&app, &profile, sandbox.url(), "realtime").await;
    let base = sandbox.url().to_owned();
    wait_until("the old token is deleted", async || {
        !server_ids(&base).await.contains(&old_id)
    })
    .await;
    app.click("rotation-continue").await;
    app.wait_text("rotation-summary-text", |t| t.contains("deleted"))
        .await;
    app.click("rotation-done").await;
    app.wait_gone(&format!(
        "[data-testid=\"token-row\"][data-token-id=\"{old_id}\"]"
    ))
    .await;
    assert!(server_ids(sandbox.url()).await.contains(&new_id));
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_vault_refusal_keeps_the_old_token_until_the_user_confirms_saving_the_key() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::ADMIN_EMAIL, dirs_with_clipboard_delay(30)).await;
    let old_name = "Meeting notes bot";
    let old_id = row_id(&app, old_name).await;
    let row = open_row_menu(&app, &old_id).await;
    click_in(&row, "row-rotate").await;
    choose_rotate_now(&app).await;
    lock_the_keyring();
    app.click("rotation-submit").await;
    // The keyring asks to be unlocked; the user dismisses the prompt.
    dismiss_unlock_prompt().await;
    let warning = app
        .wait_text("rotation-vault-warning", |t| !t.is_empty())
        .await;
    assert!(
        warning.to_lowercase().contains("vault"),
        "says why: {warning}"
    );
    let key = shown_key(&app, "rotation-reveal-key").await;
    app.screenshot("rotation-vault-refused").await;
    // Even an emergency rotation keeps the old token while the key exists only on screen.
    assert!(server_ids(sandbox.url()).await.contains(&old_id));
    assert!(
        !app.id("rotation-continue")
            .await
            .is_enabled()
            .await
            .unwrap(),
        "no way on before the user confirms"
    );
    app.click("rotation-reveal-copy").await;
    wait_clipboard(&key).await;
    app.click("rotation-ack-check").await;
    app.click("rotation-ack").await;
    app.id("rotation-ack-done").await;
    let base = sandbox.url().to_owned();
    wait_until(
        "the old token is deleted after the confirmation",
        async || !server_ids(&base).await.contains(&old_id),
    )
    .await;
    app.click("rotation-continue").await;
    app.wait_text("rotation-summary-text", |t| t.contains("deleted"))
        .await;
    app.click("rotation-done").await;
    unlock_the_keyring();
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &[key]);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cancelled_rotation_says_what_exists_and_can_delete_the_replacement() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::ADMIN_EMAIL, AppDirs::new()).await;
    let profile = profile_id(&dirs);
    let old_name = "Research archive";
    let old_id = row_id(&app, old_name).await;
    let row = open_row_menu(&app, &old_id).await;
    click_in(&row, "row-rotate").await;
    app.click("rotation-submit").await;
    let (new_id, _key) = revealed_key(&app, &profile, sandbox.url(), "batch").await;
    app.click("rotation-continue").await;
    app.click("rotation-done").await;

    // Later, from the expiry centre: cancel. The app says what exists and offers clean-up.
    app.click("expiry-open").await;
    click_css(
        &app,
        "[data-testid=\"expiry-rotation\"][data-state=\"retiring\"] [data-testid=\"expiry-cancel-rotation\"]",
    )
    .await;
    let message = app
        .wait_text("rotation-cancel-message", |t| t.contains("replacement"))
        .await;
    assert!(message.contains(old_name), "{message}");
    app.screenshot("rotation-cancel").await;
    app.click("rotation-cleanup-delete").await;
    app.id("rotation-cleanup-done").await;
    let ids = server_ids(sandbox.url()).await;
    assert!(ids.contains(&old_id), "the old token keeps working");
    assert!(!ids.contains(&new_id), "the replacement was deleted");
    assert!(
        secret_tool_lookup(&format!("key:{profile}:{new_id}")).is_none(),
        "and its key left the vault"
    );
    app.click("rotation-cancel-close").await;
    app.quit().await;
}
