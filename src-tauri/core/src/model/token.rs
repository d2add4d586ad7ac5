//! Token metadata as listed by Scriptix, and the expiry status rule.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error as _};
use serde_json::Value;

use super::time::parse_timestamp;
use super::token_read::{TokenFields, TokenOrNot};

/// Every field name under which an expiry has been documented, in order of preference.
pub(super) const EXPIRY_ALIASES: [&str; 5] = [
    "expires_at",
    "expiration",
    "expiration_date",
    "expires",
    "valid_until",
];
/// Every field name under which a creation time has been documented.
pub(super) const CREATED_ALIASES: [&str; 2] = ["created_at", "created"];

/// Longest token id put into a URL.
pub const MAX_URL_TOKEN_ID_CHARS: usize = 128;

/// A token id. Scriptix sends numbers or strings; both become a string here.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct TokenId(String);

impl TokenId {
    /// Wraps an id.
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    /// The id as text (put into URLs percent-encoded, never raw).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the id may become a URL path segment: 1 to [`MAX_URL_TOKEN_ID_CHARS`] ASCII
    /// letters, digits, `-` or `_`. Percent-encoding alone is not enough: an id from the
    /// window or a lying server must not be able to name another path (`..`), add a query
    /// or fragment, or smuggle whitespace, so anything else is refused before a URL is built.
    pub fn is_url_safe(&self) -> bool {
        let len = self.0.len();
        (1..=MAX_URL_TOKEN_ID_CHARS).contains(&len)
            && self
                .0
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }

    pub(crate) fn from_json(value: &Value) -> Option<Self> {
        match value {
            Value::String(s) if !s.trim().is_empty() => Some(Self(s.trim().to_owned())),
            Value::Number(n) => Some(Self(n.to_string())),
            _ => None,
        }
    }
}

impl std::fmt::Display for TokenId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for TokenId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Self::from_json(&value)
            .ok_or_else(|| D::Error::custom("a token id must be a string or a number"))
    }
}

/// The kind of API token. Unknown kinds are kept as sent and shown as-is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TokenType {
    /// File (batch) transcription.
    Batch,
    /// Realtime (streaming) transcription.
    Realtime,
    /// Anything else the server sends.
    Other(String),
}

impl TokenType {
    /// Reads a type name; `batch`/`realtime` in any case, anything else kept as-is.
    pub fn parse(raw: &str) -> Self {
        let trimmed = raw.trim();
        if trimmed.eq_ignore_ascii_case("batch") {
            Self::Batch
        } else if trimmed.eq_ignore_ascii_case("realtime") {
            Self::Realtime
        } else {
            Self::Other(trimmed.to_owned())
        }
    }

    /// `"batch"`, `"realtime"` or the raw string.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Batch => "batch",
            Self::Realtime => "realtime",
            Self::Other(raw) => raw,
        }
    }
}

impl Serialize for TokenType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for TokenType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Self::parse(&String::deserialize(deserializer)?))
    }
}

/// A token as listed by Scriptix: metadata only, never the key.
///
/// Deserialisation is tolerant (see the module docs of [`crate::model`]); serialisation
/// writes the canonical names (`id`, `name`, `type`, `created_at`, `expires_at`), which read
/// back identically.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RemoteToken {
    /// Server id.
    pub id: TokenId,
    /// Display name, if the server sent one.
    pub name: Option<String>,
    /// Batch, realtime or other.
    #[serde(rename = "type")]
    pub token_type: TokenType,
    /// Creation time (`created_at` or `created`).
    #[serde(serialize_with = "super::time::serialize_option")]
    pub created_at: Option<DateTime<Utc>>,
    /// Expiry, under any documented alias; `None` when the server omits it.
    #[serde(serialize_with = "super::time::serialize_option")]
    pub expires_at: Option<DateTime<Utc>>,
}

impl RemoteToken {
    /// Reads one token object. Only `id` is required; a masked `key` and unknown fields are
    /// ignored; unreadable times become `None`.
    pub(crate) fn from_json(value: &Value) -> Result<Self, String> {
        let element = TokenOrNot::deserialize(value).map_err(|err| err.to_string())?;
        Self::from_fields(element).map_err(str::to_owned)
    }

    /// The token from its fields as sent (see `token_read.rs`): every rule of reading a
    /// token lives here.
    pub(super) fn from_fields(element: TokenOrNot) -> Result<Self, &'static str> {
        let TokenOrNot::Object(fields) = element else {
            return Err("a token must be a JSON object");
        };
        let TokenFields {
            id,
            name,
            kind,
            token_type,
            created,
            expiry,
        } = *fields;
        let id = id
            .as_ref()
            .and_then(TokenId::from_json)
            .ok_or("a token has no usable id")?;
        let name = match name {
            Some(Value::String(name)) => Some(name),
            _ => None,
        };
        // `type` when it is there at all, else `token_type`.
        let token_type = kind
            .or(token_type)
            .as_ref()
            .and_then(Value::as_str)
            .map_or_else(|| TokenType::Other(String::new()), TokenType::parse);
        Ok(Self {
            id,
            name,
            token_type,
            created_at: first_time(&created),
            expires_at: first_time(&expiry),
        })
    }
}

/// The first of a field's aliases, in order of preference, that holds a readable time.
fn first_time(aliases: &[Option<Value>]) -> Option<DateTime<Utc>> {
    aliases.iter().flatten().find_map(parse_timestamp)
}

impl<'de> Deserialize<'de> for RemoteToken {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Self::from_fields(TokenOrNot::deserialize(deserializer)?).map_err(D::Error::custom)
    }
}

/// Where a token stands relative to its expiry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum TokenStatus {
    /// More than 30 days left.
    Active,
    /// 30 days or less left.
    Expiring30,
    /// 7 days or less left.
    Expiring7,
    /// Expiry is in the past (or now).
    Expired,
    /// No expiry known.
    Unknown,
}

/// The status of a token expiring at `expires_at`, seen at `now`:
/// ≤ 7 days → [`TokenStatus::Expiring7`], ≤ 30 days → [`TokenStatus::Expiring30`],
/// past → [`TokenStatus::Expired`], unknown expiry → [`TokenStatus::Unknown`].
pub fn status_at(expires_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> TokenStatus {
    let Some(expires_at) = expires_at else {
        return TokenStatus::Unknown;
    };
    let left = expires_at - now;
    if left <= Duration::zero() {
        TokenStatus::Expired
    } else if left <= Duration::days(7) {
        TokenStatus::Expiring7
    } else if left <= Duration::days(30) {
        TokenStatus::Expiring30
    } else {
        TokenStatus::Active
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn ids_arriving_as_numbers_or_strings_both_become_strings() {
        let a: RemoteToken = serde_json::from_value(json!({"id": 42})).unwrap();
        let b: RemoteToken = serde_json::from_value(json!({"id": "42"})).unwrap();
        assert_eq!(a.id, TokenId::new("42"));
        assert_eq!(a.id, b.id);
        assert_eq!(serde_json::to_value(&a.id).unwrap(), json!("42"));
    }

    #[test]
    fn a_token_without_an_id_is_refused() {
        assert!(serde_json::from_value::<RemoteToken>(json!({"name": "x"})).is_err());
        assert!(serde_json::from_value::<RemoteToken>(json!({"id": null})).is_err());
        assert!(serde_json::from_value::<RemoteToken>(json!([1])).is_err());
    }

    #[test]
    fn every_expiry_alias_is_read() {
        for alias in EXPIRY_ALIASES {
            let token: RemoteToken =
                serde_json::from_value(json!({"id": 1, alias: "2027-01-02T03:04:05Z"})).unwrap();
            assert_eq!(
                token.expires_at,
                Some(utc("2027-01-02T03:04:05Z")),
                "{alias}"
            );
        }
    }

    #[test]
    fn a_missing_expiry_is_none() {
        let token: RemoteToken =
            serde_json::from_value(json!({"id": 1, "name": "n", "type": "batch"})).unwrap();
        assert_eq!(token.expires_at, None);
        assert_eq!(token.created_at, None);
    }

    #[test]
    fn created_is_read_under_both_names() {
        let a: RemoteToken =
            serde_json::from_value(json!({"id": 1, "created_at": "2026-01-01"})).unwrap();
        let b: RemoteToken =
            serde_json::from_value(json!({"id": 1, "created": 1_767_225_600})).unwrap();
        assert_eq!(a.created_at, Some(utc("2026-01-01T00:00:00Z")));
        assert_eq!(a.created_at, b.created_at);
    }

    #[test]
    fn unknown_fields_and_a_masked_key_are_ignored() {
        let token: RemoteToken = serde_json::from_value(json!({
            "id": "t1", "name": "CI", "type": "realtime", "key": "sk_live_****abcd",
            "owner": {"id": 3}, "scopes": ["x"]
        }))
        .unwrap();
        assert_eq!(token.token_type, TokenType::Realtime);
        assert!(!serde_json::to_string(&token).unwrap().contains("sk_live"));
    }

    #[test]
    fn token_types_serialise_as_plain_strings_and_keep_unknown_kinds() {
        assert_eq!(TokenType::parse("BATCH"), TokenType::Batch);
        assert_eq!(
            serde_json::to_value(TokenType::Batch).unwrap(),
            json!("batch")
        );
        assert_eq!(
            serde_json::to_value(TokenType::Realtime).unwrap(),
            json!("realtime")
        );
        let other: TokenType = serde_json::from_value(json!("diarization")).unwrap();
        assert_eq!(other, TokenType::Other("diarization".into()));
        assert_eq!(serde_json::to_value(&other).unwrap(), json!("diarization"));
    }

    #[test]
    fn serialised_tokens_read_back_identically() {
        let token = RemoteToken {
            id: TokenId::new("7"),
            name: Some("n".into()),
            token_type: TokenType::Other("x".into()),
            created_at: Some(utc("2026-01-01T00:00:00Z")),
            expires_at: Some(utc("2027-01-01T00:00:00Z")),
        };
        let back: RemoteToken =
            serde_json::from_str(&serde_json::to_string(&token).unwrap()).unwrap();
        assert_eq!(back, token);
    }

    #[test]
    fn status_thresholds_are_seven_and_thirty_days() {
        let now = utc("2026-06-01T00:00:00Z");
        let at = |days: i64, secs: i64| Some(now + Duration::days(days) + Duration::seconds(secs));
        assert_eq!(status_at(None, now), TokenStatus::Unknown);
        assert_eq!(status_at(at(0, -1), now), TokenStatus::Expired);
        assert_eq!(status_at(Some(now), now), TokenStatus::Expired);
        assert_eq!(status_at(at(0, 1), now), TokenStatus::Expiring7);
        assert_eq!(status_at(at(7, 0), now), TokenStatus::Expiring7);
        assert_eq!(status_at(at(7, 1), now), TokenStatus::Expiring30);
        assert_eq!(status_at(at(30, 0), now), TokenStatus::Expiring30);
        assert_eq!(status_at(at(30, 1), now), TokenStatus::Active);
        assert_eq!(
            serde_json::to_value(TokenStatus::Expiring30).unwrap(),
            json!("expiring30")
        );
        assert_eq!(
            serde_json::to_value(TokenStatus::Expiring7).unwrap(),
            json!("expiring7")
        );
    }
}
