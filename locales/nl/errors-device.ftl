## Fouten van dit apparaat: de kluis, het lokale gegevensbestand, het klembord, geplakte
## sleutels, notities en de toestand van de werkruimte.

vault-no-connection = Er is geen sessiebus van het bureaublad gevonden, dus de kluis is niet bereikbaar. Start Scriptix Keys vanuit een gewone bureaubladsessie (D-Bus), met GNOME Keyring of KWallet actief.
vault-no-provider = Er is geen kluis geïnstalleerd. Installeer GNOME Keyring of KWallet (Secret Service), ontgrendel hem en probeer het opnieuw.
vault-locked = De kluis is vergrendeld. Ontgrendel GNOME Keyring of KWallet (bijvoorbeeld door opnieuw in te loggen op het bureaublad) en probeer het opnieuw.
vault-other = De kluis werkte niet. Controleer of GNOME Keyring of KWallet (Secret Service) geïnstalleerd, actief en ontgrendeld is en probeer het opnieuw.
vault-locked-macos = De macOS-sleutelhanger is vergrendeld of de toegang werd geweigerd. Ontgrendel je inlogsleutelhanger (Sleutelhangertoegang) en geef Scriptix Keys toestemming om hem te gebruiken.
vault-other-macos = De macOS-sleutelhanger kon niet worden gebruikt. Open Sleutelhangertoegang, controleer of de inlogsleutelhanger bestaat en ontgrendeld is en probeer het opnieuw.
vault-locked-windows = Windows Referentiebeheer weigerde de toegang. Log gewoon in op Windows (niet als beperkte gebruiker) en probeer het opnieuw.
vault-other-windows = Windows Referentiebeheer kon niet worden gebruikt. Controleer of de service Referentiebeheer draait en probeer het opnieuw.
vault-unreadable = Een bewaard geheim kon niet worden gelezen. Log opnieuw in of bewaar de sleutel opnieuw.
# $seconds: hoe lang de app op de kluis wachtte.
vault-timed-out = De kluis antwoordde niet binnen { $seconds } seconden (misschien wacht er een venster om te ontgrendelen). Ontgrendel de kluis en probeer het opnieuw.

# $reason: de reden van het besturingssysteem, in diens eigen woorden.
store-open = Het lokale gegevensbestand kon niet worden geopend ({ $reason }).
# $found: de schemaversie in het bestand.
store-too-new = Het lokale gegevensbestand is geschreven door een nieuwere versie van Scriptix Keys (schema { $found }). Werk de app bij.
store-corrupt = Het lokale gegevensbestand bevat een waarde die deze app niet kan lezen.
store-sqlite = Het lokale gegevensbestand kon niet worden gelezen of geschreven.

clipboard-unavailable = Het klembord is niet beschikbaar op dit bureaublad, dus er is niets gekopieerd.
clipboard-refused = Het klembord accepteerde de tekst niet, dus er is niets gekopieerd. Probeer het opnieuw.

key-format-empty = De sleutel is leeg. Plak de hele sleutel en probeer het opnieuw.
key-format-line-break = De sleutel bevat een regeleinde. Plak hem opnieuw als één regel.
key-format-whitespace = De sleutel bevat een spatie. Sleutels bevatten nooit spaties; plak hem opnieuw.
key-format-control-character = De sleutel bevat een onzichtbaar stuurteken. Plak hem opnieuw.

# $chars: hoeveel tekens het veld heeft.
notes-too-long = Dit veld is { $chars } tekens lang; er mogen er hoogstens 500 zijn.
notes-control-character-text = Dit veld bevat een stuurteken. Gebruik gewone tekst.
notes-control-character-line = Dit veld bevat een stuurteken. Gebruik gewone tekst op één regel.
notes-looks-like-key = Dit lijkt op een API-sleutel; notities worden onversleuteld bewaard, dus sleutels horen hier nooit.

workspace-no-active-profile = Kies of voeg eerst een profiel toe.
workspace-not-signed-in = Log in om verder te gaan.
workspace-no-pending-sign-in = Het inloggen is verlopen. Vul je wachtwoord opnieuw in.
workspace-key-not-held = Dit apparaat bewaart de sleutel van dat token niet. Scriptix toont een sleutel maar één keer, als hij wordt gemaakt.
# $server: de server waar het profiel nu naar wijst.
workspace-other-server-key = Er is niets verstuurd: deze sleutel is uitgegeven door een andere server dan die waar dit profiel nu naar wijst ({ $server }). Maak een nieuw profiel voor de andere server.
# $server: de server waar het profiel nu naar wijst.
workspace-other-server-sign-in = Er is niets verstuurd: deze inlogsessie is uitgegeven door een andere server dan die waar dit profiel nu naar wijst ({ $server }). Maak een nieuw profiel voor de andere server.
# $server: de server waar het profiel nu naar wijst.
workspace-other-server-password = Er is niets verstuurd: dit wachtwoord is getypt voor een andere server dan die waar dit profiel nu naar wijst ({ $server }). Log opnieuw in.
# $reason: de fout van de kluis, een eigen zin.
workspace-profile-kept = Het profiel is bewaard: de kluis liet Scriptix Keys de sleutels ervan niet verwijderen. { $reason }
workspace-unsaved-key-shown = De sleutel op het scherm is niet bewaard in de kluis van dit apparaat en Scriptix toont hem nooit meer. Kopieer hem of bewaar hem met Exporteren…, sluit het sleutelvenster en log dan uit.

## Verzoeken die de werkruimte weigert (src-tauri/core/src/workspace/, src-tauri/src/keepass.rs).

create-choose-type = Kies Batch of Realtime.
expiry-choose-years = Kies 1, 2 of 5 jaar.
create-interrupted-already-handled = Dit onderbroken aanmaken is al afgehandeld.
profile-export-format = Alle sleutels van een profiel gaan in één bestand voor een wachtwoordmanager: kies 1Password, Bitwarden of KeePassXC (CSV).
export-use-keepass-database = Kies “Opslaan in een KeePass-database…” om de sleutel in een KeePass-database te zetten.
usage-test-request-demo-only = Testverzoeken worden alleen in de demowerkruimte verstuurd, dus er is niets verstuurd.
workspace-token-not-listed = Dat token staat niet in de lijst. Vernieuw de lijst en probeer het opnieuw.
workspace-rotation-unknown = Die rotatie is hier niet bekend.
workspace-rotation-new-key-not-stored = De nieuwe sleutel van deze rotatie is nog niet bewaard.
keepass-choose-database = Kies eerst een KeePass-database.
keepass-choose-key-file = Kies eerst het sleutelbestand.
