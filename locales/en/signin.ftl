## Sign-in: a new account (e-mail and password first, server and profile name under "Advanced").

signin-title = Sign in
signin-add-account = Add account
signin-cancel = Cancel
signin-email = Email
signin-password = Password
signin-show = Show
signin-hide = Hide
signin-show-password = Show password
signin-hide-password = Hide password
signin-remember = Keep me signed in
signin-submit = Sign in
signin-submitting = Signing in…
signin-advanced = Advanced: server and profile name
signin-server = Server address
signin-server-hint = Leave as is unless your organization runs its own Scriptix server.
signin-profile-name = Profile name
signin-profile-name-hint = How this account is listed when you add more.
signin-need-email = Enter the email address you use for Scriptix.
signin-need-password = Enter your password.
# $url: the public service's address.
signin-need-server = Enter the server address, usually { $url }.
signin-profile-not-saved = The profile could not be saved. Please try again.

## Sign-in with a saved profile, and the demo workspace.

signin-tagline = See and look after your Scriptix API keys.
signin-profile = Profile
signin-profile-edit = Edit
signin-add-account-more = Add account…
# Between the sign-in form and the demo workspace.
signin-or = or
signin-demo = Demo workspace
signin-demo-open = Open demo workspace
signin-demo-opening = Opening demo…
signin-demo-hint = Try everything against a local sandbox: no account, no network.

## Two-step verification.

signin-mfa-title = Two-step verification
signin-mfa-totp-hint = Enter the 6-digit code from your authenticator app.
signin-mfa-backup-hint = Enter one of the backup codes you saved when you turned on two-step verification. Each code works once.
signin-mfa-code = Code
signin-mfa-backup-code = Backup code
signin-mfa-verify = Verify
signin-mfa-verifying = Verifying…
signin-mfa-use-app = Use the authenticator app instead
signin-mfa-use-backup = Use a backup code
signin-mfa-back = Back
signin-mfa-need-totp = Enter the 6 digits shown in your authenticator app.
signin-mfa-need-backup = Enter one of your backup codes.
signin-mfa-not-confirmed = Scriptix did not confirm the sign-in. Please try again.

## Editing a saved profile, and deleting it.

signin-profile-edit-title = Edit profile
signin-profile-server-hint = Leave as is unless your organization uses its own Scriptix server.
signin-profile-email = Email (optional)
signin-profile-save = Save profile
signin-profile-saving = Saving…
signin-profile-need-name = Give the profile a name, for example “Work”.
signin-profile-delete = Delete profile
signin-profile-deleting = Deleting…
signin-profile-keep = Keep it
# $name: the profile's name. This device holds no keys for it.
signin-profile-delete-text = Delete “{ $name }”? Its saved sign-in is forgotten on this device. Your tokens on Scriptix are not touched.
signin-profile-delete-yes = Delete
# $name: the profile's name; $held: how many keys this device holds for it.
signin-profile-delete-keys-text = { $held ->
    [one] This device holds { $held } key for “{ $name }”. Deleting the profile removes it from this device's vault, and Scriptix never shows a key again: export it first to keep it. Your tokens on Scriptix are not touched.
   *[other] This device holds { $held } keys for “{ $name }”. Deleting the profile removes them from this device's vault, and Scriptix never shows a key again: export them first to keep them. Your tokens on Scriptix are not touched.
}
# $held: how many keys this device holds for the profile.
signin-profile-delete-keys-yes = Delete profile and { $held ->
    [one] { $held } key
   *[other] { $held } keys
}
signin-profile-export-as = Export as
signin-profile-export = Export keys…
signin-profile-exporting = Exporting…
# $count: keys saved; $path: the file.
signin-profile-export-saved = Saved { $count ->
    [one] { $count } key
   *[other] { $count } keys
} to { $path }.

## Why the sign-in screen shows instead of the list (src-tauri/core/src/workspace).
signin-reason-session-expired = Your session expired. Sign in again.
signin-reason-session-ended = Your session expired or was ended. Sign in again.
signin-reason-other-server = This profile now points at another server than the one you signed in to, so the saved sign-in was not used. Sign in again.
