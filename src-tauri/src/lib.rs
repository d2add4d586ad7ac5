//! The desktop shell: wires plugins, managed state and the command handlers. Nothing else.

mod commands;
mod demo;
mod error;
mod state;

use tauri::Manager;

/// Starts the app. Panics only if the window system cannot be started at all.
pub fn run() {
    tauri::Builder::default()
        .setup(|app| {
            let state = state::AppState::open(app.handle())?;
            app.manage(state);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::status::app_status,
            commands::status::settings_save,
            commands::profiles::profile_save,
            commands::profiles::profile_delete,
            commands::profiles::profile_select,
            commands::auth::sign_in,
            commands::auth::sign_in_mfa,
            commands::auth::sign_out,
            commands::demo::demo_open,
            commands::account::account_get,
            commands::tokens::tokens_cached,
            commands::tokens::tokens_refresh,
        ])
        .run(tauri::generate_context!())
        .expect("Scriptix Keys could not start its window");
}
