## The Bitwarden part of the export dialog (ui/js/views/bitwarden-panel.js): the bw program,
## its master password when locked, the folder, and the dialog's main button while it is chosen.

bitwarden-legend = Bitwarden
bitwarden-text = The item is created with Bitwarden’s bw program; the key goes to it directly, never on a command line.
bitwarden-folder = Bitwarden folder
bitwarden-master-password = Bitwarden master password
bitwarden-locked = Bitwarden is locked. Your master password unlocks it for this session of { -brand }; it is not stored.
bitwarden-unlock = Unlock Bitwarden
bitwarden-add = Add to Bitwarden
bitwarden-find = Find Bitwarden
