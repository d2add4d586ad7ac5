//! The checks that run without the window: due expiry and grace reminders, on start and
//! every 30 minutes, whether the window is open, hidden in the tray or started hidden with
//! the session. The window's own checks (after each list load) are unchanged; both record
//! what they showed under the store lock, so no reminder is shown twice. Must not: decide
//! what is due (core's `expiry` and `usage` do); its only server traffic is the usage refresh.

use std::time::Duration;

use tauri::{AppHandle, Manager};

use crate::state::AppState;

/// How often the reminders are checked.
pub const CHECK_EVERY: Duration = Duration::from_secs(30 * 60);

/// Starts the check loop once the state is open (call from the state's opening thread).
pub fn start(app: AppHandle) {
    let every = crate::hooks::check_interval().unwrap_or(CHECK_EVERY);
    tauri::async_runtime::spawn(async move {
        loop {
            refresh_usage(&app).await;
            check(&app);
            tokio::time::sleep(every).await;
        }
    });
}

/// Refreshes the usage reports the anomaly hints are computed from (a few requests at a
/// time, the stalest first); a failure only means the hints are as old as the cache.
async fn refresh_usage(app: &AppHandle) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    if let Err(error) = state.workspace.usage_refresh_all().await {
        tracing::info!(?error, "usage could not be refreshed in the background");
    }
}

fn check(app: &AppHandle) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    // A check that fails is tried again next time; nothing was recorded as shown.
    if let Err(error) = state.check_notifications(app) {
        tracing::warn!(?error, "the background reminder check failed");
    }
}
