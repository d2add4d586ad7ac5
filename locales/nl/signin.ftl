## Inloggen: een nieuw account (eerst e-mail en wachtwoord, server en profielnaam onder "Geavanceerd").

signin-title = Inloggen
signin-add-account = Account toevoegen
signin-cancel = Annuleren
signin-email = E-mailadres
signin-password = Wachtwoord
signin-show = Tonen
signin-hide = Verbergen
signin-show-password = Wachtwoord tonen
signin-hide-password = Wachtwoord verbergen
signin-remember = Ingelogd blijven
signin-submit = Inloggen
signin-submitting = Bezig met inloggen…
signin-advanced = Geavanceerd: server en profielnaam
signin-server = Serveradres
signin-server-hint = Laat dit staan, tenzij je organisatie een eigen Scriptix-server heeft.
signin-profile-name = Profielnaam
signin-profile-name-hint = Zo staat dit account in de lijst als je er meer toevoegt.
signin-need-email = Vul het e-mailadres in dat je voor Scriptix gebruikt.
signin-need-password = Vul je wachtwoord in.
# $url: het adres van de openbare dienst.
signin-need-server = Vul het serveradres in, meestal { $url }.
signin-profile-not-saved = Het profiel kon niet worden opgeslagen. Probeer het opnieuw.
