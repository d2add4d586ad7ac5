//! Declares every app command so each one needs an explicit grant in `capabilities/`.

/// The app's commands. A command missing here cannot be called from the window at all.
const COMMANDS: &[&str] = &[
    "app_status",
    "i18n_catalogue",
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
    "first_frame_basis",
    "first_frame_save",
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
    "keepass_choose",
    "keepass_choose_key_file",
    "keepass_groups",
    "export_to_keepass",
    "bw_folders",
    "bw_unlock",
    "export_to_bitwarden",
    "rotation_destinations",
    "rotation_update_destinations",
    "notes_save",
    "audit_list",
    "audit_export",
    "calendar_export",
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
    "update_check",
    "update_install",
    "perf_mark",
    "usage_last_used",
    "usage_token",
    "usage_hints",
    "tokens_delete_preflight",
    "usage_send_test_request",
    "rotation_wait_day",
    "rotation_delete_anyway",
];

fn main() {
    ui_build();
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("tauri build script failed");
}

/// `SCRIPTIX_KEYS_UI_BUILD`: a digest of the window's files (ui/, locales/) and the version,
/// so a first frame kept by another build of them is never served (src/first_frame.rs).
fn ui_build() {
    use std::hash::{Hash, Hasher};
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    for dir in ["../ui", "../locales"] {
        println!("cargo:rerun-if-changed={dir}");
        walk(std::path::Path::new(dir), &mut files);
    }
    files.sort();
    // SipHash with fixed keys: the same files give the same digest in every build.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    for file in files {
        file.hash(&mut hasher);
        std::fs::read(&file).unwrap_or_default().hash(&mut hasher);
    }
    println!(
        "cargo:rustc-env=SCRIPTIX_KEYS_UI_BUILD={:016x}",
        hasher.finish()
    );
}
