//! The hash chain: `hash = SHA-256(prev_hash || canonical JSON of the row)`, hex encoded.
//!
//! The canonical JSON is built from the stored column values (not re-parsed types), with a
//! fixed field order, so verification recomputes exactly what was hashed on append.

use serde::Serialize;
use sha2::{Digest, Sha256};

/// The `prev_hash` of the first row.
pub(crate) const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One row as it is hashed (and stored). `seq` is included, so moving a row is detected.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct HashedRow<'a> {
    pub seq: i64,
    pub at: &'a str,
    pub profile_id: &'a str,
    pub actor: &'a str,
    pub action: &'a str,
    pub token_id: Option<&'a str>,
    pub token_name: Option<&'a str>,
    pub outcome: &'a str,
    pub detail: &'a str,
}

/// The row's hash, chained to the previous row's hash.
pub(crate) fn chain_hash(prev_hash: &str, row: &HashedRow<'_>) -> String {
    let mut hasher = Sha256::new();
    hasher.update(prev_hash.as_bytes());
    // Serialising borrowed strings and integers cannot fail.
    hasher.update(serde_json::to_vec(row).unwrap_or_default());
    hex::encode(hasher.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(detail: &str) -> HashedRow<'_> {
        HashedRow {
            seq: 1,
            at: "2026-05-01T10:00:00.000Z",
            profile_id: "p1",
            actor: "dana@example.com",
            action: "copy",
            token_id: Some("42"),
            token_name: None,
            outcome: "success",
            detail,
        }
    }

    #[test]
    fn the_hash_depends_on_the_previous_hash_and_every_field() {
        let a = chain_hash(GENESIS, &row("x"));
        assert_eq!(a.len(), 64);
        assert_eq!(a, chain_hash(GENESIS, &row("x")));
        assert_ne!(a, chain_hash(GENESIS, &row("y")));
        assert_ne!(a, chain_hash(&a, &row("x")));
        let moved = HashedRow { seq: 2, ..row("x") };
        assert_ne!(a, chain_hash(GENESIS, &moved));
    }
}
