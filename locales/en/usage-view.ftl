## Who uses a key, in the window: the list's Last used cell and usage words (ui/js/lib/usage.js),
## the attention hints' sentences, and the usage section of a token's details (usage-panel.js).

usage-view-unavailable = Usage isn’t available from this server. “Last used” shows what this device did with each key (copied, exported or checked here).
# What this device did with a key. $action: copied, exported or checked; $when: a relative time ("3 days ago") or an exact date and time.
usage-view-local-at = { $action ->
    [exported] Exported here
    [checked] Checked here
   *[copied] Copied here
} { $when }
# $at: what this device did and when (usage-view-local-at, with the exact time).
usage-view-local-title = { $at } (this device only; the server does not report usage)
# For screen readers. $at: as in usage-view-local-title.
usage-view-local-spoken = { $at }, this device only
usage-view-not-asked = Not asked yet
usage-view-not-known-spoken = Last use not known yet
usage-view-nothing-known = Nothing known: this server does not report usage, and this device never copied, exported or checked the key.
usage-view-unknown-spoken = Last use unknown
usage-view-never = Never
usage-view-never-title = Scriptix has no use of this key on record.
usage-view-never-spoken = Never used
# On hover. $date: the exact date and time; $ip: the address it was used from.
usage-view-at-from = { $date } from { $ip }
# For screen readers. $date: the exact date and time.
usage-view-last-used-spoken = Last used { $date }
# For screen readers. $date: the exact date and time; $ip: the address it was used from.
usage-view-last-used-from-spoken = Last used { $date } from { $ip }
# Words the filter understands (lower case), besides the English ones.
usage-view-word-unused = unused
usage-view-word-in-use = in use

## The attention hints. $name: the token's name in quotes' place (usage-view-hint-token when it has none).

# A token without a name. $id: its ID.
usage-view-hint-token = token { $id }
usage-view-hint-new-ip-title = “{ $name }” used from a new address
# $ip: the address (or usage-view-hint-some-address); $date: the day (or usage-view-hint-recent-day).
usage-view-hint-new-ip-meaning = { $ip } used this key on { $date } and had not used it in the 30 days before.
usage-view-hint-some-address = An address
usage-view-hint-recent-day = a recent day
usage-view-hint-new-ip-next = If you do not recognise it, rotate the key now (emergency rotation). If you do, note who uses it.
usage-view-hint-spike-title = “{ $name }”: unusual number of requests
# $count: requests that day; $date: the day; $median: its usual day's requests.
usage-view-hint-spike-meaning = { $count ->
    [one] { $count } request
   *[other] { $count } requests
} on { $date }, more than three times its usual day (median { $median }).
usage-view-hint-spike-next = Check who uses the key (its “Used by” note). If the traffic is not yours, rotate it now.
# $reason: revoked or expired.
usage-view-hint-failed-title = Something still uses the { $reason ->
    [expired] expired
   *[revoked] revoked
} key “{ $name }”
# $count: failed sign-ins; $reason: revoked or expired; $ip: the last one's address (or usage-view-unknown-address).
usage-view-hint-failed-meaning = { $count ->
    [one] { $count } failed sign-in
   *[other] { $count } failed sign-ins
} with this { $reason ->
    [expired] expired
   *[revoked] revoked
} key in the last week, the last from { $ip }.
usage-view-hint-failed-next = An integration still has the old key: give it the current key (see the “Used by” note).
usage-view-hint-retiring-title = “{ $name }” is being retired but still in use
# $ip: the address (or usage-view-unknown-address); $duration: how long ago (usage-view-minutes or usage-view-hours).
usage-view-hint-retiring-meaning = Still in use from { $ip } { $duration } ago, although its replacement exists.
usage-view-hint-retiring-next = Put the new key where this one is used; the old key is deleted only once it has gone quiet.
usage-view-hint-unused-title = “{ $name }” is unused
# $days: days without use.
usage-view-hint-unused-meaning = Not used for { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
usage-view-hint-unused-next = If nothing needs it any more, delete it: fewer live keys, fewer keys to leak.
usage-view-unknown-address = an unknown address
# $minutes: a number of minutes.
usage-view-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
# $hours: a number of hours.
usage-view-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}

## The 30-day chart's sentence. $requests, $errors, $failed: totals; $days: days shown.

usage-view-summary-none = No usage recorded.
usage-view-summary-totals = { $requests ->
    [one] { $requests } request
   *[other] { $requests } requests
} in the last { $days ->
    [one] { $days } day
   *[other] { $days } days
}, { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $failed ->
    [one] { $failed } failed authentication
   *[other] { $failed } failed authentications
}
# $totals: usage-view-summary-totals.
usage-view-summary = { $totals }.
# $totals: usage-view-summary-totals; $date: the busiest day; $busiest: its requests.
usage-view-summary-busiest = { $totals }; busiest day { $date } with { $busiest ->
    [one] { $busiest } request
   *[other] { $busiest } requests
}.

## The usage section of a token's details (ui/js/views/usage-panel.js).

usage-view-loading = Loading usage…
usage-view-section = Usage
usage-view-title = Usage (30 days)
usage-view-not-reported = Scriptix has not reported this key’s usage yet.
# $relative: e.g. "2 hours ago"; $date: the exact date and time.
usage-view-last-used = Last used { $relative } ({ $date })
# $relative, $date: as in usage-view-last-used; $ip: the last address.
usage-view-last-used-from = Last used { $relative } ({ $date }) from { $ip }
usage-view-never-used = Never used.
# $days: days shown; $summary: the chart's sentence.
usage-view-chart-label = Chart of the last { $days ->
    [one] { $days } day
   *[other] { $days } days
}. { $summary }
# A bar's tooltip. $date: the day; $value: the number.
usage-view-bar-requests = { $date }: { $value ->
    [one] { $value } request
   *[other] { $value } requests
}
usage-view-bar-errors = { $date }: { $value ->
    [one] { $value } error
   *[other] { $value } errors
}
usage-view-bar-failed = { $date }: { $value ->
    [one] { $value } failed authentication
   *[other] { $value } failed authentications
}
usage-view-requests = Requests
usage-view-errors = Errors
usage-view-failed = Failed authentications
usage-view-table-caption = Requests, errors and failed authentications per day (UTC)
usage-view-day = Day (UTC)
usage-view-show-table = Show as a table
usage-view-addresses = Last addresses
usage-view-no-requests = No requests in the last 30 days.
# $relative: when the address was last seen ("2 hours ago"); $count: its requests.
usage-view-ip-seen = last seen { $relative }, { $count ->
    [one] { $count } request
   *[other] { $count } requests
}
usage-view-failed-title = Recent failed authentications
usage-view-reason-revoked = revoked key
usage-view-reason-expired = expired key
usage-view-reason-wrong-type = wrong key type
usage-view-local-none = This device has not copied, exported or checked this key.
# $facts: what this device did and when (usage-view-local-at), separated by semicolons.
usage-view-local = On this device: { $facts }.
