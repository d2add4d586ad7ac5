//! A rotation resumed while the vault refuses writes never drops its key: the expiry centre
//! offers it ("Show key", the wizard's reveal), the user copies it and confirms, and only
//! then does the old token go. If the app stops first, the next start says the key was lost
//! and "Replace it" makes a new one.

use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, key_check_status, secret_tool_lookup};
use scriptix_sandbox::demo;

use super::support::{
    Signed, click_css, dirs_with_clipboard_delay, invoke, lock_the_keyring, row_id, server_ids,
    signed_in_to_sandbox, unlock_the_keyring, wait_clipboard, wait_until,
};
use super::{assert_no_secrets_on_disk, profile_id, submit_password};

/// Presses Escape in every keyring unlock prompt that shows up, until dropped: a user who
/// keeps the vault locked. Only visible prompt windows count (the prompter keeps an
/// unmapped window for a while after a dismissal; Escape must never reach the app's own
/// dialogs).
struct RefusePrompts(Arc<AtomicBool>);

impl RefusePrompts {
    fn start() -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        tokio::spawn(async move {
            while !flag.load(Ordering::SeqCst) {
                if let Some(id) = visible_prompt() {
                    tokio::time::sleep(Duration::from_millis(300)).await;
                    if visible_prompt().as_deref() == Some(id.as_str()) {
                        // Without a window manager activation may fail; the prompt
                        // holds the keyboard grab, so the key still reaches it.
                        let _ = Command::new("xdotool")
                            .args(["windowactivate", "--sync", &id])
                            .status();
                        let _ = Command::new("xdotool").args(["key", "Escape"]).status();
                    }
                }
                tokio::time::sleep(Duration::from_millis(150)).await;
            }
        });
        Self(stop)
    }
}

/// The id of a visible keyring unlock prompt, if one is open.
fn visible_prompt() -> Option<String> {
    let out = Command::new("xdotool")
        .args(["search", "--onlyvisible", "--class", "gcr-prompter"])
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .last()
        .map(str::to_owned)
}

impl Drop for RefusePrompts {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// Plans an emergency rotation of `old_id` (nothing created yet), signs out (so the next
/// start asks for the password) and quits: the rotation waits for the next start.
async fn leave_a_planned_rotation(app: App, old_id: &str) -> String {
    let planned = invoke(
        &app,
        "rotation_plan",
        serde_json::json!({ "tokenIds": [old_id],
            "plan": { "newName": null, "years": 1, "grace": { "kind": "now" }, "autoDelete": false } }),
    )
    .await
    .expect("rotation_plan");
    invoke(&app, "sign_out", serde_json::json!({}))
        .await
        .expect("sign_out");
    app.quit().await;
    planned[0]["id"].as_str().expect("rotation id").to_owned()
}

/// Whether the login keyring says it is locked.
fn keyring_locked() -> bool {
    let out = Command::new("dbus-send")
        .args([
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.secrets",
            "/org/freedesktop/secrets/collection/login",
            "org.freedesktop.DBus.Properties.Get",
            "string:org.freedesktop.Secret.Collection",
            "string:Locked",
        ])
        .output()
        .expect("dbus-send runs");
    String::from_utf8_lossy(&out.stdout).contains("boolean true")
}

/// Locks the keyring and waits until it says so (a keyring daemon replaced by an earlier
/// journey may still be settling).
async fn lock_for_sure() {
    let started = Instant::now();
    loop {
        lock_the_keyring();
        if keyring_locked() {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the keyring does not stay locked"
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}

/// Starts the app with the keyring locked and every unlock prompt refused, and signs in.
async fn start_with_a_refusing_vault(dirs: &scriptix_keys_e2e::AppDirs) -> (App, RefusePrompts) {
    lock_for_sure().await;
    let refuse = RefusePrompts::start();
    let app = App::launch(dirs).await;
    app.wait_screen("signin").await;
    submit_password(&app, demo::ADMIN_EMAIL, demo::PASSWORD).await;
    app.wait_screen("main").await;
    (app, refuse)
}

/// A rotation as the journal has it.
async fn rotation(app: &App, id: &str) -> serde_json::Value {
    let list = invoke(app, "rotations_list", serde_json::json!({}))
        .await
        .expect("rotations_list");
    list["rotations"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["id"] == id)
        .cloned()
        .expect("the rotation")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_rotation_resumed_while_the_vault_refuses_offers_its_key_and_keeps_the_old_token_until_confirmed()
 {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::ADMIN_EMAIL, dirs_with_clipboard_delay(60)).await;
    let profile = profile_id(&dirs);
    let old_id = row_id(&app, "Meeting notes bot").await;
    let id = leave_a_planned_rotation(app, &old_id).await;

    // The next start resumes it: the replacement is created, the vault refuses its key.
    let (app, refuse) = start_with_a_refusing_vault(&dirs).await;
    let banner = app
        .wait_text("resumed-banner-text", |t| t.contains("Resumed"))
        .await;
    assert!(
        banner.contains("vault refused"),
        "says a key waits: {banner}"
    );
    app.click("resumed-show").await;
    let item = format!("[data-testid=\"expiry-rotation\"][data-rotation-id=\"{id}\"]");
    app.wait_for(&format!("{item}[data-state=\"vaultFailed\"]"))
        .await;
    app.screenshot("resume-key-expiry-centre").await;
    click_css(&app, &format!("{item} [data-testid=\"expiry-show-key\"]")).await;

    // The wizard's reveal: the key, the warning, Copy, and no way on before the confirmation.
    let key = app
        .wait_text("rotation-reveal-key", |t| t.trim().starts_with("sk_live_"))
        .await
        .trim()
        .to_owned();
    app.id("rotation-vault-warning").await;
    let new_name = app.wait_text("rotation-new-name", |t| !t.is_empty()).await;
    assert!(
        new_name.starts_with("Meeting notes bot (rotated "),
        "{new_name}"
    );
    assert!(
        !app.id("rotation-continue")
            .await
            .is_enabled()
            .await
            .unwrap(),
        "no way on before the user confirms"
    );
    app.screenshot("resume-key-reveal").await;
    assert_eq!(
        key_check_status(sandbox.url(), &key, "realtime").await,
        200,
        "the shown key is the live replacement's"
    );
    app.click("rotation-reveal-copy").await;
    wait_clipboard(&key).await;
    assert!(
        server_ids(sandbox.url()).await.contains(&old_id),
        "even an emergency rotation keeps the old token until the user confirms"
    );

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
    let r = rotation(&app, &id).await;
    assert_eq!(r["state"], "done");
    let new_id = r["newTokenId"].as_str().expect("new id").to_owned();
    drop(refuse);
    unlock_the_keyring();
    app.quit().await;
    assert!(
        secret_tool_lookup(&format!("key:{profile}:{new_id}")).is_none(),
        "the vault never took it: the user's copy was the one that mattered"
    );
    assert_no_secrets_on_disk(&dirs, &[key]);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_key_that_dies_with_the_app_is_reported_lost_at_the_next_start_and_replaced() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::ADMIN_EMAIL, dirs_with_clipboard_delay(60)).await;
    let profile = profile_id(&dirs);
    let old_id = row_id(&app, "Meeting notes bot").await;
    let id = leave_a_planned_rotation(app, &old_id).await;
    let (app, refuse) = start_with_a_refusing_vault(&dirs).await;
    let item = format!("[data-testid=\"expiry-rotation\"][data-rotation-id=\"{id}\"]");
    app.wait_text("resumed-banner-text", |t| t.contains("vault refused"))
        .await;
    // The app stops while the key exists only in its memory.
    drop(refuse);
    unlock_the_keyring();
    app.quit().await;

    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    submit_password(&app, demo::ADMIN_EMAIL, demo::PASSWORD).await;
    app.wait_screen("main").await;
    app.wait_text("resumed-banner-text", |t| t.contains("Resumed"))
        .await;
    app.click("resumed-show").await;
    app.wait_for(&format!("{item}[data-state=\"needsAttention\"]"))
        .await;
    let said = app
        .wait_text("expiry-rotation-attention", |t| t.contains("key was lost"))
        .await;
    assert!(said.contains("old token keeps working"), "{said}");
    assert!(server_ids(sandbox.url()).await.contains(&old_id));
    app.screenshot("resume-key-lost").await;
    click_css(&app, &format!("{item} [data-testid=\"expiry-retry\"]")).await;
    let key = app
        .wait_text("rotation-reveal-key", |t| t.trim().starts_with("sk_live_"))
        .await
        .trim()
        .to_owned();
    app.id("rotation-vault-note").await;
    app.click("rotation-continue").await;
    app.wait_text("rotation-summary-text", |t| t.contains("deleted"))
        .await;
    app.click("rotation-done").await;
    let r = rotation(&app, &id).await;
    assert_eq!(r["state"], "done");
    let new_id = r["newTokenId"].as_str().expect("new id").to_owned();
    assert_eq!(
        secret_tool_lookup(&format!("key:{profile}:{new_id}")).as_deref(),
        Some(key.as_str())
    );
    assert!(!server_ids(sandbox.url()).await.contains(&old_id));
    app.quit().await;
    assert_no_secrets_on_disk(&dirs, &[key]);
}
