//! The demo workspace's server: the project's own sandbox, started in-process on loopback
//! with its own database in the app data dir and the demo seed. Started on first use and
//! kept until the app exits.

use std::path::PathBuf;

use scriptix_sandbox::{Config, Sandbox, SandboxHandle, Seed};
use tokio::sync::Mutex;

/// Requests per minute the demo allows: generous, since one person clicks around.
const DEMO_RATE_LIMIT: u32 = 600;

/// Owns the in-process sandbox, if started.
pub struct DemoServer {
    db_path: PathBuf,
    handle: Mutex<Option<SandboxHandle>>,
}

impl DemoServer {
    pub fn new(db_path: PathBuf) -> Self {
        Self {
            db_path,
            handle: Mutex::new(None),
        }
    }

    /// The running server's base URL, starting it first if needed.
    pub async fn url(&self) -> Result<String, scriptix_keys_core::i18n::Coded> {
        let mut handle = self.handle.lock().await;
        if let Some(running) = handle.as_ref() {
            return Ok(running.url().to_owned());
        }
        let mut config = Config::new(self.db_path.clone());
        config.seed = Some(Seed::Demo);
        config.rate_limit_per_minute = DEMO_RATE_LIMIT;
        let started = Sandbox::start(config).await.map_err(|e| {
            scriptix_keys_core::i18n::Coded::new("shell-demo-not-started")
                .arg("reason", e.to_string())
        })?;
        let url = started.url().to_owned();
        *handle = Some(started);
        Ok(url)
    }
}
