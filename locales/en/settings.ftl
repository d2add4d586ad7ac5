## Settings → Language.

settings-language = Language
# $system: the name of the language the operating system uses, in that language.
settings-language-system = System ({ $system })
settings-language-en = English
settings-language-nl = Nederlands
settings-language-hint = Changes the app's language at once; dates and numbers follow it.

## Settings → when a key counts as "in use" (deleting it warns; a rotation keeps the old key).

settings-recent-use = Treat a key as in use when it was used within
settings-recent-use-hint = Deleting a key used this recently asks for an extra confirmation, and a rotation keeps the old key until it has been quiet this long.
# $hours: a number of hours.
settings-recent-use-hours = { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }
# $days: a number of days.
settings-recent-use-days = { $days ->
        [one] 1 day
       *[other] { $days } days
    }

## The Settings dialog (ui/js/views/settings-dialog.js); "Clear clipboard after" choices are in clipboard.ftl.

settings-title = Settings
settings-close = Close
settings-saving = Saving…
settings-saved = Saved
settings-clipboard = Clear clipboard after
settings-clipboard-hint = After you copy a key, Scriptix Keys removes it from the clipboard after this long, if it is still there.

## Settings → Expiry reminders, and the check of the days typed (ui/js/lib/expiry.js).

settings-reminders = Expiry reminders
settings-reminders-notify = Notify me before tokens expire
settings-reminders-days = Remind me this many days before a token expires
settings-reminders-days-hint = Whole days from 0 to 365, separated by commas; 0 is the day it expires. The largest is also how far ahead the Expiry view looks.

## Settings → In the background.

settings-background = In the background
settings-keep-in-tray = Keep running in the tray when the window is closed
settings-keep-in-tray-hint = Expiry reminders then keep coming with the window closed. Quit from the tray icon’s menu.
settings-autostart = Start with the session, hidden in the tray
settings-autostart-hint = Checks for expiring tokens when you sign in to your computer, and every 30 minutes.

## Settings → Updates.

settings-updates = Updates
settings-update-server = Update server (leave empty to turn updates off)
settings-update-placeholder = https://…/latest.json
settings-update-hint = Updates are installed only when their signature matches this app’s update key, and only after you say yes.
settings-update-check = Check for updates
settings-update-install = Install and restart
settings-update-need-server = Enter the update server first.
settings-update-checking = Checking…
# $version: the version on offer; $current: the version installed.
settings-update-ready = Version { $version } is available (you have { $current }); its signature is verified.
# $current: the version installed.
settings-update-current = { -brand } { $current } is up to date.
settings-update-installing = Installing…
# The native confirmation before installing.
settings-update-confirm-title = Install the update?
settings-update-confirm = { -brand } restarts to install the update.
settings-update-confirm-no = Not now

## Settings the app refuses (src-tauri/core/src/profiles.rs).
# $max: the most reminder days allowed; $count: how many were given.
settings-error-too-many-reminders = Choose at most { $max } reminder days ({ $count } were given).
# $max: the most days before expiry; $days: the day given.
settings-error-reminder-too-early = Reminders can be at most { $max } days before expiry ({ $days } was given).
# $days: the day that appears twice.
settings-error-reminder-twice = Each reminder day may appear only once ({ $days } appears twice).
# $max: the most hours; $hours: the hours given.
settings-error-recent-use-range = "Recently used" must be between 1 and { $max } hours ({ $hours } was given).
settings-error-update-not-a-url = Enter the update server's full address, starting with https://.
settings-error-update-credentials = The update address must not contain a user name or password.
settings-error-update-https-only = Updates are only fetched over https:// (plain http:// only from this computer).
