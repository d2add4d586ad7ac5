//! HTTP-level tests: a real sandbox on loopback with a temporary database, driven by reqwest.
//! One test binary (with one module per area) keeps link time low on small machines.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly by design"
)]

mod accounts;
mod binary;
mod clock;
mod common;
mod demo_usage;
mod faults;
mod keys;
mod limits;
mod mfa;
mod paging;
mod persistence;
mod tokens;
mod transcription;
mod upload_limits;
mod usage;
