//! The accept loop: one hyper HTTP/1.1 connection task per TCP connection, so the sandbox can
//! really close a socket without answering (the dropped-connection faults), which axum's own
//! `serve` cannot do. Also owns graceful shutdown: stop accepting, ask each connection to
//! finish its in-flight request, and wait a bounded time for them.

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch};
use tower::ServiceExt;

use crate::conn::ConnControl;
use crate::faults::Faults;

/// How long shutdown waits for open connections.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a client may take to send request headers.
const HEADER_TIMEOUT: Duration = Duration::from_secs(30);

/// Resolves once the stop flag is set or its sender is gone.
async fn stop_requested(stop: &mut watch::Receiver<bool>) {
    while !*stop.borrow_and_update() {
        if stop.changed().await.is_err() {
            return;
        }
    }
}

/// Serves `router` on `listener` until `stop` fires, then drains connections.
/// Every new connection is counted, and waits the connection delay (see [`Faults`]) before
/// it is served.
pub(crate) async fn serve(
    listener: TcpListener,
    router: Router,
    faults: Faults,
    mut stop: watch::Receiver<bool>,
) {
    let (alive, mut all_done) = mpsc::channel::<()>(1);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(error) => {
                    // Usually out of file descriptors: back off instead of spinning.
                    tracing::warn!(%error, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = stop_requested(&mut stop) => break,
        };
        let router = router.clone();
        let stop = stop.clone();
        let alive = alive.clone();
        let delay_ms = faults.on_connection();
        tokio::spawn(async move {
            if delay_ms > 0 {
                tokio::time::sleep(Duration::from_millis(delay_ms)).await;
            }
            serve_connection(stream, peer, router, stop).await;
            drop(alive);
        });
    }
    drop(listener);
    drop(alive);
    // `recv` returns `None` once every connection task has dropped its sender.
    if tokio::time::timeout(DRAIN_TIMEOUT, all_done.recv())
        .await
        .is_err()
    {
        tracing::warn!("connections still open after the drain timeout");
    }
}

async fn serve_connection(
    stream: TcpStream,
    peer: SocketAddr,
    router: Router,
    mut stop: watch::Receiver<bool>,
) {
    let control = ConnControl::new(peer);
    let request_control = control.clone();
    let service = tower::service_fn(move |mut request: hyper::Request<Incoming>| {
        request.extensions_mut().insert(request_control.clone());
        router.clone().oneshot(request)
    });
    let connection = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
    tokio::pin!(connection);
    tokio::select! {
        result = connection.as_mut() => log_end(result),
        // Returning drops the connection and its socket: the client sees it close unanswered.
        () = control.killed() => {}
        () = stop_requested(&mut stop) => {
            connection.as_mut().graceful_shutdown();
            tokio::select! {
                result = connection.as_mut() => log_end(result),
                () = control.killed() => {}
            }
        }
    }
}

fn log_end(result: Result<(), hyper::Error>) {
    if let Err(error) = result {
        tracing::debug!(%error, "connection ended with an error");
    }
}
