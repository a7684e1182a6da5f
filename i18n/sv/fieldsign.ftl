### fieldsign: svenska. Ordlista: docs/glossary/sv.md. "Du" är normen i svensk programvara.

-fieldsign = fieldsign

## Fel och varningar på kommandoraden.

error-prefix = fel: { $message }
warning-core-dumps = varning: kunde inte stänga av minnesdumpar ({ $reason }); en krasch kan skriva minnet till disken
error-invalid-value = fel: värdet för { $arg } är ogiltigt{ $why }; se `fieldsign --help`
error-unexpected-word = fel: ett oväntat ord angavs (visas inte: det kan vara ett värde; värden anges i --field KEY=VALUE); se `fieldsign --help`
error-internal = fel: fieldsign fick ett internt fel vid { $place }. Inget osparat skrevs; det som skärmen visade som sparat är i säkerhet. Rapportera gärna detta (utan några uppgifter om undertecknare).
error-file = fel: { $file }: { $message }
error-vault-in-use = valvet i { $dir } används av en annan fieldsign-process; stäng den först (bara en i taget kan hålla ett valv)
error-vault-closing = valvet i { $dir } hålls av en fieldsign-process som håller på att stängas; försök igen om några sekunder
error-no-vault = inget valv i { $dir }: skapa ett med `fieldsign init` (eller peka --vault / FIELDSIGN_VAULT på ett befintligt)
error-wrong-passphrase = fel lösenfras för det här valvet; försök igen (skiftläget spelar roll). Är du säker på att den är rätt kan nyckelfilen vara skadad: återställ key.age från en säkerhetskopia
error-bundles-refused = { $failed } av { $total } paket avvisades (se ovan; de ändrade ingenting); övriga importerades

## Lösenfraser.

prompt-vault-passphrase = Valvets lösenfras:{" "}
passphrase-choose = Välj { $kind ->
    [new] valvets nya lösenfras
   *[first] valvets lösenfras
}: en lång fras med flera ord är både stark och lätt att skriva.
prompt-new-passphrase = Ny lösenfras för valvet:{" "}
prompt-repeat-passphrase = Upprepa valvets lösenfras:{" "}
passphrase-short = Den är kort; vem som helst som tar datorn kan gissa den. Välj hellre 4 ord eller fler.
passphrase-mismatch = De två stämmer inte överens; försök igen.
passphrase-changed = Lösenfrasen är ändrad. Den gamla öppnar inte längre det här valvet.

## Valv och identitet.

vault-created = Skapade ett valv i { $dir }
vault-device = Enhet { $device }, fingeravtryck för signeringsnyckeln { $fingerprint }
vault-next = Nästa steg: `fieldsign campaign join FILE` (arrangör) eller `fieldsign campaign create --title …` (samordnare).
identity-exported = Valvets HEMLIGA age-identitet har skrivits till { $file } (läge 0600). Den som har den kan läsa alla paket som skickas till det här valvet: förvara den på en krypterad disk och radera den när du är klar.

## Kampanjer och evenemang.

campaign-created = Kampanjen ”{ $title }” ({ $id }) har skapats. Ge { $file } till arrangörerna: `fieldsign campaign join { $file }`; samordnarnyckelns fingeravtryck är { $fingerprint }.
campaign-joined = Gick med i ”{ $title }” ({ $id }). Samordnarnyckelns fingeravtryck { $fingerprint }: kontrollera det med din samordnare per telefon eller personligen.
campaign-none = Inga kampanjer ännu: `fieldsign campaign join FILE` eller `fieldsign campaign create --title …`.
show-role = roll
show-role-coordinator = samordnare (detta valv har kampanjens signeringsnyckel)
show-role-organizer = organisatör
show-coordinator-key = samordnarens nyckel
show-goal = mål
show-goal-signatures = underskrifter: { $count }
show-no-goal = inget satt
show-fields = fält
show-required = obligatoriskt
show-field-role = roll { $role }
show-no-events = inga än
show-event-records = poster: { $count }
show-texts = namninsamlingens text
show-no-texts = ingen: kampanjfilen har ingen text; be samordnaren om den
show-text-heading = Namninsamlingens text, { $language } ({ $number } av { $count }):

## Poster.

record-amended = { $id } har rättats.
record-voided = { $id } har ogiltigförklarats; den räknas inte längre.
csv-imported = Importerade { $count ->
    [one] { $count } namnunderskrift
   *[other] { $count } namnunderskrifter
} till ”{ $event }” (ark { $first }–{ $last }).

## Paket, kvitton, enheter.

bundle-what-all = allt som valvet innehåller
bundle-what-new = allt som samordnaren ännu inte har kvitterat
bundle-written = Skrev { $file } ({ $bytes } byte): { $ops ->
    [one] { $ops } operation
   *[other] { $ops } operationer
} ({ $adds ->
    [one] { $adds } ny rad
   *[other] { $adds } nya rader
}, { $amends ->
    [one] { $amends } rättelse
   *[other] { $amends } rättelser
}, { $voids ->
    [one] { $voids } ogiltigförklaring
   *[other] { $voids } ogiltigförklaringar
}) och { $events ->
    [one] { $events } evenemang
   *[other] { $events } evenemang
} från ”{ $title }”, { $what }, krypterat till { $recipients ->
    [one] { $recipients } samordnarmottagare
   *[other] { $recipients } samordnarmottagare
} och signerat av den här enheten ({ $fingerprint }).
bundle-empty = Obs: samordnaren har redan kvitterat allt; det här paketet innehåller inga operationer.
device-pinned = Fäste ny enhet { $device } med fingeravtrycket { $fingerprint }: kontrollera det med arrangören personligen eller per telefon.
bundle-replay = { $file }: redan importerat (upprepning): alla { $known } operationer var kända; ingenting ändrades.
bundle-imported = { $file }: importerat till ”{ $title }” från enheten { $device } ({ $fingerprint }): { $records ->
    [one] { $records } ny post
   *[other] { $records } nya poster
}, { $amends ->
    [one] { $amends } rättelse
   *[other] { $amends } rättelser
}, { $voids ->
    [one] { $voids } ogiltigförklaring
   *[other] { $voids } ogiltigförklaringar
}, { $events ->
    [one] { $events } nytt evenemang
   *[other] { $events } nya evenemang
}, { $known } redan kända, 0 konflikter; operationer från { $replicas }.
receipt-imported = Kvitto från samordnaren för ”{ $title }” ({ $created }): { $acknowledged } operationer har nu kvitterats; { $unacknowledged } återstår att skicka. `fieldsign purge --acknowledged` tar bort det som har levererats från den här datorn.
receipt-ignored = Varning: kvittot kvitterade också { $ignored } operation(er) som den här datorn aldrig har skrivit (nummer den inte har använt, eller andra enheters); de ignorerades, så purge kan inte ta bort något på grund av dem. Säg till samordnaren: en annan enhet kan ha skickat operationer i den här datorns namn.
receipt-written = Skrev { $file }: kvitterar { $count } operationer till enheten { $device } ({ $fingerprint }) för ”{ $title }”, krypterat till den enheten. Skicka tillbaka det till arrangören.
device-none = Inga enheter ännu: de fästs när deras första paket importeras.
device-revoked = Enheten { $device } ({ $fingerprint }) har återkallats: dess senare paket avvisas. Det den skickade tidigare finns kvar; gå igenom det med `fieldsign list`.

## `verify`.

verify-file = fil
verify-format = filformat
verify-campaign = kampanj
verify-device = enhet
verify-created = skapat
verify-recipients = mottagare
verify-ranges = intervall
verify-replicas = repliker
verify-operations = operationer
verify-events = evenemang
verify-signed-by = signerat av
verify-acknowledges = kvitterar
verify-signature-valid = { $format } v{ $version } (giltig signatur)
verify-device-fingerprint = { $device } fingeravtryck { $fingerprint } — { $status }
verify-device-known = känd (fäst)
verify-device-unknown = ännu okänd (import fäster den)
verify-device-revoked = ÅTERKALLAD (import skulle avvisas)
verify-device-mismatch = NYCKELN STÄMMER INTE: fäst med { $pinned } (import skulle avvisas)
verify-operation-kinds = { $ops } ({ $adds ->
    [one] { $adds } ny rad
   *[other] { $adds } nya rader
}, { $amends ->
    [one] { $amends } rättelse
   *[other] { $amends } rättelser
}, { $voids ->
    [one] { $voids } ogiltigförklaring
   *[other] { $voids } ogiltigförklaringar
})
verify-from-coordinator = kampanjens samordnare
verify-not-coordinator = INTE den här kampanjens samordnare (import skulle avvisas)
verify-acknowledged = { $ranges } ({ $count } operationer)

## Rensning.

purge-done = { $valid } levererade och rensade
purge-also = ; värdena har också tagits bort från { $lines } (räknas fortfarande som sådana)
purge-illegible-lines = { $count ->
    [one] { $count } oläslig rad
   *[other] { $count } oläsliga rader
}
purge-void-lines = { $count ->
    [one] { $count } ogiltigförklarad rad
   *[other] { $count } ogiltigförklarade rader
}
purge-and = { $first } och { $second }
purge-cleared = ; { $ops ->
    [one] { $ops } operation rensad
   *[other] { $ops } operationer rensade
}; { $waiting ->
    [one] { $waiting } post väntar
   *[other] { $waiting } poster väntar
} på ett kvitto.
purge-rewritten = Databasen har skrivits om utan dem.
purge-nothing = Inget att rensa: importera först ett kvitto från samordnaren (`fieldsign import receipt FILE`).

## Rapporter, leveransexport, dubbletter.

report-all = alla
report-event = evenemang { $name } { $date }
report-device = enhet { $device }
report-by-country = giltiga per land: { $countries }
report-purged = { $count } levererade och rensade från det här valvet (räknade, värden borttagna).
export-written = Skrev { $count ->
    [one] { $count } giltig namnunderskrift
   *[other] { $count } giltiga namnunderskrifter
} från ”{ $title }” till { $file }.
export-plain-warning = VARNING: { $file } är KLARTEXT: vem som helst som får tag i den kan läsa varje undertecknares namn och kontaktuppgifter. Leverera den via en säker kanal och radera den när du är klar.
export-purged-left-out = { $count ->
    [one] { $count } rensad post utelämnades: dess värden finns bara hos samordnaren.
   *[other] { $count } rensade poster utelämnades: deras värden finns bara hos samordnaren.
}
dedupe-none = Inga troliga dubbletter bland { $count ->
    [one] { $count } giltig post
   *[other] { $count } giltiga poster
}.
dedupe-none-likely = Inga troliga dubbletter bland { $count ->
    [one] { $count } giltig post
   *[other] { $count } giltiga poster
} (`--possible` listar också par som är värda en granskning).
dedupe-groups = { $count ->
    [one] { $count } grupp
   *[other] { $count } grupper
} med troliga dubbletter, de säkraste först. Kontrollera pappersarken och ogiltigförklara de överflödiga med `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } grupp
   *[other] { $count } grupper
} med troliga eller möjliga dubbletter, de säkraste först. Kontrollera pappersarken och ogiltigförklara de överflödiga med `fieldsign void ID --reason "duplicate of …"`.

## Andra fel från valvet

error-already-exists = det finns redan ett valv i { $dir }; använd det, eller välj en annan mapp med --vault
error-unknown-campaign = ingen kampanj matchar angiven --campaign (visas inte: det kan vara ett värde); `fieldsign campaign list` visar dem, `fieldsign campaign join FILE` ansluter dig till en
error-no-campaigns = det här valvet har ingen kampanj ännu; gå med i en med `fieldsign campaign join FILE` eller skapa en med `fieldsign campaign create`
error-campaign-needed = det här valvet har flera kampanjer ({ $campaigns }); välj en med --campaign
error-ambiguous-campaign = angiven --campaign matchar flera kampanjer ({ $matches }); ange id:t i stället
error-unknown-event = inget evenemang i den här kampanjen matchar angiven --event (visas inte: det kan vara ett värde); `fieldsign event list` visar dem, `fieldsign event create` lägger till ett
error-ambiguous-event = angiven --event matchar flera evenemang ({ $matches }); ange id:t i stället
error-unknown-record = ingen post med id { $id } i det här valvet; `fieldsign list` visar id:na

## Terminalgränssnittet (src/tui). Tangentnamn (Enter, Esc, Tab, Ctrl-L) skrivs som på tangenterna.
## Tangenttabeller: ”-help” är raden i F1-hjälpen, den korta formen är ordet i sidfoten.
key-privacy-help = integritetsläge: dölj tidigare posters personfält
key-lock-help = lås nu; låser sig också själv efter en stund utan tangenttryck
key-lock = lås
key-quit-help = avsluta (frågar först om något är halvskrivet)
key-quit = avsluta
key-help-help = den här hjälpen (? bara där inget textfält har fokus)
key-help = hjälp
key-quit-lose = avsluta och förlora det
key-go-back-to-it = gå tillbaka till det
key-close-help-help = stäng den här hjälpen
key-close-help = stäng hjälpen
key-unlock-help = lås upp med den inskrivna lösenfrasen
key-unlock = lås upp
key-home-choose-help = välj en kampanj eller ett evenemang
key-first-last-help = listans första / sista rad
key-home-open-help = på ett evenemang: skriv in dess ark; på en kampanj: bläddra i den
key-type-sheets = skriv in ark
key-new-event-help = skapa ett evenemang i den valda kampanjen
key-new-event = nytt evenemang
key-browse-help = bläddra i, sök i och rätta kampanjens poster
key-browse = bläddra
key-join-help = gå med i en kampanj från en fil från din samordnare
key-join = gå med
key-create-help = skapa en lokal kampanj
key-create = skapa
key-export-help = exportera ett paket från den valda kampanjen till samordnaren
key-export = exportera
key-import-help = importera ett paket (samordnare) eller ett kvitto (arrangör)
key-petition-help = läs kampanjens namninsamlingstext (för att läsa upp den för den som skriver under)
key-dashboard-help = samordnare: översikten över den valda kampanjen
key-second-entry-help = på ett evenemang: skriv in dess ark igen, blint (dubbel inmatning)
key-create-event-help = skapa evenemanget
key-confirm = bekräfta
key-next-field = nästa fält
key-cancel-event-help = avbryt: inget evenemang skapas
key-cancel = avbryt
key-confirm-prompt-help = bekräfta det inskrivna
key-complete = komplettera
key-cancel-prompt-help = avbryt inmatningen
key-complete-help = komplettera det fil- eller mappnamn som hittills skrivits
key-next-field-help = nästa fält (Shift-Tab och ↑ ↓ flyttar också)
key-type = skriv
key-search-help = sök medan du skriver (alla fält; utan hänsyn till accenter och skiftläge)
key-search = sök
key-move-help = flytta i listan
key-choose = välj
key-page-help = en sida upp / ned
key-first-last-record-help = första / sista posten
key-open-record-help = öppna posten: rätta, ogiltigförklara, historik
key-open = öppna
key-sort-help = ordning: ark/rad, nyaste först, äldsta först
key-sort = sortera
key-clear-search-help = rensa sökningen, sedan tillbaka
key-back = tillbaka
key-count-again-help = räkna om (efter import av paket)
key-count-again = räkna om
key-back-campaigns-help = tillbaka till kampanjerna
key-entry-field-help = nästa / föregående fält (även ↓ ↑)
key-save-line-help = spara raden (på disk först); två gånger: spara en dubblett
key-save = spara
key-illegible-help = spara den här pappersraden som oläslig eller överstruken
key-illegible = oläslig
key-next-sheet-help = börja på nästa pappersark
key-next-sheet = nästa ark
key-sheet-setup-help = inställning av ark: arknummer, nästa rad, rader per ark
key-clear-line-help = töm hela raden; Ctrl-U tömmer ett fält
key-browse-event-help = bläddra i och rätta det här evenemangets poster
key-petition-entry-help = namninsamlingstexten, att läsa upp för den som skriver under; Esc går tillbaka
key-tick-help = kryssa i / ur ett kryssfält
key-entry-back-help = tillbaka till start (frågar först om raden är halvskriven)
key-all-keys = alla tangenter
key-apply-setup-help = använd arknummer, nästa rad och rader per ark
key-apply = använd
key-next = nästa
key-cancel-setup-help = avbryt: arket förblir som det var
key-export-path-help = var paketet ska skrivas (~ är din hemmapp)
key-write-help = skriv den (frågar innan en fil ersätts)
key-write-file = skriv fil
key-all-new-help = allt som förvaras, eller bara det som inte är kvitterat
key-all-new = allt / nytt
key-import-path-help = sökvägen till paket- eller kvittofilen (~ är din hemmapp)
key-import-it-help = kontrollera och importera den
key-import = importera
key-purge-delivered-help = rensning: ta bort de personuppgifter som samordnaren har kvitterat från den här datorn (frågar först)
key-purge-delivered = rensa det levererade
key-next-language-help = texten på kampanjens nästa språk
key-next-language = nästa språk
key-scroll-help = rulla en text som är längre än fönstret
key-scroll = rulla
key-purge-now-help = rensa nu: värdena tas bort från den här datorn för gott
key-purge-now = rensa, kan inte ångras
key-keep-help = behåll allt och gå tillbaka
key-keep = behåll och gå tillbaka
key-amend-help = rätta: ändra värden (de gamla finns kvar i historiken)
key-amend = rätta
key-void-help = ogiltigförklara med en motivering: posten räknas inte längre
key-void = ogiltigförklara
key-history-help = visa eller dölj ändringshistoriken
key-history = historik
key-back-list-help = tillbaka till listan
key-save-amendment-help = spara rättelsen (de gamla värdena finns kvar i historiken)
key-cancel-nothing-help = avbryt: inget ändras
key-void-reason-help = ogiltigförklara med den inskrivna motiveringen (posten räknas inte längre; historiken finns kvar)
key-switch-field-help = växla mellan de två fälten för lösenfrasen
key-switch-field = byt fält
key-wizard-next-help = nästa fält, sedan skapa valvet
key-join-file = gå med från fil
key-create-campaign = skapa kampanj
key-skip-help = hoppa över det här steget (startskärmen erbjuder båda också)
key-skip = hoppa över

## Ramen runt varje skärm.
tui-privacy-on = INTEGRITET PÅ
tui-quit-anyway = Avsluta ändå och förlora det?
tui-quit-title = Avsluta?
tui-too-small = Fönstret är för litet ({ $size }; behöver { $needs }).
tui-too-small-keys =
    Gör det större för att fortsätta; till dess ignoreras tangenterna,
    utom Ctrl-L (lås) och Ctrl-Q (avsluta).
tui-too-small-sheet = Ark { $sheet } förblir öppet som det var.
tui-help-heading = Tangenter på den här skärmen ({ $screen })
tui-help-everywhere = Överallt
tui-help-close = Esc stänger den här hjälpen
tui-help-title = Hjälp

## Varför ett fälts värde avvisas: ”{ field } { problem }”. Bara regeln, aldrig det inskrivna värdet.
error-field-value = fältet `{ $field }` { $problem }
value-required = måste fyllas i
value-too-long = är för långt (högst { $graphemes } tecken och { $bytes } byte, hur tecknen än är skrivna)
value-control = innehåller styrtecken (till exempel terminalsekvenser, tabbar eller radbrytningar)
value-bidi = innehåller tecken som ändrar textriktningen (U+202A–U+202E, U+2066–U+2069 eller riktningsmärken)
value-invisible = innehåller osynliga tecken (till exempel ett blanksteg utan bredd eller ett mjukt bindestreck)
value-email = är ingen e-postadress (förväntat name@example.org)
value-phone = är inget telefonnummer (siffror, blanksteg, + - ( ) . ; 5 till 20 siffror)
value-country = är ingen landskod enligt ISO 3166 (två bokstäver, t.ex. DE, GR, IN)
value-postcode = är inget postnummer (bokstäver, siffror, blanksteg och -; högst 12)
value-date = är inget datum (förväntat ÅÅÅÅ-MM-DD)
value-checkbox = är inget värde för ett kryssfält (`yes/no, y/n, x, 1/0, true/false`)
value-choice = är inte något av: { $options }

## Fälten i arkinmatning och evenemangsformuläret: standardfältens namn och vad ett fält förväntar sig.
field-name = Namn
field-email = E-post
field-phone = Telefon
field-city = Ort
field-country = Land
field-postcode = Postnummer
field-contact-ok = Får kontaktas
field-place = Plats
field-date = Datum
hint-phone = siffror, + - ( )
hint-country = 2 bokstäver: DE, GR, IN…
hint-postcode = bokstäver, siffror, -
hint-checkbox = Blanksteg kryssar i / ur
hint-choice = något av: { $options }

## Upplåsningsskärmen.
title-locked = låst
unlock-heading = Valvet är låst.
unlock-vault = Valv:
unlock-passphrase = Lösenfras:
unlock-busy = Låser upp … (det tar med flit en sekund eller två)
unlock-hint = Skriv lösenfrasen och tryck Enter.
unlock-empty = Skriv valvets lösenfras och tryck sedan Enter.
unlock-wrong = Fel lösenfras. Försök igen (skiftläget spelar roll: kontrollera Caps Lock och tangentbordslayouten).

## Låsning och integritetsläge.
lock-idle = Låst av sig självt efter { $limit } utan tangenttryck. Lås upp för att fortsätta där du var.
lock-key = Låst (Ctrl-L). Lås upp för att fortsätta där du var.
privacy-on = Integritetsläge på: tidigare posters personfält är dolda. Ctrl-P visar dem.
privacy-off = Integritetsläge av.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s

## Skärmarnas titlar (efter ”fieldsign · ” i titelraden).
title-home = start

## Antal som visas på flera skärmar.
count-events = { $count ->
    [one] { $count } evenemang
   *[other] { $count } evenemang
}
count-lines = { $count ->
    [one] { $count } rad
   *[other] { $count } rader
}
counting = räknar …
role-coordinator = samordnare
role-organizer = arrangör

## Start: kampanjerna och deras evenemang.
home-heading = Kampanjer och evenemang
home-empty = Det finns ingen kampanj i det här valvet än.
home-empty-join = gå med i kampanjfilen som din samordnare gav dig
home-empty-create = skapa en lokal kampanj som du själv samordnar
home-new-event = nytt evenemang …
home-new-event-title = Nytt evenemang i ”{ $campaign }” (Enter skapar, Esc avbryter)
home-event-created = Evenemanget ”{ $event }” är skapat. Enter börjar inmatningen av dess ark.
home-second-entry-event = Välj först ett evenemang (↑ ↓): v skriver in dess ark igen, blint, för att verifiera dem.
home-campaign-first = Gå med i (j) eller skapa (c) en kampanj först; evenemang hör till en kampanj.
home-this-device = Den här enheten:
home-device-checked = (samordnaren kontrollerar den)
home-dashboard-coordinators = Översikten är samordnarens: den räknar allt som kommer från alla arrangörer. Det som den här datorn förvarar räknas här under listan.
standing-valid = { $count } giltiga
standing-void = { $count } ogiltigförklarade
standing-illegible = { $count } oläsliga
standing-purged = { $count } levererade och rensade
standing-unsent = { $count ->
    [one] { $count } ändring inte skickad än
   *[other] { $count } ändringar inte skickade än
}
standing-last-bundle = senaste paketet { $time }
standing-no-bundle = inget paket skrivet än
list-and = { $rest } och { $last }

## Arkinmatning. Ark- och radnummer är som på papperet.
title-entry = arkinmatning
entry-start = Ark { $sheet }, rad { $line }: skriv in den första som skrivit under. Tab byter fält, Enter sparar.
entry-continue = Fortsätter ark { $sheet } på rad { $line }. Ctrl-N börjar ark { $next }.
entry-not-saved-check = Inte sparad. Jämför raden med papperet (Ctrl-T anger radnumret) och tryck sedan Enter.
entry-unsaved-leave = Rad { $line } är skriven men inte sparad. Enter sparar den; Esc igen slänger den och går tillbaka.
entry-unsaved-next = Rad { $line } är skriven men inte sparad. Enter sparar den; Ctrl-N igen slänger den och börjar ark { $next }.
entry-unsaved-resume = Rad { $line } på ark { $sheet } är skriven men inte sparad.
entry-sheet-line = ark { $sheet } rad { $line }
entry-sheet-line-elsewhere = ark { $sheet } rad { $line } i ett annat evenemang
entry-nothing-typed = Inget skrivet på rad { $line }. Skriv in den som skrivit under, eller tryck Ctrl-X om pappersraden är oläslig eller överstruken.
entry-fix-fields = Rad { $line } inte sparad: rätta { $fields } (markerat ✗) och tryck sedan Enter.
entry-fix-marked = Rad { $line } inte sparad: rätta fälten markerade ✗ och tryck sedan Enter.
entry-again-save = Enter igen
entry-again-illegible = Ctrl-X igen
entry-retype = Ark { $sheet } rad { $line } är redan inskriven: { $again } sparar en andra inmatning, Esc går tillbaka.
entry-beyond = Rad { $line } ligger utanför pappersarkets { $lines } rader: { $again } sparar den, Esc går tillbaka (Ctrl-T ändrar arkets inställning).
entry-duplicate = Troligen samma person som { $places }. Enter igen sparar ändå; Esc går tillbaka till raden.
entry-likely-duplicate = ⚠ Trolig dubblett av { $places }
entry-not-saved-error = Rad { $line } INTE sparad: { $error }
entry-saved = ✓ Sparade { $what }. Nu rad { $line }.
entry-saved-complete = ✓ Sparade { $what }. Ark { $sheet } är fullt ({ $count } av { $lines }): Ctrl-N börjar ark { $next }.
entry-saved-illegible = ark { $sheet } rad { $line } som oläslig
entry-next-paper = Ark { $sheet }, rad { $line }: ta nästa pappersark.
entry-setup-heading = Inställning av ark (Enter använder, Esc avbryter)
entry-setup-number = måste vara ett tal från 1
entry-setup-session-only = Rader per ark gäller bara den här sessionen: { $error }
entry-setup-done = Ark { $sheet }, nästa rad { $line }.
entry-tally-complete = { $count } av { $lines } rader inskrivna · arket är fullt
entry-tally-left = { $count } av { $lines } rader inskrivna · { $left } kvar
entry-tally = { $count ->
    [one] { $count } rad inskriven på det här arket
   *[other] { $count } rader inskrivna på det här arket
}
entry-sheet = Ark
entry-line = Rad
entry-nothing-saved = Inget sparat på det här arket än.
entry-privacy-mode = integritetsläge
entry-illegible = oläslig
entry-last-saved = Senast sparad:
entry-blind-heading = andra inmatningen, blint
entry-blind-start = Andra inmatningen av ark { $sheet }, från rad { $line }: skriv det som står på papperet. Den första inmatningen visas inte.
entry-blind-none = Ingen rad i detta evenemang väntar på en andra inmatning i detta valv. Skriv in ark som skrivits in förut (Ctrl-T väljer ark och rad).
entry-blind-tally = { $count ->
    [one] { $count } rad inskriven
   *[other] { $count } rader inskrivna
} · { $again } inskrivna igen
entry-blind-differs = Rad { $line } INTE sparad än: den skiljer sig från den första inmatningen i { $fields }. Läs papperet igen och skriv det som står (fälten är tömda), sedan { $again }.
entry-blind-differs-kind = Rad { $line } INTE sparad än: den skiljer sig från den första inmatningen i om pappersraden är en underskrift eller oläslig. Titta på papperet igen: Enter sparar en underskrift, Ctrl-X en oläslig rad.
# Named among the differing fields when the line kind differs.
entry-blind-kind-field = underskrift eller oläslig
entry-blind-read-paper = skiljer sig från den första inmatningen: skriv det som står på papperet
entry-blind-agrees = ✓ Sparade { $what }; stämmer med den första inmatningen, verifierad. Nu rad { $line }.
entry-blind-still-differs = Sparade { $what }; skiljer sig fortfarande från den första inmatningen i { $fields }: lämnas för avgörande. Nu rad { $line }.
entry-blind-sheet-done = Varje inskriven rad på ark { $sheet } har nu en andra inmatning: Ctrl-N för ark { $next }.
entry-blind-last-agrees = stämmer, verifierad
entry-blind-last-differs = skiljer sig i { $fields }: lämnas för avgörande
entry-blind-nothing-saved = Inget sparat i den här andra inmatningen än.
field-sheet = Ark
field-next-line = Nästa rad
field-lines-per-sheet = Rader per ark

## Första start: valvet skapas, sedan en kampanj.
title-first-start = första start
wizard-too-short = Använd minst { $min } tecken; flera ord är bäst.
wizard-differ = De två lösenfraserna skiljer sig åt. Skriv den igen i det andra fältet.
wizard-welcome = Välkommen till fieldsign. Steg 1 av 2: skapa ditt valv
wizard-encrypted = Allt du skriver förvaras krypterat i ett valv i
wizard-choose =
    Välj en lösenfras att låsa det med. En fras på fyra eller fler ord
    är stark och lätt att skriva. Ingen kan återställa den om den glöms bort.
wizard-passphrase = Lösenfras:
wizard-repeat = Upprepa den:
wizard-strength = Styrka:
wizard-creating = Skapar valvet … (en sekund eller två)
wizard-keys = Tab byter fält · Enter skapar valvet
strength-empty = skriv en lösenfras
strength-too-short = för kort: vem som helst med datorn i handen kunde gissa den
strength-strong = stark
strength-fair = godtagbar: fyra eller fler ord vore starkare
strength-weak = svag: använd fyra eller fler ord
setup-heading = Valvet är skapat. Steg 2 av 2: din kampanj
setup-either = Namnunderskrifter hör till en kampanj. Antingen:
setup-join-file = (en .fieldsign-fil, t.ex. på ett USB-minne)
setup-skip = hoppa över tills vidare (startskärmen erbjuder båda också)

## Inmatningsfälten för att gå med i eller skapa en kampanj (start och första start).
prompt-campaign-file = Kampanjfil:
prompt-campaign-title = Kampanjens titel:
prompt-file-needed = skriv sökvägen till kampanjfilen som din samordnare gav dig
prompt-joined = Gick med i ”{ $campaign }”. Samordnarens nyckel { $fingerprint }: kontrollera den med din samordnare personligen eller per telefon.
prompt-title-needed = skriv en titel, t.ex. ”Frihet åt alla”
prompt-created = Den lokala kampanjen ”{ $campaign }” är skapad med standardfälten. Nästa steg: skapa ett evenemang (n).
prompt-join-keys = Enter gå med · Tab kompletterar · Esc avbryt · ~ är din hemmapp
prompt-create-keys = Enter skapa · Esc avbryt

## Komplettering av ett filnamn med Tab.
complete-none = Ingen fil eller mapp börjar så.
complete-only = Det är det enda namnet som passar: inget mer att komplettera.
complete-several = { $count } namn passar: { $names }. Skriv mer och tryck Tab igen.

## Bläddra i en kampanjs poster.
title-browse = bläddra
order-paper = ark/rad
order-newest = nyaste först
order-oldest = äldsta först
browse-reading = läser posterna …
browse-count = { $count ->
    [one] { $count } träff
   *[other] { $count } träffar
} · sorterat efter { $order }
browse-search = Sök:
browse-sorted = Sorterat efter { $order }.
browse-no-records = Inga poster än: skriv in några ark först.
browse-no-match = Inget passar. Esc rensar sökningen.
column-event = EVENEMANG
column-sheet = ARK
column-line = RAD
column-status = LÄGE
status-ok = ok
status-illegible = oläslig
status-void = OGILTIG
status-purged = rensad

## En post: dess värden, rättelse, ogiltigförklaring, historik.
title-record = post
record-purged-refused = Den här posten är levererad till samordnaren och rensad från det här valvet: den kan inte ändras här. Be samordnaren rätta eller ogiltigförklara den.
record-nothing-changed = Inget ändrades.
record-amended-tui = ✓ Rättad ({ $fields }). De gamla värdena finns kvar i historiken.
record-fix-marked = Inte sparad: rätta fälten markerade ✗.
record-not-saved = Inte sparad: { $error }
record-void-why = Skriv varför, t.ex. ”dubblett av ark 3 rad 4”, och tryck sedan Enter.
record-voided-tui = ✓ Ogiltigförklarad: den räknas inte längre. Dess historik finns kvar.
record-not-voided = Inte ogiltigförklarad: { $error }
record-typed = inskriven { $time } på enheten { $device }
record-no-origin = (dess pappersrad har inte kommit än)
record-values-purged = värdena rensade här
record-entered-id = { $entered } · id { $id }
record-amend-heading = Rätta: ändra värdena, Enter sparar, Esc avbryter
record-voided-because = Ogiltigförklarad: { $reason }
record-void-prompt = Varför ogiltigförklara den?
record-void-keys = Enter ogiltigförklarar (den räknas inte längre; historiken finns kvar) · Esc avbryter
record-reading-history = läser historiken …
record-history = Historik, äldsta först
record-history-purged = levererad till samordnaren; dess värden är rensade här
record-unsaved-amend = En rättelse är skriven men inte sparad.
record-unsaved-void = En ogiltigförklaring är skriven men inte sparad.
record-status-valid = giltig
record-status-illegible = oläslig
record-status-void = ogiltigförklarad
record-status-purged = rensad
history-added = lade till ark { $sheet } rad { $line }: { $values }
history-amended = rättade { $values }
history-cleared = { $field } tömt
history-voided = ogiltigförklarad: { $reason }
history-decided-kept = avgjord som samma person som { $others }; den här behölls
history-decided-duplicate = avgjord som dubblett av { $keep }
history-decided-different = avgjord som en annan person än { $others }
history-verified-kept = verifierad genom dubbel inmatning ({ $others }); den här behölls
history-verified-entry = en inmatning av samma pappersrad som { $keep }, behållen som dess verifiering
history-undone = ett avgörande ångrat

## Val av skärmarnas språk (start, l).
key-language-help = skärmarnas språk (sparas i det här valvet)
key-language-choose-help = visa skärmarna på det här språket och spara det i det här valvet
key-language-cancel-help = avbryt: språket förblir som det är
language-heading = Skärmarnas språk (Enter väljer, Esc avbryter)
language-chosen = Språk: { $language }. Sparat i det här valvet; `--lang` och FIELDSIGN_LANG väljer fortfarande för en körning.
language-not-kept = Språk: { $language }, bara för den här sessionen (inte sparat: { $error })

## Rensning i TUI:n, medan dess tråd skriver om databasen.
purge-quit-after = Rensningen skriver om databasen och avbryts inte halvvägs: fieldsign avslutas så snart den är klar.
purge-vault-busy = en annan del av fieldsign läser fortfarande valvet; försök igen om en stund
purge-stopped = Rensningen stoppade: { $error }. Lås upp för att se hur långt den kom, och rensa igen om poster fortfarande väntar.
tui-hint-join = på startskärmen lägger j till en kampanjfil
tui-hint-event-exists = det finns i listan på startskärmen: välj det och tryck Enter
tui-hint-other-identity = för att öppna den med en annan identitetsfil: avsluta och kör sedan `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = för en större fil: avsluta och kör sedan `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = Inget mål satt (för att sätta ett: avsluta och kör `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = samordnare: den valda kampanjens enheter (återkalla, skriv ett kvitto)
key-devices = enheter
key-receipt-help = skriv ett kvitto till den valda enheten (frågar efter filen)
key-receipt = kvitto
key-receipt-path-help = kvittots fil, t.ex. på USB-minnet
key-revoke-help = återkalla den valda enheten (frågar först och visar dess fingeravtryck)
key-revoke = återkalla
title-devices = enheter
home-devices-coordinators = Enhetsskärmen är samordnarens: den visar enheterna vars paket detta valv har importerat.
devices-heading = Enheter i ”{ $title }”
devices-col-fingerprint = FINGERAVTRYCK
devices-col-first = FÖRSTA
devices-col-last = SENASTE PAKET
devices-col-ops = ÅTG.
devices-col-records = POSTER
devices-col-revoked = ÅTERKALLAD
devices-not-pinned = (inget paket)
devices-not-pinned-help = Den här enheten har inte skickat något paket hit (den är valvets egen, eller känd bara från andras paket): den har ingen nyckel att återkalla eller skriva ett kvitto till.
devices-detail = enhet { $device } · { $fingerprint } · första paket { $first }, senaste { $last }
devices-already-revoked = Den här enheten är redan återkallad.
devices-revoke-ask = Återkalla enheten med fingeravtryck { $fingerprint }? Varje paket den signerar från och med nu avvisas; det den skickat tidigare finns kvar.
devices-receipt-for = Kvitto till enheten { $fingerprint }: det bekräftar vad detta valv har under dess signatur.
devices-receipt-file = Fil:
devices-receipt-file-needed = Skriv var kvittot ska sparas, t.ex. på USB-minnet.
devices-receipt-exists = { $file } finns. Enter igen ersätter den; eller byt namn.
devices-receipt-writing = kvittot krypteras och skrivs…
devices-nothing-changed = { $error } Inget skrevs eller ändrades.
