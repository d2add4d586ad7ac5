//! Key rotation against the real sandbox: scheduled, emergency, bulk, vault failure,
//! cancel, a dropped create answer, and a crash at every journaled step.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod rotation_fixture;

use std::sync::Mutex;

use chrono::Utc;
use scriptix_keys_core::api::KeyCheck;
use scriptix_keys_core::model::{RemoteToken, TokenId};
use scriptix_keys_core::rotation::{
    CrashPoint, Engine, Grace, Phase, Rotation, RotationError, RotationPlan, RotationState,
    expiring_within,
};
use scriptix_keys_core::{Secret, Store};
use scriptix_sandbox::{FaultKind, FaultRule};

use rotation_fixture::{Bench, PROFILE, plan};

/// The rotation bench with one connection to the app's database, as the app holds it.
struct Fixture {
    bench: Bench,
    store: Mutex<Store>,
}

impl std::ops::Deref for Fixture {
    type Target = Bench;

    fn deref(&self) -> &Bench {
        &self.bench
    }
}

impl Fixture {
    async fn new() -> Self {
        let bench = Bench::new().await;
        let store = bench.open_store();
        Self { bench, store }
    }

    fn engine(&self) -> Engine<'_> {
        self.bench.engine(&self.store)
    }

    /// As if the app restarted: a fresh connection to the same database file.
    fn reopen_store(&mut self) {
        self.store = self.bench.open_store();
    }

    /// The invariants of a finished rotation, checked on the server and in the vault.
    async fn assert_rotated(&self, r: &Rotation) {
        let tokens = self.tokens().await;
        assert!(
            tokens.iter().all(|t| t.id != r.old_token_id),
            "the old token is gone"
        );
        let replacements: Vec<&RemoteToken> = tokens
            .iter()
            .filter(|t| t.name.as_deref() == Some(r.new_name.as_str()))
            .collect();
        assert_eq!(replacements.len(), 1, "exactly one replacement");
        assert_eq!(Some(&replacements[0].id), r.new_token_id.as_ref());
        let key = self
            .vault_key(&replacements[0].id)
            .expect("key in the vault");
        let check = self.client.check_key(&key, &r.token_type).await.unwrap();
        assert_eq!(check, KeyCheck::Valid);
        assert_journal_order(self, r);
    }

    /// No key anywhere in the database files.
    fn assert_no_key_on_disk(&self) {
        let keys: Vec<Secret> = self
            .tokens_in_vault()
            .into_iter()
            .filter_map(|id| self.vault_key(&id))
            .collect();
        assert!(!keys.is_empty());
        for suffix in ["", "-wal"] {
            let mut path = self.db_path().into_os_string();
            path.push(suffix);
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let text = String::from_utf8_lossy(&bytes);
            for key in &keys {
                assert!(!text.contains(key.expose()), "a key reached the database");
            }
        }
    }

    fn tokens_in_vault(&self) -> Vec<TokenId> {
        let store = self.store.lock().unwrap();
        store
            .local_tokens(PROFILE)
            .unwrap()
            .into_iter()
            .map(|t| t.token_id)
            .collect()
    }
}

/// The journal never shows a delete of the old token before the new key was safe.
fn assert_journal_order(fixture: &Fixture, r: &Rotation) {
    let view = fixture.engine().view(r).unwrap();
    let safe = view
        .steps
        .iter()
        .position(|s| s.step == "storeKey" && s.phase == Phase::Done);
    let delete = view
        .steps
        .iter()
        .position(|s| s.step == "deleteOld" && s.phase == Phase::Intent);
    if let Some(delete) = delete {
        assert!(safe.is_some_and(|safe| safe < delete), "{:?}", view.steps);
    }
}

#[tokio::test]
async fn a_scheduled_rotation_keeps_the_old_token_through_the_grace_period_then_deletes_it() {
    let fixture = Fixture::new().await;
    let engine = fixture.engine();
    let old = fixture.token("Production transcription").await;
    let custom = RotationPlan {
        new_name: Some("Production transcription v2".into()),
        ..plan(Grace::SevenDays, false)
    };
    let planned = engine.plan(&old, &custom).unwrap();
    let advanced = engine.advance(&planned.id).await.unwrap();
    let r = advanced.rotation;
    assert_eq!(r.state, RotationState::Retiring);
    let new_id = r.new_token_id.clone().unwrap();
    assert_eq!(
        fixture.vault_key(&new_id).unwrap().expose(),
        advanced.new_key.unwrap().expose()
    );
    assert!(fixture.tokens().await.iter().any(|t| t.id == old.id));
    assert_eq!(engine.verify(&r.id, None).await.unwrap(), KeyCheck::Valid);

    fixture.advance_days(6);
    assert!(engine.due().unwrap().is_empty());
    let again = engine.advance(&r.id).await.unwrap().rotation;
    assert_eq!(again.state, RotationState::Retiring, "no auto-delete");
    fixture.advance_days(2);
    assert_eq!(engine.due().unwrap().len(), 1);
    let done = engine.complete(&r.id).await.unwrap().rotation;
    assert_eq!(done.state, RotationState::Done);
    fixture.assert_rotated(&done).await;
    fixture.assert_no_key_on_disk();
    let json = serde_json::to_value(engine.view(&done).unwrap()).unwrap();
    assert_eq!(json["state"], "done");
    assert_eq!(json["oldTokenId"], old.id.as_str());
    assert!(json["needsAttention"].is_null());
    fixture.bench.sandbox.shutdown().await;
}

#[tokio::test]
async fn an_emergency_rotation_deletes_the_old_token_as_soon_as_the_new_key_is_safe() {
    let fixture = Fixture::new().await;
    let engine = fixture.engine();
    let old = fixture.token("Meeting notes bot").await;
    let r = engine.plan(&old, &plan(Grace::Now, false)).unwrap();
    assert!(r.emergency);
    let done = engine.advance(&r.id).await.unwrap().rotation;
    assert_eq!(done.state, RotationState::Done);
    assert!(done.new_name.starts_with("Meeting notes bot (rotated "));
    fixture.assert_rotated(&done).await;
    fixture.bench.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_bulk_rotation_of_three_expiring_tokens_auto_deletes_after_the_grace() {
    let fixture = Fixture::new().await;
    let engine = fixture.engine();
    let now = Utc::now();
    let soon: Vec<RemoteToken> = expiring_within(&fixture.tokens().await, 30, now)
        .into_iter()
        .filter(|t| t.expires_at.is_some_and(|at| at > now))
        .take(3)
        .collect();
    assert_eq!(soon.len(), 3);
    let planned = engine.plan_many(&soon, &plan(Grace::OneDay, true)).unwrap();
    for r in &planned {
        let r = engine.advance(&r.id).await.unwrap().rotation;
        assert_eq!(r.state, RotationState::Retiring);
    }
    fixture.advance_days(2);
    let resumed = engine.resume_all().await.unwrap();
    assert_eq!(resumed.len(), 3);
    for r in resumed.iter().map(|a| &a.rotation) {
        assert_eq!(r.state, RotationState::Done);
        fixture.assert_rotated(r).await;
    }
    let err = engine.plan_many(&soon[..1], &plan(Grace::OneDay, true));
    assert!(err.is_ok(), "a finished rotation does not block a new one");
    fixture.bench.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_vault_failure_keeps_the_old_token_until_the_user_acknowledges() {
    let fixture = Fixture::new().await;
    let engine = fixture.engine();
    let old = fixture.token("Research archive").await;
    let r = engine.plan(&old, &plan(Grace::Now, false)).unwrap();
    fixture.secrets.inner.set_unavailable(true);
    let advanced = engine.advance(&r.id).await.unwrap();
    fixture.secrets.inner.set_unavailable(false);
    assert_eq!(advanced.rotation.state, RotationState::VaultFailed);
    let key = advanced
        .new_key
        .expect("the key is held in memory for the reveal");
    assert!(
        engine
            .view(&advanced.rotation)
            .unwrap()
            .needs_attention
            .is_some()
    );
    assert!(matches!(
        engine.complete(&r.id).await,
        Err(RotationError::WrongState { .. })
    ));
    assert!(engine.resume_all().await.is_ok());
    assert!(fixture.tokens().await.iter().any(|t| t.id == old.id));
    assert_eq!(
        engine.verify(&r.id, Some(&key)).await.unwrap(),
        KeyCheck::Valid
    );
    engine.acknowledge_vault_failure(&r.id).unwrap();
    let done = engine.advance(&r.id).await.unwrap().rotation;
    assert_eq!(done.state, RotationState::Done);
    assert!(fixture.tokens().await.iter().all(|t| t.id != old.id));
    fixture.bench.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_cancelled_rotation_reports_the_replacement_and_can_delete_it() {
    let fixture = Fixture::new().await;
    let engine = fixture.engine();
    let old = fixture.token("Customer support QA").await;
    let r = engine.plan(&old, &plan(Grace::SevenDays, false)).unwrap();
    let r = engine.advance(&r.id).await.unwrap().rotation;
    let report = engine.cancel(&r.id).await.unwrap();
    let replacement = report.replacement.clone().unwrap();
    assert!(replacement.key_in_vault);
    assert_eq!(report.old_token_active, Some(true));
    assert!(report.can_delete_replacement);
    let cleaned = engine.cleanup_after_cancel(&r.id, true).await.unwrap();
    assert_eq!(cleaned.state, RotationState::Cancelled);
    let tokens = fixture.tokens().await;
    assert!(tokens.iter().all(|t| t.id.as_str() != replacement.token_id));
    assert!(tokens.iter().any(|t| t.id == old.id));
    assert!(
        fixture
            .vault_key(&TokenId::new(replacement.token_id))
            .is_none()
    );
    fixture.bench.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_dropped_create_answer_needs_attention_and_never_makes_a_silent_duplicate() {
    let fixture = Fixture::new().await;
    let engine = fixture.engine();
    let old = fixture.token("Podcast pipeline").await;
    let r = engine.plan(&old, &plan(Grace::SevenDays, false)).unwrap();
    fixture
        .sandbox
        .faults()
        .add(
            FaultRule::new(FaultKind::DropAfter)
                .on_path("/api/v3/tokens")
                .on_method("POST")
                .times(1),
        )
        .unwrap();
    let r = engine.advance(&r.id).await.unwrap().rotation;
    assert_eq!(r.state, RotationState::NeedsAttention);
    let named = |tokens: &[RemoteToken]| {
        tokens
            .iter()
            .filter(|t| t.name.as_deref() == Some(r.new_name.as_str()))
            .count()
    };
    assert_eq!(named(&fixture.tokens().await), 1);
    // Resuming does not create another one, nor delete the old token.
    let resumed = engine.resume_all().await.unwrap();
    assert_eq!(resumed[0].rotation.state, RotationState::NeedsAttention);
    let tokens = fixture.tokens().await;
    assert_eq!(named(&tokens), 1);
    assert!(tokens.iter().any(|t| t.id == old.id));

    let lost = r.new_token_id.clone().unwrap();
    let retried = engine.retry_after_lost_key(&r.id).await.unwrap().rotation;
    assert_eq!(retried.state, RotationState::Retiring);
    let tokens = fixture.tokens().await;
    assert_eq!(named(&tokens), 1);
    assert!(tokens.iter().all(|t| t.id != lost));
    let done = engine.complete(&r.id).await.unwrap().rotation;
    fixture.assert_rotated(&done).await;
    fixture.bench.sandbox.shutdown().await;
}

/// For each crash point: crash there, reopen the store, resume, and check that no key was
/// lost unnoticed, no second replacement exists and the old token was not deleted early.
#[tokio::test]
async fn a_crash_at_any_step_resumes_without_losing_keys_duplicating_or_deleting_early() {
    let mut fixture = Fixture::new().await;
    let olds: Vec<RemoteToken> = fixture.tokens().await;
    let mut covered = 0;
    for (point, old) in CrashPoint::ALL.into_iter().zip(olds) {
        let id = {
            let engine = fixture.engine().crash_at(point);
            let r = engine.plan(&old, &plan(Grace::Now, false)).unwrap();
            let err = engine.advance(&r.id).await.unwrap_err();
            assert!(
                matches!(err, RotationError::Crashed(p) if p == point),
                "{err:?}"
            );
            r.id
        };
        fixture.reopen_store();
        let engine = fixture.engine();
        let resumed = engine.resume_all().await.unwrap();
        let r = resumed
            .into_iter()
            .map(|a| a.rotation)
            .find(|r| r.id == id)
            .unwrap();
        let tokens = fixture.tokens().await;
        let replacements = tokens
            .iter()
            .filter(|t| t.name.as_deref() == Some(r.new_name.as_str()))
            .count();
        assert!(replacements <= 1, "{point:?}: duplicate replacement");
        let r = if r.state == RotationState::NeedsAttention {
            // Only a crash between the create answer and the vault write can lose a key,
            // and then the old token must still be there.
            assert!(
                matches!(
                    point,
                    CrashPoint::AfterCreateResponse | CrashPoint::AfterStoreKeyIntent
                ),
                "{point:?}"
            );
            assert!(
                tokens.iter().any(|t| t.id == old.id),
                "{point:?}: early delete"
            );
            engine.retry_after_lost_key(&id).await.unwrap().rotation
        } else {
            r
        };
        assert_eq!(r.state, RotationState::Done, "{point:?}");
        fixture.assert_rotated(&r).await;
        covered += 1;
    }
    assert_eq!(covered, CrashPoint::ALL.len());
    fixture.assert_no_key_on_disk();
    fixture.bench.sandbox.shutdown().await;
}
