//! A sandbox holding N tokens, and the core client's concurrent paging against its
//! one-page-at-a-time variant over loopback.

use std::time::Instant;

use futures::{StreamExt, stream};
use scriptix_keys_core::api::{ApiClient, ClientOptions, LoginOutcome};
use scriptix_keys_core::secret::Secret;
use scriptix_sandbox::{Config, Sandbox, SandboxHandle, Seed, demo};
use serde_json::{Value, json};

use crate::stats::Samples;

/// Names of the generated tokens start with this (the filter benchmark types it).
pub const NAME_PREFIX: &str = "Load test";

/// How long before the measurement the bulk of a big sandbox's tokens was created.
const BULK_CREATED_AGO: chrono::TimeDelta = chrono::TimeDelta::days(30);

/// Starts a demo-seeded sandbox with no practical rate or token limit and fills it up to
/// `total` tokens through the API (8 clients at once).
pub async fn sandbox_with_tokens(dir: &std::path::Path, total: usize) -> SandboxHandle {
    let mut config = Config::new(dir.join("perf-sandbox.sqlite3"));
    config.seed = Some(Seed::Demo);
    config.rate_limit_per_minute = u32::MAX;
    config.token_limit = Some(u32::MAX);
    let sandbox = Sandbox::start(config).await.expect("sandbox starts");
    // The tokens were made over the past weeks, as a real list of 10,000 was, not in the
    // minute before the measurement: the sandbox's clock is set back while it makes them.
    sandbox.clock().set_offset(-BULK_CREATED_AGO);
    let http = reqwest::Client::new();
    let session = raw_login(&http, sandbox.url()).await;
    let missing = total.saturating_sub(demo::SEEDED_TOKENS.len());
    let started = Instant::now();
    stream::iter(0..missing)
        .map(|i| {
            let (http, url, session) = (http.clone(), sandbox.url().to_owned(), session.clone());
            async move {
                let name = format!("{NAME_PREFIX} {i:05}");
                let status = raw_create(&http, &url, &session, &name).await;
                assert_eq!(status, 201, "create {name}");
            }
        })
        .buffer_unordered(8)
        .collect::<Vec<()>>()
        .await;
    sandbox.clock().set_offset(chrono::TimeDelta::zero());
    eprintln!(
        "  {missing} tokens created in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    sandbox
}

/// The demo developer's session token, from a plain form POST.
pub async fn raw_login(http: &reqwest::Client, url: &str) -> String {
    let body: Value = http
        .post(format!("{url}/api/v3/auth/login?login_type=token"))
        .form(&[("username", demo::DEV_EMAIL), ("password", demo::PASSWORD)])
        .send()
        .await
        .expect("login")
        .json()
        .await
        .expect("login json");
    body["access_token"]
        .as_str()
        .expect("access_token")
        .to_owned()
}

/// One raw `POST /api/v3/tokens`; returns the status once the body has been read.
pub async fn raw_create(http: &reqwest::Client, url: &str, session: &str, name: &str) -> u16 {
    let response = http
        .post(format!("{url}/api/v3/tokens"))
        .bearer_auth(session)
        .json(&json!({ "name": name, "type": "batch", "expiration_years": 1 }))
        .send()
        .await
        .expect("create");
    let status = response.status().as_u16();
    response.bytes().await.expect("create body");
    status
}

/// Paging through `scriptix-keys-core`'s `ApiClient`, alternating, `runs` times each: a
/// refresh as the app makes it (`list_tokens_expecting` with the size the list last had), a
/// first listing that knows no size (`list_tokens`), and one page at a time. Returns
/// (refresh ms, first listing ms, sequential ms).
pub async fn compare(url: &str, expected: usize, runs: usize) -> (Samples, Samples, Samples) {
    let client = ApiClient::new(url, ClientOptions::default()).expect("client");
    let password = Secret::new(demo::PASSWORD.to_owned());
    let session = match client
        .login(demo::DEV_EMAIL, &password, true)
        .await
        .expect("login")
    {
        LoginOutcome::SignedIn(session) => session.token,
        _ => panic!("the demo developer has no MFA"),
    };
    // One unmeasured pass of each warms the connection pool and SQLite's cache.
    let _ = client.list_tokens(&session).await.expect("list");
    let _ = client.list_tokens_sequential(&session).await.expect("list");
    let (mut refresh, mut first, mut sequential) =
        (Samples::default(), Samples::default(), Samples::default());
    for _ in 0..runs {
        let t = Instant::now();
        let all = client
            .list_tokens_expecting(&session, expected)
            .await
            .expect("list");
        refresh.push(t.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(all.len(), expected, "a refresh saw every token");
        let t = Instant::now();
        let all = client.list_tokens(&session).await.expect("list");
        first.push(t.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(all.len(), expected, "a first listing saw every token");
        let t = Instant::now();
        let all = client.list_tokens_sequential(&session).await.expect("list");
        sequential.push(t.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(all.len(), expected, "sequential paging saw every token");
    }
    (refresh, first, sequential)
}

/// The latency floor of fetching `total` tokens when every request takes `latency_ms`: the
/// first page alone (it tells the total), then the other pages `PAGES_IN_FLIGHT` at a time.
pub fn latency_floor_ms(total: usize, latency_ms: u64) -> f64 {
    use scriptix_keys_core::api::{PAGE_LIMIT, PAGES_IN_FLIGHT};
    let pages = total.div_ceil(PAGE_LIMIT).max(1);
    let rounds = 1 + (pages - 1).div_ceil(PAGES_IN_FLIGHT);
    (rounds as f64) * (latency_ms as f64)
}

/// CPU per listing of `total` tokens on each side, `runs` times each (after one unmeasured
/// pass): the sandbox serving every page (the whole process's CPU while a bare HTTP client
/// fetches the pages one at a time: the sandbox's work and both sides' HTTP, nothing
/// parsed), then the client's parsing of those bodies on this thread, as `list_tokens` does.
/// Returns (server ms, client parse ms).
pub async fn parse_cpu(url: &str, total: usize, runs: usize) -> (Samples, Samples) {
    use scriptix_keys_core::api::{PAGE_LIMIT, parse_page_for_bench};
    let http = reqwest::Client::new();
    let session = raw_login(&http, url).await;
    let mut server = Samples::default();
    let mut bodies = Vec::new();
    for run in 0..=runs {
        bodies.clear();
        let started = cpu(rustix::time::ClockId::ProcessCPUTime);
        for offset in (0..total).step_by(PAGE_LIMIT) {
            let body = http
                .get(format!(
                    "{url}/api/v3/tokens?offset={offset}&limit={PAGE_LIMIT}"
                ))
                .bearer_auth(&session)
                .send()
                .await
                .expect("page")
                .bytes()
                .await
                .expect("page body");
            bodies.push(body);
        }
        let ms = (cpu(rustix::time::ClockId::ProcessCPUTime) - started).as_secs_f64() * 1000.0;
        if run > 0 {
            server.push(ms);
        }
    }
    let mut client = Samples::default();
    for run in 0..=runs {
        let started = cpu(rustix::time::ClockId::ThreadCPUTime);
        let parsed: usize = bodies
            .iter()
            .map(|b| parse_page_for_bench(b).expect("a token page"))
            .sum();
        let ms = (cpu(rustix::time::ClockId::ThreadCPUTime) - started).as_secs_f64() * 1000.0;
        assert_eq!(parsed, total, "every token parsed");
        // The first pass only warms the allocator and caches.
        if run > 0 {
            client.push(ms);
        }
    }
    (server, client)
}

/// CPU time of this thread or process.
fn cpu(clock: rustix::time::ClockId) -> std::time::Duration {
    let ts = rustix::time::clock_gettime(clock);
    std::time::Duration::new(
        u64::try_from(ts.tv_sec).unwrap_or(0),
        u32::try_from(ts.tv_nsec).unwrap_or(0),
    )
}
