//! Unit tests of the reconciliation rule and the messages of interrupted creates.
#![allow(clippy::unwrap_used)]

use super::*;
use crate::model::TokenType;
use chrono::Duration;

fn token(id: &str, name: &str, at: DateTime<Utc>) -> RemoteToken {
    RemoteToken {
        id: TokenId::new(id),
        name: Some(name.to_owned()),
        token_type: TokenType::Batch,
        created_at: Some(at),
        expires_at: None,
    }
}

fn intent(stage: CreateStage, token_id: Option<&str>, started: DateTime<Utc>) -> CreateIntent {
    CreateIntent {
        id: 1,
        profile_id: "p".into(),
        name: "CI".into(),
        token_type: TokenType::Batch,
        years: 1,
        started_at: started,
        before_ids: vec![TokenId::new("old")],
        stage,
        token_id: token_id.map(TokenId::new),
        updated_at: started + Duration::seconds(5),
    }
}

#[test]
fn a_recorded_id_is_the_only_token_an_answered_create_can_claim() {
    let now = Utc::now();
    let i = intent(CreateStage::Answered, Some("ours"), now);
    let list = [token("theirs", "CI", now), token("ours", "CI", now)];
    assert_eq!(
        reconcile(&i, &list),
        (InterruptedOutcome::KeyLost, Some(TokenId::new("ours")))
    );
    // Ours is gone; a same-name token someone else made meanwhile is never adopted.
    assert_eq!(reconcile(&i, &list[..1]), (InterruptedOutcome::Gone, None));
}

#[test]
fn an_unanswered_create_claims_only_one_new_token_with_its_exact_name_made_in_the_window() {
    let now = Utc::now();
    let i = intent(CreateStage::Sent, None, now);
    let listed_before = token("old", "CI", now);
    let other_name = token("x", "CI 2", now);
    let long_before = token("y", "CI", now - Duration::hours(3));
    let long_after = token("z", "CI", now + Duration::hours(3));
    let base = vec![listed_before, other_name, long_before, long_after];
    assert_eq!(reconcile(&i, &base), (InterruptedOutcome::NotCreated, None));
    let mut one = base.clone();
    one.push(token("new", "CI", now + Duration::seconds(1)));
    assert_eq!(
        reconcile(&i, &one),
        (InterruptedOutcome::KeyLost, Some(TokenId::new("new")))
    );
    let mut two = one;
    two.push(token("someone-else", "CI", now + Duration::seconds(2)));
    assert_eq!(reconcile(&i, &two), (InterruptedOutcome::Ambiguous, None));
}

#[test]
fn every_message_names_the_token_and_says_what_happened() {
    let cases = [
        (
            InterruptedOutcome::KeyLost,
            false,
            "never reached this device",
        ),
        (InterruptedOutcome::KeyLost, true, "vault had refused"),
        (InterruptedOutcome::NotCreated, false, "was not created"),
        (InterruptedOutcome::Gone, false, "no longer exists"),
        (InterruptedOutcome::Ambiguous, false, "nothing was deleted"),
    ];
    for (outcome, refused, says) in cases {
        let text = message("Deploy <b>", outcome, refused).to_string();
        assert!(text.contains("“Deploy <b>”"), "{text}");
        assert!(text.contains(says), "{text}");
    }
}

#[test]
fn every_message_keeps_its_english_text_and_reads_in_dutch() {
    use crate::i18n::{Catalogue, Language};

    let start = "Scriptix Keys was interrupted while creating “CI”.";
    let cases = [
        (
            InterruptedOutcome::KeyLost,
            true,
            "Scriptix Keys closed while showing the new key of “CI”, which the vault had refused. That key is lost and cannot be shown again — delete the token?".to_owned(),
            "weigerde",
        ),
        (
            InterruptedOutcome::KeyLost,
            false,
            format!("{start} The token exists but its key never reached this device — delete it?"),
            "verwijderen?",
        ),
        (
            InterruptedOutcome::NotCreated,
            false,
            format!("{start} The token was not created; nothing changed on Scriptix."),
            "niet gemaakt",
        ),
        (
            InterruptedOutcome::Gone,
            false,
            format!("{start} That token no longer exists on Scriptix; nothing is left to do."),
            "bestaat niet meer",
        ),
        (
            InterruptedOutcome::Ambiguous,
            false,
            format!("{start} More than one token with that name appeared on Scriptix around then and it cannot tell which one it made, so nothing was deleted. Check them in the list."),
            "niets verwijderd",
        ),
    ];
    let dutch = Catalogue::new(Language::Nl);
    for (outcome, refused, english, dutch_says) in cases {
        let coded = message("CI", outcome, refused);
        assert_eq!(coded.to_string(), english);
        let nl = dutch.format_coded(&coded);
        assert!(nl.contains("“CI”") && nl.contains(dutch_says), "{nl}");
    }
    let not_deleted = Coded::new("interrupted-not-deleted")
        .arg("name", "CI")
        .arg("reason", Coded::new("interrupted-no-answer"));
    assert_eq!(
        not_deleted.to_string(),
        "Could not delete “CI”: no answer from Scriptix."
    );
    assert_eq!(
        Coded::new("interrupted-kept").arg("name", "CI").to_string(),
        "Kept “CI”. Its key is not on this device, so nothing here can use it."
    );
    assert_eq!(
        Coded::new("interrupted-deleted")
            .arg("name", "CI")
            .to_string(),
        "Deleted “CI” on Scriptix."
    );
    assert!(
        dutch
            .format_coded(&not_deleted)
            .starts_with("Kon “CI” niet verwijderen")
    );
}
