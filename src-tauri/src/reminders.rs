//! Desktop reminders: the due expiry, grace-period and usage notices shown through the
//! notification service, the attention count in the window title and the tray, and a click
//! on a notice opening its token in the expiry centre. Split from `state.rs`; no domain logic
//! here (the workspace decides what is due).

use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager};
use tauri_plugin_notification::NotificationExt;

use crate::error::CommandResult;
use crate::state::AppState;

/// The reply of `notifications_check`.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NotificationsView {
    /// Reminders handed to the desktop's notification service just now.
    pub sent: usize,
    /// Tokens and rotations that need attention (the Expiry badge and the window title).
    pub badge: u32,
}

impl AppState {
    /// Shows the expiry and grace-period reminders that are due as desktop notifications
    /// (each once per token and threshold, recorded only once the notification service took
    /// it), and puts the attention count in the window title.
    pub fn check_notifications(&self, app: &AppHandle) -> CommandResult<NotificationsView> {
        // An error leaves the reminder unrecorded, so it is offered again at the next check.
        // (tauri-plugin-notification's `show` is Ok once the notification is built and handed
        // to its sender; it does not wait for the desktop's D-Bus answer.)
        // In the user's language (Settings → Language, or the OS's).
        let catalogue = self.catalogue();
        let shown = self.workspace.show_due_notifications(|notice| {
            // The token rides along: a click on the notification opens the expiry centre on
            // it (`notice_clicked`), where the desktop reports clicks.
            let (title, body) = notice.localized(catalogue);
            let shown = app
                .notification()
                .builder()
                .title(title)
                .body(body)
                .extra(NOTICE_TOKEN, notice.token_id.as_str())
                .show();
            shown
                .map_err(|error| tracing::warn!(%error, "a reminder could not be shown"))
                .is_ok()
        })?;
        let hints_shown = self.workspace.usage_notify(|hint| {
            let (title, body) = scriptix_keys_core::usage::hint_notice(hint, catalogue);
            app.notification()
                .builder()
                .title(&title)
                .body(&body)
                .extra(NOTICE_TOKEN, hint.token_id.as_str())
                .show()
                .map_err(|error| tracing::warn!(%error, "a usage hint could not be shown"))
                .is_ok()
        });
        let sent = shown.len() + hints_shown.unwrap_or(0);
        // Anomaly hints count with expiring tokens (the "Attention" count).
        let badge = self
            .workspace
            .expiry_badge()?
            .saturating_add(self.workspace.usage_badge().unwrap_or(0));
        // The token list's title, in the user's language, with the count when there is one
        // (the sign-in screen keeps its own title).
        let signed_in = self.workspace.status().session.is_some();
        if let Some(window) = app.get_webview_window("main").filter(|_| signed_in) {
            let title = match badge {
                0 => catalogue.format("window-title-tokens", None),
                n => {
                    let mut args = scriptix_keys_core::i18n::FluentArgs::new();
                    args.set("count", n);
                    catalogue.format("window-title-tokens-attention", Some(&args))
                }
            };
            // A title that could not be set costs a hint, never data.
            let _ = window.set_title(&title);
        }
        crate::tray::show_attention(app, badge, catalogue);
        Ok(NotificationsView { sent, badge })
    }
}

/// The notification's extra field that names its token.
const NOTICE_TOKEN: &str = "tokenId";

/// A reminder was clicked: the window opens on its token in the expiry centre.
pub fn notice_clicked(app: &AppHandle, performed: &tauri_plugin_notification::ActionPerformed) {
    let token = performed
        .notification()
        .and_then(|n| n.extra().get(NOTICE_TOKEN))
        .and_then(|v| v.as_str())
        .map(str::to_owned);
    if token.is_none() {
        return;
    }
    crate::tray::show_window(app);
    let _ = app.emit(
        "show-view",
        crate::tray::ShowView {
            view: "expiry",
            token_id: token,
        },
    );
}
