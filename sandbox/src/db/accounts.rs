//! Organizations, accounts and single-use MFA backup codes. Owns the SQL for those tables;
//! password and code checks are constant-time comparisons of hashes, never SQL `=` on secrets.

use rusqlite::{Connection, OptionalExtension, params};

use crate::crypto::{password_hash, random_bytes, same, sha256};
use crate::model::{Account, Organization};

/// A new account to insert.
#[derive(Debug)]
pub(crate) struct NewAccount<'a> {
    pub organization_id: i64,
    pub email: &'a str,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub roles: &'a [&'a str],
    pub password: &'a str,
    pub totp_secret: Option<&'a str>,
}

/// What a login checks, loaded by email.
#[derive(Debug)]
pub(crate) struct Credentials {
    pub account_id: i64,
    salt: Vec<u8>,
    hash: Vec<u8>,
    pub totp_secret: Option<String>,
}

impl Credentials {
    /// Whether `password` matches, compared in constant time.
    pub fn password_matches(&self, password: &str) -> bool {
        same(&password_hash(&self.salt, password), &self.hash)
    }
}

/// Whether the database has no organization yet (seeding happens only then).
pub(crate) fn is_empty(conn: &Connection) -> rusqlite::Result<bool> {
    let count: i64 = conn.query_row("SELECT COUNT(*) FROM organizations", [], |row| row.get(0))?;
    Ok(count == 0)
}

pub(crate) fn insert_organization(
    conn: &Connection,
    name: &str,
    token_limit: i64,
) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO organizations (name, token_limit) VALUES (?1, ?2)",
        params![name, token_limit],
    )?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn insert_account(conn: &Connection, new: &NewAccount<'_>) -> rusqlite::Result<i64> {
    let salt = random_bytes::<16>();
    conn.execute(
        "INSERT INTO accounts (organization_id, email, first_name, last_name, roles,
                               password_salt, password_hash, totp_secret)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            new.organization_id,
            new.email,
            new.first_name,
            new.last_name,
            new.roles.join(","),
            salt.as_slice(),
            password_hash(&salt, new.password).as_slice(),
            new.totp_secret,
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Stores a backup code for `account_id` as a SHA-256 hash.
pub(crate) fn insert_backup_code(
    conn: &Connection,
    account_id: i64,
    code: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO backup_codes (account_id, code_hash) VALUES (?1, ?2)",
        params![account_id, sha256(code.as_bytes()).as_slice()],
    )?;
    Ok(())
}

pub(crate) fn find_credentials(
    conn: &Connection,
    email: &str,
) -> rusqlite::Result<Option<Credentials>> {
    conn.query_row(
        "SELECT id, password_salt, password_hash, totp_secret FROM accounts WHERE email = ?1",
        params![email],
        |row| {
            Ok(Credentials {
                account_id: row.get(0)?,
                salt: row.get(1)?,
                hash: row.get(2)?,
                totp_secret: row.get(3)?,
            })
        },
    )
    .optional()
}

/// Loads an account with its organization.
pub(crate) fn load(conn: &Connection, account_id: i64) -> rusqlite::Result<Option<Account>> {
    conn.query_row(
        "SELECT a.id, a.email, a.first_name, a.last_name, a.roles, o.id, o.name, o.token_limit
         FROM accounts a JOIN organizations o ON o.id = a.organization_id
         WHERE a.id = ?1",
        params![account_id],
        |row| {
            let roles: String = row.get(4)?;
            Ok(Account {
                id: row.get(0)?,
                email: row.get(1)?,
                first_name: row.get(2)?,
                last_name: row.get(3)?,
                roles: roles
                    .split(',')
                    .filter(|r| !r.is_empty())
                    .map(str::to_owned)
                    .collect(),
                organization: Organization {
                    id: row.get(5)?,
                    name: row.get(6)?,
                    token_limit: row.get(7)?,
                },
            })
        },
    )
    .optional()
}

/// Marks `code` used if it is one of the account's unused backup codes; `false` otherwise.
pub(crate) fn use_backup_code(
    conn: &mut Connection,
    account_id: i64,
    code: &str,
    now: i64,
) -> rusqlite::Result<bool> {
    let wanted = sha256(code.trim().as_bytes());
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let unused: Vec<(i64, Vec<u8>)> = {
        let mut stmt = tx.prepare(
            "SELECT id, code_hash FROM backup_codes WHERE account_id = ?1 AND used_at IS NULL",
        )?;
        stmt.query_map(params![account_id], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?
    };
    // Compare against every unused code so timing does not reveal which one matched.
    let mut matched = None;
    for (id, hash) in unused {
        if same(&hash, &wanted) {
            matched = Some(id);
        }
    }
    if let Some(id) = matched {
        tx.execute(
            "UPDATE backup_codes SET used_at = ?1 WHERE id = ?2",
            params![now, id],
        )?;
    }
    tx.commit()?;
    Ok(matched.is_some())
}
