//! The checks that run without the window: due expiry and grace reminders, every 30 minutes,
//! whether the window is open, hidden in the tray or started hidden with the session. The
//! first stands back for the window's own check at start (see [`start`]). The window's own
//! checks (after each list load) are unchanged; both record what they showed under the store
//! lock, so no reminder is shown twice. Must not: decide what is due (core's `expiry` and
//! `usage` do); its only server traffic is the usage refresh.

use std::future::Future;
use std::time::Duration;

use tauri::{AppHandle, Manager};
use tokio::sync::watch;

use crate::state::AppState;

/// How often the reminders are checked.
pub const CHECK_EVERY: Duration = Duration::from_secs(30 * 60);

/// How long the first check waits for the window's own to start (`notifications_check`,
/// which the window runs after its first list is loaded) before it runs itself.
pub const FIRST_CHECK_WAIT: Duration = Duration::from_secs(5);

/// How long the first check waits for a window check that has started to end (a slow
/// network: up to 200 usage requests); after that it runs itself anyway.
pub const WINDOW_CHECK_LONGEST: Duration = Duration::from_secs(120);

/// Where the window's first check is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WindowCheck {
    NotYet,
    Running,
    Done { ok: bool },
}

/// The window's check at start, which stands for the background loop's first when it
/// succeeds (the same work). Managed by the app; `notifications_check` holds a
/// [`WindowCheckRun`] while it runs.
#[derive(Debug)]
pub struct WindowChecked(watch::Sender<WindowCheck>);

impl Default for WindowChecked {
    fn default() -> Self {
        Self(watch::channel(WindowCheck::NotYet).0)
    }
}

impl WindowChecked {
    /// A window check starts; it counts once [`WindowCheckRun::finish`] says it succeeded
    /// (dropped without that, as when it panics, it counts as failed).
    pub fn started(&self) -> WindowCheckRun<'_> {
        self.0.send_if_modified(|now| match now {
            WindowCheck::NotYet => {
                *now = WindowCheck::Running;
                true
            }
            _ => false,
        });
        WindowCheckRun { window: self }
    }

    fn finished(&self, ok: bool) {
        self.0.send_if_modified(|now| match now {
            // A success is kept: a later failed check does not undo it.
            WindowCheck::Done { ok: true } => false,
            _ => {
                *now = WindowCheck::Done { ok };
                true
            }
        });
    }

    /// Whether the background loop must run its first check itself: no window check started
    /// within `wait`, or the one that did failed or took longer than `longest`.
    pub async fn first_check_needed(&self, wait: Duration, longest: Duration) -> bool {
        let mut seen = self.0.subscribe();
        let wait_until = tokio::time::Instant::now() + wait;
        let longest_until = tokio::time::Instant::now() + longest;
        loop {
            let now = *seen.borrow_and_update();
            let until = match now {
                WindowCheck::Done { ok } => return !ok,
                WindowCheck::NotYet => wait_until,
                WindowCheck::Running => longest_until,
            };
            match tokio::time::timeout_at(until, seen.changed()).await {
                Ok(Ok(())) => {}
                Ok(Err(_)) | Err(_) => return true,
            }
        }
    }
}

/// A window check in progress (see [`WindowChecked::started`]).
#[derive(Debug)]
pub struct WindowCheckRun<'a> {
    window: &'a WindowChecked,
}

impl WindowCheckRun<'_> {
    /// The check ended; `ok` when it did its work.
    pub fn finish(self, ok: bool) {
        self.window.finished(ok);
        // The drop that follows records a failure, which changes nothing now: a failure
        // replaces a failure, and a success is kept.
    }
}

impl Drop for WindowCheckRun<'_> {
    /// Unfinished (the command panicked or was dropped): a failed check.
    fn drop(&mut self) {
        self.window.finished(false);
    }
}

/// Starts the check loop once the state is open (call from the state's opening thread).
///
/// The first check does not run at once: at that moment the window is loading its first
/// screen, and the check (up to 200 usage requests, the cached list and usage read under the
/// store's lock) would compete with it for the CPU and the store (docs/performance.md).
/// A window check that succeeds stands for the first (the window runs one after its first
/// list is loaded, shown or hidden); without one (signed out, or a window that starts none
/// within [`FIRST_CHECK_WAIT`], or one that fails or runs past [`WINDOW_CHECK_LONGEST`])
/// the loop runs its own.
pub fn start(app: AppHandle) {
    let every = crate::hooks::check_interval().unwrap_or(CHECK_EVERY);
    tauri::async_runtime::spawn(async move {
        let window = app.try_state::<WindowChecked>();
        let app = &app;
        checks(window.as_deref(), every, move || async move {
            refresh_usage(app).await;
            check(app);
        })
        .await;
    });
}

/// The loop: the first check (unless the window's stands for it), then one every `every`.
/// The first wait is never longer than `every` (a test build's short interval).
async fn checks<F, Fut>(window: Option<&WindowChecked>, every: Duration, mut round: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = ()>,
{
    let first_needed = match window {
        Some(window) => {
            window
                .first_check_needed(FIRST_CHECK_WAIT.min(every), WINDOW_CHECK_LONGEST)
                .await
        }
        None => true,
    };
    if !first_needed {
        tokio::time::sleep(every).await;
    }
    loop {
        round().await;
        tokio::time::sleep(every).await;
    }
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
    use std::sync::{Arc, Mutex};

    use tokio::time::Instant;

    use super::*;

    const EVERY: Duration = Duration::from_secs(30 * 60);

    /// Runs the loop (checks every `every`) for `for_how_long` of paused, virtual time while
    /// the window does what `window_does` returns (its body runs before the loop starts),
    /// and returns when each round ran, in whole seconds after the start.
    async fn rounds<Fut>(
        every: Duration,
        for_how_long: Duration,
        window_does: impl FnOnce(Arc<WindowChecked>) -> Fut,
    ) -> Vec<u64>
    where
        Fut: Future<Output = ()> + Send + 'static,
    {
        let window = Arc::new(WindowChecked::default());
        let doing = window_does(Arc::clone(&window));
        let began = Instant::now();
        let ran = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&ran);
        let looping = tokio::spawn(async move {
            checks(Some(&*window), every, || {
                let seen = Arc::clone(&seen);
                async move {
                    seen.lock()
                        .expect("the rounds")
                        .push(began.elapsed().as_secs())
                }
            })
            .await;
        });
        tokio::spawn(doing);
        tokio::time::sleep(for_how_long).await;
        looping.abort();
        let mut ran = ran.lock().expect("the rounds");
        std::mem::take(&mut *ran)
    }

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[tokio::test(start_paused = true)]
    async fn a_window_check_that_succeeds_stands_for_the_first_round() {
        let ran = rounds(EVERY, EVERY + secs(10), |w| async move {
            tokio::time::sleep(secs(2)).await;
            let run = w.started();
            tokio::time::sleep(secs(1)).await;
            run.finish(true);
        })
        .await;
        // No round at start: the next is one interval after the window's check.
        assert_eq!(ran, vec![3 + EVERY.as_secs()]);
    }

    #[tokio::test(start_paused = true)]
    async fn without_a_window_check_the_loop_runs_its_own_after_the_wait_and_not_before() {
        let ran = rounds(EVERY, secs(60), |_| async {}).await;
        assert_eq!(ran, vec![FIRST_CHECK_WAIT.as_secs()]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_window_check_still_running_after_the_wait_is_waited_for_not_doubled() {
        let ran = rounds(EVERY, secs(120), |w| async move {
            tokio::time::sleep(secs(1)).await;
            let run = w.started();
            // A slow network: the window's usage refresh takes 30 s.
            tokio::time::sleep(secs(30)).await;
            run.finish(true);
        })
        .await;
        assert!(
            ran.is_empty(),
            "no round of its own beside the window's: {ran:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_failed_or_unfinished_window_check_leaves_the_first_round_to_the_loop() {
        let failed = rounds(EVERY, secs(60), |w| async move {
            tokio::time::sleep(secs(1)).await;
            w.started().finish(false);
        })
        .await;
        assert_eq!(failed, vec![1]);
        // As when the command panics: the run is dropped without finish().
        let dropped = rounds(EVERY, secs(60), |w| async move {
            tokio::time::sleep(secs(2)).await;
            drop(w.started());
        })
        .await;
        assert_eq!(dropped, vec![2]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_window_check_that_never_ends_stops_holding_the_loop_after_the_longest_wait() {
        let ran = rounds(EVERY, WINDOW_CHECK_LONGEST + secs(10), |w| async move {
            let _run = w.started();
            std::future::pending::<()>().await;
        })
        .await;
        assert_eq!(ran, vec![WINDOW_CHECK_LONGEST.as_secs()]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_check_made_before_the_loop_began_counts_and_a_later_failure_does_not_undo_it() {
        let ran = rounds(EVERY, secs(60), |w| {
            w.started().finish(true);
            w.started().finish(false);
            async {}
        })
        .await;
        assert!(ran.is_empty(), "{ran:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn a_short_test_interval_shortens_the_first_wait_too() {
        let ran = rounds(secs(2), secs(7), |_| async {}).await;
        assert_eq!(ran, vec![2, 4, 6]);
    }
}
