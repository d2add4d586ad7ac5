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
