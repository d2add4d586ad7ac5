//! Plugins whose page scripts the window does not use, registered without them.
//!
//! Tauri hands WebKit each plugin's script to run at the start of every page, before the
//! parser reaches the stylesheet. Two of the app's plugins bring one the window never calls:
//! tauri-plugin-dialog's replaces `window.alert` and `window.confirm` (the window asks through
//! `ui/js/ipc.js`, `plugin:dialog|message`), and tauri-plugin-notification's replaces
//! `window.Notification` and asks Rust at once whether notifications are allowed (a call the
//! window's capability does not grant, so it was refused at every start; reminders are sent
//! from Rust, reminders.rs). Together they held the start's stylesheet by ~4 ms of the page's
//! thread and a refused IPC round trip (docs/performance.md, twenty-fifth part).
//! [`WithoutPageScript`] keeps everything else of the plugin: its commands, setup, state and
//! events.
//! Must not: drop a script the window relies on (the first-frame journey checks that neither
//! plugin's script ran in the window).

use tauri::plugin::Plugin;
use tauri::webview::PageLoadPayload;
use tauri::{AppHandle, RunEvent, Runtime, Url, Webview, Window};

/// `P` as registered, less its script for every page.
pub struct WithoutPageScript<P>(pub P);

impl<R: Runtime, P: Plugin<R>> Plugin<R> for WithoutPageScript<P> {
    fn name(&self) -> &'static str {
        self.0.name()
    }

    fn initialize(
        &mut self,
        app: &AppHandle<R>,
        config: serde_json::Value,
    ) -> Result<(), Box<dyn std::error::Error>> {
        self.0.initialize(app, config)
    }

    // initialization_script and initialization_script_2: the trait's default, none.

    fn window_created(&mut self, window: Window<R>) {
        self.0.window_created(window);
    }

    fn webview_created(&mut self, webview: Webview<R>) {
        self.0.webview_created(webview);
    }

    fn on_navigation(&mut self, webview: &Webview<R>, url: &Url) -> bool {
        self.0.on_navigation(webview, url)
    }

    fn on_page_load(&mut self, webview: &Webview<R>, payload: &PageLoadPayload<'_>) {
        self.0.on_page_load(webview, payload);
    }

    fn on_event(&mut self, app: &AppHandle<R>, event: &RunEvent) {
        self.0.on_event(app, event);
    }

    fn extend_api(&mut self, invoke: tauri::ipc::Invoke<R>) -> bool {
        self.0.extend_api(invoke)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tauri::Wry;
    use tauri::plugin::TauriPlugin;

    /// How a plugin is made, as its crate's `init` makes it.
    type Init = fn() -> TauriPlugin<Wry>;

    #[test]
    fn the_dialog_and_notification_plugins_bring_a_page_script_and_the_wrapper_drops_only_that() {
        let plugins: [(&str, Init); 2] = [
            ("dialog", tauri_plugin_dialog::init),
            ("notification", tauri_plugin_notification::init),
        ];
        for (name, init) in plugins {
            assert!(init().initialization_script_2().is_some(), "{name}");
            let wrapped = WithoutPageScript(init());
            assert!(wrapped.initialization_script_2().is_none(), "{name}");
            assert!(wrapped.initialization_script().is_none(), "{name}");
            assert_eq!(wrapped.name(), name);
        }
    }
}
