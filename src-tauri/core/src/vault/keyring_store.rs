//! The real OS vault via keyring 4 (Secret Service, Keychain, Credential Manager).
//!
//! Owns the translation of keyring errors into [`VaultProblem`]s. Calls block (D-Bus round
//! trips): async callers should use `spawn_blocking`. Raw platform text only goes to the log.

use keyring::{Entry, Error};

use super::SecretStore;
use super::error::{VaultError, VaultProblem};
use crate::secret::Secret;

/// The OS vault, for one service name (the app identifier; a test identifier in tests).
#[derive(Debug, Clone)]
pub struct KeyringStore {
    service: String,
}

impl KeyringStore {
    /// A store for `service` (e.g. `io.scriptix.keys`).
    pub fn new(service: impl Into<String>) -> Self {
        Self {
            service: service.into(),
        }
    }

    fn entry(&self, user: &str) -> Result<Entry, VaultError> {
        Entry::new(&self.service, user).map_err(map_error)
    }
}

impl SecretStore for KeyringStore {
    fn get(&self, user: &str) -> Result<Option<Secret>, VaultError> {
        match self.entry(user)?.get_password() {
            Ok(value) => Ok(Some(Secret::new(value))),
            Err(Error::NoEntry) => Ok(None),
            Err(err) => Err(map_error(err)),
        }
    }

    fn set(&self, user: &str, secret: &Secret) -> Result<(), VaultError> {
        self.entry(user)?
            .set_password(secret.expose())
            .map_err(map_error)
    }

    fn delete(&self, user: &str) -> Result<(), VaultError> {
        match self.entry(user)?.delete_credential() {
            Ok(()) | Err(Error::NoEntry) => Ok(()),
            Err(err) => Err(map_error(err)),
        }
    }
}

fn map_error(err: Error) -> VaultError {
    let reason = match &err {
        Error::BadEncoding(_) | Error::BadDataFormat(..) => return VaultError::Unreadable,
        Error::NoStorageAccess(_) => VaultProblem::Locked,
        // keyring 4 connects once; when that failed, the original error is kept there.
        Error::NoDefaultStore => match Entry::store_status() {
            Err(first) => classify_text(&first.to_string()),
            Ok(()) => VaultProblem::Other,
        },
        other => classify_text(&other.to_string()),
    };
    tracing::warn!(problem = ?reason, "secret vault unavailable: {err}");
    VaultError::Unavailable { reason }
}

/// Reads platform text (see the keyring error table in ENVIRONMENT.md).
pub(crate) fn classify_text(text: &str) -> VaultProblem {
    let text = text.to_lowercase();
    if text.contains("not provided by any .service files")
        || text.contains("serviceunknown")
        || text.contains("org.freedesktop.secrets")
    {
        VaultProblem::NoProvider
    } else if text.contains("autolaunch")
        || text.contains("failed to connect to socket")
        || text.contains("dbus_session_bus_address")
        || text.contains("session bus")
        || text.contains("connection refused")
        || text.contains("no such file or directory")
    {
        VaultProblem::NoConnection
    } else if text.contains("locked")
        || text.contains("no result found")
        || text.contains("prompt")
        || text.contains("dismissed")
    {
        VaultProblem::Locked
    } else {
        VaultProblem::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_texts_from_the_environment_table_map_to_named_problems() {
        assert_eq!(
            classify_text(
                "Platform failure: Unable to autolaunch a dbus-daemon without a $DISPLAY for X11"
            ),
            VaultProblem::NoConnection
        );
        assert_eq!(
            classify_text("Platform failure: Failed to connect to socket /tmp/nope"),
            VaultProblem::NoConnection
        );
        assert_eq!(
            classify_text(
                "Platform failure: The name org.freedesktop.secrets was not provided by any .service files"
            ),
            VaultProblem::NoProvider
        );
        assert_eq!(
            classify_text("Couldn't access platform storage: Secret Service: no result found"),
            VaultProblem::Locked
        );
        assert_eq!(classify_text("something new"), VaultProblem::Other);
    }

    #[test]
    fn locked_storage_is_reported_as_locked_without_platform_text() {
        let err = map_error(Error::NoStorageAccess(
            "Secret Service: no result found".into(),
        ));
        assert_eq!(
            err,
            VaultError::Unavailable {
                reason: VaultProblem::Locked
            }
        );
        assert!(!err.to_string().contains("Secret Service: no result"));
    }
}
