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
