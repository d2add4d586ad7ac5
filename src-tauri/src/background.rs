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

/// How long the first check waits for the window's own (`notifications_check`, which the
/// window runs once its first list is on screen and refreshed) before it runs itself.
pub const FIRST_CHECK_WAIT: Duration = Duration::from_secs(5);

/// The window's check has run: the background's first one is not needed (it would do the
/// same work). Managed by the app; `notifications_check` calls [`WindowChecked::note`].
#[derive(Debug, Default)]
pub struct WindowChecked(tokio::sync::Notify);

impl WindowChecked {
    /// The window ran a check (kept if nobody waits yet).
    pub fn note(&self) {
        self.0.notify_one();
    }

    /// Whether the window ran a check before `wait` passed (or before this was called).
    pub async fn within(&self, wait: Duration) -> bool {
        tokio::time::timeout(wait, self.0.notified()).await.is_ok()
    }
}

/// Starts the check loop once the state is open (call from the state's opening thread).
///
/// The first check does not run at once: at that moment the window is loading its first
/// screen, and the check (up to 200 usage requests, the cached list and usage read under the
/// store's lock) would compete with it for the CPU and the store (docs/performance.md).
/// When the window runs its own check, which it does after its first list, that one stands
/// for the first; without one (started hidden, signed out) the loop's own runs after
/// [`FIRST_CHECK_WAIT`].
pub fn start(app: AppHandle) {
    let every = crate::hooks::check_interval().unwrap_or(CHECK_EVERY);
    tauri::async_runtime::spawn(async move {
        let window_checked = match app.try_state::<WindowChecked>() {
            Some(window) => window.within(FIRST_CHECK_WAIT).await,
            None => false,
        };
        if window_checked {
            tokio::time::sleep(every).await;
        }
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

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("a runtime")
    }

    #[test]
    fn a_window_check_made_before_the_wait_began_stands_for_the_first_check() {
        let window = WindowChecked::default();
        window.note();
        let started = Instant::now();
        assert!(runtime().block_on(window.within(Duration::from_secs(5))));
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "it did not wait"
        );
    }

    #[test]
    fn a_window_check_during_the_wait_ends_it_at_once() {
        let window = std::sync::Arc::new(WindowChecked::default());
        let rt = runtime();
        let started = Instant::now();
        let checked = rt.block_on(async {
            let noter = std::sync::Arc::clone(&window);
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_millis(50)).await;
                noter.note();
            });
            window.within(Duration::from_secs(5)).await
        });
        assert!(checked);
        let waited = started.elapsed();
        assert!(
            waited >= Duration::from_millis(50) && waited < Duration::from_secs(2),
            "{waited:?}"
        );
    }

    #[test]
    fn without_a_window_check_the_loop_runs_its_own_after_the_wait_and_not_before() {
        let window = WindowChecked::default();
        let started = Instant::now();
        assert!(!runtime().block_on(window.within(Duration::from_millis(200))));
        assert!(started.elapsed() >= Duration::from_millis(200));
    }

    #[test]
    fn one_window_check_stands_for_one_first_check_only() {
        let window = WindowChecked::default();
        window.note();
        window.note();
        let rt = runtime();
        assert!(rt.block_on(window.within(Duration::from_millis(10))));
        // notify_one keeps one permit, not a count: a later start waits again.
        assert!(!rt.block_on(window.within(Duration::from_millis(50))));
    }

    #[test]
    fn the_first_check_waits_long_enough_for_the_window_and_far_less_than_the_interval() {
        assert!(FIRST_CHECK_WAIT >= Duration::from_secs(3));
        assert!(FIRST_CHECK_WAIT * 10 < CHECK_EVERY);
    }
}
