//! "Add expiry dates to calendar" in the real window: the expiry centre's button saves an
//! `.ics` through the native save dialog, one event per token expiry with its reminders.
//! (The file's format, UIDs and re-export after a rotation are proven in core's
//! `calendar_tests.rs` with an independent iCalendar parser.)

use scriptix_keys_e2e::{AppDirs, answer_save_dialog};
use scriptix_sandbox::demo;

use super::support::{Signed, signed_in_to_sandbox};

#[tokio::test(flavor = "multi_thread")]
async fn add_expiry_dates_to_calendar_saves_one_event_per_token_with_its_reminders() {
    let Signed {
        app,
        sandbox,
        dirs,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    let path = dirs.root.join("team-calendar.ics");
    app.click("expiry-open").await;
    // The usage hints arrive after the list (the window's reminder check fetches the usage
    // first) and take their section above the button: click once they are there, as a user
    // would click the button where it ended up.
    app.wait_for("[data-testid=\"expiry-centre\"] [data-testid=\"attention-hint\"]")
        .await;
    app.click("expiry-calendar").await;
    answer_save_dialog("Add expiry dates to calendar", &path).await;
    let said = app
        .wait_text("expiry-status", |t| t.contains("Saved"))
        .await;
    assert!(said.contains("team-calendar.ics"), "{said}");
    app.screenshot("calendar-saved").await;
    let ics = std::fs::read_to_string(&path).expect("the calendar file");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    let events = ics.matches("BEGIN:VEVENT").count();
    let with_expiry = demo::SEEDED_TOKENS.len();
    assert!(events > 0 && events <= with_expiry, "{events} events");
    // The default reminder days 30, 14, 7, 1, 0: five alarms per event.
    assert_eq!(ics.matches("BEGIN:VALARM").count(), events * 5);
    assert!(
        ics.contains("SUMMARY:Scriptix key 'Nightly batch export' expires"),
        "{ics}"
    );
    app.quit().await;
    sandbox.shutdown().await;
}
