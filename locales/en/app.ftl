## The whole app: its name, the window title, start-up, and errors that belong to no screen.

-brand = Scriptix Keys

window-title-signin = Sign in — { -brand }
window-title-tokens = API tokens — { -brand }
# The same with how many tokens need attention (set by the reminder check). $count: how many.
window-title-tokens-attention = API tokens — { -brand } ({ $count })
boot-problem-title = { -brand } could not start
boot-retry = Try again
boot-retrying = Trying again…

error-internal = Something went wrong inside { -brand }. Please try again; if it keeps happening, restart the app.
error-no-bridge = { -brand } could not reach its own core. Please restart the app.

## The tray icon's menu and tooltip (src-tauri/src/tray.rs).
tray-open = Open Scriptix Keys
tray-expiry-centre = Attention
tray-check-key = Check a key…
tray-lock = Lock
tray-quit = Quit
# $count: how many tokens need attention (0 = none).
tray-tooltip = { $count ->
        [0] { -brand }
        [one] { -brand }: 1 token needs attention
       *[other] { -brand }: { $count } tokens need attention
    }

## The first close with reminders on (src-tauri/src/closing.rs), as a notification.
closing-explain-title = Expiry reminders stop while { -brand } is closed
closing-explain-body = To keep getting them with the window closed, open { -brand }, then Settings, and turn on "Keep running in the tray".

## Titles of the native save dialogs (src-tauri/src/state.rs).
dialog-save-key = Save the key
dialog-save-profile-keys = Save every key of the profile
dialog-save-activity = Save the activity log
dialog-save-calendar = Add expiry dates to calendar
