//! Receiving an uploaded file: streamed chunk by chunk to a temporary file in the uploads
//! folder while its SHA-256 and size are computed, cut off with 413 as soon as it passes the
//! limit, and deleted as soon as it is complete. Only the size and the hash survive; the
//! sandbox never keeps audio.

use std::path::{Path, PathBuf};

use axum::extract::multipart::Field;
use axum::http::StatusCode;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use crate::api_error::ApiError;
use crate::crypto::random_bytes;

/// What is kept of an upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Received {
    pub bytes: u64,
    pub sha256: [u8; 32],
}

/// Deletes the temporary file however the upload ends (done, refused, or the client gone).
struct TempFile(PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Err(error) = std::fs::remove_file(&self.0)
            && error.kind() != std::io::ErrorKind::NotFound
        {
            tracing::warn!(%error, "could not delete an upload's temporary file");
        }
    }
}

/// 413 for a file over `max_bytes`.
pub(crate) fn too_large(max_bytes: u64) -> ApiError {
    ApiError::request(
        StatusCode::PAYLOAD_TOO_LARGE,
        format!("The file is larger than the limit of {max_bytes} bytes (100 MB)"),
    )
}

/// A multipart error as the documented nested error (its own status: 400, 413 …).
pub(crate) fn multipart_error(error: &axum::extract::multipart::MultipartError) -> ApiError {
    ApiError::request(error.status(), error.body_text())
}

fn io_error(error: &std::io::Error) -> ApiError {
    ApiError::Internal(format!("upload storage: {error}"))
}

/// Streams `field` to a temporary file in `dir`, hashing it; refuses it with 413 once it
/// passes `max_bytes`; deletes the file before returning either way.
pub(crate) async fn receive(
    mut field: Field<'_>,
    dir: &Path,
    max_bytes: u64,
) -> Result<Received, ApiError> {
    tokio::fs::create_dir_all(dir)
        .await
        .map_err(|e| io_error(&e))?;
    let temp = TempFile(dir.join(format!("{}.part", hex::encode(random_bytes::<12>()))));
    let mut file = tokio::fs::File::create(&temp.0)
        .await
        .map_err(|e| io_error(&e))?;
    let mut hasher = Sha256::new();
    let mut bytes: u64 = 0;
    while let Some(chunk) = field.chunk().await.map_err(|e| multipart_error(&e))? {
        bytes = bytes.saturating_add(chunk.len() as u64);
        if bytes > max_bytes {
            return Err(too_large(max_bytes));
        }
        hasher.update(&chunk);
        file.write_all(&chunk).await.map_err(|e| io_error(&e))?;
    }
    file.flush().await.map_err(|e| io_error(&e))?;
    drop(file);
    drop(temp);
    Ok(Received {
        bytes,
        sha256: hasher.finalize().into(),
    })
}

/// A short text field (language, document type): at most `max_chars` after trimming, else
/// 422 naming `name`.
pub(crate) async fn text(
    mut field: Field<'_>,
    name: &'static str,
    max_chars: usize,
) -> Result<String, ApiError> {
    let mut raw = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(|e| multipart_error(&e))? {
        raw.extend_from_slice(&chunk);
        if raw.len() > max_chars * 4 {
            return Err(ApiError::invalid(
                name,
                format!("{name} must be at most {max_chars} characters"),
            ));
        }
    }
    let text = String::from_utf8(raw)
        .map_err(|_| ApiError::invalid(name, format!("{name} must be UTF-8 text")))?;
    let text = text.trim();
    if text.chars().count() > max_chars {
        return Err(ApiError::invalid(
            name,
            format!("{name} must be at most {max_chars} characters"),
        ));
    }
    Ok(text.to_owned())
}

/// The name a client gave its file, reduced to its last path component without control
/// characters (at most 255 characters); `upload` when nothing is left.
pub(crate) fn file_name(given: Option<&str>) -> String {
    let last = given
        .unwrap_or_default()
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default();
    let clean: String = last.chars().filter(|c| !c.is_control()).take(255).collect();
    let clean = clean.trim();
    if clean.is_empty() {
        "upload".to_owned()
    } else {
        clean.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_only_their_last_component_without_control_characters() {
        assert_eq!(file_name(Some("audio.mp3")), "audio.mp3");
        assert_eq!(file_name(Some("../../etc/passwd")), "passwd");
        assert_eq!(file_name(Some("C:\\x\\talk.wav")), "talk.wav");
        assert_eq!(file_name(Some("a\u{0}b\nc.mp3")), "abc.mp3");
        assert_eq!(file_name(Some("  ")), "upload");
        assert_eq!(file_name(None), "upload");
        assert_eq!(file_name(Some(&"x".repeat(300))).len(), 255);
    }
}
