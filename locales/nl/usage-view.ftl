## Wie een sleutel gebruikt, in het venster: de cel Laatst gebruikt en de gebruikswoorden van het
## filter (ui/js/lib/usage.js), de zinnen van de aandachtspunten, en het gebruiksdeel van de
## details van een token (usage-panel.js).

usage-view-unavailable = Deze server geeft geen gebruiksgegevens. “Laatst gebruikt” laat zien wat dit apparaat met elke sleutel deed (hier gekopieerd, geëxporteerd of gecontroleerd).
# Wat dit apparaat met een sleutel deed. $action: copied, exported of checked; $when: een relatieve tijd ("3 dagen geleden") of een exacte datum en tijd.
usage-view-local-at = { $action ->
    [exported] Hier geëxporteerd
    [checked] Hier gecontroleerd
   *[copied] Hier gekopieerd
} { $when }
# $at: wat dit apparaat deed en wanneer (usage-view-local-at, met de exacte tijd).
usage-view-local-title = { $at } (alleen dit apparaat; de server geeft geen gebruiksgegevens)
# Voor schermlezers. $at: als bij usage-view-local-title.
usage-view-local-spoken = { $at }, alleen dit apparaat
usage-view-not-asked = Nog niet opgevraagd
usage-view-not-known-spoken = Laatste gebruik nog niet bekend
usage-view-nothing-known = Niets bekend: deze server geeft geen gebruiksgegevens, en dit apparaat heeft de sleutel nooit gekopieerd, geëxporteerd of gecontroleerd.
usage-view-unknown-spoken = Laatste gebruik onbekend
usage-view-never = Nooit
usage-view-never-title = Scriptix heeft geen gebruik van deze sleutel geregistreerd.
usage-view-never-spoken = Nooit gebruikt
# Bij aanwijzen. $date: de exacte datum en tijd; $ip: het adres waarvandaan hij werd gebruikt.
usage-view-at-from = { $date } vanaf { $ip }
# Voor schermlezers. $date: de exacte datum en tijd.
usage-view-last-used-spoken = Laatst gebruikt op { $date }
# Voor schermlezers. $date: de exacte datum en tijd; $ip: het adres waarvandaan hij werd gebruikt.
usage-view-last-used-from-spoken = Laatst gebruikt op { $date } vanaf { $ip }
# Woorden die het filter begrijpt (in kleine letters), naast de Engelse.
usage-view-word-unused = ongebruikt
usage-view-word-in-use = in gebruik

## De aandachtspunten. $name: de naam van het token (usage-view-hint-token als het er geen heeft).

# Een token zonder naam. $id: het ID.
usage-view-hint-token = token { $id }
usage-view-hint-new-ip-title = “{ $name }” gebruikt vanaf een nieuw adres
# $ip: het adres (of usage-view-hint-some-address); $date: de dag (of usage-view-hint-recent-day).
usage-view-hint-new-ip-meaning = { $ip } gebruikte deze sleutel op { $date } en had dat in de 30 dagen daarvoor niet gedaan.
usage-view-hint-some-address = Een adres
usage-view-hint-recent-day = een recente dag
usage-view-hint-new-ip-next = Herken je het niet, roteer de sleutel dan nu (noodrotatie). Herken je het wel, noteer dan wie hem gebruikt.
usage-view-hint-spike-title = “{ $name }”: ongewoon veel verzoeken
# $count: verzoeken die dag; $date: de dag; $median: de verzoeken op een gewone dag.
usage-view-hint-spike-meaning = { $count ->
    [one] { $count } verzoek
   *[other] { $count } verzoeken
} op { $date }, meer dan drie keer zoveel als op een gewone dag (mediaan { $median }).
usage-view-hint-spike-next = Kijk wie de sleutel gebruikt (de notitie “Gebruikt door”). Is het verkeer niet van jou, roteer hem dan nu.
# $reason: revoked of expired.
usage-view-hint-failed-title = Iets gebruikt nog de { $reason ->
    [expired] verlopen
   *[revoked] ingetrokken
} sleutel “{ $name }”
# $count: mislukte aanmeldingen; $reason: revoked of expired; $ip: het adres van de laatste (of usage-view-unknown-address).
usage-view-hint-failed-meaning = { $count ->
    [one] { $count } mislukte aanmelding
   *[other] { $count } mislukte aanmeldingen
} met deze { $reason ->
    [expired] verlopen
   *[revoked] ingetrokken
} sleutel in de afgelopen week, de laatste vanaf { $ip }.
usage-view-hint-failed-next = Een integratie heeft nog de oude sleutel: geef die de huidige sleutel (zie de notitie “Gebruikt door”).
usage-view-hint-retiring-title = “{ $name }” wordt uitgefaseerd maar is nog in gebruik
# $ip: het adres (of usage-view-unknown-address); $duration: hoe lang geleden (usage-view-minutes of usage-view-hours).
usage-view-hint-retiring-meaning = Nog in gebruik vanaf { $ip }, { $duration } geleden, terwijl de vervanger al bestaat.
usage-view-hint-retiring-next = Zet de nieuwe sleutel op de plek waar deze wordt gebruikt; de oude sleutel wordt pas verwijderd als hij niet meer wordt gebruikt.
usage-view-hint-unused-title = “{ $name }” wordt niet gebruikt
# $days: dagen zonder gebruik.
usage-view-hint-unused-meaning = Al { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
} niet gebruikt.
usage-view-hint-unused-next = Heeft niets hem meer nodig, verwijder hem dan: minder actieve sleutels, minder sleutels die kunnen uitlekken.
usage-view-unknown-address = een onbekend adres
# $minutes: een aantal minuten.
usage-view-minutes = { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
}
# $hours: een aantal uren.
usage-view-hours = { $hours ->
    [one] { $hours } uur
   *[other] { $hours } uur
}

## De zin bij de grafiek van 30 dagen. $requests, $errors, $failed: totalen; $days: getoonde dagen.

usage-view-summary-none = Geen gebruik geregistreerd.
usage-view-summary-totals = { $requests ->
    [one] { $requests } verzoek
   *[other] { $requests } verzoeken
} in de afgelopen { $days ->
    [one] dag
   *[other] { $days } dagen
}, { $errors ->
    [one] { $errors } fout
   *[other] { $errors } fouten
}, { $failed ->
    [one] { $failed } mislukte aanmelding
   *[other] { $failed } mislukte aanmeldingen
}
# $totals: usage-view-summary-totals.
usage-view-summary = { $totals }.
# $totals: usage-view-summary-totals; $date: de drukste dag; $busiest: de verzoeken die dag.
usage-view-summary-busiest = { $totals }; drukste dag { $date } met { $busiest ->
    [one] { $busiest } verzoek
   *[other] { $busiest } verzoeken
}.

## Het gebruiksdeel van de details van een token (ui/js/views/usage-panel.js).

usage-view-loading = Gebruik laden…
usage-view-section = Gebruik
usage-view-title = Gebruik (30 dagen)
usage-view-not-reported = Scriptix heeft het gebruik van deze sleutel nog niet doorgegeven.
# $relative: bijv. "2 uur geleden"; $date: de exacte datum en tijd.
usage-view-last-used = Laatst gebruikt { $relative } ({ $date })
# $relative, $date: als bij usage-view-last-used; $ip: het laatste adres.
usage-view-last-used-from = Laatst gebruikt { $relative } ({ $date }) vanaf { $ip }
usage-view-never-used = Nooit gebruikt.
# $days: getoonde dagen; $summary: de zin bij de grafiek.
usage-view-chart-label = Grafiek van de afgelopen { $days ->
    [one] dag
   *[other] { $days } dagen
}. { $summary }
# De tooltip van een staaf. $date: de dag; $value: het aantal.
usage-view-bar-requests = { $date }: { $value ->
    [one] { $value } verzoek
   *[other] { $value } verzoeken
}
usage-view-bar-errors = { $date }: { $value ->
    [one] { $value } fout
   *[other] { $value } fouten
}
usage-view-bar-failed = { $date }: { $value ->
    [one] { $value } mislukte aanmelding
   *[other] { $value } mislukte aanmeldingen
}
usage-view-requests = Verzoeken
usage-view-errors = Fouten
usage-view-failed = Mislukte aanmeldingen
usage-view-table-caption = Verzoeken, fouten en mislukte aanmeldingen per dag (UTC)
usage-view-day = Dag (UTC)
usage-view-show-table = Als tabel tonen
usage-view-addresses = Laatste adressen
usage-view-no-requests = Geen verzoeken in de afgelopen 30 dagen.
# $relative: wanneer het adres voor het laatst is gezien ("2 uur geleden"); $count: de verzoeken.
usage-view-ip-seen = laatst gezien { $relative }, { $count ->
    [one] { $count } verzoek
   *[other] { $count } verzoeken
}
usage-view-failed-title = Recente mislukte aanmeldingen
usage-view-reason-revoked = ingetrokken sleutel
usage-view-reason-expired = verlopen sleutel
usage-view-reason-wrong-type = verkeerd type sleutel
usage-view-local-none = Dit apparaat heeft deze sleutel niet gekopieerd, geëxporteerd of gecontroleerd.
# $facts: wat dit apparaat deed en wanneer (usage-view-local-at), gescheiden door puntkomma's.
usage-view-local = Op dit apparaat: { $facts }.
