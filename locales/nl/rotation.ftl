## Roteren (intrekken en vervangen): de keuzes voor de overgangsperiode, toestanden,
## samenvattingen en labels in de lijst uit ui/js/lib/rotation.js, de voortgang en
## samenvatting van de wizard (ui/js/views/rotation-wizard.js) en "Alles bijwerken" aan het
## eind (rotation-destinations.js). Het plan, de sleutel en annuleren staan in rotation-steps.ftl.

## Hoe lang de oude sleutel blijft werken.

# $days: 1, 7 of 14.
rotation-grace-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}
rotation-grace-until = Tot een datum
rotation-grace-now = Nu — noodgeval
rotation-grace-now-hint = De oude sleutel stopt zodra de nieuwe veilig is.
rotation-grace-need-date = Kies de datum tot wanneer de oude sleutel blijft werken.
rotation-grace-not-a-date = Die datum bestaat niet.
rotation-grace-past = Kies een datum na vandaag. Wil je de oude sleutel vandaag stoppen, kies dan “Nu — noodgeval” of “1 dag”.

## De toestand van een rotatie, als label.

rotation-state-planned = Gepland
rotation-state-creating = Vervanger wordt gemaakt
rotation-state-vault-failed = Sleutel niet op dit apparaat opgeslagen
rotation-state-needs-attention = Vraagt aandacht
rotation-state-retiring = Oud token wordt uitgefaseerd
rotation-state-deleting = Oud token wordt verwijderd
rotation-state-done = Klaar
rotation-state-cancelled = Geannuleerd
# Een toestand die deze versie niet kent (een nieuwere kern).
rotation-state-unknown = Bezig

## Eén rotatie, in een zin. $name: de naam van het oude token.

rotation-summary-done = Oud token “{ $name }” is verwijderd.
rotation-summary-cancelled = Rotatie van “{ $name }” geannuleerd. Het oude token blijft werken.
rotation-summary-needs-attention = De rotatie van “{ $name }” vraagt je aandacht.
rotation-summary-planned = De vervanger voor “{ $name }” is nog niet gemaakt. Het oude token blijft werken.
rotation-summary-vault-failed = De nieuwe sleutel voor “{ $name }” wacht tot je bevestigt dat je hem hebt bewaard.
rotation-summary-deleting = Oud token “{ $name }” wordt verwijderd…
# $date: wanneer de overgangsperiode afloopt (of rotation-summary-grace-end).
rotation-summary-retiring-auto = Oud token “{ $name }” blijft werken tot { $date } en wordt daarna automatisch verwijderd.
# $date: wanneer de overgangsperiode afloopt (of rotation-summary-grace-end).
rotation-summary-retiring-confirm = Oud token “{ $name }” blijft werken tot { $date } en wordt daarna verwijderd zodra je dat bevestigt.
# Staat voor de datum als die niet bekend is.
rotation-summary-grace-end = het einde van de overgangsperiode

## Labels in de tokenlijst.

# $date: de dag waarop het oude token verdwijnt (of rotation-badge-no-date).
rotation-badge-retiring = Stopt op { $date }
rotation-badge-no-date = een nog te kiezen datum
# $name: de naam van het oude token.
rotation-badge-replacement = Vervanger voor “{ $name }”
# De sleutelstap bij meerdere rotaties. $index: het nummer van deze sleutel; $total: hoeveel sleutels.
rotation-step = Sleutel { $index } van { $total }

## De wizard. $name: de naam van het oude token.

rotation-wizard-title = Roteren
rotation-wizard-rotating = Bezig met roteren
rotation-wizard-replacing = De nieuwe sleutel van “{ $name }” wordt vervangen…
rotation-wizard-opening = De nieuwe sleutel van “{ $name }” wordt geopend…
rotation-wizard-creating = De vervanger voor “{ $name }” wordt gemaakt…
# $index: de hoeveelste rotatie dit is; $total: hoeveel er zijn.
rotation-wizard-creating-many = De vervanger voor “{ $name }” wordt gemaakt ({ $index } van { $total })…
# $count: hoeveel rotaties de samenvatting toont.
rotation-wizard-summary = { $count ->
    [one] Rotatie van “{ $name }”
   *[other] Samenvatting van de rotaties
}
# Voorgelezen tussen de naam van het oude en het nieuwe token.
rotation-wizard-replaced-by = vervangen door
rotation-wizard-done = Klaar
rotation-wizard-try-again = Opnieuw proberen
rotation-wizard-trying-again = Bezig met opnieuw proberen…
rotation-wizard-replace = Vervangen
rotation-wizard-cancel = Rotatie annuleren

## "Alles bijwerken": de nieuwe sleutel op elke plek waar de oude naartoe ging.

rotation-destinations = Waar de oude sleutel naartoe ging
rotation-destinations-text = Alles bijwerken zet de nieuwe sleutel op elke plek, in dezelfde regel of hetzelfde item.
rotation-destinations-update = Alles bijwerken
rotation-destinations-updating = Bezig met bijwerken…
# $path: het pad van de KeePass-database.
rotation-destinations-password = KeePass-wachtwoord voor { $path }
# De toegankelijke naam van het wachtwoordveld. $path: het pad van de KeePass-database.
rotation-destinations-password-label = Wachtwoord van { $path }
# $keyFile: het pad van het sleutelbestand.
rotation-destinations-key-file = Wordt weer geopend met het sleutelbestand { $keyFile }; laat het wachtwoord leeg als de database er geen heeft.
rotation-destinations-updated = ✓ Bijgewerkt
rotation-destinations-failed = ✗ Niet bijgewerkt
rotation-destinations-by-hand = • Met de hand
