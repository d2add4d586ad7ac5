//! Listing tokens page by page (concurrent, sequential, with an expected count, against
//! servers that page oddly), against wiremock. Creating and deleting: `api_tokens.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::{
    Pages, TimedPages, asked_with_the_first, client, query, serve_tokens, session, token_json,
};
use serde_json::{Value, json};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn paged_server(total: usize, envelope: bool) -> MockServer {
    let server = MockServer::start().await;
    serve_tokens(&server, Pages { total, envelope }).await;
    server
}

fn ids(tokens: &[scriptix_keys_core::model::RemoteToken]) -> Vec<String> {
    tokens.iter().map(|t| t.id.to_string()).collect()
}

fn expected_ids(total: usize) -> Vec<String> {
    (0..total).map(|i| i.to_string()).collect()
}

#[tokio::test]
async fn concurrent_paging_gets_every_page_in_order() {
    let server = paged_server(250, true).await;
    let tokens = client(&server.uri()).list_tokens(&session()).await.unwrap();
    assert_eq!(ids(&tokens), expected_ids(250));
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

#[tokio::test]
async fn many_pages_are_fetched_concurrently_and_still_in_order() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(DelayedPages(Pages {
            total: 1_234,
            envelope: true,
        }))
        .mount(&server)
        .await;
    let started = std::time::Instant::now();
    let tokens = client(&server.uri()).list_tokens(&session()).await.unwrap();
    assert_eq!(ids(&tokens), expected_ids(1_234));
    // 13 pages of 100 ms each: sequential would take 1.3 s.
    assert!(
        started.elapsed() < Duration::from_millis(1_000),
        "{:?}",
        started.elapsed()
    );
}

struct DelayedPages(Pages);
impl wiremock::Respond for DelayedPages {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        self.0
            .respond(request)
            .set_delay(Duration::from_millis(100))
    }
}

#[tokio::test]
async fn bare_array_pages_are_followed_until_a_short_page() {
    let server = paged_server(250, false).await;
    let tokens = client(&server.uri()).list_tokens(&session()).await.unwrap();
    assert_eq!(ids(&tokens), expected_ids(250));
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

#[tokio::test]
async fn an_exact_multiple_of_the_page_size_ends_on_an_empty_page() {
    let server = paged_server(200, false).await;
    assert_eq!(
        client(&server.uri())
            .list_tokens(&session())
            .await
            .unwrap()
            .len(),
        200
    );
}

#[tokio::test]
async fn an_exact_multiple_of_the_page_size_with_a_total_asks_for_no_empty_page() {
    // The last page is full and its total says it is the last (`offset >= total_results`):
    // one more request would be a whole round trip for nothing.
    let server = paged_server(1_000, true).await;
    let tokens = client(&server.uri()).list_tokens(&session()).await.unwrap();
    assert_eq!(ids(&tokens), expected_ids(1_000));
    assert_eq!(server.received_requests().await.unwrap().len(), 10);
}

#[tokio::test]
async fn tokens_added_while_paging_are_fetched_after_the_pages_the_first_total_named() {
    let server = MockServer::start().await;
    serve_tokens(&server, GrowingPages).await;
    let tokens = client(&server.uri()).list_tokens(&session()).await.unwrap();
    assert_eq!(ids(&tokens), expected_ids(330));
}

/// 300 tokens when the first page is asked for, 330 by the time any later page is.
struct GrowingPages;
impl wiremock::Respond for GrowingPages {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        let first = query::<usize>(request, "offset") == Some(0);
        let total = if first { 300 } else { 330 };
        Pages {
            total,
            envelope: true,
        }
        .respond(request)
    }
}

#[tokio::test]
async fn any_expected_count_gives_the_same_list() {
    for envelope in [true, false] {
        for total in [0, 1, 99, 100, 101, 250, 600, 601, 1_234] {
            let server = paged_server(total, envelope).await;
            let c = client(&server.uri());
            for expected in [0, 50, 150, 700, 5_000] {
                let tokens = c.list_tokens_expecting(&session(), expected).await.unwrap();
                assert_eq!(
                    ids(&tokens),
                    expected_ids(total),
                    "{total} tokens, {expected} expected, envelope {envelope}"
                );
            }
        }
    }
}

#[tokio::test]
async fn a_guess_past_the_end_of_a_list_that_shrank_still_lists_it() {
    // 150 tokens left where 600 were: this server refuses offsets past the end.
    let server = MockServer::start().await;
    serve_tokens(
        &server,
        RefusingPastTheEnd(Pages {
            total: 150,
            envelope: true,
        }),
    )
    .await;
    let tokens = client(&server.uri())
        .list_tokens_expecting(&session(), 600)
        .await
        .unwrap();
    assert_eq!(ids(&tokens), expected_ids(150));
}

/// Pages, but 400 for an offset at or past the total.
struct RefusingPastTheEnd(Pages);
impl wiremock::Respond for RefusingPastTheEnd {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        let offset: usize = query(request, "offset").unwrap();
        if offset >= self.0.total {
            ResponseTemplate::new(400)
                .set_body_json(json!({"error": {"message": "offset out of range"}}))
        } else {
            self.0.respond(request)
        }
    }
}

#[tokio::test]
async fn an_expected_count_asks_for_the_first_pages_together_with_the_first() {
    let arrivals = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let server = MockServer::start().await;
    serve_tokens(&server, TimedPages::new(1_000, &arrivals)).await;
    let tokens = client(&server.uri())
        .list_tokens_expecting(&session(), 1_000)
        .await
        .unwrap();
    assert_eq!(ids(&tokens), expected_ids(1_000));
    // Every page answers after 300 ms: pages 2 to 6 went out before the first had answered.
    assert_eq!(asked_with_the_first(&arrivals), 5);
    // Exactly the 10 pages: nothing guessed beyond the list.
    assert_eq!(arrivals.lock().unwrap().len(), 10);
}

#[tokio::test]
async fn sequential_listing_gives_the_same_result() {
    for envelope in [true, false] {
        let server = paged_server(250, envelope).await;
        let c = client(&server.uri());
        assert_eq!(
            c.list_tokens_sequential(&session()).await.unwrap(),
            c.list_tokens(&session()).await.unwrap()
        );
    }
}

#[tokio::test]
async fn a_server_that_ignores_offset_does_not_loop_forever() {
    let server = MockServer::start().await;
    let page: Vec<Value> = (0..100).map(token_json).collect();
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page))
        .mount(&server)
        .await;
    let tokens = client(&server.uri()).list_tokens(&session()).await.unwrap();
    assert_eq!(tokens.len(), 100);
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}
