//! Request limits: the per-credential rate limiter (with its `X-RateLimit-*` headers) and the
//! per-username login throttle. Both are in memory and follow the sandbox clock.

pub(crate) mod login;
pub(crate) mod rate;
