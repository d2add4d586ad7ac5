## The main screen (ui/js/views/workspace.js): the header with the profile switcher and the
## account menu, the banners, the toolbar, the status bar's freshness line and the
## rate-limit notice (ui/js/lib/freshness.js).

main-profile = Profile
main-account-menu = Account and actions
# The account menu button for screen readers. $email: who is signed in.
main-account-menu-label = Account and actions: { $email }
main-activity = Activity log
main-settings = Settings
main-shortcuts = Keyboard shortcuts
main-sign-out = Sign out
main-roles = Roles
# The account menu's first line. $name: the account's display name; $email: its email address.
main-account-name-email = { $name } · { $email }
main-demo-title = Demo — local sandbox · nothing here reaches Scriptix
main-demo = Demo — local sandbox
main-demo-more = · nothing here reaches Scriptix
main-vault-read-only = Read-only: the system vault is not available.
main-vault-unreachable = Scriptix Keys cannot reach the place it stores secrets on this computer.
main-vault-turned-off = Creating and deleting tokens is turned off until it is.
main-title = API tokens
main-filter-placeholder = Filter by name, ID, type or notes
main-filter-label = Filter tokens by name, ID, type or notes
main-refresh = Refresh
main-refresh-title = Refresh (F5)
main-new-token = New token
main-new-token-title = New token (Ctrl+N)
main-cannot-manage = This account cannot create or delete tokens.
# Why (src-tauri/core/src/model/account.rs). $roles: the account's roles ("CUSTOMER, VIEWER") or main-account-no-role.
main-account-cannot-manage = Creating and deleting tokens needs the Developer or Organization admin role; this account has { $roles }. Ask an organization admin to give you the Developer role.
main-account-no-role = no role

## Scriptix's roles, as words.

main-role-sysop = System operator
main-role-orgadmin = Org admin
main-role-contributor = Contributor
main-role-customer = Customer
main-role-developer = Developer
main-role-reseller = Reseller
main-role-resellee = Resellee
main-role-tester = Tester

## The freshness line in the status bar. $from, $since: a clock time ("14:05"), or a day and time.

main-fresh-loading = Loading tokens…
main-fresh-refreshing = Refreshing…
main-fresh-refreshing-from = Refreshing… showing the list from { $from }
main-fresh-offline-from = Offline since { $since } — showing the list from { $from }
# $message: why the list could not be loaded (an error message).
main-fresh-offline-error = Offline since { $since }. { $message }
# $message: why the list could not be refreshed (an error message).
main-fresh-error-from = { $message } Showing the list from { $from }.
main-fresh-cached = Showing the list from { $from }
main-fresh-updated = Updated { $from }

## The notice while Scriptix asks the app to wait: "Scriptix is rate-limiting; retrying in 12 s…".

main-wait-rate-limited = Scriptix is rate-limiting
main-wait-unavailable = Scriptix is temporarily unavailable
main-wait-network = Scriptix cannot be reached right now
main-wait-other = Scriptix asked the app to wait
# $reason: one of the four above; $when: main-wait-in or main-wait-now.
main-wait = { $reason }; { $when }
# $reason, $when: as in main-wait; $attempt: the retry's number (2 or more).
main-wait-attempt = { $reason }; { $when } (attempt { $attempt })
# $seconds: seconds left (shown on screen).
main-wait-in = retrying in { $seconds } s…
# $seconds: seconds left (what a screen reader hears).
main-wait-in-spoken = retrying in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
main-wait-now = retrying now…
