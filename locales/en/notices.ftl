## Desktop notifications: expiry and grace-period reminders (Rust writes them,
## src-tauri/core/src/expiry.rs). $name and $old: the token's name in quotes, or
## "Token <id>"; $new: the new token's name in quotes; $on: a day ("3 Dec 2026").

notice-where-to-look = Open Scriptix Keys and choose Attention to see it.

notice-expired-title = A Scriptix key has expired
notice-expired-body = { $name } expired on { $on }. Integrations that still use it no longer work: rotate it or create a new key.
notice-expires-today-title = A Scriptix key expires today
notice-expires-today-body = { $name } expires within a day (on { $on }). Rotate it now, or what uses it stops working.
notice-expires-tomorrow-title = A Scriptix key expires tomorrow
notice-expires-tomorrow-body = { $name } expires in 1 day (on { $on }). Rotate it today.
# $days: whole days left (2 or more).
notice-expires-in-days-title = A Scriptix key expires in { $days } { $days ->
        [one] day
       *[other] days
    }
# $days: whole days left (2 or more).
notice-expires-in-days-body = { $name } expires in { $days } { $days ->
        [one] day
       *[other] days
    } (on { $on }). Rotate it before then.

notice-grace-ended-title = A grace period ended
notice-grace-ended-auto-body = The grace period of { $old } ended on { $on }: Scriptix Keys deletes it the next time it is open and signed in.
notice-grace-ended-body = The grace period of { $old } ended on { $on }: delete it now.
notice-grace-ends-title = A grace period ends tomorrow
notice-grace-ends-auto-body = The grace period of { $old } ends within a day (on { $on }). Make sure everything uses the new key { $new }; { $old } is then deleted automatically.
notice-grace-ends-body = The grace period of { $old } ends within a day (on { $on }). Make sure everything uses the new key { $new }; then delete { $old }.

## Desktop notifications of usage hints (src-tauri/core/src/usage/text.rs). $name: the token's
## name (or usage-hint-unnamed); $ip: an address (or usage-hint-unknown-address).

usage-hint-new-ip-title = A key was used from a new address
usage-hint-new-ip-body = “{ $name }” was used from { $ip }, an address not seen in the 30 days before. If you do not recognise it, rotate the key now.
usage-hint-spike-title = Unusual number of requests
# $count: requests that day; $date: the day ("29 Nov 2026") or usage-hint-recent-day.
usage-hint-spike-body = “{ $name }” made { $count } requests on { $date }, more than three times its usual day. Check who uses it.
usage-hint-failed-auth-title = Something still uses a dead key
# $reason: usage-hint-reason-revoked or usage-hint-reason-expired; $count: how many tries.
usage-hint-failed-auth-body = The { $reason } key “{ $name }” was tried { $count } times, last from { $ip }. Update the integration that still uses it.
usage-hint-retiring-in-use-title = A key being retired is still in use
# $minutes: how long ago it was used.
usage-hint-retiring-in-use-body = “{ $name }” was used from { $ip } { $minutes } minutes ago although it is being replaced. It is not deleted until it goes quiet.
usage-hint-unused-title = A key is unused
# $days: how many days it has not been used.
usage-hint-unused-body = “{ $name }” has not been used for { $days } days. You may delete it.
# $id: the token's id.
usage-hint-unnamed = token { $id }
usage-hint-unknown-address = an unknown address
# The day of a spike when the hint does not say it.
usage-hint-recent-day = a recent day
usage-hint-reason-revoked = revoked
usage-hint-reason-expired = expired
