## Activity: this device's audit log (ui/js/views/audit-view.js, ui/js/lib/audit.js).

audit-title = Activity on this device
audit-action = Action
audit-all-actions = All actions
audit-contains = Contains
audit-text-placeholder = Token name, ID or detail
audit-caption = Activity, newest first
audit-entries = Activity entries
audit-column-time = Time
audit-column-action = Action
audit-column-token = Token
audit-column-outcome = Outcome
audit-column-detail = Detail
audit-export = Export CSV…
audit-export-choosing = Choose where to save…
# $path: the file the log was saved to.
audit-export-saved = Saved to { $path }
audit-close = Close
audit-empty-filtered = No activity matches this filter
audit-empty-filtered-hint = Choose “All actions” or clear the text to see everything.
audit-empty = No activity yet
audit-empty-hint = Signing in, creating, copying, exporting and deleting keys are recorded here.
# A row's tooltip. $seq: the entry's number; $actor: who did it.
audit-row-by = #{ $seq } by { $actor }
# $name: the token's name; $id: its ID.
audit-token = { $name } (ID { $id })
# $id: the ID of a token whose name the log does not have.
audit-token-id = ID { $id }

## What was done (the action filter and the Action column).

audit-action-sign-in = Signed in
audit-action-sign-out = Signed out
audit-action-create = Created token
audit-action-reveal = Showed key
audit-action-copy = Copied key
audit-action-export = Exported key
audit-action-delete = Deleted token
audit-action-forget-key = Forgot key on this device
audit-action-attach-key = Attached key
audit-action-notes-edit = Edited notes
audit-action-rotation-step = Rotation step
audit-action-key-check = Checked key
audit-action-vault-cleanup = Cleaned up vault
audit-action-profile-delete = Deleted profile
# An action recorded by a newer version of the app.
audit-action-other = Other activity

audit-outcome-done = Done
audit-outcome-failed = Failed
audit-outcome-cancelled = Cancelled

## The integrity line above the entries.

# $count: entries checked.
audit-intact = Log intact · { $count ->
    [one] { $count } entry
   *[other] { $count } entries
} checked
# $count: entries checked.
audit-intact-vault-locked = Log intact · { $count ->
    [one] { $count } entry
   *[other] { $count } entries
} checked · signatures not checked: the credential vault is locked
# $count: entries checked; $unsigned: the newest entries, not signed yet.
audit-intact-unsigned = Log intact · { $count ->
    [one] { $count } entry
   *[other] { $count } entries
} checked · the newest { $unsigned ->
    [one] entry was written while the vault was locked and is not signed yet
   *[other] { $unsigned } entries were written while the vault was locked and are not signed yet
}
audit-changed = The log was changed outside the app
# $seq: the number of the first changed entry.
audit-changed-at = The log was changed outside the app at entry #{ $seq }
# $text: audit-changed or audit-changed-at, as a sentence.
audit-changed-sentence = { $text }.
audit-changed-more = Entries from there on may have been edited or removed. Keep a copy of the log file and tell your administrator.

## The details of log entries (src-tauri/core/src/audit/detail.rs). The log stores the code
## and its arguments; these are the English texts the app wrote before it stored codes (a test
## compares them), so they stay lowercase notes rather than sentences.

# $text: a detail of no known shape, as it was written.
audit-detail-text = { $text }
audit-detail-key-lost = created, but the key was lost in transit
audit-detail-from-expiry-centre = from the expiry centre
audit-detail-interrupted-kept = interrupted create: kept by the user (its key is not on this device)
audit-detail-interrupted-deleted = interrupted create: the token whose key was lost was deleted
audit-detail-interrupted-refused-key-lost = interrupted while a key the vault refused was shown: the key is lost
audit-detail-interrupted-key-lost = interrupted: the token exists but its key never reached this device
audit-detail-interrupted-not-created = interrupted: the token was not created
audit-detail-interrupted-gone = interrupted: the token no longer exists
audit-detail-interrupted-ambiguous = interrupted: several tokens with this name appeared; none was adopted
audit-detail-key-not-saved = key NOT saved in the vault
audit-detail-session-in-memory = session kept in memory only
audit-detail-attach-vault-refused = the key works, but the vault refused it
audit-detail-to-1password = to 1Password with its op program
audit-detail-to-bitwarden = to Bitwarden with its bw program
audit-detail-to-clipboard = to the clipboard
# $path: the database file; $group: the group in it.
audit-detail-to-keepass = to the KeePass database { $path }, group { $group }
# $path: the file.
audit-detail-profile-keys-exported = with every key of the profile, to { $path }
# $message: what the update did (English, from the update).
audit-detail-rotation-update = rotation update: { $message }
# $count: how many keys.
audit-detail-orphans-removed = removed { $count } orphaned key(s) from the vault
# $route: batch or realtime.
audit-detail-attached = key made elsewhere, checked on the { $route } route, saved in the vault
# $name: the profile; $count: how many keys this device held for it.
audit-detail-profile-deleted = profile “{ $name }” deleted with the { $count } { $count ->
        [one] key
       *[other] keys
    } this device held for it
# $name: the profile; $removed: keys removed; $count: keys held.
audit-detail-profile-kept = profile “{ $name }” kept: the vault refused to remove its keys ({ $removed } of { $count } removed)
audit-detail-key-saved = key saved in the vault
audit-detail-session-in-vault = session kept in the vault
audit-detail-as-env-line = as an env line
# $path: the file.
audit-detail-to-file = to { $path }
# A key check. $source: pasted, held or rotation; $route: batch or realtime; $result: the
# contract's word (valid, revoked, invalid, forbidden, rateLimited, unreachable); $code:
# Scriptix's error code or "none"; $same: yes when the key is one this device holds;
# $warnings: the overridden warnings' codes, or "none".
audit-detail-key-check = { $source ->
        [pasted] pasted key
        [held] held key
       *[rotation] rotation's new key
    }, { $route } route: { $result }{ $code ->
        [none] {""}
       *[other] {" "}({ $code })
    }{ $same ->
        [yes] ; same key as one in this device's vault
       *[no] {""}
    }{ $warnings ->
        [none] {""}
       *[other] ; checked despite warnings: { $warnings }
    }
