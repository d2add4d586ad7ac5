//! Throughput benchmark of the sandbox on loopback (not a test): creates 1,100 tokens, then
//! lists them in pages of 100, then checks keys (a known key, whose every request is recorded
//! as usage, against an unknown one, which is looked up the same way but never recorded), and
//! prints a Markdown table.
//!
//! Run: `cargo run --release -p scriptix-sandbox --example bench`. Client and server share one
//! process and one tokio runtime, so the numbers include the client's own cost.
#![allow(
    clippy::print_stdout,
    reason = "printing the result table is the point"
)]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark fails loudly"
)]

use std::time::{Duration, Instant};

use scriptix_sandbox::{Config, Sandbox, Seed, demo};
use serde_json::{Value, json};

const TOKENS: usize = 1_100;
const LIST_ROUNDS: usize = 10;
const CONCURRENCY: usize = 8;
const KEY_CHECKS: usize = 2_000;

struct Row {
    what: String,
    requests: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

impl Row {
    fn print(&mut self) {
        self.latencies.sort_unstable();
        let pct = |p: f64| {
            let index = ((self.latencies.len() as f64 - 1.0) * p).round() as usize;
            self.latencies[index].as_secs_f64() * 1_000.0
        };
        println!(
            "| {} | {} | {:.2} s | {:.0} | {:.2} | {:.2} |",
            self.what,
            self.requests,
            self.elapsed.as_secs_f64(),
            self.requests as f64 / self.elapsed.as_secs_f64(),
            pct(0.5),
            pct(0.99)
        );
    }
}

async fn login(client: &reqwest::Client, url: &str) -> String {
    let body: Value = client
        .post(format!("{url}/api/v3/auth/login?login_type=token"))
        .form(&[("username", demo::DEV_EMAIL), ("password", demo::PASSWORD)])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["access_token"].as_str().unwrap().to_owned()
}

/// `KEY_CHECKS` sequential batch key checks with `key`; returns their latencies.
async fn check_many(client: &reqwest::Client, url: &str, key: &str, expect: u16) -> Vec<Duration> {
    let mut latencies = Vec::with_capacity(KEY_CHECKS);
    for _ in 0..KEY_CHECKS {
        let started = Instant::now();
        let response = client
            .get(format!(
                "{url}/api/v3/speech-to-text/session?offset=0&limit=1"
            ))
            .bearer_auth(key)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), expect);
        response.bytes().await.unwrap();
        latencies.push(started.elapsed());
    }
    latencies
}

async fn create_many(
    client: reqwest::Client,
    url: String,
    session: String,
    worker: usize,
    count: usize,
) -> Vec<Duration> {
    let mut latencies = Vec::with_capacity(count);
    for i in 0..count {
        let started = Instant::now();
        let response = client
            .post(format!("{url}/api/v3/tokens"))
            .bearer_auth(&session)
            .json(&json!({ "name": format!("bench {worker}-{i}"), "type": "batch" }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201);
        response.bytes().await.unwrap();
        latencies.push(started.elapsed());
    }
    latencies
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("bench.sqlite3");
    // Seed, then lift the demo organization's token limit so 1,100 tokens fit.
    let mut config = Config::new(&db_path);
    config.seed = Some(Seed::Demo);
    Sandbox::start(config).await.unwrap().shutdown().await;
    rusqlite::Connection::open(&db_path)
        .unwrap()
        .execute("UPDATE organizations SET token_limit = 1000000", [])
        .unwrap();

    let mut config = Config::new(&db_path);
    config.rate_limit_per_minute = u32::MAX;
    let sandbox = Sandbox::start(config).await.unwrap();
    let url = sandbox.url().to_owned();
    let client = reqwest::Client::builder()
        .no_proxy()
        .pool_max_idle_per_host(CONCURRENCY)
        .build()
        .unwrap();
    let session = login(&client, &url).await;

    let mut rows = Vec::new();
    let half = TOKENS / 2;
    let started = Instant::now();
    let latencies = create_many(client.clone(), url.clone(), session.clone(), 0, half).await;
    rows.push(Row {
        what: "create, 1 client".into(),
        requests: half,
        elapsed: started.elapsed(),
        latencies,
    });

    let started = Instant::now();
    let per_worker = (TOKENS - half) / CONCURRENCY;
    let workers: Vec<_> = (1..=CONCURRENCY)
        .map(|w| {
            tokio::spawn(create_many(
                client.clone(),
                url.clone(),
                session.clone(),
                w,
                per_worker,
            ))
        })
        .collect();
    let mut latencies = Vec::new();
    for worker in workers {
        latencies.extend(worker.await.unwrap());
    }
    let created = per_worker * CONCURRENCY;
    rows.push(Row {
        what: format!("create, {CONCURRENCY} clients"),
        requests: created,
        elapsed: started.elapsed(),
        latencies,
    });

    let started = Instant::now();
    let mut latencies = Vec::new();
    let mut listed = 0;
    for _ in 0..LIST_ROUNDS {
        let mut offset = 0;
        loop {
            let t = Instant::now();
            let page: Value = client
                .get(format!("{url}/api/v3/tokens?offset={offset}&limit=100"))
                .bearer_auth(&session)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            latencies.push(t.elapsed());
            let n = page["count"].as_u64().unwrap() as usize;
            listed += n;
            offset += n;
            if n < 100 {
                break;
            }
        }
    }
    let pages = latencies.len();
    let total = half + created + demo::SEEDED_TOKENS.len();
    rows.push(Row {
        what: format!("list, pages of 100 over {total} tokens"),
        requests: pages,
        elapsed: started.elapsed(),
        latencies,
    });

    let key: Value = client
        .post(format!("{url}/api/v3/tokens"))
        .bearer_auth(&session)
        .json(&json!({ "name": "bench key", "type": "batch" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let key = key["key"].as_str().unwrap().to_owned();
    let unknown = format!("sk_live_{}", "x".repeat(40));
    for (what, key, expect) in [
        ("key check, known key (recorded)", key.as_str(), 200),
        (
            "key check, unknown key (not recorded)",
            unknown.as_str(),
            401,
        ),
    ] {
        let started = Instant::now();
        let latencies = check_many(&client, &url, key, expect).await;
        rows.push(Row {
            what: what.into(),
            requests: KEY_CHECKS,
            elapsed: started.elapsed(),
            latencies,
        });
    }

    println!("| operation | requests | time | requests/s | p50 ms | p99 ms |");
    println!("|---|---:|---:|---:|---:|---:|");
    for row in &mut rows {
        row.print();
    }
    println!("\nlisted {listed} items in {pages} pages ({LIST_ROUNDS} full passes)");
    sandbox.shutdown().await;
}
