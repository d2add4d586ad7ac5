//! "Add expiry dates to calendar": an iCalendar (RFC 5545) file with one all-day event per
//! token expiry and a reminder (`VALARM`) at each chosen threshold. Teams import it into a
//! shared calendar and re-import it later, so it is stable: an event's `UID` follows the
//! token's rotation series (the first token of the series), and every field comes from the
//! token itself, never from the export time. Re-exporting after one rotation changes that
//! one event (new date, `SEQUENCE` one higher, so calendars update it instead of adding a
//! second); every other event stays byte for byte the same. Pure: the workspace gathers
//! the tokens and their series. Must not: hold or write any key.

use std::fmt::Write as _;

use chrono::{DateTime, Duration, NaiveDate, Utc};

/// One token's expiry, as the calendar shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEntry {
    /// The first token of the rotation series (the token itself when never rotated).
    pub series_token_id: String,
    /// How many rotations led to this token (0 = the original).
    pub generation: u32,
    pub token_id: String,
    pub name: String,
    pub expires_at: DateTime<Utc>,
    /// When the token was created; `None` when the server did not say.
    pub created_at: Option<DateTime<Utc>>,
}

/// The whole `.ics` text for a profile's tokens. `profile` names the calendar and keeps
/// UIDs of different profiles apart; `thresholds` are the reminder days (0 = the day).
pub fn expiry_calendar(
    profile: &CalendarProfile,
    entries: &[CalendarEntry],
    thresholds: &[u32],
) -> String {
    let mut entries: Vec<&CalendarEntry> = entries.iter().collect();
    entries.sort_by(|a, b| a.series_token_id.cmp(&b.series_token_id));
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Scriptix Keys//Expiry calendar//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(
        &mut out,
        &format!(
            "X-WR-CALNAME:{}",
            text(&format!("Scriptix key expiry — {}", profile.name))
        ),
    );
    for entry in entries {
        event(&mut out, profile, entry, thresholds);
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// The profile a calendar is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarProfile {
    pub id: String,
    pub name: String,
}

/// The stable UID of a token series' event.
pub fn event_uid(profile_id: &str, series_token_id: &str) -> String {
    format!(
        "token-{}.{}@keys.scriptix.io",
        uid_part(series_token_id),
        uid_part(profile_id)
    )
}

fn event(out: &mut String, profile: &CalendarProfile, entry: &CalendarEntry, thresholds: &[u32]) {
    let day = entry.expires_at.date_naive();
    let stamp = entry.created_at.unwrap_or(entry.expires_at);
    line(out, "BEGIN:VEVENT");
    line(
        out,
        &format!("UID:{}", event_uid(&profile.id, &entry.series_token_id)),
    );
    line(out, &format!("DTSTAMP:{}", utc(stamp)));
    line(out, &format!("LAST-MODIFIED:{}", utc(stamp)));
    line(out, &format!("SEQUENCE:{}", entry.generation));
    line(out, &format!("DTSTART;VALUE=DATE:{}", date(day)));
    line(
        out,
        &format!("DTEND;VALUE=DATE:{}", date(day + Duration::days(1))),
    );
    line(
        out,
        &format!(
            "SUMMARY:{}",
            text(&format!("Scriptix key '{}' expires", entry.name))
        ),
    );
    line(
        out,
        &format!(
            "DESCRIPTION:{}",
            text(&format!(
                "The Scriptix API key '{}' (token {}, profile {}) expires on {} UTC. Rotate it \
                 before then in Scriptix Keys (Expiry).",
                entry.name,
                entry.token_id,
                profile.name,
                entry.expires_at.format("%Y-%m-%d %H:%M")
            ))
        ),
    );
    line(out, "TRANSP:TRANSPARENT");
    let mut days: Vec<u32> = thresholds.to_vec();
    days.sort_unstable_by(|a, b| b.cmp(a));
    days.dedup();
    for days_before in days {
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        line(out, &format!("TRIGGER:{}", trigger(days_before)));
        let when = match days_before {
            0 => "today".to_owned(),
            1 => "tomorrow".to_owned(),
            n => format!("in {n} days"),
        };
        line(
            out,
            &format!(
                "DESCRIPTION:{}",
                text(&format!("Scriptix key '{}' expires {when}", entry.name))
            ),
        );
        line(out, "END:VALARM");
    }
    line(out, "END:VEVENT");
}

/// The alarm's trigger relative to the event's start (midnight of the expiry day).
fn trigger(days_before: u32) -> String {
    match days_before {
        0 => "PT0S".to_owned(),
        n => format!("-P{n}D"),
    }
}

fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

fn date(day: NaiveDate) -> String {
    day.format("%Y%m%d").to_string()
}

/// A UID part: letters, digits, `-` and `_` as they are, anything else as `=HH`.
fn uid_part(raw: &str) -> String {
    let mut out = String::new();
    for byte in raw.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_' {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "={byte:02X}");
        }
    }
    out
}

/// A TEXT value (RFC 5545 3.3.11): `\`, `;`, `,` escaped, line breaks as `\n`, other
/// control characters dropped (a server-sent name cannot add properties).
fn text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() || crate::text::is_line_break(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (RFC 5545 3.1), never inside a character.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
#[path = "calendar_tests.rs"]
mod tests;
