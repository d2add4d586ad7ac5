//! Batch transcription's upload size limit: at the limit and one byte over, far above the
//! API's 64 KiB body limit, cut off while a chunked upload streams, and a declared length
//! above the default refused at once.

use reqwest::StatusCode;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::{Env, start, start_with};
use crate::transcription::{BOUNDARY, audio_form, batch_key};

#[tokio::test]
async fn a_file_at_the_limit_is_accepted_and_one_byte_more_is_413() {
    let env = start_with(|c| c.max_upload_bytes = 1_000).await;
    let (_, key) = batch_key(&env, "sized").await;
    let (status, body) = env.upload(&key, audio_form(&[1_u8; 1_000])).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (status, body) = env.upload(&key, audio_form(&[1_u8; 1_001])).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    assert_eq!(body["error"]["code"], 413);
    assert_eq!(env.uploads_left(), 0);
}

#[tokio::test]
async fn a_file_far_above_the_apis_64_kib_body_limit_is_accepted() {
    let env = start().await;
    let (_, key) = batch_key(&env, "big but fine").await;
    let (status, body) = env.upload(&key, audio_form(&vec![3_u8; 3_000_000])).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let id = body["session_id"].as_str().unwrap();
    let (_, session) = env
        .get_with(&format!("/api/v3/speech-to-text/session/{id}"), &key)
        .await;
    assert_eq!(session["result"]["bytes"], 3_000_000);
    assert_eq!(env.uploads_left(), 0);
}

/// Streams a chunked multipart upload of `file_bytes` over a raw socket and returns the
/// status line the server answered with (possibly before the client finished sending).
async fn chunked_upload(
    env: &Env,
    key: &str,
    file_bytes: u64,
    content_length: Option<u64>,
) -> String {
    let stream = tokio::net::TcpStream::connect(env.sandbox.addr())
        .await
        .unwrap();
    let (mut read, mut write) = stream.into_split();
    let framing = match content_length {
        Some(length) => format!("Content-Length: {length}\r\n"),
        None => "Transfer-Encoding: chunked\r\n".to_owned(),
    };
    let head = format!(
        "POST /api/v3/speech-to-text HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n\
         Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n{framing}\r\n"
    );
    let chunked = content_length.is_none();
    let writer = tokio::spawn(async move {
        write.write_all(head.as_bytes()).await?;
        let preamble = format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nen\r\n\
             --{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.mp3\"\r\n\r\n"
        );
        let chunk = vec![0_u8; 64 * 1024];
        let send = |data: Vec<u8>| {
            let mut framed = Vec::new();
            if chunked {
                framed.extend_from_slice(format!("{:x}\r\n", data.len()).as_bytes());
                framed.extend_from_slice(&data);
                framed.extend_from_slice(b"\r\n");
            } else {
                framed = data;
            }
            framed
        };
        write.write_all(&send(preamble.into_bytes())).await?;
        let mut sent = 0;
        while sent < file_bytes {
            let n = (file_bytes - sent).min(chunk.len() as u64);
            write
                .write_all(&send(chunk[..usize::try_from(n).unwrap()].to_vec()))
                .await?;
            sent += n;
        }
        Ok::<_, std::io::Error>(())
    });
    let mut answer = Vec::new();
    let mut buf = [0_u8; 4096];
    while !answer.windows(2).any(|w| w == b"\r\n") {
        let n = tokio::time::timeout(std::time::Duration::from_secs(60), read.read(&mut buf))
            .await
            .expect("an answer within a minute")
            .unwrap();
        if n == 0 {
            break;
        }
        answer.extend_from_slice(&buf[..n]);
    }
    writer.abort();
    String::from_utf8_lossy(&answer)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn an_upload_is_cut_off_with_413_while_it_streams() {
    let env = start_with(|c| c.max_upload_bytes = 1_000_000).await;
    let (_, key) = batch_key(&env, "streamer").await;
    // 50 MB announced nowhere (chunked): the answer comes after about 1 MB.
    let status = chunked_upload(&env, &key, 50_000_000, None).await;
    assert_eq!(status, "HTTP/1.1 413 Payload Too Large");
    // Give the server a moment to drop the cut-off upload's temporary file.
    for _ in 0..50 {
        if env.uploads_left() == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(env.uploads_left(), 0);
}

#[tokio::test]
async fn the_default_limit_is_100_mb_and_a_larger_declared_body_is_refused_at_once() {
    let env = start().await;
    let (_, key) = batch_key(&env, "declared").await;
    let status = chunked_upload(&env, &key, 0, Some(102_000_000)).await;
    assert_eq!(status, "HTTP/1.1 413 Payload Too Large");
}
