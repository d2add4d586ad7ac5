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

## Inloggen met een opgeslagen profiel, en de demowerkruimte.

signin-tagline = Bekijk en beheer je Scriptix-API-sleutels.
signin-profile = Profiel
signin-profile-edit = Bewerken
signin-add-account-more = Account toevoegen…
# Tussen het inlogformulier en de demowerkruimte.
signin-or = of
signin-demo = Demowerkruimte
signin-demo-open = Demowerkruimte openen
signin-demo-opening = Demo wordt geopend…
signin-demo-hint = Probeer alles uit met een lokale sandbox: geen account, geen netwerk.

## Verificatie in twee stappen.

signin-mfa-title = Verificatie in twee stappen
signin-mfa-totp-hint = Vul de 6-cijferige code uit je authenticator-app in.
signin-mfa-backup-hint = Vul een van de back-upcodes in die je hebt bewaard toen je verificatie in twee stappen aanzette. Elke code werkt één keer.
signin-mfa-code = Code
signin-mfa-backup-code = Back-upcode
signin-mfa-verify = Controleren
signin-mfa-verifying = Bezig met controleren…
signin-mfa-use-app = Toch de authenticator-app gebruiken
signin-mfa-use-backup = Een back-upcode gebruiken
signin-mfa-back = Terug
signin-mfa-need-totp = Vul de 6 cijfers in die je authenticator-app toont.
signin-mfa-need-backup = Vul een van je back-upcodes in.
signin-mfa-not-confirmed = Scriptix heeft het inloggen niet bevestigd. Probeer het opnieuw.

## Een opgeslagen profiel bewerken, en verwijderen.

signin-profile-edit-title = Profiel bewerken
signin-profile-server-hint = Laat dit staan, tenzij je organisatie een eigen Scriptix-server gebruikt.
signin-profile-email = E-mailadres (optioneel)
signin-profile-save = Profiel opslaan
signin-profile-saving = Bezig met opslaan…
signin-profile-need-name = Geef het profiel een naam, bijvoorbeeld “Werk”.
signin-profile-delete = Profiel verwijderen
signin-profile-deleting = Bezig met verwijderen…
signin-profile-keep = Behouden
# $name: de naam van het profiel. Dit apparaat bewaart er geen sleutels voor.
signin-profile-delete-text = “{ $name }” verwijderen? De opgeslagen inloggegevens worden op dit apparaat vergeten. Je tokens bij Scriptix blijven ongemoeid.
signin-profile-delete-yes = Verwijderen
# $name: de naam van het profiel; $held: hoeveel sleutels dit apparaat ervoor bewaart.
signin-profile-delete-keys-text = { $held ->
    [one] Dit apparaat bewaart { $held } sleutel voor “{ $name }”. Als je het profiel verwijdert, verdwijnt die uit de kluis van dit apparaat, en Scriptix toont een sleutel nooit opnieuw: exporteer hem eerst als je hem wilt houden. Je tokens bij Scriptix blijven ongemoeid.
   *[other] Dit apparaat bewaart { $held } sleutels voor “{ $name }”. Als je het profiel verwijdert, verdwijnen ze uit de kluis van dit apparaat, en Scriptix toont een sleutel nooit opnieuw: exporteer ze eerst als je ze wilt houden. Je tokens bij Scriptix blijven ongemoeid.
}
# $held: hoeveel sleutels dit apparaat voor het profiel bewaart.
signin-profile-delete-keys-yes = Profiel en { $held ->
    [one] { $held } sleutel
   *[other] { $held } sleutels
} verwijderen
signin-profile-export-as = Exporteren als
signin-profile-export = Sleutels exporteren…
signin-profile-exporting = Bezig met exporteren…
# $count: opgeslagen sleutels; $path: het bestand.
signin-profile-export-saved = { $count ->
    [one] { $count } sleutel
   *[other] { $count } sleutels
} opgeslagen in { $path }.

## Waarom het inlogscherm verschijnt in plaats van de lijst (src-tauri/core/src/workspace).
signin-reason-session-expired = Je sessie is verlopen. Log opnieuw in.
signin-reason-session-ended = Je sessie is verlopen of beëindigd. Log opnieuw in.
signin-reason-other-server = Dit profiel wijst nu naar een andere server dan die waarbij je bent ingelogd, dus de bewaarde aanmelding is niet gebruikt. Log opnieuw in.
