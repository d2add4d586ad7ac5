//! Batch transcription sessions: one row per upload, holding what the sandbox keeps of the
//! file (name, size, SHA-256), never its content. A session belongs to the token whose key
//! uploaded it; every lookup is scoped to that token.

use rusqlite::{Connection, OptionalExtension, params};

/// A stored session; `created_ms` is sandbox time in unix milliseconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Transcription {
    pub session_id: String,
    pub language: String,
    pub filename: String,
    pub bytes: u64,
    pub sha256: Vec<u8>,
    pub created_ms: i64,
}

/// Stores a new session for `token_id`.
pub(crate) fn insert(
    conn: &Connection,
    token_id: i64,
    session: &Transcription,
    document_type: Option<&str>,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO transcriptions
             (session_id, token_id, language, document_type, filename, bytes, sha256, created_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            session.session_id,
            token_id,
            session.language,
            document_type,
            session.filename,
            i64::try_from(session.bytes).unwrap_or(i64::MAX),
            session.sha256,
            session.created_ms,
        ],
    )?;
    Ok(())
}

fn row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Transcription> {
    let bytes: i64 = row.get(3)?;
    Ok(Transcription {
        session_id: row.get(0)?,
        language: row.get(1)?,
        filename: row.get(2)?,
        bytes: u64::try_from(bytes).unwrap_or(0),
        sha256: row.get(4)?,
        created_ms: row.get(5)?,
    })
}

const COLUMNS: &str = "session_id, language, filename, bytes, sha256, created_ms";

/// `token_id`'s session `session_id`, if it has one by that id.
pub(crate) fn find(
    conn: &Connection,
    token_id: i64,
    session_id: &str,
) -> rusqlite::Result<Option<Transcription>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM transcriptions WHERE session_id = ?1 AND token_id = ?2"),
        params![session_id, token_id],
        row,
    )
    .optional()
}

/// One page of `token_id`'s sessions, newest first, and their total count.
pub(crate) fn list(
    conn: &Connection,
    token_id: i64,
    offset: u64,
    limit: u64,
) -> rusqlite::Result<(Vec<Transcription>, u64)> {
    let total: i64 = conn.query_row(
        "SELECT COUNT(*) FROM transcriptions WHERE token_id = ?1",
        params![token_id],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM transcriptions WHERE token_id = ?1
         ORDER BY created_ms DESC, id DESC LIMIT ?2 OFFSET ?3"
    ))?;
    let page = stmt
        .query_map(
            params![
                token_id,
                i64::try_from(limit).unwrap_or(i64::MAX),
                i64::try_from(offset).unwrap_or(i64::MAX)
            ],
            row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((page, u64::try_from(total).unwrap_or(0)))
}
