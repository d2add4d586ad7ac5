//! Checking keys in the real window: a working key (pasted with stray whitespace), an inner
//! space caught before anything is sent, a one-character typo, a revoked key, and the row's
//! "Check key" on a key this device holds.

use scriptix_keys_e2e::AppDirs;
use scriptix_sandbox::demo;

use super::support::{
    Signed, click_row_action, create, delete_on_server, reveal_copy_and_close, row_id,
    signed_in_to_sandbox,
};

#[tokio::test(flavor = "multi_thread")]
async fn checking_keys_tells_working_revoked_and_mistyped_keys_apart() {
    let Signed {
        sandbox,
        dirs: _dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    create(&app, "Checked key", "batch", 1).await;
    let key = reveal_copy_and_close(&app).await;
    let id = row_id(&app, "Checked key").await;

    // A working key, pasted with a stray newline around it: trimmed, valid, and recognised.
    app.click("keycheck-open").await;
    app.type_into("keycheck-input", &format!("  {key}\n")).await;
    app.click("keycheck-submit").await;
    let result = app
        .wait_for("[data-testid=\"keycheck-dialog\"] [data-testid=\"check-result\"][data-result]")
        .await;
    assert_eq!(
        result.attr("data-result").await.unwrap().as_deref(),
        Some("valid")
    );
    app.wait_text("check-result-title", |t| t == "This key works")
        .await;
    app.wait_text("check-result-vault", |t| t.contains("Checked key"))
        .await;
    app.screenshot("keycheck-valid").await;
    app.axe("keycheck-valid").await;

    // Mistyped: a space inside is caught before anything is sent.
    let (head, tail) = key.split_at(20);
    app.type_into("keycheck-input", &format!("{head} {tail}"))
        .await;
    app.click("keycheck-submit").await;
    let warning = app.id("keycheck-warning").await;
    assert_eq!(
        warning.attr("data-code").await.unwrap().as_deref(),
        Some("innerWhitespace")
    );
    app.screenshot("keycheck-warning").await;
    app.axe("keycheck-warning").await;

    // Mistyped: one character wrong is unknown to Scriptix and not on this device.
    let mut typo: Vec<char> = key.chars().collect();
    typo[30] = if typo[30] == 'a' { 'b' } else { 'a' };
    let typo: String = typo.into_iter().collect();
    app.type_into("keycheck-input", &typo).await;
    app.click("keycheck-submit").await;
    app.wait_text("check-result-title", |t| {
        t == "Scriptix does not accept this key"
    })
    .await;
    let result = app
        .wait_for("[data-testid=\"check-result\"][data-result]")
        .await;
    assert_eq!(
        result.attr("data-result").await.unwrap().as_deref(),
        Some("invalid")
    );
    app.wait_text("check-result-vault", |t| {
        t.contains("not stored on this device")
    })
    .await;
    app.click("keycheck-close").await;

    // Revoked: after the token is deleted, its key is reported as revoked, from the row too.
    click_row_action(&app, &id, "row-check").await;
    app.id("keycheck-held-dialog").await;
    app.wait_text("check-result-title", |t| t == "This key works")
        .await;
    app.click("keycheck-close").await;
    delete_on_server(sandbox.url(), &id).await;
    app.click("keycheck-open").await;
    app.type_into("keycheck-input", &key).await;
    app.click("keycheck-submit").await;
    app.wait_text("check-result-title", |t| t == "This key was revoked")
        .await;
    let next = app.wait_text("check-result-next", |t| !t.is_empty()).await;
    assert!(next.contains("new key"), "{next}");
    app.screenshot("keycheck-revoked").await;
    app.axe("keycheck-revoked").await;
    app.quit().await;
}
