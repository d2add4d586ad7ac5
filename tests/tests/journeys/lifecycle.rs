//! Token lifecycle journeys: create with the key captured in the vault before the reveal,
//! the reveal dialog, copying with clipboard hygiene, invalid names, delete (one and many,
//! with the native confirmation), the token limit, a create whose answer is lost or slow, and
//! a locked vault during create.

use std::time::Duration;

use scriptix_keys_e2e::{
    AppDirs, answer_native_dialog, clipboard_put, clipboard_text, key_check_status,
    secret_tool_lookup, start_sandbox,
};
use scriptix_sandbox::{FaultKind, FaultRule, demo};
use thirtyfour::prelude::*;

use super::support::{
    Signed, click_row_action, create, dirs_with_clipboard_delay, dismiss_unlock_prompt,
    fill_to_the_limit, lock_the_keyring, reveal_copy_and_close, row_id, server_token_names,
    shown_key, signed_in_to_sandbox, unlock_the_keyring, wait_clipboard, wait_row_count,
};
use super::{assert_no_secrets_on_disk, profile_id, signed_in, vault_session};

#[tokio::test(flavor = "multi_thread")]
async fn created_keys_are_in_the_vault_before_the_reveal_and_work_on_scriptix() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, dirs_with_clipboard_delay(3)).await;
    let profile = profile_id(&dirs);
    let mut keys = Vec::new();

    for (name, token_type, years) in [
        ("E2E batch key", "batch", 1),
        ("E2E realtime key", "realtime", 2),
    ] {
        create(&app, name, token_type, years).await;
        app.id("reveal-dialog").await;
        app.screenshot(&format!("reveal-{token_type}")).await;
        let key = reveal_copy_and_close(&app).await;
        let id = row_id(&app, name).await;
        assert_eq!(
            secret_tool_lookup(&format!("key:{profile}:{id}")).as_deref(),
            Some(key.as_str()),
            "vault holds it"
        );
        assert_eq!(
            key_check_status(sandbox.url(), &key, token_type).await,
            200,
            "Scriptix accepts it"
        );
        // The copy is cleared after the configured delay (3 s here).
        wait_clipboard("").await;
        keys.push((id, key));
    }
    wait_row_count(&app, 14).await;

    // Copy from the row (vault), then the user copies something else: we leave it alone.
    let (batch_id, batch_key) = keys[0].clone();
    click_row_action(&app, &batch_id, "row-copy").await;
    wait_clipboard(&batch_key).await;
    app.wait_text("clipboard-status", |t| t.contains("clears"))
        .await;
    clipboard_put("the user's own text");
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert_eq!(
        clipboard_text(),
        "the user's own text",
        "a newer copy by the user is never cleared"
    );
    app.screenshot("after-copy").await;

    let session = vault_session(&dirs).expect("session");
    app.quit().await;
    let mut secrets: Vec<String> = keys.into_iter().map(|(_, k)| k).collect();
    secrets.push(session);
    assert_no_secrets_on_disk(&dirs, &secrets);
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn invalid_names_get_a_specific_message_and_nothing_is_sent() {
    let Signed {
        sandbox,
        dirs: _dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    // A tripwire: the first create request that reaches the server would consume this rule.
    let tripwire = on_the_next_create(FaultKind::Status { status: 500 });
    sandbox.faults().add(tripwire).unwrap();

    app.click("new-token").await;
    app.id("create-dialog").await;
    app.click("create-submit").await;
    app.wait_text("create-name-error", |t| t.contains("Enter a name"))
        .await;
    app.type_into("create-name", "Invoice\u{202E}txt.exe").await;
    app.click("create-submit").await;
    app.wait_text("create-name-error", |t| t.contains("text-direction"))
        .await;
    app.type_into("create-name", &"x".repeat(101)).await;
    app.click("create-submit").await;
    app.wait_text("create-name-error", |t| {
        t.contains("101") && t.contains("100")
    })
    .await;
    app.screenshot("create-invalid-name").await;
    app.axe("create-invalid-name").await;
    app.click("create-cancel").await;
    app.wait_gone("[data-testid=\"create-dialog\"]").await;
    app.quit().await;
    let left = sandbox.faults().list();
    assert_eq!(
        left.len(),
        1,
        "no create request reached the server (the tripwire is intact)"
    );
    assert_eq!(
        left[0].rule.times,
        Some(1),
        "no create request reached the server"
    );
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn deleting_one_token_after_the_native_confirmation_revokes_it_and_forgets_its_key() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    create(&app, "Short-lived key", "batch", 1).await;
    let key = reveal_copy_and_close(&app).await;
    let id = row_id(&app, "Short-lived key").await;
    let profile = profile_id(&dirs);
    assert!(secret_tool_lookup(&format!("key:{profile}:{id}")).is_some());

    let row = app
        .wait_for(&format!(
            "[data-testid=\"token-row\"][data-token-id=\"{id}\"]"
        ))
        .await;
    row.find(By::Css("[data-testid=\"row-menu\"]"))
        .await
        .expect("menu")
        .click()
        .await
        .expect("click");
    app.screenshot("row-menu-open").await;
    row.find(By::Css("[data-testid=\"row-delete\"]"))
        .await
        .expect("delete item")
        .click()
        .await
        .expect("click");
    answer_native_dialog("Delete token", "Return").await;
    wait_row_count(&app, 12).await;
    assert_eq!(
        key_check_status(sandbox.url(), &key, "batch").await,
        401,
        "the key is revoked"
    );
    assert!(
        secret_tool_lookup(&format!("key:{profile}:{id}")).is_none(),
        "the vault copy is gone"
    );
    app.quit().await;
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn bulk_delete_previews_the_tokens_and_asks_for_their_count() {
    let Signed {
        sandbox,
        dirs: _dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::ADMIN_EMAIL, AppDirs::new()).await;
    let boxes = app
        .driver
        .find_all(By::Css("[data-testid=\"row-select\"]"))
        .await
        .unwrap();
    for checkbox in boxes.iter().take(3) {
        checkbox.click().await.expect("select");
    }
    app.click("delete-selected").await;
    app.id("bulk-preview").await;
    assert_eq!(
        app.driver
            .find_all(By::Css("[data-testid=\"bulk-item\"]"))
            .await
            .unwrap()
            .len(),
        3
    );
    let confirm = app.id("bulk-confirm").await;
    assert!(
        !confirm.is_enabled().await.unwrap(),
        "disabled until the count is typed"
    );
    app.type_into("bulk-count-input", "2").await;
    assert!(
        !confirm.is_enabled().await.unwrap(),
        "a wrong count keeps it disabled"
    );
    app.type_into("bulk-count-input", "3").await;
    assert!(confirm.is_enabled().await.unwrap());
    app.screenshot("bulk-preview").await;
    app.axe("bulk-preview").await;
    // The preview says when and from where each was last used.
    app.wait_for("[data-testid=\"bulk-last-used\"][data-recent=\"true\"]")
        .await;
    confirm.click().await.unwrap();
    answer_native_dialog("Delete 3 tokens", "Return").await;
    // The first three by expiry include the nightly export, used 3 hours ago: the extra
    // confirmation names it, and nothing is deleted without it.
    let item = app
        .wait_text("recent-use-item", |t| {
            t.contains(demo::stories::RETIRING_IN_USE)
        })
        .await;
    assert!(item.contains(demo::stories::RETIRING_IN_USE_IP), "{item}");
    app.click("recent-use-confirm").await;
    app.click("recent-use-delete").await;
    app.wait_text("delete-report-summary", |t| t.contains('3'))
        .await;
    wait_row_count(&app, 9).await;
    app.quit().await;
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_token_limit_is_explained_with_what_to_do() {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    fill_to_the_limit(sandbox.url()).await;
    let dirs = AppDirs::new();
    let app = signed_in(&dirs, sandbox.url(), demo::DEV_EMAIL).await;
    wait_row_count(&app, demo::TOKEN_LIMIT as usize).await;
    create(&app, "One too many", "batch", 1).await;
    let text = app.wait_text("create-error", |t| t.contains("limit")).await;
    assert!(text.contains("Delete"), "says what to do: {text}");
    app.screenshot("token-limit").await;
    app.axe("token-limit").await;
    app.quit().await;
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_create_whose_answer_is_lost_is_reported_and_not_duplicated() {
    let Signed {
        sandbox,
        dirs: _dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    sandbox
        .faults()
        .add(on_the_next_create(FaultKind::DropAfter))
        .unwrap();
    create(&app, "Lost in transit", "batch", 1).await;
    app.wait_text("keylost-message", |t| t.contains("created"))
        .await;
    app.screenshot("key-lost").await;
    app.axe("key-lost").await;
    app.click("keylost-keep").await;
    wait_row_count(&app, 13).await;
    assert_eq!(
        tokens_named(sandbox.url(), "Lost in transit").await,
        1,
        "exactly one token, never a silent duplicate"
    );
    app.quit().await;
    sandbox.shutdown().await;
}

/// A quick create goes straight to the reveal (create-dialog.js waits 150 ms before drawing a
/// busy state); a slow one says so: "Creating…" on the button, Cancel and Esc refused until
/// the answer, then the reveal, and one token on the server.
#[tokio::test(flavor = "multi_thread")]
async fn a_slow_create_says_it_is_creating_and_cannot_be_cancelled_halfway() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    sandbox
        .faults()
        .add(on_the_next_create(FaultKind::Latency { latency_ms: 8000 }))
        .unwrap();
    create(&app, "Slow answer", "batch", 1).await;
    app.wait_text("create-submit", |t| t.contains("Creating"))
        .await;
    let cancel = app.id("create-cancel").await;
    assert_eq!(
        cancel.attr("disabled").await.unwrap().as_deref(),
        Some("true"),
        "Cancel is turned off while the create is under way"
    );
    assert_eq!(
        app.id("create-submit")
            .await
            .attr("aria-busy")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );
    // The screenshot can take a few seconds (app.rs); the create's answer comes after 8.
    app.screenshot("create-busy").await;
    app.driver
        .action_chain()
        .send_keys(Key::Escape)
        .perform()
        .await
        .unwrap();
    let key = shown_key(&app, "reveal-key").await;
    assert!(
        app.driver
            .find_all(By::Css("[data-testid=\"create-dialog\"]"))
            .await
            .unwrap()
            .is_empty(),
        "the create dialog gave way to the reveal"
    );
    app.click("reveal-close").await;
    app.wait_gone("[data-testid=\"reveal-dialog\"]").await;
    assert_eq!(
        tokens_named(sandbox.url(), "Slow answer").await,
        1,
        "one token: Esc during the create neither cancelled nor repeated it"
    );
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &[key]);
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_locked_vault_during_create_still_shows_the_key_with_a_warning() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    lock_the_keyring();
    create(&app, "Made while locked", "batch", 1).await;
    // The keyring asks to be unlocked; the user dismisses the prompt.
    dismiss_unlock_prompt().await;
    let warning = app
        .wait_text("reveal-vault-warning", |t| t.contains("Not saved"))
        .await;
    assert!(
        warning.to_lowercase().contains("lock") || warning.to_lowercase().contains("vault"),
        "says why: {warning}"
    );
    let key = shown_key(&app, "reveal-key").await;
    app.screenshot("reveal-vault-locked").await;
    app.axe("reveal-vault-locked").await;
    app.click("reveal-copy").await;
    wait_clipboard(&key).await;
    app.click("reveal-close").await;
    app.wait_gone("[data-testid=\"reveal-dialog\"]").await;
    unlock_the_keyring();
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &[key]);
    sandbox.shutdown().await;
}

/// `kind`, once, on the next create request (`POST /api/v3/tokens`).
fn on_the_next_create(kind: FaultKind) -> FaultRule {
    FaultRule::new(kind)
        .on_path("/api/v3/tokens")
        .on_method("POST")
        .times(1)
}

/// How many tokens named `name` the server holds.
async fn tokens_named(server: &str, name: &str) -> usize {
    server_token_names(server)
        .await
        .iter()
        .filter(|n| *n == name)
        .count()
}
