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

## De terminalinterface (src/tui). Toetsnamen (Enter, Esc, Tab, Ctrl-L) zoals op de toetsen.
## Toetstabellen: ‘-help’ is de regel in de F1-help, de korte vorm is het woord in de voetregel.
key-privacy-help = privacymodus: persoonlijke velden van eerdere invoer verbergen
key-lock-help = nu vergrendelen; vergrendelt ook vanzelf na een tijd zonder toetsaanslag
key-lock = vergrendelen
key-quit-help = afsluiten (vraagt eerst als er iets half getypt is)
key-quit = afsluiten
key-help-help = deze help (? alleen waar geen tekstveld de focus heeft)
key-help = help
key-quit-lose = afsluiten en kwijtraken
key-go-back-to-it = terug ernaartoe
key-close-help-help = deze help sluiten
key-close-help = help sluiten
key-unlock-help = ontgrendelen met de getypte wachtzin
key-unlock = ontgrendelen
key-home-choose-help = een campagne of evenement kiezen
key-first-last-help = de eerste / laatste regel van de lijst
key-home-open-help = op een evenement: de vellen ervan typen; op een campagne: erin bladeren
key-type-sheets = vellen typen
key-new-event-help = een evenement maken in de gekozen campagne
key-new-event = nieuw evenement
key-browse-help = de records van de campagne doorbladeren, doorzoeken en corrigeren
key-browse = bladeren
key-join-help = deelnemen aan een campagne met het bestand van uw coördinator
key-join = deelnemen
key-create-help = een lokale campagne maken
key-create = maken
key-export-help = een bundel van de gekozen campagne exporteren voor de coördinator
key-export = exporteren
key-import-help = een bundel (coördinator) of een ontvangstbewijs (organisator) importeren
key-petition-help = de petitietekst van de campagne lezen (om aan een ondertekenaar voor te lezen)
key-dashboard-help = coördinator: het overzicht van de gekozen campagne
key-second-entry-help = op een evenement: de vellen opnieuw typen, blind (dubbele invoer)
key-create-event-help = het evenement maken
key-confirm = bevestigen
key-next-field = volgend veld
key-cancel-event-help = annuleren: er wordt geen evenement gemaakt
key-cancel = annuleren
key-confirm-prompt-help = de invoer bevestigen
key-complete = aanvullen
key-cancel-prompt-help = de invoer annuleren
key-complete-help = de tot nu toe getypte bestands- of mapnaam aanvullen
key-next-field-help = volgend veld (Shift-Tab en ↑ ↓ verplaatsen ook)
key-type = typen
key-search-help = zoeken tijdens het typen (elk veld; accenten en hoofdletters maken niet uit)
key-search = zoeken
key-move-help = door de lijst bewegen
key-choose = kiezen
key-page-help = een pagina omhoog / omlaag
key-first-last-record-help = eerste / laatste record
key-open-record-help = het record openen: corrigeren, ongeldig maken, geschiedenis
key-open = openen
key-sort-help = volgorde: vel/regel, nieuwste eerst, oudste eerst
key-sort = sorteren
key-clear-search-help = de zoekopdracht wissen, daarna terug
key-back = terug
key-count-again-help = opnieuw tellen (na het importeren van bundels)
key-count-again = opnieuw tellen
key-back-campaigns-help = terug naar de campagnes
key-entry-field-help = volgend / vorig veld (ook ↓ ↑)
key-save-line-help = de regel opslaan (eerst op schijf); twee keer: een dubbele opslaan
key-save = opslaan
key-illegible-help = deze papieren regel opslaan als onleesbaar of doorgestreept
key-illegible = onleesbaar
key-next-sheet-help = het volgende papieren vel beginnen
key-next-sheet = volgend vel
key-sheet-setup-help = instelling van het vel: velnummer, volgende regel, regels per vel
key-clear-line-help = de hele regel wissen; Ctrl-U wist één veld
key-browse-event-help = de records van dit evenement doorbladeren en corrigeren
key-petition-entry-help = de petitietekst, om aan een ondertekenaar voor te lezen; Esc gaat terug
key-tick-help = een selectievakje aan- / uitvinken
key-entry-back-help = terug naar het begin (vraagt eerst als de regel half getypt is)
key-all-keys = alle toetsen
key-apply-setup-help = velnummer, volgende regel en regels per vel toepassen
key-apply = toepassen
key-next = volgende
key-cancel-setup-help = annuleren: het vel blijft zoals het was
key-export-path-help = waar de bundel moet komen (~ is uw thuismap)
key-write-help = wegschrijven (vraagt eerst voordat een bestand wordt vervangen)
key-write-file = bestand schrijven
key-all-new-help = alles wat bewaard is, of alleen wat nog niet bevestigd is
key-all-new = alles / nieuw
key-import-path-help = het pad van het bundel- of ontvangstbewijsbestand (~ is uw thuismap)
key-import-it-help = controleren en importeren
key-import = importeren
key-purge-delivered-help = opschonen: de persoonsgegevens die de coördinator heeft bevestigd van deze laptop verwijderen (vraagt eerst)
key-purge-delivered = geleverde opschonen
key-next-language-help = de tekst in de volgende taal van de campagne
key-next-language = volgende taal
key-scroll-help = een tekst die langer is dan het venster scrollen
key-scroll = scrollen
key-purge-now-help = nu opschonen: de waarden verdwijnen voorgoed van deze laptop
key-purge-now = opschonen, onherroepelijk
key-keep-help = alles houden en teruggaan
key-keep = houden en terug
key-amend-help = corrigeren: waarden wijzigen (de oude blijven in de geschiedenis)
key-amend = corrigeren
key-void-help = ongeldig maken met een reden: het record telt niet meer mee
key-void = ongeldig maken
key-history-help = de geschiedenis van wijzigingen tonen of verbergen
key-history = geschiedenis
key-back-list-help = terug naar de lijst
key-save-amendment-help = de correctie opslaan (de oude waarden blijven in de geschiedenis)
key-cancel-nothing-help = annuleren: er verandert niets
key-void-reason-help = ongeldig maken met de getypte reden (het telt niet meer mee; de geschiedenis blijft)
key-switch-field-help = wisselen tussen de twee wachtzinvelden
key-switch-field = ander veld
key-wizard-next-help = volgend veld, daarna de kluis maken
key-join-file = deelnemen met bestand
key-create-campaign = campagne maken
key-skip-help = deze stap overslaan (het beginscherm biedt beide ook aan)
key-skip = overslaan

## Het kader rond elk scherm.
tui-privacy-on = PRIVACY AAN
tui-quit-anyway = Toch afsluiten en het kwijtraken?
tui-quit-title = Afsluiten?
tui-too-small = Venster te klein ({ $size }; nodig: { $needs }).
tui-too-small-keys =
    Maak het groter om verder te gaan; tot dan worden toetsen genegeerd,
    behalve Ctrl-L (vergrendelen) en Ctrl-Q (afsluiten).
tui-too-small-sheet = Vel { $sheet } blijft open zoals het was.
tui-help-heading = Toetsen op dit scherm ({ $screen })
tui-help-everywhere = Overal
tui-help-close = Esc sluit deze help
tui-help-title = Help

## Waarom de waarde van een veld geweigerd wordt: ‘{ field } { problem }’. Alleen de regel, nooit de getypte waarde.
error-field-value = veld `{ $field }` { $problem }
value-required = is verplicht
value-too-long = is te lang (hoogstens { $graphemes } tekens en { $bytes } bytes, hoe de tekens ook geschreven zijn)
value-control = bevat stuurtekens (zoals terminalcodes, tabs of regeleinden)
value-bidi = bevat tekens die de tekstrichting omkeren (U+202A–U+202E, U+2066–U+2069 of richtingstekens)
value-invisible = bevat onzichtbare tekens (zoals een spatie zonder breedte of een zacht afbreekstreepje)
value-email = is geen e-mailadres (verwacht: name@example.org)
value-phone = is geen telefoonnummer (cijfers, spaties, + - ( ) . ; 5 tot 20 cijfers)
value-country = is geen landcode volgens ISO 3166 (twee letters, bijv. DE, GR, IN)
value-postcode = is geen postcode (letters, cijfers, spaties en -; hoogstens 12)
value-date = is geen datum (verwacht: JJJJ-MM-DD)
value-checkbox = is geen waarde voor een selectievakje (`yes/no, y/n, x, 1/0, true/false`)
value-choice = is niet een van: { $options }

## De velden van het typen van vellen en het evenementformulier: namen van de standaardvelden en wat een veld verwacht.
field-name = Naam
field-email = E-mail
field-phone = Telefoon
field-city = Woonplaats
field-country = Land
field-postcode = Postcode
field-contact-ok = Contact akkoord
field-place = Plaats
field-date = Datum
hint-phone = cijfers, + - ( )
hint-country = 2 letters: DE, GR, IN…
hint-postcode = letters, cijfers, -
hint-checkbox = Spatie vinkt aan / uit
hint-choice = een van: { $options }

## Het ontgrendelscherm.
title-locked = vergrendeld
unlock-heading = De kluis is vergrendeld.
unlock-vault = Kluis:
unlock-passphrase = Wachtzin:
unlock-busy = Ontgrendelen… (dit duurt met opzet een seconde of twee)
unlock-hint = Typ de wachtzin en druk op Enter.
unlock-empty = Typ de wachtzin van de kluis en druk dan op Enter.
unlock-wrong = Verkeerde wachtzin. Probeer het opnieuw (hoofdletters tellen: controleer Caps Lock en de toetsenbordindeling).

## Vergrendelen en privacymodus.
lock-idle = Vanzelf vergrendeld na { $limit } zonder toetsaanslag. Ontgrendel om verder te gaan waar u was.
lock-key = Vergrendeld (Ctrl-L). Ontgrendel om verder te gaan waar u was.
privacy-on = Privacymodus aan: persoonlijke velden van eerdere invoer zijn verborgen. Ctrl-P toont ze.
privacy-off = Privacymodus uit.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s

## Schermtitels (na ‘fieldsign · ’ in de titelbalk).
title-home = begin

## Aantallen op meerdere schermen.
count-events = { $count ->
    [one] { $count } evenement
   *[other] { $count } evenementen
}
count-lines = { $count ->
    [one] { $count } regel
   *[other] { $count } regels
}
counting = tellen…
role-coordinator = coördinator
role-organizer = organisator

## Het beginscherm: de campagnes en hun evenementen.
home-heading = Campagnes en evenementen
home-empty = Nog geen campagne in deze kluis.
home-empty-join = deelnemen met het campagnebestand dat uw coördinator u gaf
home-empty-create = een lokale campagne maken die u zelf coördineert
home-new-event = nieuw evenement…
home-new-event-title = Nieuw evenement in ‘{ $campaign }’ (Enter maakt het, Esc annuleert)
home-event-created = Evenement ‘{ $event }’ gemaakt. Enter begint met het typen van de vellen.
home-second-entry-event = Kies eerst een evenement (↑ ↓): v typt de vellen opnieuw, blind, om ze te verifiëren.
home-campaign-first = Neem eerst deel aan een campagne (j) of maak er een (c); evenementen horen bij een campagne.
home-this-device = Dit apparaat:
home-device-checked = (de coördinator controleert het)
home-dashboard-coordinators = Het overzicht is voor de coördinator: het telt alles wat van alle organisatoren binnenkomt. Wat deze laptop bewaart, wordt hier onder de lijst geteld.
standing-valid = { $count } geldig
standing-void = { $count } ongeldig gemaakt
standing-illegible = { $count } onleesbaar
standing-purged = { $count } geleverd en opgeschoond
standing-unsent = { $count ->
    [one] { $count } wijziging nog niet verstuurd
   *[other] { $count } wijzigingen nog niet verstuurd
}
standing-last-bundle = laatste bundel { $time }
standing-no-bundle = nog geen bundel geschreven
list-and = { $rest } en { $last }

## Vellen typen. Vel- en regelnummers zoals op papier.
title-entry = vellen typen
entry-start = Vel { $sheet }, regel { $line }: typ de eerste ondertekenaar. Tab gaat naar een ander veld, Enter slaat op.
entry-continue = Verder met vel { $sheet } bij regel { $line }. Ctrl-N begint vel { $next }.
entry-not-saved-check = Niet opgeslagen. Vergelijk de regel met het papier (Ctrl-T stelt het regelnummer in) en druk dan op Enter.
entry-unsaved-leave = Regel { $line } is getypt maar niet opgeslagen. Enter slaat hem op; nog eens Esc gooit hem weg en gaat terug.
entry-unsaved-next = Regel { $line } is getypt maar niet opgeslagen. Enter slaat hem op; nog eens Ctrl-N gooit hem weg en begint vel { $next }.
entry-unsaved-resume = Regel { $line } van vel { $sheet } is getypt maar niet opgeslagen.
entry-sheet-line = vel { $sheet } regel { $line }
entry-sheet-line-elsewhere = vel { $sheet } regel { $line } van een ander evenement
entry-nothing-typed = Niets getypt op regel { $line }. Typ de ondertekenaar, of Ctrl-X als de papieren regel onleesbaar of doorgestreept is.
entry-fix-fields = Regel { $line } niet opgeslagen: corrigeer { $fields } (gemarkeerd met ✗) en druk dan op Enter.
entry-fix-marked = Regel { $line } niet opgeslagen: corrigeer de velden gemarkeerd met ✗ en druk dan op Enter.
entry-again-save = Nog eens Enter
entry-again-illegible = Nog eens Ctrl-X
entry-retype = Vel { $sheet } regel { $line } is al getypt: { $again } slaat een tweede invoer op, Esc gaat terug.
entry-beyond = Regel { $line } valt buiten de { $lines } regels van een papieren vel: { $again } slaat hem op, Esc gaat terug (Ctrl-T wijzigt de instelling van het vel).
entry-duplicate = Waarschijnlijk dezelfde ondertekenaar als { $places }. Nog eens Enter slaat toch op; Esc gaat terug naar de regel.
entry-likely-duplicate = ⚠ Waarschijnlijk dubbel met { $places }
entry-not-saved-error = Regel { $line } NIET opgeslagen: { $error }
entry-saved = ✓ Opgeslagen: { $what }. Nu regel { $line }.
entry-saved-complete = ✓ Opgeslagen: { $what }. Vel { $sheet } is vol ({ $count } van { $lines }): Ctrl-N begint vel { $next }.
entry-saved-illegible = vel { $sheet } regel { $line } als onleesbaar
entry-next-paper = Vel { $sheet }, regel { $line }: neem het volgende papieren vel.
entry-setup-heading = Instelling van het vel (Enter past toe, Esc annuleert)
entry-setup-number = moet een getal vanaf 1 zijn
entry-setup-session-only = De regels per vel gelden alleen voor deze sessie: { $error }
entry-setup-done = Vel { $sheet }, volgende regel { $line }.
entry-tally-complete = { $count } van { $lines } regels getypt · vel vol
entry-tally-left = { $count } van { $lines } regels getypt · nog { $left }
entry-tally = { $count ->
    [one] { $count } regel getypt op dit vel
   *[other] { $count } regels getypt op dit vel
}
entry-sheet = Vel
entry-line = Regel
entry-nothing-saved = Nog niets opgeslagen op dit vel.
entry-privacy-mode = privacymodus
entry-illegible = onleesbaar
entry-last-saved = Laatst opgeslagen:
entry-blind-heading = tweede invoer, blind
entry-blind-start = Tweede invoer van vel { $sheet }, vanaf regel { $line }: typ wat er op het papier staat. De eerste invoer wordt niet getoond.
entry-blind-none = Geen regel van dit evenement wacht op een tweede invoer in deze kluis. Typ vellen die al eerder getypt zijn (Ctrl-T stelt vel en regel in).
entry-blind-tally = { $count ->
    [one] { $count } regel getypt
   *[other] { $count } regels getypt
} · { $again } opnieuw getypt
entry-blind-differs = Regel { $line } NOG NIET opgeslagen: wijkt af van de eerste invoer in { $fields }. Lees het papier opnieuw en typ wat er staat (de velden zijn gewist), daarna { $again }.
entry-blind-differs-kind = Regel { $line } NOG NIET opgeslagen: wijkt af van de eerste invoer in of de papieren regel een handtekening is of onleesbaar. Kijk opnieuw naar het papier: Enter bewaart een handtekening, Ctrl-X een onleesbare regel.
# Named among the differing fields when the line kind differs.
entry-blind-kind-field = handtekening of onleesbaar
entry-blind-read-paper = wijkt af van de eerste invoer: typ wat er op het papier staat
entry-blind-agrees = ✓ Opgeslagen: { $what }; komt overeen met de eerste invoer, geverifieerd. Nu regel { $line }.
entry-blind-still-differs = Opgeslagen: { $what }; wijkt nog steeds af van de eerste invoer in { $fields }: blijft liggen voor een besluit. Nu regel { $line }.
entry-blind-sheet-done = Elke getypte regel van vel { $sheet } heeft nu een tweede invoer: Ctrl-N voor vel { $next }.
entry-blind-last-agrees = komt overeen, geverifieerd
entry-blind-last-differs = wijkt af in { $fields }: wacht op een besluit
entry-blind-nothing-saved = Nog niets opgeslagen in deze tweede invoer.
field-sheet = Vel
field-next-line = Volgende regel
field-lines-per-sheet = Regels per vel

## De eerste start: de kluis maken, daarna een campagne.
title-first-start = eerste start
wizard-too-short = Gebruik minstens { $min } tekens; een paar woorden is het best.
wizard-differ = De twee wachtzinnen verschillen. Typ hem opnieuw in het tweede veld.
wizard-welcome = Welkom bij fieldsign. Stap 1 van 2: maak uw kluis
wizard-encrypted = Alles wat u typt wordt versleuteld bewaard in een kluis in
wizard-choose =
    Kies een wachtzin om hem te vergrendelen. Een zin van vier of meer
    woorden is sterk en makkelijk te typen. Niemand kan hem herstellen
    als u hem vergeet.
wizard-passphrase = Wachtzin:
wizard-repeat = Herhaal hem:
wizard-strength = Sterkte:
wizard-creating = De kluis wordt gemaakt… (een seconde of twee)
wizard-keys = Tab wisselt van veld · Enter maakt de kluis
strength-empty = typ een wachtzin
strength-too-short = te kort: iedereen die de laptop in handen heeft, zou hem kunnen raden
strength-strong = sterk
strength-fair = redelijk: vier of meer woorden zouden sterker zijn
strength-weak = zwak: gebruik vier of meer woorden
setup-heading = Kluis gemaakt. Stap 2 van 2: uw campagne
setup-either = Handtekeningen horen bij een campagne. Ofwel:
setup-join-file = (een .fieldsign-bestand, bijv. op een usb-stick)
setup-skip = nu overslaan (het beginscherm biedt beide ook aan)

## De invoervelden om aan een campagne deel te nemen of er een te maken (beginscherm en eerste start).
prompt-campaign-file = Campagnebestand:
prompt-campaign-title = Titel van de campagne:
prompt-file-needed = typ het pad van het campagnebestand dat uw coördinator u gaf
prompt-joined = Deelname aan ‘{ $campaign }’. Sleutel van de coördinator { $fingerprint }: controleer hem met uw coördinator, persoonlijk of telefonisch.
prompt-title-needed = typ een titel, bijv. ‘Laat ze allemaal vrij’
prompt-created = Lokale campagne ‘{ $campaign }’ gemaakt met de standaardvelden. Volgende stap: maak een evenement (n).
prompt-join-keys = Enter deelnemen · Tab vult aan · Esc annuleren · ~ is uw thuismap
prompt-create-keys = Enter maken · Esc annuleren

## Een bestandsnaam aanvullen met Tab.
complete-none = Geen bestand of map begint zo.
complete-only = Dat is de enige naam die past: niets meer aan te vullen.
complete-several = { $count } namen passen: { $names }. Typ meer en druk dan weer op Tab.

## Bladeren in de records van een campagne.
title-browse = bladeren
order-paper = vel/regel
order-newest = nieuwste eerst
order-oldest = oudste eerst
browse-reading = de records worden gelezen…
browse-count = { $count ->
    [one] { $count } treffer
   *[other] { $count } treffers
} · gesorteerd op { $order }
browse-search = Zoeken:
browse-sorted = Gesorteerd op { $order }.
browse-no-records = Nog geen records: typ eerst een paar vellen.
browse-no-match = Niets gevonden. Esc wist de zoekopdracht.
column-event = EVENEMENT
column-sheet = VEL
column-line = REGEL
column-status = STATUS
status-ok = ok
status-illegible = onleesbaar
status-void = ONGELDIG
status-purged = opgeschoond

## Eén record: de waarden, corrigeren, ongeldig maken, de geschiedenis.
title-record = record
record-purged-refused = Dit record is aan de coördinator geleverd en uit deze kluis opgeschoond: het kan hier niet worden gewijzigd. Vraag de coördinator het te corrigeren of ongeldig te maken.
record-nothing-changed = Er is niets veranderd.
record-amended-tui = ✓ Gecorrigeerd ({ $fields }). De oude waarden blijven in de geschiedenis.
record-fix-marked = Niet opgeslagen: corrigeer de velden gemarkeerd met ✗.
record-not-saved = Niet opgeslagen: { $error }
record-void-why = Zeg waarom, bijv. ‘dubbel met vel 3 regel 4’, en druk dan op Enter.
record-voided-tui = ✓ Ongeldig gemaakt: het telt niet meer mee. De geschiedenis blijft.
record-not-voided = Niet ongeldig gemaakt: { $error }
record-typed = getypt { $time } op apparaat { $device }
record-no-origin = (de papieren regel ervan is nog niet binnen)
record-values-purged = waarden hier opgeschoond
record-entered-id = { $entered } · id { $id }
record-amend-heading = Corrigeren: wijzig de waarden, Enter slaat op, Esc annuleert
record-voided-because = Ongeldig gemaakt: { $reason }
record-void-prompt = Waarom ongeldig maken?
record-void-keys = Enter maakt ongeldig (het telt niet meer mee; de geschiedenis blijft) · Esc annuleert
record-reading-history = de geschiedenis wordt gelezen…
record-history = Geschiedenis, oudste eerst
record-history-purged = aan de coördinator geleverd; de waarden zijn hier opgeschoond
record-unsaved-amend = Er is een correctie getypt maar niet opgeslagen.
record-unsaved-void = Er is een ongeldigmaking getypt maar niet opgeslagen.
record-status-valid = geldig
record-status-illegible = onleesbaar
record-status-void = ongeldig
record-status-purged = opgeschoond
history-added = toegevoegd vel { $sheet } regel { $line }: { $values }
history-amended = gecorrigeerd { $values }
history-cleared = { $field } gewist
history-voided = ongeldig gemaakt: { $reason }
history-decided-kept = besloten: dezelfde ondertekenaar als { $others }; dit record behouden
history-decided-duplicate = besloten: dubbel met { $keep }
history-decided-different = besloten: een andere persoon dan { $others }
history-verified-kept = geverifieerd door dubbele invoer ({ $others }); dit record behouden
history-verified-entry = een invoer van dezelfde papieren regel als { $keep }, bewaard als de verificatie ervan
history-undone = een besluit teruggedraaid

## De taal van de schermen kiezen (beginscherm, l).
key-language-help = de taal van de schermen (bewaard in deze kluis)
key-language-choose-help = de schermen in deze taal tonen en hem in deze kluis bewaren
key-language-cancel-help = annuleren: de taal blijft zoals hij is
language-heading = Taal van de schermen (Enter kiest, Esc annuleert)
language-chosen = Taal: { $language }. Bewaard in deze kluis; `--lang` en FIELDSIGN_LANG kiezen nog steeds voor één keer.
language-not-kept = Taal: { $language }, alleen voor deze sessie (niet bewaard: { $error })

## Opschonen in de TUI, terwijl de thread ervan de database herschrijft.
purge-quit-after = Het opschonen herschrijft de database en wordt niet halverwege gestopt: fieldsign sluit af zodra het klaar is.
purge-vault-busy = een ander deel van fieldsign leest de kluis nog; probeer het zo opnieuw
purge-stopped = Het opschonen is gestopt: { $error }. Ontgrendel om te zien hoe ver het kwam, en schoon daarna opnieuw op als er nog records wachten.
tui-hint-join = op het beginscherm voegt j een campagnebestand toe
tui-hint-event-exists = het staat in de lijst op het beginscherm: kies het en druk op Enter
tui-hint-other-identity = om het met een ander identiteitsbestand te openen: sluit af en voer dan `fieldsign import bundle FILE --identity KEY` uit
tui-hint-larger-file = voor een groter bestand: sluit af en voer dan `fieldsign import bundle --max-size SIZE FILE` uit
dashboard-no-goal = Geen doel ingesteld (om er een in te stellen: sluit af en voer `fieldsign campaign goal` uit).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = coördinator: de apparaten van de gekozen campagne (intrekken, een ontvangstbewijs schrijven)
key-devices = apparaten
key-receipt-help = schrijf een ontvangstbewijs voor het gekozen apparaat (vraagt om het bestand)
key-receipt = ontvangstbewijs
key-receipt-path-help = het bestand van het ontvangstbewijs, bijv. op de USB-stick
key-revoke-help = trek het gekozen apparaat in (vraagt eerst, met zijn vingerafdruk)
key-revoke = intrekken
title-devices = apparaten
home-devices-coordinators = Het apparatenscherm is van de coördinator: het toont de apparaten waarvan deze kluis bundels heeft geïmporteerd.
devices-heading = Apparaten van "{ $title }"
devices-col-fingerprint = VINGERAFDRUK
devices-col-first = EERSTE
devices-col-last = LAATSTE BUNDEL
devices-col-ops = BEWERK.
devices-col-records = REGELS
devices-col-revoked = INGETROKKEN
devices-not-pinned = (geen bundel)
devices-not-pinned-help = Dit apparaat heeft hier geen bundel gestuurd (het is dat van deze kluis, of alleen bekend uit bundels van anderen): er is geen sleutel om in te trekken of om een ontvangstbewijs aan te schrijven.
devices-detail = apparaat { $device } · { $fingerprint } · eerste bundel { $first }, laatste { $last }
devices-already-revoked = Dit apparaat is al ingetrokken.
devices-revoke-ask = Het apparaat met vingerafdruk { $fingerprint } intrekken? Elke bundel die het vanaf nu ondertekent wordt geweigerd; wat het eerder stuurde blijft.
devices-receipt-for = Ontvangstbewijs voor het apparaat { $fingerprint }: het bevestigt wat deze kluis onder zijn handtekening heeft.
devices-receipt-file = Bestand:
devices-receipt-file-needed = Typ waar het ontvangstbewijs moet komen, bijv. op de USB-stick.
devices-receipt-exists = { $file } bestaat al. Nog eens Enter vervangt het; of kies een andere naam.
devices-receipt-writing = ontvangstbewijs versleutelen en schrijven…
devices-nothing-changed = { $error } Er is niets geschreven of veranderd.
