//! Revoke-and-replace key rotation: create the replacement, put its key in the vault, keep
//! the old token through a grace period, then delete it.
//!
//! Owns the plan ([`plan`]), the journal in the local store ([`journal`]) and the engine
//! that drives one step at a time ([`Engine`]). Every step is journaled before it is tried
//! and after it finished, and is safe to repeat, so a crash at any point is resumed by
//! looking at the journal and the server. Invariants: never two replacements for one
//! rotation; the old token is never deleted before the replacement's key is in the vault
//! (or the user acknowledged it could not be); never a key in the journal.

mod engine;
mod error;
pub mod journal;
mod journal_detail;
mod notes;
pub mod plan;
mod race;
mod recovery;
mod replace;
mod retire;
mod view;

pub(crate) use engine::halt;
pub use engine::{Advanced, Engine};

#[cfg(test)]
pub(crate) use error::ACTIONS;
pub use error::{Result, RotationError};
pub use journal::{Phase, Rotation, RotationState, StepEvent};
pub use journal_detail::{
    audit_message as journal_audit_message, coded_audit_step, coded_journal_detail,
};
pub use notes::coded_note;
pub use plan::{Grace, RotationPlan, default_name, expiring_within};
pub use view::{CancelReport, InUseView, ReplacementView, RotationView};

/// Named points where a test can make the engine stop as if the process died there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CrashPoint {
    /// The create intent is journaled; nothing was sent.
    AfterCreateIntent,
    /// Scriptix created the token and sent its key; nothing journaled or stored yet.
    AfterCreateResponse,
    /// The store-key intent (with the new token id) is journaled; the vault was not written.
    AfterStoreKeyIntent,
    /// The key is in the vault; the journal does not say so yet.
    AfterVaultWrite,
    /// `storeKey` is journaled as done (state `retiring`).
    AfterKeyStored,
    /// The delete of the old token is journaled; nothing was sent.
    AfterDeleteIntent,
    /// Scriptix deleted the old token; the journal does not say so yet.
    AfterDeleteResponse,
    /// A plain create (not a rotation): its intent is recorded; nothing was sent.
    CreateAfterIntent,
    /// A plain create: Scriptix created the token and sent its key; nothing recorded or
    /// stored yet.
    CreateAfterResponse,
    /// A plain create: the new token's id is recorded; the vault was not written.
    CreateBeforeVault,
}

impl CrashPoint {
    /// The point's stable name (`afterVaultWrite`, …), as tests spell it.
    pub fn code(self) -> &'static str {
        match self {
            Self::AfterCreateIntent => "afterCreateIntent",
            Self::AfterCreateResponse => "afterCreateResponse",
            Self::AfterStoreKeyIntent => "afterStoreKeyIntent",
            Self::AfterVaultWrite => "afterVaultWrite",
            Self::AfterKeyStored => "afterKeyStored",
            Self::AfterDeleteIntent => "afterDeleteIntent",
            Self::AfterDeleteResponse => "afterDeleteResponse",
            Self::CreateAfterIntent => "createAfterIntent",
            Self::CreateAfterResponse => "createAfterResponse",
            Self::CreateBeforeVault => "createBeforeVault",
        }
    }

    /// The point named `code` (see [`CrashPoint::code`]).
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .chain(Self::CREATE)
            .find(|p| p.code() == code)
    }

    /// The points of a plain create (not in [`CrashPoint::ALL`]: a rotation never passes them).
    pub const CREATE: [Self; 3] = [
        Self::CreateAfterIntent,
        Self::CreateAfterResponse,
        Self::CreateBeforeVault,
    ];

    /// Every crash point, in the order a rotation passes them.
    pub const ALL: [Self; 7] = [
        Self::AfterCreateIntent,
        Self::AfterCreateResponse,
        Self::AfterStoreKeyIntent,
        Self::AfterVaultWrite,
        Self::AfterKeyStored,
        Self::AfterDeleteIntent,
        Self::AfterDeleteResponse,
    ];
}

/// How the engine behaves at a crash point (test hooks only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CrashHook {
    /// Return [`RotationError::Crashed`] there, as if the process stopped (core tests).
    Fail(CrashPoint),
    /// Write this process's id to the file and block the step there for good, so an
    /// end-to-end test can SIGKILL the real app exactly at that point.
    Halt(CrashPoint, std::path::PathBuf),
}

/// What a lost key means for the user (the reason of `needsAttention`).
pub const KEY_LOST: &str = "The replacement exists on Scriptix but its key was lost before it reached the vault. Delete that replacement and create a new one (the old token keeps working meanwhile).";

#[cfg(test)]
#[path = "tests.rs"]
mod tests;

/// Every state a refused step can name, and one this version does not know (for tests of
/// the texts that name them).
#[cfg(test)]
pub(crate) const STATE_NAMES: [&str; 9] = [
    "planned",
    "creating",
    "vaultFailed",
    "needsAttention",
    "retiring",
    "deleting",
    "done",
    "cancelled",
    "someFutureState",
];
