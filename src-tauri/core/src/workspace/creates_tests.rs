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
        let text = message("Deploy <b>", outcome, refused);
        assert!(text.contains("“Deploy <b>”"), "{text}");
        assert!(text.contains(says), "{text}");
    }
}
