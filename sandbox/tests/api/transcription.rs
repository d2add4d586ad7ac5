//! Batch transcription (contract section "Batch transcription"): the upload and every status
//! it can answer (the size limit: upload_limits.rs), sessions that advance with the sandbox
//! clock, the session list, documents, other keys' sessions, durability, and usage counts.

use reqwest::StatusCode;
use scriptix_sandbox::{Config, Sandbox, demo};
use serde_json::Value;

use crate::common::{BATCH_CHECK, Env, client, start};

pub(crate) const BOUNDARY: &str = "sandbox-test-boundary-7d3f";

/// A multipart body: `(name, file name, content)` parts.
fn form(parts: &[(&str, Option<&str>, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, file_name, content) in parts {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        match file_name {
            Some(file) => body.extend_from_slice(
                format!(
                    "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\n\
                     Content-Type: audio/mpeg\r\n\r\n"
                )
                .as_bytes(),
            ),
            None => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
            ),
        }
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

pub(crate) fn audio_form(content: &[u8]) -> Vec<u8> {
    form(&[
        ("file", Some("audio.mp3"), content),
        ("language", None, b"en"),
    ])
}

impl Env {
    pub(crate) async fn upload(&self, key: &str, body: Vec<u8>) -> (StatusCode, Value) {
        let response = self
            .client
            .post(self.url("/api/v3/speech-to-text"))
            .bearer_auth(key)
            .header(
                "content-type",
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .body(body)
            .send()
            .await
            .unwrap();
        let status = response.status();
        (status, response.json().await.unwrap())
    }

    /// Uploads a small file and returns its session id.
    async fn upload_ok(&self, key: &str) -> String {
        let (status, body) = self.upload(key, audio_form(b"ID3 fake audio")).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["session_id"].as_str().unwrap().to_owned()
    }

    pub(crate) async fn get_with(&self, path: &str, key: &str) -> (StatusCode, Value) {
        let response = self
            .client
            .get(self.url(path))
            .bearer_auth(key)
            .send()
            .await
            .unwrap();
        let status = response.status();
        (status, response.json().await.unwrap())
    }

    pub(crate) fn uploads_left(&self) -> usize {
        let dir = self.dir.path().join("sandbox.sqlite3.uploads");
        std::fs::read_dir(dir).map_or(0, Iterator::count)
    }
}

pub(crate) async fn batch_key(env: &Env, name: &str) -> (Value, String) {
    let session = env.login(demo::DEV_EMAIL).await;
    env.new_key(&session, name, "batch").await
}

#[tokio::test]
async fn an_upload_is_queued_then_processing_then_done_with_a_plain_placeholder_document() {
    let env = start().await;
    let (_, key) = batch_key(&env, "guide example").await;
    let (status, body) = env.upload(&key, audio_form(&[7_u8; 1234])).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(body["status"], "queued");
    let id = body["session_id"].as_str().unwrap().to_owned();
    assert!(id.len() >= 16);
    assert_eq!(env.uploads_left(), 0, "the content is not kept");

    let path = format!("/api/v3/speech-to-text/session/{id}");
    let document = format!("/api/v3/documents/{id}");
    let (status, body) = env.get_with(&path, &key).await;
    assert_eq!(status, StatusCode::OK);
    let result = &body["result"];
    assert_eq!(result["status"], "queued");
    assert_eq!(result["session_id"], id.as_str());
    assert_eq!(result["language"], "en");
    assert_eq!(result["filename"], "audio.mp3");
    assert_eq!(result["bytes"], 1234);
    assert!(result["created_at"].as_str().unwrap().ends_with('Z'));
    let (status, body) = env.get_with(&document, &key).await;
    assert_eq!(
        (status, body["error_code"].as_str()),
        (StatusCode::CONFLICT, Some("NOT_READY"))
    );

    env.sandbox.clock().set_offset_seconds(2);
    assert_eq!(
        env.get_with(&path, &key).await.1["result"]["status"],
        "processing"
    );
    assert_eq!(env.get_with(&document, &key).await.0, StatusCode::CONFLICT);

    env.sandbox.clock().set_offset_seconds(5);
    assert_eq!(
        env.get_with(&path, &key).await.1["result"]["status"],
        "done"
    );
    let (status, body) = env.get_with(&document, &key).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["result"]["session_id"], id.as_str());
    assert_eq!(body["result"]["language"], "en");
    let text = body["result"]["text"].as_str().unwrap();
    assert!(text.contains("does not transcribe"), "{text}");
    assert!(
        text.contains("audio.mp3") && text.contains("1234 bytes"),
        "{text}"
    );
}

#[tokio::test]
async fn the_session_list_is_the_keys_own_newest_first_and_still_the_key_check() {
    let env = start().await;
    let (_, key) = batch_key(&env, "lister").await;
    let (_, other) = batch_key(&env, "someone else").await;
    let (status, body) = env.get_with(BATCH_CHECK, &key).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (body["count"].as_i64(), body["total_results"].as_i64()),
        (Some(0), Some(0))
    );
    let first = env.upload_ok(&key).await;
    env.sandbox.clock().set_offset_seconds(1);
    let second = env.upload_ok(&key).await;
    env.upload_ok(&other).await;

    let (_, page) = env
        .get_with("/api/v3/speech-to-text/session?offset=0&limit=1", &key)
        .await;
    assert_eq!(page["count"], 1);
    assert_eq!(page["total_results"], 2);
    assert_eq!(page["result"][0]["session_id"], second.as_str());
    let (_, page) = env
        .get_with("/api/v3/speech-to-text/session?offset=1&limit=25", &key)
        .await;
    assert_eq!(page["result"][0]["session_id"], first.as_str());
    let (status, body) = env
        .get_with("/api/v3/speech-to-text/session?limit=500", &key)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"]["details"]["field"], "limit");
}

#[tokio::test]
async fn another_keys_session_and_document_are_404() {
    let env = start().await;
    let (_, key) = batch_key(&env, "owner").await;
    let (_, other) = batch_key(&env, "stranger").await;
    let id = env.upload_ok(&key).await;
    env.sandbox.clock().set_offset_seconds(6);
    for path in [
        format!("/api/v3/speech-to-text/session/{id}"),
        format!("/api/v3/documents/{id}"),
        "/api/v3/speech-to-text/session/0000".to_owned(),
        "/api/v3/documents/nope".to_owned(),
    ] {
        let (status, body) = env.get_with(&path, &other).await;
        assert_eq!(
            (status, body["error_code"].as_str()),
            (StatusCode::NOT_FOUND, Some("SESSION_NOT_FOUND")),
            "{path}"
        );
    }
    assert_eq!(
        env.get_with(&format!("/api/v3/documents/{id}"), &key)
            .await
            .0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn uploads_answer_401_403_415_and_422_naming_the_field() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let (id, key) = env.new_key(&session, "checked", "batch").await;
    let (_, realtime) = env.new_key(&session, "live", "realtime").await;

    let (status, body) = env.upload(&realtime, audio_form(b"x")).await;
    assert_eq!(
        (status, body["error_code"].as_str()),
        (StatusCode::FORBIDDEN, Some("WRONG_KEY_TYPE"))
    );
    let (status, body) = env.upload("sk_live_unknown", audio_form(b"x")).await;
    assert_eq!(
        (status, body["error_code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("INVALID_API_KEY"))
    );
    let response = env
        .client
        .post(env.url("/api/v3/speech-to-text"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    let response = env
        .client
        .post(env.url("/api/v3/speech-to-text"))
        .bearer_auth(&key)
        .json(&serde_json::json!({ "file": "audio.mp3", "language": "en" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let body: Value = response.json().await.unwrap();
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("multipart/form-data")
    );

    let cases: [(Vec<u8>, &str); 5] = [
        (form(&[("language", None, b"en")]), "file"),
        (form(&[("file", Some("a.mp3"), b"abc")]), "language"),
        (
            form(&[("file", Some("a.mp3"), b"abc"), ("language", None, b"  ")]),
            "language",
        ),
        (
            form(&[("file", Some("a.mp3"), b"abc"), ("language", None, b"e n")]),
            "language",
        ),
        (
            form(&[("file", Some("a.mp3"), b""), ("language", None, b"en")]),
            "file",
        ),
    ];
    for (body, field) in cases {
        let (status, answer) = env.upload(&key, body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
        assert_eq!(answer["error"]["details"]["field"], field, "{answer}");
    }
    // A form with the optional document_type, the guide's Python example.
    let with_type = form(&[
        ("language", None, b"en"),
        ("document_type", None, b"document"),
        ("file", Some("audio.mp3"), b"abc"),
    ]);
    assert_eq!(env.upload(&key, with_type).await.0, StatusCode::CREATED);

    env.delete(&session, &id).await;
    let (status, body) = env.upload(&key, audio_form(b"x")).await;
    assert_eq!(
        (status, body["error_code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("KEY_REVOKED"))
    );
    assert_eq!(env.uploads_left(), 0);
}

#[tokio::test]
async fn sessions_survive_a_restart_and_count_in_usage() {
    let env = start().await;
    let session = env.login(demo::DEV_EMAIL).await;
    let (token, key) = env.new_key(&session, "counted uploads", "batch").await;
    let id = env.upload_ok(&key).await;
    let document = format!("/api/v3/documents/{id}");
    assert_eq!(env.get_with(&document, &key).await.0, StatusCode::CONFLICT);
    let Env {
        sandbox,
        db_path,
        dir,
        ..
    } = env;
    sandbox.shutdown().await;
    let sandbox = Sandbox::start(Config::new(&db_path)).await.unwrap();
    sandbox.clock().set_offset_seconds(6);
    let env = Env {
        sandbox,
        client: client(),
        db_path,
        dir,
    };
    let (status, body) = env
        .get_with(&format!("/api/v3/speech-to-text/session/{id}"), &key)
        .await;
    assert_eq!(
        (status, body["result"]["status"].as_str()),
        (StatusCode::OK, Some("done"))
    );
    assert_eq!(env.get_with(&document, &key).await.0, StatusCode::OK);
    let report = env.usage(&session, &token, "?days=1").await;
    let today = &report["daily"][0];
    assert_eq!(
        (today["requests"].as_i64(), today["errors"].as_i64()),
        (Some(4), Some(1)),
        "upload, 409, session, document: {report}"
    );
    let route_count: i64 = rusqlite::Connection::open(&env.db_path)
        .unwrap()
        .query_row(
            "SELECT COUNT(DISTINCT route) FROM usage_events WHERE token_id = ?1",
            [token.as_i64().unwrap()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(route_count, 3);
}
