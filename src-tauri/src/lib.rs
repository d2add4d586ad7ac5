//! The desktop shell: wires plugins, managed state and the command handlers. Nothing else.

mod commands;
mod demo;
mod error;
mod instance;
mod painting;
mod state;

pub use painting::prefer_cpu_painting;

use tauri::{Manager, RunEvent};

/// Starts the app. Panics only if the window system cannot be started at all.
pub fn run() {
    commands::perf::mark("rust-main");
    let app = tauri::Builder::default()
        .plugin(instance::single_instance())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            // The window exists already; opening the state off this (main) thread lets it
            // load its page meanwhile. app_status waits for it.
            commands::perf::mark("setup");
            app.manage(state::Startup::new());
            state::open_in_background(app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::status::app_status,
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
            commands::handoff::notes_save,
            commands::handoff::audit_list,
            commands::handoff::audit_export,
            commands::rotation::rotation_plan,
            commands::rotation::rotation_advance,
            commands::rotation::rotations_list,
            commands::rotation::rotations_resume,
            commands::rotation::rotation_complete,
            commands::rotation::rotation_acknowledge,
            commands::rotation::rotation_retry,
            commands::rotation::rotation_cancel,
            commands::rotation::rotation_cleanup,
            commands::rotation::rotation_verify,
            commands::rotation::rotation_reveal,
            commands::keycheck::key_check,
            commands::keycheck::key_check_held,
            commands::status::notifications_check,
            commands::perf::perf_mark,
        ])
        .build(tauri::generate_context!())
        .expect("Scriptix Keys could not start its window");
    app.run(|handle, event| {
        if let RunEvent::Exit = event {
            // A key we copied does not outlive the app on the clipboard.
            if let Some(state) = handle.try_state::<state::AppState>() {
                state.workspace.clear_clipboard_if_ours();
            }
        }
    });
}
