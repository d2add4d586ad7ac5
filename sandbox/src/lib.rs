//! The Scriptix sandbox: a local, durable server that implements the token API exactly as
//! described in the project's API contract (placeholder until the sandbox lands).
