//! The Scriptix sandbox: a local, durable HTTP server that implements the Scriptix token API
//! exactly as the project's contract describes it (`shared/scriptix-api.md`, "The sandbox").
//!
//! This file only wires modules together and re-exports the public surface:
//! [`Sandbox::start`] with a [`Config`] gives a [`SandboxHandle`], whose [`Faults`] and
//! [`Clock`] controls let tests inject failures and shift time. [`demo`] holds the seeded demo
//! workspace's facts as constants, so tests and the app share one source of truth.

mod accept;
mod api_error;
mod clock;
mod config;
mod conn;
mod crypto;
mod db;
pub mod demo;
mod demo_usage;
mod error;
mod faults;
mod limits;
mod model;
mod routes;
mod seed;
mod server;
mod upload;
mod usage;

pub use clock::Clock;
pub use config::{Config, Seed};
pub use error::SandboxError;
pub use faults::{ActiveFault, FaultKind, FaultRule, Faults};
pub use model::TokenType;
pub use server::{Sandbox, SandboxHandle};
