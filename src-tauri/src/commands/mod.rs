//! `#[tauri::command]` adapters: take arguments and state, call one method, map the error.
//! All are `async`: Tauri runs sync commands on the main thread, and most of these touch
//! the OS vault (a D-Bus round trip, or an unlock prompt) and must never freeze the window.

pub mod account;
pub mod auth;
pub mod demo;
pub mod handoff;
pub mod keycheck;
pub mod lifecycle;
pub mod perf;
pub mod profiles;
pub mod rotation;
pub mod status;
pub mod tokens;
