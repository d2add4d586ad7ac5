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
attach-done = ✓ Gekoppeld. De sleutel van { $token } is bewaard in de kluis van deze computer: kopiëren, exporteren, controleren en roteren werken er nu mee.
