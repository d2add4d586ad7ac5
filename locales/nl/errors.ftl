## Fouten die de kern met een code meldt (src-tauri/core: names.rs, base_url.rs, profiles.rs).

name-empty = Geef het token een naam.
# $chars: hoeveel tekens de naam heeft (zonder spaties aan begin en eind).
name-too-long = De naam is { $chars } tekens lang; er mogen er hoogstens 100 zijn.
# $codepoint: het teken als U+XXXX.
name-control-character = De naam bevat een stuurteken ({ $codepoint }), zoals een regeleinde of tab. Gebruik gewone tekst op één regel.
# $codepoint: het teken als U+XXXX.
name-bidi-control = De naam bevat een onzichtbaar teken voor de schrijfrichting ({ $codepoint }) waardoor hij misleidend kan worden weergegeven. Haal het weg.
# $codepoint: het teken als U+XXXX.
name-invisible = De naam bevat een onzichtbaar teken ({ $codepoint }) waardoor hij op een andere naam lijkt. Haal het weg.

base-url-empty = Vul het Scriptix-adres in, bijvoorbeeld https://api.scriptix.io.
base-url-not-a-url = Dit is geen volledig webadres. Begin met https://, bijvoorbeeld https://api.scriptix.io.
base-url-unsupported-scheme = Alleen https://-adressen worden ondersteund (http:// alleen voor deze computer).
base-url-insecure = Gewoon http:// mag alleen voor deze computer (localhost, 127.0.0.1, [::1]). Gebruik https:// voor elk ander adres.
base-url-has-credentials = Het adres mag geen gebruikersnaam of wachtwoord bevatten. Haal het deel vóór @ weg.
base-url-has-query = Het adres mag geen zoekopdracht bevatten (het deel na ?). Haal die weg.
base-url-has-fragment = Het adres mag geen fragment bevatten (het deel na #). Haal dat weg.
base-url-missing-host = Het adres heeft geen hostnaam.

profile-name-empty = Geef het profiel een naam.
# $chars: hoeveel tekens de naam heeft.
profile-name-too-long = De profielnaam is { $chars } tekens lang; er mogen er hoogstens 60 zijn.
profile-unknown = Dit profiel bestaat niet meer.
profile-corrupt = Het profielenbestand was beschadigd en is apart gezet; de profielen moeten opnieuw worden toegevoegd.
# $count: hoeveel sleutels dit apparaat voor het profiel bewaart; $server: de server die ze uitgaf.
profile-server-holds-keys = Dit apparaat bewaart { $count } { $count ->
        [one] sleutel
       *[other] sleutels
    } van { $server }, dus de server van dit profiel kan niet veranderen. Maak een nieuw profiel voor de andere server.
profile-demo-server-fixed = De demowerkruimte gebruikt altijd de ingebouwde server. Maak een nieuw profiel voor een andere server.
# $reason: de reden van het systeem (in de woorden van het systeem).
profile-io = Het profielbestand kon niet worden gelezen of geschreven ({ $reason }).

## Fouten van de app zelf (src-tauri/src: state.rs, updates.rs, commands).
shell-shutting-down = Scriptix Keys wordt afgesloten.
# $reason: waarom de map niet kon worden geopend (een fout uit deze catalogus).
shell-data-folder = Scriptix Keys kon zijn gegevensmap niet openen: { $reason }
# $reason: waarom de lokale server niet kon starten (de woorden van het systeem).
shell-demo-not-started = De demowerkruimte kon haar lokale server niet starten: { $reason }
shell-select-stopped = Het wisselen van profiel stopte onverwacht. Probeer het opnieuw.
shell-op-stopped = De stap van 1Password stopte onverwacht. Er is niets toegevoegd; probeer het opnieuw.
shell-bw-stopped = De stap van Bitwarden stopte onverwacht.
shell-panicked = Er ging iets mis in Scriptix Keys en deze actie is gestopt. De app draait nog; probeer het opnieuw en start de app opnieuw als het nog eens gebeurt.
shell-pseudo-locale = Kies Systeem, English of Nederlands.
shell-update-no-server = Stel eerst een updateserver in bij Instellingen.
shell-update-no-key = Deze versie van Scriptix Keys heeft geen updatesleutel en kan dus niet op updates controleren.
shell-update-unusable = Het adres van de updateserver is niet bruikbaar. Controleer het bij Instellingen.
shell-update-unreachable = De updateserver was niet bereikbaar, of zijn antwoord was geen updatemanifest.
shell-update-none-waiting = Er wacht geen gecontroleerde update. Controleer opnieuw op updates.
shell-update-not-installed = De update kon niet worden geïnstalleerd. Scriptix Keys is niet veranderd.
shell-update-bad-signature = De update is geweigerd: de handtekening past niet bij de updatesleutel van deze app. Er is niets geïnstalleerd.
shell-update-not-downloaded = De update kon niet worden gedownload. Er is niets geïnstalleerd; probeer het later opnieuw.
