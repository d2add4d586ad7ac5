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
attach-done = ✓ Attached. The key of { $token } is saved in this computer’s vault: Copy, Export, Check and rotation work for it now.
