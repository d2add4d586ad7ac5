//! Starting and stopping a sandbox: validates the [`Config`], opens and seeds the database,
//! binds the listener and hands back a [`SandboxHandle`]. The accept loop lives in `accept`.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;
use crate::error::SandboxError;
use crate::faults::Faults;
use crate::limits::login::{LoginThrottle, UsedTotpSteps};
use crate::limits::rate::{RateLimit, RateLimiter};
use crate::routes::{Admin, AppState, app};
use crate::usage::Recorder;
use crate::{accept, crypto, seed};

/// Entry point of the library.
#[derive(Debug)]
pub struct Sandbox;

impl Sandbox {
    /// Opens the database, seeds it if asked and it is empty, and starts serving.
    ///
    /// # Errors
    /// [`SandboxError::NonLoopback`] for a non-loopback address without `allow_non_loopback`,
    /// [`SandboxError::InvalidConfig`] for a zero rate limit or session lifetime or an empty
    /// admin secret, [`SandboxError::Database`]/[`SandboxError::SchemaTooNew`] when storage
    /// fails, [`SandboxError::Io`] when the address cannot be bound.
    pub async fn start(config: Config) -> Result<SandboxHandle, SandboxError> {
        if !config.addr.ip().is_loopback() && !config.allow_non_loopback {
            return Err(SandboxError::NonLoopback(config.addr));
        }
        if config.rate_limit_per_minute == 0 {
            return Err(SandboxError::InvalidConfig(
                "rate_limit_per_minute must be at least 1",
            ));
        }
        if config.session_ttl.as_secs() == 0 {
            return Err(SandboxError::InvalidConfig(
                "session_ttl must be at least one second",
            ));
        }
        if config.max_upload_bytes == 0 {
            return Err(SandboxError::InvalidConfig(
                "max_upload_bytes must be at least 1",
            ));
        }
        if config.admin_secret.as_deref().is_some_and(str::is_empty) {
            return Err(SandboxError::InvalidConfig(
                "admin_secret must not be empty",
            ));
        }
        let clock = Clock::default();
        let (db, jwt_secret) = open_database(&config, clock.unix_now()).await?;
        let listener = TcpListener::bind(config.addr).await?;
        let addr = listener.local_addr()?;
        let admin_secret: Arc<str> = match config.admin_secret {
            Some(secret) => secret.into(),
            None => hex::encode(crypto::random_bytes::<16>()).into(),
        };
        let faults = Faults::default();
        let state = AppState {
            db: db.clone(),
            clock: clock.clone(),
            throttle: Arc::new(LoginThrottle::default()),
            totp_steps: Arc::new(UsedTotpSteps::default()),
            session_ttl: config.session_ttl,
            jwt_secret: jwt_secret.into(),
            usage: Arc::new(Recorder::new(db, clock.clone(), config.trust_forwarded)),
            uploads_dir: uploads_dir(&config.db_path).into(),
            max_upload_bytes: config.max_upload_bytes,
        };
        let rate = RateLimit {
            limiter: Arc::new(RateLimiter::new(config.rate_limit_per_minute)),
            clock: clock.clone(),
        };
        let admin = Admin {
            secret: Arc::clone(&admin_secret),
            faults: faults.clone(),
            clock: clock.clone(),
        };
        let router = app(state, faults.clone(), rate, admin);
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(accept::serve(listener, router, faults.clone(), stopped));
        tracing::info!(%addr, "sandbox listening");
        Ok(SandboxHandle {
            url: format!("http://{addr}"),
            addr,
            admin_secret,
            faults,
            clock,
            stop,
            task: Some(task),
        })
    }
}

/// The folder uploads stream through: next to the database, `<db file name>.uploads`.
fn uploads_dir(db_path: &std::path::Path) -> std::path::PathBuf {
    let mut name = db_path.file_name().unwrap_or_default().to_os_string();
    name.push(".uploads");
    db_path.with_file_name(name)
}

async fn open_database(config: &Config, now: i64) -> Result<(Db, Vec<u8>), SandboxError> {
    let path = config.db_path.clone();
    let wanted = config.seed;
    let token_limit = config.token_limit;
    let usage_history = config.demo_usage_history;
    tokio::task::spawn_blocking(move || {
        let db = Db::open(&path)?;
        if let Some(wanted) = wanted {
            db.call_blocking(|conn| seed::apply(conn, wanted, now, token_limit, usage_history))?;
        }
        let secret = db.call_blocking(crate::db::jwt_secret)?;
        Ok((db, secret))
    })
    .await
    .map_err(|join| SandboxError::Task(join.to_string()))?
}

/// A running sandbox. Dropping it stops the server too; [`SandboxHandle::shutdown`] also
/// waits for open connections to finish.
pub struct SandboxHandle {
    url: String,
    addr: SocketAddr,
    admin_secret: Arc<str>,
    faults: Faults,
    clock: Clock,
    stop: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for SandboxHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SandboxHandle")
            .field("url", &self.url)
            .finish_non_exhaustive()
    }
}

impl SandboxHandle {
    /// Base URL, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The bound socket address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The secret the admin API expects in `x-sandbox-admin`.
    pub fn admin_secret(&self) -> &str {
        &self.admin_secret
    }

    /// In-process fault injection control (shared with the admin API).
    pub fn faults(&self) -> Faults {
        self.faults.clone()
    }

    /// In-process control of the sandbox clock (shared with the admin API).
    pub fn clock(&self) -> Clock {
        self.clock.clone()
    }

    /// Stops accepting, lets in-flight requests finish (up to a few seconds), then returns.
    pub async fn shutdown(mut self) {
        self.stop.send_replace(true);
        if let Some(task) = self.task.take()
            && let Err(error) = task.await
        {
            tracing::warn!(%error, "sandbox server task ended abnormally");
        }
    }
}

impl Drop for SandboxHandle {
    fn drop(&mut self) {
        self.stop.send_replace(true);
    }
}
