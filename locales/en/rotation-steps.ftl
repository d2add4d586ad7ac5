## The rotation wizard's own steps: the plan (ui/js/views/rotation-plan.js), the new key
## (rotation-reveal.js) and cancelling a rotation (rotation-cancel.js).

# $name: the token to rotate.
rotation-plan-title-one = Rotate “{ $name }”
# $count: how many tokens are rotated (more than one).
rotation-plan-title-many = Rotate { $count ->
    [one] { $count } token
   *[other] { $count } tokens
}
rotation-plan-intro = A replacement token with a new key is created first. The old key keeps working for a grace period so integrations can switch over; then the old token is deleted.
rotation-plan-no-name = (no name)
# $id: the token's ID; $date: when it expires.
rotation-plan-token-expires = ID { $id } · expires { $date }
# $id: the token's ID.
rotation-plan-token-expiry-unknown = ID { $id } · expiry unknown
rotation-plan-name = Name of the replacement
# Before the type badge: "Type: [Batch] the same as the old token."
rotation-plan-type = Type:
# After the type badge.
rotation-plan-type-same = the same as the old token.
# $example: the first replacement's name.
rotation-plan-bulk-names = Each replacement keeps the type of its old token and is named like “{ $example }”.
rotation-plan-expires-after = The replacement expires after
rotation-plan-grace = Keep the old key working
rotation-plan-grace-date = Keep the old key working until
# $date: the day a grace period ends.
rotation-plan-grace-until = until { $date }
rotation-plan-emergency-note = Integrations still using the old key stop working right away. Use this when the old key has leaked.
rotation-plan-auto-delete = Delete the old token automatically when the grace period ends
rotation-plan-cancel = Cancel
rotation-plan-submit-one = Create replacement
# $count: how many replacements (more than one).
rotation-plan-submit-many = Create { $count ->
    [one] { $count } replacement
   *[other] { $count } replacements
}
rotation-plan-planning = Planning…

## The new key of a rotation.

# $name: the old token's name.
rotation-reveal-title = New key for “{ $name }”
rotation-reveal-vault-refused = The vault refused the new key
rotation-reveal-vault-refused-text = This device could not store the new key, so Scriptix Keys cannot copy it for you later. Copy it or save it with Export… now: Scriptix will never show it again.
rotation-reveal-ack = I have copied or saved the new key somewhere safe
rotation-reveal-confirm = Confirm
rotation-reveal-confirming = Confirming…
rotation-reveal-ack-done = Thank you. Keep that copy safe: it is the only one.
rotation-reveal-verify = Check the new key works
rotation-reveal-checking = Checking…
rotation-reveal-cancel = Cancel rotation
rotation-reveal-next = Next key
rotation-reveal-continue = Continue

## Cancelling a rotation.

# $name: the old token's name.
rotation-cancel-title = Cancel the rotation of “{ $name }”
rotation-cancel-cancelling = Cancelling…
rotation-cancel-failed = The rotation was not cancelled.
rotation-cancel-close = Close
# $name: the replacement's name.
rotation-cancel-question = The replacement “{ $name }” was already created. Delete it, or keep it as an ordinary token?
rotation-cancel-question-unnamed = The replacement was already created. Delete it, or keep it as an ordinary token?
rotation-cancel-delete = Delete the replacement
rotation-cancel-keep = Keep it
rotation-cancel-deleting = Deleting…
rotation-cancel-keeping = Keeping…
# $name: the replacement's name.
rotation-cancel-deleted = Deleted “{ $name }”.
rotation-cancel-deleted-unnamed = Deleted the replacement.
# $name: the replacement's name.
rotation-cancel-kept = Kept “{ $name }” as an ordinary token.
rotation-cancel-kept-unnamed = Kept the replacement as an ordinary token.
