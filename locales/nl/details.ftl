## Het detailpaneel van een token (ui/js/views/details-panel.js): de gegevens, de notities op
## dit apparaat (ui/js/lib/notes.js).

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
