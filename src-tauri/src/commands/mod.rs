//! `#[tauri::command]` adapters: take arguments and state, call one method, map the error.
//! All are `async`: Tauri runs sync commands on the main thread, and most of these touch
//! the OS vault (a D-Bus round trip, or an unlock prompt) and must never freeze the window.
//! Each runs its body in [`guard::guarded`], so a panic rejects the call instead of hanging it.

pub mod account;
pub mod auth;
pub mod demo;
mod guard;
pub mod handoff;
pub mod keycheck;
pub mod lifecycle;
pub mod perf;
pub mod profiles;
pub mod rotation;
pub mod status;
pub mod tokens;
pub mod usage;
