## Dates, times, badges and counts shared by every screen (ui/js/lib/format.js). Relative
## times ("in 5 days") and month names come from Intl in the language in use.

format-just-now = just now
# An exact date. $day: day of the month; $month: the short month name ("Mar"); $year: e.g. 2026.
format-date = { $day } { $month } { $year }
# $date: an exact date (format-date); $time: a 24-hour clock time ("14:05").
format-date-time = { $date }, { $time }
# A day this year. $day, $month: as in format-date; $time: a 24-hour clock time.
format-day-time = { $day } { $month }, { $time }

format-status-active = Active
format-status-expiring30 = Expires in ≤ 30 days
format-status-expiring7 = Expires in ≤ 7 days
format-status-expired = Expired
format-status-unknown = Unknown expiry

format-type-batch = Batch
format-type-realtime = Realtime
format-type-unknown = Unknown

## The count line above the token list: "12 tokens · 2 expired · 2 expiring within 7 days · 2 within 30 days".

# $count: how many tokens the list has.
format-count-tokens = { $count ->
    [one] { $count } token
   *[other] { $count } tokens
}
# $count: how many have expired.
format-count-expired = { $count } expired
# $count: how many expire within 7 days.
format-count-expiring7 = { $count } expiring within 7 days
# $count: how many expire within 8 to 30 days, after format-count-expiring7.
format-count-within30 = { $count } within 30 days
# $count: how many expire within 30 days (none within 7).
format-count-expiring30 = { $count } expiring within 30 days
# While a filter is on. $shown: tokens shown; $total: all tokens.
format-showing = Showing { $shown } of { $total }
# The demo profile in the profile switchers, while it has the name it was made with.
format-profile-demo-default = Demo workspace (demo)
# A demo profile the user renamed. $name: its name.
format-profile-demo = { $name } (demo)
