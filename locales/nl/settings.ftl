## Instellingen → Taal.

settings-language = Taal
# $system: de naam van de taal van het besturingssysteem, in die taal.
settings-language-system = Systeem ({ $system })
settings-language-en = English
settings-language-nl = Nederlands
settings-language-hint = Verandert de taal van de app meteen; datums en getallen volgen mee.
