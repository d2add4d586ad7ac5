## Fouten van rotaties (src-tauri/core/src/rotation/error.rs en plan.rs).

rotation-grace-in-past = Het einde van de overgangsperiode moet in de toekomst liggen.
rotation-same-name = Geef de vervanger een andere naam dan het oude token.
# $name: het token dat wordt geroteerd.
rotation-already-rotating = “{ $name }” wordt al geroteerd. Maak die rotatie eerst af of annuleer hem.
rotation-not-found = Die rotatie bestaat niet meer.
# $state: waar de rotatie is (een van de rotation-error-state-…-berichten, met werkwoord); $action:
# wat niet kan (een van de rotation-action-…-berichten).
rotation-wrong-state = Deze rotatie { $state }, dus { $action } kan nu niet.
## De $state van rotation-wrong-state (in het Nederlands met het werkwoord erbij).
rotation-error-state-planned = is gepland maar nog niet gestart
rotation-error-state-creating = maakt nu haar vervanger
rotation-error-state-vault-failed = wacht tot je bevestigt dat de nieuwe sleutel is bewaard
rotation-error-state-needs-attention = wacht op je beslissing
rotation-error-state-retiring = zit in de overgangsperiode
rotation-error-state-deleting = verwijdert nu het oude token
rotation-error-state-done = is klaar
rotation-error-state-cancelled = is geannuleerd
rotation-error-state-other = is in een andere stap
## De $action van rotation-wrong-state (in het Nederlands het onderwerp: “…, dus annuleren kan nu niet”).
rotation-action-cancel = annuleren
rotation-action-acknowledge-vault-failure = een kluisfout bevestigen
rotation-action-replace-replacement = de vervanger vervangen
rotation-action-clean-up = opruimen
rotation-action-check-new-key = de nieuwe sleutel controleren
rotation-action-check-key-not-held = een sleutel controleren die dit apparaat niet heeft
rotation-action-delete-old = het oude token verwijderen
rotation-action-wait-quiet = wachten tot de oude sleutel niet meer wordt gebruikt
rotation-action-other = deze stap zetten
rotation-changed = Deze rotatie is net veranderd door een ander venster van Scriptix Keys, dus deze stap is niet gezet. Bekijk de rotatie opnieuw.
# $reason: waarom Scriptix het niet kon bevestigen (de verbindingsfout, een zin).
rotation-unconfirmed = Het oude token is bewaard omdat Scriptix niet kon bevestigen dat de vervanger werkt; dit wordt later opnieuw geprobeerd. { $reason }
# $point: het stoppunt van de testhaak (alleen in tests).
rotation-crashed = gesimuleerde crash bij { $point }

## De notitie van een rotatie: wat de gebruiker moet beslissen (src-tauri/core/src/rotation/notes.rs;
## opgeslagen als code, getoond onder de rotatie in het verloopoverzicht).

# $text: een notitie zonder bekende vorm, zoals hij is geschreven (een Scriptix-fout, in het Engels).
rotation-note-text = { $text }
rotation-note-key-lost = De vervanger bestaat op Scriptix, maar de sleutel ging verloren voordat hij de kluis bereikte. Verwijder die vervanger en maak een nieuwe (het oude token blijft intussen werken).
rotation-note-replacement-key-missing = Het oude token is bewaard omdat de sleutel van de vervanger niet meer in de kluis staat. Verwijder de vervanger en maak een nieuwe.
rotation-note-replacement-gone = Het oude token is bewaard omdat de vervanger niet meer bestaat op Scriptix. Maak een nieuwe vervanger; het oude token blijft intussen werken.
rotation-note-replacement-key-refused = Het oude token is bewaard omdat Scriptix de sleutel van de vervanger niet meer accepteert. Maak een nieuwe vervanger; het oude token blijft intussen werken.
rotation-note-not-created = Scriptix heeft het nieuwe token niet bevestigd en het staat niet in je tokenlijst, dus het is niet gemaakt. Je kunt het opnieuw proberen.
# Hetzelfde zoals de kluis nu weigert. $reason: de fout van de kluis (een zin).
rotation-note-vault-refused-because = De nieuwe sleutel kon niet in de kluis worden bewaard: { $reason } Kopieer of exporteer hem nu (Sleutel tonen) en bevestig daarna; het oude token blijft bewaard tot je dat doet.
# Van voordat de reden als code werd bewaard. $reason: waarom de kluis weigerde (in het Engels).
rotation-note-vault-refused = De nieuwe sleutel kon niet in de kluis worden bewaard ({ $reason }). Kopieer of exporteer hem nu (Sleutel tonen) en bevestig daarna; het oude token blijft bewaard tot je dat doet.

## Wat het annuleervenster zegt nadat een rotatie is geannuleerd (src-tauri/core/src/rotation/recovery.rs).

# $name: het vervangende token.
rotation-cancelled-replacement-in-vault = De vervanger “{ $name }” bestaat en de sleutel staat in de kluis. Houd hem, of verwijder hem.
# $name: het vervangende token.
rotation-cancelled-replacement-not-held = De vervanger “{ $name }” bestaat, maar dit apparaat heeft de sleutel niet. Verwijderen wordt aangeraden.
rotation-cancelled-no-replacement = Er is geen vervanger gemaakt.
rotation-cancelled-replacement-unknown = Scriptix kon niet worden gevraagd of er een vervanger is gemaakt; controleer de tokenlijst.
rotation-cancelled-old-active = Het oude token is nog actief.
rotation-cancelled-old-gone = Het oude token bestaat niet meer.
# $replacement: een van de rotation-cancelled-…replacement…-berichten; $old: rotation-cancelled-old-active of -old-gone.
rotation-cancelled-report = { $replacement } { $old }
