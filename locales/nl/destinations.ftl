## Waar een sleutel naartoe is gegaan (ui/js/lib/destinations.js), zoals het detailpaneel en
## het einde van een rotatie ze tonen: wat voor plek, en waar precies.

destination-env-file = .env-bestand
destination-op-template = 1Password-itemsjabloon
destination-op-csv = 1Password CSV-importbestand
destination-bw-json = Bitwarden JSON-importbestand
destination-bw-csv = Bitwarden CSV-importbestand
destination-keepassxc-csv = KeePassXC CSV-importbestand
destination-op-item = 1Password-item
destination-bw-item = Bitwarden-item
destination-kdbx-entry = Item in KeePass-database
destination-other = Ergens anders
# $variable: de naam van de variabele; $file: het pad van het .env-bestand.
destination-env-where = { $variable } in { $file }
# $vault: de 1Password-kluis.
destination-op-where = kluis { $vault }
# $vault: de 1Password-kluis; $item: de ID van het item.
destination-op-item-where = kluis { $vault }, item { $item }
# $item: de ID van het Bitwarden-item.
destination-bw-where = item { $item }
# $folder: de Bitwarden-map; $item: de ID van het item.
destination-bw-folder-where = { $folder }, item { $item }

## "Alles bijwerken" aan het eind van een rotatie: hoe het met elke plek ging (src-tauri/core/src/workspace/update.rs).
# $variable: de naam van de variabele; $path: het bestand.
destination-update-env-done = { $variable } in { $path } bevat de nieuwe sleutel
# $path: de KeePass-database.
destination-update-keepass-done = het KeePass-item in { $path } bevat de nieuwe sleutel; de oude staat in de geschiedenis
destination-update-bitwarden-done = het Bitwarden-item bevat de nieuwe sleutel; de oude staat in de wachtwoordgeschiedenis
destination-update-op-done = het 1Password-item bevat de nieuwe sleutel; de oude staat in de geschiedenis van het item
# $path: het bestand; $variable: de naam van de variabele.
destination-update-line-gone = { $path } heeft geen regel { $variable } meer, dus het is gelaten zoals het was.
destination-update-op-stopped = Het programma op stopte onverwacht. Het 1Password-item is gelaten zoals het was.
destination-update-op-by-hand = op heeft het 1Password-item dat het maakte geen naam gegeven, dus het kan hier niet worden bijgewerkt: exporteer de nieuwe sleutel opnieuw naar 1Password.
# $path: het importbestand.
destination-update-import-file = { $path } is een importbestand: exporteer de nieuwe sleutel opnieuw en importeer hem.
