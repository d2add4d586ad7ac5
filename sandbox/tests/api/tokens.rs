//! Token create/delete, validation, body errors, roles, the organization limit and the seed.

use chrono::{DateTime, Months, Utc};
use reqwest::StatusCode;
use scriptix_sandbox::demo;
use serde_json::{Value, json};

use crate::common::start;

async fn post_raw(
    env: &crate::common::Env,
    session: &str,
    content_type: &str,
    body: Vec<u8>,
) -> (StatusCode, Value) {
    let response = env
        .client
        .post(env.url("/api/v3/tokens"))
        .bearer_auth(session)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.expect("every error is JSON"))
}

fn time(value: &Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(value.as_str().unwrap())
        .unwrap()
        .with_timezone(&Utc)
}

#[tokio::test]
async fn create_returns_201_with_a_key_and_one_year_expiry_by_default() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let body = env.create_ok(&session, "  CI pipeline  ", "batch").await;
    assert_eq!(body["name"], "CI pipeline");
    assert_eq!(body["type"], "batch");
    assert!(body["id"].is_i64());
    let key = body["key"].as_str().unwrap();
    let random = key.strip_prefix("sk_live_").unwrap();
    assert_eq!(random.len(), 40);
    assert!(random.chars().all(|c| c.is_ascii_alphanumeric()));
    let created = time(&body["created_at"]);
    assert!(body["created_at"].as_str().unwrap().ends_with('Z'));
    assert!((Utc::now() - created).num_seconds().abs() <= 2);
    assert_eq!(
        time(&body["expires_at"]),
        created.checked_add_months(Months::new(12)).unwrap()
    );
}

#[tokio::test]
async fn expiration_years_two_and_five_set_the_expiry() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    for years in [2_u32, 5] {
        let response = env
            .client
            .post(env.url("/api/v3/tokens"))
            .bearer_auth(&session)
            .json(&json!({"name": format!("{years}y"), "type": "realtime", "expiration_years": years}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        let body: Value = response.json().await.unwrap();
        let created = time(&body["created_at"]);
        assert_eq!(
            time(&body["expires_at"]),
            created.checked_add_months(Months::new(12 * years)).unwrap()
        );
    }
}

#[tokio::test]
async fn list_items_have_the_documented_fields_and_never_a_key() {
    let env = start().await;
    let session = env.login(demo::VIEWER_EMAIL).await;
    let page = env.list(&session, 0, 100).await;
    for item in page["result"].as_array().unwrap() {
        let mut keys: Vec<&str> = item
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, ["created_at", "expires_at", "id", "name", "type"]);
        assert!(item["id"].is_i64());
        assert!(!item.to_string().contains("sk_live_"));
    }
}

#[tokio::test]
async fn the_demo_seed_lists_twelve_tokens_with_the_documented_expiries() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let page = env.list(&session, 0, 100).await;
    assert_eq!(page["total_results"], 12);
    let items = page["result"].as_array().unwrap();
    let now = Utc::now();
    for seeded in demo::SEEDED_TOKENS {
        let item = items
            .iter()
            .find(|i| i["name"] == seeded.name)
            .unwrap_or_else(|| panic!("{}", seeded.name));
        assert_eq!(item["type"], seeded.token_type.as_str());
        let days = (time(&item["expires_at"]) - now).num_seconds() as f64 / 86_400.0;
        assert!(
            (days - seeded.expires_in_days as f64).abs() < 0.01,
            "{}: {days}",
            seeded.name
        );
        assert!(time(&item["created_at"]) < now);
    }
}

#[tokio::test]
async fn invalid_names_types_and_years_are_422_naming_the_field() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let long = "x".repeat(101);
    let cases = [
        (json!({"name": "evil\u{202E}txt", "type": "batch"}), "name"),
        (json!({"name": "iso\u{2067}late", "type": "batch"}), "name"),
        (json!({"name": "bell\u{0007}", "type": "batch"}), "name"),
        (json!({"name": "   ", "type": "batch"}), "name"),
        (json!({"name": long, "type": "batch"}), "name"),
        (json!({"type": "batch"}), "name"),
        (json!({"name": 5, "type": "batch"}), "name"),
        (json!({"name": "ok", "type": "streaming"}), "type"),
        (json!({"name": "ok"}), "type"),
        (
            json!({"name": "ok", "type": "batch", "expiration_years": 3}),
            "expiration_years",
        ),
        (
            json!({"name": "ok", "type": "batch", "expiration_years": -1}),
            "expiration_years",
        ),
    ];
    for (body, field) in cases {
        let (status, error) = post_raw(
            &env,
            &session,
            "application/json",
            body.to_string().into_bytes(),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(error["error"]["code"], 422);
        assert_eq!(error["error"]["details"]["field"], field, "{body}");
        assert!(error["error"]["message"].as_str().unwrap().len() > 3);
    }
    assert_eq!(
        env.list(&session, 0, 100).await["total_results"],
        12,
        "nothing was created"
    );
}

#[tokio::test]
async fn malformed_json_wrong_content_type_and_huge_bodies_are_4xx_json() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let (status, body) =
        post_raw(&env, &session, "application/json", b"{\"name\": ".to_vec()).await;
    assert_eq!(
        (status, body["error"]["code"].as_u64()),
        (StatusCode::BAD_REQUEST, Some(400))
    );
    let (status, _) = post_raw(
        &env,
        &session,
        "text/plain",
        br#"{"name":"a","type":"batch"}"#.to_vec(),
    )
    .await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let (status, body) = post_raw(&env, &session, "application/json", b"[1,2]".to_vec()).await;
    assert_eq!(
        (status, body["error"]["details"]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("body"))
    );
    let huge = format!(r#"{{"name":"{}","type":"batch"}}"#, "a".repeat(70 * 1024));
    let (status, body) = post_raw(&env, &session, "application/json", huge.into_bytes()).await;
    assert_eq!(
        (status, body["error"]["code"].as_u64()),
        (StatusCode::PAYLOAD_TOO_LARGE, Some(413))
    );
    let (status, _) = post_raw(&env, &session, "application/json", vec![0xff, 0xfe, 0x00]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn delete_revokes_once_and_then_answers_404() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let created = env.create_ok(&session, "short-lived", "batch").await;
    assert_eq!(
        env.delete(&session, &created["id"]).await,
        StatusCode::NO_CONTENT
    );
    assert!(
        !env.all_names(&session)
            .await
            .contains(&"short-lived".to_owned())
    );
    assert_eq!(
        env.delete(&session, &created["id"]).await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        env.delete(&session, &json!(999_999)).await,
        StatusCode::NOT_FOUND
    );
    let response = env
        .client
        .delete(env.url("/api/v3/tokens/abc"))
        .bearer_auth(&session)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error_code"], "TOKEN_NOT_FOUND");
}

#[tokio::test]
async fn viewers_may_list_but_not_create_or_delete() {
    let env = start().await;
    let viewer = env.login(demo::VIEWER_EMAIL).await;
    assert_eq!(env.list(&viewer, 0, 25).await["total_results"], 12);
    let response = env.create(&viewer, "nope", "batch").await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        response.json::<Value>().await.unwrap()["error_code"],
        "INSUFFICIENT_ROLE"
    );
    let first = env.list(&viewer, 0, 1).await["result"][0]["id"].clone();
    assert_eq!(env.delete(&viewer, &first).await, StatusCode::FORBIDDEN);
    assert_eq!(env.list(&viewer, 0, 25).await["total_results"], 12);
}

#[tokio::test]
async fn org_admins_may_create_and_delete() {
    let env = start().await;
    let admin = env.login(demo::ADMIN_EMAIL).await;
    let created = env.create_ok(&admin, "by admin", "realtime").await;
    assert_eq!(
        env.delete(&admin, &created["id"]).await,
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn the_organization_token_limit_is_409_until_a_token_is_deleted() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let seeded = demo::SEEDED_TOKENS.len();
    let mut last = Value::Null;
    for i in seeded..demo::TOKEN_LIMIT as usize {
        last = env.create_ok(&session, &format!("fill {i}"), "batch").await;
    }
    let response = env.create(&session, "one too many", "batch").await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"], "Conflict");
    assert_eq!(body["error_code"], "TOKEN_LIMIT_REACHED");
    assert!(body["message"].as_str().unwrap().contains("50"));
    assert_eq!(
        env.delete(&session, &last["id"]).await,
        StatusCode::NO_CONTENT
    );
    env.create_ok(&session, "fits again", "batch").await;
}

#[tokio::test]
async fn unknown_routes_are_404_json_and_wrong_methods_405_json() {
    let env = start().await;
    let response = env
        .client
        .get(env.url("/api/v3/nothing-here"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        response.json::<Value>().await.unwrap()["error_code"],
        "NOT_FOUND"
    );
    let response = env
        .client
        .put(env.url("/api/v3/tokens"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(
        response.json::<Value>().await.unwrap()["error"]["code"],
        405
    );
}
