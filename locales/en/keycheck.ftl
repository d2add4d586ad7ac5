## Checking a key: the result of a check (src-tauri/core/src/keycheck/report.rs; the English
## text is the report's own, a Rust test compares them) and the "Check a key" dialogs
## (ui/js/views/key-check.js, ui/js/lib/keycheck.js).

keycheck-valid-title = This key works
# $kind: the route checked, "batch" or "realtime".
keycheck-valid-explanation = Scriptix accepted this key as a { $kind } key just now.
keycheck-revoked-title = This key was revoked
keycheck-revoked-explanation = Scriptix knows this key, but it has been revoked or has expired: nothing that uses it can transcribe any more.
keycheck-revoked-next = Create a new key (or rotate the token) and put the new key in every integration that used this one.
keycheck-invalid-title = Scriptix does not accept this key
keycheck-invalid-explanation = Scriptix does not know this key: it may be mistyped, cut off, expired, or from another account or server.
keycheck-invalid-next = Copy the key again from where it was first saved and check it once more. If it still fails, create a new key.
keycheck-forbidden-title = The key works, but may not make this check
# $kind: the route checked, "batch" or "realtime"; $other: the other route.
keycheck-forbidden-explanation = Scriptix recognised the key but refused the { $kind } check. It may be a { $other } key, or a key without permission for { $kind } transcription.
# $other: the route not checked, "batch" or "realtime".
keycheck-forbidden-next = If this is a { $other } key, check it as a { $other } key. Otherwise ask an administrator of your Scriptix organisation what the key may do.
keycheck-rate-limited-title = Too many checks right now
keycheck-rate-limited-explanation = Scriptix asked to slow down, so it did not say whether this key works.
# $seconds: how long Scriptix asked to wait, in seconds.
keycheck-try-again-in = Try again in { $seconds } s.
keycheck-try-again-in-a-minute = Try again in a minute.
keycheck-unreachable-title = Scriptix could not be reached
# $reason: why no answer came (the connection error, a sentence).
keycheck-unreachable-explanation = The check did not get an answer, so nothing is known about this key: it may work or not. { $reason }
keycheck-unreachable-next = Check your connection and try again in a moment.

## The "Check a key" dialogs and the result block (ui/js/views/key-check.js, ui/js/lib/keycheck.js).

# Before the next step: "What to do: Create a new key…" (the space is part of the label).
keycheck-next-label = What to do:{ " " }
# $code: Scriptix's own error code, such as KEY_REVOKED.
keycheck-server-code = Scriptix code: { $code }
keycheck-incomplete = This does not look like a complete key
keycheck-check-anyway = Check anyway
keycheck-edit = Edit
keycheck-nothing-yet = Nothing to check yet
keycheck-dialog-title = Check a key
keycheck-key-label = API key
keycheck-key-hint = Paste the key an integration uses. It is sent to Scriptix only to ask whether it works, and is not saved.
keycheck-show = Show
keycheck-hide = Hide
keycheck-show-key = Show key
keycheck-hide-key = Hide key
keycheck-type-legend = Key type
keycheck-type-auto = Automatic
keycheck-type-hint = Automatic tries the type of a matching key on this device, else batch, then realtime.
keycheck-close = Close
keycheck-check = Check
keycheck-checking = Checking…
keycheck-held-title = Check the key
# $token: the token's label, such as “Production”.
keycheck-held-token = The key of { $token } stored on this device.
keycheck-held-asking = Asking Scriptix…
keycheck-again = Check again
keycheck-vault-none = This key is not stored on this device.
# $name: the token's name.
keycheck-vault-named = This is the key of “{ $name }” stored on this device.
# $id: the token's id.
keycheck-vault-id = This is the key of token ID { $id } stored on this device.
# $seconds: how long Scriptix asked to wait.
keycheck-retry-seconds = Scriptix asks to wait { $seconds } s before checking again.
# $minutes: how long Scriptix asked to wait.
keycheck-retry-minutes = Scriptix asks to wait { $minutes } min before checking again.

## The warnings about a pasted key, before anything is sent (src-tauri/core/src/keycheck/inspect.rs).
## $after: how many visible characters come before the first odd one.

keycheck-warning-empty = Nothing was pasted: the key is empty. Copy the whole key from where it is kept and paste it again.
keycheck-warning-line-break = The key is split over several lines (a line break after character { $after }). It was probably wrapped when it was copied: paste it again as one line.
keycheck-warning-space = The key has a space inside it (after character { $after }). Keys never contain spaces: it was probably split when it was copied.
keycheck-warning-tab = The key has a tab inside it (after character { $after }). Keys never contain spaces: it was probably split when it was copied.
# $count: how many spaces and tabs (2 or more).
keycheck-warning-spaces = The key has { $count } spaces or tabs inside it (the first after character { $after }). Keys never contain spaces: it was probably split when it was copied.
keycheck-warning-invisible = The key contains an invisible character (after character { $after }), such as a zero-width space or a text-direction mark. Chat apps and web pages add these: copy the key from where it was first saved, or type it.
# $count: how many invisible characters (2 or more).
keycheck-warning-invisibles = The key contains { $count } invisible characters (the first after character { $after }), such as a zero-width space or a text-direction mark. Chat apps and web pages add these: copy the key from where it was first saved, or type it.
# $expected: the length of the format; $chars: the length of this key.
keycheck-warning-length-prefixed-short = Keys that start with sk_live_ or sk_test_ have exactly { $expected } characters; this one has { $chars }. Part of it was probably cut off when it was copied. Copy the whole key again.
# $expected: the length of the format; $chars: the length of this key.
keycheck-warning-length-prefixed-long = Keys that start with sk_live_ or sk_test_ have exactly { $expected } characters; this one has { $chars }. Something was probably added to it when it was copied. Copy the whole key again.
# $expected: the shortest length of the format; $chars: the length of this key.
keycheck-warning-length-token = Keys that start with token_ have at least { $expected } characters; this one has { $chars }. Part of it was probably cut off when it was copied. Copy the whole key again.
# $expected: the shortest length of the format; $chars: the length of this key.
keycheck-warning-length-hex = Keys made only of the digits 0-9 and the letters a-f have at least { $expected } characters; this one has { $chars }. Part of it was probably cut off when it was copied. Copy the whole key again.
