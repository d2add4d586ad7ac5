## De levensloop van een token, gedeeld door meerdere schermen (ui/js/lib/lifecycle.js): de
## naamcontrole (dezelfde regels als de core), de looptijden, hoe een token wordt genoemd, en
## de bevestiging en het verslag van verwijderen. Het aftellen van het klembord staat in
## clipboard.ftl.

lifecycle-name-empty = Vul een naam in voor het token.
# $code: het codepunt van het teken, bijv. U+202E.
lifecycle-name-bidi = De naam bevat een onzichtbaar teken voor de tekstrichting ({ $code }), waardoor hij misleidend kan worden weergegeven. Haal het weg.
# $code: het codepunt van het teken, bijv. U+0009.
lifecycle-name-control = De naam bevat een stuurteken ({ $code }), zoals een regeleinde of tab. Gebruik gewone tekst op één regel.
# $length: de lengte van de naam in tekens; $max: het maximum (100).
lifecycle-name-too-long = De naam is { $length ->
    [one] { $length } teken
   *[other] { $length } tekens
} lang; er mogen er hoogstens { $max } zijn.
# $name: de getypte naam, die een ander token al heeft.
lifecycle-name-duplicate = Je hebt al een token met de naam “{ $name }”. Je kunt het toch maken, maar twee tokens met dezelfde naam haal je makkelijk door elkaar.

# Een looptijd. $years: 1, 2 of 5.
lifecycle-years = { $years ->
    [one] { $years } jaar
   *[other] { $years } jaar
}
# $date: een exacte datum.
lifecycle-expires-on = Verloopt op { $date }

## Hoe een token wordt genoemd in bevestigingen en verslagen, en tokens verwijderen.

# $name: de naam van het token; $id: de ID ervan.
lifecycle-token-label = “{ $name }” (ID { $id })
# $id: de ID van een token zonder naam.
lifecycle-token-label-unnamed = token met ID { $id }
# $token: het token (lifecycle-token-label).
lifecycle-delete-confirm-one = { $token } verwijderen? Integraties die deze sleutel gebruiken, werken meteen niet meer. Dit kan niet ongedaan worden gemaakt.
# $count: hoeveel tokens (meer dan één).
lifecycle-delete-confirm-many = { $count ->
    [one] { $count } token
   *[other] { $count } tokens
} verwijderen? Integraties die deze sleutels gebruiken, werken meteen niet meer. Dit kan niet ongedaan worden gemaakt.
lifecycle-delete-unconfirmed = Scriptix heeft het verwijderen niet bevestigd. Vernieuw de lijst en probeer het opnieuw.
# $count: verwijderde tokens.
lifecycle-deleted = { $count ->
    [one] { $count } token
   *[other] { $count } tokens
} verwijderd
# $count: verwijderde tokens; $gone: hoeveel daarvan elders al waren verwijderd.
lifecycle-deleted-some-gone = { $count ->
    [one] { $count } token
   *[other] { $count } tokens
} verwijderd ({ $gone ->
    [one] { $gone } was al weg
   *[other] { $gone } waren al weg
})
# $count: tokens die niet konden worden verwijderd (geen enkele lukte).
lifecycle-delete-failed = { $count ->
    [one] { $count } token kon niet worden verwijderd
   *[other] { $count } tokens konden niet worden verwijderd
}
# $done: verwijderde tokens; $failed: tokens die niet konden worden verwijderd.
lifecycle-deleted-partly = { $done ->
    [one] { $done } token
   *[other] { $done } tokens
} verwijderd; { $failed ->
    [one] { $failed } kon niet worden verwijderd
   *[other] { $failed } konden niet worden verwijderd
}
# $count: sleutels in de kluis van dit apparaat waarvan het token niet meer bestaat.
lifecycle-orphans = { $count ->
    [one] { $count } sleutel op dit apparaat hoort bij een token dat niet meer bestaat
   *[other] { $count } sleutels op dit apparaat horen bij tokens die niet meer bestaan
}

## Resultaten per token van het verwijderen, uit de core (src-tauri/core/src/workspace/lifecycle.rs, usage.rs).

# $reason: waarom de kluis hem niet kon verwijderen (een eigen bericht).
delete-key-not-removed = Verwijderd op Scriptix, maar de kopie van de sleutel op dit apparaat kon niet worden verwijderd: { $reason }
# $minutes: hoe lang geleden de sleutel voor het laatst is gebruikt.
delete-in-use = Niet verwijderd: deze sleutel is { $minutes } { $minutes ->
        [one] minuut
       *[other] minuten
    } geleden gebruikt. Bevestig dat je een sleutel die in gebruik is wilt verwijderen.
# $ip: het adres waarvandaan hij is gebruikt; $minutes: hoe lang geleden.
delete-in-use-from = Niet verwijderd: deze sleutel is { $minutes } { $minutes ->
        [one] minuut
       *[other] minuten
    } geleden gebruikt vanaf { $ip }. Bevestig dat je een sleutel die in gebruik is wilt verwijderen.
