## The whole app: its name, the window title, start-up, and errors that belong to no screen.

-brand = Scriptix Keys

window-title-signin = Sign in — { -brand }
window-title-tokens = API tokens — { -brand }
boot-problem-title = { -brand } could not start
boot-retry = Try again
boot-retrying = Trying again…

error-internal = Something went wrong inside { -brand }. Please try again; if it keeps happening, restart the app.
error-no-bridge = { -brand } could not reach its own core. Please restart the app.
