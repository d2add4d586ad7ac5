## Deleting tokens (ui/js/views/delete-flow.js): the native confirmation, the preview for
## several tokens, the extra confirmation for keys still in use, and the report. The
## confirmation's sentence and the report's summary are in lifecycle.ftl.

# When a key was last used. $when: a relative time ("5 minutes ago"); $date: the exact date and time.
delete-last-used = Last used { $when } ({ $date })
# The same, with where from. $ip: the address it was used from.
delete-last-used-from = Last used { $when } ({ $date }) from { $ip }
delete-never-used = Never used

## The native confirmation (its title and buttons) and the preview for several tokens.

# $count: how many tokens are about to be deleted.
delete-confirm-title = { $count ->
    [one] Delete token?
   *[other] Delete { $count } tokens?
}
# The button that deletes. $count: how many tokens.
delete-confirm-ok = { $count ->
    [one] Delete
   *[other] Delete { $count } tokens
}
delete-cancel = Cancel
delete-bulk-text = Integrations using these keys stop working immediately. This cannot be undone.
delete-bulk-name = Name
delete-bulk-id = ID
delete-bulk-type = Type
delete-bulk-expires = Expires
delete-bulk-last-used = Last used
delete-bulk-no-name = (no name)
delete-unknown = Unknown
# $count: the number the user must type, the number of tokens (digits only, as typed).
delete-bulk-type-count = Type { $count } to confirm

## The extra confirmation for keys used within the recent hours (Settings).

# $count: how many of the keys were used recently.
delete-recent-title = { $count ->
    [one] This key is still in use
   *[other] { $count } keys are still in use
}
# $hours: the "in use" setting, in hours.
delete-recent-within = { $hours ->
    [one] Used within the last hour
   *[other] Used within the last { $hours } hours
}
# $count: how many of the keys were used recently.
delete-recent-text = { $count ->
    [one] Something still sends requests with this key. Deleting it breaks that integration at once, and a deleted token cannot be recovered.
   *[other] Something still sends requests with these keys. Deleting them breaks those integrations at once, and a deleted token cannot be recovered.
}
# A token without a name. $id: its ID.
delete-recent-unnamed = Token { $id }
# $count: how many of the keys were used recently.
delete-recent-confirm = { $count ->
    [one] I know this key is in use and want to delete it now
   *[other] I know these keys are in use and want to delete them now
}
# $count: how many of the keys were used recently.
delete-recent-delete = { $count ->
    [one] Delete anyway
   *[other] Delete { $count } keys anyway
}
delete-recent-keep = Keep

## The report after deleting.

delete-report-dismiss = Dismiss
