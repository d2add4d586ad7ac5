//! Loads seed data into an empty database, in one transaction (the demo's usage history
//! comes from `demo_usage`). Owns only the mapping from
//! [`crate::demo`]'s constants to rows; running it on a non-empty database changes nothing.

use chrono::TimeDelta;
use rusqlite::Connection;

use crate::config::Seed;
use crate::crypto::{new_api_key, sha256};
use crate::db::accounts::{self, NewAccount};
use crate::db::tokens::{self, NewToken};
use crate::{demo, demo_usage};

/// Seeds `seed` if the database has no organization yet, with `token_limit` instead of the
/// demo's when given. Returns whether it seeded.
pub(crate) fn apply(
    conn: &mut Connection,
    seed: Seed,
    now: i64,
    token_limit: Option<u32>,
) -> rusqlite::Result<bool> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    if !accounts::is_empty(&tx)? {
        return Ok(false);
    }
    match seed {
        Seed::Demo => seed_demo(&tx, now, token_limit.unwrap_or(demo::TOKEN_LIMIT))?,
    }
    tx.commit()?;
    Ok(true)
}

fn seed_demo(conn: &Connection, now: i64, token_limit: u32) -> rusqlite::Result<()> {
    let org = accounts::insert_organization(conn, demo::ORG_NAME, i64::from(token_limit))?;
    for account in demo::ACCOUNTS {
        let id = accounts::insert_account(
            conn,
            &NewAccount {
                organization_id: org,
                email: account.email,
                first_name: account.first_name,
                last_name: account.last_name,
                roles: account.roles,
                password: demo::PASSWORD,
                totp_secret: account.mfa.then_some(demo::TOTP_SECRET),
            },
        )?;
        if account.mfa {
            for code in demo::BACKUP_CODES {
                accounts::insert_backup_code(conn, id, code)?;
            }
        }
    }
    let day = TimeDelta::days(1).num_seconds();
    for seeded in demo::SEEDED_TOKENS {
        // Nobody ever sees a seeded token's key: only its hash is kept.
        tokens::insert(
            conn,
            &NewToken {
                organization_id: org,
                name: seeded.name,
                token_type: seeded.token_type,
                created_at: now - seeded.created_days_ago * day,
                expires_at: now + seeded.expires_in_days * day,
                key_hash: sha256(new_api_key().as_bytes()),
            },
        )?;
    }
    demo_usage::seed(conn, now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    #[test]
    fn seeding_twice_leaves_one_copy_of_the_demo_data() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = Db::open(&dir.path().join("t.sqlite3")).expect("open");
        assert!(
            db.call_blocking(|c| apply(c, Seed::Demo, 1_000_000, None))
                .expect("first")
        );
        assert!(
            !db.call_blocking(|c| apply(c, Seed::Demo, 2_000_000, None))
                .expect("second")
        );
        let (accounts, tokens, codes): (i64, i64, i64) = db
            .call_blocking(|c| {
                c.query_row(
                    "SELECT (SELECT COUNT(*) FROM accounts), (SELECT COUNT(*) FROM tokens),
                            (SELECT COUNT(*) FROM backup_codes)",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
            })
            .expect("counts");
        assert_eq!((accounts, tokens, codes), (4, 12, 10));
    }
}
