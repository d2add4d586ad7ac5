//! Reading tokens and list pages straight from JSON, by the tolerant rules of
//! [`RemoteToken`] (every alias, ids as numbers or strings, unreadable times as `None`),
//! without first building a `serde_json::Value` map per token: a list of 10,000 tokens
//! spent most of its parse in map inserts and key hashing.
//!
//! Only the fields the app reads are kept (as small `Value`s, so the rules stay the ones in
//! `token.rs`); every other field is skipped unread. Duplicate keys: the last one wins, as in
//! a `serde_json::Map`.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::token::{CREATED_ALIASES, EXPIRY_ALIASES, RemoteToken};

/// The scalar visits (`null`, booleans, numbers, strings) of a visitor that wanted a map or
/// an array: they read as `$none`.
macro_rules! not_this {
    ($none:expr) => {
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($none)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($none)
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok($none)
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok($none)
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok($none)
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok($none)
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok($none)
        }
    };
}

/// The fields of one token object the app reads, as sent.
#[derive(Default)]
pub(crate) struct TokenFields {
    pub(super) id: Option<Value>,
    pub(super) name: Option<Value>,
    /// `type`.
    pub(super) kind: Option<Value>,
    /// `token_type` (read only when `type` is absent).
    pub(super) token_type: Option<Value>,
    pub(super) created: [Option<Value>; CREATED_ALIASES.len()],
    pub(super) expiry: [Option<Value>; EXPIRY_ALIASES.len()],
}

/// One element of a token array: a token object's fields, or something that is not an
/// object (kept apart so a bad element fails its page, not the whole reply's parse).
pub(crate) enum TokenOrNot {
    Object(Box<TokenFields>),
    NotAnObject,
}

impl<'de> Deserialize<'de> for TokenOrNot {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TokenVisitor)
    }
}

struct TokenVisitor;

impl<'de> Visitor<'de> for TokenVisitor {
    type Value = TokenOrNot;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a token object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TokenOrNot, A::Error> {
        let mut fields = TokenFields::default();
        while let Some(key) = map.next_key::<TokenKey>()? {
            let slot = match key {
                TokenKey::Id => &mut fields.id,
                TokenKey::Name => &mut fields.name,
                TokenKey::Type => &mut fields.kind,
                TokenKey::TokenType => &mut fields.token_type,
                TokenKey::Created(i) => &mut fields.created[i],
                TokenKey::Expiry(i) => &mut fields.expiry[i],
                TokenKey::Other => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            *slot = Some(map.next_value::<Value>()?);
        }
        Ok(TokenOrNot::Object(Box::new(fields)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<TokenOrNot, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(TokenOrNot::NotAnObject)
    }

    not_this!(TokenOrNot::NotAnObject);
}

/// A token object's key, decided from its text (escapes resolved) without keeping it.
enum TokenKey {
    Id,
    Name,
    Type,
    TokenType,
    Created(usize),
    Expiry(usize),
    Other,
}

impl<'de> Deserialize<'de> for TokenKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor(token_key))
    }
}

fn token_key(key: &str) -> TokenKey {
    match key {
        "id" => TokenKey::Id,
        "name" => TokenKey::Name,
        "type" => TokenKey::Type,
        "token_type" => TokenKey::TokenType,
        _ => CREATED_ALIASES
            .iter()
            .position(|a| *a == key)
            .map(TokenKey::Created)
            .or_else(|| {
                EXPIRY_ALIASES
                    .iter()
                    .position(|a| *a == key)
                    .map(TokenKey::Expiry)
            })
            .unwrap_or(TokenKey::Other),
    }
}

/// Reads a map key with the function it holds.
struct KeyVisitor<K>(fn(&str) -> K);

impl<'de, K> Visitor<'de> for KeyVisitor<K> {
    type Value = K;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<K, E> {
        Ok((self.0)(key))
    }
}

/// Where a page's tokens may be, in order of preference (a bare array is read too).
pub(crate) const PAGE_ITEM_KEYS: [&str; 5] = ["result", "results", "tokens", "data", "items"];
/// Where a page's total may be, in order of preference.
pub(crate) const PAGE_TOTAL_KEYS: [&str; 2] = ["total_results", "total"];

/// A list page as sent: a bare array, or an envelope whose items are under one of
/// [`PAGE_ITEM_KEYS`] (the first present as an array wins, whatever the others hold) and
/// whose total is the first of [`PAGE_TOTAL_KEYS`] that is a whole number.
pub(crate) enum WirePage {
    Array(Vec<TokenOrNot>),
    Envelope {
        items: [Option<Vec<TokenOrNot>>; PAGE_ITEM_KEYS.len()],
        totals: [Option<u64>; PAGE_TOTAL_KEYS.len()],
    },
}

impl WirePage {
    /// The page's tokens and total; `None` when it holds no token array or any element is
    /// not a readable token (the whole page is then unreadable, as one bad token is).
    pub(crate) fn read(self) -> Option<(Vec<RemoteToken>, Option<u64>)> {
        let (elements, total) = match self {
            Self::Array(elements) => (elements, None),
            Self::Envelope { items, totals } => (
                items.into_iter().flatten().next()?,
                totals.into_iter().flatten().next(),
            ),
        };
        let tokens = elements
            .into_iter()
            .map(|element| RemoteToken::from_fields(element).ok())
            .collect::<Option<Vec<_>>>()?;
        Some((tokens, total))
    }
}

impl<'de> Deserialize<'de> for WirePage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(PageVisitor)
    }
}

struct PageVisitor;

impl<'de> Visitor<'de> for PageVisitor {
    type Value = WirePage;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a token array or an envelope object")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<WirePage, A::Error> {
        Ok(WirePage::Array(read_seq(seq)?))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<WirePage, A::Error> {
        let mut items: [Option<Vec<TokenOrNot>>; PAGE_ITEM_KEYS.len()] = Default::default();
        let mut totals = [None; PAGE_TOTAL_KEYS.len()];
        while let Some(key) = map.next_key::<PageKey>()? {
            match key {
                PageKey::Items(i) => items[i] = map.next_value::<MaybeTokens>()?.0,
                PageKey::Total(i) => totals[i] = map.next_value::<MaybeCount>()?.0,
                PageKey::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(WirePage::Envelope { items, totals })
    }
}

fn read_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<Vec<TokenOrNot>, A::Error> {
    let mut tokens = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1_024));
    while let Some(token) = seq.next_element::<TokenOrNot>()? {
        tokens.push(token);
    }
    Ok(tokens)
}

enum PageKey {
    Items(usize),
    Total(usize),
    Other,
}

impl<'de> Deserialize<'de> for PageKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor(page_key))
    }
}

fn page_key(key: &str) -> PageKey {
    PAGE_ITEM_KEYS
        .iter()
        .position(|k| *k == key)
        .map(PageKey::Items)
        .or_else(|| {
            PAGE_TOTAL_KEYS
                .iter()
                .position(|k| *k == key)
                .map(PageKey::Total)
        })
        .unwrap_or(PageKey::Other)
}

/// An array of token elements, or `None` for anything else (skipped unread).
struct MaybeTokens(Option<Vec<TokenOrNot>>);

impl<'de> Deserialize<'de> for MaybeTokens {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = MaybeTokens;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("anything")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<MaybeTokens, A::Error> {
                Ok(MaybeTokens(Some(read_seq(seq)?)))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<MaybeTokens, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(MaybeTokens(None))
            }
            not_this!(MaybeTokens(None));
        }
        deserializer.deserialize_any(V)
    }
}

/// A whole number that fits `u64` (as `Value::as_u64` reads it), or `None` for anything else.
struct MaybeCount(Option<u64>);

impl<'de> Deserialize<'de> for MaybeCount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = MaybeCount;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("anything")
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<MaybeCount, E> {
                Ok(MaybeCount(Some(n)))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<MaybeCount, E> {
                Ok(MaybeCount(u64::try_from(n).ok()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<MaybeCount, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(MaybeCount(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<MaybeCount, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(MaybeCount(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<MaybeCount, E> {
                Ok(MaybeCount(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<MaybeCount, E> {
                Ok(MaybeCount(None))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<MaybeCount, E> {
                Ok(MaybeCount(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<MaybeCount, E> {
                Ok(MaybeCount(None))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<MaybeCount, E> {
                Ok(MaybeCount(None))
            }
        }
        deserializer.deserialize_any(V)
    }
}

#[cfg(test)]
#[path = "token_read_tests.rs"]
mod tests;
