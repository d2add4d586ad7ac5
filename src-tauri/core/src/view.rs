//! The UI-facing shapes, serialised camelCase exactly as `docs/architecture.md` lists them.
//!
//! Owns how remote metadata and local records combine into what the window shows (expiry
//! source, status, whether a key is held). It must never carry a secret: none of these
//! types has a field that could hold one.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::model::{
    Account, RemoteToken, TokenId, TokenStatus, TokenType, manage_tokens_reason, status_at,
};
use crate::store::LocalToken;
use crate::store::notes::TokenNotes;

/// Where a shown expiry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ExpirySource {
    /// Scriptix sent it.
    Server,
    /// Scriptix omitted it; this device recorded it when it created the token.
    Local,
    /// Nobody knows.
    Unknown,
}

/// `Token { id, name, type, createdAt|null, expiresAt|null, expirySource, status, hasLocalKey }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenView {
    pub id: TokenId,
    pub name: String,
    #[serde(rename = "type")]
    pub token_type: TokenType,
    #[serde(serialize_with = "crate::model::time::serialize_option")]
    pub created_at: Option<DateTime<Utc>>,
    #[serde(serialize_with = "crate::model::time::serialize_option")]
    pub expires_at: Option<DateTime<Utc>>,
    pub expiry_source: ExpirySource,
    pub status: TokenStatus,
    pub has_local_key: bool,
    /// `sk_live_…` + the last 4 characters of the key this device holds (`null` when it
    /// holds none, or the key was stored before hints were kept).
    pub key_hint: Option<String>,
    /// This device's notes on the token (never sent to Scriptix).
    pub notes: Option<TokenNotes>,
}

/// `TokenList { profileId, tokens, fetchedAt, fromCache }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenListView {
    pub profile_id: String,
    pub tokens: Vec<TokenView>,
    #[serde(serialize_with = "crate::model::time::serialize")]
    pub fetched_at: DateTime<Utc>,
    pub from_cache: bool,
}

impl TokenListView {
    /// Attaches each token's local notes.
    pub fn with_notes(mut self, notes: &HashMap<TokenId, TokenNotes>) -> Self {
        for token in &mut self.tokens {
            token.notes = notes.get(&token.id).cloned();
        }
        self
    }

    /// Builds the list view with [`token_views`], in [`window_order`].
    pub fn new(
        profile_id: &str,
        remote: &[RemoteToken],
        local: &[LocalToken],
        fetched_at: DateTime<Utc>,
        from_cache: bool,
        now: DateTime<Utc>,
    ) -> Self {
        let mut tokens = token_views(remote, local, now);
        tokens.sort_by(|a, b| window_order(a, b, now));
        Self {
            profile_id: profile_id.to_owned(),
            tokens,
            fetched_at,
            from_cache,
        }
    }
}

/// The table's default order (`ui/js/lib/tokens.js`, `sortKeys` and `sortOrder`: by expiry,
/// soonest first; then expired ones, most recently expired first; unknown expiry last; ties
/// by name, then id), so the window, which sorts every list it gets, usually only confirms
/// it: n − 1 comparisons instead of ~130,000 for 10,000 tokens. The names compare as the
/// window's collator does for plain text (case ignored, digit runs by value); where it
/// differs (accents, the order of punctuation), the window finds the pair out of order and
/// sorts the list itself. A speed-up, never a source of truth.
fn window_order(a: &TokenView, b: &TokenView, now: DateTime<Utc>) -> std::cmp::Ordering {
    // (group, the expiry as the group orders it): soonest first, then expired newest first.
    let key = |t: &TokenView| match t.expires_at {
        None => (2, 0),
        Some(at) if t.status == TokenStatus::Expired || at <= now => (1, -at.timestamp_millis()),
        Some(at) => (0, at.timestamp_millis()),
    };
    key(a)
        .cmp(&key(b))
        .then_with(|| natural(&a.name, &b.name))
        .then_with(|| {
            let (x, y) = (a.id.as_str(), b.id.as_str());
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
            if digits(x) && digits(y) {
                x.len().cmp(&y.len()).then_with(|| x.cmp(y))
            } else {
                natural(x, y)
            }
        })
}

/// Text as a base-strength, numeric collator orders plain ASCII: spaces, then punctuation and
/// symbols, then numbers (by value), then letters (case ignored).
fn natural(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let class = |c: char| {
        if c.is_whitespace() {
            0
        } else if c.is_ascii_digit() {
            2
        } else if c.is_alphanumeric() {
            3
        } else {
            1
        }
    };
    /// A run of ASCII digits from byte `at`, without its leading zeros, and where it ends.
    fn digits(s: &str, at: usize) -> (&str, usize) {
        let end = s[at..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(s.len(), |n| at + n);
        (s[at..end].trim_start_matches('0'), end)
    }
    let (mut i, mut j) = (0, 0);
    loop {
        let (Some(c), Some(d)) = (a[i..].chars().next(), b[j..].chars().next()) else {
            return (i < a.len()).cmp(&(j < b.len()));
        };
        if c.is_ascii_digit() && d.is_ascii_digit() {
            let ((m, next_i), (n, next_j)) = (digits(a, i), digits(b, j));
            match m.len().cmp(&n.len()).then_with(|| m.cmp(n)) {
                Ordering::Equal => {
                    (i, j) = (next_i, next_j);
                    continue;
                }
                other => return other,
            }
        }
        let order = class(c)
            .cmp(&class(d))
            .then_with(|| c.to_lowercase().cmp(d.to_lowercase()));
        if order != Ordering::Equal {
            return order;
        }
        i += c.len_utf8();
        j += d.len_utf8();
    }
}

/// One view per remote token, in the server's order. A missing server expiry falls back to
/// the locally recorded one (`expirySource: "local"`); with neither, it is `"unknown"` and
/// the status is `unknown`. Local records of tokens no longer listed are not shown.
pub fn token_views(
    remote: &[RemoteToken],
    local: &[LocalToken],
    now: DateTime<Utc>,
) -> Vec<TokenView> {
    let by_id: HashMap<&TokenId, &LocalToken> = local.iter().map(|l| (&l.token_id, l)).collect();
    remote
        .iter()
        .map(|token| {
            let record = by_id.get(&token.id).copied();
            let (expires_at, expiry_source) =
                match (token.expires_at, record.and_then(|r| r.expires_at)) {
                    (Some(at), _) => (Some(at), ExpirySource::Server),
                    (None, Some(at)) => (Some(at), ExpirySource::Local),
                    (None, None) => (None, ExpirySource::Unknown),
                };
            TokenView {
                id: token.id.clone(),
                name: token
                    .name
                    .clone()
                    .or_else(|| record.map(|r| r.name.clone()))
                    .unwrap_or_default(),
                token_type: token.token_type.clone(),
                created_at: token
                    .created_at
                    .or_else(|| record.and_then(|r| r.created_at)),
                expires_at,
                expiry_source,
                status: status_at(expires_at, now),
                has_local_key: record.is_some_and(|r| r.key_in_vault),
                key_hint: record
                    .filter(|r| r.key_in_vault)
                    .and_then(|r| r.key_hint.clone()),
                notes: None,
            }
        })
        .collect()
}

/// `{ id, name, tokenLimit|null }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationView {
    pub id: String,
    pub name: String,
    pub token_limit: Option<u32>,
}

/// `Account { email, displayName, roles, organization|null, canManageTokens, manageReason|null }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccountView {
    pub email: String,
    pub display_name: String,
    pub roles: Vec<String>,
    pub organization: Option<OrganizationView>,
    pub can_manage_tokens: bool,
    pub manage_reason: Option<String>,
    /// The same as a catalogue message, shown in the user's language.
    pub manage_reason_coded: Option<crate::i18n::Coded>,
}

impl From<&Account> for AccountView {
    fn from(account: &Account) -> Self {
        Self {
            email: account.email.clone(),
            display_name: account.display_name.clone(),
            roles: account.roles.clone(),
            organization: account.organization.as_ref().map(|o| OrganizationView {
                id: o.id.clone(),
                name: o.name.clone(),
                token_limit: o.token_limit,
            }),
            can_manage_tokens: account.can_manage_tokens(),
            manage_reason: manage_tokens_reason(&account.roles).map(|r| r.to_string()),
            manage_reason_coded: manage_tokens_reason(&account.roles),
        }
    }
}

/// `SessionInfo { profileId, username, expiresAt }` (the token itself never leaves Rust).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionInfo {
    pub profile_id: String,
    pub username: String,
    pub expires_at: DateTime<Utc>,
}

#[cfg(test)]
#[path = "view_tests.rs"]
mod tests;
