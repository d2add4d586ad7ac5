//! Writing a key straight into an existing KeePass (KDBX 4) database: listing its groups,
//! and adding one entry (title, the key as password, URL, the token's facts as attributes)
//! into the group the user picked.
//!
//! The database is unlocked with a [`KdbxKey`]: its password and, when it has one, its key
//! file (read for this one call; the path may be remembered, the contents never are). Both
//! are used for this one call and never kept. The file is replaced
//! atomically (a new file beside it, read back with the same password, then renamed over
//! it) after the previous version was copied to `<file>.bak`; a wrong password, a database
//! this crate cannot write, or any failure before the rename leaves the file byte-identical.
//! Must not: log, or put the key or the password in an error.

use std::fs::OpenOptions;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use keepass::config::DatabaseVersion;
use keepass::db::{GroupId, fields};
use keepass::error::{DatabaseKeyError, DatabaseOpenError};
use keepass::{Database, DatabaseKey};

/// The KDBX 4 minor version the `keepass` crate writes.
const KDBX4_1: u16 = 1;
use serde::Serialize;

use super::ExportError;
use crate::secret::Secret;

/// One group of the database, as the window lists it (`Root / Team / APIs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KdbxGroup {
    pub id: String,
    pub path: String,
}

/// The entry to add. Holds the key by reference only.
#[derive(Debug, Clone, Copy)]
pub struct KdbxEntry<'a> {
    pub title: &'a str,
    pub key: &'a Secret,
    pub url: &'a str,
    pub notes: &'a str,
    /// Extra attributes (token type, id, expiry): plain facts, never secrets.
    pub attributes: &'a [(&'a str, String)],
}

/// What unlocks a KeePass database: its password (empty means none, when a key file is
/// given) and its key file, if it has one. Holds no key file contents: the file is read
/// when the database is opened.
#[derive(Debug, Clone)]
pub struct KdbxKey {
    password: Secret,
    key_file: Option<PathBuf>,
}

impl KdbxKey {
    /// A password and, optionally, the path of a key file.
    pub fn new(password: Secret, key_file: Option<PathBuf>) -> Self {
        Self { password, key_file }
    }

    /// A password only.
    pub fn password(password: Secret) -> Self {
        Self::new(password, None)
    }

    /// The key file's path, if any.
    pub fn key_file(&self) -> Option<&Path> {
        self.key_file.as_deref()
    }
}

/// The largest key file read (KeePass key files are a few hundred bytes).
const MAX_KEY_FILE_BYTES: u64 = 1024 * 1024;

/// The groups of the database at `path`, root first, each with its full path.
///
/// Errors: [`ExportError::KdbxPassword`], [`ExportError::KdbxKeyFile`],
/// [`ExportError::KdbxUnreadable`].
pub fn list_groups(path: &Path, password: &KdbxKey) -> Result<Vec<KdbxGroup>, ExportError> {
    let (db, _, _) = open(path, password)?;
    Ok(groups(&db)
        .into_iter()
        .map(|(id, path)| KdbxGroup {
            id: id.uuid().to_string(),
            path,
        })
        .collect())
}

fn groups(db: &Database) -> Vec<(GroupId, String)> {
    let mut out = Vec::new();
    collect(db, db.root().id(), String::new(), &mut out);
    out
}

fn collect(db: &Database, id: GroupId, prefix: String, out: &mut Vec<(GroupId, String)>) {
    let Some(group) = db.group(id) else { return };
    let path = if prefix.is_empty() {
        group.name.clone()
    } else {
        format!("{prefix} / {}", group.name)
    };
    out.push((id, path.clone()));
    let children: Vec<GroupId> = group.group_ids().collect();
    for child in children {
        collect(db, child, path.clone(), out);
    }
}

/// Adds `entry` to the group `group_id` of the database at `path` and writes the database
/// back (see the module docs). Returns the new entry's UUID.
///
/// Errors: [`ExportError::KdbxPassword`], [`ExportError::KdbxUnreadable`],
/// [`ExportError::KdbxGroup`], [`ExportError::Write`].
pub fn add_entry(
    path: &Path,
    password: &KdbxKey,
    group_id: &str,
    entry: &KdbxEntry<'_>,
) -> Result<String, ExportError> {
    let (mut db, original, key) = open(path, password)?;
    let group = groups(&db)
        .into_iter()
        .find(|(id, _)| id.uuid().to_string() == group_id)
        .map(|(id, _)| id)
        .ok_or(ExportError::KdbxGroup)?;
    let mut group = db.group_mut(group).ok_or(ExportError::KdbxGroup)?;
    let id = group
        .add_entry()
        .edit(|e| {
            e.set_unprotected(fields::TITLE, entry.title);
            e.set_protected(fields::PASSWORD, entry.key.expose());
            e.set_unprotected(fields::URL, entry.url);
            e.set_unprotected(fields::NOTES, entry.notes);
            for (name, value) in entry.attributes {
                e.set_unprotected(*name, value.as_str());
            }
        })
        .id();
    let id = id.uuid().to_string();
    save(path, &db, &key, &password.password, &original)?;
    Ok(id)
}

/// Replaces the password of the entry `entry_id` with `key`, keeping the previous version
/// of the entry in its history, and writes the database back (see the module docs).
///
/// Errors: [`ExportError::KdbxPassword`], [`ExportError::KdbxUnreadable`],
/// [`ExportError::KdbxEntryGone`], [`ExportError::Write`].
pub fn replace_password(
    path: &Path,
    password: &KdbxKey,
    entry_id: &str,
    key: &Secret,
) -> Result<(), ExportError> {
    let (mut db, original, unlock) = open(path, password)?;
    let id = db
        .iter_all_entries()
        .map(|e| e.id())
        .find(|id| id.uuid().to_string() == entry_id)
        .ok_or(ExportError::KdbxEntryGone)?;
    db.entry_mut(id)
        .ok_or(ExportError::KdbxEntryGone)?
        .edit_tracking(|e| e.set_protected(fields::PASSWORD, key.expose()));
    save(path, &db, &unlock, &password.password, &original)
}

/// The crate's key: the password (unless it is empty and a key file is given) and the key
/// file's contents.
fn key_of(unlock: &KdbxKey) -> Result<DatabaseKey, ExportError> {
    let mut key = DatabaseKey::new();
    if !unlock.password.expose().is_empty() || unlock.key_file.is_none() {
        key = key.with_password(unlock.password.expose());
    }
    if let Some(path) = &unlock.key_file {
        let unreadable = |reason: String| ExportError::KdbxKeyFile {
            path: path.display().to_string(),
            reason,
        };
        let file = std::fs::File::open(path).map_err(|e| unreadable(e.to_string()))?;
        if file.metadata().is_ok_and(|m| m.len() > MAX_KEY_FILE_BYTES) {
            return Err(unreadable("it is far larger than a key file".to_owned()));
        }
        key = key
            .with_keyfile(&mut file.take(MAX_KEY_FILE_BYTES))
            .map_err(|e| unreadable(e.to_string()))?;
    }
    Ok(key)
}

/// Reads and decrypts the database; returns it with the file's bytes as they were and the
/// key that opened it.
fn open(path: &Path, unlock: &KdbxKey) -> Result<(Database, Vec<u8>, DatabaseKey), ExportError> {
    let shown = path.display().to_string();
    let password = &unlock.password;
    let key = key_of(unlock)?;
    let bytes = std::fs::read(path).map_err(|e| ExportError::KdbxUnreadable {
        path: shown.clone(),
        reason: e.to_string(),
    })?;
    match Database::parse(&bytes, key.clone()) {
        Ok(mut db) if matches!(db.config.version, DatabaseVersion::KDB4(_)) => {
            // The crate writes KDBX 4.1 only (KeePassXC 2.7+ and KeePass 2.48+ read it).
            db.config.version = DatabaseVersion::KDB4(KDBX4_1);
            Ok((db, bytes, key))
        }
        // A wrong password fails the header check, or (depending on the cipher) the
        // decryption of the payload.
        Err(
            DatabaseOpenError::Key(DatabaseKeyError::IncorrectKey | DatabaseKeyError::EmptyKey)
            | DatabaseOpenError::Cryptography(_),
        ) => Err(ExportError::KdbxPassword),
        Ok(_) => Err(ExportError::KdbxUnreadable {
            path: shown,
            reason: "it is an older KeePass format; save it as KDBX 4 in KeePassXC first".into(),
        }),
        Err(DatabaseOpenError::UnsupportedVersion) => Err(ExportError::KdbxUnreadable {
            path: shown,
            reason: "it is not a KeePass database this app can write (KDBX 4 is needed)".into(),
        }),
        Err(other) => Err(ExportError::KdbxUnreadable {
            path: shown,
            reason: scrub(&other.to_string(), password),
        }),
    }
}

fn scrub(text: &str, password: &Secret) -> String {
    let secret = password.expose();
    if secret.is_empty() {
        text.to_owned()
    } else {
        text.replace(secret, "***")
    }
}

/// The backup of the previous version: `<file>.bak` beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Serialises, checks the result opens with the same password, keeps the previous version
/// as `<file>.bak`, then renames the new file over the old one.
fn save(
    path: &Path,
    db: &Database,
    key: &DatabaseKey,
    password: &Secret,
    original: &[u8],
) -> Result<(), ExportError> {
    let write_error = |e: &dyn std::fmt::Display| ExportError::Write {
        path: path.display().to_string(),
        reason: scrub(&e.to_string(), password),
    };
    let mut bytes = Vec::new();
    db.save(&mut bytes, key.clone())
        .map_err(|e| write_error(&e))?;
    Database::parse(&bytes, key.clone()).map_err(|e| write_error(&e))?;
    let temp = {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".scriptix-keys.tmp");
        path.with_file_name(name)
    };
    let mode = file_mode(path);
    let result = (|| {
        write_file(&backup_path(path), original, mode)?;
        write_file(&temp, &bytes, mode)?;
        std::fs::rename(&temp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&temp);
        return Err(write_error(&e));
    }
    Ok(())
}

#[cfg(unix)]
fn file_mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).map_or(0o600, |m| m.permissions().mode() & 0o777)
}

#[cfg(not(unix))]
fn file_mode(_path: &Path) -> u32 {
    0o600
}

fn write_file(path: &Path, bytes: &[u8], mode: u32) -> std::io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(all(test, unix))]
#[path = "kdbx_tests.rs"]
mod tests;
