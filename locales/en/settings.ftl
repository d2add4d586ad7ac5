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
