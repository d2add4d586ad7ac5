## Settings → Language.

settings-language = Language
# $system: the name of the language the operating system uses, in that language.
settings-language-system = System ({ $system })
settings-language-en = English
settings-language-nl = Nederlands
settings-language-hint = Changes the app's language at once; dates and numbers follow it.
