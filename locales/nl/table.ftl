## De tokenlijst (ui/js/views/token-table.js, ui/js/lib/rows.js): kolomkoppen, het
## bijschrift voor schermlezers, de labels en hovertekst van de rijen, en de lege lijst.

table-column-id = ID
table-column-name = Naam
table-column-type = Type
table-column-created = Gemaakt
table-column-expires = Verloopt
table-column-last-used = Laatst gebruikt
table-column-actions = Acties
# Het bijschrift van de tabel voor schermlezers. $column: de kop van de gesorteerde kolom.
table-caption-ascending = API-tokens, gesorteerd op { $column }, oplopend
table-caption-descending = API-tokens, gesorteerd op { $column }, aflopend
table-select-all = Alle getoonde tokens selecteren
# $name: de naam van het token; $id: het ID.
table-select-row = “{ $name }” (ID { $id }) selecteren
table-env-title = Omgeving (je eigen notitie)
table-local-key = Op dit apparaat
table-local-key-title = De sleutel van dit token staat in de kluis van deze computer.
table-key-hint-title = Het begin en de laatste 4 tekens van de sleutel op dit apparaat
table-unused = ongebruikt
table-unused-title = Al 90 dagen of langer niet gebruikt: als niets deze sleutel nodig heeft, verwijder hem dan.
# $query: wat er in het filter is getypt.
table-empty-filtered = Geen tokens gevonden voor “{ $query }”
table-empty-filtered-hint = Probeer een deel van een naam, een ID, of “batch” / “realtime”.
table-empty = Nog geen tokens
table-empty-hint = API-tokens die voor dit account op Scriptix zijn gemaakt, komen hier te staan.

## De teksten van één rij (ui/js/lib/rows.js).

table-row-no-name = (geen naam)
table-row-unknown = Onbekend
# $date: de exacte vervaldatum en -tijd.
table-row-expiry-recorded = { $date } (vastgelegd door deze app toen het token werd gemaakt)
table-row-expiry-not-said = Scriptix heeft niet gezegd wanneer dit token verloopt.
# Voor schermlezers. $date: de exacte vervaldatum en -tijd; $relative: bijv. "over 5 dagen".
table-row-expired-spoken = Verlopen op { $date }, { $relative }
table-row-expires-spoken = Verloopt op { $date }, { $relative }
table-row-expiry-unknown-spoken = Vervaldatum onbekend
# De naam van een rij voor schermlezers, voorgelezen als de rij de focus krijgt. $name: de
# naam van het token; $type: Batch of Realtime; $status: bijv. "Actief"; $expiry: een van de
# drie teksten hierboven; $used: de gesproken tekst van de cel Laatst gebruikt.
table-row-label = { $name }, { $type }. { $status }. { $expiry }. { $used }.
# De vervalcel van een verlopen token. $relative: bijv. "3 dagen geleden".
table-row-expired = Verlopen { $relative }
# Dezelfde cel terwijl de rij focus of de aanwijzer heeft: de exacte datum. $date: bijv. "3 mrt 2026".
table-row-expired-on = Verlopen op { $date }
