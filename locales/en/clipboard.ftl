## The clipboard after a key was copied through Rust (ui/js/views/clipboard-status.js), and
## Settings → "Clear clipboard after" (ui/js/lib/lifecycle.js).

clipboard-copied = Copied
clipboard-copied-clearing = Copied. Clearing the clipboard…
# $seconds: seconds until the clipboard is cleared.
clipboard-copied-clears-in = Copied. Clipboard clears in { $seconds } s
# $seconds: 10 or 60, or a value Settings do not offer (set elsewhere).
clipboard-choice-seconds = { $seconds } s
# $seconds: the default, 30.
clipboard-choice-seconds-default = { $seconds } s (default)
# $minutes: 2.
clipboard-choice-minutes = { $minutes } min
clipboard-choice-never = Never
clipboard-cleared = Clipboard cleared
# Spoken once, with 10 seconds left. $seconds: 10.
clipboard-spoken-clears-in = Clipboard clears in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
clipboard-spoken-clearing = Clearing the clipboard
# Spoken right after a copy. $seconds: seconds until the clipboard is cleared.
clipboard-spoken-copied = Copied. Clipboard clears in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
