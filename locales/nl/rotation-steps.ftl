## De eigen stappen van de rotatiewizard: het plan (ui/js/views/rotation-plan.js), de nieuwe
## sleutel (rotation-reveal.js) en een rotatie annuleren (rotation-cancel.js).

# $name: het token dat wordt geroteerd.
rotation-plan-title-one = “{ $name }” roteren
# $count: hoeveel tokens worden geroteerd (meer dan één).
rotation-plan-title-many = { $count ->
    [one] { $count } token
   *[other] { $count } tokens
} roteren
rotation-plan-intro = Eerst wordt een vervangend token met een nieuwe sleutel gemaakt. De oude sleutel blijft een overgangsperiode werken, zodat integraties kunnen overstappen; daarna wordt het oude token verwijderd.
rotation-plan-no-name = (geen naam)
# $id: de ID van het token; $date: wanneer het verloopt.
rotation-plan-token-expires = ID { $id } · verloopt { $date }
# $id: de ID van het token.
rotation-plan-token-expiry-unknown = ID { $id } · vervaldatum onbekend
rotation-plan-name = Naam van de vervanger
# Voor het typelabel: "Type: [Batch] hetzelfde als het oude token."
rotation-plan-type = Type:
# Na het typelabel.
rotation-plan-type-same = hetzelfde als het oude token.
# $example: de naam van de eerste vervanger.
rotation-plan-bulk-names = Elke vervanger houdt het type van zijn oude token en krijgt een naam als “{ $example }”.
rotation-plan-expires-after = De vervanger verloopt na
rotation-plan-grace = De oude sleutel blijft werken
rotation-plan-grace-date = De oude sleutel blijft werken tot
# $date: de dag waarop de overgangsperiode eindigt.
rotation-plan-grace-until = tot { $date }
rotation-plan-emergency-note = Integraties die de oude sleutel nog gebruiken, werken meteen niet meer. Kies dit als de oude sleutel is uitgelekt.
rotation-plan-auto-delete = Het oude token automatisch verwijderen als de overgangsperiode voorbij is
rotation-plan-cancel = Annuleren
rotation-plan-submit-one = Vervanger maken
# $count: hoeveel vervangers (meer dan één).
rotation-plan-submit-many = { $count ->
    [one] { $count } vervanger
   *[other] { $count } vervangers
} maken
rotation-plan-planning = Bezig met plannen…

## De nieuwe sleutel van een rotatie.

# $name: de naam van het oude token.
rotation-reveal-title = Nieuwe sleutel voor “{ $name }”
rotation-reveal-vault-refused = De kluis weigerde de nieuwe sleutel
rotation-reveal-vault-refused-text = Dit apparaat kon de nieuwe sleutel niet opslaan, dus Scriptix Keys kan hem later niet voor je kopiëren. Kopieer hem of bewaar hem nu met Exporteren…: Scriptix toont hem nooit meer.
rotation-reveal-ack = Ik heb de nieuwe sleutel gekopieerd of op een veilige plek bewaard
rotation-reveal-confirm = Bevestigen
rotation-reveal-confirming = Bezig met bevestigen…
rotation-reveal-ack-done = Dank je. Bewaar die kopie goed: het is de enige.
rotation-reveal-verify = Controleren of de nieuwe sleutel werkt
rotation-reveal-checking = Bezig met controleren…
rotation-reveal-cancel = Rotatie annuleren
rotation-reveal-next = Volgende sleutel
rotation-reveal-continue = Doorgaan

## Een rotatie annuleren.

# $name: de naam van het oude token.
rotation-cancel-title = De rotatie van “{ $name }” annuleren
rotation-cancel-cancelling = Bezig met annuleren…
rotation-cancel-failed = De rotatie is niet geannuleerd.
rotation-cancel-close = Sluiten
# $name: de naam van de vervanger.
rotation-cancel-question = De vervanger “{ $name }” was al gemaakt. Wil je hem verwijderen, of houden als gewoon token?
rotation-cancel-question-unnamed = De vervanger was al gemaakt. Wil je hem verwijderen, of houden als gewoon token?
rotation-cancel-delete = Vervanger verwijderen
rotation-cancel-keep = Behouden
rotation-cancel-deleting = Bezig met verwijderen…
rotation-cancel-keeping = Bezig met behouden…
# $name: de naam van de vervanger.
rotation-cancel-deleted = “{ $name }” is verwijderd.
rotation-cancel-deleted-unnamed = De vervanger is verwijderd.
# $name: de naam van de vervanger.
rotation-cancel-kept = “{ $name }” blijft bestaan als gewoon token.
rotation-cancel-kept-unnamed = De vervanger blijft bestaan als gewoon token.
