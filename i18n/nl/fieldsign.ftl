### fieldsign: Nederlands. Woordenlijst: docs/glossary/nl.md. Aanspreekvorm "u".

-fieldsign = fieldsign

## Fouten en waarschuwingen van de opdrachtregel.

error-prefix = fout: { $message }
warning-core-dumps = waarschuwing: core dumps konden niet worden uitgeschakeld ({ $reason }); bij een crash kan het geheugen op schijf terechtkomen
error-invalid-value = fout: de waarde voor { $arg } is ongeldig{ $why }; zie `fieldsign --help`
error-unexpected-word = fout: er is een onverwacht woord opgegeven (niet getoond: het kan een waarde zijn; waarden horen in --field KEY=VALUE); zie `fieldsign --help`
error-internal = fout: fieldsign kreeg een interne fout bij { $place }. Er is niets onopgeslagens geschreven; wat het scherm als opgeslagen toonde, is veilig. Meld dit alstublieft (zonder gegevens van ondertekenaars).
error-file = fout: { $file }: { $message }
error-vault-in-use = de kluis in { $dir } wordt gebruikt door een ander fieldsign-proces; sluit dat eerst (een kluis kan maar door één tegelijk worden vastgehouden)
error-vault-closing = de kluis in { $dir } wordt vastgehouden door een fieldsign-proces dat nu afsluit; probeer het over een paar seconden opnieuw
error-no-vault = geen kluis in { $dir }: maak er een met `fieldsign init` (of wijs met --vault / FIELDSIGN_VAULT een bestaande aan)
error-wrong-passphrase = verkeerde wachtzin voor deze kluis; probeer het opnieuw (hoofdletters tellen mee). Weet u zeker dat hij klopt, dan is het sleutelbestand misschien beschadigd: zet key.age terug uit een back-up
error-bundles-refused = { $failed } van { $total } bundels geweigerd (zie hierboven; ze hebben niets veranderd); de andere zijn geïmporteerd

## Wachtzinnen.

prompt-vault-passphrase = Wachtzin van de kluis:{" "}
passphrase-choose = Kies { $kind ->
    [new] de nieuwe wachtzin van de kluis
   *[first] de wachtzin van de kluis
}: een lange zin van meerdere woorden is sterk én makkelijk te typen.
prompt-new-passphrase = Nieuwe wachtzin van de kluis:{" "}
prompt-repeat-passphrase = Herhaal de wachtzin van de kluis:{" "}
passphrase-short = Dat is kort; wie de laptop meeneemt, kan hem raden. Liever 4 woorden of meer.
passphrase-mismatch = De twee komen niet overeen; probeer het opnieuw.
passphrase-changed = Wachtzin gewijzigd. De oude opent deze kluis niet meer.

## Kluis en identiteit.

vault-created = Kluis aangemaakt in { $dir }
vault-device = Apparaat { $device }, vingerafdruk van de ondertekeningssleutel { $fingerprint }
vault-next = Volgende stap: `fieldsign campaign join FILE` (organisator) of `fieldsign campaign create --title …` (coördinator).
identity-exported = De GEHEIME age-identiteit van deze kluis is geschreven naar { $file } (modus 0600). Wie hem heeft, kan elke bundel lezen die naar deze kluis is gestuurd: bewaar hem op een versleutelde schijf en verwijder hem als u klaar bent.

## Campagnes en evenementen.

campaign-created = Campagne ‘{ $title }’ ({ $id }) aangemaakt. Geef { $file } aan de organisatoren: `fieldsign campaign join { $file }`; de vingerafdruk van de coördinatorsleutel is { $fingerprint }.
campaign-joined = Deelname aan ‘{ $title }’ ({ $id }). Vingerafdruk van de coördinatorsleutel { $fingerprint }: controleer hem met uw coördinator, telefonisch of persoonlijk.
campaign-none = Nog geen campagnes: `fieldsign campaign join FILE` of `fieldsign campaign create --title …`.
show-role = rol
show-role-coordinator = coördinator (deze kluis heeft de ondertekeningssleutel van de campagne)
show-role-organizer = organisator
show-coordinator-key = sleutel van de coördinator
show-goal = doel
show-goal-signatures = handtekeningen: { $count }
show-no-goal = niet ingesteld
show-fields = velden
show-required = verplicht
show-field-role = rol { $role }
show-no-events = nog geen
show-event-records = regels: { $count }
show-texts = tekst van de petitie
show-no-texts = geen: het campagnebestand bevat geen petitietekst; vraag de coördinator erom
show-text-heading = Tekst van de petitie, { $language } ({ $number } van { $count }):

## Records.

record-amended = { $id } gecorrigeerd.
record-voided = { $id } ongeldig gemaakt; telt niet meer mee.
csv-imported = { $count ->
    [one] { $count } handtekening
   *[other] { $count } handtekeningen
} geïmporteerd in ‘{ $event }’ (vellen { $first }–{ $last }).

## Bundels, ontvangstbewijzen, apparaten.

bundle-what-all = alles wat de kluis bevat
bundle-what-new = alles wat de coördinator nog niet heeft bevestigd
bundle-written = { $file } geschreven ({ $bytes } bytes): { $ops ->
    [one] { $ops } bewerking
   *[other] { $ops } bewerkingen
} ({ $adds ->
    [one] { $adds } nieuwe regel
   *[other] { $adds } nieuwe regels
}, { $amends ->
    [one] { $amends } correctie
   *[other] { $amends } correcties
}, { $voids ->
    [one] { $voids } ongeldigmaking
   *[other] { $voids } ongeldigmakingen
}) en { $events ->
    [one] { $events } evenement
   *[other] { $events } evenementen
} van ‘{ $title }’, { $what }, versleuteld voor { $recipients ->
    [one] { $recipients } coördinator-ontvanger
   *[other] { $recipients } coördinator-ontvangers
} en ondertekend door dit apparaat ({ $fingerprint }).
bundle-empty = Let op: de coördinator heeft alles al bevestigd; deze bundel bevat geen bewerkingen.
device-pinned = Nieuw apparaat { $device } vastgezet met vingerafdruk { $fingerprint }: controleer die met de organisator, persoonlijk of telefonisch.
bundle-replay = { $file }: al geïmporteerd (herhaling): alle { $known } bewerkingen waren bekend; er is niets veranderd.
bundle-imported = { $file }: geïmporteerd in ‘{ $title }’ van apparaat { $device } ({ $fingerprint }): { $records ->
    [one] { $records } nieuw record
   *[other] { $records } nieuwe records
}, { $amends ->
    [one] { $amends } correctie
   *[other] { $amends } correcties
}, { $voids ->
    [one] { $voids } ongeldigmaking
   *[other] { $voids } ongeldigmakingen
}, { $events ->
    [one] { $events } nieuw evenement
   *[other] { $events } nieuwe evenementen
}, { $known } al bekend, 0 conflicten; bewerkingen van { $replicas }.
receipt-imported = Ontvangstbewijs van de coördinator van ‘{ $title }’ ({ $created }): { $acknowledged } bewerkingen zojuist bevestigd; { $unacknowledged } nog te versturen. `fieldsign purge --acknowledged` verwijdert wat is afgeleverd van deze laptop.
receipt-ignored = Waarschuwing: het ontvangstbewijs bevestigt ook { $ignored } bewerking(en) die deze laptop nooit heeft geschreven (nummers die hij niet gebruikte, of bewerkingen van andere apparaten); die zijn genegeerd, dus purge kan daardoor niets verwijderen. Waarschuw de coördinator: een ander apparaat heeft mogelijk bewerkingen verstuurd uit naam van deze laptop.
receipt-written = { $file } geschreven: bevestigt { $count } bewerkingen aan apparaat { $device } ({ $fingerprint }) voor ‘{ $title }’, versleuteld voor dat apparaat. Stuur het terug naar de organisator.
device-none = Nog geen apparaten: ze worden vastgezet wanneer hun eerste bundel wordt geïmporteerd.
device-revoked = Apparaat { $device } ({ $fingerprint }) ingetrokken: zijn latere bundels worden geweigerd. Wat het eerder stuurde, blijft; bekijk dat met `fieldsign list`.

## `verify`.

verify-file = bestand
verify-format = indeling
verify-campaign = campagne
verify-device = apparaat
verify-created = gemaakt
verify-recipients = ontvangers
verify-ranges = bereiken
verify-replicas = replica’s
verify-operations = bewerkingen
verify-events = evenementen
verify-signed-by = ondertekend door
verify-acknowledges = bevestigt
verify-signature-valid = { $format } v{ $version } (handtekening geldig)
verify-device-fingerprint = { $device } vingerafdruk { $fingerprint } — { $status }
verify-device-known = bekend (vastgezet)
verify-device-unknown = nog niet bekend (importeren zet het vast)
verify-device-revoked = INGETROKKEN (import zou worden geweigerd)
verify-device-mismatch = ANDERE SLEUTEL: vastgezet met { $pinned } (import zou worden geweigerd)
verify-operation-kinds = { $ops } ({ $adds ->
    [one] { $adds } nieuwe regel
   *[other] { $adds } nieuwe regels
}, { $amends ->
    [one] { $amends } correctie
   *[other] { $amends } correcties
}, { $voids ->
    [one] { $voids } ongeldigmaking
   *[other] { $voids } ongeldigmakingen
})
verify-from-coordinator = de coördinator van de campagne
verify-not-coordinator = NIET de coördinator van deze campagne (import zou worden geweigerd)
verify-acknowledged = { $ranges } ({ $count } bewerkingen)

## Opschonen.

purge-done = { $valid } afgeleverd en opgeschoond
purge-also = ; waarden ook verwijderd uit { $lines } (tellen nog als zodanig mee)
purge-illegible-lines = { $count ->
    [one] { $count } onleesbare regel
   *[other] { $count } onleesbare regels
}
purge-void-lines = { $count ->
    [one] { $count } ongeldige regel
   *[other] { $count } ongeldige regels
}
purge-and = { $first } en { $second }
purge-cleared = ; { $ops ->
    [one] { $ops } bewerking gewist
   *[other] { $ops } bewerkingen gewist
}; { $waiting ->
    [one] { $waiting } record wacht
   *[other] { $waiting } records wachten
} op een ontvangstbewijs.
purge-rewritten = De database is zonder hen herschreven.
purge-nothing = Niets op te schonen: importeer eerst een ontvangstbewijs van de coördinator (`fieldsign import receipt FILE`).

## Rapporten, aflever-export, dubbelingen.

report-all = alle
report-event = evenement { $name } { $date }
report-device = apparaat { $device }
report-by-country = geldig per land: { $countries }
report-purged = { $count } afgeleverd en opgeschoond uit deze kluis (geteld, waarden verwijderd).
export-written = { $count ->
    [one] { $count } geldige handtekening
   *[other] { $count } geldige handtekeningen
} van ‘{ $title }’ geschreven naar { $file }.
export-plain-warning = WAARSCHUWING: { $file } is PLATTE TEKST: wie het krijgt, kan de naam en het contact van elke ondertekenaar lezen. Lever het af via een veilig kanaal en verwijder het als u klaar bent.
export-purged-left-out = { $count ->
    [one] { $count } opgeschoond record is weggelaten: de waarden ervan zijn alleen nog bij de coördinator.
   *[other] { $count } opgeschoonde records zijn weggelaten: hun waarden zijn alleen nog bij de coördinator.
}
dedupe-none = Geen waarschijnlijke dubbelingen onder { $count ->
    [one] { $count } geldig record
   *[other] { $count } geldige records
}.
dedupe-none-likely = Geen waarschijnlijke dubbelingen onder { $count ->
    [one] { $count } geldig record
   *[other] { $count } geldige records
} (`--possible` toont ook paren die een controle waard zijn).
dedupe-groups = { $count ->
    [one] { $count } groep
   *[other] { $count } groepen
} waarschijnlijke dubbelingen, de zekerste eerst. Controleer de papieren vellen en maak de overtollige ongeldig met `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } groep
   *[other] { $count } groepen
} waarschijnlijke of mogelijke dubbelingen, de zekerste eerst. Controleer de papieren vellen en maak de overtollige ongeldig met `fieldsign void ID --reason "duplicate of …"`.

## Andere fouten van de kluis

error-already-exists = er is al een kluis in { $dir }; gebruik die, of kies een andere map met --vault
error-unknown-campaign = geen campagne komt overeen met de opgegeven --campaign (niet getoond: het kan een waarde zijn); `fieldsign campaign list` toont ze, `fieldsign campaign join FILE` laat u deelnemen
error-no-campaigns = deze kluis heeft nog geen campagne; neem deel met `fieldsign campaign join FILE` of maak er een met `fieldsign campaign create`
error-campaign-needed = deze kluis heeft meerdere campagnes ({ $campaigns }); kies er een met --campaign
error-ambiguous-campaign = de opgegeven --campaign past bij meerdere campagnes ({ $matches }); geef in plaats daarvan het id
error-unknown-event = geen evenement van deze campagne komt overeen met de opgegeven --event (niet getoond: het kan een waarde zijn); `fieldsign event list` toont ze, `fieldsign event create` voegt er een toe
error-ambiguous-event = de opgegeven --event past bij meerdere evenementen ({ $matches }); geef in plaats daarvan het id
error-unknown-record = geen record met id { $id } in deze kluis; `fieldsign list` toont de id’s
