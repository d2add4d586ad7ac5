//! Expiry reminders through the workspace, against the seeded sandbox, with a manual clock
//! moved over weeks (the sandbox keeps real time: only the app's notion of "now" moves).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::sandboxed::{demo_sandbox, sign_in_to, workspace_paths};
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use scriptix_keys_core::api::ClientOptions;
use scriptix_keys_core::clock::{Clock, ManualClock};
use scriptix_keys_core::expiry::{Notice, NoticeKind, days_left};
use scriptix_keys_core::rotation::{Grace, RotationPlan};
use scriptix_keys_core::settings::Settings;
use scriptix_keys_core::workspace::Workspace;
use scriptix_keys_core::{MemoryStore, Vault};
use scriptix_sandbox::SandboxHandle;
use tempfile::TempDir;

struct Fixture {
    sandbox: SandboxHandle,
    dir: TempDir,
    memory: Arc<MemoryStore>,
    clock: Arc<ManualClock>,
}

impl Fixture {
    async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let sandbox = demo_sandbox(dir.path()).await;
        Self {
            sandbox,
            dir,
            memory: Arc::new(MemoryStore::new()),
            clock: Arc::new(ManualClock::new(Utc::now())),
        }
    }

    fn open(&self) -> Workspace {
        let paths = workspace_paths(self.dir.path());
        Workspace::open(
            paths,
            Vault::new(self.memory.clone()),
            ClientOptions::default(),
        )
        .unwrap()
        .with_clock(self.clock.clone())
    }

    async fn signed_in(&self) -> Workspace {
        let workspace = self.open();
        sign_in_to(&workspace, self.sandbox.url(), "Sandbox").await;
        workspace.refresh_tokens().await.unwrap();
        workspace
    }
}

async fn create(workspace: &Workspace, name: &str) -> (String, DateTime<Utc>) {
    let created =
        serde_json::to_value(workspace.create_token(name, "batch", 1).await.unwrap()).unwrap();
    workspace.close_reveal();
    let expires = created["token"]["expiresAt"].as_str().unwrap();
    (
        created["token"]["id"].as_str().unwrap().to_owned(),
        DateTime::parse_from_rfc3339(expires)
            .unwrap()
            .with_timezone(&Utc),
    )
}

/// Shows what is due, the OS accepting every reminder.
fn take(workspace: &Workspace) -> Vec<Notice> {
    workspace.show_due_notifications(|_| true).unwrap()
}

fn about<'a>(notices: &'a [Notice], token_id: &str) -> Vec<&'a Notice> {
    notices.iter().filter(|n| n.token_id == token_id).collect()
}

/// What the badge should be, counted independently from the cached list.
fn expected_badge(
    workspace: &Workspace,
    now: DateTime<Utc>,
    horizon: i64,
    due_rotations: u32,
) -> u32 {
    let tokens = workspace.cached_tokens().unwrap().unwrap().tokens;
    let expiring = tokens
        .iter()
        .filter(|t| t.expires_at.is_some_and(|at| days_left(at, now) <= horizon))
        .count();
    u32::try_from(expiring).unwrap() + due_rotations
}

#[tokio::test]
async fn each_reminder_of_a_token_is_shown_once_as_the_clock_crosses_its_thresholds() {
    let f = Fixture::new().await;
    let workspace = f.signed_in().await;
    // The seed has expired and soon-expiring tokens: they are reminded of once, at once.
    let first = take(&workspace);
    assert!(!first.is_empty());
    assert!(first.iter().all(|n| n.kind == NoticeKind::Expiry));
    assert!(take(&workspace).is_empty());
    let badge = workspace.expiry_badge().unwrap();
    assert!(badge > 0);
    assert_eq!(badge, expected_badge(&workspace, f.clock.now(), 30, 0));

    let (id, expires) = create(&workspace, "Reminded").await;
    assert!(about(&take(&workspace), &id).is_empty());
    // Day by day until two days after expiry, reopening the app half-way.
    let mut fired = Vec::new();
    let mut workspace = workspace;
    f.clock.set(expires - Duration::days(31));
    let mut reopened = false;
    while f.clock.now() < expires + Duration::days(2) {
        f.clock.advance(Duration::hours(12));
        let notices = take(&workspace);
        fired.extend(about(&notices, &id).into_iter().cloned());
        if !reopened && f.clock.now() > expires - Duration::days(10) {
            drop(workspace);
            workspace = f.open();
            reopened = true;
        }
    }
    let thresholds: Vec<u32> = fired.iter().map(|n| n.threshold).collect();
    assert_eq!(thresholds, [30, 14, 7, 1, 0]);
    assert!(
        fired[0]
            .body
            .starts_with("'Reminded' expires in 30 days (on ")
    );
    assert_eq!(fired[4].title, "A Scriptix key expires today");
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn reminders_follow_the_settings_and_deleted_tokens_are_not_reminded_of() {
    let f = Fixture::new().await;
    let workspace = f.signed_in().await;
    take(&workspace);
    let (kept, expires) = create(&workspace, "Kept").await;
    let (deleted, _) = create(&workspace, "Deleted").await;
    workspace
        .delete_tokens(vec![deleted.clone()])
        .await
        .unwrap();

    // Off: nothing is shown, and nothing is recorded as shown either.
    let off = Settings {
        notify_expiry: false,
        ..Settings::default()
    };
    workspace.save_settings(off).unwrap();
    f.clock.set(expires - Duration::days(20));
    assert!(take(&workspace).is_empty());

    // On again with other days (saved largest first).
    let custom = Settings {
        expiry_thresholds: vec![3, 21],
        ..Settings::default()
    };
    let status = workspace.save_settings(custom).unwrap();
    assert_eq!(status.settings.expiry_thresholds, [21, 3]);
    let notices = take(&workspace);
    assert_eq!(about(&notices, &kept)[0].threshold, 21);
    assert!(about(&notices, &deleted).is_empty());
    f.clock.set(expires - Duration::days(2));
    let notices = take(&workspace);
    assert_eq!(about(&notices, &kept)[0].threshold, 3);
    f.clock.set(expires + Duration::days(1));
    assert!(about(&take(&workspace), &kept).is_empty());
    // The badge looks as far ahead as the largest threshold (21 days), not 30.
    assert_eq!(
        workspace.expiry_badge().unwrap(),
        expected_badge(&workspace, f.clock.now(), 21, 0)
    );

    let bad = Settings {
        expiry_thresholds: vec![400],
        ..Settings::default()
    };
    let err = workspace.save_settings(bad).unwrap_err();
    assert_eq!(err.field(), Some("expiryThresholds"));
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_retiring_rotation_is_reminded_of_before_and_at_the_end_of_its_grace_period() {
    let f = Fixture::new().await;
    let workspace = f.signed_in().await;
    let (old, _) = create(&workspace, "Rotated").await;
    take(&workspace);
    let plan = RotationPlan {
        grace: Grace::SevenDays,
        auto_delete: false,
        ..RotationPlan::default()
    };
    let planned = workspace
        .rotation_plan(std::slice::from_ref(&old), &plan)
        .await
        .unwrap();
    let advanced = workspace.rotation_advance(&planned[0].id).await.unwrap();
    workspace.close_reveal();
    let grace_until = advanced.rotation.grace_until;
    workspace.refresh_tokens().await.unwrap();
    assert!(about(&take(&workspace), &old).is_empty());

    let before = workspace.expiry_badge().unwrap();
    f.clock.set(grace_until - Duration::hours(20));
    let notices = take(&workspace);
    let day_before = about(&notices, &old);
    assert_eq!(day_before.len(), 1);
    assert_eq!(
        (day_before[0].kind, day_before[0].threshold),
        (NoticeKind::GraceEnd, 1)
    );
    assert!(day_before[0].body.contains("then delete 'Rotated'"));
    f.clock.set(grace_until + Duration::minutes(1));
    let notices = take(&workspace);
    let ended = about(&notices, &old);
    assert_eq!((ended.len(), ended[0].threshold), (1, 0));
    assert!(ended[0].body.contains("ended on"));
    assert!(about(&take(&workspace), &old).is_empty());
    assert_eq!(
        workspace.expiry_badge().unwrap(),
        expected_badge(&workspace, f.clock.now(), 30, 1)
    );
    assert!(workspace.expiry_badge().unwrap() >= before);
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_reminder_the_os_refused_is_not_marked_sent_and_comes_back_at_the_next_check() {
    let f = Fixture::new().await;
    let workspace = f.signed_in().await;
    let mut offered = Vec::new();
    let accepted = workspace
        .show_due_notifications(|n| {
            offered.push(n.clone());
            false
        })
        .unwrap();
    assert!(accepted.is_empty());
    assert!(offered.len() >= 2, "the seed has several tokens expiring");
    // The OS takes only the first one this time: the others stay due.
    let mut first = true;
    let accepted = workspace
        .show_due_notifications(|_| std::mem::replace(&mut first, false))
        .unwrap();
    assert_eq!(accepted, offered[..1]);
    assert_eq!(take(&workspace), offered[1..]);
    assert!(take(&workspace).is_empty());
    f.sandbox.shutdown().await;
}

#[tokio::test]
async fn two_concurrent_checks_never_show_the_same_reminder_twice() {
    let f = Fixture::new().await;
    let workspace = Arc::new(f.signed_in().await);
    let mut due = Vec::new();
    let none = workspace
        .show_due_notifications(|n| {
            due.push(n.clone());
            false
        })
        .unwrap();
    assert!(none.is_empty() && !due.is_empty());
    let shown = Arc::new(std::sync::Mutex::new(Vec::new()));
    let callers: Vec<_> = (0..2)
        .map(|_| {
            let workspace = workspace.clone();
            let shown = shown.clone();
            std::thread::spawn(move || {
                workspace
                    .show_due_notifications(|n| {
                        // A slow notification service widens the window between take and record.
                        std::thread::sleep(std::time::Duration::from_millis(20));
                        shown.lock().unwrap().push(n.clone());
                        true
                    })
                    .unwrap()
            })
        })
        .collect();
    let accepted: usize = callers.into_iter().map(|c| c.join().unwrap().len()).sum();
    let shown = shown.lock().unwrap().clone();
    assert_eq!(shown, due, "each reminder shown exactly once");
    assert_eq!(accepted, due.len());
    f.sandbox.shutdown().await;
}
