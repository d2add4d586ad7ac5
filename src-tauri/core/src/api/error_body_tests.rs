#![allow(clippy::unwrap_used)]

use super::*;
use crate::error::ErrorKind;
use serde_json::json;

fn parse(v: serde_json::Value) -> ErrorBody {
    ErrorBody::parse(v.to_string().as_bytes(), &[])
}

#[test]
fn error_string_is_read_first() {
    let body =
        parse(json!({"error": "Token name already used", "message": "other", "detail": "x"}));
    assert_eq!(body.message.as_deref(), Some("Token name already used"));
}

#[test]
fn a_generic_error_string_gives_way_to_the_more_specific_message() {
    let body = parse(
        json!({"error": "Unauthorized", "message": "Invalid API key", "error_code": "INVALID_API_KEY"}),
    );
    assert_eq!(body.message.as_deref(), Some("Invalid API key"));
    assert_eq!(body.code.as_deref(), Some("INVALID_API_KEY"));
    let body = parse(json!({"error": "rate_limit_exceeded", "message": "Slow down please"}));
    assert_eq!(body.message.as_deref(), Some("Slow down please"));
}

#[test]
fn nested_error_object_gives_message_and_field() {
    let body = parse(
        json!({"error": {"code": 422, "message": "Missing required field: name", "details": {"field": "name"}}}),
    );
    assert_eq!(
        body.message.as_deref(),
        Some("Missing required field: name")
    );
    assert_eq!(body.field.as_deref(), Some("name"));
}

#[test]
fn rate_limit_body_keeps_code_and_retry_after() {
    let body = parse(
        json!({"error": "Rate Limit Exceeded", "message": "Too many calls this minute", "error_code": "RATE_LIMIT_EXCEEDED", "retry_after": 60}),
    );
    assert_eq!(body.message.as_deref(), Some("Too many calls this minute"));
    assert_eq!(body.code.as_deref(), Some("RATE_LIMIT_EXCEEDED"));
    assert_eq!(body.retry_after, Some(Duration::from_secs(60)));
}

#[test]
fn fastapi_detail_list_gives_message_and_field_from_loc() {
    let body = parse(
        json!({"detail": [{"loc": ["body", "name"], "msg": "field required", "type": "missing"}]}),
    );
    assert_eq!(body.message.as_deref(), Some("name: field required"));
    assert_eq!(body.field.as_deref(), Some("name"));
}

#[test]
fn detail_string_error_description_error_message_and_err_are_read_in_order() {
    assert_eq!(
        parse(json!({"detail": "Not authenticated"}))
            .message
            .as_deref(),
        Some("Not authenticated")
    );
    assert_eq!(
        parse(json!({"error_description": "Grant expired", "detail": "x"}))
            .message
            .as_deref(),
        Some("Grant expired")
    );
    assert_eq!(
        parse(json!({"error_message": "Quota used", "err": "y"}))
            .message
            .as_deref(),
        Some("Quota used")
    );
    assert_eq!(
        parse(json!({"err": "Something odd"})).message.as_deref(),
        Some("Something odd")
    );
}

#[test]
fn non_json_and_empty_bodies_fall_back_to_the_default_per_status() {
    let body = ErrorBody::parse(b"<html>Bad Gateway</html>", &[]);
    assert_eq!(body, ErrorBody::default());
    let err = status_error(StatusCode::UNAUTHORIZED, body);
    assert_eq!(err.kind(), ErrorKind::Unauthorized);
    assert_eq!(
        err.to_string(),
        "Scriptix did not accept the credentials. Please sign in again."
    );
}

#[test]
fn statuses_map_to_the_documented_kinds() {
    let kind = |status: u16, body: serde_json::Value| {
        status_error(StatusCode::from_u16(status).unwrap(), parse(body)).kind()
    };
    assert_eq!(kind(400, json!({})), ErrorKind::InvalidInput);
    assert_eq!(kind(401, json!({})), ErrorKind::Unauthorized);
    assert_eq!(kind(402, json!({})), ErrorKind::Quota);
    assert_eq!(kind(403, json!({})), ErrorKind::Forbidden);
    assert_eq!(kind(404, json!({})), ErrorKind::NotFound);
    assert_eq!(
        kind(409, json!({"error_code": "TOKEN_LIMIT_REACHED"})),
        ErrorKind::LimitReached
    );
    assert_eq!(
        kind(409, json!({"error": "Name taken"})),
        ErrorKind::InvalidInput
    );
    assert_eq!(kind(413, json!({})), ErrorKind::InvalidInput);
    assert_eq!(kind(415, json!({})), ErrorKind::Internal);
    assert_eq!(kind(422, json!({})), ErrorKind::InvalidInput);
    assert_eq!(kind(429, json!({})), ErrorKind::RateLimited);
    assert_eq!(kind(500, json!({})), ErrorKind::Server);
    assert_eq!(kind(503, json!({})), ErrorKind::Server);
}

#[test]
fn server_text_never_carries_the_request_secret_or_a_key() {
    let body = ErrorBody::parse(
        json!({"message": "Key sk_live_ABCDEFGHIJ0123456789abcdefghij0123456789 is revoked, pw hunter22 wrong"})
            .to_string()
            .as_bytes(),
        &["hunter22"],
    );
    let message = body.message.unwrap();
    assert!(!message.contains("sk_live_ABC"), "{message}");
    assert!(!message.contains("hunter22"), "{message}");
    assert!(message.contains("revoked"));
}

#[test]
fn long_server_text_is_shortened() {
    let body = parse(json!({"message": "word ".repeat(200)}));
    assert!(body.message.unwrap().chars().count() <= MAX_TEXT_CHARS + 1);
}

#[test]
fn invalid_input_keeps_its_field() {
    let err = status_error(
        StatusCode::UNPROCESSABLE_ENTITY,
        parse(json!({"detail": [{"loc": ["body", "name"], "msg": "field required"}]})),
    );
    assert_eq!(err.field(), Some("name"));
    assert_eq!(err.to_string(), "name: field required.");
}
