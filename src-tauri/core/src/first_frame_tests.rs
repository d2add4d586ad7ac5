#![allow(clippy::unwrap_used)]

use chrono::Duration;

use super::*;
use crate::model::{RemoteToken, TokenId, TokenType};
use crate::profiles::Profile;
use crate::settings::Settings;
use crate::vault::VaultStatus;
use crate::view::SessionInfo;
use crate::workspace::AppStatusView;

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn now() -> DateTime<Utc> {
    at("2026-12-02T10:00:00Z")
}

fn fetched() -> DateTime<Utc> {
    at("2026-12-02T09:59:00Z")
}

fn status() -> AppStatusView {
    AppStatusView {
        profiles: vec![Profile {
            id: "p1".into(),
            name: "Demo".into(),
            base_url: "http://127.0.0.1:4100/".into(),
            username: "dev@demo.scriptix.test".into(),
            demo: true,
        }],
        active_profile_id: Some("p1".into()),
        session: Some(SessionInfo {
            profile_id: "p1".into(),
            username: "dev@demo.scriptix.test".into(),
            expires_at: now() + Duration::hours(8),
        }),
        vault: VaultStatus::available(),
        settings: Settings::default(),
        sign_in_reason: None,
        sign_in_reason_coded: None,
        language: crate::workspace::LanguageView::current(crate::i18n::LanguageSetting::En),
    }
}

fn token(id: &str, name: &str, days: i64) -> RemoteToken {
    RemoteToken {
        id: TokenId::new(id),
        name: Some(name.into()),
        token_type: TokenType::Batch,
        created_at: Some(at("2026-01-01T00:00:00Z")),
        expires_at: Some(now() + Duration::days(days)),
    }
}

fn list_at(tokens: &[RemoteToken], when: DateTime<Utc>) -> TokenListView {
    TokenListView::new("p1", tokens, &[], fetched(), true, when)
}

fn list() -> TokenListView {
    list_at(
        &[token("1", "Production", 200), token("2", "Staging", 40)],
        now(),
    )
}

fn input() -> FrameInput {
    FrameInput {
        html: r#"<div class="app" data-testid="main-screen"><td>Production &lt;b&gt;</td></div>"#
            .into(),
        title: "API tokens — Scriptix Keys".into(),
        valid_until: (now() + Duration::hours(3)).timestamp_millis(),
        basis: BasisView::new(status(), Some(list())).basis.unwrap(),
        utc_offset_minutes: 60,
    }
}

fn cx(dir: &tempfile::TempDir, when: DateTime<Utc>) -> Context<'_> {
    Context {
        data_dir: dir.path(),
        build: "build-1",
        now: when,
        utc_offset_minutes: 60,
    }
}

fn saved() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    save(&cx(&dir, now()), input(), &status(), Some(&list())).unwrap();
    dir
}

#[test]
fn a_saved_frame_is_served_while_nothing_it_shows_changed() {
    let dir = saved();
    assert!(may_serve(&cx(&dir, now())));
    let frame = load(
        &cx(&dir, now() + Duration::minutes(5)),
        &status(),
        Some(&list()),
    )
    .unwrap();
    assert_eq!(frame.html, input().html);
    assert_eq!(frame.lang, "en");
}

#[test]
fn what_the_screen_does_not_show_does_not_matter() {
    let dir = saved();
    let mut moved = status();
    // The demo's address changes with every start; the session is renewed.
    moved.profiles[0].base_url = "http://127.0.0.1:4999/".into();
    if let Some(session) = moved.session.as_mut() {
        session.expires_at += Duration::hours(5);
    }
    moved.settings.clipboard_clear_seconds = Some(5);
    moved.settings.tray_explained = true;
    moved.settings.keep_in_tray = !moved.settings.keep_in_tray;
    assert!(load(&cx(&dir, now()), &moved, Some(&list())).is_some());
}

/// Every change the first screen would show makes the frame unusable, and it is removed.
#[test]
fn any_change_it_would_show_discards_it() {
    let renamed = list_at(
        &[token("1", "Production!", 200), token("2", "Staging", 40)],
        now(),
    );
    // 40 days out: in 11 days the token crosses the 30-day threshold and its status changes.
    let later = list_at(
        &[token("1", "Production", 200), token("2", "Staging", 40)],
        now() + Duration::days(11),
    );
    let mut refetched = list();
    refetched.fetched_at += Duration::seconds(1);
    let mut noted = list();
    noted.tokens[0].key_hint = Some("sk_live_…WXYZ".into());
    let mut dutch = status();
    dutch.language = crate::workspace::LanguageView::current(crate::i18n::LanguageSetting::Nl);
    let mut signed_out = status();
    signed_out.session = None;
    let mut vault_gone = status();
    vault_gone.vault.available = false;
    let mut other_profile = status();
    other_profile.active_profile_id = Some("p2".into());
    let mut renamed_profile = status();
    renamed_profile.profiles[0].name = "Work".into();
    let mut in_use = status();
    in_use.settings.recent_use_hours = 48;
    let mut reminders = status();
    reminders.settings.expiry_thresholds = vec![7];
    let cases: Vec<(&str, AppStatusView, Option<TokenListView>, DateTime<Utc>)> = vec![
        ("a token renamed", status(), Some(renamed), now()),
        ("a status threshold crossed", status(), Some(later), now()),
        ("a newer fetch", status(), Some(refetched), now()),
        ("a row's local key", status(), Some(noted), now()),
        ("no cached list", status(), None, now()),
        ("another language", dutch, Some(list()), now()),
        ("signed out", signed_out, Some(list()), now()),
        ("the vault gone", vault_gone, Some(list()), now()),
        ("another profile", other_profile, Some(list()), now()),
        ("the profile renamed", renamed_profile, Some(list()), now()),
        ("\"in use\" hours", in_use, Some(list()), now()),
        ("reminder days", reminders, Some(list()), now()),
        (
            "its moment passed",
            status(),
            Some(list()),
            now() + Duration::hours(3),
        ),
    ];
    for (what, status, list, when) in cases {
        let dir = saved();
        assert!(
            load(&cx(&dir, when), &status, list.as_ref()).is_none(),
            "{what}"
        );
        assert!(!path(dir.path()).exists(), "{what}: the file is removed");
    }
    // What the file alone tells: another build of the window's files, another zone.
    for (what, build, offset) in [
        ("another build", "build-2", 60),
        ("another zone", "build-1", 120),
    ] {
        let dir = saved();
        let other = Context {
            build,
            utc_offset_minutes: offset,
            ..cx(&dir, now())
        };
        assert!(!may_serve(&other), "{what}");
        assert!(!path(dir.path()).exists(), "{what}: the file is removed");
    }
}

#[test]
fn a_frame_rendered_from_what_has_moved_on_is_not_kept() {
    let dir = tempfile::tempdir().unwrap();
    // Notes or a local key saved between the window's read and its save: same fetch, other rows.
    let mut changed = list();
    changed.tokens[0].key_hint = Some("sk_live_…WXYZ".into());
    let mut vault_gone = status();
    vault_gone.vault.available = false;
    let mut signed_out = status();
    signed_out.session = None;
    for (what, status, list) in [
        ("the list changed", status(), Some(changed)),
        ("the vault changed", vault_gone, Some(list())),
        ("signed out", signed_out.clone(), Some(list())),
        ("no list", status(), None),
    ] {
        let saved = save(&cx(&dir, now()), input(), &status, list.as_ref());
        assert!(
            matches!(saved, Err(SaveError::Outdated)),
            "{what}: {saved:?}"
        );
    }
    assert!(!path(dir.path()).exists());
    assert_eq!(
        BasisView::new(signed_out, Some(list())).basis,
        None,
        "nothing to keep when signed out"
    );
}

#[test]
fn markup_a_window_never_renders_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    for bad in [
        "<div><SCRIPT>alert(1)</SCRIPT></div>",
        "<style>*{}</style>",
        r#"<link rel="stylesheet" href="x">"#,
        r#"<meta http-equiv="refresh" content="0;url=https://example.com">"#,
        r#"<base href="https://example.com/">"#,
        r#"<iframe src="https://example.com"></iframe>"#,
        "<dialog open>sk_live_secret</dialog>",
    ] {
        let mut frame = input();
        frame.html = bad.into();
        let saved = save(&cx(&dir, now()), frame, &status(), Some(&list()));
        assert!(matches!(saved, Err(SaveError::Refused)), "{bad}");
    }
    let mut huge = input();
    huge.html = "x".repeat(MAX_HTML_BYTES + 1);
    let mut past = input();
    past.valid_until = now().timestamp_millis();
    for frame in [huge, past] {
        let saved = save(&cx(&dir, now()), frame, &status(), Some(&list()));
        assert!(matches!(saved, Err(SaveError::Refused)));
    }
    assert!(!path(dir.path()).exists());
}

#[test]
fn a_frame_is_kept_for_a_day_at_most() {
    let dir = tempfile::tempdir().unwrap();
    let mut long = input();
    long.valid_until = (now() + Duration::days(30)).timestamp_millis();
    save(&cx(&dir, now()), long, &status(), Some(&list())).unwrap();
    let served_after = |hours| {
        load(
            &cx(&dir, now() + Duration::hours(hours)),
            &status(),
            Some(&list()),
        )
        .is_some()
    };
    assert!(served_after(23));
    assert!(!served_after(25));
}

#[test]
fn a_damaged_file_is_removed_and_nothing_is_served() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(path(dir.path()), b"{not json").unwrap();
    assert!(load(&cx(&dir, now()), &status(), Some(&list())).is_none());
    assert!(!path(dir.path()).exists());
    std::fs::write(path(dir.path()), b"{not json").unwrap();
    assert!(!may_serve(&cx(&dir, now())));
    assert!(!path(dir.path()).exists());
}

#[cfg(unix)]
#[test]
fn the_kept_frame_is_readable_by_this_user_only_and_can_be_forgotten() {
    use std::os::unix::fs::PermissionsExt;
    let dir = saved();
    let mode = std::fs::metadata(path(dir.path()))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    forget(dir.path());
    assert!(!path(dir.path()).exists());
}

#[test]
fn the_page_gets_the_frame_in_place_of_its_boot_line() {
    let index = include_str!("../../../ui/index.html");
    assert!(
        index.contains(APP_MARKER),
        "ui/index.html's boot line is the one served frames replace"
    );
    assert!(index.contains(LANG_MARKER) && index.contains(TITLE_MARKER));
    let frame = Frame {
        html: r#"<div class="app">rows</div>"#.into(),
        title: r#"API-tokens <"&"> — Scriptix Keys"#.into(),
        lang: "nl".into(),
    };
    let page = inject(index, &frame).unwrap();
    assert!(page.contains(r#"<div id="app" class="root" data-first-frame="" inert="" aria-busy="true"><div class="app">rows</div></div>"#));
    assert!(page.contains(r#"<html lang="nl">"#));
    assert!(page.contains("<title>API-tokens &lt;&quot;&amp;&quot;&gt; — Scriptix Keys</title>"));
    assert!(!page.contains("Starting Scriptix Keys…"));
    assert!(page.contains(r#"<script type="module" src="js/main.js"></script>"#));
    assert!(inject("<html><body></body></html>", &frame).is_none());
    let hostile = Frame {
        html: "<script>x</script>".into(),
        ..frame
    };
    assert!(inject(index, &hostile).is_none());
}
