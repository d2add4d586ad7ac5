## A token's details panel (ui/js/views/details-panel.js): its facts, this device's notes
## (ui/js/lib/notes.js) and where its key was handed off to (ui/js/lib/destinations.js).

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

## Where a key was handed off to (ui/js/lib/destinations.js).

details-destination-env-file = .env file
details-destination-onepassword-template = 1Password item template file
details-destination-onepassword-csv = 1Password CSV import file
details-destination-bitwarden-json = Bitwarden JSON import file
details-destination-bitwarden-csv = Bitwarden CSV import file
details-destination-keepassxc-csv = KeePassXC CSV import file
details-destination-onepassword = 1Password item
details-destination-bitwarden = Bitwarden item
details-destination-keepass = KeePass database entry
details-destination-other = Somewhere else
# $variable: the variable's name; $file: the .env file's path.
details-destination-variable-in = { $variable } in { $file }
# $vault: the 1Password vault.
details-destination-vault = vault { $vault }
# $vault: the 1Password vault; $item: the item.
details-destination-vault-item = vault { $vault }, item { $item }
# $item: the Bitwarden item.
details-destination-item = item { $item }
# $label: the Bitwarden folder or name; $item: the item.
details-destination-label-item = { $label }, item { $item }
