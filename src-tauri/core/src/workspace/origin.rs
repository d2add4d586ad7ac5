//! Every kept secret (a held key, a session, a password waiting for its MFA code) is bound
//! to the server that issued it, and is only ever sent there.
//!
//! Owns the one gate every secret-sending path goes through ([`Workspace::client_for_secret`]),
//! what a profile's server is "now" (the built-in demo server is `demo`, whatever loopback
//! port it got this run), the refusal to move a profile that holds keys, and the one-time
//! binding of records from before origins were kept. Must not: send anything, or let a
//! secret whose origin is unknown through.

use super::{Result, Workspace, WorkspaceError};
use crate::api::ApiClient;
use crate::base_url::parse_base_url;
use crate::profiles::{Profile, ProfileError, ProfileInput};

/// The origin of the built-in demo server: its port changes every run, its identity not.
pub(super) const DEMO_ORIGIN: &str = "demo";

/// `scheme://host[:port]` of a base URL, `None` when it is not one.
pub(super) fn url_origin(base_url: &str) -> Option<String> {
    url::Url::parse(base_url)
        .ok()
        .map(|url| url.origin().ascii_serialization())
}

impl Workspace {
    /// The origin a secret issued through `profile` now is bound to: `demo` while the demo
    /// profile points at this run's built-in server, else its address's origin.
    fn origin_now(&self, profile: &Profile, demo_origin: Option<&str>) -> String {
        let origin = url_origin(&profile.base_url).unwrap_or_default();
        if profile.demo && demo_origin == Some(origin.as_str()) {
            DEMO_ORIGIN.to_owned()
        } else {
            origin
        }
    }

    /// A client for the profile's server, with the origin a secret issued through it is
    /// bound to. Unbound: only for what the user typed for this profile just now (a
    /// password, a pasted key); a kept secret goes through [`Self::client_for_secret`].
    ///
    /// Errors: `Profile` (unknown profile), `Api` (`BadUrl`).
    pub(super) fn client_for(&self, profile_id: &str) -> Result<(ApiClient, String)> {
        let (base_url, origin) = {
            let state = self.lock();
            let profile = state
                .profiles
                .get(profile_id)
                .ok_or(ProfileError::UnknownProfile)?;
            let origin = self.origin_now(profile, state.demo_origin.as_deref());
            (profile.base_url.clone(), origin)
        };
        Ok((self.client_of(profile_id, base_url)?, origin))
    }

    /// The run's client for `profile_id` at `base_url`: built on first use, then shared, so
    /// the commands that follow reuse its open connection instead of connecting (and, to the
    /// real service, negotiating TLS) again. A profile moved to another address gets a new
    /// client; its old one is dropped. A client holds no secret: every request is given its
    /// session or key by the caller, after the origin gate.
    ///
    /// Errors: `Api` (`BadUrl`, `Client`).
    fn client_of(&self, profile_id: &str, base_url: String) -> Result<ApiClient> {
        let mut clients = self
            .clients
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let key = (profile_id.to_owned(), base_url);
        if let Some(client) = clients.get(&key) {
            return Ok(client.clone());
        }
        let client = ApiClient::new(&key.1, self.options.clone())?;
        clients.retain(|(profile, _), _| profile != profile_id);
        clients.insert(key, client.clone());
        Ok(client)
    }

    /// THE gate for a kept secret (`what`: "key", "sign-in"): a client for the profile's
    /// server only when that server issued the secret (`issued_by`). A secret without a
    /// recorded origin is never sent.
    ///
    /// Errors: `OtherServer` (nothing is sent), `Profile`, `Api` (`BadUrl`).
    pub(super) fn client_for_secret(
        &self,
        profile_id: &str,
        what: &'static str,
        issued_by: Option<&str>,
    ) -> Result<ApiClient> {
        let (client, origin) = self.client_for(profile_id)?;
        if !origin.is_empty() && issued_by == Some(origin.as_str()) {
            return Ok(client);
        }
        tracing::warn!(what, "refused to send a kept secret to another server");
        Err(WorkspaceError::OtherServer {
            what,
            server: client.base_url().origin().ascii_serialization(),
        })
    }

    /// Whether a session bound to `origin` may be restored for the profile: its server
    /// now, or the demo server for the demo profile (whose address is only refreshed once
    /// this run's demo server is up; sending still goes through the gate).
    pub(super) fn may_restore(&self, profile_id: &str, origin: &str) -> bool {
        let state = self.lock();
        state.profiles.get(profile_id).is_some_and(|profile| {
            (origin == DEMO_ORIGIN && profile.demo)
                || self.origin_now(profile, state.demo_origin.as_deref()) == origin
        })
    }

    /// Refuses an edit that would move a profile's keys to another server: any address
    /// change of the demo profile, another origin for a profile that holds keys.
    ///
    /// Errors: `Profile` (`DemoServerFixed`, `ServerHoldsKeys`; a bad URL is left to the
    /// profile validation).
    pub(super) fn check_server_change(&self, input: &ProfileInput) -> Result<()> {
        let Some(id) = input.id.as_deref() else {
            return Ok(());
        };
        let Ok(new_url) = parse_base_url(&input.base_url) else {
            return Ok(());
        };
        let Some(before) = self.lock().profiles.get(id).cloned() else {
            return Ok(());
        };
        if new_url.as_str() == before.base_url {
            return Ok(());
        }
        if before.demo {
            return Err(ProfileError::DemoServerFixed.into());
        }
        let old_origin = url_origin(&before.base_url).unwrap_or_default();
        if new_url.origin().ascii_serialization() == old_origin {
            return Ok(());
        }
        let count = self.store().held_key_count(id)?;
        if count > 0 {
            return Err(ProfileError::ServerHoldsKeys {
                count,
                server: old_origin,
            }
            .into());
        }
        Ok(())
    }

    /// Once after the upgrade that started keeping origins: binds the keys and sessions
    /// recorded before to their profile's server as it is now.
    pub(super) fn bind_legacy_origins(&self) {
        let profiles: Vec<(String, String)> = {
            let state = self.lock();
            state
                .profiles
                .profiles
                .iter()
                .filter_map(|p| {
                    let origin = if p.demo {
                        Some(DEMO_ORIGIN.to_owned())
                    } else {
                        url_origin(&p.base_url)
                    };
                    origin.map(|origin| (p.id.clone(), origin))
                })
                .collect()
        };
        match self.store().bind_legacy_origins(&profiles) {
            Ok(true) => tracing::info!("bound the keys and sessions kept so far to their servers"),
            Ok(false) => {}
            Err(error) => tracing::warn!(%error, "could not bind earlier keys to their servers"),
        }
    }
}
