//! Every secret the sandbox makes or checks: API keys, session tokens (JWT-shaped, HS256),
//! password and backup-code hashes, and constant-time comparison. Plain secrets never leave
//! this module except as return values to the one caller that hands them to the client.
//!
//! Passwords use a salted SHA-256: the sandbox's accounts are public demo accounts and logins
//! must stay fast in tests; a real service would use a slow password hash.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use rand::Rng;
use rand::distr::Alphanumeric;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Prefix of every API key the sandbox issues.
pub(crate) const KEY_PREFIX: &str = "sk_live_";
/// Number of random base62 characters after the prefix.
pub(crate) const KEY_RANDOM_CHARS: usize = 40;

/// A SHA-256 digest.
pub(crate) type Hash = [u8; 32];

/// SHA-256 of `data`.
pub(crate) fn sha256(data: &[u8]) -> Hash {
    Sha256::digest(data).into()
}

/// The short, non-secret index under which a hash is looked up (first 8 bytes, hex). The full
/// hash is then compared in constant time, so lookups never compare secrets with `=`.
pub(crate) fn lookup_of(hash: &Hash) -> String {
    hex::encode(&hash[..8])
}

/// Constant-time equality of two byte strings (lengths are not secret).
pub(crate) fn same(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}

/// `N` bytes from the thread-local CSPRNG.
pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    rand::random()
}

/// A new API key: `sk_live_` + 40 base62 characters from the CSPRNG.
pub(crate) fn new_api_key() -> String {
    let random: String = rand::rng()
        .sample_iter(&Alphanumeric)
        .take(KEY_RANDOM_CHARS)
        .map(char::from)
        .collect();
    format!("{KEY_PREFIX}{random}")
}

/// Salted password hash: SHA-256(salt || password).
pub(crate) fn password_hash(salt: &[u8], password: &str) -> Hash {
    let mut hasher = Sha256::new();
    hasher.update(salt);
    hasher.update(password.as_bytes());
    hasher.finalize().into()
}

/// A session token as issued to a client: the JWT string and its parts the login response
/// echoes.
#[derive(Debug)]
pub(crate) struct SessionToken {
    pub jwt: String,
    pub jti: String,
    pub signature: String,
}

/// Signs a JWT (`HS256`) with claims `sub`, `iat`, `exp` and `jti` using `secret`.
pub(crate) fn sign_session(
    secret: &[u8],
    subject: i64,
    issued_at: i64,
    expires_at: i64,
) -> SessionToken {
    let jti = hex::encode(random_bytes::<16>());
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
    let claims = serde_json::json!({
        "sub": subject.to_string(),
        "iat": issued_at,
        "exp": expires_at,
        "jti": jti,
    });
    let payload = URL_SAFE_NO_PAD.encode(claims.to_string());
    let signing_input = format!("{header}.{payload}");
    let signature = URL_SAFE_NO_PAD.encode(hmac_sha256(secret, signing_input.as_bytes()));
    SessionToken {
        jwt: format!("{signing_input}.{signature}"),
        jti,
        signature,
    }
}

fn hmac_sha256(secret: &[u8], data: &[u8]) -> [u8; 32] {
    // HMAC accepts keys of any length, so this cannot fail.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        unreachable!("HMAC-SHA256 takes keys of any length")
    };
    mac.update(data);
    mac.finalize().into_bytes().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_keys_have_the_prefix_and_forty_base62_characters() {
        let key = new_api_key();
        let random = key.strip_prefix(KEY_PREFIX).expect("prefix");
        assert_eq!(random.len(), 40);
        assert!(random.chars().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(new_api_key(), key, "two keys must differ");
    }

    #[test]
    fn session_token_is_a_verifiable_jwt_with_exp_and_sub() {
        let token = sign_session(b"secret", 42, 1_000, 2_000);
        let parts: Vec<&str> = token.jwt.split('.').collect();
        assert_eq!(parts.len(), 3);
        let claims: serde_json::Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).expect("b64")).expect("json");
        assert_eq!(claims["sub"], "42");
        assert_eq!(claims["exp"], 2_000);
        assert_eq!(claims["jti"], token.jti.as_str());
        let expected = hmac_sha256(b"secret", format!("{}.{}", parts[0], parts[1]).as_bytes());
        assert_eq!(URL_SAFE_NO_PAD.encode(expected), parts[2]);
        assert_eq!(token.signature, parts[2]);
    }

    #[test]
    fn hmac_matches_the_rfc_4231_test_vector() {
        let mac = hmac_sha256(&[0x0b; 20], b"Hi There");
        assert_eq!(
            hex::encode(mac),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        );
    }

    #[test]
    fn constant_time_compare_tells_equal_from_different() {
        assert!(same(b"abc", b"abc"));
        assert!(!same(b"abc", b"abd"));
        assert!(!same(b"abc", b"ab"));
    }

    #[test]
    fn password_hash_depends_on_salt_and_password() {
        assert_ne!(password_hash(b"s1", "pw"), password_hash(b"s2", "pw"));
        assert_ne!(password_hash(b"s1", "pw"), password_hash(b"s1", "pw2"));
        assert_eq!(password_hash(b"s1", "pw"), password_hash(b"s1", "pw"));
    }
}
