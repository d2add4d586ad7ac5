//! Scriptix Keys desktop entry point: everything lives in the library.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // --help / --version answer before anything else starts (no display needed).
    if let scriptix_keys_lib::cli::Cli::Print(text) =
        scriptix_keys_lib::cli::parse(std::env::args_os().skip(1))
    {
        // A closed pipe (`scriptix-keys --help | head -1`) is not worth a panic.
        let _ = std::io::Write::write_all(&mut std::io::stdout(), text.as_bytes());
        return;
    }
    scriptix_keys_lib::prefer_cpu_painting();
    scriptix_keys_core::api::install_tls_provider();
    scriptix_keys_lib::run();
}
