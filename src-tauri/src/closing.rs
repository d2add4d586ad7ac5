//! Keeps the app open while a key that exists nowhere else is on screen: a created or
//! rotated key the vault refused (or one still on its way to the vault). Closing the window,
//! or quitting the app, then only tells the window why it stayed (`close-refused`), and the
//! window says what to do: copy or export the key, close its dialog, then close the app.
//! Sign-out is refused in core for the same reason. Must not: keep the app open for any
//! other reason, or hold a key itself (it asks `Workspace::unsaved_key_shown`).

use tauri::{AppHandle, Emitter, Manager, Runtime, Window, WindowEvent};

use crate::state::AppState;

/// `Builder::on_window_event`: a close request is refused while an unsaved key is shown.
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event
        && must_stay_open(window.app_handle())
    {
        api.prevent_close();
    }
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
