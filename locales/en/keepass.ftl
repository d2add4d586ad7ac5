## The KeePass part of the export dialog (ui/js/views/keepass-panel.js): the .kdbx file, its
## password and key file, the group, and the dialog's main button while it is chosen.

keepass-legend = KeePass database
keepass-choose = Choose database…
keepass-no-file = No database chosen
keepass-password = Database password
keepass-password-hint = Used to open the database for this save only; never stored.
keepass-key-file = Key file
keepass-key-file-choose = Key file…
keepass-no-key-file = No key file
keepass-key-file-remove = Remove
keepass-key-file-remove-label = Remove the key file
keepass-key-file-hint = Only if the database is locked with a key file too. Its place is remembered for rotations; its contents never are.
keepass-group = Group
keepass-need-file = Choose a KeePass database first.
keepass-unlock = Unlock database
keepass-save = Save to KeePass
