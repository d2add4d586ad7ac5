//! A rotation whose old key is still in use when its grace period ends (moved from
//! `usage.rs`): held, then completed once the key has gone quiet, in the real window.

use scriptix_keys_e2e::AppDirs;
use scriptix_sandbox::demo::{self, stories};

use crate::support::{Signed, click_row_action, row_id};

#[tokio::test(flavor = "multi_thread")]
async fn a_rotation_whose_old_key_is_still_in_use_at_grace_end_is_held_then_completed_once_quiet() {
    // "Recently used" = 48 hours: the seed used the nightly export's key 3 hours ago, so at
    // the end of a one-day grace period (27 hours later) it is still in use; two days after
    // that (75 hours) it has gone quiet.
    let dirs = AppDirs::new();
    dirs.write_profiles(
        serde_json::json!({ "profiles": [], "settings": { "recentUseHours": 48 } }),
    );
    let clock = crate::support::TestClock::new();
    let clock_file = clock.path();
    let Signed {
        sandbox,
        dirs,
        app,
        server_dir: _server_dir,
    } = crate::support::signed_in_to_sandbox_with(
        demo::ADMIN_EMAIL,
        dirs,
        &[("SCRIPTIX_KEYS_TEST_CLOCK_FILE", &clock_file)],
    )
    .await;
    let profile = crate::profile_id(&dirs);
    let old_id = row_id(&app, stories::RETIRING_IN_USE).await;
    click_row_action(&app, &old_id, "row-rotate").await;
    app.click("rotation-grace-oneDay").await;
    app.click("rotation-auto-delete").await;
    app.click("rotation-submit").await;
    let (new_id, _key) =
        crate::rotation::revealed_key(&app, &profile, sandbox.url(), "batch").await;
    app.click("rotation-continue").await;
    app.click("rotation-done").await;

    clock.set_days(1.05);
    app.click("refresh-button").await;
    let banner = app
        .wait_text("rotation-held-banner-text", |t| {
            t.contains(stories::RETIRING_IN_USE)
        })
        .await;
    assert!(
        banner.contains(&format!(
            "Still in use from {}",
            stories::RETIRING_IN_USE_IP
        )),
        "{banner}"
    );
    let ids = crate::support::server_ids(sandbox.url()).await;
    assert!(
        ids.contains(&old_id) && ids.contains(&new_id),
        "held: the old token is kept"
    );
    app.click("rotation-held-show").await;
    let said = app
        .wait_text("expiry-rotation-in-use", |t| t.contains(" ago"))
        .await;
    assert!(said.contains(stories::RETIRING_IN_USE_IP), "{said}");
    app.id("expiry-wait-day").await;
    app.id("expiry-delete-anyway").await;
    app.screenshot("rotation-held").await;

    // Two days later the key has gone quiet: the next load completes the rotation.
    clock.set_days(3.0);
    app.click("refresh-button").await;
    app.wait_text("auto-deleted-banner-text", |t| {
        t.contains(stories::RETIRING_IN_USE)
    })
    .await;
    let ids = crate::support::server_ids(sandbox.url()).await;
    assert!(!ids.contains(&old_id) && ids.contains(&new_id));
    app.quit().await;
}
