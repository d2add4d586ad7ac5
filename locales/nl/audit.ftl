## Activiteit: het auditlogboek van dit apparaat (ui/js/views/audit-view.js, ui/js/lib/audit.js).

audit-title = Activiteit op dit apparaat
audit-action = Actie
audit-all-actions = Alle acties
audit-contains = Bevat
audit-text-placeholder = Tokennaam, ID of detail
audit-caption = Activiteit, nieuwste eerst
audit-entries = Activiteitregels
audit-column-time = Tijd
audit-column-action = Actie
audit-column-token = Token
audit-column-outcome = Resultaat
audit-column-detail = Detail
audit-export = CSV exporteren…
audit-export-choosing = Kies waar je het bestand opslaat…
# $path: het bestand waarin het logboek is opgeslagen.
audit-export-saved = Opgeslagen in { $path }
audit-close = Sluiten
audit-empty-filtered = Geen activiteit die bij dit filter past
audit-empty-filtered-hint = Kies “Alle acties” of wis de tekst om alles te zien.
audit-empty = Nog geen activiteit
audit-empty-hint = Inloggen en het maken, kopiëren, exporteren en verwijderen van sleutels worden hier vastgelegd.
# Tooltip van een regel. $seq: het nummer van de regel; $actor: wie het deed.
audit-row-by = #{ $seq } door { $actor }
# $name: de naam van het token; $id: de ID ervan.
audit-token = { $name } (ID { $id })
# $id: de ID van een token waarvan het logboek de naam niet heeft.
audit-token-id = ID { $id }

## Wat er is gedaan (het actiefilter en de kolom Actie).

audit-action-sign-in = Ingelogd
audit-action-sign-out = Uitgelogd
audit-action-create = Token gemaakt
audit-action-reveal = Sleutel getoond
audit-action-copy = Sleutel gekopieerd
audit-action-export = Sleutel geëxporteerd
audit-action-delete = Token verwijderd
audit-action-forget-key = Sleutel op dit apparaat vergeten
audit-action-attach-key = Sleutel gekoppeld
audit-action-notes-edit = Notities bewerkt
audit-action-rotation-step = Rotatiestap
audit-action-key-check = Sleutel gecontroleerd
audit-action-vault-cleanup = Kluis opgeruimd
audit-action-profile-delete = Profiel verwijderd
# Een actie die een nieuwere versie van de app heeft vastgelegd.
audit-action-other = Andere activiteit

audit-outcome-done = Gelukt
audit-outcome-failed = Mislukt
audit-outcome-cancelled = Geannuleerd

## De integriteitsregel boven de regels.

# $count: gecontroleerde regels.
audit-intact = Logboek intact · { $count ->
    [one] { $count } regel
   *[other] { $count } regels
} gecontroleerd
# $count: gecontroleerde regels.
audit-intact-vault-locked = Logboek intact · { $count ->
    [one] { $count } regel
   *[other] { $count } regels
} gecontroleerd · handtekeningen niet gecontroleerd: de kluis is vergrendeld
# $count: gecontroleerde regels; $unsigned: de nieuwste regels, nog niet ondertekend.
audit-intact-unsigned = Logboek intact · { $count ->
    [one] { $count } regel
   *[other] { $count } regels
} gecontroleerd · { $unsigned ->
    [one] de nieuwste regel is geschreven terwijl de kluis vergrendeld was en is nog niet ondertekend
   *[other] de nieuwste { $unsigned } regels zijn geschreven terwijl de kluis vergrendeld was en zijn nog niet ondertekend
}
audit-changed = Het logboek is buiten de app gewijzigd
# $seq: het nummer van de eerste gewijzigde regel.
audit-changed-at = Het logboek is buiten de app gewijzigd bij regel #{ $seq }
# $text: audit-changed of audit-changed-at, als zin.
audit-changed-sentence = { $text }.
audit-changed-more = Regels vanaf daar kunnen zijn bewerkt of verwijderd. Bewaar een kopie van het logbestand en meld het aan je beheerder.

## De details van logregels (src-tauri/core/src/audit/detail.rs): korte notities, geen zinnen.

# $text: een detail zonder bekende vorm, zoals het is geschreven.
audit-detail-text = { $text }
audit-detail-key-lost = gemaakt, maar de sleutel ging onderweg verloren
audit-detail-from-expiry-centre = vanuit het verloopoverzicht
audit-detail-interrupted-kept = onderbroken aanmaak: door de gebruiker behouden (de sleutel staat niet op dit apparaat)
audit-detail-interrupted-deleted = onderbroken aanmaak: het token waarvan de sleutel verloren ging, is verwijderd
audit-detail-interrupted-refused-key-lost = onderbroken terwijl een door de kluis geweigerde sleutel werd getoond: de sleutel is verloren
audit-detail-interrupted-key-lost = onderbroken: het token bestaat, maar de sleutel heeft dit apparaat nooit bereikt
audit-detail-interrupted-not-created = onderbroken: het token is niet gemaakt
audit-detail-interrupted-gone = onderbroken: het token bestaat niet meer
audit-detail-interrupted-ambiguous = onderbroken: er verschenen meerdere tokens met deze naam; geen ervan is overgenomen
audit-detail-key-not-saved = sleutel NIET in de kluis bewaard
audit-detail-session-in-memory = sessie alleen in het geheugen bewaard
audit-detail-attach-vault-refused = de sleutel werkt, maar de kluis weigerde hem
audit-detail-to-1password = naar 1Password met het op-programma
audit-detail-to-bitwarden = naar Bitwarden met het bw-programma
audit-detail-to-clipboard = naar het klembord
# $path: het databasebestand; $group: de groep erin.
audit-detail-to-keepass = naar de KeePass-database { $path }, groep { $group }
# $path: het bestand.
audit-detail-profile-keys-exported = met alle sleutels van het profiel, naar { $path }
# $message: wat de update deed (Engels, van de update).
audit-detail-rotation-update = rotatie-update: { $message }
# $count: hoeveel sleutels.
audit-detail-orphans-removed = { $count } { $count ->
        [one] verweesde sleutel
       *[other] verweesde sleutels
    } uit de kluis verwijderd
# $route: batch of realtime.
audit-detail-attached = elders gemaakte sleutel, gecontroleerd via de { $route }-route, in de kluis bewaard
# $name: het profiel; $count: hoeveel sleutels dit apparaat ervoor bewaarde.
audit-detail-profile-deleted = profiel “{ $name }” verwijderd met de { $count } { $count ->
        [one] sleutel
       *[other] sleutels
    } die dit apparaat ervoor bewaarde
# $name: het profiel; $removed: verwijderde sleutels; $count: bewaarde sleutels.
audit-detail-profile-kept = profiel “{ $name }” behouden: de kluis weigerde de sleutels te verwijderen ({ $removed } van { $count } verwijderd)
audit-detail-key-saved = sleutel in de kluis bewaard
audit-detail-session-in-vault = sessie in de kluis bewaard
audit-detail-as-env-line = als env-regel
# $path: het bestand.
audit-detail-to-file = naar { $path }
# Een sleutelcontrole. $source: pasted, held of rotation; $route: batch of realtime;
# $result: het woord uit het contract; $code: de foutcode van Scriptix of "none"; $same: yes
# als dit apparaat de sleutel bewaart; $warnings: de codes van de genegeerde waarschuwingen, of "none".
audit-detail-key-check = { $source ->
        [pasted] geplakte sleutel
        [held] bewaarde sleutel
       *[rotation] nieuwe sleutel van een rotatie
    }, { $route }-route: { $result ->
        [valid] geldig
        [revoked] ingetrokken
        [invalid] ongeldig
        [forbidden] geen toegang
        [rateLimited] te veel verzoeken
       *[unreachable] niet bereikbaar
    }{ $code ->
        [none] {""}
       *[other] {" "}({ $code })
    }{ $same ->
        [yes] ; dezelfde sleutel als een in de kluis van dit apparaat
       *[no] {""}
    }{ $warnings ->
        [none] {""}
       *[other] ; gecontroleerd ondanks waarschuwingen: { $warnings }
    }
