## A rotation's journal (src-tauri/core/src/rotation/journal_detail.rs): each step it took,
## stored as a code, shown in the activity log as "step phase: detail".

# One line of the activity log. $step: a rotation-journal-step-… message; $phase: a
# rotation-journal-phase-… message; $detail: what happened (may be empty).
audit-detail-rotation-step = { $step } { $phase }: { $detail }
# The same line when the step says nothing more.
audit-detail-rotation-step-bare = { $step } { $phase }

## The steps (English keeps the journal's own step names).
rotation-journal-step-plan = plan
rotation-journal-step-create = create
rotation-journal-step-store-key = storeKey
rotation-journal-step-reconcile = reconcile
rotation-journal-step-retry = retry
rotation-journal-step-delete-replacement = deleteReplacement
rotation-journal-step-cancel = cancel
rotation-journal-step-cleanup = cleanup
rotation-journal-step-delete-old = deleteOld
rotation-journal-step-confirm-replacement = confirmReplacement
rotation-journal-step-verify = verify
rotation-journal-step-ack-vault-failure = ackVaultFailure
rotation-journal-step-delete-duplicate = deleteDuplicate

## The phases.
rotation-journal-phase-intent = intent
rotation-journal-phase-done = done
rotation-journal-phase-failed = failed

## What a step says.
# $text: a detail written before details were coded, of no known shape, as it was written.
rotation-journal-text = { $text }
# $name: the replacement's name.
rotation-journal-name = { $name }
# $id: a token's ID.
rotation-journal-token = token { $id }
rotation-journal-token-deleted = token { $id } deleted
# A second replacement made by a race could not be deleted. $reason: why (a sentence).
rotation-journal-duplicate-kept = token { $id } kept: { $reason }
rotation-journal-key-stored = token { $id }; key in the vault
rotation-journal-key-stored-after-all = token { $id }; key in the vault after all
rotation-journal-vault-took-key = token { $id }; the vault took the key after all
rotation-journal-found-after-restart = token { $id }; found after a restart, key in the vault
rotation-journal-key-lost-in-transit = created, but the key was lost in transit
rotation-journal-never-created = the replacement was never created
# $count: how many replacements were found.
rotation-journal-found-without-key = { $count } replacement(s) found without a key
rotation-journal-key-only-in-memory = the key was only in memory when the app stopped
rotation-journal-user-saved-key = the user saved the key elsewhere
rotation-journal-acknowledged = acknowledged by the user
rotation-journal-replacement-deleted = replacement deleted
rotation-journal-replacement-kept = replacement kept
rotation-journal-old-already-gone = the old token was already gone
rotation-journal-old-deleted = the old token was deleted
rotation-journal-key-not-in-vault = the replacement's key is not in the vault
rotation-journal-replacement-gone = the replacement is no longer on Scriptix
rotation-journal-key-refused = Scriptix refused the replacement's key
rotation-journal-rate-limited = Scriptix is limiting requests right now.
## The key check of the verify step.
rotation-journal-check-valid = Valid
rotation-journal-check-forbidden = Forbidden
rotation-journal-check-revoked = Revoked
rotation-journal-check-invalid = Invalid
rotation-journal-check-rate-limited = RateLimited
rotation-journal-check-unreachable = Unreachable
