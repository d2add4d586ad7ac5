## Instellingen → Taal.

settings-language = Taal
# $system: de naam van de taal van het besturingssysteem, in die taal.
settings-language-system = Systeem ({ $system })
settings-language-en = English
settings-language-nl = Nederlands
settings-language-hint = Verandert de taal van de app meteen; datums en getallen volgen mee.

## Instellingen → wanneer een sleutel als "in gebruik" telt (verwijderen waarschuwt; een rotatie houdt de oude sleutel).

settings-recent-use = Een sleutel telt als in gebruik als hij gebruikt is in de afgelopen
settings-recent-use-hint = Een sleutel die zo kort geleden is gebruikt, verwijder je pas na een extra bevestiging, en een rotatie houdt de oude sleutel tot hij zo lang niet meer is gebruikt.
# $hours: een aantal uren.
settings-recent-use-hours = { $hours ->
        [one] 1 uur
       *[other] { $hours } uur
    }
# $days: een aantal dagen.
settings-recent-use-days = { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    }

## Het venster Instellingen (ui/js/views/settings-dialog.js); de keuzes voor "Klembord wissen na" staan in clipboard.ftl.

settings-title = Instellingen
settings-close = Sluiten
settings-saving = Bezig met opslaan…
settings-saved = Opgeslagen
settings-clipboard = Klembord wissen na
settings-clipboard-hint = Nadat je een sleutel hebt gekopieerd, haalt Scriptix Keys hem na deze tijd van het klembord, als hij er dan nog op staat.

## Instellingen → Herinneringen aan verlopen, en de controle van de getypte dagen (ui/js/lib/expiry.js).

settings-reminders = Herinneringen aan verlopen
settings-reminders-notify = Waarschuw me voordat tokens verlopen
settings-reminders-days = Herinner me zoveel dagen voordat een token verloopt
settings-reminders-days-hint = Hele dagen van 0 tot 365, gescheiden door komma's; 0 is de dag waarop het verloopt. Het grootste getal bepaalt ook hoe ver het overzicht Aandacht vooruitkijkt.

## Instellingen → Op de achtergrond.

settings-background = Op de achtergrond
settings-keep-in-tray = Blijf actief in het systeemvak als het venster gesloten is
settings-keep-in-tray-hint = Herinneringen aan verlopen blijven dan komen, ook met het venster dicht. Afsluiten doe je via het menu van het pictogram in het systeemvak.
settings-autostart = Starten bij het inloggen, verborgen in het systeemvak
settings-autostart-hint = Kijkt of er tokens verlopen wanneer je op je computer inlogt, en daarna elke 30 minuten.

## Instellingen → Updates.

settings-updates = Updates
settings-update-server = Updateserver (laat leeg om updates uit te zetten)
settings-update-placeholder = https://…/latest.json
settings-update-hint = Updates worden alleen geïnstalleerd als hun handtekening past bij de updatesleutel van deze app, en pas nadat je ja hebt gezegd.
settings-update-check = Zoeken naar updates
settings-update-install = Installeren en herstarten
settings-update-need-server = Vul eerst de updateserver in.
settings-update-checking = Bezig met zoeken…
# $version: de aangeboden versie; $current: de geïnstalleerde versie.
settings-update-ready = Versie { $version } is beschikbaar (je hebt { $current }); de handtekening is gecontroleerd.
# $current: de geïnstalleerde versie.
settings-update-current = { -brand } { $current } is up-to-date.
settings-update-installing = Bezig met installeren…
# De bevestiging van het systeem voor het installeren.
settings-update-confirm-title = De update installeren?
settings-update-confirm = { -brand } start opnieuw om de update te installeren.
settings-update-confirm-no = Niet nu

## Instellingen die de app weigert (src-tauri/core/src/profiles.rs).
# $max: het grootste aantal herinneringsdagen; $count: hoeveel er zijn opgegeven.
settings-error-too-many-reminders = Kies hoogstens { $max } herinneringsdagen (er zijn er { $count } opgegeven).
# $max: het grootste aantal dagen voor het verlopen; $days: de opgegeven dag.
settings-error-reminder-too-early = Herinneringen kunnen hoogstens { $max } dagen voor het verlopen komen ({ $days } opgegeven).
# $days: de dag die twee keer voorkomt.
settings-error-reminder-twice = Elke herinneringsdag mag maar één keer voorkomen ({ $days } staat er twee keer).
# $max: het grootste aantal uren; $hours: de opgegeven uren.
settings-error-recent-use-range = De tijd waarin een sleutel als in gebruik telt, moet tussen 1 en { $max } uur liggen ({ $hours } opgegeven).
settings-error-update-not-a-url = Vul het volledige adres van de updateserver in, beginnend met https://.
settings-error-update-credentials = Het updateadres mag geen gebruikersnaam of wachtwoord bevatten.
settings-error-update-https-only = Updates worden alleen via https:// opgehaald (gewoon http:// alleen vanaf deze computer).
