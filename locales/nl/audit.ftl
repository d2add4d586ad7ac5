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
