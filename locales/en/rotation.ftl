## Rotation (revoke and replace): the grace choices, states, summaries and list badges of
## ui/js/lib/rotation.js, the wizard's progress and summary (ui/js/views/rotation-wizard.js)
## and "Update all" at its end (rotation-destinations.js). The plan, reveal and cancel steps
## are in rotation-steps.ftl.

## How long the old key keeps working.

# $days: 1, 7 or 14.
rotation-grace-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
rotation-grace-until = Until a date
rotation-grace-now = Now — emergency
rotation-grace-now-hint = The old key stops working as soon as the new one is safe.
rotation-grace-need-date = Choose the date until which the old key keeps working.
rotation-grace-not-a-date = That is not a date in the calendar.
rotation-grace-past = Choose a date after today. To stop the old key today, choose “Now — emergency” or “1 day”.

## A rotation's state, as a badge.

rotation-state-planned = Planned
rotation-state-creating = Creating the replacement
rotation-state-vault-failed = Key not saved on this device
rotation-state-needs-attention = Needs attention
rotation-state-retiring = Old token retiring
rotation-state-deleting = Deleting the old token
rotation-state-done = Done
rotation-state-cancelled = Cancelled
# A state this version does not know (a newer core).
rotation-state-unknown = In progress

## One rotation, in a sentence. $name: the old token's name.

rotation-summary-done = Old token “{ $name }” deleted.
rotation-summary-cancelled = Rotation of “{ $name }” cancelled. The old token keeps working.
rotation-summary-needs-attention = The rotation of “{ $name }” needs your attention.
rotation-summary-planned = The replacement for “{ $name }” has not been created yet. The old token keeps working.
rotation-summary-vault-failed = The new key for “{ $name }” is waiting for you to confirm that you saved it.
rotation-summary-deleting = Deleting old token “{ $name }”…
# $date: when the grace period ends (or rotation-summary-grace-end).
rotation-summary-retiring-auto = Old token “{ $name }” keeps working until { $date }, then it will be deleted automatically.
# $date: when the grace period ends (or rotation-summary-grace-end).
rotation-summary-retiring-confirm = Old token “{ $name }” keeps working until { $date }, then it will be deleted after you confirm.
# Stands for the date when it is not known.
rotation-summary-grace-end = the end of the grace period

## Badges in the token list.

# $date: the day the old token goes (or rotation-badge-no-date).
rotation-badge-retiring = Retiring on { $date }
rotation-badge-no-date = a date to be set
# $name: the old token's name.
rotation-badge-replacement = Replacement for “{ $name }”
# The reveal step of several rotations. $index: this key's number; $total: how many keys.
rotation-step = Key { $index } of { $total }

## The wizard. $name: the old token's name.

rotation-wizard-title = Rotate
rotation-wizard-rotating = Rotating
rotation-wizard-replacing = Replacing the new key of “{ $name }”…
rotation-wizard-opening = Opening the new key of “{ $name }”…
rotation-wizard-creating = Creating the replacement for “{ $name }”…
# $index: which rotation this is; $total: how many.
rotation-wizard-creating-many = Creating the replacement for “{ $name }” ({ $index } of { $total })…
# $count: how many rotations the summary lists.
rotation-wizard-summary = { $count ->
    [one] Rotation of “{ $name }”
   *[other] Rotation summary
}
# Read out between the old and the new token's name.
rotation-wizard-replaced-by = replaced by
rotation-wizard-done = Done
rotation-wizard-try-again = Try again
rotation-wizard-trying-again = Trying again…
rotation-wizard-replace = Replace it
rotation-wizard-cancel = Cancel rotation

## "Update all": the new key into every place the old one went.

rotation-destinations = Where the old key went
rotation-destinations-text = Update all puts the new key into each place, in the same line or entry.
rotation-destinations-update = Update all
rotation-destinations-updating = Updating…
# $path: the KeePass database's path.
rotation-destinations-password = KeePass password for { $path }
# The password field's accessible name. $path: the KeePass database's path.
rotation-destinations-password-label = Password of { $path }
# $keyFile: the key file's path.
rotation-destinations-key-file = Opened with the key file { $keyFile } again; leave the password empty if the database has none.
rotation-destinations-updated = ✓ Updated
rotation-destinations-failed = ✗ Not updated
rotation-destinations-by-hand = • By hand
