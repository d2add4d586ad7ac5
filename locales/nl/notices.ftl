## Meldingen op het bureaublad: herinneringen aan verlopen en overgangsperiodes (Rust schrijft
## ze, src-tauri/core/src/expiry.rs). $name en $old: de naam van het token tussen
## aanhalingstekens, of "Token <id>"; $new: de naam van het nieuwe token; $on: een dag ("3 dec 2026").

notice-where-to-look = Open Scriptix Keys en kies Aandacht om het te zien.

notice-expired-title = Een Scriptix-sleutel is verlopen
notice-expired-body = { $name } is verlopen op { $on }. Koppelingen die hem nog gebruiken, werken niet meer: roteer hem of maak een nieuwe sleutel.
notice-expires-today-title = Een Scriptix-sleutel verloopt vandaag
notice-expires-today-body = { $name } verloopt binnen een dag (op { $on }). Roteer hem nu, anders werkt wat hem gebruikt niet meer.
notice-expires-tomorrow-title = Een Scriptix-sleutel verloopt morgen
notice-expires-tomorrow-body = { $name } verloopt over 1 dag (op { $on }). Roteer hem vandaag.
# $days: hele dagen die nog over zijn (2 of meer).
notice-expires-in-days-title = Een Scriptix-sleutel verloopt over { $days } { $days ->
        [one] dag
       *[other] dagen
    }
# $days: hele dagen die nog over zijn (2 of meer).
notice-expires-in-days-body = { $name } verloopt over { $days } { $days ->
        [one] dag
       *[other] dagen
    } (op { $on }). Roteer hem voor die tijd.

notice-grace-ended-title = Een overgangsperiode is afgelopen
notice-grace-ended-auto-body = De overgangsperiode van { $old } is afgelopen op { $on }: Scriptix Keys verwijdert het token zodra de app weer open is en je bent ingelogd.
notice-grace-ended-body = De overgangsperiode van { $old } is afgelopen op { $on }: verwijder het token nu.
notice-grace-ends-title = Een overgangsperiode loopt morgen af
notice-grace-ends-auto-body = De overgangsperiode van { $old } loopt binnen een dag af (op { $on }). Zorg dat alles de nieuwe sleutel { $new } gebruikt; { $old } wordt daarna automatisch verwijderd.
notice-grace-ends-body = De overgangsperiode van { $old } loopt binnen een dag af (op { $on }). Zorg dat alles de nieuwe sleutel { $new } gebruikt; verwijder daarna { $old }.

## Meldingen op het bureaublad over gebruik (src-tauri/core/src/usage/text.rs). $name: de naam
## van het token (of usage-hint-unnamed); $ip: een adres (of usage-hint-unknown-address).

usage-hint-new-ip-title = Een sleutel is gebruikt vanaf een nieuw adres
usage-hint-new-ip-body = “{ $name }” is gebruikt vanaf { $ip }, een adres dat de 30 dagen daarvoor niet is gezien. Herken je het niet, roteer de sleutel dan nu.
usage-hint-spike-title = Ongewoon veel verzoeken
# $count: verzoeken op die dag; $date: de dag ("29 nov 2026") of usage-hint-recent-day.
usage-hint-spike-body = “{ $name }” deed op { $date } { $count } { $count ->
        [one] verzoek
       *[other] verzoeken
    }, meer dan drie keer zoveel als op een gewone dag. Kijk wie hem gebruikt.
usage-hint-failed-auth-title = Iets gebruikt nog een dode sleutel
# $reason: usage-hint-reason-revoked of usage-hint-reason-expired; $count: hoe vaak geprobeerd.
usage-hint-failed-auth-body = De { $reason } sleutel “{ $name }” is { $count } keer geprobeerd, het laatst vanaf { $ip }. Pas de koppeling aan die hem nog gebruikt.
usage-hint-retiring-in-use-title = Een sleutel die wordt vervangen, is nog in gebruik
# $minutes: hoe lang geleden hij is gebruikt.
usage-hint-retiring-in-use-body = “{ $name }” is { $minutes } { $minutes ->
        [one] minuut
       *[other] minuten
    } geleden gebruikt vanaf { $ip }, hoewel hij wordt vervangen. Hij wordt pas verwijderd als hij niet meer wordt gebruikt.
usage-hint-unused-title = Een sleutel wordt niet gebruikt
# $days: hoeveel dagen hij niet is gebruikt.
usage-hint-unused-body = “{ $name }” is al { $days } { $days ->
        [one] dag
       *[other] dagen
    } niet gebruikt. Je kunt hem verwijderen.
# $id: de ID van het token.
usage-hint-unnamed = token { $id }
usage-hint-unknown-address = een onbekend adres
# De dag van een piek wanneer de hint die niet noemt.
usage-hint-recent-day = een recente dag
usage-hint-reason-revoked = ingetrokken
usage-hint-reason-expired = verlopen
