## Een sleutel exporteren (ui/js/views/export-dialog.js en ui/js/lib/export.js): de formaten,
## de naam van de variabele en de controle daarvan, de kluizen van 1Password en het resultaat.
## De delen voor KeePass en Bitwarden staan in keepass.ftl en bitwarden.ftl.

export-title = Sleutel exporteren
# $token: het token (lifecycle-token-label).
export-token = De sleutel van { $token }
export-format = Formaat
export-note = Geëxporteerde bestanden zijn de enige plek waar een sleutel ooit op schijf komt, en alleen als jij daarom vraagt. Bewaar het bestand op een veilige plek en verwijder het na het importeren.
export-cancel = Annuleren
export-close = Sluiten
export-submit = Exporteren

## De formaten: elk een label en een beschrijving van één regel (hooguit zo'n 50 tekens).

export-format-env-line = .env-regel (kopiëren)
export-format-env-line-text = Kopieert NAAM=sleutel voor een .env-bestand.
export-format-env-file = .env-bestand…
export-format-env-file-text = Zet hem in een .env-bestand; de rest blijft staan.
export-format-op-cli = 1Password (op)…
export-format-op-cli-text = Voegt hem toe met op, of bewaart het itemsjabloon.
export-format-op-csv = 1Password CSV-bestand…
export-format-op-csv-text = Een CSV-bestand om in 1Password te importeren.
export-format-bw-json = Bitwarden JSON-bestand…
export-format-bw-json-text = Een onversleuteld JSON-bestand voor Bitwarden.
export-format-bw-csv = Bitwarden CSV-bestand…
export-format-bw-csv-text = Een CSV-bestand om in Bitwarden te importeren.
export-format-bw-cli = Bitwarden (bw)…
export-format-bw-cli-text = Voegt hem met bw direct toe aan je kluis.
export-format-keepassxc-csv = KeePassXC CSV-bestand…
export-format-keepassxc-csv-text = Een CSV-bestand voor de CSV-import van KeePassXC.
export-format-kdbx = KeePass-database…
export-format-kdbx-text = Een nieuw item in je .kdbx-database.

## De naam van de variabele bij de .env-formaten.

export-variable = Naam van de variabele
export-variable-hint = Letters, cijfers en _; integraties zoeken naar SCRIPTIX_API_TOKEN.
export-variable-empty = Vul een naam voor de variabele in, bijvoorbeeld SCRIPTIX_API_TOKEN.
export-variable-space = De naam van een variabele mag geen spaties bevatten. Gebruik in plaats daarvan _, bijvoorbeeld SCRIPTIX_API_TOKEN.
export-variable-digit = De naam van een variabele mag niet met een cijfer beginnen. Begin met een letter of _.
# $char: het eerste teken dat niet mag.
export-variable-char = De naam van een variabele mag alleen de letters A–Z, cijfers en _ bevatten (niet “{ $char }”).

## 1Password.

export-op-vault = 1Password-kluis
export-op-vault-text = Het item wordt gemaakt met op, het programma van 1Password; de sleutel gaat er rechtstreeks naartoe, nooit via een opdrachtregel.
export-op-add = Toevoegen aan 1Password
# $problem: waarom op niet kan worden gebruikt (van de kern van de app).
export-op-fallback = { $problem } In plaats daarvan kun je het bestand met het itemsjabloon bewaren.

## Tijdens het exporteren, en het resultaat.

export-busy-kdbx = Database openen…
export-busy-op = Toevoegen aan 1Password…
export-busy-file = Kies waar je het wilt bewaren…
export-busy = Bezig met exporteren…
# $path: het bestand waarin de sleutel is opgeslagen.
export-saved-to = Opgeslagen in { $path }
export-added-bitwarden = Toegevoegd aan Bitwarden.
export-added-op = Toegevoegd aan 1Password.
# $vault: de naam van de 1Password-kluis.
export-added-op-vault = Toegevoegd aan 1Password (kluis “{ $vault }”).
# Gevolgd door de opdracht (op item create …).
export-command = Maak het item met:{" "}
export-warning-title = ⚠ Kijk goed waar dit bestand staat
# $message: waarom de sleutel niet te vinden is (de fout).
export-not-found = { $message } Dit apparaat heeft de sleutel niet meer, dus je kunt hem hier niet exporteren.
