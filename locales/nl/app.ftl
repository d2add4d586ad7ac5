## De hele app: de naam, de venstertitel, het opstarten en fouten die bij geen scherm horen.

-brand = Scriptix Keys

window-title-signin = Inloggen — { -brand }
window-title-tokens = API-tokens — { -brand }
# Hetzelfde met het aantal tokens dat aandacht nodig heeft (gezet door de herinneringscontrole). $count: hoeveel.
window-title-tokens-attention = API-tokens — { -brand } ({ $count })
boot-problem-title = { -brand } kon niet starten
boot-retry = Opnieuw proberen
boot-retrying = Bezig met opnieuw proberen…

error-internal = Er ging iets mis in { -brand }. Probeer het opnieuw; blijft dit gebeuren, start de app dan opnieuw.
error-no-bridge = { -brand } kan zijn eigen kern niet bereiken. Start de app opnieuw.

## Het menu en de tooltip van het pictogram in het systeemvak (src-tauri/src/tray.rs).
tray-open = Scriptix Keys openen
tray-expiry-centre = Aandacht
tray-check-key = Een sleutel controleren…
tray-lock = Vergrendelen
tray-quit = Afsluiten
# $count: hoeveel tokens aandacht vragen (0 = geen).
tray-tooltip = { $count ->
        [0] { -brand }
        [one] { -brand }: 1 token vraagt aandacht
       *[other] { -brand }: { $count } tokens vragen aandacht
    }

## Het eerste sluiten met herinneringen aan (src-tauri/src/closing.rs), als melding.
closing-explain-title = Herinneringen aan verlopen stoppen als { -brand } gesloten is
closing-explain-body = Wil je ze ook krijgen met het venster dicht? Open { -brand }, ga naar Instellingen en zet "Blijf actief in het systeemvak" aan.

## Titels van de bestandsvensters om op te slaan (src-tauri/src/state.rs).
dialog-save-key = De sleutel opslaan
dialog-save-profile-keys = Alle sleutels van het profiel opslaan
dialog-save-activity = Het activiteitenlogboek opslaan
dialog-save-calendar = Verloopdatums aan de agenda toevoegen
