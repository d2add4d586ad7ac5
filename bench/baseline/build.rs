//! Standard Tauri build script: embeds `dist/` and the config, nothing else.

fn main() {
    tauri_build::build();
}
