//! `#[tauri::command]` adapters: take arguments and state, call one method, map the error.

pub mod account;
pub mod auth;
pub mod demo;
pub mod handoff;
pub mod lifecycle;
pub mod profiles;
pub mod status;
pub mod tokens;
