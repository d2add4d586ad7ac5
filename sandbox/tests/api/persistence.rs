//! Durability and secrecy at rest: data survives a restart on the same file, and neither plain
//! keys nor session tokens ever reach the SQLite files (db, -wal, -shm).

use std::path::Path;

use reqwest::StatusCode;
use scriptix_sandbox::{Config, Sandbox, SandboxError, Seed, demo};

use crate::common::{BATCH_CHECK, Env, client, start};

fn sqlite_files(db: &Path) -> Vec<u8> {
    let mut bytes = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{}{suffix}", db.display());
        if let Ok(content) = std::fs::read(&path) {
            bytes.extend_from_slice(&content);
        }
    }
    bytes
}

fn hits(haystack: &[u8], needle: &str) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle.as_bytes())
        .count()
}

#[tokio::test]
async fn plain_keys_and_session_tokens_never_reach_the_database_files() {
    let env = start().await;
    let mut secrets = Vec::new();
    for email in [demo::DEV_EMAIL, demo::ADMIN_EMAIL, demo::VIEWER_EMAIL] {
        let session = env.login(email).await;
        secrets.push(session.rsplit('.').next().unwrap().to_owned());
        secrets.push(session);
    }
    let session = secrets[1].clone();
    for i in 0..6 {
        let kind = if i % 2 == 0 { "batch" } else { "realtime" };
        let key = env
            .create_ok(&session, &format!("scan-marker-{i}"), kind)
            .await["key"]
            .as_str()
            .unwrap()
            .to_owned();
        secrets.push(key["sk_live_".len()..].to_owned());
        secrets.push(key);
    }
    let check = |bytes: &[u8], when: &str| {
        // The scan does see data: every token name is there.
        for i in 0..6 {
            assert!(
                hits(bytes, &format!("scan-marker-{i}")) > 0,
                "{when}: name {i} not found; scan is blind"
            );
        }
        for secret in &secrets {
            assert_eq!(
                hits(bytes, secret),
                0,
                "{when}: a secret is stored in plain text"
            );
        }
    };
    check(&sqlite_files(&env.db_path), "while running");
    let Env {
        sandbox,
        db_path,
        dir,
        ..
    } = env;
    sandbox.shutdown().await;
    check(&sqlite_files(&db_path), "after shutdown");
    drop(dir);
}

#[tokio::test]
async fn data_sessions_and_keys_survive_a_restart_on_the_same_file() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let created = env.create_ok(&session, "survivor", "batch").await;
    let key = created["key"].as_str().unwrap().to_owned();
    let revoked = env
        .create_ok(&session, "revoked before restart", "batch")
        .await;
    assert_eq!(
        env.delete(&session, &revoked["id"]).await,
        StatusCode::NO_CONTENT
    );
    let Env {
        sandbox,
        db_path,
        dir,
        ..
    } = env;
    sandbox.shutdown().await;

    let mut config = Config::new(&db_path);
    config.seed = Some(Seed::Demo);
    let sandbox = Sandbox::start(config).await.unwrap();
    let env = Env {
        sandbox,
        client: client(),
        db_path,
        dir,
    };
    let names = env.all_names(&session).await;
    assert_eq!(
        names.len(),
        demo::SEEDED_TOKENS.len() + 1,
        "seeding ran once: {names:?}"
    );
    assert!(names.contains(&"survivor".to_owned()));
    assert_eq!(env.check_key(BATCH_CHECK, &key).await.0, StatusCode::OK);
    let (status, body) = env
        .check_key(BATCH_CHECK, revoked["key"].as_str().unwrap())
        .await;
    assert_eq!(
        (status, body["error_code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("KEY_REVOKED"))
    );
    // Backup codes stay used across restarts too.
    let with = [
        ("username", demo::MFA_EMAIL),
        ("password", demo::PASSWORD),
        ("backup_code", demo::BACKUP_CODES[9]),
    ];
    assert_eq!(
        env.login_raw("/api/v3/auth/login/mfa", &with)
            .await
            .status(),
        StatusCode::OK
    );
    env.sandbox.shutdown().await;
    let sandbox = Sandbox::start(Config::new(&env.db_path)).await.unwrap();
    let again = Env {
        sandbox,
        client: client(),
        db_path: env.db_path,
        dir: env.dir,
    };
    assert_eq!(
        again
            .login_raw("/api/v3/auth/login/mfa", &with)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_non_loopback_address_is_refused_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path().join("x.sqlite3"));
    config.addr = "0.0.0.0:0".parse().unwrap();
    assert!(matches!(
        Sandbox::start(config).await,
        Err(SandboxError::NonLoopback(_))
    ));
    let mut config = Config::new(dir.path().join("x.sqlite3"));
    config.rate_limit_per_minute = 0;
    assert!(matches!(
        Sandbox::start(config).await,
        Err(SandboxError::InvalidConfig(_))
    ));
}

#[tokio::test]
async fn the_handle_reports_a_loopback_url_and_a_given_admin_secret() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path().join("x.sqlite3"));
    config.admin_secret = Some("fixed-secret".into());
    let sandbox = Sandbox::start(config).await.unwrap();
    assert_eq!(
        sandbox.url(),
        format!("http://127.0.0.1:{}", sandbox.addr().port())
    );
    assert_eq!(sandbox.admin_secret(), "fixed-secret");
    sandbox.shutdown().await;
}
