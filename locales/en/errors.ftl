## Errors the core reports by code (src-tauri/core: names.rs, base_url.rs, profiles.rs). The
## English text is the error's own text: a Rust test compares them, so logs and window agree.

name-empty = Enter a name for the token.
# $chars: how many characters the trimmed name has.
name-too-long = The name is { $chars } characters long; at most 100 are allowed.
# $codepoint: the character as U+XXXX.
name-control-character = The name contains a control character ({ $codepoint }), such as a line break or tab. Use plain text on one line.
# $codepoint: the character as U+XXXX.
name-bidi-control = The name contains an invisible text-direction character ({ $codepoint }) that can make it display misleadingly. Remove it.
# $codepoint: the character as U+XXXX.
name-invisible = The name contains an invisible character ({ $codepoint }) that makes it look like another name. Remove it.

base-url-empty = Enter the Scriptix address, for example https://api.scriptix.io.
base-url-not-a-url = This is not a complete web address. Start it with https://, for example https://api.scriptix.io.
base-url-unsupported-scheme = Only https:// addresses are supported (http:// only for this computer).
base-url-insecure = Plain http:// is only allowed for this computer (localhost, 127.0.0.1, [::1]). Use https:// for any other address.
base-url-has-credentials = The address must not contain a user name or password. Remove the part before @.
base-url-has-query = The address must not contain a query (the part after ?). Remove it.
base-url-has-fragment = The address must not contain a fragment (the part after #). Remove it.
base-url-missing-host = The address has no host name.

profile-name-empty = Enter a name for the profile.
# $chars: how many characters the name has.
profile-name-too-long = The profile name is { $chars } characters long; at most 60 are allowed.
profile-unknown = This profile no longer exists.
profile-corrupt = The profiles file was damaged and has been set aside; the profiles need to be added again.
# $count: how many keys this device holds for the profile; $server: the server that issued them.
profile-server-holds-keys = This device holds { $count } { $count ->
        [one] key
       *[other] keys
    } issued by { $server }, so this profile's server cannot change. Create a new profile for the other server.
profile-demo-server-fixed = The demo workspace always uses its built-in server. Create a new profile for another server.
# $reason: the system's reason (in the system's words).
profile-io = The profiles file could not be read or written ({ $reason }).

## Errors of the app itself (src-tauri/src: state.rs, updates.rs, commands).
shell-shutting-down = Scriptix Keys is shutting down.
# $reason: why the folder could not be opened (an error of this catalogue).
shell-data-folder = Scriptix Keys could not open its data folder: { $reason }
# $reason: why the local server could not start (the system's words).
shell-demo-not-started = The demo workspace could not start its local server: { $reason }
shell-select-stopped = Switching profiles stopped unexpectedly. Try again.
shell-op-stopped = The 1Password step stopped unexpectedly. Nothing was added; try again.
shell-bw-stopped = The Bitwarden step stopped unexpectedly.
shell-panicked = Something went wrong inside Scriptix Keys and this action was stopped. The app is still running; try again, and restart the app if it happens again.
shell-pseudo-locale = Choose System, English or Nederlands.
shell-update-no-server = Set an update server in Settings first.
shell-update-no-key = This build of Scriptix Keys has no update key, so it cannot check for updates.
shell-update-unusable = The update server's address cannot be used. Check it in Settings.
shell-update-unreachable = The update server could not be reached, or its answer was not an update manifest.
shell-update-none-waiting = No verified update is waiting. Check for updates again.
shell-update-not-installed = The update could not be installed. Scriptix Keys is unchanged.
shell-update-bad-signature = The update was refused: its signature does not match this app's update key. Nothing was installed.
shell-update-not-downloaded = The update could not be downloaded. Nothing was installed; try again later.
