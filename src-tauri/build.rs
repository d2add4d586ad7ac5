//! Declares every app command so each one needs an explicit grant in `capabilities/`.

/// The app's commands. A command missing here cannot be called from the window at all.
const COMMANDS: &[&str] = &[
    "app_status",
    "profile_save",
    "profile_delete",
    "profile_select",
    "profile_held_keys",
    "profile_export_keys",
    "sign_in",
    "sign_in_mfa",
    "sign_out",
    "demo_open",
    "account_get",
    "tokens_cached",
    "tokens_refresh",
    "settings_save",
    "token_create",
    "reveal_close",
    "creates_resume",
    "create_interrupted_resolve",
    "key_copy",
    "key_forget",
    "tokens_delete",
    "orphans_list",
    "orphans_clean",
    "export_key",
    "op_vaults",
    "export_to_1password",
    "token_destinations",
    "key_attach",
    "notes_save",
    "audit_list",
    "audit_export",
    "rotation_plan",
    "rotation_advance",
    "rotations_list",
    "rotations_resume",
    "rotation_complete",
    "rotation_acknowledge",
    "rotation_retry",
    "rotation_cancel",
    "rotation_cleanup",
    "rotation_verify",
    "rotation_reveal",
    "key_check",
    "key_check_held",
    "notifications_check",
    "perf_mark",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("tauri build script failed");
}
