#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::*;
use crate::model::{TokenId, TokenType};

/// `op item template get "API Credential"` (see the fixture's README for its sources).
const TEMPLATE: &str =
    include_str!("../../tests/fixtures/onepassword/api-credential.template.json");

const KEY: &str = "sk_live_0123456789abcdefghijABCDEFGHIJ0123456789";

/// The item keys an item JSON template has (developer.1password.com/docs/cli/item-template-json),
/// plus `urls`, which `op item get` prints and templates follow.
const ITEM_KEYS: [&str; 5] = ["title", "category", "sections", "fields", "urls"];
/// The keys of a field in a template.
const FIELD_KEYS: [&str; 6] = ["id", "section", "type", "purpose", "label", "value"];
/// The documented custom field types (developer.1password.com/docs/cli/item-fields).
const CUSTOM_TYPES: [&str; 8] = [
    "CONCEALED",
    "STRING",
    "EMAIL",
    "URL",
    "DATE",
    "MONTH_YEAR",
    "PHONE",
    "OTP",
];

/// Everything in `item` that the documented template does not allow: another category, an
/// unknown key, a built-in field with another type or purpose, an id the category does not
/// have, a custom field of an undocumented type.
fn template_problems(item: &Value, template: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let builtin: BTreeMap<&str, &Value> = template["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["id"].as_str().unwrap(), f))
        .collect();
    if item["category"] != template["category"] {
        problems.push(format!("category {}", item["category"]));
    }
    for key in item.as_object().unwrap().keys() {
        if !ITEM_KEYS.contains(&key.as_str()) {
            problems.push(format!("item key {key}"));
        }
    }
    for field in item["fields"].as_array().into_iter().flatten() {
        for key in field.as_object().unwrap().keys() {
            if !FIELD_KEYS.contains(&key.as_str()) {
                problems.push(format!("field key {key}"));
            }
        }
        match field["id"].as_str() {
            Some(id) => match builtin.get(id) {
                Some(expected) => {
                    if field["type"] != expected["type"] || field["purpose"] != expected["purpose"]
                    {
                        problems.push(format!("built-in field {id} typed differently"));
                    }
                }
                None => problems.push(format!("field id {id} is not in the template")),
            },
            None => {
                let kind = field["type"].as_str().unwrap_or_default();
                if !CUSTOM_TYPES.contains(&kind) || !field["purpose"].is_null() {
                    problems.push(format!("custom field {} of type {kind}", field["label"]));
                }
            }
        }
        if !field["value"].is_string() || !field["label"].is_string() {
            problems.push(format!(
                "field {} has no text label and value",
                field["label"]
            ));
        }
    }
    for url in item["urls"].as_array().into_iter().flatten() {
        for key in url.as_object().unwrap().keys() {
            if !["label", "primary", "href"].contains(&key.as_str()) {
                problems.push(format!("url key {key}"));
            }
        }
    }
    problems
}

fn item_for(expires: bool) -> Value {
    let key = Secret::new(KEY.to_owned());
    let id = TokenId::new("42");
    let input = ExportInput {
        name: "Billing \"prod\"",
        token_type: &TokenType::Realtime,
        token_id: &id,
        expires_at: expires.then(|| "2027-03-31T12:00:00Z".parse().unwrap()),
        key: &key,
        variable: None,
        api_url: None,
    };
    serde_json::from_str(item_template(&input).unwrap().expose()).unwrap()
}

#[test]
fn the_1password_item_json_matches_op_s_api_credential_template() {
    let template: Value = serde_json::from_str(TEMPLATE).unwrap();
    for expires in [true, false] {
        let item = item_for(expires);
        assert_eq!(template_problems(&item, &template), Vec::<String>::new());
        let credential = item["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == "credential")
            .unwrap();
        assert_eq!(credential["type"], "CONCEALED");
        assert_eq!(credential["value"], KEY);
        assert!(
            item["fields"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["id"] == "notesPlain" && f["purpose"] == "NOTES")
        );
    }
}

#[test]
fn the_template_check_catches_what_op_would_not_read_as_this_category() {
    let template: Value = serde_json::from_str(TEMPLATE).unwrap();
    let good = item_for(true);
    let mutate = |change: &dyn Fn(&mut Value)| {
        let mut item = good.clone();
        change(&mut item);
        template_problems(&item, &template)
    };
    assert!(!mutate(&|i| i["category"] = json!("LOGIN")).is_empty());
    assert!(!mutate(&|i| i["vault"] = json!({"id": "x"})).is_empty());
    assert!(!mutate(&|i| i["fields"][0]["type"] = json!("STRING")).is_empty());
    assert!(!mutate(&|i| i["fields"][0]["id"] = json!("password")).is_empty());
    assert!(!mutate(&|i| i["fields"][0]["purpose"] = json!("PASSWORD")).is_empty());
    assert!(
        !mutate(&|i| i["fields"]
            .as_array_mut()
            .unwrap()
            .push(json!({"type": "SECRET", "label": "x", "value": "y"})))
        .is_empty()
    );
}
