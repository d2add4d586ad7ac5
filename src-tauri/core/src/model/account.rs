//! The signed-in account, read tolerantly from `account/me`, and who may manage tokens.

use serde_json::{Map, Value};

use super::token::TokenId;

/// Roles that may create and delete tokens.
const MANAGING_ROLES: [&str; 2] = ["DEVELOPER", "ORGADMIN"];

/// The organization an account belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// Server id, as a string (numbers are converted).
    pub id: String,
    /// Display name.
    pub name: String,
    /// How many tokens the organization may hold, when the server says.
    pub token_limit: Option<u32>,
}

/// The signed-in user as `account/me` describes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// E-mail address (may be empty when the server omits it).
    pub email: String,
    /// First + last name, else `name`, else the e-mail.
    pub display_name: String,
    /// Upper-cased roles.
    pub roles: Vec<String>,
    /// The organization, nested or from flat `organization_*` fields.
    pub organization: Option<Organization>,
}

impl Account {
    /// Reads `account/me`: unwraps `{result: …}`, accepts roles as a list or one string, and
    /// the organization nested or flat. Fails only when the body is not a JSON object.
    pub(crate) fn from_json(value: &Value) -> Result<Self, String> {
        let outer = value
            .as_object()
            .ok_or("the account is not a JSON object")?;
        let object = match outer.get("result").or_else(|| outer.get("data")) {
            Some(Value::Object(inner)) => inner,
            _ => outer,
        };
        let email = text(object, "email").unwrap_or_default();
        let display_name = display_name(object).unwrap_or_else(|| email.clone());
        Ok(Self {
            roles: roles(object),
            organization: organization(object),
            email,
            display_name,
        })
    }

    /// Whether these roles allow creating and deleting tokens.
    pub fn can_manage_tokens(&self) -> bool {
        can_manage_tokens(&self.roles)
    }
}

/// True when the roles include DEVELOPER or ORGADMIN (compared case-insensitively).
/// The server's 403 stays the final word.
pub fn can_manage_tokens(roles: &[String]) -> bool {
    roles.iter().any(|role| {
        MANAGING_ROLES
            .iter()
            .any(|m| role.trim().eq_ignore_ascii_case(m))
    })
}

/// Why these roles cannot manage tokens, as a catalogue message (`main-account-cannot-manage`);
/// `None` when they can.
pub fn manage_tokens_reason(roles: &[String]) -> Option<crate::i18n::Coded> {
    use crate::i18n::{CodeArg, Coded};
    if can_manage_tokens(roles) {
        return None;
    }
    let held: CodeArg = if roles.is_empty() {
        Coded::new("main-account-no-role").into()
    } else {
        roles.join(", ").into()
    };
    Some(Coded::new("main-account-cannot-manage").arg("roles", held))
}

fn text(object: &Map<String, Value>, key: &str) -> Option<String> {
    match object.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn display_name(object: &Map<String, Value>) -> Option<String> {
    let parts: Vec<String> = ["first_name", "last_name"]
        .iter()
        .filter_map(|key| text(object, key))
        .collect();
    if !parts.is_empty() {
        return Some(parts.join(" "));
    }
    ["name", "display_name", "full_name", "username"]
        .iter()
        .find_map(|key| text(object, key))
}

fn roles(object: &Map<String, Value>) -> Vec<String> {
    let raw = object.get("roles").or_else(|| object.get("role"));
    let mut roles: Vec<String> = match raw {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|item| match item {
                Value::String(s) => Some(s.clone()),
                Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_owned),
                _ => None,
            })
            .collect(),
        Some(Value::String(s)) => s.split(',').map(str::to_owned).collect(),
        _ => Vec::new(),
    };
    roles = roles
        .into_iter()
        .map(|r| r.trim().to_uppercase())
        .filter(|r| !r.is_empty())
        .collect();
    roles.dedup();
    roles
}

fn organization(object: &Map<String, Value>) -> Option<Organization> {
    if let Some(Value::Object(org)) = object.get("organization") {
        return Some(Organization {
            id: org
                .get("id")
                .and_then(TokenId::from_json)
                .map(|id| id.to_string())
                .unwrap_or_default(),
            name: text(org, "name").unwrap_or_default(),
            token_limit: org.get("token_limit").and_then(limit),
        });
    }
    let id = text(object, "organization_id");
    let name = text(object, "organization_name").or_else(|| text(object, "organization"));
    if id.is_none() && name.is_none() {
        return None;
    }
    Some(Organization {
        id: id.unwrap_or_default(),
        name: name.unwrap_or_default(),
        token_limit: object.get("organization_token_limit").and_then(limit),
    })
}

fn limit(value: &Value) -> Option<u32> {
    match value {
        Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_sandbox_account_shape_is_read() {
        let account = Account::from_json(&json!({"result": {
            "id": 5, "email": "dev@demo.scriptix.test", "first_name": "Dana", "last_name": "Dev",
            "roles": ["developer"], "organization": {"id": 1, "name": "Demo Org", "token_limit": 50}
        }}))
        .unwrap();
        assert_eq!(account.email, "dev@demo.scriptix.test");
        assert_eq!(account.display_name, "Dana Dev");
        assert_eq!(account.roles, vec!["DEVELOPER"]);
        assert_eq!(
            account.organization,
            Some(Organization {
                id: "1".into(),
                name: "Demo Org".into(),
                token_limit: Some(50)
            })
        );
        assert!(account.can_manage_tokens());
    }

    #[test]
    fn roles_as_one_string_and_a_flat_organization_are_read() {
        let account = Account::from_json(&json!({
            "email": "a@b.c", "name": "Ann", "roles": "orgadmin",
            "organization_id": "org-9", "organization_name": "Acme", "organization_token_limit": "20"
        }))
        .unwrap();
        assert_eq!(account.display_name, "Ann");
        assert_eq!(account.roles, vec!["ORGADMIN"]);
        assert_eq!(account.organization.unwrap().token_limit, Some(20));
    }

    #[test]
    fn a_minimal_account_falls_back_to_the_email_and_no_organization() {
        let account = Account::from_json(&json!({"email": "x@y.z"})).unwrap();
        assert_eq!(account.display_name, "x@y.z");
        assert!(account.roles.is_empty());
        assert_eq!(account.organization, None);
        assert!(Account::from_json(&json!("nope")).is_err());
    }

    #[test]
    fn only_developers_and_org_admins_may_manage_tokens() {
        let roles = |r: &[&str]| r.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(can_manage_tokens(&roles(&["DEVELOPER"])));
        assert!(can_manage_tokens(&roles(&["CUSTOMER", "ORGADMIN"])));
        assert!(!can_manage_tokens(&roles(&["CUSTOMER"])));
        assert!(!can_manage_tokens(&roles(&[])));
        assert_eq!(manage_tokens_reason(&roles(&["DEVELOPER"])), None);
        let reason = manage_tokens_reason(&roles(&["CUSTOMER"]))
            .unwrap()
            .to_string();
        assert!(reason.contains("Developer") && reason.contains("CUSTOMER"));
        let none = manage_tokens_reason(&[]).unwrap();
        assert!(
            none.to_string().contains("this account has no role."),
            "{none}"
        );
        let dutch = crate::i18n::Catalogue::new(crate::i18n::Language::Nl).format_coded(&none);
        assert!(dutch.contains("geen rol"), "{dutch}");
    }
}
