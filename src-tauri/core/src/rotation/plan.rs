//! What a rotation will do: the replacement's name, type and lifetime, the grace period and
//! whether the old token is deleted without asking. Pure: no I/O.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::error::{Result, RotationError};
use crate::api::ExpiryYears;
use crate::i18n::Coded;
use crate::model::RemoteToken;
use crate::names::validate_token_name;

/// How long the old token keeps working after its replacement exists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "until", rename_all = "camelCase")]
pub enum Grace {
    /// Emergency: delete the old token as soon as the new key is safe.
    Now,
    /// One day.
    OneDay,
    /// Seven days (the default).
    #[default]
    SevenDays,
    /// Fourteen days.
    FourteenDays,
    /// Until a chosen moment (must be in the future when planned).
    Until(DateTime<Utc>),
}

impl Grace {
    /// Days of a relative grace period (`None` for `Until`; 0 for `Now`).
    pub fn days(self) -> Option<i64> {
        match self {
            Self::Now => Some(0),
            Self::OneDay => Some(1),
            Self::SevenDays => Some(7),
            Self::FourteenDays => Some(14),
            Self::Until(_) => None,
        }
    }

    /// When the grace period ends if it started at `start`.
    pub fn until(self, start: DateTime<Utc>) -> DateTime<Utc> {
        match self {
            Self::Until(at) => at,
            relative => start + Duration::days(relative.days().unwrap_or(0)),
        }
    }
}

/// What the user chose for a rotation (shared by every token of a bulk rotation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RotationPlan {
    /// The replacement's name; `None` → `"<old name> (rotated YYYY-MM-DD)"`. Ignored in
    /// bulk rotations (each token gets its default name).
    pub new_name: Option<String>,
    /// Lifetime of the replacement: 1, 2 or 5 years.
    pub years: u32,
    /// Grace period.
    #[serde(default)]
    pub grace: Grace,
    /// Delete the old token at the end of the grace period without asking.
    #[serde(default)]
    pub auto_delete: bool,
}

impl Default for RotationPlan {
    fn default() -> Self {
        Self {
            new_name: None,
            years: 1,
            grace: Grace::SevenDays,
            auto_delete: false,
        }
    }
}

/// A plan checked against one old token, ready to be journaled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedPlan {
    pub new_name: String,
    pub years: ExpiryYears,
    pub grace: Grace,
    pub auto_delete: bool,
}

/// `"<old name> (rotated YYYY-MM-DD)"`, shortened so the result stays a valid name.
/// A name that already ends in such suffixes (an earlier rotation's default) loses them
/// first, so repeated rotations do not pile them up.
pub fn default_name(old_name: &str, today: DateTime<Utc>) -> String {
    let suffix = format!(" (rotated {})", today.format("%Y-%m-%d"));
    let room = crate::names::MAX_TOKEN_NAME_CHARS.saturating_sub(suffix.chars().count());
    let base: String = without_rotated_suffixes(old_name)
        .chars()
        .take(room)
        .collect();
    let base = if base.trim().is_empty() {
        "Token".to_owned()
    } else {
        base.trim_end().to_owned()
    };
    format!("{base}{suffix}")
}

/// `old_name` trimmed, without any trailing `"(rotated YYYY-MM-DD)"`: only that exact shape
/// counts, so a user's own "(rotated by Ann)" stays.
fn without_rotated_suffixes(old_name: &str) -> &str {
    let mut name = old_name.trim();
    while let Some(rest) = name.strip_suffix(')') {
        let Some((before, date)) = rest.rsplit_once("(rotated ") else {
            break;
        };
        let is_date = date.len() == 10
            && date.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        if !is_date {
            break;
        }
        name = before.trim_end();
    }
    name
}

impl RotationPlan {
    /// Checks the plan for `old` at `now`.
    ///
    /// Errors: [`RotationError::Name`] for a refused name, [`RotationError::Invalid`] for
    /// years outside 1/2/5 or a custom grace end that is not in the future.
    pub fn check(&self, old: &RemoteToken, now: DateTime<Utc>) -> Result<CheckedPlan> {
        let years = ExpiryYears::from_years(self.years).ok_or_else(|| RotationError::Invalid {
            field: "years",
            coded: Coded::new("expiry-choose-years"),
        })?;
        if let Grace::Until(at) = self.grace
            && at <= now
        {
            return Err(RotationError::Invalid {
                field: "grace",
                coded: Coded::new("rotation-grace-in-past"),
            });
        }
        let old_name = old.name.clone().unwrap_or_default();
        let new_name = match self.new_name.as_deref().map(str::trim) {
            Some(name) if !name.is_empty() => validate_token_name(name)?,
            _ => validate_token_name(&default_name(&old_name, now))?,
        };
        if new_name == old_name.trim() {
            return Err(RotationError::Invalid {
                field: "newName",
                coded: Coded::new("rotation-same-name"),
            });
        }
        Ok(CheckedPlan {
            new_name,
            years,
            grace: self.grace,
            auto_delete: self.auto_delete,
        })
    }
}

/// The tokens that expire within `days` days of `now` (already expired ones included),
/// soonest first: the "rotate everything expiring soon" selection.
pub fn expiring_within(tokens: &[RemoteToken], days: i64, now: DateTime<Utc>) -> Vec<RemoteToken> {
    let limit = now + Duration::days(days);
    let mut picked: Vec<RemoteToken> = tokens
        .iter()
        .filter(|t| t.expires_at.is_some_and(|at| at <= limit))
        .cloned()
        .collect();
    picked.sort_by_key(|t| t.expires_at);
    picked
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{TokenId, TokenType};

    fn old(name: &str, expires_in_days: i64, now: DateTime<Utc>) -> RemoteToken {
        RemoteToken {
            id: TokenId::new(name),
            name: Some(name.to_owned()),
            token_type: TokenType::Realtime,
            created_at: None,
            expires_at: Some(now + Duration::days(expires_in_days)),
        }
    }

    #[test]
    fn the_default_name_says_when_it_was_rotated_and_stays_valid() {
        let now: DateTime<Utc> = "2026-03-04T10:00:00Z".parse().unwrap();
        assert_eq!(default_name("CI", now), "CI (rotated 2026-03-04)");
        let long = "x".repeat(100);
        let name = default_name(&long, now);
        assert_eq!(name.chars().count(), 100);
        assert!(validate_token_name(&name).is_ok());
    }

    #[test]
    fn a_second_rotation_replaces_the_rotated_suffix_instead_of_appending_another() {
        let now: DateTime<Utc> = "2027-05-01T10:00:00Z".parse().unwrap();
        assert_eq!(
            default_name("Production (rotated 2026-11-27)", now),
            "Production (rotated 2027-05-01)"
        );
        // Names that already piled up suffixes (before this rule) are cleaned up too.
        assert_eq!(
            default_name("Production (rotated 2026-11-27) (rotated 2027-01-02)", now),
            "Production (rotated 2027-05-01)"
        );
        // Only an exact "(rotated YYYY-MM-DD)" at the end counts: a user's own words stay.
        assert_eq!(
            default_name("Production (rotated by Ann)", now),
            "Production (rotated by Ann) (rotated 2027-05-01)"
        );
        assert_eq!(
            default_name("Production (rotated 2026-11-27) eu", now),
            "Production (rotated 2026-11-27) eu (rotated 2027-05-01)"
        );
        assert_eq!(
            default_name("(rotated 2026-11-27)", now),
            "Token (rotated 2027-05-01)"
        );
    }

    #[test]
    fn a_rotated_name_at_the_100_character_limit_is_rotated_again_to_the_same_length() {
        let now: DateTime<Utc> = "2027-05-01T10:00:00Z".parse().unwrap();
        // The first rotation of a 100-character name shortens the base to make room.
        let first = default_name(&"é".repeat(100), now - Duration::days(200));
        assert_eq!(first.chars().count(), 100);
        assert!(validate_token_name(&first).is_ok());
        // Rotating that name again swaps the date; nothing more is cut from the base.
        let second = default_name(&first, now);
        assert_eq!(second.chars().count(), 100);
        assert!(validate_token_name(&second).is_ok());
        assert_eq!(
            second,
            format!("{} (rotated 2027-05-01)", "é".repeat(100 - 21))
        );
        // A 100-character name that already piled up two suffixes loses both.
        let piled = format!(
            "{} (rotated 2026-01-01) (rotated 2026-06-01)",
            "A".repeat(58)
        );
        assert_eq!(piled.chars().count(), 100);
        assert_eq!(
            default_name(&piled, now),
            format!("{} (rotated 2027-05-01)", "A".repeat(58))
        );
    }

    #[test]
    fn a_plan_refuses_bad_years_past_grace_and_bad_names() {
        let now = Utc::now();
        let token = old("CI", 3, now);
        let mut plan = RotationPlan {
            years: 3,
            ..RotationPlan::default()
        };
        assert!(matches!(
            plan.check(&token, now),
            Err(RotationError::Invalid { field: "years", .. })
        ));
        plan.years = 2;
        plan.grace = Grace::Until(now - Duration::hours(1));
        assert!(matches!(
            plan.check(&token, now),
            Err(RotationError::Invalid { field: "grace", .. })
        ));
        plan.grace = Grace::OneDay;
        plan.new_name = Some("bad\u{202e}name".to_owned());
        assert!(matches!(
            plan.check(&token, now),
            Err(RotationError::Name(_))
        ));
        plan.new_name = Some("  CI v2 ".to_owned());
        let checked = plan.check(&token, now).unwrap();
        assert_eq!(checked.new_name, "CI v2");
        assert_eq!(checked.years, ExpiryYears::Two);
    }

    #[test]
    fn grace_periods_end_where_expected() {
        let start = Utc::now();
        assert_eq!(Grace::Now.until(start), start);
        assert_eq!(Grace::SevenDays.until(start), start + Duration::days(7));
        let at = start + Duration::days(3);
        assert_eq!(Grace::Until(at).until(start), at);
    }

    #[test]
    fn expiring_selection_keeps_only_tokens_within_the_window_soonest_first() {
        let now = Utc::now();
        let tokens = vec![old("a", 20, now), old("b", 3, now), old("c", -1, now)];
        let picked: Vec<String> = expiring_within(&tokens, 7, now)
            .into_iter()
            .map(|t| t.id.as_str().to_owned())
            .collect();
        assert_eq!(picked, ["c", "b"]);
    }
}
