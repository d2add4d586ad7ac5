//! Typed reading held to the reading through a `Value` it replaced.
#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use serde_json::{Map, Value};

use super::*;
use crate::model::{TokenId, TokenType, parse_timestamp};

/// The reading this module replaced, kept as the oracle: through a `Value`.
fn by_value(text: &str) -> Option<(Vec<RemoteToken>, Option<u64>)> {
    let value: Value = serde_json::from_str(text).ok()?;
    let (items, total) = match &value {
        Value::Array(items) => (items, None),
        Value::Object(object) => {
            let items = PAGE_ITEM_KEYS
                .iter()
                .find_map(|key| object.get(*key).and_then(Value::as_array))?;
            let total = PAGE_TOTAL_KEYS
                .iter()
                .find_map(|key| object.get(*key).and_then(Value::as_u64));
            (items, total)
        }
        _ => return None,
    };
    let tokens = items
        .iter()
        .map(token_by_value)
        .collect::<Option<Vec<_>>>()?;
    Some((tokens, total))
}

fn token_by_value(value: &Value) -> Option<RemoteToken> {
    let object = value.as_object()?;
    let first_time = |object: &Map<String, Value>, aliases: &[&str]| {
        aliases
            .iter()
            .filter_map(|name| object.get(*name))
            .find_map(parse_timestamp)
    };
    Some(RemoteToken {
        id: object.get("id").and_then(TokenId::from_json)?,
        name: object
            .get("name")
            .and_then(Value::as_str)
            .map(str::to_owned),
        token_type: object
            .get("type")
            .or_else(|| object.get("token_type"))
            .and_then(Value::as_str)
            .map_or_else(|| TokenType::Other(String::new()), TokenType::parse),
        created_at: first_time(object, &CREATED_ALIASES),
        expires_at: first_time(object, &EXPIRY_ALIASES),
    })
}

fn typed(text: &str) -> Option<(Vec<RemoteToken>, Option<u64>)> {
    serde_json::from_str::<WirePage>(text).ok()?.read()
}

fn leaf() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("null".to_owned()),
        Just("true".to_owned()),
        Just("\"\"".to_owned()),
        Just("\"  \"".to_owned()),
        Just("\"batch\"".to_owned()),
        Just("\" REALTIME \"".to_owned()),
        Just("\"2026-01-01\"".to_owned()),
        Just("\"2027-02-03T04:05:06Z\"".to_owned()),
        Just("\"2027-02-03 04:05:06+01:00\"".to_owned()),
        Just("\"n\\u00e9\\\"x\"".to_owned()),
        Just("1.5".to_owned()),
        Just("-3".to_owned()),
        Just("1767225600".to_owned()),
        Just("1767225600000".to_owned()),
        Just("18446744073709551615".to_owned()),
        Just("1e3".to_owned()),
        Just("[]".to_owned()),
        Just("{}".to_owned()),
        Just("[1, {\"id\": 2}]".to_owned()),
        Just("{\"id\": 3}".to_owned()),
        (0u32..300).prop_map(|n| n.to_string()),
    ]
}

const TOKEN_KEYS: [&str; 15] = [
    "id",
    "name",
    "type",
    "token_type",
    "created_at",
    "created",
    "expires_at",
    "expiration",
    "expiration_date",
    "expires",
    "valid_until",
    "key",
    "owner",
    "ty\\u0070e",
    "i\\u0064",
];

fn object(keys: &'static [&'static str], value: BoxedStrategy<String>) -> BoxedStrategy<String> {
    prop::collection::vec((prop::sample::select(keys), value), 0..8)
        .prop_map(|fields| {
            let fields: Vec<String> = fields
                .iter()
                .map(|(k, v)| format!("\"{k}\": {v}"))
                .collect();
            format!("{{{}}}", fields.join(", "))
        })
        .boxed()
}

fn element() -> BoxedStrategy<String> {
    prop_oneof![
        4 => object(&TOKEN_KEYS, leaf().boxed()),
        1 => leaf(),
    ]
    .boxed()
}

fn array() -> BoxedStrategy<String> {
    prop::collection::vec(element(), 0..5)
        .prop_map(|items| format!("[{}]", items.join(", ")))
        .boxed()
}

const PAGE_KEYS: [&str; 10] = [
    "result",
    "results",
    "tokens",
    "data",
    "items",
    "total_results",
    "total",
    "count",
    "other",
    "res\\u0075lt",
];

fn page() -> BoxedStrategy<String> {
    prop_oneof![
        1 => array(),
        4 => object(&PAGE_KEYS, prop_oneof![2 => array(), 1 => leaf()].boxed()),
        1 => leaf(),
    ]
    .boxed()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Any page, with every alias, duplicate keys, escaped keys, wrong types and bad
    /// elements, reads exactly as it did through a `Value`.
    #[test]
    fn typed_reading_agrees_with_reading_through_a_value(text in page()) {
        prop_assert_eq!(typed(&text), by_value(&text), "{}", text);
    }
}

#[test]
fn a_token_array_under_a_later_key_counts_only_when_the_earlier_ones_are_not_arrays() {
    let text = r#"{"result": {"id": 1}, "data": [{"id": 2}], "total": 9, "total_results": "x"}"#;
    let (tokens, total) = typed(text).unwrap();
    assert_eq!(tokens[0].id, TokenId::new("2"));
    assert_eq!(total, Some(9));
    assert!(typed(r#"{"result": [{"id": 1}, 7], "data": [{"id": 2}]}"#).is_none());
}
