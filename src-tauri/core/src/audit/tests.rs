//! Audit entries: each action serialises as one code that round-trips, and secrets are scrubbed
//! from an entry on the way in.

use super::*;

#[test]
fn actions_serialise_as_one_code_that_round_trips() {
    let export = AuditAction::Export {
        format: ExportFormat::BitwardenCsv,
    };
    assert_eq!(
        serde_json::to_value(&export).unwrap(),
        serde_json::json!("export:bitwardenCsv")
    );
    assert_eq!(
        serde_json::to_value(AuditAction::RotationStep).unwrap(),
        serde_json::json!("rotationStep")
    );
    let mut all = AuditAction::SIMPLE.to_vec();
    all.extend(ExportFormat::ALL.map(|format| AuditAction::Export { format }));
    all.push(AuditAction::Export {
        format: ExportFormat::KeepassDatabase,
    });
    assert_eq!(all.len(), 21);
    for action in all {
        let json = serde_json::to_string(&action).unwrap();
        assert_eq!(serde_json::from_str::<AuditAction>(&json).unwrap(), action);
        assert!(action.code().starts_with(action.name()));
    }
    assert_eq!(AuditAction::from_code("teleport"), AuditAction::Unknown);
    assert_eq!(AuditAction::from_code("export:pdf"), AuditAction::Unknown);
    assert_eq!(AuditAction::from_code("export"), AuditAction::Unknown);
}

#[test]
fn entries_are_scrubbed_on_the_way_in() {
    let key = "sk_live_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5hJ7k";
    let password = Secret::new("correct horse".to_owned());
    let entry = AuditEntry::new(
        Utc::now(),
        "p1",
        "dana@example.com",
        AuditAction::Copy,
        AuditOutcome::Success,
    )
    .with_token(&TokenId::new("42"), Some(&format!("named {key}")))
    .with_detail(&format!("used {key} and correct horse"), &[&password]);
    assert_eq!(entry.detail(), "used *** and ***");
    assert_eq!(entry.token_name(), Some("named ***"));
    assert!(!format!("{entry:?}").contains("sk_live_"));
}
