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
