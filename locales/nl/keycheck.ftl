## Een sleutel controleren: het resultaat van een controle en de vensters "Sleutel controleren".

keycheck-valid-title = Deze sleutel werkt
# $kind: de gecontroleerde route, "batch" of "realtime".
keycheck-valid-explanation = Scriptix heeft deze sleutel zojuist geaccepteerd als { $kind }-sleutel.
keycheck-revoked-title = Deze sleutel is ingetrokken
keycheck-revoked-explanation = Scriptix kent deze sleutel, maar hij is ingetrokken of verlopen: niets wat hem gebruikt kan nog transcriberen.
keycheck-revoked-next = Maak een nieuwe sleutel (of roteer het token) en zet de nieuwe sleutel in elke integratie die deze gebruikte.
keycheck-invalid-title = Scriptix accepteert deze sleutel niet
keycheck-invalid-explanation = Scriptix kent deze sleutel niet: misschien is hij verkeerd getypt, afgekapt, verlopen of van een ander account of een andere server.
keycheck-invalid-next = Kopieer de sleutel opnieuw van de plek waar hij eerst is bewaard en controleer hem nog eens. Lukt het dan nog niet, maak dan een nieuwe sleutel.
keycheck-forbidden-title = De sleutel werkt, maar mag deze controle niet doen
# $kind: de gecontroleerde route, "batch" of "realtime"; $other: de andere route.
keycheck-forbidden-explanation = Scriptix herkende de sleutel, maar weigerde de { $kind }-controle. Misschien is het een { $other }-sleutel, of een sleutel zonder toestemming voor { $kind }-transcriptie.
# $other: de niet gecontroleerde route, "batch" of "realtime".
keycheck-forbidden-next = Is dit een { $other }-sleutel, controleer hem dan als { $other }-sleutel. Vraag anders een beheerder van je Scriptix-organisatie wat de sleutel mag.
keycheck-rate-limited-title = Te veel controles op dit moment
keycheck-rate-limited-explanation = Scriptix vroeg om het rustiger aan te doen, dus het zei niet of deze sleutel werkt.
# $seconds: hoe lang Scriptix vroeg te wachten, in seconden.
keycheck-try-again-in = Probeer het over { $seconds } s opnieuw.
keycheck-try-again-in-a-minute = Probeer het over een minuut opnieuw.
keycheck-unreachable-title = Scriptix was niet bereikbaar
# $reason: waarom er geen antwoord kwam (de verbindingsfout, een zin).
keycheck-unreachable-explanation = De controle kreeg geen antwoord, dus over deze sleutel is niets bekend: hij kan werken of niet. { $reason }
keycheck-unreachable-next = Controleer je verbinding en probeer het zo meteen opnieuw.

## De vensters "Sleutel controleren" en het resultaatblok.

# Voor de volgende stap: "Wat te doen: Maak een nieuwe sleutel…" (de spatie hoort bij het label).
keycheck-next-label = Wat te doen:{ " " }
# $code: de eigen foutcode van Scriptix, zoals KEY_REVOKED.
keycheck-server-code = Scriptix-code: { $code }
keycheck-incomplete = Dit lijkt geen volledige sleutel
keycheck-check-anyway = Toch controleren
keycheck-edit = Bewerken
keycheck-nothing-yet = Nog niets om te controleren
keycheck-dialog-title = Sleutel controleren
keycheck-key-label = API-sleutel
keycheck-key-hint = Plak de sleutel die een integratie gebruikt. Hij wordt alleen naar Scriptix gestuurd om te vragen of hij werkt, en wordt niet bewaard.
keycheck-show = Tonen
keycheck-hide = Verbergen
keycheck-show-key = Sleutel tonen
keycheck-hide-key = Sleutel verbergen
keycheck-type-legend = Sleuteltype
keycheck-type-auto = Automatisch
keycheck-type-hint = Automatisch probeert het type van een overeenkomende sleutel op dit apparaat, anders batch en dan realtime.
keycheck-close = Sluiten
keycheck-check = Controleren
keycheck-checking = Controleren…
keycheck-held-title = De sleutel controleren
# $token: het label van het token, zoals “Productie”.
keycheck-held-token = De sleutel van { $token } die op dit apparaat is opgeslagen.
keycheck-held-asking = Scriptix wordt gevraagd…
keycheck-again = Opnieuw controleren
keycheck-vault-none = Deze sleutel is niet op dit apparaat opgeslagen.
# $name: de naam van het token.
keycheck-vault-named = Dit is de sleutel van “{ $name }” die op dit apparaat is opgeslagen.
# $id: de id van het token.
keycheck-vault-id = Dit is de sleutel van token-ID { $id } die op dit apparaat is opgeslagen.
# $seconds: hoe lang Scriptix vroeg te wachten.
keycheck-retry-seconds = Scriptix vraagt { $seconds } s te wachten voordat je opnieuw controleert.
# $minutes: hoe lang Scriptix vroeg te wachten.
keycheck-retry-minutes = Scriptix vraagt { $minutes } min te wachten voordat je opnieuw controleert.

## De waarschuwingen over een geplakte sleutel, voordat er iets wordt verstuurd.
## $after: hoeveel zichtbare tekens er voor het eerste vreemde teken staan.

keycheck-warning-empty = Er is niets geplakt: de sleutel is leeg. Kopieer de hele sleutel van de plek waar hij bewaard is en plak hem opnieuw.
keycheck-warning-line-break = De sleutel staat op meerdere regels (een regeleinde na teken { $after }). Hij is waarschijnlijk afgebroken bij het kopiëren: plak hem opnieuw als één regel.
keycheck-warning-space = De sleutel bevat een spatie (na teken { $after }). Sleutels bevatten nooit spaties: hij is waarschijnlijk gesplitst bij het kopiëren.
keycheck-warning-tab = De sleutel bevat een tab (na teken { $after }). Sleutels bevatten nooit spaties: hij is waarschijnlijk gesplitst bij het kopiëren.
# $count: hoeveel spaties en tabs (2 of meer).
keycheck-warning-spaces = De sleutel bevat { $count } spaties of tabs (de eerste na teken { $after }). Sleutels bevatten nooit spaties: hij is waarschijnlijk gesplitst bij het kopiëren.
keycheck-warning-invisible = De sleutel bevat een onzichtbaar teken (na teken { $after }), zoals een spatie zonder breedte of een schrijfrichtingsteken. Chat-apps en webpagina's voegen die toe: kopieer de sleutel van de plek waar hij eerst is bewaard, of typ hem over.
# $count: hoeveel onzichtbare tekens (2 of meer).
keycheck-warning-invisibles = De sleutel bevat { $count } onzichtbare tekens (het eerste na teken { $after }), zoals een spatie zonder breedte of een schrijfrichtingsteken. Chat-apps en webpagina's voegen die toe: kopieer de sleutel van de plek waar hij eerst is bewaard, of typ hem over.
# $expected: de lengte van het formaat; $chars: de lengte van deze sleutel.
keycheck-warning-length-prefixed-short = Sleutels die met sk_live_ of sk_test_ beginnen hebben precies { $expected } tekens; deze heeft er { $chars }. Waarschijnlijk is er bij het kopiëren een stuk afgevallen. Kopieer de hele sleutel opnieuw.
# $expected: de lengte van het formaat; $chars: de lengte van deze sleutel.
keycheck-warning-length-prefixed-long = Sleutels die met sk_live_ of sk_test_ beginnen hebben precies { $expected } tekens; deze heeft er { $chars }. Waarschijnlijk is er bij het kopiëren iets bijgekomen. Kopieer de hele sleutel opnieuw.
# $expected: de kortste lengte van het formaat; $chars: de lengte van deze sleutel.
keycheck-warning-length-token = Sleutels die met token_ beginnen hebben minstens { $expected } tekens; deze heeft er { $chars }. Waarschijnlijk is er bij het kopiëren een stuk afgevallen. Kopieer de hele sleutel opnieuw.
# $expected: de kortste lengte van het formaat; $chars: de lengte van deze sleutel.
keycheck-warning-length-hex = Sleutels die alleen uit de cijfers 0-9 en de letters a-f bestaan hebben minstens { $expected } tekens; deze heeft er { $chars }. Waarschijnlijk is er bij het kopiëren een stuk afgevallen. Kopieer de hele sleutel opnieuw.
