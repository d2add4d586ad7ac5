//! Unit tests of the journal and the state machine's offline transitions (MemoryStore vault,
//! manual clock, a client that is never contacted).
#![allow(clippy::unwrap_used)]

use std::sync::{Arc, Mutex};

use chrono::{Duration, Utc};

use super::*;
use crate::api::{ApiClient, ClientOptions};
use crate::clock::{Clock, ManualClock};
use crate::model::{RemoteToken, TokenId, TokenType};
use crate::secret::Secret;
use crate::store::Store;
use crate::vault::{MemoryStore, Vault};

struct Parts {
    store: Mutex<Store>,
    vault: Vault,
    memory: Arc<MemoryStore>,
    client: ApiClient,
    session: Secret,
    clock: ManualClock,
}

fn parts() -> Parts {
    let memory = Arc::new(MemoryStore::new());
    Parts {
        store: Mutex::new(Store::open_in_memory().unwrap()),
        vault: Vault::new(memory.clone()),
        memory,
        client: ApiClient::new("http://127.0.0.1:9", ClientOptions::default()).unwrap(),
        session: Secret::new("unused".into()),
        clock: ManualClock::new(Utc::now()),
    }
}

fn engine(p: &Parts) -> Engine<'_> {
    Engine::new(&p.store, &p.vault, &p.client, &p.session, &p.clock, "p1")
}

fn old() -> RemoteToken {
    RemoteToken {
        id: TokenId::new("7"),
        name: Some("CI".into()),
        token_type: TokenType::Batch,
        created_at: None,
        expires_at: None,
    }
}

/// Puts a planned rotation into `state` with a replacement, as the engine would.
fn force(p: &Parts, r: &mut Rotation, state: RotationState) {
    r.state = state;
    r.new_token_id = Some(TokenId::new("8"));
    assert!(journal::save(&p.store.lock().unwrap(), r, "test", Phase::Done, None).unwrap());
}

#[test]
fn a_plan_is_journaled_and_read_back_with_its_steps() {
    let p = parts();
    let e = engine(&p);
    let r = e.plan(&old(), &RotationPlan::default()).unwrap();
    assert_eq!(r.state, RotationState::Planned);
    assert_eq!(r.grace_days, Some(7));
    assert_eq!(e.rotation(&r.id).unwrap(), r);
    let view = e.view(&r).unwrap();
    assert_eq!(view.steps.len(), 1);
    assert_eq!(view.steps[0].step, "plan");
    let json = serde_json::to_value(&view).unwrap();
    assert_eq!(json["state"], "planned");
    assert_eq!(json["tokenType"], "batch");
    assert!(
        json["newName"]
            .as_str()
            .unwrap()
            .starts_with("CI (rotated ")
    );
    assert_eq!(e.take_log().len(), 1);
}

#[test]
fn a_token_cannot_be_rotated_twice_at_once() {
    let p = parts();
    let e = engine(&p);
    e.plan(&old(), &RotationPlan::default()).unwrap();
    assert!(matches!(
        e.plan(&old(), &RotationPlan::default()),
        Err(RotationError::Invalid {
            field: "tokenId",
            ..
        })
    ));
}

#[test]
fn a_vault_failure_must_be_acknowledged_before_retiring_and_restarts_the_grace() {
    let p = parts();
    let e = engine(&p);
    let mut r = e.plan(&old(), &RotationPlan::default()).unwrap();
    assert!(matches!(
        e.acknowledge_vault_failure(&r.id),
        Err(RotationError::WrongState { .. })
    ));
    force(&p, &mut r, RotationState::VaultFailed);
    p.clock.advance(Duration::days(3));
    let acked = e.acknowledge_vault_failure(&r.id).unwrap();
    assert_eq!(acked.state, RotationState::Retiring);
    assert_eq!(acked.grace_until, p.clock.now() + Duration::days(7));
}

#[test]
fn due_lists_only_retiring_rotations_whose_grace_has_ended() {
    let p = parts();
    let e = engine(&p);
    let mut r = e.plan(&old(), &RotationPlan::default()).unwrap();
    force(&p, &mut r, RotationState::Retiring);
    assert!(e.due().unwrap().is_empty());
    p.clock.advance(Duration::days(8));
    assert_eq!(e.due().unwrap().len(), 1);
}

#[tokio::test]
async fn completing_without_the_new_key_in_the_vault_keeps_the_old_token() {
    let p = parts();
    let e = engine(&p);
    let mut r = e.plan(&old(), &RotationPlan::default()).unwrap();
    force(&p, &mut r, RotationState::Retiring);
    // No key in the vault and no acknowledgement: the delete is refused before any request.
    let done = e.complete(&r.id).await.unwrap().rotation;
    assert_eq!(done.state, RotationState::NeedsAttention);
    assert!(done.note.is_some());
    assert!(p.memory.is_empty());
}

#[test]
fn the_journal_scrubs_key_shaped_text() {
    let p = parts();
    let e = engine(&p);
    let mut r = e.plan(&old(), &RotationPlan::default()).unwrap();
    let key = "sk_live_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5hJ7k";
    // A server's error quoting the key, as the detail's argument.
    let detail = crate::i18n::StoredMessage::text("api-server-server", "message", key);
    journal::save(
        &p.store.lock().unwrap(),
        &mut r,
        "x",
        Phase::Failed,
        Some(&detail),
    )
    .unwrap();
    let events = journal::events(&p.store.lock().unwrap(), &r.id).unwrap();
    let stored = serde_json::to_string(&events).unwrap();
    assert!(
        stored.contains("api-server-server") && !stored.contains(key),
        "{stored}"
    );
}
