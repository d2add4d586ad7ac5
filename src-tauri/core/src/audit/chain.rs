//! The chain: `hash = HMAC-SHA-256(audit key, prev_hash || canonical JSON of the row)`, hex
//! encoded, with the audit key kept in the OS vault (never on disk), so someone who edits the
//! database cannot recompute a valid chain. Rows written while no key was at hand (before
//! keying existed, or with the vault locked) use the plain `SHA-256(prev_hash || JSON)` and
//! are marked unkeyed; the keyed *seal* ([`seal_mac`]) over the newest keyed row protects
//! everything before it, because every hash depends on all earlier ones.
//!
//! The canonical JSON is built from the stored column values (not re-parsed types), with a
//! fixed field order, so verification recomputes exactly what was hashed on append.

use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::secret::Secret;

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
    /// The coded detail (JSON) of rows written from schema version 11 on, whose `detail` is
    /// empty. Rows from before keep their English `detail` in the hash and leave this out, so
    /// their hashes are unchanged (see `store/audit.rs`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail_coded: Option<&'a str>,
}

/// The secret that keys the audit chain: 32 random bytes, hex encoded, kept in the OS vault
/// (entry `audit-key`). `Debug` is redacted like every [`Secret`].
#[derive(Debug, Clone)]
pub struct AuditKey(Secret);

impl AuditKey {
    /// A fresh random key.
    pub fn generate() -> Self {
        Self(Secret::new(hex::encode(rand::random::<[u8; 32]>())))
    }

    /// The key as the vault keeps it; `None` when the text is not a key this app made.
    pub fn from_secret(secret: Secret) -> Option<Self> {
        let text = secret.expose();
        (text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())).then_some(Self(secret))
    }

    /// The key as a secret, for the vault.
    pub fn as_secret(&self) -> &Secret {
        &self.0
    }

    fn mac(&self) -> Hmac<Sha256> {
        // HMAC takes keys of any length, so this cannot fail.
        <Hmac<Sha256> as Mac>::new_from_slice(self.0.expose().as_bytes())
            .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"))
    }
}

/// The row's hash, chained to the previous row's hash: keyed (HMAC) with `key`, plain
/// SHA-256 without one.
pub(crate) fn chain_hash(key: Option<&AuditKey>, prev_hash: &str, row: &HashedRow<'_>) -> String {
    // Serialising borrowed strings and integers cannot fail.
    let json = serde_json::to_vec(row).unwrap_or_default();
    match key {
        Some(key) => {
            let mut mac = key.mac();
            mac.update(prev_hash.as_bytes());
            mac.update(&json);
            hex::encode(mac.finalize().into_bytes())
        }
        None => {
            let mut hasher = Sha256::new();
            hasher.update(prev_hash.as_bytes());
            hasher.update(&json);
            hex::encode(hasher.finalize())
        }
    }
}

/// The seal over the newest keyed row: who holds the key vouches that the chain reached
/// `seq` with `hash`. Deleting rows up to there, or rewriting any of them, breaks it.
pub(crate) fn seal_mac(key: &AuditKey, seq: i64, hash: &str) -> String {
    let mut mac = key.mac();
    mac.update(format!("seal:{seq}:{hash}").as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Compares two hex texts in constant time.
pub(crate) fn same(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
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
            detail_coded: None,
        }
    }

    #[test]
    fn the_hash_depends_on_the_previous_hash_and_every_field() {
        let a = chain_hash(None, GENESIS, &row("x"));
        assert_eq!(a.len(), 64);
        assert_eq!(a, chain_hash(None, GENESIS, &row("x")));
        assert_ne!(a, chain_hash(None, GENESIS, &row("y")));
        assert_ne!(a, chain_hash(None, &a, &row("x")));
        let moved = HashedRow { seq: 2, ..row("x") };
        assert_ne!(a, chain_hash(None, GENESIS, &moved));
    }

    #[test]
    fn a_keyed_hash_cannot_be_recomputed_without_the_key() {
        let key = AuditKey::generate();
        let other = AuditKey::generate();
        let keyed = chain_hash(Some(&key), GENESIS, &row("x"));
        assert_eq!(keyed, chain_hash(Some(&key), GENESIS, &row("x")));
        assert_ne!(keyed, chain_hash(None, GENESIS, &row("x")));
        assert_ne!(keyed, chain_hash(Some(&other), GENESIS, &row("x")));
        assert_ne!(seal_mac(&key, 4, &keyed), seal_mac(&key, 3, &keyed));
        assert_ne!(seal_mac(&key, 4, &keyed), seal_mac(&other, 4, &keyed));
    }

    #[test]
    fn only_64_hex_characters_are_taken_as_a_key() {
        assert!(AuditKey::from_secret(AuditKey::generate().as_secret().clone()).is_some());
        assert!(AuditKey::from_secret(Secret::new("short".to_owned())).is_none());
        assert!(AuditKey::from_secret(Secret::new("z".repeat(64))).is_none());
        assert_eq!(
            format!("{:?}", AuditKey::generate()),
            "AuditKey(Secret(***))"
        );
    }
}
