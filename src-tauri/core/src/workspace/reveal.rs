//! The reveal slot: new keys held in memory so "Copy" and "Export…" work while (and only
//! while) the window may still show them — after a create, a rotation step, or a resume
//! at start whose vault write was refused. One place for every flow that reveals a key.
//!
//! A key the vault refused for a rotation stays held until the user confirms saving it (or
//! the rotation stops needing it), even when a dialog closes; every other key is dropped
//! when the reveal closes. Must not hand a key to anything but the reveal and the copy.

use std::sync::{MutexGuard, PoisonError};

use super::Workspace;
use crate::model::TokenId;
use crate::secret::Secret;

/// One held key.
#[derive(Debug)]
pub(super) struct Reveal {
    pub(super) profile_id: String,
    pub(super) token_id: TokenId,
    pub(super) key: Secret,
    /// In the vault, or the user confirmed saving it elsewhere.
    pub(super) safe: bool,
    /// The rotation waiting for this key (kept across a closed reveal while not `safe`).
    pub(super) rotation_id: Option<String>,
}

/// Every key held right now (usually none or one).
#[derive(Debug, Default)]
pub(super) struct RevealSlot {
    held: Vec<Reveal>,
}

impl RevealSlot {
    /// Holds a key (replacing an older hold of the same token).
    pub(super) fn hold(&mut self, reveal: Reveal) {
        self.held
            .retain(|r| !(r.profile_id == reveal.profile_id && r.token_id == reveal.token_id));
        self.held.push(reveal);
    }

    /// The key held for a token of a profile.
    pub(super) fn key(&self, profile_id: &str, token_id: &TokenId) -> Option<Secret> {
        self.held
            .iter()
            .find(|r| r.profile_id == profile_id && &r.token_id == token_id)
            .map(|r| r.key.clone())
    }

    /// The reveal closed: drops every key except those a rotation still waits for.
    pub(super) fn close(&mut self) {
        self.held.retain(|r| r.rotation_id.is_some() && !r.safe);
    }

    /// The user confirmed saving a rotation's key (or the vault took it): it goes with the
    /// next close.
    pub(super) fn settle_rotation(&mut self, rotation_id: &str) {
        for r in &mut self.held {
            if r.rotation_id.as_deref() == Some(rotation_id) {
                r.safe = true;
            }
        }
    }

    /// The rotation no longer waits for its key (cancelled, replaced): it goes with the
    /// next close, like any other shown key.
    pub(super) fn release_rotation(&mut self, rotation_id: &str) {
        for r in &mut self.held {
            if r.rotation_id.as_deref() == Some(rotation_id) {
                r.rotation_id = None;
            }
        }
    }

    /// Whether a key is held that is neither in the vault nor confirmed saved.
    pub(super) fn any_unsaved(&self) -> bool {
        self.held.iter().any(|r| !r.safe)
    }
}

impl Workspace {
    pub(super) fn reveal_slot(&self) -> MutexGuard<'_, RevealSlot> {
        self.reveal.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether this process holds a key that is not in the vault and that the user has not
    /// confirmed saving (shown in a reveal, or waiting in the expiry centre): closing the
    /// app now would lose it.
    pub fn unsaved_key_shown(&self) -> bool {
        self.reveal_slot().any_unsaved()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn reveal(token: &str, safe: bool, rotation: Option<&str>) -> Reveal {
        Reveal {
            profile_id: "p".into(),
            token_id: TokenId::new(token),
            key: Secret::new(format!("sk_live_{token}")),
            safe,
            rotation_id: rotation.map(str::to_owned),
        }
    }

    #[test]
    fn closing_a_reveal_keeps_only_the_keys_a_rotation_still_waits_for() {
        let mut slot = RevealSlot::default();
        slot.hold(reveal("1", false, None));
        slot.hold(reveal("2", true, Some("rot_a")));
        slot.hold(reveal("3", false, Some("rot_b")));
        assert!(slot.any_unsaved());
        slot.close();
        assert!(slot.key("p", &TokenId::new("1")).is_none());
        assert!(slot.key("p", &TokenId::new("2")).is_none());
        assert_eq!(
            slot.key("p", &TokenId::new("3")).unwrap().expose(),
            "sk_live_3"
        );
        assert!(slot.key("other", &TokenId::new("3")).is_none());
        slot.settle_rotation("rot_b");
        assert!(!slot.any_unsaved());
        assert!(slot.key("p", &TokenId::new("3")).is_some(), "until closed");
        slot.close();
        assert!(slot.key("p", &TokenId::new("3")).is_none());
        slot.hold(reveal("4", false, Some("rot_c")));
        slot.release_rotation("rot_c");
        assert!(slot.any_unsaved(), "still shown");
        slot.close();
        assert!(!slot.any_unsaved());
    }
}
