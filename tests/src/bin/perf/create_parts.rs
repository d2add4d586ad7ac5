//! Create → reveal in its parts: what the app does between the click and the reveal besides
//! Scriptix's own create, each step timed on its own with the app's code, in the order the
//! create runs them (`workspace/lifecycle.rs`): "what existed before" read from a cached
//! list of `tokens`, the create intent recorded (with those ids) and moved through its
//! stages, the key written to the real Secret Service (the bench's gnome-keyring, under a
//! service of its own), then in one commit the local record and the cached list updated and
//! the two audit entries (create, reveal) appended to the keyed chain, and that commit.

use std::sync::Arc;
use std::time::Instant;

use chrono::Utc;
use scriptix_keys_core::api::{CreatedToken, ExpiryYears};
use scriptix_keys_core::audit::{AuditAction, AuditEntry, AuditOutcome};
use scriptix_keys_core::model::{RemoteToken, TokenId, TokenType};
use scriptix_keys_core::store::{CreateStage, NewCreateIntent};
use scriptix_keys_core::vault::{KeyringStore, Vault};
use scriptix_keys_core::{LocalToken, Secret, Store};
use serde_json::{Value, json};

use crate::stats::Samples;

/// The vault service the bench writes to (never the app's own entries).
const SERVICE: &str = "scriptix-keys-bench-create-parts";

/// Each part's samples, by name, in the create's order.
pub struct Parts(pub Vec<(&'static str, Samples)>);

impl Parts {
    pub fn to_json(&self) -> Value {
        Value::Object(
            self.0
                .iter()
                .map(|(name, samples)| ((*name).to_owned(), samples.to_json()))
                .collect(),
        )
    }
}

fn token(id: u64, now: chrono::DateTime<Utc>) -> RemoteToken {
    RemoteToken {
        id: TokenId::new(id.to_string()),
        name: Some(format!("Bench token {id}")),
        token_type: TokenType::Batch,
        created_at: Some(now),
        expires_at: Some(now + chrono::Duration::days(365)),
    }
}

fn ms(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1000.0
}

/// `runs` creates' worth of the app's own steps with `tokens` cached tokens.
pub async fn measure(runs: usize, tokens: u64) -> Parts {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("bench.sqlite3")).expect("store");
    let now = Utc::now();
    // Made over the past weeks, like the sandbox's list in the window rows.
    let made = now - chrono::Duration::days(30);
    let cached: Vec<RemoteToken> = (1..=tokens).map(|id| token(id, made)).collect();
    store.save_list_cache("p1", &cached, now).expect("cache");
    let vault = Vault::new(Arc::new(KeyringStore::new(SERVICE)));
    let mut before = Samples::default();
    let mut intent = Samples::default();
    let mut secret_service = Samples::default();
    let mut record = Samples::default();
    let mut audit = Samples::default();
    let mut commit = Samples::default();
    for run in 0..runs {
        let id = tokens + 1 + run as u64;
        let started = Instant::now();
        let ids = store.create_before("p1").expect("ids").expect("a cache");
        before.push(ms(started));

        let started = Instant::now();
        let intent_id = store
            .record_create_intent(&NewCreateIntent {
                profile_id: "p1",
                name: &format!("Bench token {id}"),
                token_type: &TokenType::Batch,
                years: 1,
                started_at: Utc::now(),
                before_ids: &ids.ids,
            })
            .expect("intent");
        store
            .set_create_stage(intent_id, CreateStage::Sent, None, Utc::now())
            .expect("stage");
        let created = CreatedToken {
            token: token(id, Utc::now()),
            key: Secret::new(format!("sk_live_bench{id:0>35}")),
        };
        store
            .set_create_stage(
                intent_id,
                CreateStage::Answered,
                Some(&created.token.id),
                Utc::now(),
            )
            .expect("stage");
        intent.push(ms(started));

        let started = Instant::now();
        vault
            .store_key("p1", &created.token.id, &created.key)
            .await
            .expect("the Secret Service stores the key");
        secret_service.push(ms(started));

        // As the app does after the vault write: the stage, the local record, the cached
        // list and the two audit entries in one commit; each timed, then the commit itself.
        let local = LocalToken::from_created(&created, ExpiryYears::One, Utc::now(), true);
        let committing = store
            .in_one_commit(|store| {
                let started = Instant::now();
                store
                    .set_create_stage(intent_id, CreateStage::Stored, None, Utc::now())
                    .expect("stage");
                store.record_local_token("p1", &local).expect("local");
                assert!(
                    store
                        .append_to_list_cache("p1", &created.token)
                        .expect("cache")
                );
                record.push(ms(started));
                let started = Instant::now();
                for (action, detail) in [
                    (AuditAction::Create, "key saved in the vault"),
                    (AuditAction::Reveal, ""),
                ] {
                    let mut entry = AuditEntry::new(
                        Utc::now(),
                        "p1",
                        "bench@example.com",
                        action,
                        AuditOutcome::Success,
                    )
                    .with_token(&created.token.id, created.token.name.as_deref());
                    if !detail.is_empty() {
                        entry = entry.with_detail(detail, &[&created.key]);
                    }
                    store.append_audit(&entry).expect("audit");
                }
                audit.push(ms(started));
                Instant::now()
            })
            .expect("one commit");
        commit.push(ms(committing));

        vault
            .forget_key("p1", &created.token.id)
            .await
            .expect("the bench's entry is removed");
    }
    Parts(vec![
        ("before_ids_from_cache", before),
        ("create_intent", intent),
        ("secret_service_write", secret_service),
        ("local_record_and_cache", record),
        ("audit_two_entries", audit),
        ("one_commit", commit),
    ])
}

/// The parts as one line for the report: "name median ms · …".
pub fn summary(parts: &Parts) -> String {
    parts
        .0
        .iter()
        .map(|(name, samples)| format!("{} {:.1} ms", name.replace('_', " "), samples.median()))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// For the JSON report.
pub fn json(parts: &Parts, tokens: u64) -> Value {
    json!({ "tokens": tokens, "parts_ms": parts.to_json() })
}
