//! Attaching keys made elsewhere in the real window: a working key (then copied, checked
//! and rotated like a key this app created), a key of the other type and a revoked key
//! (both refused with the reason, nothing stored).

use scriptix_keys_e2e::{AppDirs, secret_tool_lookup};
use scriptix_sandbox::demo;

use super::support::{
    Signed, choose_rotate_now, click_row_action, delete_on_server, made_elsewhere, open_row_menu,
    row_id, server_ids, shown_key, signed_in_to_sandbox, wait_clipboard, wait_row_count,
    wait_until,
};
use super::{assert_no_secrets_on_disk, profile_id, vault_session};

#[tokio::test(flavor = "multi_thread")]
async fn a_working_key_made_elsewhere_is_attached_then_copied_checked_and_rotated() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::ADMIN_EMAIL, AppDirs::new()).await;
    let profile = profile_id(&dirs);
    let (id, key) = made_elsewhere(sandbox.url(), "Made on the website", "batch").await;
    app.click("refresh-button").await;
    wait_row_count(&app, demo::SEEDED_TOKENS.len() + 1).await;
    assert_eq!(row_id(&app, "Made on the website").await, id);

    click_row_action(&app, &id, "row-attach").await;
    app.id("attach-dialog").await;
    app.type_into("attach-input", &format!(" {key} ")).await;
    app.click("attach-submit").await;
    app.wait_text("attach-done", |t| t.contains("Attached"))
        .await;
    app.screenshot("attach-done").await;
    assert_eq!(
        secret_tool_lookup(&format!("key:{profile}:{id}")).as_deref(),
        Some(key.as_str()),
        "the key is in the vault as the token's key"
    );
    app.click("attach-close").await;

    // The row now says which key it holds: the public prefix and the last 4 characters.
    let hint = super::support::wait_css_text(
        &app,
        &format!("[data-token-id=\"{id}\"] [data-testid=\"token-key-hint\"]"),
        |t| !t.is_empty(),
    )
    .await;
    assert_eq!(hint, format!("sk_live_…{}", &key[key.len() - 4..]));
    app.screenshot("attach-row-hint").await;

    // Copy, like a key this app created.
    click_row_action(&app, &id, "row-copy").await;
    wait_clipboard(&key).await;

    // Check.
    click_row_action(&app, &id, "row-check").await;
    app.id("keycheck-held-dialog").await;
    app.wait_text("check-result-title", |t| t == "This key works")
        .await;
    app.click("keycheck-close").await;

    // Rotate (emergency: the old token goes once the new key is stored).
    click_row_action(&app, &id, "row-rotate").await;
    choose_rotate_now(&app).await;
    app.click("rotation-submit").await;
    let new_key = shown_key(&app, "rotation-reveal-key").await;
    assert_ne!(new_key, key);
    app.click("rotation-continue").await;
    app.wait_text("rotation-summary-text", |t| {
        t.contains("deleted") && !t.contains("will be deleted")
    })
    .await;
    app.click("rotation-done").await;
    let base = sandbox.url().to_owned();
    wait_until("the old token is deleted", async || {
        !server_ids(&base).await.contains(&id)
    })
    .await;

    let session = vault_session(&dirs).expect("session");
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &[key, new_key, session]);
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_key_of_the_other_type_and_a_revoked_key_are_refused_with_the_reason() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::ADMIN_EMAIL, AppDirs::new()).await;
    let profile = profile_id(&dirs);
    let (id, _) = made_elsewhere(sandbox.url(), "Needs its key", "batch").await;
    let (_, realtime_key) = made_elsewhere(sandbox.url(), "Captions", "realtime").await;
    let (gone, revoked_key) = made_elsewhere(sandbox.url(), "Gone", "batch").await;
    delete_on_server(sandbox.url(), &gone).await;
    app.click("refresh-button").await;
    wait_row_count(&app, demo::SEEDED_TOKENS.len() + 2).await;

    click_row_action(&app, &row_id(&app, "Needs its key").await, "row-attach").await;
    app.id("attach-dialog").await;
    app.type_into("attach-input", &realtime_key).await;
    app.click("attach-submit").await;
    let reason = app.wait_text("attach-refused", |t| !t.is_empty()).await;
    assert!(reason.contains("not a batch key"), "{reason}");
    assert!(reason.contains("Nothing was stored"), "{reason}");
    let result = app
        .wait_for("[data-testid=\"attach-dialog\"] [data-testid=\"check-result\"][data-result]")
        .await;
    assert_eq!(
        result.attr("data-result").await.unwrap().as_deref(),
        Some("forbidden")
    );
    app.screenshot("attach-wrong-type").await;

    app.type_into("attach-input", &revoked_key).await;
    app.click("attach-submit").await;
    let reason = app
        .wait_text("attach-refused", |t| t.contains("revoked"))
        .await;
    assert!(!reason.contains(&revoked_key));
    app.screenshot("attach-revoked").await;
    app.click("attach-close").await;

    assert_eq!(secret_tool_lookup(&format!("key:{profile}:{id}")), None);
    // The row's menu (open, so its items exist) still offers no key to copy.
    let row = open_row_menu(&app, &id).await;
    assert!(
        row.find(thirtyfour::By::Css("[data-testid=\"row-attach\"]"))
            .await
            .is_ok(),
        "the menu is open and still offers Attach"
    );
    assert!(
        row.find(thirtyfour::By::Css("[data-testid=\"row-copy\"]"))
            .await
            .is_err(),
        "the row still has no key to copy"
    );
    let session = vault_session(&dirs).expect("session");
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &[realtime_key, revoked_key, session]);
    sandbox.shutdown().await;
}
