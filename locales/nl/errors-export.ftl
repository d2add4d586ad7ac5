## Fouten bij exporteren (src-tauri/core/src/export/error.rs): .env-bestanden, 1Password,
## KeePass en Bitwarden.

# $name: de variabelenaam zoals getypt.
export-invalid-variable = "{ $name }" kan geen variabelenaam zijn: gebruik letters, cijfers en underscores, en begin niet met een cijfer.
export-key-needs-quoting = Deze sleutel bevat tekens die een .env-bestand niet veilig kan bevatten. Kopieer hem en plak hem waar hij nodig is.
export-not-a-file = Kies een bestandsnaam, geen map.
# $path: het bestand.
export-not-text = { $path } is geen tekstbestand en is daarom niet veranderd. Kies een ander bestand.
# $path: het bestand; $reason: de melding van het besturingssysteem.
export-write = { $path } kon niet worden opgeslagen ({ $reason }).
export-bad-vault = Die 1Password-kluis kan niet worden gebruikt. Kies een kluis uit de lijst.
# $reason: wat het op-programma van 1Password zei (zijn eigen woorden, meestal Engels), of een export-reason-…-bericht.
export-op-failed = Het op-programma van 1Password mislukte: { $reason }. Er is niets veranderd; probeer het opnieuw of bewaar in plaats daarvan het sjabloonbestand.
export-op-missing = Het op-programma van 1Password is niet gevonden. Installeer de 1Password CLI (https://developer.1password.com/docs/cli/get-started/) en zet “Integrate with 1Password CLI” aan in de 1Password-app, of bewaar in plaats daarvan het sjabloonbestand.
export-op-not-signed-in = Het op-programma van 1Password is niet ingelogd. Zet “Integrate with 1Password CLI” aan in de 1Password-app (Settings › Developer) of voer “op signin” uit in een terminal, en probeer het dan opnieuw. Er is niets veranderd.
export-op-locked = 1Password is vergrendeld, of het ontgrendelvenster is gesloten. Ontgrendel de 1Password-app en probeer het opnieuw. Er is niets veranderd.
export-op-no-such-vault = Die 1Password-kluis hoort niet bij het ingelogde account. Kies een kluis uit de lijst. Er is niets veranderd.
export-op-item-gone = Het 1Password-item waarin de sleutel is bewaard, staat niet meer in zijn kluis. Er is niets veranderd; exporteer de nieuwe sleutel opnieuw naar 1Password.
export-op-timeout = De 1Password CLI was niet op tijd klaar en is gestopt. Ontgrendel 1Password en probeer het opnieuw, of bewaar in plaats daarvan het sjabloonbestand.
export-kdbx-password = Dat is niet het wachtwoord (of sleutelbestand) van deze KeePass-database. Er is niets veranderd; probeer het opnieuw.
# $path: het sleutelbestand; $reason: de melding van het besturingssysteem.
export-kdbx-key-file = Het sleutelbestand { $path } kon niet worden gelezen ({ $reason }). Er is niets veranderd.
# $path: het databasebestand; $reason: waarom (de woorden van de KeePass-bibliotheek).
export-kdbx-unreadable = { $path } kon niet worden geopend als KeePass-database: { $reason }. Er is niets veranderd.
export-kdbx-entry-gone = Het KeePass-item waarin de sleutel is bewaard, staat niet meer in de database. Er is niets veranderd.
export-kdbx-group = Die groep staat niet in de KeePass-database. Kies een groep uit de lijst.
export-bw-not-signed-in = Het bw-programma van Bitwarden is niet ingelogd. Voer één keer “bw login” uit in een terminal en ontgrendel het dan hier met je hoofdwachtwoord. Er is niets veranderd.
export-bw-locked = Je Bitwarden-kluis is vergrendeld. Ontgrendel hem met je hoofdwachtwoord (Exporteren… › Bitwarden) en probeer het dan opnieuw. Er is niets veranderd.
export-bw-wrong-password = Dat is niet je Bitwarden-hoofdwachtwoord. Er is niets ontgrendeld; probeer het opnieuw.
# $reason: wat het bw-programma van Bitwarden zei (zijn eigen woorden, meestal Engels), of een export-reason-…-bericht.
export-bw-failed = Het bw-programma van Bitwarden heeft het item niet gemaakt: { $reason }. Er is niets toegevoegd.
export-bw-missing = Het bw-programma van Bitwarden is niet gevonden. Installeer de Bitwarden CLI (https://bitwarden.com/help/cli/) of bewaar in plaats daarvan een Bitwarden-importbestand.
export-encode = De export kon niet worden gemaakt.

## Wat de app vond toen op of bw mislukte: de $reason van export-op-failed en export-bw-failed.
export-reason-odd-vault-list = het gaf de lijst met kluizen in een vorm die deze app niet kent
export-reason-odd-status = het gaf zijn status in een vorm die deze app niet kent
export-reason-odd-folder-list = het gaf de lijst met mappen in een vorm die deze app niet kent
export-reason-odd-item = het gaf het item in een vorm die deze app niet kent
export-reason-no-credential-field = het item heeft geen verborgen credential-veld meer
# $reason: de reden van het systeem (zijn eigen woorden).
export-reason-not-started = het kon niet worden gestart ({ $reason })
# $reason: de reden van het systeem (zijn eigen woorden).
export-reason-not-waited = er kon niet op worden gewacht ({ $reason })
export-reason-too-slow = het was niet op tijd klaar
export-reason-no-session = het gaf geen sessie
export-reason-bad-item-id = de onthouden item-ID is er geen die bw gebruikt
export-reason-not-a-login = het item is geen login meer
export-reason-stopped = het stopte onverwacht
# De 1Password-lijst kon niet worden gelezen. $reason: wat op zei, of een export-reason-…-bericht.
export-op-vaults-failed = Het op-programma van 1Password kon je kluizen niet tonen: { $reason }.
# Een bewaard bestand dat git zou vastleggen (src-tauri/core/src/export/gitignore.rs). $name: de
# naam van het bestand; $root: de map van de repository.
export-gitignore-warning = { $name } staat in de git-repository in { $root } en geen .gitignore daar negeert het. Zet { $name } in .gitignore voordat je iets vastlegt, anders komt de sleutel in de geschiedenis van de repository terecht.
