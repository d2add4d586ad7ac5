//! Serving the next start's first frame (core `first_frame`; docs/first-frame.md).
//!
//! The app's assets are wrapped: `index.html` is served with the kept frame in place of the
//! boot line when the state, opened in the background before the page asks, found the frame
//! still true. Served once: a reload (a web process that crashed) gets the plain page, as
//! the state may have moved on since. The page's request waits for that decision for at
//! most [`WAIT`]; a state still opening by then (a vault prompt) means the plain page.

use std::borrow::Cow;
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use scriptix_keys_core::first_frame::{self, BasisView, Context, Frame, FrameInput};
use tauri::utils::assets::{AssetKey, AssetsIter, CspHash};
use tauri::{App, AppHandle, Assets, Manager, Runtime};

/// How long `index.html` waits for the state's decision (it is usually made ~50 ms before).
const WAIT: Duration = Duration::from_millis(120);

#[derive(Default)]
enum Slot {
    #[default]
    Undecided,
    Decided(Option<Frame>),
    Served,
}

/// The decision for this start, shared by the state opener and the asset wrapper.
#[derive(Default)]
pub struct Ready {
    slot: Mutex<Slot>,
    decided: Condvar,
}

impl Ready {
    /// Records what to serve (nothing when `frame` is `None`).
    pub fn decide(&self, frame: Option<Frame>) {
        if let Ok(mut slot) = self.slot.lock()
            && matches!(*slot, Slot::Undecided)
        {
            *slot = Slot::Decided(frame);
        }
        self.decided.notify_all();
    }

    /// The frame to serve, once; waits up to `wait` for the decision. Whatever the answer,
    /// the start's one chance is used: a later request (a reload, an asset that fell back
    /// to index.html) gets the plain page, as the state may have moved on by then.
    fn take(&self, wait: Duration) -> Option<Frame> {
        let deadline = Instant::now() + wait;
        let mut slot = self.slot.lock().ok()?;
        while matches!(*slot, Slot::Undecided) {
            let Some(left) = deadline.checked_duration_since(Instant::now()) else {
                break;
            };
            slot = self.decided.wait_timeout(slot, left).ok()?.0;
        }
        match std::mem::replace(&mut *slot, Slot::Served) {
            Slot::Decided(frame) => frame,
            _ => None,
        }
    }
}

/// The app's embedded assets, with `index.html` carrying the decided frame.
pub struct ServedAssets<R: Runtime> {
    embedded: Box<dyn Assets<R>>,
    ready: Arc<Ready>,
}

impl<R: Runtime> ServedAssets<R> {
    /// Wraps the context's assets; `ready` is managed as app state for [`decide`].
    pub fn wrap(context: &mut tauri::Context<R>, ready: Arc<Ready>) {
        let embedded = context.set_assets(Box::new(Nothing));
        context.set_assets(Box::new(Self { embedded, ready }));
    }
}

impl<R: Runtime> Assets<R> for ServedAssets<R> {
    fn setup(&self, app: &App<R>) {
        self.embedded.setup(app);
    }

    fn get(&self, key: &AssetKey) -> Option<Cow<'_, [u8]>> {
        let page = self.embedded.get(key)?;
        if key.as_ref() != "/index.html" {
            if key.as_ref() == "/styles.css" {
                crate::commands::perf::mark("stylesheet-asked");
            }
            return Some(page);
        }
        crate::commands::perf::mark("index-asked");
        let Some(frame) = self.ready.take(WAIT) else {
            return Some(page);
        };
        let served = std::str::from_utf8(&page)
            .ok()
            .and_then(|html| first_frame::inject(html, &frame));
        match served {
            Some(html) => {
                crate::commands::perf::mark("first-frame-injected");
                Some(Cow::Owned(html.into_bytes()))
            }
            None => Some(page),
        }
    }

    fn iter(&self) -> Box<AssetsIter<'_>> {
        self.embedded.iter()
    }

    fn csp_hashes(&self, html_path: &AssetKey) -> Box<dyn Iterator<Item = CspHash<'_>> + '_> {
        self.embedded.csp_hashes(html_path)
    }
}

/// A placeholder while the embedded assets are taken out of the context.
struct Nothing;

impl<R: Runtime> Assets<R> for Nothing {
    fn get(&self, _key: &AssetKey) -> Option<Cow<'_, [u8]>> {
        None
    }
    fn iter(&self) -> Box<AssetsIter<'_>> {
        Box::new(std::iter::empty())
    }
    fn csp_hashes(&self, _html_path: &AssetKey) -> Box<dyn Iterator<Item = CspHash<'_>> + '_> {
        Box::new(std::iter::empty())
    }
}

/// Where and when for core `first_frame`: this build of the window's files, the clock and
/// the local zone.
pub fn context(data_dir: &Path) -> Context<'_> {
    Context {
        data_dir,
        build: env!("SCRIPTIX_KEYS_UI_BUILD"),
        now: chrono::Utc::now(),
        utc_offset_minutes: chrono::Local::now().offset().local_minus_utc() / 60,
    }
}

/// Before the state opens: with no kept frame that could still be served (none, another
/// build, its moment passed, another zone), the page need not wait for the state.
pub fn decide_early(app: &AppHandle) {
    let possible = app
        .path()
        .app_data_dir()
        .is_ok_and(|dir| first_frame::may_serve(&context(&dir)));
    if !possible {
        app.state::<Arc<Ready>>().decide(None);
    }
}

/// Decides, right after the state opened, whether this start's page gets the kept frame:
/// only if it still shows what the window's first screen would show now.
pub fn decide(app: &AppHandle, opened: bool) {
    let ready = app.state::<Arc<Ready>>();
    let frame = opened.then(|| kept_frame(app)).flatten();
    crate::commands::perf::mark("first-frame-decided");
    ready.decide(frame);
}

/// The frame to serve, if still true. The list read to decide is kept for the window's
/// first `tokens_cached` (the modules ask for it once they run; 10,000 tokens take ~15 ms
/// to read and build again).
fn kept_frame(app: &AppHandle) -> Option<Frame> {
    let data_dir = app.path().app_data_dir().ok()?;
    let state = app.try_state::<crate::state::AppState>()?;
    let status = state.workspace.status();
    let read = state.workspace.cached_tokens_marked().ok().flatten();
    let frame = first_frame::load(
        &context(&data_dir),
        &status,
        read.as_ref().map(|(_, list)| list),
    );
    if let Some((mark, list)) = read {
        state.workspace.keep_cached_tokens(mark, list);
    }
    frame
}

/// The status the next start will see, the cached list and their digest (`first_frame_basis`).
pub fn basis(app: &AppHandle) -> BasisView {
    let state = app.state::<crate::state::AppState>();
    let list = state.workspace.cached_tokens().ok().flatten();
    BasisView::new(state.workspace.status(), list)
}

/// Keeps `frame` if the status and list it was rendered from are still the current ones
/// (`first_frame_save`). Best-effort: a frame not kept only means the next start shows the
/// boot line first, so the window is not told why.
pub fn keep(app: &AppHandle, frame: FrameInput) {
    let (Some(state), Ok(data_dir)) = (
        app.try_state::<crate::state::AppState>(),
        app.path().app_data_dir(),
    ) else {
        return;
    };
    let status = state.workspace.status();
    let list = state.workspace.cached_tokens().ok().flatten();
    if let Err(why) = first_frame::save(&context(&data_dir), frame, &status, list.as_ref()) {
        tracing::debug!(%why, "first frame not kept");
    }
}

/// Removes the kept frame: signed out, another profile, a profile deleted.
pub fn forget(app: &AppHandle) {
    if let Ok(dir) = app.path().app_data_dir() {
        first_frame::forget(&dir);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn frame() -> Frame {
        Frame {
            html: "<div>rows</div>".into(),
            title: "API tokens".into(),
            lang: "en".into(),
        }
    }

    #[test]
    fn a_decided_frame_is_served_once() {
        let ready = Ready::default();
        ready.decide(Some(frame()));
        assert_eq!(ready.take(Duration::ZERO), Some(frame()));
        assert_eq!(
            ready.take(Duration::ZERO),
            None,
            "a reload gets the plain page"
        );
        ready.decide(Some(frame()));
        assert_eq!(ready.take(Duration::ZERO), None, "decided once per start");
    }

    #[test]
    fn the_page_waits_for_a_decision_but_not_for_long() {
        let late = Ready::default();
        let started = Instant::now();
        assert_eq!(late.take(Duration::from_millis(30)), None);
        assert!(started.elapsed() >= Duration::from_millis(30));
        late.decide(Some(frame()));
        assert_eq!(
            late.take(Duration::ZERO),
            None,
            "a decision after the page was served plain is not served to a later request"
        );
        let ready = Arc::new(Ready::default());
        let deciding = Arc::clone(&ready);
        let decider = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            deciding.decide(Some(frame()));
        });
        assert_eq!(ready.take(Duration::from_secs(5)), Some(frame()));
        decider.join().unwrap();
    }

    #[test]
    fn a_decision_of_nothing_serves_the_plain_page_at_once() {
        let ready = Ready::default();
        ready.decide(None);
        let started = Instant::now();
        assert_eq!(ready.take(Duration::from_secs(5)), None);
        assert!(started.elapsed() < Duration::from_secs(1));
    }
}
