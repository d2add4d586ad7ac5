//! Tests of the token notes (`notes.rs`).

use super::*;

const SCRIPTIX_KEY: &str = "sk_live_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5hJ7kLm9n";

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn sample() -> TokenNotes {
    TokenNotes {
        description: "  Transcribes support calls.\r\nRotated yearly.  ".into(),
        environment: "production".into(),
        used_by: " call-center-ingest ".into(),
        owner: "ops@example.com".into(),
        updated_at: None,
    }
}

#[test]
fn notes_serialise_camel_case_for_the_ui() {
    let json = serde_json::to_value(TokenNotes::default()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"description": "", "environment": "", "usedBy": "", "owner": "", "updatedAt": null})
    );
}

#[test]
fn notes_are_saved_normalised_per_profile_and_token() {
    let store = Store::open_in_memory().unwrap();
    let id = TokenId::new("42");
    let saved = store
        .save_notes("p1", &id, &sample(), at("2026-05-01T10:00:00Z"))
        .unwrap();
    assert_eq!(
        saved.description,
        "Transcribes support calls.\nRotated yearly."
    );
    assert_eq!(saved.used_by, "call-center-ingest");
    let all = store.notes("p1").unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[&id], saved);
    assert_eq!(all[&id].updated_at, Some(at("2026-05-01T10:00:00Z")));
    assert!(store.notes("p2").unwrap().is_empty());

    let changed = TokenNotes {
        environment: "eu-canary".into(),
        ..sample()
    };
    store
        .save_notes("p1", &id, &changed, at("2026-05-02T10:00:00Z"))
        .unwrap();
    assert_eq!(store.notes("p1").unwrap()[&id].environment, "eu-canary");

    store
        .save_notes(
            "p1",
            &id,
            &TokenNotes::default(),
            at("2026-05-03T10:00:00Z"),
        )
        .unwrap();
    assert!(
        store.notes("p1").unwrap().is_empty(),
        "empty notes are removed"
    );
}

#[test]
fn a_key_in_any_field_is_refused_with_the_reason() {
    let store = Store::open_in_memory().unwrap();
    let notes = TokenNotes {
        used_by: format!("billing ({SCRIPTIX_KEY})"),
        ..sample()
    };
    let err = store
        .save_notes("p1", &TokenId::new("1"), &notes, Utc::now())
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert_eq!(err.field(), Some("usedBy"));
    assert_eq!(
        err.to_string(),
        "This looks like an API key; notes are stored unencrypted, so keys never go here."
    );
    assert!(store.notes("p1").unwrap().is_empty());
}

#[test]
fn long_values_and_control_characters_are_refused_per_field() {
    let long = TokenNotes {
        owner: "x".repeat(MAX_NOTE_CHARS + 1),
        ..TokenNotes::default()
    };
    let err = long.validate().unwrap_err();
    assert_eq!(err.field(), Some("owner"));
    assert!(err.to_string().contains("501"));
    let exactly = TokenNotes {
        owner: "é".repeat(MAX_NOTE_CHARS),
        ..TokenNotes::default()
    };
    assert!(exactly.validate().is_ok());

    let with = |description: &str, owner: &str| TokenNotes {
        description: description.into(),
        owner: owner.into(),
        ..TokenNotes::default()
    };
    assert_eq!(
        with("", "a\nb").validate().unwrap_err().field(),
        Some("owner")
    );
    assert_eq!(
        with("a\tb", "").validate().unwrap_err().field(),
        Some("description")
    );
    assert!(with("a\nb", "").validate().is_ok());
}

#[test]
fn the_filter_matches_any_field_in_any_case() {
    let notes = sample();
    assert!(notes_match(&notes, "CALL-CENTER"));
    assert!(notes_match(&notes, "production"));
    assert!(notes_match(&notes, "OPS@"));
    assert!(notes_match(&notes, "rotated"));
    assert!(notes_match(&notes, "  "));
    assert!(!notes_match(&notes, "staging"));
}

#[test]
fn forgetting_removes_one_token_or_a_whole_profile() {
    let store = Store::open_in_memory().unwrap();
    for (profile, id) in [("p1", "1"), ("p1", "2"), ("p2", "1")] {
        store
            .save_notes(profile, &TokenId::new(id), &sample(), Utc::now())
            .unwrap();
    }
    store.forget_notes("p1", &TokenId::new("1")).unwrap();
    assert_eq!(store.notes("p1").unwrap().len(), 1);
    store.forget_profile_notes("p1").unwrap();
    assert!(store.notes("p1").unwrap().is_empty());
    assert_eq!(store.notes("p2").unwrap().len(), 1);
}
