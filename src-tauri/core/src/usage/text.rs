//! The desktop notification of a usage hint: a title and a body that says what happened
//! and what to do next, in the user's language (`locales/*/notices.ftl`). (The window builds
//! its own sentences from the hint's arguments.)

use super::model::{UsageHint, UsageHintKind};
use crate::i18n::{Catalogue, CodeArg, Coded};

/// Where a hint is found in the app, said in every desktop notification (English; the
/// notification says it in the user's language: `notice-where-to-look`).
pub const WHERE_TO_LOOK_HINT: &str = "Open Scriptix Keys and choose Attention to see it.";

/// `(title, body)` of a hint's desktop notification in the language of `catalogue`; the body
/// ends with where to look. On Linux the body is escaped for notification markup (a token
/// name comes from the server).
pub fn hint_notice(hint: &UsageHint, catalogue: &Catalogue) -> (String, String) {
    let (title, body) = hint_coded(hint);
    let body = catalogue.format_coded(&body);
    let body = if cfg!(target_os = "linux") {
        crate::text::escape_markup(&body)
    } else {
        body
    };
    (
        catalogue.format_coded(&title),
        format!("{body} {}", catalogue.format("notice-where-to-look", None)),
    )
}

/// The day of a spike, written in the notification's language ("28 Nov 2026", "28 nov
/// 2026"); a hint without its day says "recently".
fn spike_day(date: Option<chrono::NaiveDate>) -> CodeArg {
    match date.and_then(|d| d.and_hms_opt(12, 0, 0)) {
        Some(noon) => noon.and_utc().into(),
        None => Coded::new("usage-hint-recent-day").into(),
    }
}

/// The catalogue messages of a hint's title and body.
fn hint_coded(hint: &UsageHint) -> (Coded, Coded) {
    let name: CodeArg = match &hint.token_name {
        Some(name) => name.as_str().into(),
        None => Coded::new("usage-hint-unnamed")
            .arg("id", hint.token_id.as_str())
            .into(),
    };
    let args = &hint.args;
    let ip: CodeArg = match args.ip.as_deref() {
        Some(ip) => ip.into(),
        None => Coded::new("usage-hint-unknown-address").into(),
    };
    let count = args.count.unwrap_or(0);
    let (title, body) = match hint.kind {
        UsageHintKind::NewIp => (
            "usage-hint-new-ip-title",
            Coded::new("usage-hint-new-ip-body").arg("ip", ip),
        ),
        UsageHintKind::Spike => (
            "usage-hint-spike-title",
            Coded::new("usage-hint-spike-body")
                .arg("count", count)
                .arg("date", spike_day(args.date)),
        ),
        UsageHintKind::FailedAuth => {
            let reason: CodeArg = match args.reason.as_deref().unwrap_or("revoked") {
                "revoked" => Coded::new("usage-hint-reason-revoked").into(),
                "expired" => Coded::new("usage-hint-reason-expired").into(),
                other => other.into(),
            };
            (
                "usage-hint-failed-auth-title",
                Coded::new("usage-hint-failed-auth-body")
                    .arg("reason", reason)
                    .arg("count", count)
                    .arg("ip", ip),
            )
        }
        UsageHintKind::RetiringInUse => (
            "usage-hint-retiring-in-use-title",
            Coded::new("usage-hint-retiring-in-use-body")
                .arg("ip", ip)
                .arg("minutes", args.minutes_ago.unwrap_or(0)),
        ),
        UsageHintKind::Unused => (
            "usage-hint-unused-title",
            Coded::new("usage-hint-unused-body").arg("days", args.days.unwrap_or(0)),
        ),
    };
    (Coded::new(title), body.arg("name", name))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use chrono::{NaiveDate, TimeZone, Utc};

    use super::*;
    use crate::i18n::Language;
    use crate::usage::model::UsageHintArgs;

    fn hint(kind: UsageHintKind, name: Option<&str>, args: UsageHintArgs) -> UsageHint {
        UsageHint {
            id: "h".into(),
            token_id: "7".into(),
            token_name: name.map(str::to_owned),
            kind,
            at: Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap(),
            args,
        }
    }

    fn all() -> Vec<UsageHint> {
        let ip = || Some("198.51.100.23".to_owned());
        vec![
            hint(
                UsageHintKind::NewIp,
                Some("CI"),
                UsageHintArgs {
                    ip: ip(),
                    ..UsageHintArgs::default()
                },
            ),
            hint(
                UsageHintKind::Spike,
                Some("CI"),
                UsageHintArgs {
                    count: Some(900),
                    date: NaiveDate::from_ymd_opt(2026, 11, 29),
                    ..UsageHintArgs::default()
                },
            ),
            hint(
                UsageHintKind::FailedAuth,
                None,
                UsageHintArgs {
                    ip: ip(),
                    reason: Some("expired".into()),
                    count: Some(2),
                    ..UsageHintArgs::default()
                },
            ),
            hint(
                UsageHintKind::RetiringInUse,
                Some("CI"),
                UsageHintArgs {
                    minutes_ago: Some(5),
                    ..UsageHintArgs::default()
                },
            ),
            hint(
                UsageHintKind::Unused,
                Some("CI"),
                UsageHintArgs {
                    days: Some(90),
                    ..UsageHintArgs::default()
                },
            ),
        ]
    }

    #[test]
    fn a_hint_notification_keeps_its_english_text() {
        let english: Vec<_> = all()
            .iter()
            .map(|h| hint_notice(h, Catalogue::english()))
            .collect();
        let look = " Open Scriptix Keys and choose Attention to see it.";
        let expected = [
            (
                "A key was used from a new address",
                "“CI” was used from 198.51.100.23, an address not seen in the 30 days before. If you do not recognise it, rotate the key now.",
            ),
            (
                "Unusual number of requests",
                "“CI” made 900 requests on 29 Nov 2026, more than three times its usual day. Check who uses it.",
            ),
            (
                "Something still uses a dead key",
                "The expired key “token 7” was tried 2 times, last from 198.51.100.23. Update the integration that still uses it.",
            ),
            (
                "A key being retired is still in use",
                "“CI” was used from an unknown address 5 minutes ago although it is being replaced. It is not deleted until it goes quiet.",
            ),
            (
                "A key is unused",
                "“CI” has not been used for 90 days. You may delete it.",
            ),
        ];
        for ((title, body), (want_title, want_body)) in english.iter().zip(expected) {
            assert_eq!(title, want_title);
            assert_eq!(body, &format!("{want_body}{look}"));
        }
    }

    #[test]
    fn a_hint_notification_speaks_dutch_on_a_dutch_desktop() {
        let dutch = Catalogue::new(Language::Nl);
        let notices: Vec<_> = all().iter().map(|h| hint_notice(h, &dutch)).collect();
        assert_eq!(
            notices[0].0,
            "Een sleutel is gebruikt vanaf een nieuw adres"
        );
        assert!(
            notices[0]
                .1
                .starts_with("“CI” is gebruikt vanaf 198.51.100.23, een adres dat"),
            "{}",
            notices[0].1
        );
        assert!(
            notices[2]
                .1
                .starts_with("De verlopen sleutel “token 7” is 2 keer geprobeerd")
        );
        assert!(
            notices[3]
                .1
                .contains("5 minuten geleden gebruikt vanaf een onbekend adres")
        );
        assert!(notices[4].1.contains("al 90 dagen niet gebruikt"));
        // The spike's day in Dutch, not as an ISO date.
        assert!(notices[1].1.contains("op 29 nov 2026 "), "{}", notices[1].1);
        for (title, body) in &notices {
            assert!(
                !title.contains('{') && !body.contains('{'),
                "{title} {body}"
            );
            assert!(
                body.ends_with("Open Scriptix Keys en kies Aandacht om het te zien."),
                "{body}"
            );
        }
    }
}
