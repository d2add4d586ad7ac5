## Fouten bij aanroepen van Scriptix (src-tauri/core/src/api/error.rs). Waar Scriptix een eigen
## tekst stuurde (in de taal van de server), zegt de `-server`-melding wat voor weigering het
## was en toont ze die tekst als $message.

api-invalid-input = Scriptix heeft het verzoek niet geaccepteerd. Controleer de waarden en probeer het opnieuw.
# $message: de tekst van Scriptix zelf, zoals verstuurd.
api-invalid-input-server = Scriptix heeft het verzoek niet geaccepteerd: { $message }
api-unauthorized = Scriptix heeft de inloggegevens niet geaccepteerd. Log opnieuw in.
# $message: de tekst van Scriptix zelf, zoals verstuurd.
api-unauthorized-server = Scriptix heeft de inloggegevens niet geaccepteerd: { $message }
api-wrong-password = De gebruikersnaam of het wachtwoord klopt niet.
api-code-refused = De code is niet geaccepteerd. Controleer hem en probeer het opnieuw.
api-demo-asks-second-factor = Het demo-account vraagt onverwacht om een tweede stap bij het inloggen.
api-forbidden = Je Scriptix-account mag dit niet doen.
# $message: de tekst van Scriptix zelf, zoals verstuurd.
api-forbidden-server = Je Scriptix-account mag dit niet doen: { $message }
api-not-found = Scriptix kon niet vinden wat er werd gevraagd.
# $message: de tekst van Scriptix zelf, zoals verstuurd.
api-not-found-server = Scriptix kon het niet vinden: { $message }
api-not-a-token-id = Dit is geen token-id zoals Scriptix die uitgeeft (alleen letters, cijfers, - en _, hoogstens 128), dus er is niets verstuurd.
api-rate-limited = Scriptix beperkt hoe snel er verzoeken mogen komen. Wacht even en probeer het opnieuw.
# $message: de tekst van Scriptix zelf, zoals verstuurd.
api-rate-limited-server = Scriptix beperkt hoe snel er verzoeken mogen komen: { $message }
api-limit-reached = Je organisatie heeft al het maximale aantal tokens. Verwijder er eerst een.
# $message: de tekst van Scriptix zelf, zoals verstuurd.
api-limit-reached-server = Je organisatie heeft al het maximale aantal tokens: { $message }
api-quota = Het tegoed van je Scriptix-abonnement is op. Kies een groter abonnement of neem contact op met Scriptix-support.
# $reason: de reden van Scriptix zelf, zoals verstuurd.
api-quota-server = Scriptix weigerde dit vanwege je abonnement: { $reason } Kies een groter abonnement of neem contact op met Scriptix-support.
# $message: de tekst van Scriptix zelf, zoals verstuurd.
api-quota-other = Scriptix weigerde dit vanwege je abonnement: { $message }
api-conflict = Dit botst met iets wat al bestaat.
# $message: de tekst van Scriptix zelf, zoals verstuurd.
api-conflict-server = Dit botst met iets wat al bestaat: { $message }
api-payload-too-large = Het verzoek was te groot voor Scriptix.
# $message: de tekst van Scriptix zelf, zoals verstuurd.
api-payload-too-large-server = Het verzoek was te groot voor Scriptix: { $message }
api-rejected = Scriptix weigerde een verzoek van deze app. Een update van de app kan helpen.
# $message: de tekst van Scriptix zelf, zoals verstuurd.
api-rejected-server = Scriptix weigerde een verzoek van deze app: { $message }
api-server = Scriptix had een intern probleem. Probeer het later opnieuw.
# $message: de tekst van Scriptix zelf, zoals verstuurd.
api-server-server = Scriptix had een intern probleem: { $message }
api-unavailable = Scriptix is tijdelijk niet beschikbaar. Probeer het over een paar minuten opnieuw.
# $message: de tekst van Scriptix zelf, zoals verstuurd.
api-unavailable-server = Scriptix is tijdelijk niet beschikbaar: { $message }
api-unsendable-secret = De sleutel of sessie bevat tekens die niet verstuurd kunnen worden. Plak hem opnieuw.
api-timeout = Scriptix antwoordde niet op tijd. Controleer je verbinding en probeer het opnieuw.
api-network-no-connection = Scriptix is niet bereikbaar (er kwam geen verbinding). Controleer je verbinding en probeer het opnieuw.
api-network-dropped = Scriptix is niet bereikbaar (de verbinding werd verbroken). Controleer je verbinding en probeer het opnieuw.
# $reason: een korte zin over wat er met de verbinding misging.
api-network = Scriptix is niet bereikbaar ({ $reason }). Controleer je verbinding en probeer het opnieuw.
api-create-outcome-unknown = De verbinding werd verbroken terwijl het token werd gemaakt, dus het is niet bekend of het bestaat. Vernieuw de lijst voordat je het opnieuw probeert.
# $limitMb: het grootste antwoord dat de app leest, in megabytes.
api-reply-too-large = Scriptix stuurde een antwoord groter dan { $limitMb } MB, veel meer dan deze app ooit nodig heeft, dus het is niet gelezen. Probeer het later opnieuw; blijft het gebeuren, neem dan contact op met Scriptix-support.
# $got: hoeveel tokens de pagina bevatte; $asked: hoeveel er hoogstens werden gevraagd.
api-page-too-long = Scriptix stuurde { $got } tokens in een pagina waarvoor er hoogstens { $asked } waren gevraagd, dus de lijst is niet gelezen. Probeer het later opnieuw; blijft het gebeuren, neem dan contact op met Scriptix-support.
api-decode = Scriptix stuurde een antwoord dat deze app niet kon lezen. Probeer het later opnieuw.
api-client = De beveiligde verbinding kon op deze computer niet worden opgezet.
