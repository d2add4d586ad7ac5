## De hele app: de naam, de venstertitel, het opstarten en fouten die bij geen scherm horen.

-brand = Scriptix Keys

window-title-signin = Inloggen — { -brand }
window-title-tokens = API-tokens — { -brand }
boot-problem-title = { -brand } kon niet starten
boot-retry = Opnieuw proberen
boot-retrying = Bezig met opnieuw proberen…

error-internal = Er ging iets mis in { -brand }. Probeer het opnieuw; blijft dit gebeuren, start de app dan opnieuw.
error-no-bridge = { -brand } kan zijn eigen kern niet bereiken. Start de app opnieuw.
