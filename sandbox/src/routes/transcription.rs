//! The batch flow of the user guide's examples: `POST /api/v3/speech-to-text` (multipart
//! upload, 201 with a queued session), `GET /api/v3/speech-to-text/session` (the key's
//! sessions; also the batch key check), `GET /api/v3/speech-to-text/session/{session_id}` and
//! `GET /api/v3/documents/{session_id}`. The sandbox does not transcribe: a session is queued,
//! then processing 2 s after creation, then done at 5 s (sandbox clock), and its document says
//! so plainly. Another key's session is 404, as if it did not exist.

use axum::Json;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::AppState;
use super::extract::{ApiPath, ApiQuery};
use super::keys::BatchKey;
use super::tokens::{ListQuery, parse_paging, rfc3339};
use crate::api_error::ApiError;
use crate::crypto::random_bytes;
use crate::db::transcriptions::{self, Transcription};
use crate::upload;

/// Longest `language` and `document_type` values, in characters.
const MAX_LANGUAGE_CHARS: usize = 35;
const MAX_DOCUMENT_TYPE_CHARS: usize = 64;
/// Room for the form's other fields and part headers beyond the file itself.
const FORM_OVERHEAD_BYTES: u64 = 1 << 20;
/// When a session moves on, in milliseconds after its creation.
const PROCESSING_AFTER_MS: i64 = 2_000;
const DONE_AFTER_MS: i64 = 5_000;

const NOT_FOUND: ApiError = ApiError::NotFound {
    code: "SESSION_NOT_FOUND",
    message: "No transcription session with this id for this key",
};

/// A session's status at sandbox time `now_ms`.
fn status_at(created_ms: i64, now_ms: i64) -> &'static str {
    let elapsed = now_ms.saturating_sub(created_ms);
    if elapsed >= DONE_AFTER_MS {
        "done"
    } else if elapsed >= PROCESSING_AFTER_MS {
        "processing"
    } else {
        "queued"
    }
}

fn now_ms(state: &AppState) -> i64 {
    state.clock.now().timestamp_millis()
}

fn item(session: &Transcription, now_ms: i64) -> Value {
    json!({
        "session_id": session.session_id,
        "status": status_at(session.created_ms, now_ms),
        "language": session.language,
        "filename": session.filename,
        "bytes": session.bytes,
        "created_at": rfc3339(session.created_ms.div_euclid(1_000)),
    })
}

fn is_multipart(request: &Request) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("multipart/form-data")
        })
}

fn declared_length(request: &Request) -> Option<u64> {
    request
        .headers()
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .parse()
        .ok()
}

/// The language field: 1–35 letters, digits, `-` or `_` (`en`, `nl`, `en-US`).
fn check_language(language: Option<String>) -> Result<String, ApiError> {
    let language = language
        .filter(|l| !l.is_empty())
        .ok_or_else(|| ApiError::invalid("language", "Missing required field: language"))?;
    if language
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        Ok(language)
    } else {
        Err(ApiError::invalid(
            "language",
            "language must be a language code such as en or nl",
        ))
    }
}

/// 201 `{ session_id, status: "queued" }`; 415 unless multipart, 413 over the limit, 422 for
/// a missing `file` or `language`.
pub(crate) async fn upload(
    State(state): State<AppState>,
    BatchKey(token_id): BatchKey,
    request: Request,
) -> Result<Response, ApiError> {
    if !is_multipart(&request) {
        return Err(ApiError::request(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Send the file as multipart/form-data with the fields file and language",
        ));
    }
    let max = state.max_upload_bytes;
    if declared_length(&request).is_some_and(|length| length > max + FORM_OVERHEAD_BYTES) {
        return Err(upload::too_large(max));
    }
    let mut form = Multipart::from_request(request, &())
        .await
        .map_err(|rejection| ApiError::request(rejection.status(), rejection.body_text()))?;
    let mut received = None;
    let mut filename = String::new();
    let mut language = None;
    let mut document_type = None;
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| upload::multipart_error(&e))?
    {
        match field.name() {
            Some("file") if received.is_none() => {
                filename = upload::file_name(field.file_name());
                received = Some(upload::receive(field, &state.uploads_dir, max).await?);
            }
            Some("file") => return Err(ApiError::invalid("file", "Send exactly one file")),
            Some("language") => {
                language = Some(upload::text(field, "language", MAX_LANGUAGE_CHARS).await?);
            }
            Some("document_type") => {
                let value = upload::text(field, "document_type", MAX_DOCUMENT_TYPE_CHARS).await?;
                document_type = Some(value).filter(|v| !v.is_empty());
            }
            // Other fields are read (bounded like a short text) and ignored.
            _ => drop(upload::text(field, "field", MAX_DOCUMENT_TYPE_CHARS).await?),
        }
    }
    let received =
        received.ok_or_else(|| ApiError::invalid("file", "Missing required field: file"))?;
    let language = check_language(language)?;
    if received.bytes == 0 {
        return Err(ApiError::invalid("file", "The file is empty"));
    }
    let session = Transcription {
        session_id: hex::encode(random_bytes::<16>()),
        language,
        filename,
        bytes: received.bytes,
        sha256: received.sha256.to_vec(),
        created_ms: now_ms(&state),
    };
    let stored = session.clone();
    state
        .db
        .call(move |conn| transcriptions::insert(conn, token_id, &stored, document_type.as_deref()))
        .await?;
    let body = json!({ "session_id": session.session_id, "status": "queued" });
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// The key's sessions, newest first, in the usual `{ count, total_results, result }` envelope.
pub(crate) async fn list(
    State(state): State<AppState>,
    BatchKey(token_id): BatchKey,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<Value>, ApiError> {
    let (offset, limit) = parse_paging(&query)?;
    let (page, total) = state
        .db
        .call(move |conn| transcriptions::list(conn, token_id, offset, limit))
        .await?;
    let now = now_ms(&state);
    Ok(Json(json!({
        "count": page.len(),
        "total_results": total,
        "result": page.iter().map(|s| item(s, now)).collect::<Vec<_>>(),
    })))
}

async fn find(
    state: &AppState,
    token_id: i64,
    session_id: String,
) -> Result<Transcription, ApiError> {
    state
        .db
        .call(move |conn| transcriptions::find(conn, token_id, session_id.trim()))
        .await?
        .ok_or(NOT_FOUND)
}

/// `{ result: { session_id, status, language, filename, bytes, created_at } }`.
pub(crate) async fn session(
    State(state): State<AppState>,
    BatchKey(token_id): BatchKey,
    ApiPath(session_id): ApiPath,
) -> Result<Json<Value>, ApiError> {
    let session = find(&state, token_id, session_id).await?;
    Ok(Json(json!({ "result": item(&session, now_ms(&state)) })))
}

/// The placeholder text of a finished session: says plainly that nothing was transcribed.
fn placeholder_text(session: &Transcription) -> String {
    format!(
        "The Scriptix sandbox does not transcribe audio, so this is not a transcript. \
         It received \"{}\" ({} bytes, SHA-256 {}) and kept only its size and hash.",
        session.filename,
        session.bytes,
        hex::encode(&session.sha256),
    )
}

/// Once done `{ result: { session_id, language, text } }`; before that 409 `NOT_READY`.
pub(crate) async fn document(
    State(state): State<AppState>,
    BatchKey(token_id): BatchKey,
    ApiPath(session_id): ApiPath,
) -> Result<Json<Value>, ApiError> {
    let session = find(&state, token_id, session_id).await?;
    if status_at(session.created_ms, now_ms(&state)) != "done" {
        return Err(ApiError::Conflict {
            code: "NOT_READY",
            message: "The session is not done yet; poll its status and try again",
        });
    }
    Ok(Json(json!({
        "result": {
            "session_id": session.session_id,
            "language": session.language,
            "text": placeholder_text(&session),
        }
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_is_queued_then_processing_at_two_seconds_then_done_at_five() {
        assert_eq!(status_at(10_000, 10_000), "queued");
        assert_eq!(status_at(10_000, 11_999), "queued");
        assert_eq!(status_at(10_000, 12_000), "processing");
        assert_eq!(status_at(10_000, 14_999), "processing");
        assert_eq!(status_at(10_000, 15_000), "done");
        assert_eq!(status_at(10_000, 9_000), "queued", "a clock set back");
    }

    #[test]
    fn languages_are_codes_and_required() {
        assert_eq!(
            check_language(Some("en".into())).ok().as_deref(),
            Some("en")
        );
        assert!(check_language(Some("en-US".into())).is_ok());
        for bad in [
            None,
            Some(String::new()),
            Some("en us".into()),
            Some("<b>".into()),
        ] {
            assert!(matches!(
                check_language(bad),
                Err(ApiError::Invalid {
                    field: "language",
                    ..
                })
            ),);
        }
    }

    #[test]
    fn the_placeholder_says_it_is_not_a_transcript_and_names_the_file_and_size() {
        let text = placeholder_text(&Transcription {
            session_id: "s".into(),
            language: "en".into(),
            filename: "audio.mp3".into(),
            bytes: 1234,
            sha256: vec![0xab; 32],
            created_ms: 0,
        });
        assert!(text.contains("does not transcribe"));
        assert!(text.contains("\"audio.mp3\" (1234 bytes"));
    }
}
