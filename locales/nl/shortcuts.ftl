## Het overzicht van sneltoetsen (? of F1; ui/js/views/shortcuts-dialog.js, ui/js/lib/shortcuts.js).

shortcuts-title = Sneltoetsen
shortcuts-region = Sneltoetsen
# Tussen twee toetsen die hetzelfde doen ("F5 of Ctrl+R").
shortcuts-or = of
shortcuts-close = Sluiten
# Toetsen die een woord zijn.
shortcuts-key-space = Spatie
shortcuts-key-letter = Een letter

## Overal in het hoofdvenster

shortcuts-group-main = Overal in het hoofdvenster
shortcuts-new-token = Nieuw token
shortcuts-refresh = De lijst vernieuwen
shortcuts-filter = De lijst filteren
shortcuts-check-key = Een sleutel controleren
shortcuts-help = Deze sneltoetsen tonen

## In de tokenlijst (één Tab-stop)

shortcuts-group-list = In de tokenlijst (één Tab-stop)
shortcuts-list-move = Vorig of volgend token
shortcuts-list-ends = Eerste of laatste token
shortcuts-list-details = Details en notities
shortcuts-list-copy = De sleutel kopiëren die dit apparaat bewaart
shortcuts-list-actions = De acties voor het token openen
shortcuts-list-select = Het token selecteren of deselecteren
shortcuts-list-delete = Het token verwijderen (vraagt eerst)
shortcuts-list-headers = Vanaf het eerste token: de kolomkoppen (← → verplaatsen, Enter sorteert, ↓ terug)
shortcuts-list-from-filter = Vanuit het filter: de lijst in
shortcuts-list-clear-filter = In het filter: het filter wissen

## Menu’s

shortcuts-group-menus = Menu’s
shortcuts-menu-move = Vorig of volgend item
shortcuts-menu-ends = Eerste of laatste item
shortcuts-menu-letter = Volgend item dat met die letter begint
shortcuts-menu-choose = Het item kiezen
shortcuts-menu-close = Het menu sluiten

## Dialoogvensters en panelen

shortcuts-group-dialogs = Dialoogvensters en panelen
shortcuts-dialog-tab = Volgend of vorig onderdeel (een dialoogvenster houdt de focus binnen)
shortcuts-dialog-close = Het dialoogvenster sluiten, of het vervalpaneel als de focus daarin staat (bij een nieuwe sleutel die wordt getoond, vraagt de app eerst om bevestiging)
