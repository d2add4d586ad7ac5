//! Rotations through the workspace (what the shell's commands will call), against the real
//! sandbox with an in-memory vault and a manual clock.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::{demo_sandbox, sign_in_to, workspace_paths};
use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::{Duration, Utc};
use scriptix_keys_core::api::ClientOptions;
use scriptix_keys_core::audit::AuditFilter;
use scriptix_keys_core::clock::{Clock, ManualClock};
use scriptix_keys_core::rotation::{Grace, RotationPlan, RotationState};
use scriptix_keys_core::workspace::Workspace;
use scriptix_keys_core::{MemoryStore, SecretStore, Vault};
use scriptix_sandbox::{Config, FaultKind, FaultRule, Sandbox, Seed};

#[tokio::test]
async fn a_workspace_rotation_reveals_the_stored_key_and_resumes_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path().join("sandbox.sqlite3"));
    config.seed = Some(Seed::Demo);
    config.session_ttl = StdDuration::from_secs(90 * 24 * 3600);
    let sandbox = Sandbox::start(config).await.unwrap();
    let memory = Arc::new(MemoryStore::new());
    let clock = Arc::new(ManualClock::new(Utc::now()));
    let open = || {
        let paths = workspace_paths(dir.path());
        Workspace::open(paths, Vault::new(memory.clone()), ClientOptions::default())
            .unwrap()
            .with_clock(clock.clone())
    };
    let workspace = open();
    let profile = sign_in_to(&workspace, sandbox.url(), "Sandbox").await;
    let list = workspace.refresh_tokens().await.unwrap();
    let old = list
        .tokens
        .iter()
        .find(|t| t.name == "Nightly batch export")
        .unwrap()
        .id
        .clone();
    let plan = RotationPlan {
        grace: Grace::SevenDays,
        auto_delete: true,
        ..RotationPlan::default()
    };
    let planned = workspace
        .rotation_plan(&[old.as_str().to_owned()], &plan)
        .await
        .unwrap();
    let id = planned[0].id.clone();
    let advanced = workspace.rotation_advance(&id).await.unwrap();
    assert_eq!(advanced.rotation.state, RotationState::Retiring);
    let new_id = advanced.rotation.new_token_id.clone().unwrap();
    let json = serde_json::to_value(&advanced).unwrap();
    let revealed = json["key"].as_str().unwrap().to_owned();
    let stored = memory
        .get(&format!("key:{profile}:{new_id}"))
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.expose(),
        revealed,
        "the revealed key is the stored one"
    );
    let verified = serde_json::to_value(workspace.rotation_verify(&id).await.unwrap()).unwrap();
    assert_eq!(verified["check"]["outcome"], "checked");
    assert_eq!(verified["check"]["result"], "valid");
    assert_eq!(verified["check"]["vaultMatch"]["tokenId"], new_id.as_str());
    assert_eq!(verified["rotation"]["id"], id.as_str());
    let steps = serde_json::to_string(&workspace.rotations().unwrap()).unwrap();
    assert!(!steps.contains(&revealed), "no key in the views");
    drop(workspace);

    // Eight days later, on both clocks, the app starts again: auto-delete finishes it.
    clock.advance(Duration::days(8));
    sandbox.clock().set_offset_seconds(8 * 86_400);
    let reopened = open();
    let view = reopened.rotations_view().unwrap();
    assert!(
        view.rotations[0].state == RotationState::Retiring
            && view.rotations[0].grace_until <= view.now,
        "due by the app's clock"
    );
    let resumed = reopened.resume_rotations().await.unwrap();
    assert_eq!(resumed[0].state, RotationState::Done);
    let tokens = reopened.refresh_tokens().await.unwrap().tokens;
    assert!(tokens.iter().all(|t| t.id != old));
    assert!(tokens.iter().any(|t| t.id.as_str() == new_id));
    let audit = reopened.audit(&AuditFilter::default()).unwrap();
    let rotation_steps = audit
        .entries
        .iter()
        .filter(|e| e.action.name() == "rotationStep")
        .count();
    assert!(rotation_steps >= 6, "{rotation_steps}");
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resume_racing_the_wizards_advance_never_makes_two_replacements() {
    let dir = tempfile::tempdir().unwrap();
    let sandbox = demo_sandbox(dir.path()).await;
    let paths = workspace_paths(dir.path());
    let workspace = Arc::new(
        Workspace::open(
            paths,
            Vault::new(Arc::new(MemoryStore::new())),
            ClientOptions::default(),
        )
        .unwrap(),
    );
    sign_in_to(&workspace, sandbox.url(), "Sandbox").await;
    let list = workspace.refresh_tokens().await.unwrap();
    let old = list
        .tokens
        .iter()
        .find(|t| t.name == "Podcast pipeline")
        .unwrap()
        .id
        .as_str()
        .to_owned();
    // Slow the create down so the two really overlap.
    sandbox
        .faults()
        .add(
            scriptix_sandbox::FaultRule::new(scriptix_sandbox::FaultKind::Latency {
                latency_ms: 300,
            })
            .on_method("POST")
            .times(1),
        )
        .unwrap();
    let planned = workspace
        .rotation_plan(std::slice::from_ref(&old), &RotationPlan::default())
        .await
        .unwrap();
    let id = planned[0].id.clone();
    let (advanced, resumed) = tokio::join!(
        {
            let w = workspace.clone();
            let id = id.clone();
            async move { w.rotation_advance(&id).await }
        },
        {
            let w = workspace.clone();
            async move {
                tokio::time::sleep(StdDuration::from_millis(50)).await;
                w.resume_rotations().await
            }
        }
    );
    advanced.unwrap();
    resumed.unwrap();
    let after = workspace.refresh_tokens().await.unwrap();
    let replacements = after
        .tokens
        .iter()
        .filter(|t| t.name.starts_with("Podcast pipeline (rotated "))
        .count();
    assert_eq!(replacements, 1, "one rotation, one replacement");
}

/// A workspace signed in to the demo sandbox with a manual clock, and a planned + advanced
/// (retiring) rotation of the nightly export, whose key the seed used 3 hours ago.
async fn retiring_nightly(
    dir: &std::path::Path,
    auto_delete: bool,
) -> (
    scriptix_sandbox::SandboxHandle,
    Workspace,
    Arc<ManualClock>,
    String,
    String,
) {
    let mut config = Config::new(dir.join("sandbox.sqlite3"));
    config.seed = Some(Seed::Demo);
    config.session_ttl = StdDuration::from_secs(90 * 24 * 3600);
    let sandbox = Sandbox::start(config).await.unwrap();
    let clock = Arc::new(ManualClock::new(Utc::now()));
    let workspace = Workspace::open(
        workspace_paths(dir),
        Vault::new(Arc::new(MemoryStore::new())),
        ClientOptions::default(),
    )
    .unwrap()
    .with_clock(clock.clone());
    sign_in_to(&workspace, sandbox.url(), "Sandbox").await;
    let list = workspace.refresh_tokens().await.unwrap();
    let old = list
        .tokens
        .iter()
        .find(|t| t.name == "Nightly batch export")
        .unwrap()
        .id
        .as_str()
        .to_owned();
    let plan = RotationPlan {
        grace: Grace::OneDay,
        auto_delete,
        ..RotationPlan::default()
    };
    let id = workspace
        .rotation_plan(std::slice::from_ref(&old), &plan)
        .await
        .unwrap()[0]
        .id
        .clone();
    let advanced = workspace.rotation_advance(&id).await.unwrap();
    assert_eq!(advanced.rotation.state, RotationState::Retiring);
    (sandbox, workspace, clock, id, old)
}

async fn exists(workspace: &Workspace, id: &str) -> bool {
    workspace
        .refresh_tokens()
        .await
        .unwrap()
        .tokens
        .iter()
        .any(|t| t.id.as_str() == id)
}

#[tokio::test]
async fn a_grace_end_with_the_old_key_still_in_use_holds_the_rotation_until_the_key_goes_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let (sandbox, workspace, clock, id, old) = retiring_nightly(dir.path(), true).await;
    // "Recently used" = 48 hours: the seed used the key 3 hours ago, so at the end of a
    // one-day grace period it was used 27 hours ago — in use.
    workspace
        .save_settings(scriptix_keys_core::Settings {
            recent_use_hours: 48,
            ..scriptix_keys_core::Settings::default()
        })
        .unwrap();
    clock.advance(Duration::hours(25));
    workspace.resume_rotations().await.unwrap();
    let view = workspace.rotations_view().unwrap().rotations.remove(0);
    assert_eq!(view.state, RotationState::Retiring, "held, not deleted");
    let in_use = view.in_use.expect("inUse is set");
    assert!(
        (27 * 60..29 * 60).contains(&in_use.minutes_ago),
        "{in_use:?}"
    );
    assert!(in_use.last_ip.is_some());
    assert!(
        exists(&workspace, &old).await,
        "the old token is still on Scriptix"
    );
    // The window's due handling asks to complete it: still held, nothing deleted.
    let again = workspace.rotation_complete(&id).await.unwrap();
    assert!(again.in_use.is_some());
    assert!(exists(&workspace, &old).await);
    // "Wait another day" moves the recheck a day ahead.
    let waited = workspace.rotation_wait_day(&id).unwrap();
    assert!(waited.in_use.as_ref().unwrap().recheck_at > clock.now() + Duration::hours(23));
    clock.advance(Duration::hours(12));
    workspace.resume_rotations().await.unwrap();
    assert!(exists(&workspace, &old).await, "not before the recheck");
    // Two days later the key has gone quiet (75 hours): the next resume completes it.
    clock.advance(Duration::days(2));
    let resumed = workspace.resume_rotations().await.unwrap();
    assert!(
        resumed
            .iter()
            .any(|r| r.id == id && r.state == RotationState::Done),
        "{resumed:?}"
    );
    assert!(!exists(&workspace, &old).await, "deleted once quiet");
    sandbox.shutdown().await;
}

/// Not knowing is not "quiet": when the usage of the old key cannot be read at the end of
/// the grace period (the server fails on that route only), the old token stays; once usage
/// can be read again and shows the key quiet, the next resume deletes it.
#[tokio::test]
async fn a_grace_end_whose_usage_cannot_be_read_keeps_the_old_token_until_it_can() {
    let dir = tempfile::tempdir().unwrap();
    let (sandbox, workspace, clock, id, old) = retiring_nightly(dir.path(), true).await;
    // The seed used the key 3 hours ago: 28 hours at the end of the one-day grace, quiet
    // under the default 24 hours — if only that could be seen.
    sandbox
        .faults()
        .add(
            FaultRule::new(FaultKind::Status { status: 500 })
                .on_path(format!("/api/v3/tokens/{old}/usage")),
        )
        .unwrap();
    clock.advance(Duration::hours(25));
    workspace.resume_rotations().await.unwrap();
    let view = workspace.rotations_view().unwrap().rotations.remove(0);
    assert_eq!(view.state, RotationState::Retiring, "kept: usage unknown");
    assert!(
        exists(&workspace, &old).await,
        "the old token is still on Scriptix"
    );

    sandbox.faults().clear();
    let resumed = workspace.resume_rotations().await.unwrap();
    assert!(
        resumed
            .iter()
            .any(|r| r.id == id && r.state == RotationState::Done),
        "{resumed:?}"
    );
    assert!(!exists(&workspace, &old).await, "deleted once seen quiet");
    sandbox.shutdown().await;
}

#[tokio::test]
async fn delete_anyway_deletes_a_key_in_use_and_delete_now_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let (sandbox, workspace, _clock, id, old) = retiring_nightly(dir.path(), false).await;
    // "Delete old token now" during the grace period: used 3 hours ago, so it is held.
    let held = workspace.rotation_complete(&id).await.unwrap();
    assert_eq!(held.state, RotationState::Retiring);
    assert!(held.in_use.is_some());
    assert!(exists(&workspace, &old).await);
    let done = workspace.rotation_delete_anyway(&id).await.unwrap();
    assert_eq!(done.state, RotationState::Done);
    assert!(!exists(&workspace, &old).await);
    assert!(
        workspace.rotation_wait_day(&id).is_err(),
        "only a retiring rotation waits"
    );
    sandbox.shutdown().await;
}
