//! Vault errors and the plain-words reasons a vault can be missing.

use thiserror::Error;

use crate::error::ErrorKind;
use crate::i18n::Coded;

/// Why the OS vault cannot be used. Messages say what is missing and how to fix it on this
/// OS; raw platform text never reaches them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum VaultProblem {
    /// No session bus / cannot connect to the vault service at all.
    NoConnection,
    /// The bus is there but no Secret Service provider is installed.
    NoProvider,
    /// The vault exists but is locked (or access was refused).
    Locked,
    /// Anything else.
    Other,
}

/// The desktop families whose vaults the sentences name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VaultOs {
    MacOs,
    Windows,
    /// Linux and the other Unix desktops (Secret Service).
    Unix,
}

impl VaultOs {
    /// The family this build runs on.
    pub(crate) const CURRENT: VaultOs = if cfg!(target_os = "macos") {
        VaultOs::MacOs
    } else if cfg!(target_os = "windows") {
        VaultOs::Windows
    } else {
        VaultOs::Unix
    };
}

impl VaultProblem {
    /// A calm sentence naming what is missing and how to fix it on this OS.
    pub fn message(self) -> &'static str {
        self.on(VaultOs::CURRENT).1
    }

    /// Its catalogue id on this OS (`locales/*/errors-device.ftl`).
    pub fn code(self) -> &'static str {
        self.on(VaultOs::CURRENT).0
    }

    /// The catalogue id and the English sentence on `os`.
    pub(crate) fn on(self, os: VaultOs) -> (&'static str, &'static str) {
        match os {
            VaultOs::MacOs => match self {
                Self::Locked => (
                    "vault-locked-macos",
                    "The macOS Keychain is locked or access was refused. Unlock your login keychain (Keychain Access) and allow Scriptix Keys to use it.",
                ),
                Self::NoConnection | Self::NoProvider | Self::Other => (
                    "vault-other-macos",
                    "The macOS Keychain could not be used. Open Keychain Access, check that the login keychain exists and is unlocked, then try again.",
                ),
            },
            VaultOs::Windows => match self {
                Self::Locked => (
                    "vault-locked-windows",
                    "Windows Credential Manager refused access. Sign in to Windows normally (not as a restricted user) and try again.",
                ),
                Self::NoConnection | Self::NoProvider | Self::Other => (
                    "vault-other-windows",
                    "Windows Credential Manager could not be used. Check that the Credential Manager service is running, then try again.",
                ),
            },
            VaultOs::Unix => match self {
                Self::NoConnection => (
                    "vault-no-connection",
                    "No desktop session bus was found, so the secret vault cannot be reached. Start Scriptix Keys from a normal desktop session (D-Bus), with GNOME Keyring or KWallet running.",
                ),
                Self::NoProvider => (
                    "vault-no-provider",
                    "No secret vault is installed. Install and unlock GNOME Keyring or KWallet (Secret Service), then try again.",
                ),
                Self::Locked => (
                    "vault-locked",
                    "The secret vault is locked. Unlock GNOME Keyring or KWallet (for example by signing in to the desktop again), then try again.",
                ),
                Self::Other => (
                    "vault-other",
                    "The secret vault did not work. Check that GNOME Keyring or KWallet (Secret Service) is installed, running and unlocked, then try again.",
                ),
            },
        }
    }
}

/// A vault operation failed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum VaultError {
    /// The vault is missing, locked or unreachable.
    #[error("{}", reason.message())]
    Unavailable { reason: VaultProblem },
    /// An entry exists but is not readable text (written by something else).
    #[error("A saved secret could not be read. Sign in again or store the key again.")]
    Unreadable,
    /// The vault did not answer in time (an unlock prompt may be waiting). A write may
    /// still land later: read the entry back before deciding it is not stored.
    #[error(
        "The secret vault did not answer within {seconds} seconds (an unlock prompt may be waiting). Unlock it, then try again."
    )]
    TimedOut { seconds: u64 },
}

impl VaultError {
    /// [`ErrorKind::VaultUnavailable`] or [`ErrorKind::Internal`].
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Unavailable { .. } | Self::TimedOut { .. } => ErrorKind::VaultUnavailable,
            Self::Unreadable => ErrorKind::Internal,
        }
    }

    /// The catalogue message for the window (`locales/*/errors-device.ftl`).
    pub fn coded(&self) -> Coded {
        match self {
            Self::Unavailable { reason } => Coded::new(reason.code()),
            Self::Unreadable => Coded::new("vault-unreadable"),
            Self::TimedOut { seconds } => Coded::new("vault-timed-out").arg("seconds", *seconds),
        }
    }
}
