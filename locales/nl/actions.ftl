## Wat je vanuit de lijst met tokens kunt doen (ui/js/views/token-actions.js): het menu van een
## rij, de knoppen voor de selectie, een sleutel vergeten, en sleutels van verdwenen tokens opruimen.

actions-deleting = Verwijderen…
# $count: hoeveel tokens er geselecteerd zijn.
actions-delete-selected = Selectie verwijderen ({ $count })
# $count: hoeveel geselecteerde tokens geroteerd kunnen worden.
actions-rotate-selected = Selectie roteren ({ $count })

actions-forget-title = De sleutel op dit apparaat vergeten?
actions-forget = Sleutel vergeten
actions-cancel = Annuleren
# $token: het token (lifecycle-token-label).
actions-forget-body = Dit verwijdert alleen de kopie van de sleutel voor { $token } op deze computer. Het token blijft gewoon werken op Scriptix.
actions-forget-warning = Als niemand anders de sleutel heeft, kun je hem daarna niet meer kopiëren; dan heb je een nieuw token nodig.
actions-forgetting = Vergeten…

# $text: hoeveel sleutels bij tokens horen die niet meer bestaan (lifecycle-orphans).
actions-orphans = { $text }.
actions-orphans-clean = Opruimen
actions-orphans-hint = Opruimen verwijdert alleen die sleutels van dit apparaat.
# Een sleutel zonder tokennaam in de opsomming. $id: het ID van het token.
actions-orphan-unnamed = ID { $id }
actions-orphans-confirm-title = Sleutels van dit apparaat verwijderen?
# $names: de namen van de tokens, gescheiden door komma's.
actions-orphans-confirm = De sleutels van { $names } van dit apparaat verwijderen? Eerst wordt bij Scriptix nagevraagd welke tokens nog bestaan; alleen sleutels waarvan het token niet meer bestaat, worden verwijderd.
actions-orphans-confirm-ok = Verwijderen
actions-orphans-confirm-cancel = Bewaren
actions-orphans-cleaning = Opruimen…
# $count: hoeveel sleutels er verwijderd zijn.
actions-orphans-removed = { $count ->
    [one] { $count } sleutel
   *[other] { $count } sleutels
} van dit apparaat verwijderd.

## Het menu van een rij (⋯).

# $token: het token (lifecycle-token-label).
actions-menu = Acties voor { $token }
actions-menu-title = Acties (Shift+F10)
actions-copy-key = Sleutel kopiëren
actions-details = Details en notities
actions-export = Exporteren…
actions-rotate = Roteren…
actions-check = Sleutel controleren
actions-howto = Gebruiksaanwijzing
actions-attach = Sleutel koppelen…
actions-forget-menu = Sleutel op dit apparaat vergeten…
actions-delete = Verwijderen…
# Ctrl+C op een rij waarvan dit apparaat de sleutel niet heeft. $token: het token (lifecycle-token-label).
actions-no-key = Dit apparaat heeft de sleutel van { $token } niet; alleen een sleutel die hier is gemaakt of opgeslagen, kun je kopiëren.
