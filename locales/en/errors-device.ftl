## Errors of this device: the vault, the local data file, the clipboard, pasted keys, notes
## and the workspace's own states (src-tauri/core: vault/error.rs, store/error.rs,
## clipboard.rs, secret.rs, store/notes.rs, workspace/error.rs). The English text is the
## error's own text: a Rust test compares them.

vault-no-connection = No desktop session bus was found, so the secret vault cannot be reached. Start Scriptix Keys from a normal desktop session (D-Bus), with GNOME Keyring or KWallet running.
vault-no-provider = No secret vault is installed. Install and unlock GNOME Keyring or KWallet (Secret Service), then try again.
vault-locked = The secret vault is locked. Unlock GNOME Keyring or KWallet (for example by signing in to the desktop again), then try again.
vault-other = The secret vault did not work. Check that GNOME Keyring or KWallet (Secret Service) is installed, running and unlocked, then try again.
vault-locked-macos = The macOS Keychain is locked or access was refused. Unlock your login keychain (Keychain Access) and allow Scriptix Keys to use it.
vault-other-macos = The macOS Keychain could not be used. Open Keychain Access, check that the login keychain exists and is unlocked, then try again.
vault-locked-windows = Windows Credential Manager refused access. Sign in to Windows normally (not as a restricted user) and try again.
vault-other-windows = Windows Credential Manager could not be used. Check that the Credential Manager service is running, then try again.
vault-unreadable = A saved secret could not be read. Sign in again or store the key again.
# $seconds: how long the app waited for the vault.
vault-timed-out = The secret vault did not answer within { $seconds } seconds (an unlock prompt may be waiting). Unlock it, then try again.

# $reason: the operating system's reason, in its own words.
store-open = The local data file could not be opened ({ $reason }).
# $found: the schema version in the file.
store-too-new = The local data file was written by a newer version of Scriptix Keys (schema { $found }). Update the app.
store-corrupt = The local data file holds a value this app cannot read.
store-sqlite = The local data file could not be read or written.

clipboard-unavailable = The clipboard is not available on this desktop, so nothing was copied.
clipboard-refused = The clipboard did not accept the text, so nothing was copied. Try again.

key-format-empty = The key is empty. Paste the whole key and try again.
key-format-line-break = The key contains a line break. Paste it again as one line.
key-format-whitespace = The key contains a space. Keys never contain spaces; paste it again.
key-format-control-character = The key contains an invisible control character. Paste it again.

# $chars: how many characters the field has.
notes-too-long = This field is { $chars } characters long; at most 500 are allowed.
notes-control-character-text = This field contains a control character. Use plain text.
notes-control-character-line = This field contains a control character. Use plain text on one line.
notes-looks-like-key = This looks like an API key; notes are stored unencrypted, so keys never go here.

workspace-no-active-profile = Choose or add a profile first.
workspace-not-signed-in = Sign in to continue.
workspace-no-pending-sign-in = The sign-in has expired. Enter your password again.
workspace-key-not-held = This device does not hold the key of that token. Scriptix shows a key only once, when it is created.
# $server: the server the profile points at now.
workspace-other-server-key = Nothing was sent: this key was issued by another server than the one this profile now points at ({ $server }). Create a new profile for the other server.
# $server: the server the profile points at now.
workspace-other-server-sign-in = Nothing was sent: this sign-in was issued by another server than the one this profile now points at ({ $server }). Create a new profile for the other server.
# $server: the server the profile now points at.
workspace-other-server-password = Nothing was sent: this password was typed for another server than the one this profile now points at ({ $server }). Sign in again.
# $reason: the vault's error, a sentence of its own.
workspace-profile-kept = The profile was kept: the vault did not let Scriptix Keys remove its keys. { $reason }
workspace-unsaved-key-shown = The key on screen is not saved in this device's vault, and Scriptix will never show it again. Copy it or save it with Export…, close the key dialog, then sign out.

## Requests the workspace refuses (src-tauri/core/src/workspace/, src-tauri/src/keepass.rs).

create-choose-type = Choose Batch or Realtime.
expiry-choose-years = Choose 1, 2 or 5 years.
create-interrupted-already-handled = This interrupted create was already dealt with.
profile-export-format = All the keys of a profile go into one file for a password manager: choose 1Password, Bitwarden or KeePassXC (CSV).
export-use-keepass-database = Choose “Save to a KeePass database…” to write the key into a KeePass database.
usage-test-request-demo-only = Test requests are sent only in the demo workspace, so nothing was sent.
workspace-token-not-listed = That token is not in the list. Refresh the list and try again.
workspace-rotation-unknown = That rotation is not known here.
workspace-rotation-new-key-not-stored = The new key of this rotation is not stored yet.
keepass-choose-database = Choose a KeePass database first.
keepass-choose-key-file = Choose the key file first.
