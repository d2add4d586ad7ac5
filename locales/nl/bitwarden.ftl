## Het Bitwarden-deel van het exportvenster (ui/js/views/bitwarden-panel.js): het programma bw,
## het hoofdwachtwoord als Bitwarden vergrendeld is, de map, en de hoofdknop van het venster
## zolang dit formaat gekozen is.

bitwarden-legend = Bitwarden
bitwarden-text = Het item wordt gemaakt met bw, het programma van Bitwarden; de sleutel gaat er rechtstreeks naartoe, nooit via een opdrachtregel.
bitwarden-folder = Bitwarden-map
bitwarden-master-password = Hoofdwachtwoord van Bitwarden
bitwarden-locked = Bitwarden is vergrendeld. Je hoofdwachtwoord ontgrendelt het voor deze sessie van { -brand }; het wordt niet bewaard.
bitwarden-unlock = Bitwarden ontgrendelen
bitwarden-add = Toevoegen aan Bitwarden
bitwarden-find = Bitwarden zoeken
