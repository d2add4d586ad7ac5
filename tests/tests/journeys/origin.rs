//! Keys and sessions stay with the server that issued them. A second loopback listener
//! records every request it gets: moving a profile that holds keys there is refused on
//! screen; a profile moved there behind the app's back (its file edited while the app was
//! closed) gets neither its saved session (a restart) nor a held key (Check key) sent. The
//! demo workspace's keys stay usable although its server gets a new port every launch.

use std::sync::{Arc, Mutex};

use scriptix_keys_e2e::{App, AppDirs};
use scriptix_sandbox::demo;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::support::{
    Signed, click_row_action, create, invoke, reveal_copy_and_close, row_id, signed_in_to_sandbox,
};
use super::{submit_password, vault_session};

/// A server on loopback that answers 401 to everything and keeps what it was sent.
struct Recorder {
    url: String,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Recorder {
    async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&seen);
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let sink = Arc::clone(&sink);
                tokio::spawn(async move {
                    let mut got = Vec::new();
                    let mut buf = [0_u8; 8192];
                    while !got.windows(4).any(|w| w == b"\r\n\r\n") {
                        match socket.read(&mut buf).await {
                            Ok(0) | Err(_) => break,
                            Ok(n) => got.extend_from_slice(&buf[..n]),
                        }
                    }
                    sink.lock()
                        .unwrap()
                        .push(String::from_utf8_lossy(&got).into_owned());
                    let _ = socket
                        .write_all(b"HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}")
                        .await;
                });
            }
        });
        Self { url, seen }
    }

    fn requests(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn held_keys_and_sessions_are_never_sent_to_a_server_the_profile_was_moved_to() {
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    let recorder = Recorder::start().await;
    create(&app, "Bound key", "batch", 1).await;
    let key = reveal_copy_and_close(&app).await;
    let token = row_id(&app, "Bound key").await;

    // Through the window: the profile's server cannot move while it holds a key.
    super::support::account_action(&app, "sign-out").await;
    app.wait_screen("signin").await;
    app.click("profile-edit").await;
    app.type_into("profile-base-url", &recorder.url).await;
    app.click("profile-save").await;
    let refusal = app
        .wait_text("profile-error", |t| t.contains("new profile"))
        .await;
    assert!(refusal.contains("holds 1 key"), "{refusal}");
    assert!(
        refusal.contains("Create a new profile for the other server"),
        "{refusal}"
    );
    app.screenshot("origin-move-refused").await;

    // Signed in again, the session is kept in the vault; then the profile is moved in its
    // file while the app is closed.
    app.click("profile-cancel").await;
    submit_password(&app, demo::DEV_EMAIL, demo::PASSWORD).await;
    app.wait_screen("main").await;
    let session = vault_session(&dirs).expect("a kept session");
    app.quit().await;
    let path = dirs.config_dir().join("profiles.json");
    let mut profiles: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    profiles["profiles"][0]["baseUrl"] = serde_json::json!(format!("{}/", recorder.url));
    std::fs::write(&path, serde_json::to_vec_pretty(&profiles).unwrap()).unwrap();

    // The restart does not use the session there, and says why.
    let app = App::launch(&dirs).await;
    app.wait_screen("signin").await;
    let reason = app.wait_text("signin-reason", |t| !t.is_empty()).await;
    assert!(reason.contains("another server"), "{reason}");
    app.screenshot("origin-session-not-restored").await;
    assert_eq!(
        vault_session(&dirs),
        None,
        "the stray session was forgotten"
    );
    // A held-key check (as a compromised window would ask for it) is refused, unsent.
    let refused = invoke(
        &app,
        "key_check_held",
        serde_json::json!({ "tokenId": token }),
    )
    .await
    .expect_err("refused");
    assert_eq!(refused["kind"], "forbidden", "{refused}");
    assert!(
        refused["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("Nothing was sent")),
        "{refused}"
    );
    app.quit().await;

    for request in recorder.requests() {
        assert!(!request.contains(&key), "a key reached the other server");
        assert!(
            !request.contains(&session),
            "the session reached the other server"
        );
        assert!(
            !request.to_lowercase().contains("authorization"),
            "credentials reached the other server: {request}"
        );
    }
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn demo_keys_still_work_after_a_restart_gives_the_demo_server_a_new_port() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.click("demo-open").await;
    app.wait_screen("main").await;
    create(&app, "Demo bound key", "batch", 1).await;
    reveal_copy_and_close(&app).await;
    let token = row_id(&app, "Demo bound key").await;
    let first_url = profile_url(&dirs);
    app.quit().await;

    // The restart starts the demo server again, on another port: the key is still the
    // demo server's, so the row's Check key works.
    let app = App::launch(&dirs).await;
    app.wait_screen("main").await;
    click_row_action(&app, &token, "row-check").await;
    app.id("keycheck-held-dialog").await;
    app.wait_text("check-result-title", |t| t == "This key works")
        .await;
    assert_ne!(profile_url(&dirs), first_url, "a new port");
    app.screenshot("origin-demo-after-restart").await;
    app.quit().await;
}

/// The first profile's address in the profiles file.
fn profile_url(dirs: &AppDirs) -> String {
    let text = std::fs::read_to_string(dirs.config_dir().join("profiles.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["profiles"][0]["baseUrl"].as_str().unwrap().to_owned()
}
