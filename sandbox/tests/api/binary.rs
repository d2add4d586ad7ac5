//! The `scriptix-sandbox` binary: banner on stdout, clean exit on SIGTERM, persistence across
//! process restarts, and refusal of non-loopback addresses.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use reqwest::StatusCode;
use scriptix_sandbox::demo;
use serde_json::json;

use crate::common::client;

const BIN: &str = env!("CARGO_BIN_EXE_scriptix-sandbox");

struct Running {
    child: Child,
    url: String,
    banner: Vec<String>,
}

fn spawn(db: &std::path::Path, seed: bool) -> Running {
    let mut command = Command::new(BIN);
    command.args([
        "--db",
        db.to_str().unwrap(),
        "--addr",
        "127.0.0.1:0",
        "--rate-limit",
        "1000",
    ]);
    if seed {
        command.args(["--seed", "demo"]);
    }
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let url = first
        .strip_prefix("SANDBOX_URL=")
        .expect("first line is SANDBOX_URL=")
        .to_owned();
    let mut banner = vec![first];
    if seed {
        // Read through the last banner line (the backup codes).
        for line in lines.by_ref() {
            let line = line.unwrap();
            let done = line.starts_with("Backup codes");
            banner.push(line);
            if done {
                break;
            }
        }
    } else {
        banner.push(lines.next().unwrap().unwrap());
    }
    Running { child, url, banner }
}

fn stop(mut running: Running) {
    let status = Command::new("kill")
        .args(["-TERM", &running.child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = running.child.wait().unwrap();
    assert!(exit.success(), "graceful shutdown exits 0: {exit:?}");
}

#[tokio::test]
async fn the_binary_prints_its_url_first_serves_and_keeps_data_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bin.sqlite3");
    let running = spawn(&db, true);
    assert!(running.url.starts_with("http://127.0.0.1:"));
    assert!(running.banner[1].starts_with("SANDBOX_ADMIN_SECRET="));
    assert_eq!(running.banner[1].len(), "SANDBOX_ADMIN_SECRET=".len() + 32);
    let text = running.banner.join("\n");
    for needle in [
        demo::PASSWORD,
        demo::TOTP_SECRET,
        demo::MFA_EMAIL,
        demo::BACKUP_CODES[0],
    ] {
        assert!(text.contains(needle), "banner lacks {needle}");
    }
    let http = client();
    let login: serde_json::Value = http
        .post(format!(
            "{}/api/v3/auth/login?login_type=token",
            running.url
        ))
        .form(&[("username", demo::DEV_EMAIL), ("password", demo::PASSWORD)])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let session = login["access_token"].as_str().unwrap().to_owned();
    let created = http
        .post(format!("{}/api/v3/tokens", running.url))
        .bearer_auth(&session)
        .json(&json!({"name": "from the binary", "type": "realtime"}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), StatusCode::CREATED);
    stop(running);

    let running = spawn(&db, false);
    let page: serde_json::Value = http
        .get(format!("{}/api/v3/tokens?limit=100", running.url))
        .bearer_auth(&session)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(page["total_results"], 13);
    assert!(
        page["result"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["name"] == "from the binary")
    );
    stop(running);
}

#[test]
fn the_binary_refuses_a_non_loopback_address() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(BIN)
        .args([
            "--db",
            dir.path().join("x.sqlite3").to_str().unwrap(),
            "--addr",
            "0.0.0.0:0",
        ])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("non-loopback"));
}
