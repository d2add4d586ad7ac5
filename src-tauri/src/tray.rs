//! The tray (menu-bar) icon: the attention count in its tooltip and label, and the menu
//! Open, Attention, Check a key…, Lock, Quit. Each item shows the window where it
//! belongs (`show-view` event) or acts in Rust. Must not: hold keys, or decide what needs
//! attention (the count comes from `AppState::check_notifications`).

use std::sync::atomic::{AtomicU32, Ordering};

use serde::Serialize;
use tauri::menu::{IsMenuItem, Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use scriptix_keys_core::i18n::{Catalogue, FluentArgs};

use crate::state::AppState;

/// The tray icon's id.
const TRAY_ID: &str = "main";

/// The last attention count shown (Open goes to the expiry centre when it is above 0).
static ATTENTION: AtomicU32 = AtomicU32::new(0);

/// The `show-view` event's payload: which view the window shows, on which token.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShowView {
    /// `expiry` (the expiry centre) or `checkKey` (the key check dialog).
    pub view: &'static str,
    /// The token to show in the expiry centre (a clicked reminder's).
    pub token_id: Option<String>,
}

/// A tray menu item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Open,
    ExpiryCentre,
    CheckKey,
    Lock,
    Quit,
}

impl Item {
    const ALL: [Item; 5] = [
        Item::Open,
        Item::ExpiryCentre,
        Item::CheckKey,
        Item::Lock,
        Item::Quit,
    ];

    /// The menu item's id (also what the `test-hooks` tray hook names).
    pub fn id(self) -> &'static str {
        match self {
            Item::Open => "open",
            Item::ExpiryCentre => "expiry",
            Item::CheckKey => "check",
            Item::Lock => "lock",
            Item::Quit => "quit",
        }
    }

    /// The item's catalogue message (`locales/*/app.ftl`).
    fn label(self) -> &'static str {
        match self {
            Item::Open => "tray-open",
            Item::ExpiryCentre => "tray-expiry-centre",
            Item::CheckKey => "tray-check-key",
            Item::Lock => "tray-lock",
            Item::Quit => "tray-quit",
        }
    }

    /// The item with this id.
    pub fn from_id(id: &str) -> Option<Item> {
        Self::ALL.into_iter().find(|item| item.id() == id)
    }

    /// The view the window shows for this item (`show-view` payload), if it shows one:
    /// Open goes where attention is needed, if anywhere.
    fn view(self, attention: u32) -> Option<&'static str> {
        match self {
            Item::Open if attention == 0 => None,
            Item::Open | Item::ExpiryCentre => Some("expiry"),
            Item::CheckKey => Some("checkKey"),
            Item::Lock | Item::Quit => None,
        }
    }
}

/// The tooltip (and, where the tray shows one, the label) for an attention count.
pub fn tooltip(badge: u32, catalogue: &Catalogue) -> String {
    let mut args = FluentArgs::new();
    args.set("count", badge);
    catalogue.format("tray-tooltip", Some(&args))
}

/// Creates the tray icon, or logs why there is none: the app then works as before, with
/// the window. On Linux the tray library (libayatana-appindicator3) is loaded when the
/// icon is made, and its absence is a panic in `libappindicator-sys`: caught here, so a
/// missing library costs the tray, never the app.
pub fn install_or_log<R: Runtime>(app: &AppHandle<R>) {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| install(app))) {
        Ok(Ok(())) => {}
        Ok(Err(error)) => tracing::warn!(%error, "no tray icon: the desktop has no tray"),
        Err(_) => {
            tracing::warn!("no tray icon: the tray library (libayatana-appindicator3) is missing")
        }
    }
}

/// The menu in the language of `catalogue`.
fn menu<R: Runtime>(app: &AppHandle<R>, catalogue: &Catalogue) -> tauri::Result<Menu<R>> {
    let items = Item::ALL
        .iter()
        .map(|item| {
            let label = catalogue.format(item.label(), None);
            MenuItem::with_id(app, item.id(), label, true, None::<&str>)
        })
        .collect::<tauri::Result<Vec<_>>>()?;
    let separator = PredefinedMenuItem::separator(app)?;
    let entries: Vec<&dyn IsMenuItem<R>> = vec![
        &items[0], &items[1], &items[2], &separator, &items[3], &items[4],
    ];
    Menu::with_items(app, &entries)
}

/// Writes the menu and tooltip in the language of `catalogue` (at start, once the settings
/// are read, and when Settings → Language changes).
pub fn relabel<R: Runtime>(app: &AppHandle<R>, catalogue: &Catalogue) {
    let Some(tray) = app.tray_by_id(TRAY_ID) else {
        return;
    };
    // A menu that could not be rebuilt keeps its old labels, which still work.
    if let Ok(menu) = menu(app, catalogue) {
        let _ = tray.set_menu(Some(menu));
    }
    let _ = tray.set_tooltip(Some(tooltip(ATTENTION.load(Ordering::SeqCst), catalogue)));
}

/// Creates the tray icon with its menu (English until the settings are read: `relabel`).
fn install<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let english = Catalogue::english();
    let mut builder = TrayIconBuilder::with_id(TRAY_ID)
        .tooltip(tooltip(0, english))
        .menu(&menu(app, english)?)
        .on_menu_event(|app, event| {
            if let Some(item) = Item::from_id(event.id.as_ref()) {
                choose(app, item);
            }
        });
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)?;
    Ok(())
}

/// Puts the attention count in the tray's tooltip and label.
pub fn show_attention<R: Runtime>(app: &AppHandle<R>, badge: u32, catalogue: &Catalogue) {
    ATTENTION.store(badge, Ordering::SeqCst);
    if let Some(tray) = app.tray_by_id(TRAY_ID) {
        // A tooltip that could not be set costs a hint, never data.
        let _ = tray.set_tooltip(Some(tooltip(badge, catalogue)));
        let label = (badge > 0).then(|| badge.to_string());
        let _ = tray.set_title(label);
    }
}

/// What a tray menu item does (also called by the `test-hooks` tray hook).
pub fn choose<R: Runtime>(app: &AppHandle<R>, item: Item) {
    tracing::info!(item = item.id(), "tray menu");
    match item {
        Item::Lock => lock(app),
        // Quitting asks like any exit: an unsaved key on screen keeps the app open
        // (`RunEvent::ExitRequested`), and the clipboard is cleared on the way out.
        Item::Quit => app.exit(0),
        _ => {
            show_window(app);
            if let Some(view) = item.view(ATTENTION.load(Ordering::SeqCst)) {
                let payload = ShowView {
                    view,
                    token_id: None,
                };
                let _ = app.emit("show-view", payload);
            }
        }
    }
}

/// Shows, restores and focuses the main window.
pub fn show_window<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.show();
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
}

/// Drops the key the reveal held and our key on the clipboard; a key that is in no vault
/// stays (it would be lost), and the window says why.
fn lock<R: Runtime>(app: &AppHandle<R>) {
    if crate::closing::must_stay_open(app) {
        show_window(app);
        return;
    }
    if let Some(state) = app.try_state::<AppState>() {
        state.workspace.close_reveal();
        state.workspace.clear_clipboard_if_ours();
    }
    let _ = app.emit("locked", ());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_menu_item_is_found_by_its_id_and_the_ids_differ() {
        for item in Item::ALL {
            assert_eq!(Item::from_id(item.id()), Some(item));
        }
        let mut ids: Vec<_> = Item::ALL.iter().map(|i| i.id()).collect();
        ids.dedup();
        assert_eq!(ids.len(), Item::ALL.len());
        assert_eq!(Item::from_id("Open"), None);
    }

    #[test]
    fn open_shows_the_expiry_centre_when_something_needs_attention_and_check_a_key_its_dialog() {
        assert_eq!(Item::Open.view(3), Some("expiry"));
        assert_eq!(Item::Open.view(0), None, "just the window");
        assert_eq!(Item::ExpiryCentre.view(0), Some("expiry"));
        assert_eq!(Item::CheckKey.view(2), Some("checkKey"));
        assert_eq!(Item::Quit.view(2), None);
        assert_eq!(Item::Lock.view(2), None);
    }

    #[test]
    fn the_tooltip_counts_what_needs_attention_in_words() {
        let english = Catalogue::english();
        assert_eq!(tooltip(0, english), "Scriptix Keys");
        assert_eq!(
            tooltip(1, english),
            "Scriptix Keys: 1 token needs attention"
        );
        assert_eq!(
            tooltip(6, english),
            "Scriptix Keys: 6 tokens need attention"
        );
        let dutch = Catalogue::new(scriptix_keys_core::i18n::Language::Nl);
        assert_eq!(tooltip(1, &dutch), "Scriptix Keys: 1 token vraagt aandacht");
        assert_eq!(
            tooltip(6, &dutch),
            "Scriptix Keys: 6 tokens vragen aandacht"
        );
        for item in Item::ALL {
            assert_ne!(
                dutch.format(item.label(), None),
                item.label(),
                "{item:?} has a label"
            );
        }
    }
}
