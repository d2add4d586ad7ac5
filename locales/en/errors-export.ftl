## Errors of exports (src-tauri/core/src/export/error.rs): .env files, 1Password, KeePass and
## Bitwarden. The English text is the error's own text (a Rust test compares them).

# $name: the variable name as typed.
export-invalid-variable = "{ $name }" cannot be a variable name: use letters, digits and underscores, and do not start with a digit.
export-key-needs-quoting = This key contains characters a .env file cannot hold safely. Copy it and paste it where it is needed instead.
export-not-a-file = Choose a file name, not a folder.
# $path: the file.
export-not-text = { $path } is not a text file, so it was left unchanged. Choose another file.
# $path: the file; $reason: the operating system's message.
export-write = { $path } could not be written ({ $reason }).
export-bad-vault = That 1Password vault cannot be used. Choose a vault from the list.
# $reason: what 1Password's op program said (its own words, usually English), or an export-reason-… message.
export-op-failed = 1Password's op program failed: { $reason }. Nothing was changed; try again, or save the template file instead.
export-op-missing = 1Password's op program was not found. Install the 1Password CLI (https://developer.1password.com/docs/cli/get-started/) and turn on “Integrate with 1Password CLI” in the 1Password app, or save the template file instead.
export-op-not-signed-in = 1Password's op program is not signed in. Turn on “Integrate with 1Password CLI” in the 1Password app (Settings › Developer) or run “op signin” in a terminal, then try again. Nothing was changed.
export-op-locked = 1Password is locked, or its unlock prompt was closed. Unlock the 1Password app and try again. Nothing was changed.
export-op-no-such-vault = That 1Password vault is not in the signed-in account. Choose a vault from the list. Nothing was changed.
export-op-item-gone = The 1Password item the key was saved to is no longer in its vault. Nothing was changed; export the new key to 1Password again.
export-op-timeout = The 1Password CLI did not finish in time, so it was stopped. Unlock 1Password and try again, or save the template file instead.
export-kdbx-password = That is not the password (or key file) of this KeePass database. Nothing was changed; try again.
# $path: the key file; $reason: the operating system's message.
export-kdbx-key-file = The key file { $path } could not be read ({ $reason }). Nothing was changed.
# $path: the database file; $reason: why (the KeePass library's words).
export-kdbx-unreadable = { $path } could not be opened as a KeePass database: { $reason }. Nothing was changed.
export-kdbx-entry-gone = The KeePass entry the key was saved to is no longer in the database. Nothing was changed.
export-kdbx-group = That group is not in the KeePass database. Choose a group from the list.
export-bw-not-signed-in = Bitwarden's bw program is not signed in. Run “bw login” in a terminal once, then unlock it here with your master password. Nothing was changed.
export-bw-locked = Your Bitwarden vault is locked. Unlock it with your master password (Export… › Bitwarden), then try again. Nothing was changed.
export-bw-wrong-password = That is not your Bitwarden master password. Nothing was unlocked; try again.
# $reason: what Bitwarden's bw program said (its own words, usually English), or an export-reason-… message.
export-bw-failed = Bitwarden's bw program did not create the item: { $reason }. Nothing was added.
export-bw-missing = Bitwarden's bw program was not found. Install the Bitwarden CLI (https://bitwarden.com/help/cli/) or save a Bitwarden import file instead.
export-encode = The export could not be produced.

## What the app found when op or bw failed: the $reason of export-op-failed and export-bw-failed.
export-reason-odd-vault-list = it answered the vault list in a form this app does not know
export-reason-odd-status = it answered its status in a form this app does not know
export-reason-odd-folder-list = it answered the folder list in a form this app does not know
export-reason-odd-item = it answered the item in a form this app does not know
export-reason-no-credential-field = the item has no concealed credential field any more
# $reason: the system's reason (its own words).
export-reason-not-started = it could not be started ({ $reason })
# $reason: the system's reason (its own words).
export-reason-not-waited = it could not be waited for ({ $reason })
export-reason-too-slow = it did not finish in time
export-reason-no-session = it did not print a session
export-reason-bad-item-id = the remembered item id is not one bw uses
export-reason-not-a-login = the item is not a login any more
export-reason-stopped = it stopped unexpectedly
# Settings' 1Password list could not be read. $reason: what op said, or an export-reason-… message.
export-op-vaults-failed = 1Password's op program could not list your vaults: { $reason }.
# A saved file git would commit (src-tauri/core/src/export/gitignore.rs). $name: the file's
# name; $root: the repository's folder.
export-gitignore-warning = { $name } is inside the git repository at { $root } and no .gitignore there ignores it. Add { $name } to .gitignore before committing, or the key will end up in the repository's history.
