## Het KeePass-deel van het exportvenster (ui/js/views/keepass-panel.js): het .kdbx-bestand,
## het wachtwoord en sleutelbestand, de groep, en de hoofdknop van het venster zolang dit
## formaat gekozen is.

keepass-legend = KeePass-database
keepass-choose = Database kiezen…
keepass-no-file = Geen database gekozen
keepass-password = Wachtwoord van de database
keepass-password-hint = Alleen gebruikt om de database voor deze keer opslaan te openen; wordt nooit bewaard.
keepass-key-file = Sleutelbestand
keepass-key-file-choose = Sleutelbestand…
keepass-no-key-file = Geen sleutelbestand
keepass-key-file-remove = Verwijderen
keepass-key-file-remove-label = Het sleutelbestand weghalen
keepass-key-file-hint = Alleen als de database ook met een sleutelbestand is beveiligd. De plek ervan wordt onthouden voor rotaties, de inhoud nooit.
keepass-group = Groep
keepass-need-file = Kies eerst een KeePass-database.
keepass-unlock = Database ontgrendelen
keepass-save = Opslaan in KeePass
