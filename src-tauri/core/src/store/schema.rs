//! Schema migrations, one step per `user_version`.

use rusqlite::Connection;

use super::StoreError;

/// Each entry migrates from version `index` to `index + 1`.
pub(super) const MIGRATIONS: &[&str] = &[
    "
    CREATE TABLE list_cache (
        profile_id  TEXT PRIMARY KEY NOT NULL,
        fetched_at  TEXT NOT NULL,
        tokens_json TEXT NOT NULL
    );
    CREATE TABLE local_tokens (
        profile_id        TEXT NOT NULL,
        token_id          TEXT NOT NULL,
        name              TEXT NOT NULL,
        type              TEXT NOT NULL,
        created_at        TEXT,
        expires_at        TEXT,
        key_in_vault      INTEGER NOT NULL DEFAULT 0,
        created_by_app_at TEXT NOT NULL,
        PRIMARY KEY (profile_id, token_id)
    );
",
    "
    CREATE TABLE token_notes (
        profile_id  TEXT NOT NULL,
        token_id    TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        environment TEXT NOT NULL DEFAULT '',
        used_by     TEXT NOT NULL DEFAULT '',
        owner       TEXT NOT NULL DEFAULT '',
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (profile_id, token_id)
    );
    CREATE TABLE audit_log (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        at         TEXT NOT NULL,
        profile_id TEXT NOT NULL,
        actor      TEXT NOT NULL,
        action     TEXT NOT NULL,
        token_id   TEXT,
        token_name TEXT,
        outcome    TEXT NOT NULL,
        detail     TEXT NOT NULL,
        prev_hash  TEXT NOT NULL,
        hash       TEXT NOT NULL
    );
    CREATE INDEX audit_log_profile_at ON audit_log (profile_id, at);
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
",
    "
    CREATE TABLE rotations (
        id           TEXT PRIMARY KEY NOT NULL,
        profile_id   TEXT NOT NULL,
        old_token_id TEXT NOT NULL,
        old_name     TEXT NOT NULL,
        token_type   TEXT NOT NULL,
        new_name     TEXT NOT NULL,
        years        INTEGER NOT NULL,
        grace_days   INTEGER,
        grace_until  TEXT NOT NULL,
        auto_delete  INTEGER NOT NULL,
        emergency    INTEGER NOT NULL,
        state        TEXT NOT NULL,
        new_token_id TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        note         TEXT
    );
    CREATE INDEX rotations_profile_state ON rotations (profile_id, state);
    CREATE TABLE rotation_events (
        rotation_id TEXT NOT NULL REFERENCES rotations (id) ON DELETE CASCADE,
        seq         INTEGER NOT NULL,
        at          TEXT NOT NULL,
        step        TEXT NOT NULL,
        phase       TEXT NOT NULL CHECK (phase IN ('intent', 'done', 'failed')),
        detail      TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (rotation_id, seq)
    );
",
    "
    CREATE TABLE notifications_sent (
        profile_id TEXT NOT NULL,
        token_id   TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('expiry', 'graceEnd')),
        threshold  INTEGER NOT NULL,
        sent_at    TEXT NOT NULL,
        PRIMARY KEY (profile_id, token_id, kind, threshold)
    );
",
    "
    ALTER TABLE audit_log ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE audit_seal (
        id  INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        mac TEXT NOT NULL
    );
    CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
    WHEN EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq)
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
",
    // Which server issued each kept secret (see `store/origins.rs`). Records from before
    // carry no origin; the pending row asks the workspace to bind them, once, to their
    // profile's server as it is at that moment.
    "
    ALTER TABLE local_tokens ADD COLUMN origin TEXT;
    CREATE TABLE session_origins (
        profile_id TEXT PRIMARY KEY NOT NULL,
        origin     TEXT NOT NULL
    );
    CREATE TABLE origin_binding_pending (
        id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1)
    );
    INSERT INTO origin_binding_pending (id) VALUES (1);
",
    // The create journal (see `store/create_intents.rs`): metadata of unfinished creates.
    "
    CREATE TABLE create_intents (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        profile_id TEXT NOT NULL,
        name       TEXT NOT NULL,
        token_type TEXT NOT NULL,
        years      INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        before_ids TEXT NOT NULL,
        stage      TEXT NOT NULL,
        token_id   TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX create_intents_profile ON create_intents (profile_id);
",
    // Where each key was handed off to (see `store/destinations.rs`): never the key. And
    // the masked hint of a held key (`sk_live_…` + its last 4 characters, `key_hint`).
    "
    CREATE TABLE destinations (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        profile_id TEXT NOT NULL,
        token_id   TEXT NOT NULL,
        kind       TEXT NOT NULL,
        location   TEXT NOT NULL,
        item       TEXT NOT NULL DEFAULT '',
        variable   TEXT NOT NULL DEFAULT '',
        label      TEXT NOT NULL DEFAULT '',
        at         TEXT NOT NULL,
        UNIQUE (profile_id, token_id, kind, location, item, variable)
    );
    CREATE INDEX destinations_token ON destinations (profile_id, token_id);
    ALTER TABLE local_tokens ADD COLUMN key_hint TEXT;
",
    // The key file a KeePass destination is opened with (its path; never its contents).
    "
    ALTER TABLE destinations ADD COLUMN key_file TEXT NOT NULL DEFAULT '';
",
    // Usage (see `store/usage.rs`): the last report per token (IPs and counts, never a key),
    // when each IP was first seen by this device, profiles whose server has no usage
    // endpoint, which usage hints were already notified, and rotations held at the end of
    // their grace period because the old key was still in use.
    "
    CREATE TABLE usage_cache (
        profile_id  TEXT NOT NULL,
        token_id    TEXT NOT NULL,
        fetched_at  TEXT NOT NULL,
        report_json TEXT NOT NULL,
        PRIMARY KEY (profile_id, token_id)
    );
    CREATE TABLE usage_ips (
        profile_id    TEXT NOT NULL,
        token_id      TEXT NOT NULL,
        ip            TEXT NOT NULL,
        first_seen_at TEXT NOT NULL,
        PRIMARY KEY (profile_id, token_id, ip)
    );
    CREATE TABLE usage_unavailable (
        profile_id TEXT PRIMARY KEY NOT NULL,
        checked_at TEXT NOT NULL
    );
    CREATE TABLE usage_hints_sent (
        profile_id TEXT NOT NULL,
        hint_id    TEXT NOT NULL,
        sent_at    TEXT NOT NULL,
        PRIMARY KEY (profile_id, hint_id)
    );
    CREATE TABLE rotation_holds (
        rotation_id  TEXT PRIMARY KEY NOT NULL,
        recheck_at   TEXT NOT NULL,
        last_used_at TEXT NOT NULL,
        last_ip      TEXT
    );
",
    // Audit details become codes with arguments (`audit/detail.rs`): new rows store only
    // `detail_coded`; existing rows keep their English `detail` (their hash covers it) and get
    // its coded form beside it (`code_audit_details`, run with this step).
    "
    ALTER TABLE audit_log ADD COLUMN detail_coded TEXT;
",
    // Rotation journal details become codes too (`rotation/journal_detail.rs`): the
    // `detail` column holds `{ code, args }` (or '' for none); `code_journal_details`,
    // run with this step, codes the existing lines and the activity log's rotation steps.
    "",
    // A create reads only the cached list's recent ids, and a token created here joins the
    // cached list as a row of its own (`list_cache.rs`): neither parses nor rewrites the list.
    // Until the next fetch an existing cache has no recent ids, and a create lists first.
    "
    ALTER TABLE list_cache ADD COLUMN create_before_ids TEXT;
    CREATE TABLE list_cache_added (
        profile_id TEXT NOT NULL,
        token_id   TEXT NOT NULL,
        token_json TEXT NOT NULL,
        PRIMARY KEY (profile_id, token_id)
    );
",
];

/// The version whose step also codes the existing audit details.
const CODED_AUDIT_DETAILS: usize = 11;

/// The version whose step also codes the existing rotation journal details.
const CODED_JOURNAL_DETAILS: usize = 12;

/// Gives every audit row with an English detail its coded form (the append-only trigger is
/// lifted for this one update inside the migration's transaction and put back before it
/// commits; nothing else of a row changes), and stores every rotation note as a code.
fn code_audit_details(tx: &rusqlite::Transaction<'_>) -> Result<(), StoreError> {
    tx.execute_batch("DROP TRIGGER audit_log_no_update;")?;
    let rows: Vec<(i64, String)> = {
        let mut statement = tx.prepare("SELECT seq, detail FROM audit_log WHERE detail <> ''")?;
        statement
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<Result<_, _>>()?
    };
    for (seq, detail) in rows {
        tx.execute(
            "UPDATE audit_log SET detail_coded = ?1 WHERE seq = ?2",
            rusqlite::params![crate::audit::coded_detail(&detail).to_json(), seq],
        )?;
    }
    tx.execute_batch(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
         BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;",
    )?;
    // Rotation notes (what the user must decide) become codes too.
    let notes: Vec<(String, String)> = {
        let mut statement = tx.prepare("SELECT id, note FROM rotations WHERE note IS NOT NULL")?;
        statement
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<Result<_, _>>()?
    };
    for (id, note) in notes {
        tx.execute(
            "UPDATE rotations SET note = ?1 WHERE id = ?2",
            rusqlite::params![crate::rotation::coded_note(&note).to_json(), id],
        )?;
    }
    Ok(())
}

/// Gives every rotation journal line written as English text its coded form, and every
/// activity-log rotation step that only had its text kept (`audit-detail-text`) the code
/// it is now recognised as (the append-only trigger is lifted for this one update, as in
/// [`code_audit_details`]; only `detail_coded` changes, and only to a code whose English
/// reads exactly as the row's `detail`).
fn code_journal_details(tx: &rusqlite::Transaction<'_>) -> Result<(), StoreError> {
    let lines: Vec<(String, i64, String)> = {
        let mut statement =
            tx.prepare("SELECT rotation_id, seq, detail FROM rotation_events WHERE detail <> ''")?;
        statement
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<Result<_, _>>()?
    };
    for (rotation_id, seq, detail) in lines {
        if crate::i18n::StoredMessage::from_json(&detail).is_some() {
            continue;
        }
        tx.execute(
            "UPDATE rotation_events SET detail = ?1 WHERE rotation_id = ?2 AND seq = ?3",
            rusqlite::params![
                crate::rotation::coded_journal_detail(&detail).to_json(),
                rotation_id,
                seq
            ],
        )?;
    }
    tx.execute_batch("DROP TRIGGER audit_log_no_update;")?;
    let rows: Vec<(i64, String, String)> = {
        let mut statement = tx.prepare(
            "SELECT seq, detail, detail_coded FROM audit_log WHERE detail <> '' AND detail_coded IS NOT NULL",
        )?;
        statement
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<Result<_, _>>()?
    };
    for (seq, detail, coded) in rows {
        let kept_as_text = crate::i18n::StoredMessage::from_json(&coded)
            .is_some_and(|m| m.code == "audit-detail-text");
        if !kept_as_text {
            continue;
        }
        if let Some(step) = crate::rotation::coded_audit_step(&detail) {
            tx.execute(
                "UPDATE audit_log SET detail_coded = ?1 WHERE seq = ?2",
                rusqlite::params![step.to_json(), seq],
            )?;
        }
    }
    tx.execute_batch(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
         BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;",
    )?;
    Ok(())
}

pub(super) fn version(conn: &Connection) -> Result<u32, StoreError> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

pub(super) fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let current = version(conn)?;
    let latest = u32::try_from(MIGRATIONS.len()).unwrap_or(u32::MAX);
    if current > latest {
        return Err(StoreError::TooNew { found: current });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(sql)?;
        if index + 1 == CODED_AUDIT_DETAILS {
            code_audit_details(&tx)?;
        }
        if index + 1 == CODED_JOURNAL_DETAILS {
            code_journal_details(&tx)?;
        }
        tx.pragma_update(None, "user_version", index + 1)?;
        tx.commit()?;
    }
    Ok(())
}
