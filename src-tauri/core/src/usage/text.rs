//! The desktop notification of a usage hint: a title and a body that says what happened
//! and what to do next. (The window builds its own sentences from the hint's arguments.)

use super::model::{UsageHint, UsageHintKind};

/// Where a hint is found in the app, said in every desktop notification.
pub const WHERE_TO_LOOK_HINT: &str = "Open Scriptix Keys and choose Attention to see it.";

/// `(title, body)` of a hint's desktop notification; the body ends with where to look.
/// On Linux the body is escaped for notification markup (a token name comes from the server).
pub fn hint_notice(hint: &UsageHint) -> (String, String) {
    let name = hint
        .token_name
        .clone()
        .unwrap_or_else(|| format!("token {}", hint.token_id));
    let args = &hint.args;
    let ip = args.ip.as_deref().unwrap_or("an unknown address");
    let (title, body) = match hint.kind {
        UsageHintKind::NewIp => (
            "A key was used from a new address".to_owned(),
            format!(
                "“{name}” was used from {ip}, an address not seen in the 30 days before. If you do not recognise it, rotate the key now."
            ),
        ),
        UsageHintKind::Spike => (
            "Unusual number of requests".to_owned(),
            format!(
                "“{name}” made {} requests on {}, more than three times its usual day. Check who uses it.",
                args.count.unwrap_or(0),
                args.date.map(|d| d.to_string()).unwrap_or_default()
            ),
        ),
        UsageHintKind::FailedAuth => (
            "Something still uses a dead key".to_owned(),
            format!(
                "The {} key “{name}” was tried {} times, last from {ip}. Update the integration that still uses it.",
                args.reason.as_deref().unwrap_or("revoked"),
                args.count.unwrap_or(0)
            ),
        ),
        UsageHintKind::RetiringInUse => (
            "A key being retired is still in use".to_owned(),
            format!(
                "“{name}” was used from {ip} {} minutes ago although it is being replaced. It is not deleted until it goes quiet.",
                args.minutes_ago.unwrap_or(0)
            ),
        ),
        UsageHintKind::Unused => (
            "A key is unused".to_owned(),
            format!(
                "“{name}” has not been used for {} days. You may delete it.",
                args.days.unwrap_or(0)
            ),
        ),
    };
    let body = if cfg!(target_os = "linux") {
        crate::text::escape_markup(&body)
    } else {
        body
    };
    (title, format!("{body} {WHERE_TO_LOOK_HINT}"))
}
