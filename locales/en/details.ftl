## A token's details panel (ui/js/views/details-panel.js): its facts, this device's notes
## (ui/js/lib/notes.js).

details-no-name = (no name)
details-id = ID
details-name = Name
details-type = Type
details-created = Created
details-expires = Expires
details-status = Status
details-key = Key
details-key-ends = Key ends
details-unknown = Unknown
# $date: the exact expiry date and time.
details-expires-recorded = { $date } (recorded by this app)
details-expires-unknown = Unknown: Scriptix did not say
details-key-saved = Saved in this computer’s vault
details-key-not-here = Not on this device
details-custom-environment = Custom environment
details-custom-environment-placeholder = for example “eu-west”
# $date: when the notes were last saved (an exact date and time).
details-last-saved = Last saved { $date }
details-save = Save notes
details-saving = Saving…
details-saved = ✓ Notes saved
details-close = Close
details-description = Description
details-environment = Environment
details-used-by = Used by
details-used-by-hint = service, host or repository
details-owner = Owner
details-destinations = Where the key went
details-loading = Loading…
details-no-destinations = Not handed off from this device yet.
details-notes = Notes
details-notes-private = Notes stay on this device; they are never sent to Scriptix.

## The environment choices and the list's chip and line (ui/js/lib/notes.js).

details-env-not-set = Not set
details-env-production = Production
details-env-staging = Staging
details-env-dev = Dev
details-env-custom = Custom…
details-env-chip-production = production
details-env-chip-staging = staging
details-env-chip-dev = dev
# The line under a token's name in the list. $who: the "Used by" note.
details-used-by-line = Used by: { $who }
