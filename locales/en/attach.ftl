## "Attach a key…" (ui/js/views/attach-dialog.js): a key made elsewhere, pasted for a token
## this device holds no key for. The warnings and the check's result are in keycheck.ftl.

attach-title = Attach a key
# $token: the token (lifecycle-token-label); $type: its type in lower case ("batch"), shown in bold.
attach-token = A key for { $token }, a { $type } token.
attach-key = API key
attach-hint = Paste the key that was made on the Scriptix website or by a colleague. Scriptix is asked whether it works and is of this token’s type; only then is it saved in this computer’s vault as this token’s key.
attach-show = Show
attach-hide = Hide
attach-show-key = Show key
attach-hide-key = Hide key
attach-empty = Paste a key first
attach-cancel = Cancel
attach-close = Close
attach-submit = Check and attach
attach-checking = Checking…
# $token: the token (lifecycle-token-label).
## Why a key was not attached (src-tauri/core/src/workspace/attach.rs).
# $name: the token's name.
attach-refused-already-held = This device already holds the key of “{ $name }”. Forget it first to attach another one.
# $name: the token this device already holds the pasted key for.
attach-refused-key-of-other = This key is already this device's key of “{ $name }”; a key belongs to one token. Nothing was stored.
# $route: batch or realtime; $name: the token's name.
attach-refused-other-type = This is not a { $route } key: Scriptix refused it on the { $route } route, so it belongs to a token of another type. “{ $name }” is a { $route } token. Nothing was stored.
attach-refused-revoked = Scriptix says this key was revoked: it no longer works, so it was not stored.
attach-refused-invalid = Scriptix does not accept this key (it is mistyped, expired or from another account), so it was not stored.
# $title: what the check found (keycheck-rate-limited-title or keycheck-unreachable-title).
attach-refused-not-checked = The key could not be checked just now ({ $title }). Nothing was stored; try again in a moment.
attach-done = ✓ Attached. The key of { $token } is saved in this computer’s vault: Copy, Export, Check and rotation work for it now.
