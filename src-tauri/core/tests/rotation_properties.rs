//! A property-based test of the rotation engine against the real sandbox: random plans,
//! random crash points, random vault refusals, random server failures, and two engines (as
//! two processes on the same data) at once. After every run the promises are checked on the
//! server, in the vault and in the journal:
//! - the old token is deleted only after the new key was stored (or the user confirmed
//!   saving it), and only while the replacement is alive with a working key;
//! - no rotation ever has two replacements;
//! - no created key is unreachable: every token created during the run has its key in the
//!   vault, or is the replacement of a rotation that tells the user (needs attention).
//!
//! Then the faults stop and the grace periods end. Some rotations are held at that point
//! (their old key was still in use: a hold until a recheck a day later) or kept (whether it
//! was in use could not be read): a resume must leave the old token of a held or kept
//! rotation alone, and once the recheck has passed, a fresh resume retires it as planned.
//! Then the user answers what the app asks, and every rotation must end done with nothing
//! left behind.
//!
//! Two combinations are left out of the concurrent runs, because no journal can settle them
//! without an idempotency key on Scriptix, and the single-instance guard keeps a second
//! process off the same data: a process dying in the middle of a create while another one
//! resumes the same rotation in that instant, and a create whose answer is lost while
//! another process creates for the same rotation (both are found again by name only).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "rotation_properties/cases.rs"]
mod cases;
mod rotation_fixture;

use std::collections::HashSet;
use std::sync::Mutex;

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, RngSeed};
use scriptix_keys_core::api::{ExpiryYears, KeyCheck, NewToken};
use scriptix_keys_core::clock::Clock;
use scriptix_keys_core::model::TokenId;
use scriptix_keys_core::rotation::{CrashHook, Engine, Phase, RotationError, RotationState};
use scriptix_keys_core::store::RotationHold;
use scriptix_keys_core::{SecretStore, Store};
use scriptix_sandbox::FaultKind;

use cases::{AtGraceEnd, Case, Route, Sabotage, case};
use rotation_fixture::{Bench, PROFILE};

/// One engine's run: what a process does at start (resume everything it finds).
async fn run(engine: &Engine<'_>) {
    match engine.resume_all().await {
        Ok(_)
        | Err(
            RotationError::Crashed(_)
            | RotationError::Changed
            | RotationError::Api(_)
            | RotationError::Vault(_)
            | RotationError::Unconfirmed { .. },
        ) => {}
        Err(other) => panic!("resume failed unexpectedly: {other:?}"),
    }
}

/// Both engines at once (or the first alone).
async fn run_both(a: &Engine<'_>, b: &Engine<'_>, concurrent: bool) {
    if concurrent {
        tokio::join!(run(a), run(b));
    } else {
        run(a).await;
    }
}

/// The promises, checked against the server, the vault and the journal.
async fn check_invariants(
    bench: &Bench,
    store: &Mutex<Store>,
    seeded: &HashSet<TokenId>,
    when: &str,
) -> Result<(), TestCaseError> {
    bench.sandbox.faults().clear();
    bench.secrets.clear_refusals();
    let tokens = bench.tokens().await;
    let alive: HashSet<&TokenId> = tokens.iter().map(|t| &t.id).collect();
    let engine = bench.engine(store);
    let rotations = engine.rotations().unwrap();
    for r in &rotations {
        let named = tokens
            .iter()
            .filter(|t| t.name.as_deref() == Some(r.new_name.as_str()))
            .count();
        prop_assert!(named <= 1, "{when}: {named} replacements for {r:?}");
        let steps = engine.view(r).unwrap().steps;
        let safe_at = steps.iter().position(|s| {
            (s.step == "storeKey" || s.step == "ackVaultFailure") && s.phase == Phase::Done
        });
        if let Some(delete_at) = steps
            .iter()
            .position(|s| s.step == "deleteOld" && s.phase == Phase::Intent)
        {
            prop_assert!(
                safe_at.is_some_and(|safe| safe < delete_at),
                "{when}: delete before the key was safe: {steps:?}"
            );
        }
        if alive.contains(&r.old_token_id) {
            continue;
        }
        // The old token is gone: its replacement must be alive, with a working stored key.
        let new_id = r.new_token_id.clone();
        prop_assert!(
            new_id.is_some(),
            "{when}: old deleted without a replacement"
        );
        let new_id = new_id.unwrap();
        prop_assert!(
            alive.contains(&new_id),
            "{when}: old deleted, replacement gone: {r:?}"
        );
        let key = bench.vault_key(&new_id);
        prop_assert!(key.is_some(), "{when}: old deleted, new key not stored");
        let check = bench
            .client
            .check_key(&key.unwrap(), &r.token_type)
            .await
            .unwrap();
        prop_assert_eq!(check, KeyCheck::Valid, "{}: replacement key dead", when);
    }
    for token in tokens.iter().filter(|t| !seeded.contains(&t.id)) {
        let held = bench.vault_key(&token.id).is_some();
        // Told the user: it is the replacement of a rotation that needs attention (its
        // "Replace" deletes it); or the journal knows a create of that name may have
        // happened, which the next start reconciles (after a crash).
        let told = rotations.iter().any(|r| {
            let reported = r.new_token_id.as_ref() == Some(&token.id)
                && matches!(
                    r.state,
                    RotationState::NeedsAttention | RotationState::VaultFailed
                );
            let pending = r.state == RotationState::Creating
                && token.name.as_deref() == Some(r.new_name.as_str());
            reported || pending
        });
        prop_assert!(
            held || told,
            "{when}: token {:?} created but its key is neither held nor reported: {rotations:?}",
            token
        );
    }
    Ok(())
}

async fn sabotage_first_replacement(bench: &Bench, store: &Mutex<Store>, sabotage: Sabotage) {
    let rotations = bench.engine(store).rotations().unwrap();
    let Some(r) = rotations
        .iter()
        .find(|r| r.state == RotationState::Retiring)
    else {
        return;
    };
    let new_id = r.new_token_id.clone().unwrap();
    match sabotage {
        Sabotage::DeleteReplacement => {
            bench
                .client
                .delete_token(&bench.session, &new_id)
                .await
                .unwrap();
        }
        Sabotage::RevokedKeyInVault => {
            let other = bench
                .client
                .create_token(
                    &bench.session,
                    &NewToken {
                        name: "Revoked since".into(),
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
            bench
                .secrets
                .inner
                .set(&format!("key:{PROFILE}:{}", new_id.as_str()), &other.key)
                .unwrap();
        }
    }
}

/// Applies each rotation's [`AtGraceEnd`] as the workspace does at a resume (a hold in the
/// store, or `keep_old_token` on the engines) and returns the old tokens that must survive
/// the next resume: those of retiring, auto-deleting, non-emergency rotations held or kept.
async fn hold_at_grace_end(
    bench: &Bench,
    store: &Mutex<Store>,
    engines: &[&Engine<'_>],
    case: &Case,
    olds: &[scriptix_keys_core::model::RemoteToken],
) -> Vec<TokenId> {
    let alive: HashSet<TokenId> = bench.tokens().await.into_iter().map(|t| t.id).collect();
    let rotations = engines[0].rotations().unwrap();
    let mut waiting = Vec::new();
    for (end, old) in case.at_grace_end.iter().zip(olds) {
        let Some(r) = rotations.iter().find(|r| r.old_token_id == old.id) else {
            continue;
        };
        match end {
            AtGraceEnd::Quiet => continue,
            AtGraceEnd::Held => {
                let now = bench.clock.now();
                let hold = RotationHold {
                    recheck_at: now + chrono::Duration::days(1),
                    last_used_at: now - chrono::Duration::hours(1),
                    last_ip: Some("192.0.2.7".into()),
                };
                let db = store.lock().unwrap();
                db.set_rotation_hold(&r.id, Some(&hold)).unwrap();
            }
            AtGraceEnd::Unreadable => {
                for engine in engines {
                    engine.keep_old_token(&r.id);
                }
            }
        }
        if r.state == RotationState::Retiring
            && r.auto_delete
            && !r.emergency
            && alive.contains(&r.old_token_id)
        {
            waiting.push(r.old_token_id.clone());
        }
    }
    waiting
}

async fn one_case(case: Case) -> Result<(), TestCaseError> {
    let bench = Bench::new().await;
    let initial = bench.tokens().await;
    let seeded: HashSet<TokenId> = initial.iter().map(|t| t.id.clone()).collect();
    let (store_a, store_b) = (bench.open_store(), bench.open_store());
    let planner = bench.engine(&store_a);
    let mut olds: Vec<_> = initial
        .iter()
        .filter(|t| t.name.is_some())
        .cloned()
        .collect();
    olds.sort_by(|a, b| a.name.cmp(&b.name));
    for (choice, old) in case.choices.iter().zip(&olds) {
        planner.plan(old, &choice.plan()).unwrap();
    }

    // The first run: faults, refusals, maybe a crash, maybe two processes.
    let concurrent = case.concurrent && case.crash.is_none();
    for fault in &case.faults {
        // A create whose answer is lost is found again by its name; with two processes
        // creating for the same rotation at that moment, the name cannot say whose it is.
        // The single-instance guard rules that out (see the module comment).
        let lost_answer = matches!(
            (fault.route, &fault.kind),
            (Route::Create, FaultKind::DropAfter | FaultKind::Truncate)
        );
        if concurrent && lost_answer {
            continue;
        }
        bench.sandbox.faults().add(fault.rule()).unwrap();
    }
    bench.secrets.refuse_calls(case.refusals.iter().copied());
    let a = bench
        .engine(&store_a)
        .with_crash_hook(case.crash.map(CrashHook::Fail));
    let b = bench.engine(&store_b);
    // A crash is the whole app dying; the next start is the restart below.
    run_both(&a, &b, concurrent).await;
    check_invariants(&bench, &store_a, &seeded, "after the first run").await?;

    if let Some(sabotage) = case.sabotage {
        sabotage_first_replacement(&bench, &store_a, sabotage).await;
    }

    // A restart once the grace periods are over, still two processes; some old keys are
    // still in use (held) or their use cannot be read (kept by these engines).
    bench.advance_days(15);
    let (store_a, store_b) = (bench.open_store(), bench.open_store());
    let (a, b) = (bench.engine(&store_a), bench.engine(&store_b));
    let waiting = hold_at_grace_end(&bench, &store_a, &[&a, &b], &case, &olds).await;
    run_both(&a, &b, case.concurrent).await;
    check_invariants(&bench, &store_a, &seeded, "after the restart").await?;
    run(&a).await;
    let alive: HashSet<TokenId> = bench.tokens().await.into_iter().map(|t| t.id).collect();
    for old in &waiting {
        prop_assert!(
            alive.contains(old),
            "a held or kept rotation deleted its old token {old:?}"
        );
    }

    // The next day the recheck is due: a fresh start (nothing kept) retires what was
    // waiting, as planned.
    bench.advance_days(2);
    let (store_a, store_b) = (bench.open_store(), bench.open_store());
    let (a, b) = (bench.engine(&store_a), bench.engine(&store_b));
    run_both(&a, &b, case.concurrent).await;
    check_invariants(&bench, &store_a, &seeded, "after the recheck").await?;
    for r in a.rotations().unwrap() {
        prop_assert!(
            !(r.auto_delete && r.state == RotationState::Retiring),
            "an auto-delete rotation still retiring after its grace and hold ended: {r:?}"
        );
    }

    // The user answers what the app asks (replace a lost or dead replacement, confirm the
    // delete) until nothing is left to answer.
    for _ in 0..3 {
        for r in a.rotations().unwrap() {
            match r.state {
                RotationState::NeedsAttention | RotationState::VaultFailed => {
                    a.retry_after_lost_key(&r.id).await.unwrap();
                }
                RotationState::Retiring | RotationState::Deleting => {
                    a.complete(&r.id).await.unwrap();
                }
                _ => {}
            }
        }
        check_invariants(&bench, &store_a, &seeded, "after the user's answers").await?;
    }
    for r in a.rotations().unwrap() {
        prop_assert_eq!(r.state, RotationState::Done, "{:?}", r);
    }
    // And nothing is left behind: every token created on the way is gone or held.
    for token in bench.tokens().await {
        prop_assert!(
            seeded.contains(&token.id) || bench.vault_key(&token.id).is_some(),
            "left behind without its key: {:?}",
            token
        );
    }
    bench.sandbox.shutdown().await;
    Ok(())
}

/// The same cases on every run (the runs take the real network path, so a fixed seed keeps
/// them comparable); `ROTATION_PROPTEST_SEED=<n>` explores others.
fn seed() -> u64 {
    std::env::var("ROTATION_PROPTEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5c21_7a11)
}

proptest! {
    #![proptest_config(Config {
        cases: 32,
        rng_seed: RngSeed::Fixed(seed()),
        max_shrink_iters: 64,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..Config::default()
    })]

    #[test]
    fn rotations_never_delete_early_never_duplicate_and_never_lose_a_key(case in case()) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(one_case(case))?;
    }
}
