## Het logboek van een rotatie (src-tauri/core/src/rotation/journal_detail.rs): elke stap die ze
## zette, opgeslagen als code, in het activiteitenlogboek getoond als "stap fase: detail".

# Eén regel van het activiteitenlogboek. $step: een rotation-journal-step-…-bericht; $phase: een
# rotation-journal-phase-…-bericht; $detail: wat er gebeurde (kan leeg zijn).
audit-detail-rotation-step = { $step } { $phase }: { $detail }
# Dezelfde regel wanneer de stap verder niets zegt.
audit-detail-rotation-step-bare = { $step } { $phase }

## De stappen.
rotation-journal-step-plan = plannen
rotation-journal-step-create = vervanger maken
rotation-journal-step-store-key = sleutel bewaren
rotation-journal-step-reconcile = nakijken na herstart
rotation-journal-step-retry = opnieuw proberen
rotation-journal-step-delete-replacement = vervanger verwijderen
rotation-journal-step-cancel = annuleren
rotation-journal-step-cleanup = opruimen
rotation-journal-step-delete-old = oud token verwijderen
rotation-journal-step-confirm-replacement = vervanger bevestigen
rotation-journal-step-verify = nieuwe sleutel controleren
rotation-journal-step-ack-vault-failure = kluisfout bevestigd
rotation-journal-step-delete-duplicate = dubbele vervanger verwijderen

## De fasen.
rotation-journal-phase-intent = gestart
rotation-journal-phase-done = klaar
rotation-journal-phase-failed = mislukt

## Wat een stap zegt.
# $text: een detail van voordat details als code werden bewaard, zonder bekende vorm, zoals het werd geschreven.
rotation-journal-text = { $text }
# $name: de naam van de vervanger.
rotation-journal-name = { $name }
# $id: de ID van een token.
rotation-journal-token = token { $id }
rotation-journal-token-deleted = token { $id } verwijderd
# Een tweede vervanger (door een race gemaakt) kon niet worden verwijderd. $reason: waarom (een zin).
rotation-journal-duplicate-kept = token { $id } bewaard: { $reason }
rotation-journal-key-stored = token { $id }; sleutel in de kluis
rotation-journal-key-stored-after-all = token { $id }; sleutel toch in de kluis
rotation-journal-vault-took-key = token { $id }; de kluis heeft de sleutel toch bewaard
rotation-journal-found-after-restart = token { $id }; gevonden na een herstart, sleutel in de kluis
rotation-journal-key-lost-in-transit = gemaakt, maar de sleutel ging onderweg verloren
rotation-journal-never-created = de vervanger is nooit gemaakt
# $count: hoeveel vervangers er zijn gevonden.
rotation-journal-found-without-key = { $count ->
    [one] { $count } vervanger gevonden zonder sleutel
   *[other] { $count } vervangers gevonden zonder sleutel
}
rotation-journal-key-only-in-memory = de sleutel stond alleen in het geheugen toen de app stopte
rotation-journal-user-saved-key = de gebruiker heeft de sleutel elders bewaard
rotation-journal-acknowledged = bevestigd door de gebruiker
rotation-journal-replacement-deleted = vervanger verwijderd
rotation-journal-replacement-kept = vervanger bewaard
rotation-journal-old-already-gone = het oude token was al weg
rotation-journal-old-deleted = het oude token is verwijderd
rotation-journal-key-not-in-vault = de sleutel van de vervanger staat niet in de kluis
rotation-journal-replacement-gone = de vervanger staat niet meer op Scriptix
rotation-journal-key-refused = Scriptix weigerde de sleutel van de vervanger
rotation-journal-rate-limited = Scriptix beperkt op dit moment het aantal verzoeken.
## De sleutelcontrole van de controlestap.
rotation-journal-check-valid = geldig
rotation-journal-check-forbidden = geen toegang tot de controle (de sleutel werkt)
rotation-journal-check-revoked = ingetrokken
rotation-journal-check-invalid = ongeldig
rotation-journal-check-rate-limited = te veel verzoeken
rotation-journal-check-unreachable = niet bereikbaar
