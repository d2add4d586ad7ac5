## Tokens verwijderen (ui/js/views/delete-flow.js): de bevestiging van het systeem, het
## overzicht bij meerdere tokens, de extra bevestiging voor sleutels die nog in gebruik zijn,
## en het verslag. De zin van de bevestiging en de samenvatting staan in lifecycle.ftl.

# Wanneer een sleutel het laatst is gebruikt. $when: een relatieve tijd ("5 minuten geleden"); $date: de precieze datum en tijd.
delete-last-used = Laatst gebruikt { $when } ({ $date })
# Hetzelfde, met vanwaar. $ip: het adres waarvandaan hij is gebruikt.
delete-last-used-from = Laatst gebruikt { $when } ({ $date }) vanaf { $ip }
delete-never-used = Nooit gebruikt

## De bevestiging van het systeem (titel en knoppen) en het overzicht bij meerdere tokens.

# $count: hoeveel tokens er worden verwijderd.
delete-confirm-title = { $count ->
    [one] Token verwijderen?
   *[other] { $count } tokens verwijderen?
}
# De knop die verwijdert. $count: hoeveel tokens.
delete-confirm-ok = { $count ->
    [one] Verwijderen
   *[other] { $count } tokens verwijderen
}
delete-cancel = Annuleren
delete-bulk-text = Integraties die deze sleutels gebruiken, werken meteen niet meer. Dit kan niet ongedaan worden gemaakt.
delete-bulk-name = Naam
delete-bulk-id = ID
delete-bulk-type = Type
delete-bulk-expires = Verloopt
delete-bulk-last-used = Laatst gebruikt
delete-bulk-no-name = (geen naam)
delete-unknown = Onbekend
# $count: het getal dat je moet typen, het aantal tokens (alleen cijfers, zoals getypt).
delete-bulk-type-count = Typ { $count } om te bevestigen

## De extra bevestiging voor sleutels die kort geleden zijn gebruikt (Instellingen).

# $count: hoeveel van de sleutels kort geleden zijn gebruikt.
delete-recent-title = { $count ->
    [one] Deze sleutel is nog in gebruik
   *[other] { $count } sleutels zijn nog in gebruik
}
# $hours: de instelling "in gebruik", in uren.
delete-recent-within = { $hours ->
    [one] Gebruikt in het afgelopen uur
   *[other] Gebruikt in de afgelopen { $hours } uur
}
# $count: hoeveel van de sleutels kort geleden zijn gebruikt.
delete-recent-text = { $count ->
    [one] Er worden nog verzoeken gedaan met deze sleutel. Verwijder je hem, dan werkt die integratie meteen niet meer, en een verwijderd token kun je niet terughalen.
   *[other] Er worden nog verzoeken gedaan met deze sleutels. Verwijder je ze, dan werken die integraties meteen niet meer, en een verwijderd token kun je niet terughalen.
}
# Een token zonder naam. $id: de ID ervan.
delete-recent-unnamed = Token { $id }
# $count: hoeveel van de sleutels kort geleden zijn gebruikt.
delete-recent-confirm = { $count ->
    [one] Ik weet dat deze sleutel in gebruik is en wil hem nu verwijderen
   *[other] Ik weet dat deze sleutels in gebruik zijn en wil ze nu verwijderen
}
# $count: hoeveel van de sleutels kort geleden zijn gebruikt.
delete-recent-delete = { $count ->
    [one] Toch verwijderen
   *[other] Toch { $count } sleutels verwijderen
}
delete-recent-keep = Behouden

## Het verslag na het verwijderen.

delete-report-dismiss = Sluiten
