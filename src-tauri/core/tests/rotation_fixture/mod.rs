//! A rotation test bench for the engine: the real sandbox in-process, one SQLite file that
//! several engines (as several processes would) open, a vault that refuses on cue, and a
//! manual clock moved together with the sandbox's.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration as StdDuration;

use chrono::{Duration, Utc};
use scriptix_keys_core::api::{ApiClient, ClientOptions, LoginOutcome, RetryPolicy};
use scriptix_keys_core::clock::ManualClock;
use scriptix_keys_core::model::{RemoteToken, TokenId};
use scriptix_keys_core::rotation::{Engine, Grace, RotationPlan};
use scriptix_keys_core::vault::VaultProblem;
use scriptix_keys_core::{MemoryStore, Secret, SecretStore, Store, Vault, VaultError};
use scriptix_sandbox::{Config, Sandbox, SandboxHandle, Seed, demo};
use tempfile::TempDir;

pub const PROFILE: &str = "profile-1";

/// A [`SecretStore`] over a [`MemoryStore`] that refuses chosen calls, as a locked or
/// crashed keyring would: every `set` and `get` is numbered from 0, and the numbers in
/// `refused` fail (or every call while `refuse_all` is set).
#[derive(Debug, Default)]
pub struct RefusingStore {
    pub inner: MemoryStore,
    calls: AtomicU32,
    refused: Mutex<HashSet<u32>>,
    refuse_all: AtomicBool,
}

impl RefusingStore {
    pub fn refuse_calls(&self, numbers: impl IntoIterator<Item = u32>) {
        self.refused.lock().unwrap().extend(numbers);
    }

    pub fn clear_refusals(&self) {
        self.refused.lock().unwrap().clear();
        self.refuse_all(false);
    }

    pub fn refuse_all(&self, on: bool) {
        self.refuse_all.store(on, Ordering::SeqCst);
    }

    fn gate(&self) -> Result<(), VaultError> {
        let n = self.calls.fetch_add(1, Ordering::SeqCst);
        if self.refuse_all.load(Ordering::SeqCst) || self.refused.lock().unwrap().contains(&n) {
            return Err(VaultError::Unavailable {
                reason: VaultProblem::Locked,
            });
        }
        Ok(())
    }
}

impl SecretStore for RefusingStore {
    fn get(&self, user: &str) -> Result<Option<Secret>, VaultError> {
        self.gate()?;
        self.inner.get(user)
    }

    fn set(&self, user: &str, secret: &Secret) -> Result<(), VaultError> {
        self.gate()?;
        self.inner.set(user, secret)
    }

    fn delete(&self, user: &str) -> Result<(), VaultError> {
        self.inner.delete(user)
    }
}

pub struct Bench {
    pub sandbox: SandboxHandle,
    pub dir: TempDir,
    pub secrets: Arc<RefusingStore>,
    pub vault: Vault,
    pub client: ApiClient,
    pub session: Secret,
    pub clock: ManualClock,
}

impl Bench {
    pub async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config::new(dir.path().join("sandbox.sqlite3"));
        config.seed = Some(Seed::Demo);
        config.session_ttl = StdDuration::from_secs(90 * 24 * 3600);
        config.rate_limit_per_minute = 100_000;
        let sandbox = Sandbox::start(config).await.unwrap();
        let options = ClientOptions {
            retry: RetryPolicy {
                base_backoff: StdDuration::from_millis(5),
                ..RetryPolicy::default()
            },
            ..ClientOptions::default()
        };
        let client = ApiClient::new(sandbox.url(), options).unwrap();
        let password = Secret::new(demo::PASSWORD.to_owned());
        let session = match client
            .login(demo::DEV_EMAIL, &password, false)
            .await
            .unwrap()
        {
            LoginOutcome::SignedIn(session) => session.token,
            other => panic!("{other:?}"),
        };
        let secrets = Arc::new(RefusingStore::default());
        Self {
            sandbox,
            vault: Vault::new(secrets.clone()),
            secrets,
            client,
            session,
            clock: ManualClock::new(Utc::now()),
            dir,
        }
    }

    /// A connection to the app's database, as one process of the app opens it.
    pub fn open_store(&self) -> Mutex<Store> {
        Mutex::new(Store::open(self.db_path()).unwrap())
    }

    pub fn db_path(&self) -> PathBuf {
        self.dir.path().join("data").join("scriptix-keys.sqlite3")
    }

    pub fn engine<'a>(&'a self, store: &'a Mutex<Store>) -> Engine<'a> {
        Engine::new(
            store,
            &self.vault,
            &self.client,
            &self.session,
            &self.clock,
            PROFILE,
        )
    }

    /// Moves this device's clock and the server's by the same amount.
    pub fn advance_days(&self, days: i64) {
        self.clock.advance(Duration::days(days));
        let clock = self.sandbox.clock();
        clock.set_offset_seconds(clock.offset_seconds() + days * 86_400);
    }

    pub async fn tokens(&self) -> Vec<RemoteToken> {
        self.client.list_tokens(&self.session).await.unwrap()
    }

    pub async fn token(&self, name: &str) -> RemoteToken {
        self.tokens()
            .await
            .into_iter()
            .find(|t| t.name.as_deref() == Some(name))
            .unwrap()
    }

    /// The key this device holds for a token, read past the refusals.
    pub fn vault_key(&self, id: &TokenId) -> Option<Secret> {
        self.secrets
            .inner
            .get(&format!("key:{PROFILE}:{}", id.as_str()))
            .unwrap()
    }
}

pub fn plan(grace: Grace, auto_delete: bool) -> RotationPlan {
    RotationPlan {
        new_name: None,
        years: 1,
        grace,
        auto_delete,
    }
}
