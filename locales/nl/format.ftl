## Datums, tijden, labels en aantallen die elk scherm gebruikt (ui/js/lib/format.js).
## Relatieve tijden ("over 5 dagen") en maandnamen komen uit Intl, in de gekozen taal.

format-just-now = zojuist
# Een exacte datum. $day: dag van de maand; $month: de korte maandnaam ("mrt"); $year: bijv. 2026.
format-date = { $day } { $month } { $year }
# $date: een exacte datum (format-date); $time: een tijd in 24-uursnotatie ("14:05").
format-date-time = { $date }, { $time }
# Een dag in dit jaar. $day, $month: als bij format-date; $time: een tijd in 24-uursnotatie.
format-day-time = { $day } { $month }, { $time }

format-status-active = Actief
format-status-expiring30 = Verloopt binnen 30 dagen
format-status-expiring7 = Verloopt binnen 7 dagen
format-status-expired = Verlopen
format-status-unknown = Vervaldatum onbekend

format-type-batch = Batch
format-type-realtime = Realtime
format-type-unknown = Onbekend

## De regel met aantallen boven de tokenlijst: "12 tokens · 2 verlopen · 2 verlopen binnen 7 dagen · 2 binnen 30 dagen".

# $count: hoeveel tokens de lijst heeft.
format-count-tokens = { $count ->
    [one] { $count } token
   *[other] { $count } tokens
}
# $count: hoeveel er verlopen zijn.
format-count-expired = { $count } verlopen
# $count: hoeveel er binnen 7 dagen verlopen.
format-count-expiring7 = { $count ->
    [one] { $count } verloopt binnen 7 dagen
   *[other] { $count } verlopen binnen 7 dagen
}
# $count: hoeveel er binnen 8 tot 30 dagen verlopen, na format-count-expiring7.
format-count-within30 = { $count } binnen 30 dagen
# $count: hoeveel er binnen 30 dagen verlopen (geen binnen 7).
format-count-expiring30 = { $count ->
    [one] { $count } verloopt binnen 30 dagen
   *[other] { $count } verlopen binnen 30 dagen
}
# Als er een filter aan staat. $shown: getoonde tokens; $total: alle tokens.
format-showing = { $shown } van { $total } getoond
# Het demoprofiel in de profielkeuze, zolang het de naam heeft waarmee het is gemaakt.
format-profile-demo-default = Demowerkruimte (demo)
# Een demoprofiel dat de gebruiker een andere naam gaf. $name: die naam.
format-profile-demo = { $name } (demo)
