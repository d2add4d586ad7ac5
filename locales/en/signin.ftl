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
