//! Direct calls to the sandbox for a journey's set-up and checks (moved from `support.rs`):
//! signing in, filling the organization, reading and changing its tokens as someone else
//! would (on the Scriptix website), never through the app.

use scriptix_sandbox::demo;

/// Signs in to the sandbox as `email` (the demo password); returns the session token.
pub(crate) async fn login(base_url: &str, email: &str) -> String {
    let response = json_of(
        reqwest::Client::new()
            .post(format!("{base_url}/api/v3/auth/login?login_type=token"))
            .form(&[
                ("username", email),
                ("password", demo::PASSWORD),
                ("remember_me", "false"),
            ]),
    )
    .await;
    response["access_token"]
        .as_str()
        .expect("access token")
        .to_owned()
}

/// Creates filler tokens until the organization holds the sandbox's token limit.
pub(crate) async fn fill_to_the_limit(base_url: &str) {
    let session = login(base_url, demo::ADMIN_EMAIL).await;
    let client = reqwest::Client::new();
    for i in 0..(demo::TOKEN_LIMIT as usize - demo::SEEDED_TOKENS.len()) {
        let status = client
            .post(format!("{base_url}/api/v3/tokens"))
            .bearer_auth(&session)
            .json(&serde_json::json!({ "name": format!("Filler {i}"), "type": "batch", "expiration_years": 1 }))
            .send()
            .await
            .unwrap()
            .status();
        assert!(status.is_success(), "filler token {i}: {status}");
    }
}

/// The names of every token on the server.
pub(crate) async fn server_token_names(base_url: &str) -> Vec<String> {
    server_tokens(base_url)
        .await
        .iter()
        .filter_map(|t| t["name"].as_str().map(str::to_owned))
        .collect()
}

/// A token's id as text (Scriptix sends numbers or strings; the app shows text).
pub(crate) fn token_id(token: &serde_json::Value) -> String {
    match &token["id"] {
        serde_json::Value::String(id) => id.clone(),
        other => other.to_string(),
    }
}

/// The ids of every token on the server.
pub(crate) async fn server_ids(base_url: &str) -> Vec<String> {
    server_tokens(base_url).await.iter().map(token_id).collect()
}

/// Every token on the server (as the organization admin sees them).
pub(crate) async fn server_tokens(base_url: &str) -> Vec<serde_json::Value> {
    let session = login(base_url, demo::ADMIN_EMAIL).await;
    let list = json_of(
        reqwest::Client::new()
            .get(format!("{base_url}/api/v3/tokens?offset=0&limit=100"))
            .bearer_auth(&session),
    )
    .await;
    list["result"].as_array().cloned().unwrap_or_default()
}

/// A token made outside this app (as on the Scriptix website): `(id, key)`.
pub(crate) async fn made_elsewhere(
    base_url: &str,
    name: &str,
    token_type: &str,
) -> (String, String) {
    let session = login(base_url, demo::ADMIN_EMAIL).await;
    let created = json_of(
        reqwest::Client::new()
            .post(format!("{base_url}/api/v3/tokens"))
            .bearer_auth(&session)
            .json(&serde_json::json!({ "name": name, "type": token_type, "expiration_years": 1 })),
    )
    .await;
    let token = if created["result"].is_object() {
        &created["result"]
    } else {
        &created
    };
    let key = token["key"]
        .as_str()
        .expect("a key in the create answer")
        .to_owned();
    (token_id(token), key)
}

/// Deletes a token straight on the sandbox (someone else, elsewhere).
pub(crate) async fn delete_on_server(base_url: &str, id: &str) {
    let session = login(base_url, demo::ADMIN_EMAIL).await;
    let status = reqwest::Client::new()
        .delete(format!("{base_url}/api/v3/tokens/{id}"))
        .bearer_auth(&session)
        .send()
        .await
        .unwrap()
        .status();
    assert!(status.is_success(), "delete {id}: {status}");
}

/// The JSON answer to a request to the sandbox (set-up and checks fail loudly).
async fn json_of(request: reqwest::RequestBuilder) -> serde_json::Value {
    request.send().await.unwrap().json().await.unwrap()
}
