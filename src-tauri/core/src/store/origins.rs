//! Which server issued each secret this device keeps: the origin (`scheme://host:port`, or
//! `demo` for the built-in demo server) of every held key's local record and of every
//! profile's session. Metadata only, never the secret itself.
//!
//! A key is bound to the server of the session that created it: [`Store::record_local_token`]
//! copies the profile's session origin into a new record and never changes it afterwards.
//! Records from before origins were kept are bound once, by [`Store::bind_legacy_origins`].

use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};
use crate::model::TokenId;

impl Store {
    /// Records the server that issued a profile's current session.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn set_session_origin(&self, profile_id: &str, origin: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO session_origins (profile_id, origin) VALUES (?1, ?2)
             ON CONFLICT (profile_id) DO UPDATE SET origin = excluded.origin",
            params![profile_id, origin],
        )?;
        Ok(())
    }

    /// The server that issued a profile's session, if recorded.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn session_origin(&self, profile_id: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT origin FROM session_origins WHERE profile_id = ?1",
                [profile_id],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// The server that issued a held key; `None` when the key has no record or its record
    /// no origin (such a key is never sent anywhere).
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn key_origin(
        &self,
        profile_id: &str,
        token_id: &TokenId,
    ) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT origin FROM local_tokens WHERE profile_id = ?1 AND token_id = ?2",
                params![profile_id, token_id.as_str()],
                |row| row.get::<_, Option<String>>(0),
            )
            .optional()?
            .flatten())
    }

    /// How many keys the vault holds for a profile, by the local records.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn held_key_count(&self, profile_id: &str) -> Result<usize, StoreError> {
        let count: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM local_tokens WHERE profile_id = ?1 AND key_in_vault = 1",
            [profile_id],
            |row| row.get(0),
        )?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    /// Once after the upgrade that introduced origins: binds the records that have none
    /// (keys, and sessions kept in the vault) to `origin_of(profile)`, the profile's server
    /// as it is now. Profiles for which it returns `None` stay unbound. Later calls do
    /// nothing, so an address changed afterwards never rebinds anything.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn bind_legacy_origins(&self, profiles: &[(String, String)]) -> Result<bool, StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        let pending = tx.execute("DELETE FROM origin_binding_pending", [])? > 0;
        if pending {
            for (profile_id, origin) in profiles {
                tx.execute(
                    "UPDATE local_tokens SET origin = ?2 WHERE profile_id = ?1 AND origin IS NULL",
                    params![profile_id, origin],
                )?;
                tx.execute(
                    "INSERT OR IGNORE INTO session_origins (profile_id, origin) VALUES (?1, ?2)",
                    params![profile_id, origin],
                )?;
            }
        }
        tx.commit()?;
        Ok(pending)
    }
}
