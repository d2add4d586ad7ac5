## Het aandachtscentrum (ui/js/views/expiry-centre.js), de bewaking die de teller, de meldingen
## en de venstertitel bijhoudt (expiry-watch.js), en de herinneringsdagen (ui/js/lib/expiry.js).

expiry-title = Aandacht
expiry-close = Sluiten
expiry-rotate-all-label = Alle tokens roteren die verlopen binnen
# Na het aantal dagen in het veld.
expiry-days = dagen
expiry-rotate-all = Alles roteren
# $count: hoeveel tokens er geroteerd zouden worden.
expiry-rotate-count = { $count ->
    [one] { $count } token roteren…
   *[other] { $count } tokens roteren…
}
expiry-days-invalid = Vul een heel aantal dagen in, van 1 tot 365.
expiry-calendar = Vervaldatums aan agenda toevoegen
# $path: waar het agendabestand is opgeslagen.
expiry-calendar-saved = { $path } opgeslagen. Importeer het in je agenda; een nieuwer bestand importeren werkt dezelfde afspraken bij.
expiry-unusual = Ongewoon gebruik
expiry-rotations = Lopende rotaties
expiry-no-rotations = Geen lopende rotaties.
expiry-expired = Verlopen
expiry-no-expired = Geen verlopen tokens.
# $days: de grootste herinnering (standaard 30).
expiry-expiring = Verloopt binnen { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}
# $days: als bij expiry-expiring.
expiry-no-expiring = Geen tokens die binnen { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
} verlopen.
expiry-unused = Ongebruikte sleutels
expiry-no-name = (geen naam)
# $relative: bijv. "3 dagen geleden".
expiry-token-expired = Verlopen { $relative }
# $relative: bijv. "over 5 dagen".
expiry-token-expires = Verloopt { $relative }
expiry-token-busy = · rotatie bezig
# $name: de naam van het token.
expiry-rotate-token = “{ $name }” roteren
expiry-rotate = Roteren…
# $name: de naam van het token.
expiry-delete-token = “{ $name }” verwijderen
expiry-delete = Verwijderen…
# $name: de naam van het token.
expiry-who-uses = Wie gebruikt “{ $name }”
expiry-see-used-by = “Gebruikt door” bekijken
expiry-details = Details
# Een token zonder naam. $id: het ID.
expiry-token-id = token { $id }

## Lopende rotaties.

expiry-wait-day = Nog een dag wachten
expiry-delete-anyway = Toch verwijderen
expiry-delete-old-now = Oud token nu verwijderen
expiry-show-key = Sleutel tonen
expiry-replace = Vervangen
expiry-cancel = Annuleren
expiry-replaced-by = vervangen door
expiry-grace-ended = Overgangsperiode voorbij
# $date: wanneer de overgangsperiode eindigde.
expiry-grace-was-to-stop = De oude sleutel zou op { $date } stoppen.
# $date: wanneer de overgangsperiode eindigt.
expiry-grace-until-auto = De oude sleutel blijft werken tot { $date }; daarna wordt hij automatisch verwijderd.
# $date: wanneer de overgangsperiode eindigt.
expiry-grace-until-confirm = De oude sleutel blijft werken tot { $date }; daarna wordt hij verwijderd als jij dat bevestigt.
# $duration: hoe lang geleden (usage-view-minutes of usage-view-hours); $when: wanneer het gebruik opnieuw wordt bekeken ("over 23 uur").
expiry-in-use = { $duration } geleden nog in gebruik, dus het oude token is niet verwijderd. Het gebruik wordt { $when } opnieuw bekeken; het wordt verwijderd zodra de sleutel niet meer wordt gebruikt.
# $ip: het adres; $duration, $when: als bij expiry-in-use.
expiry-in-use-from = { $duration } geleden nog in gebruik vanaf { $ip }, dus het oude token is niet verwijderd. Het gebruik wordt { $when } opnieuw bekeken; het wordt verwijderd zodra de sleutel niet meer wordt gebruikt.
# In expiry-in-use als het tijdstip niet bekend is.
expiry-soon = binnenkort

## Voordat een oud token wordt verwijderd.

expiry-delete-old-title = Het oude token verwijderen?
expiry-not-now = Niet nu
expiry-delete-old = Oud token verwijderen
# $name: het oude token; $date: wanneer de overgangsperiode eindigde.
expiry-delete-old-due = De overgangsperiode van “{ $name }” is op { $date } geëindigd. Nu verwijderen? Integraties die het nog gebruiken, werken dan niet meer.
# $name: het oude token; $date: wanneer de overgangsperiode eindigt.
expiry-delete-old-early = “{ $name }” nu al verwijderen, voordat de overgangsperiode op { $date } eindigt? Integraties die het nog gebruiken, werken dan niet meer.
# $name: het nieuwe token.
expiry-replacement-stays = De vervanger “{ $name }” blijft.

## De knop Aandacht, meldingen en statussen (ui/js/views/expiry-watch.js).

expiry-button-title = Wat aandacht nodig heeft: verlopen en bijna verlopen tokens, lopende rotaties, ongewoon gebruik van een sleutel
# Wordt na het getal van de teller uitgesproken.
expiry-badge-words = hebben aandacht nodig
expiry-check-key = Sleutel controleren…
expiry-check-key-title = Controleren of een sleutel werkt (Ctrl+K)
expiry-dismiss = Sluiten
expiry-show = Tonen
# $count: hervatte rotaties.
expiry-resumed = { $count ->
    [one] { $count } rotatie
   *[other] { $count } rotaties
} hervat die de vorige keer werd onderbroken.
# Na expiry-resumed. $count: nieuwe sleutels die de kluis weigerde.
expiry-resumed-vault = De kluis weigerde { $count ->
    [one] een nieuwe sleutel: sla hem
   *[other] { $count } nieuwe sleutels: sla ze
} nu op vanuit het aandachtscentrum.
# $name: het oude token; $reason: waarom het bewaard is (expiry-in-use).
expiry-kept-old = Oud token “{ $name }” bewaard: { $reason }
# $name: het oude token.
expiry-deleted-old-grace = Oud token “{ $name }” verwijderd (overgangsperiode voorbij).
# $name: het oude token.
expiry-deleted-old = Oud token “{ $name }” verwijderd.
# $name: het oude token; $message: waarom (een foutmelding).
expiry-delete-old-failed = Oud token “{ $name }” kon niet worden verwijderd: { $message }
# $name: het oude token.
expiry-kept-day = “{ $name }” blijft nog een dag bewaard.

## De herinneringsdagen in Instellingen (ui/js/lib/expiry.js).

expiry-thresholds-empty = Vul minstens één aantal dagen in, bijvoorbeeld 30, 7, 1.
# $value: wat er is getypt.
expiry-thresholds-negative = “{ $value }”: het aantal dagen kan niet negatief zijn. Gebruik 0 voor de dag waarop een token verloopt.
# $value: wat er is getypt.
expiry-thresholds-not-number = “{ $value }” is geen heel aantal dagen. Gebruik getallen gescheiden door komma's, bijvoorbeeld 30, 7, 1.
# $days: het getypte aantal; $max: het hoogste toegestane aantal (365).
expiry-thresholds-too-far = { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
} is te ver vooruit; herinneringen kunnen op zijn vroegst { $max } dagen voor het verlopen beginnen.
# $max: het hoogste aantal herinneringen (10).
expiry-thresholds-too-many = Gebruik hoogstens { $max } herinneringen.
