## "Een sleutel koppelen…" (ui/js/views/attach-dialog.js): een sleutel die elders is gemaakt,
## geplakt voor een token waarvan dit apparaat geen sleutel heeft. De waarschuwingen en het
## resultaat van de controle staan in keycheck.ftl.

attach-title = Een sleutel koppelen
# $token: het token (lifecycle-token-label); $type: het type in kleine letters ("batch"), vet getoond.
attach-token = Een sleutel voor { $token }, een { $type }-token.
attach-key = API-sleutel
attach-hint = Plak de sleutel die op de website van Scriptix of door een collega is gemaakt. Scriptix wordt gevraagd of hij werkt en bij het type van dit token hoort; pas dan wordt hij in de kluis van deze computer bewaard als de sleutel van dit token.
attach-show = Tonen
attach-hide = Verbergen
attach-show-key = Sleutel tonen
attach-hide-key = Sleutel verbergen
attach-empty = Plak eerst een sleutel
attach-cancel = Annuleren
attach-close = Sluiten
attach-submit = Controleren en koppelen
attach-checking = Controleren…
# $token: het token (lifecycle-token-label).
## Waarom een sleutel niet is gekoppeld (src-tauri/core/src/workspace/attach.rs).
# $name: de naam van het token.
attach-refused-already-held = Dit apparaat heeft de sleutel van “{ $name }” al. Vergeet die eerst om een andere te koppelen.
# $name: het token waarvan dit apparaat de geplakte sleutel al heeft.
attach-refused-key-of-other = Deze sleutel is al de sleutel van “{ $name }” op dit apparaat; een sleutel hoort bij één token. Er is niets bewaard.
# $route: batch of realtime; $name: de naam van het token.
attach-refused-other-type = Dit is geen { $route }-sleutel: Scriptix weigerde hem op de { $route }-route, dus hij hoort bij een token van een ander type. “{ $name }” is een { $route }-token. Er is niets bewaard.
attach-refused-revoked = Volgens Scriptix is deze sleutel ingetrokken: hij werkt niet meer, dus hij is niet bewaard.
attach-refused-invalid = Scriptix accepteert deze sleutel niet (hij is verkeerd getypt, verlopen of van een ander account), dus hij is niet bewaard.
# $title: wat de controle vond (keycheck-rate-limited-title of keycheck-unreachable-title).
attach-refused-not-checked = De sleutel kon nu niet worden gecontroleerd ({ $title }). Er is niets bewaard; probeer het zo opnieuw.
attach-done = ✓ Gekoppeld. De sleutel van { $token } is bewaard in de kluis van deze computer: kopiëren, exporteren, controleren en roteren werken er nu mee.
