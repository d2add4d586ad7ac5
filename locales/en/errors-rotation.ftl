## Errors of rotations (src-tauri/core/src/rotation/error.rs and plan.rs). The English text is
## the error's own text (a Rust test compares them).

rotation-grace-in-past = The end of the grace period must be in the future.
rotation-same-name = Give the replacement a name different from the old token's.
# $name: the token that is being rotated.
rotation-already-rotating = "{ $name }" is already being rotated. Finish or cancel that rotation first.
rotation-not-found = That rotation no longer exists.
# $state: where the rotation is (one of the rotation-error-state-… messages); $action: what was
# refused (one of the rotation-action-… messages).
rotation-wrong-state = This rotation is { $state }; it cannot { $action } now.
## The $state of rotation-wrong-state (in English after "This rotation is").
rotation-error-state-planned = planned but not started
rotation-error-state-creating = creating its replacement
rotation-error-state-vault-failed = waiting for you to confirm the new key is saved
rotation-error-state-needs-attention = waiting for your decision
rotation-error-state-retiring = in its grace period
rotation-error-state-deleting = deleting the old token
rotation-error-state-done = finished
rotation-error-state-cancelled = cancelled
rotation-error-state-other = in another step
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
# $reason: why Scriptix could not confirm it (the connection error, a sentence).
rotation-unconfirmed = The old token was kept because Scriptix could not confirm that its replacement works, and this is tried again later. { $reason }
# $point: the test hook's halt point (tests only).
rotation-crashed = simulated crash at { $point }

## A rotation's note: what the user must decide (src-tauri/core/src/rotation/notes.rs; stored
## as a code, shown under the rotation in the expiry centre).

# $text: a note of no known shape, as it was written (a Scriptix error, in English).
rotation-note-text = { $text }
rotation-note-key-lost = The replacement exists on Scriptix but its key was lost before it reached the vault. Delete that replacement and create a new one (the old token keeps working meanwhile).
rotation-note-replacement-key-missing = The old token was kept because the replacement's key is no longer in the vault. Delete the replacement and create a new one.
rotation-note-replacement-gone = The old token was kept because its replacement no longer exists on Scriptix. Create a new replacement; the old token keeps working meanwhile.
rotation-note-replacement-key-refused = The old token was kept because Scriptix no longer accepts the replacement's key. Create a new replacement; the old token keeps working meanwhile.
rotation-note-not-created = Scriptix did not confirm the new token and it is not in your token list, so it was not created. You can try again.
# The same as the vault refuses now. $reason: the vault's error (a sentence).
rotation-note-vault-refused-because = The new key could not be saved in the vault: { $reason } Copy or export it now (Show key), then confirm; the old token is kept until you do.
# Written before the reason was coded. $reason: the vault's error, in English.
rotation-note-vault-refused = The new key could not be saved in the vault ({ $reason }). Copy or export it now (Show key), then confirm; the old token is kept until you do.

## What the cancel dialog says after a rotation was cancelled (src-tauri/core/src/rotation/recovery.rs).

# $name: the replacement token.
rotation-cancelled-replacement-in-vault = The replacement "{ $name }" exists and its key is in the vault. Keep it, or delete it.
# $name: the replacement token.
rotation-cancelled-replacement-not-held = The replacement "{ $name }" exists but this device does not hold its key. Deleting it is recommended.
rotation-cancelled-no-replacement = No replacement was created.
rotation-cancelled-replacement-unknown = Scriptix could not be asked whether a replacement was created; check the token list.
rotation-cancelled-old-active = The old token is still active.
rotation-cancelled-old-gone = The old token no longer exists.
# $replacement: one of the rotation-cancelled-…replacement… messages; $old: rotation-cancelled-old-active or -old-gone.
rotation-cancelled-report = { $replacement } { $old }
