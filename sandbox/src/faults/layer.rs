//! The middleware that applies fault plans to requests: sleeps for latency, answers forced
//! statuses, drops connections (through the connection's kill switch, so the client sees the
//! TCP connection close without a response), truncates bodies and streams huge ones.

use std::convert::Infallible;
use std::time::Duration;

use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures::StreamExt;

use super::{Action, Faults};
use crate::api_error::{flat_body, too_many_requests};
use crate::conn::ConnControl;

/// How long a truncated body pauses before it ends early.
const FLUSH_PAUSE: Duration = Duration::from_millis(25);
/// Largest response body the truncate fault buffers.
const MAX_TRUNCATED_BODY: usize = 1 << 20;

/// Applies the active fault rules to one request.
pub(crate) async fn middleware(
    State(faults): State<Faults>,
    request: Request,
    next: Next,
) -> Response {
    let plan = faults.plan(request.method().as_str(), request.uri().path());
    if plan.latency_ms > 0 {
        delay(Duration::from_millis(plan.latency_ms)).await;
    }
    match plan.action {
        None => next.run(request).await,
        Some(Action::Status(status)) => forced_status(status),
        Some(Action::DropBefore) => {
            let conn = request.extensions().get::<ConnControl>().cloned();
            drop_connection(conn).await
        }
        Some(Action::DropAfter) => {
            let conn = request.extensions().get::<ConnControl>().cloned();
            // The handler runs to completion, so its effects persist; its answer is lost.
            drop(next.run(request).await);
            drop_connection(conn).await
        }
        Some(Action::Truncate) => truncate(next.run(request).await).await,
        Some(Action::HugeBody(bytes)) => huge_body(bytes),
    }
}

/// Waits `latency`, to within a fraction of a millisecond. Tokio's timer rounds a deadline up
/// to its next millisecond tick and parks in whole milliseconds, so a 20 ms sleep took 21–22 ms
/// (a "20 ms network" that was 9% slower); the last `PRECISE_TAIL` is slept on a blocking
/// thread, which the OS wakes within microseconds.
async fn delay(latency: Duration) {
    const PRECISE_TAIL: Duration = Duration::from_millis(3);
    let deadline = std::time::Instant::now() + latency;
    if let Some(coarse) = latency.checked_sub(PRECISE_TAIL) {
        tokio::time::sleep(coarse).await;
    }
    let tail = deadline.saturating_duration_since(std::time::Instant::now());
    if !tail.is_zero() {
        // A failed join means the runtime is shutting down: nothing is left to wait for.
        let _ = tokio::task::spawn_blocking(move || std::thread::sleep(tail)).await;
    }
}

/// An injected error response in the flat documented shape.
fn forced_status(status: u16) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    if status == StatusCode::TOO_MANY_REQUESTS {
        return too_many_requests(
            "Rate Limit Exceeded",
            "RATE_LIMIT_EXCEEDED",
            "Injected fault: rate limited",
            1,
        );
    }
    let message = format!("Injected fault: HTTP {}", status.as_u16());
    let mut response =
        (status, Json(flat_body(status, &message, "INJECTED_FAULT"))).into_response();
    if status == StatusCode::SERVICE_UNAVAILABLE {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(1));
    }
    response
}

/// Kills the connection and never answers; the accept loop drops this future with it.
async fn drop_connection(conn: Option<ConnControl>) -> Response {
    match conn {
        Some(conn) => {
            conn.kill();
            std::future::pending().await
        }
        // Only requests that did not come through the sandbox's accept loop lack the
        // control; they get a plain injected 503 instead.
        None => forced_status(503),
    }
}

/// Sends the first half of the body while `Content-Length` announces all of it.
async fn truncate(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_TRUNCATED_BODY).await else {
        return forced_status(500);
    };
    let claimed = bytes.len().max(1);
    let half = bytes.slice(..bytes.len() / 2);
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(claimed));
    // A streamed body has no exact size, so the server trusts the header and closes the
    // connection when the stream ends early. The short pause lets the headers and the first
    // half reach the client before that happens.
    let first = futures::stream::once(async move { Ok::<_, Infallible>(half) });
    let pause = futures::stream::once(async {
        tokio::time::sleep(FLUSH_PAUSE).await;
        Ok::<_, Infallible>(Bytes::new())
    });
    let stream = first.chain(pause);
    Response::from_parts(parts, Body::from_stream(stream))
}

/// A 200 token page of about `bytes` bytes, streamed in 64 KiB chunks without
/// `Content-Length`; every item is `{"id":1}`, so the JSON stays valid to the end. Chunks
/// are made only as the client reads them, so the sandbox itself never holds the body.
fn huge_body(bytes: u64) -> Response {
    const ITEM: &[u8] = br#"{"id":1},"#;
    let chunk = Bytes::from(ITEM.repeat(64 * 1024 / ITEM.len()));
    let chunks = bytes / chunk.len() as u64;
    let head = futures::stream::once(async { Bytes::from_static(br#"{"result":["#) });
    let middle = futures::stream::iter((0..chunks).map(move |_| chunk.clone()));
    let tail = futures::stream::once(async { Bytes::from_static(br#"{"id":1}]}"#) });
    let stream = head.chain(middle).chain(tail).map(Ok::<_, Infallible>);
    let mut response = Response::new(Body::from_stream(stream));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}
