## What can be done to tokens from the list (ui/js/views/token-actions.js): the row menu, the
## selection's buttons, forgetting a key, and cleaning up keys of tokens that are gone.

actions-deleting = Deleting…
# $count: how many tokens are selected.
actions-delete-selected = Delete selected ({ $count })
# $count: how many selected tokens can be rotated.
actions-rotate-selected = Rotate selected ({ $count })

actions-forget-title = Forget the key on this device?
actions-forget = Forget key
actions-cancel = Cancel
# $token: the token (lifecycle-token-label).
actions-forget-body = This removes only this computer’s copy of the key for { $token }. The token keeps working on Scriptix.
actions-forget-warning = If nobody else has the key, you will not be able to copy it again; you would need a new token.
actions-forgetting = Forgetting…

# $text: how many keys belong to tokens that are gone (lifecycle-orphans).
actions-orphans = { $text }.
actions-orphans-clean = Clean up
actions-orphans-hint = Cleaning up removes only those keys from this device.
# A key without a token name in the list below. $id: the token's ID.
actions-orphan-unnamed = ID { $id }
actions-orphans-confirm-title = Remove keys from this device?
# $names: the tokens' names, separated by commas.
actions-orphans-confirm = Remove the keys of { $names } from this device? Scriptix is asked first; only keys whose token no longer exists are removed.
actions-orphans-confirm-ok = Remove
actions-orphans-confirm-cancel = Keep them
actions-orphans-cleaning = Cleaning up…
# $count: how many keys were removed.
actions-orphans-removed = Removed { $count ->
    [one] { $count } key
   *[other] { $count } keys
} from this device.

## The row's menu (⋯).

# $token: the token (lifecycle-token-label).
actions-menu = Actions for { $token }
actions-menu-title = Actions (Shift+F10)
actions-copy-key = Copy key
actions-details = Details and notes
actions-export = Export…
actions-rotate = Rotate…
actions-check = Check key
actions-howto = How to use
actions-attach = Attach a key…
actions-forget-menu = Forget key on this device…
actions-delete = Delete…
# Ctrl+C on a row whose key this device does not hold. $token: the token (lifecycle-token-label).
actions-no-key = This device does not hold the key for { $token }; only a key created or saved here can be copied.
