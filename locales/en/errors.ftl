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
