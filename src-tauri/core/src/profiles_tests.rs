#![allow(clippy::unwrap_used)]

use serde_json::json;

use super::*;
use crate::settings::DEFAULT_EXPIRY_THRESHOLDS;

fn input(name: &str, url: &str) -> ProfileInput {
    ProfileInput {
        id: None,
        name: name.to_owned(),
        base_url: url.to_owned(),
        username: " dev@x.y ".to_owned(),
    }
}

#[test]
fn a_missing_file_loads_as_defaults_with_a_30_second_clipboard() {
    let dir = tempfile::tempdir().unwrap();
    let file = ProfilesFile::load(&dir.path().join("profiles.json")).unwrap();
    assert_eq!(file, ProfilesFile::default());
    assert_eq!(file.settings.clipboard_clear_seconds, Some(30));
}

#[test]
fn profiles_round_trip_through_an_atomic_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config").join("profiles.json");
    let mut file = ProfilesFile::default();
    let profile = file
        .upsert(input(" Work ", "https://api.scriptix.io"))
        .unwrap();
    file.settings.clipboard_clear_seconds = None;
    file.save(&path).unwrap();
    assert!(!path.with_file_name("profiles.json.tmp").exists());
    let loaded = ProfilesFile::load(&path).unwrap();
    assert_eq!(loaded, file);
    assert_eq!(
        loaded.active_profile_id.as_deref(),
        Some(profile.id.as_str())
    );
    assert_eq!(profile.name, "Work");
    assert_eq!(profile.username, "dev@x.y");
    assert_eq!(profile.base_url, "https://api.scriptix.io/");
}

#[test]
fn the_file_is_camel_case_with_null_meaning_never_clear() {
    let mut file = ProfilesFile::default();
    file.upsert(input("Work", "https://api.scriptix.io"))
        .unwrap();
    file.settings.clipboard_clear_seconds = None;
    let value = serde_json::to_value(&file).unwrap();
    assert_eq!(
        value["settings"],
        json!({"clipboardClearSeconds": null, "expiryThresholds": [30, 14, 7, 1, 0], "notifyExpiry": true,
            "keepInTray": false, "trayExplained": false, "updateEndpoint": null, "language": "system", "recentUseHours": 24})
    );
    assert_eq!(
        value["profiles"][0]["baseUrl"],
        json!("https://api.scriptix.io/")
    );
    assert_eq!(value["profiles"][0]["demo"], json!(false));
    assert!(value["activeProfileId"].is_string());
}

#[test]
fn a_corrupt_file_is_set_aside_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profiles.json");
    std::fs::write(&path, b"{\"profiles\": [").unwrap();
    let err = ProfilesFile::load(&path).unwrap_err();
    let ProfileError::Corrupt { kept_at } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(kept_at, &dir.path().join("profiles.json.corrupt"));
    assert!(kept_at.exists());
    assert!(!path.exists());
    assert!(err.to_string().contains("set aside"));
    assert_eq!(ProfilesFile::load(&path).unwrap(), ProfilesFile::default());
}

#[test]
fn upsert_validates_name_and_base_url_and_names_the_field() {
    let mut file = ProfilesFile::default();
    let err = file.upsert(input("  ", "https://a.b")).unwrap_err();
    assert_eq!(
        (err.kind(), err.field()),
        (ErrorKind::InvalidInput, Some("name"))
    );
    let err = file
        .upsert(input(&"é".repeat(61), "https://a.b"))
        .unwrap_err();
    assert!(matches!(err, ProfileError::NameTooLong { chars: 61 }));
    assert!(file.upsert(input(&"é".repeat(60), "https://a.b")).is_ok());
    let err = file.upsert(input("x", "http://example.com")).unwrap_err();
    assert_eq!(err.field(), Some("baseUrl"));
}

#[test]
fn upsert_with_an_id_updates_in_place_and_an_unknown_id_is_refused() {
    let mut file = ProfilesFile::default();
    let first = file.upsert(input("One", "https://a.b")).unwrap();
    let second = file.upsert(input("Two", "http://127.0.0.1:8080")).unwrap();
    assert_ne!(first.id, second.id);
    assert_eq!(first.id.len(), 12);
    assert!(first.id.chars().all(|c| c.is_ascii_hexdigit()));
    let edited = file
        .upsert(ProfileInput {
            id: Some(first.id.clone()),
            ..input("Renamed", "https://c.d")
        })
        .unwrap();
    assert_eq!(edited.id, first.id);
    assert_eq!(file.profiles.len(), 2);
    assert_eq!(file.get(&first.id).unwrap().name, "Renamed");
    let err = file
        .upsert(ProfileInput {
            id: Some("nope".into()),
            ..input("x", "https://a.b")
        })
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
}

#[test]
fn removing_the_active_profile_unselects_it() {
    let mut file = ProfilesFile::default();
    let profile = file.upsert(input("One", "https://a.b")).unwrap();
    assert_eq!(file.active().unwrap().id, profile.id);
    assert!(file.remove(&profile.id).is_some());
    assert!(file.active_profile_id.is_none());
    assert!(file.remove(&profile.id).is_none());
    assert!(file.select(&profile.id).is_err());
}

#[test]
fn the_demo_profile_is_created_once_and_follows_the_sandbox_url() {
    let mut file = ProfilesFile::default();
    let first = file
        .upsert_demo("http://127.0.0.1:4000", "dev@demo.scriptix.test")
        .unwrap();
    let again = file
        .upsert_demo("http://127.0.0.1:5000", "dev@demo.scriptix.test")
        .unwrap();
    assert!(first.demo);
    assert_eq!(first.id, again.id);
    assert_eq!(again.base_url, "http://127.0.0.1:5000/");
    assert_eq!(file.profiles.len(), 1);
}

#[test]
fn an_older_file_without_settings_or_demo_flags_still_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profiles.json");
    std::fs::write(
        &path,
        br#"{"profiles":[{"id":"ab","name":"n","baseUrl":"https://a.b/","username":"u"}]}"#,
    )
    .unwrap();
    let file = ProfilesFile::load(&path).unwrap();
    assert!(!file.profiles[0].demo);
    assert_eq!(file.settings.clipboard_clear_seconds, Some(30));
}

#[test]
fn a_settings_file_from_before_expiry_reminders_loads_with_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profiles.json");
    std::fs::write(
        &path,
        r#"{"profiles": [], "settings": {"clipboardClearSeconds": 45}}"#,
    )
    .unwrap();
    let settings = ProfilesFile::load(&path).unwrap().settings;
    assert_eq!(settings.clipboard_clear_seconds, Some(45));
    assert_eq!(settings.expiry_thresholds, DEFAULT_EXPIRY_THRESHOLDS);
    assert!(settings.notify_expiry);
    let partial: Settings = serde_json::from_value(json!({"notifyExpiry": false})).unwrap();
    assert!(!partial.notify_expiry);
    assert_eq!(partial.clipboard_clear_seconds, Some(30));
}

fn with_thresholds(days: &[u32]) -> Result<Settings, ProfileError> {
    Settings {
        expiry_thresholds: days.to_vec(),
        ..Settings::default()
    }
    .validated()
}

#[test]
fn expiry_thresholds_are_saved_largest_first() {
    assert_eq!(
        with_thresholds(&[0, 7, 365, 1]).unwrap().expiry_thresholds,
        [365, 7, 1, 0]
    );
    assert!(with_thresholds(&[]).unwrap().expiry_thresholds.is_empty());
    assert_eq!(
        with_thresholds(&[8, 7, 6, 5, 4, 3, 2, 1])
            .unwrap()
            .expiry_thresholds
            .len(),
        8
    );
}

#[test]
fn bad_expiry_thresholds_are_refused_naming_the_field() {
    for (days, says) in [
        (vec![366], "at most 365 days before expiry (366 was given)"),
        (vec![7, 1, 7], "7 appears twice"),
        (
            vec![9, 8, 7, 6, 5, 4, 3, 2, 1],
            "at most 8 reminder days (9 were given)",
        ),
    ] {
        let err = with_thresholds(&days).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput);
        assert_eq!(err.field(), Some("expiryThresholds"));
        assert!(err.to_string().contains(says), "{err}");
    }
}

#[test]
fn the_update_server_must_be_https_or_this_computer_and_empty_means_off() {
    let with = |url: &str| {
        Settings {
            update_endpoint: Some(url.to_owned()),
            ..Settings::default()
        }
        .validated()
    };
    assert_eq!(Settings::default().update_endpoint, None, "off by default");
    assert_eq!(with("  ").unwrap().update_endpoint, None);
    assert_eq!(
        with(" https://updates.example/scriptix-keys/latest.json ")
            .unwrap()
            .update_endpoint
            .as_deref(),
        Some("https://updates.example/scriptix-keys/latest.json")
    );
    assert!(with("http://127.0.0.1:8123/latest.json").is_ok());
    for bad in [
        "http://updates.example/latest.json",
        "ftp://updates.example/latest.json",
        "updates.example/latest.json",
        "https://user:pw@updates.example/latest.json",
    ] {
        match with(bad) {
            Err(ProfileError::InvalidSetting { field, .. }) => {
                assert_eq!(field, "updateEndpoint", "{bad}")
            }
            other => panic!("{bad}: {other:?}"),
        }
    }
}

#[test]
fn the_tray_explanation_is_remembered_whatever_the_window_saves() {
    let settings: Settings = serde_json::from_value(json!({"keepInTray": true})).unwrap();
    assert!(settings.keep_in_tray);
    assert!(!settings.tray_explained);
    assert!(!Settings::default().keep_in_tray, "off by default");
}

#[test]
fn recently_used_is_24_hours_by_default_and_between_1_and_720() {
    assert_eq!(Settings::default().recent_use_hours, 24);
    let old: Settings = serde_json::from_str("{}").unwrap();
    assert_eq!(
        old.recent_use_hours, 24,
        "settings saved before this keep the default"
    );
    let with = |hours: u32| {
        Settings {
            recent_use_hours: hours,
            ..Settings::default()
        }
        .validated()
    };
    assert_eq!(with(1).unwrap().recent_use_hours, 1);
    assert_eq!(with(720).unwrap().recent_use_hours, 720);
    for bad in [0, 721] {
        let err = with(bad).unwrap_err();
        assert_eq!(err.field(), Some("recentUseHours"));
        assert!(err.to_string().contains("between 1 and 720 hours"), "{err}");
    }
}
