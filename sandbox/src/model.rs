//! Plain domain values shared by storage, routes and the demo data: token types, accounts and
//! token rows. No I/O and no HTTP here.

use std::fmt;

/// The two kinds of API token Scriptix issues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenType {
    /// Keys for the batch (file) speech-to-text API.
    Batch,
    /// Keys for the realtime (streaming) API.
    Realtime,
}

impl TokenType {
    /// The wire and storage name: `batch` or `realtime`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Batch => "batch",
            Self::Realtime => "realtime",
        }
    }

    /// Parses the wire name; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "batch" => Some(Self::Batch),
            "realtime" => Some(Self::Realtime),
            _ => None,
        }
    }
}

impl fmt::Display for TokenType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a recognised key was refused; the usage report's `reason`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyFailure {
    /// The token was deleted.
    Revoked,
    /// The token's expiry has passed (sandbox clock).
    Expired,
    /// A batch key on a realtime route or the other way round.
    WrongType,
}

impl KeyFailure {
    /// The wire and storage name: `revoked`, `expired` or `wrong_type`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Revoked => "revoked",
            Self::Expired => "expired",
            Self::WrongType => "wrong_type",
        }
    }
}

/// Roles that may create and delete tokens.
pub(crate) const TOKEN_MANAGER_ROLES: [&str; 2] = ["DEVELOPER", "ORGADMIN"];

/// An organization as `account/me` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Organization {
    pub id: i64,
    pub name: String,
    pub token_limit: i64,
}

/// A signed-in account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Account {
    pub id: i64,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub roles: Vec<String>,
    pub organization: Organization,
}

impl Account {
    /// Whether this account may list tokens and read their usage: any role at all (the
    /// sandbox's accounts all have one; an account without roles sees nothing).
    pub fn may_list_tokens(&self) -> bool {
        !self.roles.is_empty()
    }

    /// Whether this account may create and delete tokens.
    pub fn may_manage_tokens(&self) -> bool {
        self.roles
            .iter()
            .any(|role| TOKEN_MANAGER_ROLES.contains(&role.as_str()))
    }
}

/// A live (not revoked) token as lists show it; times are unix seconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TokenRecord {
    pub id: i64,
    pub name: String,
    pub token_type: TokenType,
    pub created_at: i64,
    pub expires_at: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_type_round_trips_through_its_wire_name() {
        for kind in [TokenType::Batch, TokenType::Realtime] {
            assert_eq!(TokenType::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(TokenType::parse("Batch"), None);
        assert_eq!(TokenType::parse(""), None);
    }

    #[test]
    fn only_developers_and_org_admins_may_manage_tokens() {
        let mut account = Account {
            id: 1,
            email: "a@b".into(),
            first_name: "A".into(),
            last_name: "B".into(),
            roles: vec!["CUSTOMER".into()],
            organization: Organization {
                id: 1,
                name: "O".into(),
                token_limit: 1,
            },
        };
        assert!(!account.may_manage_tokens());
        account.roles.push("DEVELOPER".into());
        assert!(account.may_manage_tokens());
        account.roles = vec!["ORGADMIN".into()];
        assert!(account.may_manage_tokens());
    }
}
