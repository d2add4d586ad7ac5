## Instellingen → Taal.

settings-language = Taal
# $system: de naam van de taal van het besturingssysteem, in die taal.
settings-language-system = Systeem ({ $system })
settings-language-en = English
settings-language-nl = Nederlands
settings-language-hint = Verandert de taal van de app meteen; datums en getallen volgen mee.

## Instellingen → wanneer een sleutel als "in gebruik" telt (verwijderen waarschuwt; een rotatie houdt de oude sleutel).

settings-recent-use = Een sleutel telt als in gebruik als hij gebruikt is in de afgelopen
settings-recent-use-hint = Een sleutel die zo kort geleden is gebruikt, verwijder je pas na een extra bevestiging, en een rotatie houdt de oude sleutel tot hij zo lang niet meer is gebruikt.
# $hours: een aantal uren.
settings-recent-use-hours = { $hours ->
        [one] 1 uur
       *[other] { $hours } uur
    }
# $days: een aantal dagen.
settings-recent-use-days = { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    }
