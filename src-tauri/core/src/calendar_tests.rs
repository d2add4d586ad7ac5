//! The calendar file read back with the `icalendar` crate's RFC 5545 parser.

use chrono::{TimeZone, Utc};
use icalendar::parser::{Component, read_calendar_simple, unfold};

use super::*;

fn profile() -> CalendarProfile {
    CalendarProfile {
        id: "p1".into(),
        name: "Acme, production".into(),
    }
}

fn entry(id: &str, name: &str, day: u32) -> CalendarEntry {
    CalendarEntry {
        series_token_id: id.into(),
        generation: 0,
        token_id: id.into(),
        name: name.into(),
        expires_at: Utc.with_ymd_and_hms(2027, 3, day, 14, 30, 0).unwrap(),
        created_at: Some(Utc.with_ymd_and_hms(2026, 3, day, 14, 30, 0).unwrap()),
    }
}

fn tokens() -> Vec<CalendarEntry> {
    vec![
        entry("11", "Podcast pipeline", 10),
        entry("12", "Call centre; live, captions\nline two", 12),
        entry("13", "Nightly batch export", 20),
    ]
}

fn prop<'a>(component: &'a Component<'a>, name: &str) -> String {
    component
        .find_prop(name)
        .map(|p| p.val.as_str().to_owned())
        .unwrap_or_else(|| panic!("{name} missing"))
}

/// The events of an exported file, as the parser reads them: (UID, the event's own text).
fn events(ics: &str) -> Vec<(String, String)> {
    let unfolded = unfold(ics);
    let calendar = read_calendar_simple(&unfolded).expect("a valid iCalendar file");
    let vcalendar = calendar
        .iter()
        .find(|c| c.name.as_str() == "VCALENDAR")
        .expect("VCALENDAR");
    vcalendar
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .map(|e| (prop(e, "UID"), format!("{e:?}")))
        .collect()
}

#[test]
fn each_token_is_one_all_day_event_with_an_alarm_at_each_reminder_day() {
    let ics = expiry_calendar(&profile(), &tokens(), &[0, 30, 7, 1]);
    assert!(ics.lines().all(|l| l.len() <= 76), "folded at 75 octets");
    assert!(ics.contains("\r\n"));
    let unfolded = unfold(&ics);
    let calendar = read_calendar_simple(&unfolded).expect("a valid iCalendar file");
    let vcalendar = &calendar[0];
    assert_eq!(vcalendar.name.as_str(), "VCALENDAR");
    assert_eq!(prop(vcalendar, "VERSION"), "2.0");
    let events: Vec<_> = vcalendar
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .collect();
    assert_eq!(events.len(), 3);
    let call = events
        .iter()
        .find(|e| prop(e, "UID") == event_uid("p1", "12"))
        .expect("the event of token 12");
    assert_eq!(prop(call, "DTSTART"), "20270312");
    assert_eq!(prop(call, "DTEND"), "20270313");
    assert_eq!(
        prop(call, "SUMMARY"),
        "Scriptix key 'Call centre; live, captions\nline two' expires",
        "a name with ; , and a line break reads back whole, inside its own TEXT value"
    );
    let triggers: Vec<String> = call
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VALARM")
        .map(|a| {
            assert_eq!(prop(a, "ACTION"), "DISPLAY");
            prop(a, "TRIGGER")
        })
        .collect();
    assert_eq!(triggers, ["-P30D", "-P7D", "-P1D", "PT0S"]);
}

#[test]
fn exporting_twice_gives_the_same_file_and_uids_differ_per_token_and_profile() {
    let first = expiry_calendar(&profile(), &tokens(), &[30, 7]);
    let mut shuffled = tokens();
    shuffled.reverse();
    assert_eq!(first, expiry_calendar(&profile(), &shuffled, &[30, 7]));
    let uids: Vec<_> = events(&first).into_iter().map(|(uid, _)| uid).collect();
    assert_eq!(
        uids,
        [
            event_uid("p1", "11"),
            event_uid("p1", "12"),
            event_uid("p1", "13")
        ]
    );
    assert_ne!(event_uid("p1", "11"), event_uid("p2", "11"));
    assert_ne!(event_uid("p1", "1.1"), event_uid("p1", "1=2E1"));
}

#[test]
fn re_exporting_after_one_rotation_changes_exactly_that_event() {
    let before = events(&expiry_calendar(&profile(), &tokens(), &[30, 7]));
    // Token 12 was rotated: its replacement 99 continues the series, expiring a year later.
    let mut rotated = tokens();
    rotated[1] = CalendarEntry {
        series_token_id: "12".into(),
        generation: 1,
        token_id: "99".into(),
        name: "Call centre; live, captions\nline two".into(),
        expires_at: Utc.with_ymd_and_hms(2028, 3, 12, 9, 0, 0).unwrap(),
        created_at: Some(Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap()),
    };
    let after = events(&expiry_calendar(&profile(), &rotated, &[30, 7]));
    assert_eq!(after.len(), before.len(), "updated, not added");
    let changed: Vec<_> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b != a)
        .map(|(b, a)| {
            assert_eq!(b.0, a.0, "the same UID");
            b.0.clone()
        })
        .collect();
    assert_eq!(changed, [event_uid("p1", "12")]);
    let text = &after[1].1;
    assert!(
        text.contains("20280312") && text.contains("SEQUENCE"),
        "{text}"
    );
}
