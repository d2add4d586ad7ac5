## Het paneel "Zo gebruik je" voor één token (ui/js/views/howto-panel.js) en de tekst rond de
## codevoorbeelden (ui/js/lib/snippets.js; de code zelf wordt niet vertaald). Een
## `{ $variable }` of `{ $url }` wordt als code getoond.

# $name: de naam van het token.
howto-title = Zo gebruik je “{ $name }”
# $id: de ID van het token.
howto-token-id = ID { $id }
howto-close = Sluiten
# $variable: SCRIPTIX_API_TOKEN, als code getoond.
howto-step-env-held = Zet de sleutel in een omgevingsvariabele met de naam { $variable }. Gebruik “Sleutel kopiëren” in de lijst, of “Kopiëren als env-regel” wanneer de sleutel voor het eerst wordt getoond.
# $variable: SCRIPTIX_API_TOKEN, als code getoond.
howto-step-env-not-held = Zet de sleutel in een omgevingsvariabele met de naam { $variable }. De sleutel is één keer getoond toen het token werd gemaakt; dit apparaat heeft hem niet.
howto-step-header = Stuur hem als Bearer-token mee in de Authorization-header, zoals hieronder. Plak de sleutel nooit in code.
# $type: het type van het token zoals de server het noemt.
howto-other-type = Het type van dit token is “{ $type }”; de voorbeelden voor batch komen daar het dichtst bij en worden daarom getoond.
# $url: het adres van de lokale sandbox, als code getoond.
howto-demo-note = Demowerkruimte: vervang https://api.scriptix.io door { $url } om deze voorbeelden met de lokale sandbox te proberen.

## De voorbeelden.

howto-lang-curl = curl (terminal)
howto-lang-python = Python (requests)
howto-lang-node = Node.js (axios)
# $example: het label van het voorbeeld, bijvoorbeeld "Python (requests)".
howto-copy-label = Het voorbeeld { $example } kopiëren
howto-copy = Kopiëren
howto-copied = Gekopieerd
howto-copy-failed = Kopiëren is niet gelukt: selecteer de tekst en druk op Ctrl+C.
howto-batch-title = Een audiobestand uploaden om te laten transcriberen
howto-realtime-title = Controleren of de sleutel werkt voor realtime
howto-realtime-note = De audio zelf stream je via een WebSocket-sessie die je integratie met deze sleutel opent; zie de realtime-documentatie van Scriptix. De statuscontrole hierboven bevestigt alleen dat de sleutel wordt geaccepteerd en kost geen streamingcapaciteit.

## "Een testverzoek sturen" (de demowerkruimte, een batch-sleutel die dit apparaat heeft).

howto-try-label = Probeer het
howto-try-title = Probeer het in de demo
howto-try-text = Uploadt een halve seconde gegenereerde audio met de sleutel van dit token (uit de kluis van dit apparaat) naar de lokale sandbox, die een sessie opent maar niets transcribeert.
howto-send-test = Een testverzoek sturen
howto-sending = Een korte testopname uploaden…
# $session: de ID van de sessie; $status: de toestand zoals de server die noemt (bijvoorbeeld "queued").
howto-sent = Verstuurd. Sessie { $session } heeft de status { $status }. Het gebruik van het token (Details) toont nu dit verzoek.
