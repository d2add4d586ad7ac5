## The attention centre (ui/js/views/expiry-centre.js), the watch that keeps its badge, banners
## and the window title (expiry-watch.js), and the reminder days (ui/js/lib/expiry.js).

expiry-title = Attention
expiry-close = Close
expiry-rotate-all-label = Rotate all tokens expiring within
# After the number of days typed in the field.
expiry-days = days
expiry-rotate-all = Rotate all
# $count: how many tokens would be rotated.
expiry-rotate-count = Rotate { $count ->
    [one] { $count } token…
   *[other] { $count } tokens…
}
expiry-days-invalid = Enter a whole number of days from 1 to 365.
expiry-calendar = Add expiry dates to calendar
# $path: where the calendar file was saved.
expiry-calendar-saved = Saved { $path }. Import it into your calendar; importing a newer file updates the same events.
expiry-unusual = Unusual use
expiry-rotations = Rotations in progress
expiry-no-rotations = No rotations in progress.
expiry-expired = Expired
expiry-no-expired = No expired tokens.
# $days: the largest reminder (30 by default).
expiry-expiring = Expiring within { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# $days: as in expiry-expiring.
expiry-no-expiring = No tokens expire within { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
expiry-unused = Unused keys
expiry-no-name = (no name)
# $relative: e.g. "3 days ago".
expiry-token-expired = Expired { $relative }
# $relative: e.g. "in 5 days".
expiry-token-expires = Expires { $relative }
expiry-token-busy = · rotation in progress
# $name: the token's name.
expiry-rotate-token = Rotate “{ $name }”
expiry-rotate = Rotate…
# $name: the token's name.
expiry-delete-token = Delete “{ $name }”
expiry-delete = Delete…
# $name: the token's name.
expiry-who-uses = Who uses “{ $name }”
expiry-see-used-by = See “Used by”
expiry-details = Details
# A token without a name. $id: its ID.
expiry-token-id = token { $id }

## Rotations in progress.

expiry-wait-day = Wait another day
expiry-delete-anyway = Delete anyway
expiry-delete-old-now = Delete old token now
expiry-show-key = Show key
expiry-replace = Replace it
expiry-cancel = Cancel
expiry-replaced-by = replaced by
expiry-grace-ended = Grace period ended
# $date: when the grace period ended.
expiry-grace-was-to-stop = The old key was to stop on { $date }.
# $date: when the grace period ends.
expiry-grace-until-auto = The old key keeps working until { $date }; then it is deleted automatically.
# $date: when the grace period ends.
expiry-grace-until-confirm = The old key keeps working until { $date }; then it is deleted after you confirm.
# $duration: how long ago (usage-view-minutes or usage-view-hours); $when: when usage is looked at again ("in 23 hours").
expiry-in-use = Still in use { $duration } ago, so the old token was not deleted. Usage is looked at again { $when }; it is deleted once the key has gone quiet.
# $ip: the address; $duration, $when: as in expiry-in-use.
expiry-in-use-from = Still in use from { $ip } { $duration } ago, so the old token was not deleted. Usage is looked at again { $when }; it is deleted once the key has gone quiet.
# In expiry-in-use when the time is not known.
expiry-soon = soon

## Before an old token is deleted.

expiry-delete-old-title = Delete the old token?
expiry-not-now = Not now
expiry-delete-old = Delete old token
# $name: the old token; $date: when its grace period ended.
expiry-delete-old-due = The grace period for “{ $name }” ended on { $date }. Delete it now? Integrations still using it will stop working.
# $name: the old token; $date: when its grace period ends.
expiry-delete-old-early = Delete “{ $name }” now, before its grace period ends on { $date }? Integrations still using it will stop working.
# $name: the new token.
expiry-replacement-stays = Its replacement “{ $name }” stays.

## The Attention button, banners and statuses (ui/js/views/expiry-watch.js).

expiry-button-title = What needs attention: expired and expiring tokens, rotations in progress, unusual use of a key
# Heard after the badge's number.
expiry-badge-words = need attention
expiry-check-key = Check a key…
expiry-check-key-title = Check whether a key works (Ctrl+K)
expiry-dismiss = Dismiss
expiry-show = Show
# $count: rotations resumed.
expiry-resumed = Resumed { $count ->
    [one] { $count } rotation
   *[other] { $count } rotations
} interrupted last time.
# After expiry-resumed. $count: new keys the vault refused.
expiry-resumed-vault = The vault refused { $count ->
    [one] a new key: save it
   *[other] { $count } new keys: save them
} now from the expiry centre.
# $name: the old token; $reason: why it was kept (expiry-in-use).
expiry-kept-old = Kept old token “{ $name }”: { $reason }
# $name: the old token.
expiry-deleted-old-grace = Deleted old token “{ $name }” (grace period ended).
# $name: the old token.
expiry-deleted-old = Deleted old token “{ $name }”.
# $name: the old token; $message: why (an error message).
expiry-delete-old-failed = Could not delete old token “{ $name }”: { $message }
# $name: the old token.
expiry-kept-day = “{ $name }” is kept for another day.

## The reminder days in Settings (ui/js/lib/expiry.js).

expiry-thresholds-empty = Enter at least one number of days, for example 30, 7, 1.
# $value: what was typed.
expiry-thresholds-negative = “{ $value }”: the number of days cannot be negative. Use 0 for the day a token expires.
# $value: what was typed.
expiry-thresholds-not-number = “{ $value }” is not a whole number of days. Use numbers separated by commas, for example 30, 7, 1.
# $days: the number typed; $max: the most allowed (365).
expiry-thresholds-too-far = { $days } days is too far ahead; reminders can start at most { $max } days before expiry.
# $max: the most reminders allowed (10).
expiry-thresholds-too-many = Use at most { $max } reminders.
