//! Rotation safety against the real sandbox, attacked rather than followed: two processes on
//! the same data resume one rotation at once, and the replacement dies (deleted elsewhere,
//! its key refused, Scriptix failing) just before the old token would be deleted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod rotation_fixture;

use scriptix_keys_core::api::{ExpiryYears, NewToken};
use scriptix_keys_core::model::RemoteToken;
use scriptix_keys_core::rotation::{Engine, Grace, Rotation, RotationError, RotationState};
use scriptix_keys_core::{SecretStore, Store};
use scriptix_sandbox::{FaultKind, FaultRule};
use std::sync::Mutex;

use rotation_fixture::{Bench, PROFILE, plan};

/// Internal state names must not reach a sentence the user reads.
fn assert_plain_words(note: &str) {
    for internal in [
        "needsAttention",
        "vaultFailed",
        "retiring",
        "deleting",
        "creating",
        "planned",
    ] {
        assert!(!note.contains(internal), "{note}");
    }
}

fn named<'a>(tokens: &'a [RemoteToken], name: &str) -> Vec<&'a RemoteToken> {
    tokens
        .iter()
        .filter(|t| t.name.as_deref() == Some(name))
        .collect()
}

#[tokio::test]
async fn two_processes_resuming_the_same_planned_rotation_create_exactly_one_replacement() {
    let bench = Bench::new().await;
    let (first, second) = (bench.open_store(), bench.open_store());
    let old = bench.token("Production transcription").await;
    let r = bench
        .engine(&first)
        .plan(&old, &plan(Grace::SevenDays, false))
        .unwrap();
    // A slow create keeps one process's create in flight while the other resumes.
    bench
        .sandbox
        .faults()
        .add(
            FaultRule::new(FaultKind::Latency { latency_ms: 400 })
                .on_path("/api/v3/tokens")
                .on_method("POST"),
        )
        .unwrap();
    let (a, b) = (bench.engine(&first), bench.engine(&second));
    let (ra, rb) = tokio::join!(a.resume_all(), b.resume_all());
    ra.unwrap();
    rb.unwrap();
    bench.sandbox.faults().clear();
    // Whatever each one saw, resuming again settles the rotation without a new create.
    bench.engine(&second).resume_all().await.unwrap();
    bench.engine(&first).resume_all().await.unwrap();

    let tokens = bench.tokens().await;
    let replacements = named(&tokens, &r.new_name);
    assert_eq!(replacements.len(), 1, "exactly one replacement");
    let r = bench.engine(&first).rotation(&r.id).unwrap();
    assert_eq!(r.state, RotationState::Retiring, "{:?}", r.note);
    assert_eq!(r.new_token_id.as_ref(), Some(&replacements[0].id));
    assert!(bench.vault_key(&replacements[0].id).is_some());
    assert!(
        tokens.iter().any(|t| t.id == old.id),
        "the old token is kept"
    );
    bench.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_step_taken_by_another_process_meanwhile_is_not_taken_again() {
    let bench = Bench::new().await;
    let (first, second) = (bench.open_store(), bench.open_store());
    let old = bench.token("Meeting notes bot").await;
    let planned = bench
        .engine(&first)
        .plan(&old, &plan(Grace::SevenDays, false))
        .unwrap();
    // Both processes read the rotation as planned; the second one advances it first.
    let stale: Rotation = bench.engine(&first).rotation(&planned.id).unwrap();
    bench.engine(&second).advance(&planned.id).await.unwrap();
    let mut moved = stale.clone();
    moved.state = RotationState::Creating;
    let saved = scriptix_keys_core::rotation::journal::save(
        &first.lock().unwrap(),
        &mut moved,
        "create",
        scriptix_keys_core::rotation::Phase::Intent,
        None,
    )
    .unwrap();
    assert!(!saved, "a save from a stale read is refused");
    let now = bench.engine(&first).rotation(&planned.id).unwrap();
    assert_eq!(now.state, RotationState::Retiring);
    let tokens = bench.tokens().await;
    assert_eq!(named(&tokens, &planned.new_name).len(), 1);
    bench.sandbox.shutdown().await;
}

/// Plans and advances a scheduled, auto-deleting rotation to `retiring` (key in the vault),
/// then lets its grace period end.
async fn retiring_past_grace<'a>(
    bench: &'a Bench,
    store: &'a Mutex<Store>,
    name: &str,
) -> (Engine<'a>, Rotation, RemoteToken) {
    let engine = bench.engine(store);
    let old = bench.token(name).await;
    let r = engine.plan(&old, &plan(Grace::OneDay, true)).unwrap();
    let r = engine.advance(&r.id).await.unwrap().rotation;
    assert_eq!(r.state, RotationState::Retiring);
    bench.advance_days(2);
    (engine, r, old)
}

#[tokio::test]
async fn the_old_token_is_kept_when_its_replacement_was_deleted_elsewhere_before_the_grace_ended() {
    let bench = Bench::new().await;
    let store = bench.open_store();
    let (engine, r, old) = retiring_past_grace(&bench, &store, "Nightly batch export").await;
    let new_id = r.new_token_id.clone().unwrap();
    bench
        .client
        .delete_token(&bench.session, &new_id)
        .await
        .unwrap();

    let resumed = engine.resume_all().await.unwrap();
    let r = resumed
        .into_iter()
        .map(|x| x.rotation)
        .find(|x| x.id == r.id)
        .unwrap();
    assert_eq!(r.state, RotationState::NeedsAttention);
    assert!(
        bench.tokens().await.iter().any(|t| t.id == old.id),
        "old token kept"
    );
    let view = engine.view(&r).unwrap();
    let note = view.needs_attention.expect("the user is told why");
    assert!(note.contains("no longer exists"), "{note}");
    assert_plain_words(&note);
    // Completing by hand is refused the same way: nothing is deleted.
    assert!(matches!(
        engine.complete(&r.id).await,
        Err(RotationError::WrongState { .. })
    ));
    // The way out: a new replacement, then the old token can go.
    let retried = engine.retry_after_lost_key(&r.id).await.unwrap().rotation;
    assert_eq!(retried.state, RotationState::Retiring);
    assert!(bench.tokens().await.iter().any(|t| t.id == old.id));
    bench.sandbox.shutdown().await;
}

#[tokio::test]
async fn the_old_token_is_kept_when_scriptix_no_longer_accepts_the_replacements_stored_key() {
    let bench = Bench::new().await;
    let store = bench.open_store();
    let (engine, r, old) = retiring_past_grace(&bench, &store, "Nightly batch export").await;
    // The vault's entry now holds a key Scriptix revoked (another token's, deleted since).
    let other = bench
        .client
        .create_token(
            &bench.session,
            &NewToken {
                name: "Short-lived".into(),
                token_type: r.token_type.clone(),
                expiration_years: ExpiryYears::One,
            },
        )
        .await
        .unwrap();
    bench
        .client
        .delete_token(&bench.session, &other.token.id)
        .await
        .unwrap();
    let new_id = r.new_token_id.clone().unwrap();
    bench
        .secrets
        .inner
        .set(&format!("key:{PROFILE}:{}", new_id.as_str()), &other.key)
        .unwrap();

    let done = engine.complete(&r.id).await.unwrap().rotation;
    assert_eq!(done.state, RotationState::NeedsAttention);
    let tokens = bench.tokens().await;
    assert!(tokens.iter().any(|t| t.id == old.id), "old token kept");
    assert!(tokens.iter().any(|t| t.id == new_id));
    let note = engine.view(&done).unwrap().needs_attention.unwrap();
    assert!(note.contains("no longer accepts"), "{note}");
    assert_plain_words(&note);
    bench.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_server_failure_while_confirming_the_replacement_keeps_the_old_token_and_is_retried() {
    let bench = Bench::new().await;
    let store = bench.open_store();
    let engine = bench.engine(&store);
    let old = bench.token("Research archive").await;
    let r = engine.plan(&old, &plan(Grace::Now, false)).unwrap();
    let faults = bench.sandbox.faults();
    let check_path = match r.token_type.as_str() {
        "batch" => "/api/v3/speech-to-text",
        _ => "/api/v4/realtime",
    };
    // The key check cannot reach Scriptix (the connection drops on every try) right when
    // the emergency delete would start.
    faults
        .add(FaultRule::new(FaultKind::DropBefore).on_path(check_path))
        .unwrap();
    let err = engine.advance(&r.id).await.unwrap_err();
    assert!(matches!(err, RotationError::Unconfirmed { .. }), "{err:?}");
    assert_plain_words(&err.to_string());
    let kept = engine.rotation(&r.id).unwrap();
    assert_eq!(kept.state, RotationState::Retiring);
    assert!(bench.tokens().await.iter().any(|t| t.id == old.id));

    // On the next start the token list fails (500 is not retried).
    faults.clear();
    faults
        .add(
            FaultRule::new(FaultKind::Status { status: 500 })
                .on_path("/api/v3/tokens")
                .on_method("GET")
                .times(1),
        )
        .unwrap();
    let resumed = engine.resume_all().await.unwrap();
    assert_eq!(resumed[0].rotation.state, RotationState::Retiring);
    assert!(bench.tokens().await.iter().any(|t| t.id == old.id));
    // And a 503 on the check that outlasts the retries.
    faults
        .add(FaultRule::new(FaultKind::Status { status: 503 }).on_path(check_path))
        .unwrap();
    assert!(matches!(
        engine.advance(&r.id).await,
        Err(RotationError::Unconfirmed { .. })
    ));
    assert!(bench.tokens().await.iter().any(|t| t.id == old.id));

    // Once Scriptix answers again, the retry finishes the job.
    faults.clear();
    let done = engine.advance(&r.id).await.unwrap().rotation;
    assert_eq!(done.state, RotationState::Done);
    let tokens = bench.tokens().await;
    assert!(tokens.iter().all(|t| t.id != old.id));
    assert!(
        tokens
            .iter()
            .any(|t| Some(&t.id) == done.new_token_id.as_ref())
    );
    bench.sandbox.shutdown().await;
}
