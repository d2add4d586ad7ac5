//! Updates: the app checks the update server set in Settings (here a manifest served from
//! loopback), downloads the update and verifies its minisign signature against the update
//! key before it offers anything. A signature made with another key is refused and nothing
//! is offered; a good one is offered, and installing waits for the user's yes.
//!
//! The test signs the way `tauri signer sign` does (a minisign signature box, base64, with
//! the version in the trusted comment) with a key it makes itself, handed to the app
//! through the `test-hooks` variable `SCRIPTIX_KEYS_TEST_UPDATER_PUBKEY`.

use std::io::{BufRead, BufReader, Cursor, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine;
use scriptix_keys_e2e::AppDirs;
use scriptix_sandbox::demo;

use super::support::{Signed, signed_in_to_sandbox_with};

const ARTIFACT: &[u8] = b"pretend this is Scriptix Keys 9.9.9";
const VERSION: &str = "9.9.9";

/// A minisign key pair: the public key as tauri.conf.json holds it (base64 of the key
/// file) and the secret key.
fn key_pair() -> (String, minisign::SecretKey) {
    let minisign::KeyPair { pk, sk } =
        minisign::KeyPair::generate_unencrypted_keypair().expect("key pair");
    let public = pk.to_box().expect("public key box").to_string();
    (base64::engine::general_purpose::STANDARD.encode(public), sk)
}

/// The `.sig` content `tauri signer sign` writes: base64 of the signature file, its
/// trusted comment naming the version.
fn sign(sk: &minisign::SecretKey, data: &[u8]) -> String {
    let trusted = format!("timestamp:1764460800\tfile:scriptix-keys.AppImage\tversion:{VERSION}");
    let signature = minisign::sign(
        None,
        sk,
        Cursor::new(data),
        Some(&trusted),
        Some("signature from tauri secret key"),
    )
    .expect("sign");
    base64::engine::general_purpose::STANDARD.encode(signature.to_string())
}

/// Serves `/latest.json` (whatever `manifest` holds now) and `/artifact` (counted in
/// `downloads`) on loopback.
fn serve(manifest: Arc<Mutex<String>>, downloads: Arc<AtomicUsize>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream);
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            let mut header = String::new();
            while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
                header.clear();
            }
            let (body, kind) = if request_line.contains("/latest.json") {
                (
                    manifest.lock().expect("manifest").clone().into_bytes(),
                    "application/json",
                )
            } else {
                downloads.fetch_add(1, Ordering::SeqCst);
                (ARTIFACT.to_vec(), "application/octet-stream")
            };
            let mut stream = reader.into_inner();
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(&body);
        }
    });
    base
}

fn manifest(base: &str, signature: &str) -> String {
    let platform = serde_json::json!({ "signature": signature, "url": format!("{base}/artifact") });
    serde_json::json!({
        "version": VERSION,
        "notes": "Test release",
        "pub_date": "2026-11-30T00:00:00Z",
        "platforms": {
            "linux-x86_64": platform,
            "linux-x86_64-appimage": platform,
            "linux-x86_64-deb": platform,
        }
    })
    .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_update_signed_with_another_key_is_refused_and_a_well_signed_one_is_offered_before_anything_is_installed()
 {
    let (public, secret) = key_pair();
    let (_other_public, other_secret) = key_pair();
    let served = Arc::new(Mutex::new(String::new()));
    let downloads = Arc::new(AtomicUsize::new(0));
    let base = serve(Arc::clone(&served), Arc::clone(&downloads));
    // Waits until the app downloaded the artifact `n` times in all (the status line then
    // holds the answer of that check, or is about to).
    let downloaded = |n: usize| {
        let downloads = Arc::clone(&downloads);
        async move {
            let started = Instant::now();
            while downloads.load(Ordering::SeqCst) < n {
                assert!(
                    started.elapsed() < Duration::from_secs(30),
                    "download {n} never came"
                );
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    };
    *served.lock().unwrap() = manifest(&base, &sign(&other_secret, ARTIFACT));

    let Signed {
        app,
        sandbox,
        dirs: _dirs,
        server_dir: _server_dir,
    } = signed_in_to_sandbox_with(
        demo::DEV_EMAIL,
        AppDirs::new(),
        &[("SCRIPTIX_KEYS_TEST_UPDATER_PUBKEY", &public)],
    )
    .await;
    super::support::account_action(&app, "settings-open").await;
    assert_eq!(
        app.id("settings-update-endpoint")
            .await
            .value()
            .await
            .unwrap()
            .as_deref(),
        Some(""),
        "updates are off until a server is set"
    );

    // A plain-http address elsewhere is refused before anything is fetched.
    app.type_into(
        "settings-update-endpoint",
        "http://updates.example/latest.json",
    )
    .await;
    app.click("settings-update-check").await;
    let said = app
        .wait_text("settings-update-endpoint-error", |t| !t.is_empty())
        .await;
    assert!(said.contains("https://"), "{said}");

    // Signed with another key: refused, nothing offered.
    app.type_into("settings-update-endpoint", &format!("{base}/latest.json"))
        .await;
    app.click("settings-update-check").await;
    downloaded(1).await;
    let said = app
        .wait_text("settings-update-status", |t| t.contains("refused"))
        .await;
    assert!(said.contains("signature"), "{said}");
    assert!(
        !app.id("settings-update-install")
            .await
            .is_displayed()
            .await
            .unwrap(),
        "nothing to install"
    );
    app.screenshot("update-refused").await;

    // A signature over other bytes (the right key): refused too.
    *served.lock().unwrap() = manifest(&base, &sign(&secret, b"some other file"));
    app.click("settings-update-check").await;
    downloaded(2).await;
    app.wait_text("settings-update-status", |t| t.contains("refused"))
        .await;

    // Signed with the app's key: offered, with the install waiting for a yes.
    *served.lock().unwrap() = manifest(&base, &sign(&secret, ARTIFACT));
    app.click("settings-update-check").await;
    let said = app
        .wait_text("settings-update-status", |t| t.contains(VERSION))
        .await;
    assert!(said.contains("signature is verified"), "{said}");
    assert!(
        app.id("settings-update-install")
            .await
            .is_displayed()
            .await
            .unwrap()
    );
    app.screenshot("update-offered").await;
    app.quit().await;
    sandbox.shutdown().await;
}
