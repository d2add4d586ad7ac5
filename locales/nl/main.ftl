## Het hoofdscherm (ui/js/views/workspace.js): de kop met de profielkeuze en het accountmenu,
## de meldingsbalken, de werkbalk, de actualiteitsregel in de statusbalk en de melding als
## Scriptix even wil dat de app wacht (ui/js/lib/freshness.js).

main-profile = Profiel
main-account-menu = Account en acties
# De knop van het accountmenu voor schermlezers. $email: wie er is ingelogd.
main-account-menu-label = Account en acties: { $email }
main-activity = Activiteitenlog
main-settings = Instellingen
main-shortcuts = Sneltoetsen
main-sign-out = Uitloggen
main-roles = Rollen
# De eerste regel van het accountmenu. $name: de weergavenaam van het account; $email: het e-mailadres.
main-account-name-email = { $name } · { $email }
main-demo-title = Demo — lokale sandbox · niets hiervan bereikt Scriptix
main-demo = Demo — lokale sandbox
main-demo-more = · niets hiervan bereikt Scriptix
main-vault-read-only = Alleen lezen: de kluis van het systeem is niet beschikbaar.
main-vault-unreachable = Scriptix Keys kan de plek waar het geheimen op deze computer bewaart niet bereiken.
main-vault-turned-off = Tokens maken en verwijderen staat uit tot de kluis weer bereikbaar is.
main-title = API-tokens
main-filter-placeholder = Filter op naam, ID, type of notities
main-filter-label = Tokens filteren op naam, ID, type of notities
main-refresh = Vernieuwen
main-refresh-title = Vernieuwen (F5)
main-new-token = Nieuw token
main-new-token-title = Nieuw token (Ctrl+N)
main-cannot-manage = Met dit account kun je geen tokens maken of verwijderen.
# Waarom (src-tauri/core/src/model/account.rs). $roles: de rollen van het account ("CUSTOMER, VIEWER") of main-account-no-role.
main-account-cannot-manage = Voor het maken en verwijderen van tokens is de rol Developer of Organization admin nodig; dit account heeft { $roles }. Vraag een beheerder van je organisatie om je de rol Developer te geven.
main-account-no-role = geen rol

## De rollen van Scriptix, in woorden.

main-role-sysop = Systeembeheerder
main-role-orgadmin = Organisatiebeheerder
main-role-contributor = Bijdrager
main-role-customer = Klant
main-role-developer = Ontwikkelaar
main-role-reseller = Reseller
main-role-resellee = Klant van reseller
main-role-tester = Tester

## De actualiteitsregel in de statusbalk. $from, $since: een tijd ("14:05"), of een dag en tijd.

main-fresh-loading = Tokens laden…
main-fresh-refreshing = Vernieuwen…
main-fresh-refreshing-from = Vernieuwen… je ziet de lijst van { $from }
main-fresh-offline-from = Offline sinds { $since } — je ziet de lijst van { $from }
# $message: waarom de lijst niet geladen kon worden (een foutmelding).
main-fresh-offline-error = Offline sinds { $since }. { $message }
# $message: waarom de lijst niet vernieuwd kon worden (een foutmelding).
main-fresh-error-from = { $message } Je ziet de lijst van { $from }.
main-fresh-cached = Je ziet de lijst van { $from }
main-fresh-updated = Bijgewerkt: { $from }

## De melding als Scriptix vraagt om te wachten: "Scriptix beperkt het aantal verzoeken; opnieuw over 12 s…".

main-wait-rate-limited = Scriptix beperkt het aantal verzoeken
main-wait-unavailable = Scriptix is tijdelijk niet beschikbaar
main-wait-network = Scriptix is nu niet bereikbaar
main-wait-other = Scriptix vraagt de app even te wachten
# $reason: een van de vier hierboven; $when: main-wait-in of main-wait-now.
main-wait = { $reason }; { $when }
# $reason, $when: als bij main-wait; $attempt: het nummer van de nieuwe poging (2 of meer).
main-wait-attempt = { $reason }; { $when } (poging { $attempt })
# $seconds: resterende seconden (op het scherm).
main-wait-in = opnieuw over { $seconds } s…
# $seconds: resterende seconden (wat een schermlezer hoort).
main-wait-in-spoken = opnieuw over { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } seconden
}
main-wait-now = nu opnieuw…
