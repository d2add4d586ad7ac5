//! Where each key went: the hand-offs remembered per token (see `store/destinations.rs`),
//! listed in a token's details and updated by a rotation.
//!
//! Must not: remember a key, or fail a hand-off that already happened because it could not
//! be remembered (that is logged instead).

use chrono::Utc;

use super::{Result, Workspace};
use crate::model::TokenId;
use crate::store::{Destination, NewDestination};

impl Workspace {
    /// The places a token's key was handed off to, most recent first.
    ///
    /// Errors: `NoActiveProfile`, `Store`.
    pub fn destinations(&self, token_id: &str) -> Result<Vec<Destination>> {
        let profile_id = self.active_profile_id()?;
        Ok(self
            .store()
            .destinations(&profile_id, &TokenId::new(token_id))?)
    }

    /// Remembers that a token's key went to `destination`. A failure is logged, never
    /// raised: the key is already there.
    pub(super) fn remember_destination(
        &self,
        profile_id: &str,
        token_id: &TokenId,
        destination: &NewDestination,
    ) {
        if let Err(error) =
            self.store()
                .record_destination(profile_id, token_id, destination, Utc::now())
        {
            tracing::warn!(%error, "could not remember where a key was handed off to");
        }
    }
}
