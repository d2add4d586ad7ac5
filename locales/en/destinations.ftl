## Where a key was handed off to (ui/js/lib/destinations.js), as the details pane and the end
## of a rotation list it: what kind of place, and where exactly.

destination-env-file = .env file
destination-op-template = 1Password item template file
destination-op-csv = 1Password CSV import file
destination-bw-json = Bitwarden JSON import file
destination-bw-csv = Bitwarden CSV import file
destination-keepassxc-csv = KeePassXC CSV import file
destination-op-item = 1Password item
destination-bw-item = Bitwarden item
destination-kdbx-entry = KeePass database entry
destination-other = Somewhere else
# $variable: the variable's name; $file: the .env file's path.
destination-env-where = { $variable } in { $file }
# $vault: the 1Password vault.
destination-op-where = vault { $vault }
# $vault: the 1Password vault; $item: the item's ID.
destination-op-item-where = vault { $vault }, item { $item }
# $item: the Bitwarden item's ID.
destination-bw-where = item { $item }
# $folder: the Bitwarden folder; $item: the item's ID.
destination-bw-folder-where = { $folder }, item { $item }

## "Update all" at the end of a rotation: what became of each place (src-tauri/core/src/workspace/update.rs).
# $variable: the variable's name; $path: the file.
destination-update-env-done = { $variable } in { $path } holds the new key
# $path: the KeePass database.
destination-update-keepass-done = the KeePass entry in { $path } holds the new key; the old one is in its history
destination-update-bitwarden-done = the Bitwarden item holds the new key; the old one is in its password history
destination-update-op-done = the 1Password item holds the new key; the old one is in the item's history
# $path: the file; $variable: the variable's name.
destination-update-line-gone = { $path } has no { $variable } line any more, so it was left as it is.
destination-update-op-stopped = The op program stopped unexpectedly. The 1Password item was left as it is.
destination-update-op-by-hand = op did not name the 1Password item it created, so it cannot be updated here: export the new key to 1Password again.
# $path: the import file.
destination-update-import-file = { $path } is an import file: export the new key again and import it.
