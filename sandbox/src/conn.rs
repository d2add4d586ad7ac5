//! Per-connection control shared between the accept loop and the middleware: the peer
//! address (anonymous rate limiting) and a kill switch that makes the accept loop drop the
//! TCP connection without a response (the "dropped connection" faults).

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::sync::Notify;

/// Inserted into every request's extensions by the accept loop.
#[derive(Debug, Clone)]
pub(crate) struct ConnControl {
    pub peer: SocketAddr,
    kill: Arc<Notify>,
}

impl ConnControl {
    pub fn new(peer: SocketAddr) -> Self {
        Self {
            peer,
            kill: Arc::new(Notify::new()),
        }
    }

    /// Asks the accept loop to close this connection at once, unanswered.
    pub fn kill(&self) {
        self.kill.notify_one();
    }

    /// Resolves once [`ConnControl::kill`] was called (even if called before awaiting).
    pub async fn killed(&self) {
        self.kill.notified().await;
    }
}
