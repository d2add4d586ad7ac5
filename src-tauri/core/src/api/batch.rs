//! Batch transcription (`POST /api/v3/speech-to-text`), only as far as "Send a test request"
//! needs: a short generated WAV uploaded with a batch key, answered by a session id.
//!
//! Owns the multipart body (built here: two text fields and one file) and reading the
//! session. It must not keep the key or the audio anywhere.

use reqwest::Method;
use serde_json::Value;

use super::ApiClient;
use super::error::Result;
use super::send::{Body, Call};
use crate::secret::Secret;

/// The session Scriptix opened for an upload.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchSession {
    pub session_id: String,
    pub status: String,
}

/// Half a second of a quiet 440 Hz tone, 16 kHz mono 16-bit PCM, as a WAV file.
pub fn test_wav() -> Vec<u8> {
    const RATE: u32 = 16_000;
    let samples: Vec<i16> = (0..RATE / 2)
        .map(|n| {
            let t = f64::from(n) / f64::from(RATE);
            #[allow(clippy::cast_possible_truncation)]
            let v = ((t * 440.0 * std::f64::consts::TAU).sin() * 3_000.0) as i16;
            v
        })
        .collect();
    let data_len = u32::try_from(samples.len() * 2).unwrap_or(u32::MAX);
    let mut wav = Vec::with_capacity(44 + samples.len() * 2);
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + data_len).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16_u32.to_le_bytes());
    wav.extend_from_slice(&1_u16.to_le_bytes()); // PCM
    wav.extend_from_slice(&1_u16.to_le_bytes()); // mono
    wav.extend_from_slice(&RATE.to_le_bytes());
    wav.extend_from_slice(&(RATE * 2).to_le_bytes());
    wav.extend_from_slice(&2_u16.to_le_bytes());
    wav.extend_from_slice(&16_u16.to_le_bytes());
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        wav.extend_from_slice(&s.to_le_bytes());
    }
    wav
}

fn multipart(boundary: &str, language: &str, file_name: &str, audio: &[u8]) -> Vec<u8> {
    let mut body = Vec::with_capacity(audio.len() + 512);
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\n{language}\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: audio/wav\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(audio);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    body
}

impl ApiClient {
    /// Uploads `audio` (a WAV) for transcription with a batch key; never retried (a lost
    /// answer may still have made a session).
    ///
    /// Errors: `ApiError::Unauthorized` (key refused), `ApiError::Forbidden` (a realtime
    /// key), `ApiError::PayloadTooLarge`, `ApiError::Decode`, funnel errors.
    pub async fn upload_audio(&self, key: &Secret, audio: &[u8]) -> Result<BatchSession> {
        let url = self.endpoint("api/v3/speech-to-text")?;
        let boundary = format!("scriptix-keys-{}", rand::random::<u64>());
        let body = Body::Multipart {
            bytes: multipart(&boundary, "en", "scriptix-keys-test.wav", audio),
            boundary,
        };
        let reply = self
            .send(Call::new(Method::POST, url, body).bearer(key))
            .await?;
        let value = reply.json()?;
        let object = value.get("result").unwrap_or(&value);
        let text = |k: &str| object.get(k).and_then(Value::as_str).map(str::to_owned);
        match (text("session_id"), text("status")) {
            (Some(session_id), status) => Ok(BatchSession {
                session_id,
                status: status.unwrap_or_else(|| "queued".to_owned()),
            }),
            _ => Err(reply.decode_error()),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_test_audio_is_a_half_second_pcm_wav() {
        let wav = test_wav();
        assert_eq!(&wav[0..4], b"RIFF");
        assert_eq!(&wav[8..16], b"WAVEfmt ");
        assert_eq!(wav.len(), 44 + 16_000);
        assert_eq!(
            u32::from_le_bytes(wav[4..8].try_into().unwrap()) as usize,
            wav.len() - 8
        );
    }

    #[test]
    fn the_multipart_body_has_the_language_and_the_file() {
        let body = String::from_utf8_lossy(&multipart("b", "en", "t.wav", b"RIFFxx")).into_owned();
        assert!(
            body.starts_with(
                "--b\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nen\r\n"
            )
        );
        assert!(body.contains("name=\"file\"; filename=\"t.wav\"\r\nContent-Type: audio/wav\r\n\r\nRIFFxx\r\n--b--\r\n"));
    }
}
