## The keyboard-shortcut overlay (? or F1; ui/js/views/shortcuts-dialog.js, ui/js/lib/shortcuts.js).

shortcuts-title = Keyboard shortcuts
shortcuts-region = Shortcuts
# Between two keys that do the same ("F5 or Ctrl+R").
shortcuts-or = or
shortcuts-close = Close
# Key caps that are words.
shortcuts-key-space = Space
shortcuts-key-letter = A letter

## Anywhere in the main window

shortcuts-group-main = Anywhere in the main window
shortcuts-new-token = New token
shortcuts-refresh = Refresh the list
shortcuts-filter = Filter the list
shortcuts-check-key = Check a key
shortcuts-help = Show these shortcuts

## In the token list (one Tab stop)

shortcuts-group-list = In the token list (one Tab stop)
shortcuts-list-move = Previous or next token
shortcuts-list-ends = First or last token
shortcuts-list-details = Details and notes
shortcuts-list-copy = Copy the key this device holds
shortcuts-list-actions = Open the token’s actions
shortcuts-list-select = Select or unselect the token
shortcuts-list-delete = Delete the token (asks first)
shortcuts-list-headers = From the first token: the column headers (← → move, Enter sorts, ↓ back)
shortcuts-list-from-filter = From the filter: into the list
shortcuts-list-clear-filter = In the filter: clear it

## Menus

shortcuts-group-menus = Menus
shortcuts-menu-move = Previous or next item
shortcuts-menu-ends = First or last item
shortcuts-menu-letter = Next item starting with it
shortcuts-menu-choose = Choose the item
shortcuts-menu-close = Close the menu

## Dialogs and panels

shortcuts-group-dialogs = Dialogs and panels
shortcuts-dialog-tab = Next or previous control (a dialog keeps it inside)
shortcuts-dialog-close = Close the dialog, or the Expiry panel when focus is in it (a new key’s reveal asks you to confirm instead)
