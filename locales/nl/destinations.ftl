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
