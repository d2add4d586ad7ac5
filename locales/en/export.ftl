## Exporting a key (ui/js/views/export-dialog.js and ui/js/lib/export.js): the formats, the
## variable name and its check, 1Password's vaults, and the result. The KeePass and Bitwarden
## parts are in keepass.ftl and bitwarden.ftl.

export-title = Export key
# $token: the token (lifecycle-token-label).
export-token = The key of { $token }
export-format = Format
export-note = Exported files are the only place a key is ever written to disk, and only when you ask. Store the file somewhere safe and delete it after importing.
export-cancel = Cancel
export-close = Close
export-submit = Export

## The formats: a label and a one-line description (at most about 50 characters) each.

export-format-env-line = .env line (copy)
export-format-env-line-text = Copies NAME=key for an existing .env file.
export-format-env-file = .env file…
export-format-env-file-text = Adds it to a .env file; other lines stay.
export-format-op-cli = 1Password (op)…
export-format-op-cli-text = Adds it with op, or saves its item template.
export-format-op-csv = 1Password CSV file…
export-format-op-csv-text = A CSV file for 1Password’s import.
export-format-bw-json = Bitwarden JSON file…
export-format-bw-json-text = An unencrypted JSON file for Bitwarden.
export-format-bw-csv = Bitwarden CSV file…
export-format-bw-csv-text = A CSV file for Bitwarden’s import.
export-format-bw-cli = Bitwarden (bw)…
export-format-bw-cli-text = Adds it with bw, straight into your vault.
export-format-keepassxc-csv = KeePassXC CSV file…
export-format-keepassxc-csv-text = A CSV file for KeePassXC’s CSV import.
export-format-kdbx = KeePass database…
export-format-kdbx-text = A new entry in your .kdbx database.

## The variable name of the .env formats.

export-variable = Variable name
export-variable-hint = Letters, digits and _; integrations look for SCRIPTIX_API_TOKEN.
export-variable-empty = Enter a variable name, for example SCRIPTIX_API_TOKEN.
export-variable-space = A variable name cannot contain spaces. Use _ instead, for example SCRIPTIX_API_TOKEN.
export-variable-digit = A variable name cannot start with a digit. Start with a letter or _.
# $char: the first character that is not allowed.
export-variable-char = A variable name can only use letters A–Z, digits and _ (not “{ $char }”).

## 1Password.

export-op-vault = 1Password vault
export-op-vault-text = The item is created with 1Password’s op program; the key goes to it directly, never on a command line.
export-op-add = Add to 1Password
# $problem: why op cannot be used (from the app's core).
export-op-fallback = { $problem } The item template file is offered instead.

## While exporting, and the result.

export-busy-kdbx = Opening the database…
export-busy-op = Adding to 1Password…
export-busy-file = Choose where to save…
export-busy = Exporting…
# $path: the file the key was saved to.
export-saved-to = Saved to { $path }
export-added-bitwarden = Added to Bitwarden.
export-added-op = Added to 1Password.
# $vault: the name of the 1Password vault.
export-added-op-vault = Added to 1Password (vault “{ $vault }”).
# Followed by the command (op item create …).
export-command = Create the item with:{" "}
export-warning-title = ⚠ Check where this file is
# $message: why the key could not be found (the error).
export-not-found = { $message } This device no longer holds the key, so it cannot be exported from here.
