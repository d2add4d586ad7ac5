#![allow(clippy::unwrap_used)]

use chrono::{Duration, TimeZone};

use super::*;
use crate::clock::{Clock, ManualClock};

const DEFAULT: [u32; 5] = [30, 14, 7, 1, 0];

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap()
}

fn token(id: &str, name: &str, expires_at: DateTime<Utc>) -> TokenExpiry {
    TokenExpiry {
        token_id: id.to_owned(),
        name: name.to_owned(),
        expires_at,
    }
}

fn grace(old: &str, until: DateTime<Utc>, auto_delete: bool) -> GracePeriod {
    GracePeriod {
        old_token_id: old.to_owned(),
        old_name: format!("old {old}"),
        new_name: format!("new {old}"),
        grace_until: until,
        auto_delete,
    }
}

/// What the workspace does: take what is due and record it as shown.
struct Notifier {
    sent: HashSet<SentNotice>,
}

impl Notifier {
    fn new() -> Self {
        Self {
            sent: HashSet::new(),
        }
    }

    fn take(
        &mut self,
        tokens: &[TokenExpiry],
        graces: &[GracePeriod],
        thresholds: &[u32],
        clock: &ManualClock,
    ) -> Vec<Notice> {
        let due = due_notices(tokens, graces, thresholds, clock.now(), &self.sent);
        self.sent.extend(due.mark_sent);
        due.notices
    }
}

fn thresholds_of(notices: &[Notice]) -> Vec<u32> {
    notices.iter().map(|n| n.threshold).collect()
}

#[test]
fn days_left_counts_whole_days_down() {
    let now = start();
    assert_eq!(days_left(now + Duration::days(7), now), 7);
    assert_eq!(
        days_left(now + Duration::days(7) - Duration::seconds(1), now),
        6
    );
    assert_eq!(days_left(now + Duration::hours(3), now), 0);
    assert_eq!(days_left(now, now), 0);
    assert_eq!(days_left(now - Duration::hours(1), now), -1);
}

#[test]
fn each_threshold_fires_exactly_once_as_the_clock_crosses_it() {
    let clock = ManualClock::new(start());
    let tokens = [token("1", "CI pipeline", start() + Duration::days(40))];
    let mut notifier = Notifier::new();
    let mut fired = Vec::new();
    // Every six hours for 42 days, asking twice each time.
    for _ in 0..(42 * 4) {
        fired.extend(notifier.take(&tokens, &[], &DEFAULT, &clock));
        assert!(notifier.take(&tokens, &[], &DEFAULT, &clock).is_empty());
        clock.advance(Duration::hours(6));
    }
    assert_eq!(thresholds_of(&fired), [30, 14, 7, 1, 0]);
    assert!(
        fired
            .iter()
            .all(|n| n.kind == NoticeKind::Expiry && n.token_id == "1")
    );
}

#[test]
fn repeated_calls_at_the_same_moment_give_nothing_new() {
    let clock = ManualClock::new(start());
    let tokens = [token("1", "CI", start() + Duration::days(10))];
    let mut notifier = Notifier::new();
    assert_eq!(
        thresholds_of(&notifier.take(&tokens, &[], &DEFAULT, &clock)),
        [14]
    );
    for _ in 0..5 {
        assert!(notifier.take(&tokens, &[], &DEFAULT, &clock).is_empty());
    }
}

#[test]
fn a_token_first_seen_late_gets_only_the_smallest_due_reminder_and_never_the_larger_ones() {
    let clock = ManualClock::new(start());
    let tokens = [token(
        "1",
        "CI pipeline",
        start() + Duration::days(5) + Duration::hours(2),
    )];
    let mut notifier = Notifier::new();
    let first = notifier.take(&tokens, &[], &DEFAULT, &clock);
    assert_eq!(thresholds_of(&first), [7]);
    assert_eq!(
        first[0].body,
        "'CI pipeline' expires in 5 days (on 6 Nov 2026). Rotate it before then."
    );
    assert_eq!(first[0].title, "A Scriptix key expires in 5 days");
    let mut later = Vec::new();
    for _ in 0..10 {
        clock.advance(Duration::days(1));
        later.extend(notifier.take(&tokens, &[], &DEFAULT, &clock));
    }
    assert_eq!(thresholds_of(&later), [1, 0]);
}

#[test]
fn an_expired_token_gets_one_expired_reminder_however_long_ago() {
    let clock = ManualClock::new(start());
    let tokens = [
        token("old", "Legacy", start() - Duration::days(200)),
        token("new", "", start() - Duration::hours(2)),
    ];
    let mut notifier = Notifier::new();
    let notices = notifier.take(&tokens, &[], &DEFAULT, &clock);
    assert_eq!(thresholds_of(&notices), [0, 0]);
    assert_eq!(notices[0].title, "A Scriptix key has expired");
    assert!(
        notices[0]
            .body
            .starts_with("'Legacy' expired on 15 Apr 2026.")
    );
    assert!(
        notices[1]
            .body
            .starts_with("Token new expired on 1 Nov 2026.")
    );
    clock.advance(Duration::days(3));
    assert!(notifier.take(&tokens, &[], &DEFAULT, &clock).is_empty());
}

#[test]
fn the_day_of_expiry_and_the_day_before_have_their_own_words() {
    let now = start();
    let tokens = [
        token("a", "A", now + Duration::hours(20)),
        token("b", "B", now + Duration::hours(30)),
    ];
    let due = due_notices(&tokens, &[], &DEFAULT, now, &HashSet::new());
    assert_eq!(thresholds_of(&due.notices), [0, 1]);
    assert_eq!(due.notices[0].title, "A Scriptix key expires today");
    assert!(due.notices[0].body.contains("within a day (on 2 Nov 2026)"));
    assert_eq!(due.notices[1].title, "A Scriptix key expires tomorrow");
}

#[test]
fn showing_a_reminder_marks_every_larger_threshold_as_shown() {
    let now = start();
    let tokens = [token("1", "CI", now + Duration::days(3))];
    let due = due_notices(&tokens, &[], &[0, 30, 7, 14, 1, 7], now, &HashSet::new());
    let mut marked: Vec<u32> = due.mark_sent.iter().map(|s| s.threshold).collect();
    marked.sort_unstable();
    assert_eq!(marked, [7, 14, 30]);
}

#[test]
fn changed_thresholds_apply_from_the_next_call_without_repeating_a_shown_day() {
    let clock = ManualClock::new(start());
    let tokens = [token("1", "CI", start() + Duration::days(20))];
    let mut notifier = Notifier::new();
    assert_eq!(
        thresholds_of(&notifier.take(&tokens, &[], &DEFAULT, &clock)),
        [30]
    );
    // A new, larger threshold is in the past already: nothing.
    let wider = [60, 30, 14, 7, 1, 0];
    assert!(notifier.take(&tokens, &[], &wider, &clock).is_empty());
    // A new threshold between now and the next one fires once.
    let with_21 = [30, 21, 14, 7, 1, 0];
    assert_eq!(
        thresholds_of(&notifier.take(&tokens, &[], &with_21, &clock)),
        [21]
    );
    assert!(notifier.take(&tokens, &[], &with_21, &clock).is_empty());
    // Only 3 left: the 14 and 7 reminders never come; 3 fires when it is reached.
    let sparse = [3];
    clock.advance(Duration::days(10));
    assert!(notifier.take(&tokens, &[], &sparse, &clock).is_empty());
    clock.advance(Duration::days(7));
    assert_eq!(
        thresholds_of(&notifier.take(&tokens, &[], &sparse, &clock)),
        [3]
    );
    // No thresholds at all: nothing, even when it expires.
    clock.advance(Duration::days(5));
    assert!(notifier.take(&tokens, &[], &[], &clock).is_empty());
}

#[test]
fn deleted_tokens_produce_nothing() {
    let clock = ManualClock::new(start());
    let mut notifier = Notifier::new();
    let tokens = [token("1", "CI", start() + Duration::days(20))];
    assert_eq!(notifier.take(&tokens, &[], &DEFAULT, &clock).len(), 1);
    // The token was deleted: it is no longer in the list.
    for _ in 0..30 {
        clock.advance(Duration::days(1));
        assert!(notifier.take(&[], &[], &DEFAULT, &clock).is_empty());
    }
}

#[test]
fn a_grace_period_warns_a_day_before_and_once_at_its_end() {
    let clock = ManualClock::new(start());
    let until = start() + Duration::days(7);
    let graces = [grace("9", until, false)];
    // The old token also expires soon, but it is being replaced: no expiry reminder.
    let tokens = [token("9", "old 9", start() + Duration::days(6))];
    let mut notifier = Notifier::new();
    let mut fired = Vec::new();
    for _ in 0..(10 * 24) {
        fired.extend(notifier.take(&tokens, &graces, &DEFAULT, &clock));
        clock.advance(Duration::hours(1));
    }
    assert_eq!(thresholds_of(&fired), [1, 0]);
    assert!(
        fired
            .iter()
            .all(|n| n.kind == NoticeKind::GraceEnd && n.token_id == "9")
    );
    assert_eq!(fired[0].title, "A grace period ends tomorrow");
    assert!(
        fired[0]
            .body
            .contains("the new key 'new 9'; then delete 'old 9'.")
    );
    assert_eq!(fired[1].title, "A grace period ended");
    assert_eq!(
        fired[1].body,
        "The grace period of 'old 9' ended on 8 Nov 2026: delete it now."
    );
}

#[test]
fn a_grace_period_found_already_ended_gives_only_the_ended_notice() {
    let now = start();
    let graces = [grace("9", now - Duration::days(2), true)];
    let due = due_notices(&[], &graces, &DEFAULT, now, &HashSet::new());
    assert_eq!(thresholds_of(&due.notices), [0]);
    assert!(due.notices[0].body.contains("deletes it the next time"));
    assert_eq!(due.mark_sent.len(), 2);
}

#[test]
fn notices_serialise_camel_case() {
    let now = start();
    let due = due_notices(
        &[token("1", "CI", now + Duration::days(1))],
        &[],
        &DEFAULT,
        now,
        &HashSet::new(),
    );
    let json = serde_json::to_value(&due.notices[0]).unwrap();
    assert_eq!(json["tokenId"], "1");
    assert_eq!(json["kind"], "expiry");
    assert_eq!(json["threshold"], 1);
    assert_eq!(
        serde_json::to_value(NoticeKind::GraceEnd).unwrap(),
        "graceEnd"
    );
    assert_eq!(NoticeKind::parse("graceEnd"), Some(NoticeKind::GraceEnd));
}

#[test]
fn the_count_is_expired_plus_expiring_within_the_largest_threshold() {
    let now = start();
    let tokens = [
        token("a", "", now - Duration::days(100)),
        token("b", "", now + Duration::days(3)),
        token("c", "", now + Duration::days(30) + Duration::hours(1)),
        token("d", "", now + Duration::days(31)),
    ];
    assert_eq!(tokens_needing_attention(&tokens, &DEFAULT, now), 3);
    assert_eq!(tokens_needing_attention(&tokens, &[7], now), 2);
    assert_eq!(tokens_needing_attention(&tokens, &[], now), 1);
}

#[test]
fn a_hostile_server_name_reaches_the_desktop_as_plain_text_on_one_line() {
    let clock = ManualClock::new(start());
    let hostile = "<a href=\"https://evil.example\">R&D</a>\u{2028}Click\u{200B}here\n<img src=x>";
    let tokens = [token("1", hostile, start() + Duration::days(3))];
    let notices = Notifier::new().take(&tokens, &[], &DEFAULT, &clock);
    assert_eq!(notices.len(), 1);
    let notice = &notices[0];
    for text in [&notice.title, &notice.body] {
        assert!(
            !text.chars().any(|c| c.is_control()
                || crate::text::is_line_break(c)
                || crate::text::is_invisible(c)),
            "{text:?}"
        );
    }
    let desktop = notice.desktop_body();
    if cfg!(target_os = "linux") {
        assert!(
            !desktop.contains('<') && !desktop.contains('>'),
            "{desktop}"
        );
        assert!(
            desktop.contains("&lt;a href=\"https://evil.example\"&gt;R&amp;D&lt;/a&gt;"),
            "{desktop}"
        );
    } else {
        assert!(desktop.starts_with(&notice.body), "{desktop}");
    }
}

#[test]
fn every_desktop_reminder_says_where_in_the_app_to_look() {
    let clock = ManualClock::new(start());
    let tokens = [
        token("1", "Podcast pipeline", start() + Duration::days(3)),
        token("2", "Old importer", start() - Duration::days(3)),
    ];
    let notices = Notifier::new().take(&tokens, &[], &DEFAULT, &clock);
    assert_eq!(notices.len(), 2);
    for notice in &notices {
        let desktop = notice.desktop_body();
        assert!(desktop.ends_with(crate::expiry::WHERE_TO_LOOK), "{desktop}");
        assert!(!notice.body.contains(crate::expiry::WHERE_TO_LOOK));
    }
}

#[test]
fn a_reminder_is_written_in_the_users_language_with_its_days_and_date() {
    use crate::i18n::Language;
    let now = start();
    let tokens = [
        token(
            "1",
            "Prod <b>&",
            now + Duration::days(5) + Duration::hours(1),
        ),
        token("2", "", now - Duration::days(3)),
    ];
    let graces = [grace("9", now + Duration::hours(3), true)];
    let due = due_notices(&tokens, &graces, &DEFAULT, now, &HashSet::new());
    let dutch = Catalogue::new(Language::Nl);
    let texts: Vec<(String, String)> = due.notices.iter().map(|n| n.localized(&dutch)).collect();
    assert_eq!(texts[0].0, "Een Scriptix-sleutel verloopt over 5 dagen");
    let markup_safe = if cfg!(target_os = "linux") {
        "'Prod &lt;b&gt;&amp;'"
    } else {
        "'Prod <b>&'"
    };
    assert_eq!(
        texts[0].1,
        format!(
            "{markup_safe} verloopt over 5 dagen (op 6 nov 2026). Roteer hem voor die tijd. Open Scriptix Keys en kies Aandacht om het te zien."
        )
    );
    assert_eq!(texts[1].0, "Een Scriptix-sleutel is verlopen");
    assert!(
        texts[1]
            .1
            .starts_with("Token 2 is verlopen op 29 okt 2026."),
        "{}",
        texts[1].1
    );
    assert_eq!(texts[2].0, "Een overgangsperiode loopt morgen af");
    assert!(
        texts[2].1.contains("'new 9'") && texts[2].1.contains("automatisch verwijderd"),
        "{}",
        texts[2].1
    );
    // The English is what the notices carry for logs and the window.
    let english = Catalogue::new(Language::En);
    for notice in &due.notices {
        let (title, body) = notice.localized(&english);
        assert_eq!(title, notice.title);
        assert_eq!(body, notice.desktop_body());
    }
}
