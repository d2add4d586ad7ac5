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
        profile_id: "p1".into(),
        fetched_at: fetched().to_rfc3339(),
    }
}

fn saved() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    save(dir.path(), input(), &status(), Some(&list()), now()).unwrap();
    dir
}

#[test]
fn a_saved_frame_is_served_while_nothing_it_shows_changed() {
    let dir = saved();
    let frame = load(
        dir.path(),
        &status(),
        Some(&list()),
        now() + Duration::minutes(5),
    )
    .unwrap();
    assert_eq!(frame.html, input().html);
    assert_eq!(frame.lang, "en");
}

#[test]
fn the_demo_address_and_the_session_expiry_do_not_matter() {
    let dir = saved();
    let mut moved = status();
    moved.profiles[0].base_url = "http://127.0.0.1:4999/".into();
    if let Some(session) = moved.session.as_mut() {
        session.expires_at += Duration::hours(5);
    }
    assert!(load(dir.path(), &moved, Some(&list()), now()).is_some());
}

/// Every change the first screen would show makes the frame unusable, and it is removed.
#[test]
fn any_change_it_would_show_discards_it() {
    let renamed = list_at(
        &[token("1", "Production!", 200), token("2", "Staging", 40)],
        now(),
    );
    // 40 days out: in 10 days the token crosses the 30-day threshold and its status changes.
    let later = list_at(
        &[token("1", "Production", 200), token("2", "Staging", 40)],
        now() + Duration::days(11),
    );
    let mut refetched = list();
    refetched.fetched_at += Duration::seconds(1);
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
    let mut settings = status();
    settings.settings.recent_use_hours = 48;
    let cases: Vec<(&str, AppStatusView, Option<TokenListView>, DateTime<Utc>)> = vec![
        ("a token renamed", status(), Some(renamed), now()),
        ("a status threshold crossed", status(), Some(later), now()),
        ("a newer fetch", status(), Some(refetched), now()),
        ("no cached list", status(), None, now()),
        ("another language", dutch, Some(list()), now()),
        ("signed out", signed_out, Some(list()), now()),
        ("the vault gone", vault_gone, Some(list()), now()),
        ("another profile", other_profile, Some(list()), now()),
        ("the profile renamed", renamed_profile, Some(list()), now()),
        ("other settings", settings, Some(list()), now()),
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
            load(dir.path(), &status, list.as_ref(), when).is_none(),
            "{what}"
        );
        assert!(!path(dir.path()).exists(), "{what}: the file is removed");
    }
}

#[test]
fn a_frame_for_an_old_list_or_another_profile_is_not_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut old = input();
    old.fetched_at = (fetched() - Duration::minutes(1)).to_rfc3339();
    let mut other = input();
    other.profile_id = "p2".into();
    let mut signed_out = status();
    signed_out.session = None;
    for (what, input, status) in [
        ("older list", old, status()),
        ("other profile", other, status()),
        ("signed out", input(), signed_out),
    ] {
        let saved = save(dir.path(), input, &status, Some(&list()), now());
        assert!(
            matches!(saved, Err(SaveError::Outdated)),
            "{what}: {saved:?}"
        );
    }
    assert!(matches!(
        save(dir.path(), input(), &status(), None, now()),
        Err(SaveError::Outdated)
    ));
    assert!(!path(dir.path()).exists());
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
        assert!(
            matches!(
                save(dir.path(), frame, &status(), Some(&list()), now()),
                Err(SaveError::Refused)
            ),
            "{bad}"
        );
    }
    let mut huge = input();
    huge.html = "x".repeat(MAX_HTML_BYTES + 1);
    let mut past = input();
    past.valid_until = now().timestamp_millis();
    for frame in [huge, past] {
        assert!(matches!(
            save(dir.path(), frame, &status(), Some(&list()), now()),
            Err(SaveError::Refused)
        ));
    }
    assert!(!path(dir.path()).exists());
}

#[test]
fn a_frame_is_kept_for_a_day_at_most() {
    let dir = tempfile::tempdir().unwrap();
    let mut long = input();
    long.valid_until = (now() + Duration::days(30)).timestamp_millis();
    save(dir.path(), long, &status(), Some(&list()), now()).unwrap();
    assert!(
        load(
            dir.path(),
            &status(),
            Some(&list()),
            now() + Duration::hours(23)
        )
        .is_some()
    );
    assert!(
        load(
            dir.path(),
            &status(),
            Some(&list()),
            now() + Duration::hours(25)
        )
        .is_none()
    );
}

#[test]
fn a_damaged_file_is_removed_and_nothing_is_served() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(path(dir.path()), b"{not json").unwrap();
    assert!(load(dir.path(), &status(), Some(&list()), now()).is_none());
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
