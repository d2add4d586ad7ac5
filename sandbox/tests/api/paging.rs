//! Paging edges of `GET /api/v3/tokens`: 0, 1, exactly `limit` and `limit + 1` tokens, the
//! default page size and out-of-range parameters.

use reqwest::StatusCode;
use scriptix_sandbox::demo;
use serde_json::Value;

use crate::common::start;

fn names(page: &Value) -> Vec<&str> {
    page["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn pages_are_exact_at_zero_one_limit_and_limit_plus_one_tokens() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    env.delete_all(&session).await;

    let empty = env.list(&session, 0, 2).await;
    assert_eq!(
        (empty["count"].as_u64(), empty["total_results"].as_u64()),
        (Some(0), Some(0))
    );
    assert!(empty["result"].as_array().unwrap().is_empty());

    env.create_ok(&session, "t1", "batch").await;
    let one = env.list(&session, 0, 2).await;
    assert_eq!(
        (one["count"].as_u64(), one["total_results"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(names(&one), ["t1"]);

    env.create_ok(&session, "t2", "realtime").await;
    let exact = env.list(&session, 0, 2).await;
    assert_eq!(
        (exact["count"].as_u64(), exact["total_results"].as_u64()),
        (Some(2), Some(2))
    );
    assert_eq!(names(&exact), ["t1", "t2"]);
    assert_eq!(
        env.list(&session, 2, 2).await["count"],
        0,
        "the page after an exact fit is empty"
    );

    env.create_ok(&session, "t3", "batch").await;
    let first = env.list(&session, 0, 2).await;
    let second = env.list(&session, 2, 2).await;
    assert_eq!(
        (first["count"].as_u64(), first["total_results"].as_u64()),
        (Some(2), Some(3))
    );
    assert_eq!(names(&second), ["t3"]);
    assert_eq!(second["total_results"], 3);
    assert_eq!(env.list(&session, 50, 2).await["count"], 0);
}

#[tokio::test]
async fn the_default_page_is_twenty_five() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    for i in 0..20 {
        env.create_ok(&session, &format!("extra {i}"), "batch")
            .await;
    }
    let response = env
        .client
        .get(env.url("/api/v3/tokens"))
        .bearer_auth(&session)
        .send()
        .await
        .unwrap();
    let page: Value = response.json().await.unwrap();
    assert_eq!(
        (page["count"].as_u64(), page["total_results"].as_u64()),
        (Some(25), Some(32))
    );
    assert_eq!(env.list(&session, 0, 100).await["count"], 32);
}

#[tokio::test]
async fn out_of_range_paging_is_422_naming_the_parameter() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    for (query, field) in [
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=abc", "limit"),
        ("offset=-1", "offset"),
        ("offset=x&limit=5", "offset"),
    ] {
        let response = env
            .client
            .get(env.url(&format!("/api/v3/tokens?{query}")))
            .bearer_auth(&session)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{query}"
        );
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"]["details"]["field"], field, "{query}");
    }
    assert_eq!(
        env.list(&session, 0, 100).await["count"],
        12,
        "100 is allowed"
    );
    assert_eq!(env.list(&session, 0, 1).await["count"], 1, "1 is allowed");
}

#[tokio::test]
async fn listing_needs_a_session() {
    let env = start().await;
    let response = env
        .client
        .get(env.url("/api/v3/tokens"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}
