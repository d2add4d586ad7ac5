//! Expiry reminders: which notifications are due now, and the "needs attention" count.
//!
//! Pure: the caller passes the tokens, the retiring rotations, the thresholds, "now" and
//! what was already shown; nothing here reads a clock or the store. It must never see a key
//! (the inputs have no field for one).
//!
//! Rules. Whole days left are counted down (6 days 23 hours = 6 days). For each token the
//! *smallest* threshold that applies is due, unless it was shown already; showing it also
//! marks every larger threshold as shown, so a token first seen 5 days before expiry gets
//! the 7-day reminder only, and the 30- and 14-day ones never fire afterwards. An expired
//! token (however long ago) gets one reminder, on the smallest threshold. A retiring
//! rotation gets the same treatment with the fixed thresholds [`GRACE_THRESHOLDS`]:
//! within a day of the end of its grace period, and when it has ended.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::i18n::{Catalogue, Coded};
use crate::text::{escape_markup, one_line};

/// Days before the end of a grace period at which to notify (0 = it has ended).
pub const GRACE_THRESHOLDS: [u32; 2] = [1, 0];

const DAY_SECONDS: i64 = 86_400;

/// A token with a known expiry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenExpiry {
    pub token_id: String,
    pub name: String,
    pub expires_at: DateTime<Utc>,
}

/// A retiring rotation: the old token lives until `grace_until`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GracePeriod {
    pub old_token_id: String,
    pub old_name: String,
    pub new_name: String,
    pub grace_until: DateTime<Utc>,
    /// Whether the app deletes the old token itself at the end.
    pub auto_delete: bool,
}

/// What a notification is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum NoticeKind {
    /// A token's expiry.
    Expiry,
    /// The end of a rotation's grace period (the token is the old one).
    GraceEnd,
}

impl NoticeKind {
    /// The stored code (as serialised).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Expiry => "expiry",
            Self::GraceEnd => "graceEnd",
        }
    }

    /// Reads a stored code.
    pub fn parse(code: &str) -> Option<Self> {
        [Self::Expiry, Self::GraceEnd]
            .into_iter()
            .find(|k| k.as_str() == code)
    }
}

/// A notification already shown: one per token, kind and threshold.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SentNotice {
    pub token_id: String,
    pub kind: NoticeKind,
    pub threshold: u32,
}

/// One notification to show: `{tokenId, kind, threshold, title, body}` (title and body in
/// English; [`Notice::localized`] writes them in the user's language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    pub token_id: String,
    pub kind: NoticeKind,
    /// The threshold (days) it answers to.
    pub threshold: u32,
    pub title: String,
    pub body: String,
    /// The catalogue messages of the title and the body (`locales/*/notices.ftl`).
    #[serde(skip)]
    pub coded: (Coded, Coded),
}

impl Notice {
    /// The body as the desktop's notification service must get it: the body, then where to
    /// look in the app (for desktops that do not report a click on the notification). On
    /// Linux the freedesktop spec lets the server read the body as markup, so `<`, `>` and
    /// `&` of a server-sent name are escaped there; other systems show plain text.
    pub fn desktop_body(&self) -> std::borrow::Cow<'_, str> {
        std::borrow::Cow::Owned(desktop_text(&self.body, Catalogue::english()))
    }

    /// Title and desktop body in the language of `catalogue`.
    pub fn localized(&self, catalogue: &Catalogue) -> (String, String) {
        let body = catalogue.format_coded(&self.coded.1);
        (
            catalogue.format_coded(&self.coded.0),
            desktop_text(&body, catalogue),
        )
    }
}

fn desktop_text(body: &str, catalogue: &Catalogue) -> String {
    let body = if cfg!(target_os = "linux") {
        escape_markup(body)
    } else {
        body.to_owned()
    };
    format!("{body} {}", catalogue.format("notice-where-to-look", None))
}

/// Where a reminder's token is found in the app, said in every desktop notification.
pub const WHERE_TO_LOOK: &str = "Open Scriptix Keys and choose Attention to see it.";

/// What is due now, and what to record as shown once it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DueNotices {
    pub notices: Vec<Notice>,
    /// The notices' own keys plus every larger threshold of the same token and kind.
    pub mark_sent: Vec<SentNotice>,
}

/// Whole days from `now` until `at`, rounded down (negative once `at` has passed).
pub fn days_left(at: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    (at - now).num_seconds().div_euclid(DAY_SECONDS)
}

/// The notifications due at `now`. `thresholds` may be in any order; duplicates are fine.
/// Tokens that are the old token of a retiring rotation get grace-period reminders instead
/// of expiry reminders (the user is already replacing them).
pub fn due_notices(
    tokens: &[TokenExpiry],
    graces: &[GracePeriod],
    thresholds: &[u32],
    now: DateTime<Utc>,
    sent: &HashSet<SentNotice>,
) -> DueNotices {
    let mut due = DueNotices::default();
    let retiring: HashSet<&str> = graces.iter().map(|g| g.old_token_id.as_str()).collect();
    for token in tokens {
        if retiring.contains(token.token_id.as_str()) {
            continue;
        }
        let left = days_left(token.expires_at, now);
        due.add(
            &token.token_id,
            NoticeKind::Expiry,
            thresholds,
            left,
            sent,
            |t| expiry_text(token, now, t),
        );
    }
    for grace in graces {
        // Not whole days here: the end is a moment; 0 = it has passed, 1 = within a day.
        let left = if grace.grace_until <= now {
            0
        } else if (grace.grace_until - now).num_seconds() <= DAY_SECONDS {
            1
        } else {
            2
        };
        due.add(
            &grace.old_token_id,
            NoticeKind::GraceEnd,
            &GRACE_THRESHOLDS,
            left,
            sent,
            |t| grace_text(grace, t),
        );
    }
    due
}

impl DueNotices {
    fn add(
        &mut self,
        token_id: &str,
        kind: NoticeKind,
        thresholds: &[u32],
        left: i64,
        sent: &HashSet<SentNotice>,
        text: impl FnOnce(u32) -> (Coded, Coded),
    ) {
        let key = |threshold| SentNotice {
            token_id: token_id.to_owned(),
            kind,
            threshold,
        };
        let Some(smallest) = thresholds
            .iter()
            .copied()
            .filter(|t| left <= i64::from(*t))
            .min()
        else {
            return;
        };
        if sent.contains(&key(smallest)) {
            return;
        }
        let (title, body) = text(smallest);
        let english = Catalogue::english();
        self.notices.push(Notice {
            token_id: token_id.to_owned(),
            kind,
            threshold: smallest,
            title: english.format_coded(&title),
            body: english.format_coded(&body),
            coded: (title, body),
        });
        let mut larger: Vec<u32> = thresholds
            .iter()
            .copied()
            .filter(|t| *t >= smallest)
            .collect();
        larger.sort_unstable();
        larger.dedup();
        self.mark_sent.extend(larger.into_iter().map(key));
    }
}

/// How many tokens need attention: expired, or expiring within the largest threshold.
pub fn tokens_needing_attention(
    tokens: &[TokenExpiry],
    thresholds: &[u32],
    now: DateTime<Utc>,
) -> u32 {
    let horizon = i64::from(thresholds.iter().copied().max().unwrap_or(0));
    let count = tokens
        .iter()
        .filter(|t| days_left(t.expires_at, now) <= horizon)
        .count();
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// A name the server sent, quoted for a reminder: on one line, without invisible characters.
fn quoted(name: &str, id: &str) -> String {
    let name = one_line(name);
    if name.trim().is_empty() {
        format!("Token {}", one_line(id))
    } else {
        format!("'{name}'")
    }
}

/// Title and body of an expiry reminder; the wording follows the actual time left (a token
/// first seen late is told how late it is, not the threshold's number).
fn expiry_text(token: &TokenExpiry, now: DateTime<Utc>, _threshold: u32) -> (Coded, Coded) {
    let body = |code| {
        Coded::new(code)
            .arg("name", quoted(&token.name, &token.token_id))
            .arg("on", token.expires_at)
    };
    if token.expires_at <= now {
        return (
            Coded::new("notice-expired-title"),
            body("notice-expired-body"),
        );
    }
    match days_left(token.expires_at, now) {
        0 => (
            Coded::new("notice-expires-today-title"),
            body("notice-expires-today-body"),
        ),
        1 => (
            Coded::new("notice-expires-tomorrow-title"),
            body("notice-expires-tomorrow-body"),
        ),
        days => (
            Coded::new("notice-expires-in-days-title").arg("days", days),
            body("notice-expires-in-days-body").arg("days", days),
        ),
    }
}

fn grace_text(grace: &GracePeriod, threshold: u32) -> (Coded, Coded) {
    let body = |code| {
        Coded::new(code)
            .arg("old", quoted(&grace.old_name, &grace.old_token_id))
            .arg("on", grace.grace_until)
    };
    if threshold == 0 {
        let code = if grace.auto_delete {
            "notice-grace-ended-auto-body"
        } else {
            "notice-grace-ended-body"
        };
        return (Coded::new("notice-grace-ended-title"), body(code));
    }
    let code = if grace.auto_delete {
        "notice-grace-ends-auto-body"
    } else {
        "notice-grace-ends-body"
    };
    (
        Coded::new("notice-grace-ends-title"),
        body(code).arg("new", format!("'{}'", one_line(&grace.new_name))),
    )
}

#[cfg(test)]
#[path = "expiry_tests.rs"]
mod tests;
