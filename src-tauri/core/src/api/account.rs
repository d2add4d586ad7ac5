//! `GET /api/v3/account/me`: who is signed in.
//!
//! Owns only the request; reading the tolerant shape is [`crate::model::Account`]'s job.

use super::ApiClient;
use super::error::Result;
use super::send::Call;
use crate::model::Account;
use crate::secret::Secret;

impl ApiClient {
    /// The signed-in account (retried on 429/503/connection errors).
    ///
    /// Errors: [`super::ApiError::Unauthorized`] when the session expired (sign in again),
    /// [`super::ApiError::Decode`] when the reply is not a JSON object, plus funnel errors.
    pub async fn account(&self, session: &Secret) -> Result<Account> {
        let reply = self
            .send(Call::get(self.endpoint("api/v3/account/me")?).bearer(session))
            .await?;
        Account::from_json(&reply.json()?).map_err(|_| reply.decode_error())
    }
}
