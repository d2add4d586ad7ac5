## A token's life, shared by several screens (ui/js/lib/lifecycle.js): the name check (the
## same rules as the core), the expiry choices, how a token is named, and the delete
## confirmation and report. The clipboard countdown is in clipboard.ftl.

lifecycle-name-empty = Enter a name for the token.
# $code: the character's code point, e.g. U+202E.
lifecycle-name-bidi = The name contains an invisible text-direction character ({ $code }) that can make it display misleadingly. Remove it.
# $code: the character's code point, e.g. U+0009.
lifecycle-name-control = The name contains a control character ({ $code }), such as a line break or tab. Use plain text on one line.
# $length: the name's length in characters; $max: the longest allowed (100).
lifecycle-name-too-long = The name is { $length ->
    [one] { $length } character
   *[other] { $length } characters
} long; at most { $max } are allowed.
# $name: the name typed, which another token already has.
lifecycle-name-duplicate = You already have a token named “{ $name }”. You can still create it, but two tokens with one name are easy to mix up.

# An expiry period. $years: 1, 2 or 5.
lifecycle-years = { $years ->
    [one] { $years } year
   *[other] { $years } years
}
# $date: an exact date.
lifecycle-expires-on = Expires on { $date }

## How a token is named in confirmations and reports, and deleting tokens.

# $name: the token's name; $id: its ID.
lifecycle-token-label = “{ $name }” (ID { $id })
# $id: the ID of a token without a name.
lifecycle-token-label-unnamed = token ID { $id }
# $token: the token (lifecycle-token-label).
lifecycle-delete-confirm-one = Delete { $token }? Integrations using this key stop working immediately. This cannot be undone.
# $count: how many tokens (more than one).
lifecycle-delete-confirm-many = Delete { $count ->
    [one] { $count } token
   *[other] { $count } tokens
}? Integrations using these keys stop working immediately. This cannot be undone.
lifecycle-delete-unconfirmed = Scriptix did not confirm the delete. Refresh the list and try again.
# $count: tokens deleted.
lifecycle-deleted = { $count ->
    [one] { $count } token
   *[other] { $count } tokens
} deleted
# $count: tokens deleted; $gone: how many of them were already deleted elsewhere.
lifecycle-deleted-some-gone = { $count ->
    [one] { $count } token
   *[other] { $count } tokens
} deleted ({ $gone } already gone)
# $count: tokens that could not be deleted (none was).
lifecycle-delete-failed = Could not delete { $count ->
    [one] { $count } token
   *[other] { $count } tokens
}
# $done: tokens deleted; $failed: tokens that could not be deleted.
lifecycle-deleted-partly = { $done ->
    [one] { $done } token
   *[other] { $done } tokens
} deleted; { $failed } could not be deleted
# $count: keys in this device's vault whose tokens no longer exist.
lifecycle-orphans = { $count ->
    [one] { $count } key on this device belongs to a token that no longer exists
   *[other] { $count } keys on this device belong to tokens that no longer exist
}

## Per-token delete results from the core (src-tauri/core/src/workspace/lifecycle.rs, usage.rs).

# $reason: why the vault could not remove it (a message of its own).
delete-key-not-removed = Deleted on Scriptix, but this device's copy of the key could not be removed: { $reason }
# $minutes: how long ago the key was last used.
delete-in-use = Not deleted: this key was used { $minutes } minutes ago. Confirm that you want to delete a key in use.
# $ip: the address it was used from; $minutes: how long ago.
delete-in-use-from = Not deleted: this key was used from { $ip } { $minutes } minutes ago. Confirm that you want to delete a key in use.
