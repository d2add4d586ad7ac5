## Een token maken: het dialoogvenster Nieuw API-token (ui/js/views/create-dialog.js), de
## sleutel die één keer wordt getoond en "de sleutel is niet aangekomen" (reveal-dialog.js),
## en de meldingen voor tokens die een eerdere sessie niet afmaakte (interrupted-creates.js).

create-title = Nieuw API-token
create-name = Naam
create-name-hint = Zeg waar het wordt gebruikt, bijvoorbeeld “Transcriptie productie”.
create-type = Type
create-type-batch-text = Voor opgenomen audio: upload bestanden en haal de transcriptie op als die klaar is. Het beste voor workflows en geplande taken.
create-type-realtime-text = Voor audio terwijl die gebeurt: transcripties komen binnen terwijl de audio nog streamt.
create-realtime-note = Realtime-sleutels zijn voor live audio: livestreams, live ondertiteling en vergaderingen terwijl ze plaatsvinden. Voor opnamen is een batch-sleutel de juiste.
create-expires-after = Verloopt na
# Naast de aanbevolen looptijd.
create-recommended = aanbevolen
create-cancel = Annuleren
create-submit = Token maken
create-creating = Bezig met maken…
create-retry = Opnieuw proberen
create-not-created = Het token is niet gemaakt.
create-not-created-todo = Er is niets gemaakt, dus je kunt het veilig opnieuw proberen.
create-forbidden = Dit account mag geen tokens maken.
create-forbidden-todo = Vraag een beheerder van je organisatie om je de rol Developer te geven en log daarna opnieuw in.
create-quota = Je Scriptix-abonnement staat dit nu niet toe.
# $limit: hoeveel tokens de organisatie mag hebben.
create-limit = Je organisatie heeft haar limiet van { $limit ->
    [one] { $limit } token
   *[other] { $limit } tokens
} bereikt.
create-limit-unknown = Je organisatie heeft haar tokenlimiet bereikt.
create-limit-todo = Verwijder tokens die je niet meer gebruikt en maak dit token daarna.

## De nieuwe sleutel, één keer getoond (ook in de rotatiewizard).

reveal-title = Je nieuwe API-sleutel
reveal-expiry-unknown = Vervaldatum onbekend
# $id: de ID van het token.
reveal-token-id = ID { $id }
reveal-key-label = De nieuwe API-sleutel
reveal-copy = Kopiëren
reveal-copy-env = Kopiëren als env-regel
reveal-copy-env-title = Kopieert SCRIPTIX_API_TOKEN=… voor een .env-bestand
reveal-export = Exporteren…
reveal-export-title = Bewaar de sleutel in een wachtwoordbeheerder of een .env-bestand
reveal-close-refused-title = { -brand } is open gebleven.
reveal-close-refused = Deze sleutel is niet op dit apparaat opgeslagen en Scriptix toont hem nooit meer. Kopieer hem of bewaar hem met Exporteren…, en sluit dan dit venster (of bevestig dat je hem hebt bewaard). Daarna sluit de app zoals gewoonlijk.
reveal-close-caution = Je hebt de sleutel niet gekopieerd en hij is niet op dit apparaat opgeslagen. Als dit venster sluit, kan niemand hem meer terughalen.
reveal-close = Sluiten
reveal-close-anyway = Toch sluiten
reveal-not-saved = Niet opgeslagen op dit apparaat
reveal-vault-failed = De kluis van het systeem kon de sleutel niet opslaan.
reveal-copy-now = Kopieer de sleutel nu en bewaar hem op een veilige plek, zoals je wachtwoordbeheerder. Scriptix toont hem nooit meer.
reveal-never-again = Scriptix toont deze sleutel nooit meer.
reveal-vault-saved = Dit apparaat bewaart een kopie in de kluis van het systeem, zodat je hem later vanuit de tokenlijst kunt kopiëren.
reveal-hygiene = Behandel hem als een wachtwoord: houd hem uit code, chats en screenshots. Integraties lezen hem het best uit een omgevingsvariabele met de naam SCRIPTIX_API_TOKEN.

## Gemaakt op de server, maar de sleutel heeft de app nooit bereikt.

keylost-title = De sleutel is niet aangekomen
# $token: het token (lifecycle-token-label).
keylost-text = Scriptix heeft { $token } gemaakt, maar de verbinding viel weg voordat de sleutel deze app bereikte. Niemand heeft de sleutel, dus dit token is onbruikbaar.
keylost-todo = Verwijder het om de lijst overzichtelijk te houden en maak daarna een nieuw token.
keylost-delete = Verwijderen
keylost-keep = Behouden

## Meldingen bij het starten voor tokens die een eerdere sessie niet afmaakte.

interrupted-dismiss = Sluiten
interrupted-delete = Verwijderen
interrupted-keep = Behouden
# $message: wat er van het maken is geworden (van de core); $error: waarom afhandelen mislukte.
interrupted-failed = { $message } ({ $error })
interrupted-did-not-work = Het is niet gelukt.

## Wat de core zegt over een onderbroken aanmaak (src-tauri/core/src/workspace/creates.rs).
## $name: de naam waarmee het token is gemaakt.

interrupted-key-lost-refused = Scriptix Keys werd gesloten terwijl de nieuwe sleutel van “{ $name }” op het scherm stond, die de kluis weigerde. Die sleutel is kwijt en kan niet opnieuw worden getoond — het token verwijderen?
interrupted-key-lost = Scriptix Keys werd onderbroken tijdens het maken van “{ $name }”. Het token bestaat, maar de sleutel heeft dit apparaat nooit bereikt — verwijderen?
interrupted-not-created = Scriptix Keys werd onderbroken tijdens het maken van “{ $name }”. Het token is niet gemaakt; er is niets veranderd op Scriptix.
interrupted-gone = Scriptix Keys werd onderbroken tijdens het maken van “{ $name }”. Dat token bestaat niet meer op Scriptix; er hoeft niets meer te gebeuren.
interrupted-ambiguous = Scriptix Keys werd onderbroken tijdens het maken van “{ $name }”. Rond die tijd verscheen er meer dan één token met die naam op Scriptix en de app kan niet zien welke zij heeft gemaakt, dus er is niets verwijderd. Bekijk ze in de lijst.
interrupted-kept = “{ $name }” is behouden. De sleutel staat niet op dit apparaat, dus niets hier kan het gebruiken.
interrupted-deleted = “{ $name }” is verwijderd op Scriptix.
# $reason: waarom het verwijderen mislukte (een eigen bericht).
interrupted-not-deleted = Kon “{ $name }” niet verwijderen: { $reason }
interrupted-no-answer = geen antwoord van Scriptix.

## Het resultaat van een aanmaak waarvan het antwoord verloren ging (src-tauri/core/src/workspace/lifecycle.rs).

create-key-lost = Scriptix heeft het token gemaakt, maar de verbinding viel weg voordat de sleutel aankwam. De sleutel kan niet opnieuw worden getoond, dus dit token is onbruikbaar: verwijder het en maak een nieuw token.
create-not-confirmed = Het token is niet gemaakt: Scriptix bevestigde het nieuwe token niet en het staat niet in je tokenlijst. Er is niets veranderd op Scriptix; je kunt het opnieuw proberen.
