//! The desktop shell: wires plugins, managed state and the command handlers. Nothing else.

mod background;
mod bitwarden;
pub mod cli;
mod closing;
mod commands;
mod demo;
mod error;
mod first_frame;
mod hooks;
mod instance;
mod keepass;
mod logging;
#[cfg(target_os = "linux")]
mod mono_font;
mod page_scripts;
mod painting;
mod reminders;
mod state;
mod system_font;
mod tray;
mod updates;

pub use painting::prefer_cpu_painting;

use tauri::{Manager, RunEvent};
use tauri_plugin_notification::NotificationExt;
use tauri_plugin_window_state::StateFlags;

/// The argument the session's autostart entry starts the app with: hidden, in the tray.
const HIDDEN_ARG: &str = "--hidden";

/// Starts the app. Panics only if the window system cannot be started at all.
pub fn run() {
    commands::perf::mark("rust-main");
    // index.html may carry the last list's first frame (first_frame.rs), decided once the
    // state has opened.
    let first_frame = std::sync::Arc::new(first_frame::Ready::default());
    let mut context = tauri::generate_context!();
    first_frame::ServedAssets::wrap(&mut context, std::sync::Arc::clone(&first_frame));
    let app = tauri::Builder::default()
        .manage(first_frame)
        .plugin(instance::single_instance())
        .plugin(logging::plugin())
        .plugin(page_scripts::WithoutPageScript(tauri_plugin_dialog::init()))
        .plugin(page_scripts::WithoutPageScript(
            tauri_plugin_notification::init(),
        ))
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec![HIDDEN_ARG]),
        ))
        // Size, position and maximised; not visibility (a window closed to the tray must
        // not start hidden next time).
        .plugin(
            tauri_plugin_window_state::Builder::new()
                .with_state_flags(StateFlags::all() - StateFlags::VISIBLE)
                .build(),
        )
        .plugin(tauri_plugin_updater::Builder::new().build())
        .plugin(system_font::SystemFont::default())
        .manage(updates::PendingUpdate::default())
        .setup(|app| {
            // The window exists already; opening the state off this (main) thread lets it
            // load its page meanwhile. app_status waits for it.
            commands::perf::mark("setup");
            tracing::info!(version = env!("CARGO_PKG_VERSION"), "Scriptix Keys started");
            app.manage(state::Startup::new());
            first_frame::decide_early(app.handle());
            tray::install_or_log(app.handle());
            // The window is created hidden (tauri.conf.json) and shown here, with its saved
            // size already applied by the window-state plugin: shown at once and resized
            // while the page's process was starting, it made WebKit (painting without
            // compositing, painting.rs) wait up to 500 ms for that process before the page
            // could load, in about half of the starts (docs/performance.md).
            if std::env::args().any(|arg| arg == HIDDEN_ARG) {
                closing::started_hidden();
            } else if let Some(window) = app.get_webview_window("main") {
                let _ = window.show();
            }
            let handle = app.handle().clone();
            let _ = app
                .notification()
                .on_action(move |performed| reminders::notice_clicked(&handle, performed));
            app.manage(keepass::KeepassChoice::default());
            app.manage(bitwarden::BwSession::default());
            app.manage(background::WindowChecked::default());
            state::open_in_background(app.handle().clone());
            Ok(())
        })
        .on_window_event(closing::on_window_event)
        .invoke_handler(tauri::generate_handler![
            commands::status::app_status,
            commands::status::i18n_catalogue,
            commands::status::settings_save,
            commands::profiles::profile_save,
            commands::profiles::profile_delete,
            commands::profiles::profile_select,
            commands::profiles::profile_held_keys,
            commands::profiles::profile_export_keys,
            commands::auth::sign_in,
            commands::auth::sign_in_mfa,
            commands::auth::sign_out,
            commands::demo::demo_open,
            commands::account::account_get,
            commands::tokens::tokens_cached,
            commands::tokens::tokens_refresh,
            commands::tokens::first_frame_basis,
            commands::tokens::first_frame_save,
            commands::lifecycle::token_create,
            commands::lifecycle::reveal_close,
            commands::lifecycle::creates_resume,
            commands::lifecycle::create_interrupted_resolve,
            commands::lifecycle::key_copy,
            commands::lifecycle::key_forget,
            commands::lifecycle::tokens_delete,
            commands::lifecycle::orphans_list,
            commands::lifecycle::orphans_clean,
            commands::handoff::export_key,
            commands::handoff::op_vaults,
            commands::handoff::export_to_1password,
            commands::handoff::token_destinations,
            commands::keycheck::key_attach,
            commands::handoff::keepass_choose,
            commands::handoff::keepass_choose_key_file,
            commands::handoff::keepass_groups,
            commands::handoff::export_to_keepass,
            commands::handoff::bw_folders,
            commands::handoff::bw_unlock,
            commands::handoff::export_to_bitwarden,
            commands::handoff::rotation_destinations,
            commands::handoff::rotation_update_destinations,
            commands::handoff::notes_save,
            commands::handoff::audit_list,
            commands::handoff::audit_export,
            commands::handoff::calendar_export,
            commands::rotation::rotation_plan,
            commands::rotation::rotation_advance,
            commands::rotation::rotations_list,
            commands::rotation::rotations_resume,
            commands::rotation::rotation_complete,
            commands::rotation::rotation_wait_day,
            commands::rotation::rotation_delete_anyway,
            commands::rotation::rotation_acknowledge,
            commands::rotation::rotation_retry,
            commands::rotation::rotation_cancel,
            commands::rotation::rotation_cleanup,
            commands::rotation::rotation_verify,
            commands::rotation::rotation_reveal,
            commands::keycheck::key_check,
            commands::keycheck::key_check_held,
            commands::status::notifications_check,
            commands::status::update_check,
            commands::status::update_install,
            commands::perf::perf_mark,
            commands::usage::usage_last_used,
            commands::usage::usage_token,
            commands::usage::usage_hints,
            commands::usage::tokens_delete_preflight,
            commands::usage::usage_send_test_request,
        ])
        .build(context)
        .unwrap_or_else(|error| match error {
            // The running app did not take the hand-over (it was just exiting): start again.
            tauri::Error::PluginInitialization(plugin, reason) if plugin == "single-instance" => {
                instance::start_again(&reason)
            }
            other => panic!("Scriptix Keys could not start its window: {other}"),
        });
    app.run(|handle, event| match event {
        // With no window left (destroyed, not closed) staying alive would help nobody.
        RunEvent::ExitRequested { api, .. }
            if !handle.webview_windows().is_empty() && closing::must_stay_open(handle) =>
        {
            api.prevent_exit();
        }
        RunEvent::Exit => {
            // Give up the app's name first: a launch while this one winds down then starts
            // afresh instead of handing over to an app that is going away.
            tauri_plugin_single_instance::destroy(handle);
            // A key we copied does not outlive the app on the clipboard.
            if let Some(state) = handle.try_state::<state::AppState>()
                && state.workspace.clear_clipboard_if_ours()
            {
                tracing::info!("our key was cleared from the clipboard on exit");
            }
        }
        _ => {}
    });
}
