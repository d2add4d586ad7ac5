## Errors of rotations (src-tauri/core/src/rotation/error.rs and plan.rs). The English text is
## the error's own text (a Rust test compares them).

rotation-grace-in-past = The end of the grace period must be in the future.
rotation-same-name = Give the replacement a name different from the old token's.
# $name: the token that is being rotated.
rotation-already-rotating = "{ $name }" is already being rotated. Finish or cancel that rotation first.
rotation-not-found = That rotation no longer exists.
# $state: where the rotation is (one of the rotation-state-… messages); $action: what was
# refused (one of the rotation-action-… messages).
rotation-wrong-state = This rotation is { $state }; it cannot { $action } now.
## The $state of rotation-wrong-state (in English after "This rotation is").
rotation-state-planned = planned but not started
rotation-state-creating = creating its replacement
rotation-state-vault-failed = waiting for you to confirm the new key is saved
rotation-state-needs-attention = waiting for your decision
rotation-state-retiring = in its grace period
rotation-state-deleting = deleting the old token
rotation-state-done = finished
rotation-state-cancelled = cancelled
rotation-state-other = in another step
## The $action of rotation-wrong-state (in English after "it cannot").
rotation-action-cancel = be cancelled
rotation-action-acknowledge-vault-failure = acknowledge a vault failure
rotation-action-replace-replacement = replace the replacement
rotation-action-clean-up = be cleaned up
rotation-action-check-new-key = check the new key
rotation-action-check-key-not-held = check a key this device does not hold
rotation-action-delete-old = delete the old token
rotation-action-wait-quiet = wait for the old key to go quiet
rotation-action-other = take this step
rotation-changed = This rotation was just changed by another window of Scriptix Keys, so this step was not taken. Look at the rotation again.
# $reason: why Scriptix could not confirm it (the connection error, in English).
rotation-unconfirmed = The old token was kept because Scriptix could not confirm that its replacement works ({ $reason }). This is tried again later.
# $point: the test hook's halt point (tests only).
rotation-crashed = simulated crash at { $point }
