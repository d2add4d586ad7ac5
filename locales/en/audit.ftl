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
