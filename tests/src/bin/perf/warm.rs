//! The second command on a warm connection: the app keeps one HTTP client per profile, so a
//! command after the first reuses its open connection. The sandbox makes every new connection
//! wait (as a TLS handshake to a distant server does); a workspace opened afresh (a new
//! client) pays it, the kept one does not.

use std::sync::Arc;
use std::time::Instant;

use scriptix_keys_core::api::ClientOptions;
use scriptix_keys_core::profiles::ProfileInput;
use scriptix_keys_core::workspace::{Workspace, WorkspacePaths};
use scriptix_keys_core::{MemoryStore, Secret, Vault};
use scriptix_sandbox::{Config, Sandbox, Seed, demo};

use crate::stats::Samples;

/// What the sandbox adds to every new connection.
pub const CONNECT_DELAY_MS: u32 = 100;

fn open(dir: &std::path::Path, store: &Arc<MemoryStore>) -> Workspace {
    let paths = WorkspacePaths {
        profiles_file: dir.join("config").join("profiles.json"),
        database_file: dir.join("data").join("scriptix-keys.sqlite3"),
    };
    Workspace::open(paths, Vault::new(store.clone()), ClientOptions::default()).expect("workspace")
}

/// A token-list refresh (12 demo tokens, one page) as the second command of a signed-in
/// workspace vs as the first command of a workspace opened afresh with the same session,
/// alternating, `runs` times each. Returns (warm ms, new connection ms).
pub async fn second_command(runs: usize) -> (Samples, Samples) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut config = Config::new(dir.path().join("warm-sandbox.sqlite3"));
    config.seed = Some(Seed::Demo);
    config.rate_limit_per_minute = u32::MAX;
    let sandbox = Sandbox::start(config).await.expect("sandbox starts");
    sandbox
        .faults()
        .set_connection_delay(u64::from(CONNECT_DELAY_MS));
    let store = Arc::new(MemoryStore::new());
    let kept = open(dir.path(), &store);
    let profile = kept
        .save_profile(ProfileInput {
            id: None,
            name: "Bench".into(),
            base_url: sandbox.url().to_owned(),
            username: String::new(),
        })
        .expect("profile")
        .active_profile_id
        .expect("active profile");
    kept.sign_in(
        &profile,
        demo::DEV_EMAIL,
        Secret::new(demo::PASSWORD.into()),
        true,
    )
    .await
    .expect("sign in");
    let (mut warm, mut cold) = (Samples::default(), Samples::default());
    for _ in 0..runs {
        let t = Instant::now();
        kept.refresh_tokens().await.expect("refresh");
        warm.push(t.elapsed().as_secs_f64() * 1000.0);
        let fresh = open(dir.path(), &store);
        let t = Instant::now();
        fresh.refresh_tokens().await.expect("refresh");
        cold.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    drop(kept);
    sandbox.shutdown().await;
    (warm, cold)
}
