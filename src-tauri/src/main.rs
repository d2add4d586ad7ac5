//! Scriptix Keys desktop entry point: everything lives in the library.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    scriptix_keys_lib::prefer_cpu_painting();
    scriptix_keys_lib::run();
}
