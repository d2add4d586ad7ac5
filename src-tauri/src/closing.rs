//! What closing the window does. First, it keeps the app open while a key that exists
//! nowhere else is on screen: a created or rotated key the vault refused (or one still on
//! its way to the vault). Closing the window, or quitting the app, then only tells the
//! window why it stayed (`close-refused`), and the window says what to do. Sign-out is
//! refused in core for the same reason. Then, with "Keep running in the tray" on (or when
//! the app started hidden with the session), closing only hides the window: reminders keep
//! coming. Otherwise the first close with reminders on says, once, that they stop while the
//! app is closed. Must not: hold a key itself (it asks `Workspace::unsaved_key_shown`).

use std::sync::atomic::{AtomicBool, Ordering};

use tauri::{AppHandle, Emitter, Manager, Runtime, Window, WindowEvent};
use tauri_plugin_notification::NotificationExt;

use crate::state::AppState;

/// Set when the app started hidden (with the session): it lives in the tray this run.
static STARTED_HIDDEN: AtomicBool = AtomicBool::new(false);

/// The app started hidden in the tray: closing the window hides it for this whole run.
pub fn started_hidden() {
    STARTED_HIDDEN.store(true, Ordering::SeqCst);
}

/// `Builder::on_window_event`: a close request is refused while an unsaved key is shown,
/// and only hides the window when the app keeps running in the tray.
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else {
        return;
    };
    let app = window.app_handle();
    if must_stay_open(app) {
        api.prevent_close();
        return;
    }
    let settings = app
        .try_state::<AppState>()
        .map(|state| state.workspace.settings());
    let keep =
        STARTED_HIDDEN.load(Ordering::SeqCst) || settings.as_ref().is_some_and(|s| s.keep_in_tray);
    if keep {
        api.prevent_close();
        // A window that would not hide stays on screen: the user can close it again.
        let _ = window.hide();
        tracing::info!("the window closed; the app keeps running in the tray");
        return;
    }
    if settings.is_some_and(|s| s.notify_expiry) && explain_once(app) {
        // The notification is sent from a background task: give it a moment before the
        // app goes. Closing again asks again (an unsaved key still keeps the app open).
        api.prevent_close();
        let window = window.clone();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(1500));
            let _ = window.close();
        });
    }
}

/// The first close with reminders on: a notification says they stop while the app is
/// closed, and where to keep them coming. Said once, ever; `true` when said now.
fn explain_once<R: Runtime>(app: &AppHandle<R>) -> bool {
    let Some(state) = app.try_state::<AppState>() else {
        return false;
    };
    if !state.workspace.mark_tray_explained().unwrap_or(false) {
        return false;
    }
    let catalogue = state.catalogue();
    let shown = app
        .notification()
        .builder()
        .title(catalogue.format("closing-explain-title", None))
        .body(catalogue.format("closing-explain-body", None))
        .show();
    if let Err(error) = shown {
        tracing::warn!(%error, "the tray explanation could not be shown");
    }
    true
}

/// Whether the app must stay open now; if so the window is told why.
pub fn must_stay_open<R: Runtime>(app: &AppHandle<R>) -> bool {
    let unsaved = app
        .try_state::<AppState>()
        .is_some_and(|state| state.workspace.unsaved_key_shown());
    if unsaved {
        tracing::warn!("kept the app open: a key that is in no vault is still shown");
        // A lost event costs the explanation, not the key: the app stays open either way.
        let _ = app.emit("close-refused", ());
    }
    unsaved
}
