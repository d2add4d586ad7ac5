## Het detailpaneel van een token (ui/js/views/details-panel.js): de gegevens, de notities op
## dit apparaat (ui/js/lib/notes.js) en waar de sleutel naartoe is gegaan (ui/js/lib/destinations.js).

details-no-name = (geen naam)
details-id = ID
details-name = Naam
details-type = Type
details-created = Gemaakt
details-expires = Verloopt
details-status = Status
details-key = Sleutel
details-key-ends = Sleutel eindigt op
details-unknown = Onbekend
# $date: de exacte vervaldatum en -tijd.
details-expires-recorded = { $date } (vastgelegd door deze app)
details-expires-unknown = Onbekend: Scriptix heeft het niet gezegd
details-key-saved = Opgeslagen in de kluis van deze computer
details-key-not-here = Niet op dit apparaat
details-custom-environment = Eigen omgeving
details-custom-environment-placeholder = bijvoorbeeld “eu-west”
# $date: wanneer de notities het laatst zijn opgeslagen (een exacte datum en tijd).
details-last-saved = Laatst opgeslagen { $date }
details-save = Notities opslaan
details-saving = Opslaan…
details-saved = ✓ Notities opgeslagen
details-close = Sluiten
details-description = Beschrijving
details-environment = Omgeving
details-used-by = Gebruikt door
details-used-by-hint = dienst, host of repository
details-owner = Eigenaar
details-destinations = Waar de sleutel naartoe ging
details-loading = Laden…
details-no-destinations = Nog niet vanaf dit apparaat doorgegeven.
details-notes = Notities
details-notes-private = Notities blijven op dit apparaat; ze worden nooit naar Scriptix gestuurd.

## De keuzes voor de omgeving, en het label en de regel in de lijst (ui/js/lib/notes.js).

details-env-not-set = Niet ingesteld
details-env-production = Productie
details-env-staging = Staging
details-env-dev = Ontwikkeling
details-env-custom = Anders…
details-env-chip-production = productie
details-env-chip-staging = staging
details-env-chip-dev = ontwikkeling
# De regel onder de naam van een token in de lijst. $who: de notitie "Gebruikt door".
details-used-by-line = Gebruikt door: { $who }

## Waar een sleutel naartoe is gegaan (ui/js/lib/destinations.js).

details-destination-env-file = .env-bestand
details-destination-onepassword-template = 1Password-sjabloonbestand voor een item
details-destination-onepassword-csv = 1Password-importbestand (CSV)
details-destination-bitwarden-json = Bitwarden-importbestand (JSON)
details-destination-bitwarden-csv = Bitwarden-importbestand (CSV)
details-destination-keepassxc-csv = KeePassXC-importbestand (CSV)
details-destination-onepassword = 1Password-item
details-destination-bitwarden = Bitwarden-item
details-destination-keepass = Item in KeePass-database
details-destination-other = Ergens anders
# $variable: de naam van de variabele; $file: het pad van het .env-bestand.
details-destination-variable-in = { $variable } in { $file }
# $vault: de 1Password-kluis.
details-destination-vault = kluis { $vault }
# $vault: de 1Password-kluis; $item: het item.
details-destination-vault-item = kluis { $vault }, item { $item }
# $item: het Bitwarden-item.
details-destination-item = item { $item }
# $label: de Bitwarden-map of -naam; $item: het item.
details-destination-label-item = { $label }, item { $item }
