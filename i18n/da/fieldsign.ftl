### fieldsign: dansk. Ordliste: docs/glossary/da.md. "Du" er normen i dansk software.

-fieldsign = fieldsign

## Fejl og advarsler på kommandolinjen.

error-prefix = fejl: { $message }
warning-core-dumps = advarsel: kunne ikke slå kernedumps fra ({ $reason }); et nedbrud kan skrive hukommelsen til disken
error-invalid-value = fejl: værdien til { $arg } er ugyldig{ $why }; se `fieldsign --help`
error-unexpected-word = fejl: der blev angivet et uventet ord (ikke vist: det kan være en værdi; værdier angives i --field KEY=VALUE); se `fieldsign --help`
error-internal = fejl: fieldsign ramte en intern fejl ved { $place }. Intet ikke-gemt blev skrevet; det, skærmen viste som gemt, er i sikkerhed. Rapportér det venligst (uden nogen data om underskrivere).
error-file = fejl: { $file }: { $message }
error-vault-in-use = boksen i { $dir } bruges af en anden fieldsign-proces; luk den først (kun én ad gangen kan holde en boks)
error-vault-closing = boksen i { $dir } holdes af en fieldsign-proces, der er ved at lukke; prøv igen om et par sekunder
error-no-vault = ingen boks i { $dir }: opret en med `fieldsign init` (eller peg --vault / FIELDSIGN_VAULT på en eksisterende)
error-wrong-passphrase = forkert adgangssætning til denne boks; prøv igen (der skelnes mellem store og små bogstaver). Er du sikker på, at den er rigtig, kan nøglefilen være beskadiget: gendan key.age fra en sikkerhedskopi
error-bundles-refused = { $failed } af { $total } pakker blev afvist (se ovenfor; de ændrede intet); de øvrige blev importeret

## Adgangssætninger.

prompt-vault-passphrase = Boksens adgangssætning:{" "}
passphrase-choose = Vælg { $kind ->
    [new] boksens nye adgangssætning
   *[first] boksens adgangssætning
}: en lang sætning på flere ord er både stærk og let at skrive.
prompt-new-passphrase = Ny adgangssætning til boksen:{" "}
prompt-repeat-passphrase = Gentag boksens adgangssætning:{" "}
passphrase-short = Den er kort; alle, der tager den bærbare, kan gætte den. Brug hellere 4 ord eller flere.
passphrase-mismatch = De to er ikke ens; prøv igen.
passphrase-changed = Adgangssætningen er ændret. Den gamle åbner ikke længere denne boks.

## Boks og identitet.

vault-created = Oprettede en boks i { $dir }
vault-device = Enhed { $device }, fingeraftryk for signeringsnøglen { $fingerprint }
vault-next = Næste skridt: `fieldsign campaign join FILE` (arrangør) eller `fieldsign campaign create --title …` (koordinator).
identity-exported = Boksens HEMMELIGE age-identitet er skrevet til { $file } (tilstand 0600). Den, der har den, kan læse alle pakker sendt til denne boks: opbevar den på en krypteret disk, og slet den, når du er færdig.

## Kampagner og begivenheder.

campaign-created = Kampagnen »{ $title }« ({ $id }) er oprettet. Giv { $file } til arrangørerne: `fieldsign campaign join { $file }`; koordinatornøglens fingeraftryk er { $fingerprint }.
campaign-joined = Tilsluttet »{ $title }« ({ $id }). Koordinatornøglens fingeraftryk { $fingerprint }: tjek det med din koordinator pr. telefon eller personligt.
campaign-none = Ingen kampagner endnu: `fieldsign campaign join FILE` eller `fieldsign campaign create --title …`.
show-role = rolle
show-role-coordinator = koordinator (denne boks har kampagnens signeringsnøgle)
show-role-organizer = organisator
show-coordinator-key = koordinatorens nøgle
show-goal = mål
show-goal-signatures = underskrifter: { $count }
show-no-goal = ikke sat
show-fields = felter
show-required = påkrævet
show-field-role = rolle { $role }
show-no-events = ingen endnu
show-event-records = poster: { $count }
show-texts = underskriftsindsamlingens tekst
show-no-texts = ingen: kampagnefilen har ingen tekst; bed koordinatoren om den
show-text-heading = Teksten, { $language } ({ $number } af { $count }):

## Poster.

record-amended = { $id } er rettet.
record-voided = { $id } er annulleret; den tæller ikke længere.
csv-imported = Importerede { $count ->
    [one] { $count } underskrift
   *[other] { $count } underskrifter
} til »{ $event }« (ark { $first }–{ $last }).

## Pakker, kvitteringer, enheder.

bundle-what-all = alt, hvad boksen indeholder
bundle-what-new = alt, hvad koordinatoren endnu ikke har kvitteret for
bundle-written = Skrev { $file } ({ $bytes } byte): { $ops ->
    [one] { $ops } operation
   *[other] { $ops } operationer
} ({ $adds ->
    [one] { $adds } ny linje
   *[other] { $adds } nye linjer
}, { $amends ->
    [one] { $amends } rettelse
   *[other] { $amends } rettelser
}, { $voids ->
    [one] { $voids } annullering
   *[other] { $voids } annulleringer
}) og { $events ->
    [one] { $events } begivenhed
   *[other] { $events } begivenheder
} fra »{ $title }«, { $what }, krypteret til { $recipients ->
    [one] { $recipients } koordinatormodtager
   *[other] { $recipients } koordinatormodtagere
} og signeret af denne enhed ({ $fingerprint }).
bundle-empty = Bemærk: koordinatoren har allerede kvitteret for alt; denne pakke indeholder ingen operationer.
device-pinned = Fastgjorde ny enhed { $device } med fingeraftrykket { $fingerprint }: tjek det med arrangøren personligt eller pr. telefon.
bundle-replay = { $file }: allerede importeret (gentagelse): alle { $known } operationer var kendt; intet er ændret.
bundle-imported = { $file }: importeret til »{ $title }« fra enheden { $device } ({ $fingerprint }): { $records ->
    [one] { $records } ny post
   *[other] { $records } nye poster
}, { $amends ->
    [one] { $amends } rettelse
   *[other] { $amends } rettelser
}, { $voids ->
    [one] { $voids } annullering
   *[other] { $voids } annulleringer
}, { $events ->
    [one] { $events } ny begivenhed
   *[other] { $events } nye begivenheder
}, { $known } allerede kendt, 0 konflikter; operationer fra { $replicas }.
receipt-imported = Kvittering fra koordinatoren af »{ $title }« ({ $created }): { $acknowledged } operationer er nu kvitteret for; { $unacknowledged } mangler stadig at blive sendt. `fieldsign purge --acknowledged` fjerner det afleverede fra denne bærbare.
receipt-ignored = Advarsel: kvitteringen kvitterede også for { $ignored } operation(er), som denne bærbare aldrig har skrevet (numre, den ikke har brugt, eller andre enheders); de blev ignoreret, så purge kan ikke fjerne noget på grund af dem. Sig det til koordinatoren: en anden enhed kan have sendt operationer i denne bærbares navn.
receipt-written = Skrev { $file }: kvitterer for { $count } operationer til enheden { $device } ({ $fingerprint }) for »{ $title }«, krypteret til den enhed. Send den tilbage til arrangøren.
device-none = Ingen enheder endnu: de fastgøres, når deres første pakke importeres.
device-revoked = Enheden { $device } ({ $fingerprint }) er tilbagekaldt: dens senere pakker afvises. Det, den har sendt før, bliver; gennemse det med `fieldsign list`.

## `verify`.

verify-file = fil
verify-format = filformat
verify-campaign = kampagne
verify-device = enhed
verify-created = oprettet
verify-recipients = modtagere
verify-ranges = intervaller
verify-replicas = replikaer
verify-operations = operationer
verify-events = begivenheder
verify-signed-by = signeret af
verify-acknowledges = kvitterer for
verify-signature-valid = { $format } v{ $version } (gyldig signatur)
verify-device-fingerprint = { $device } fingeraftryk { $fingerprint } — { $status }
verify-device-known = kendt (fastgjort)
verify-device-unknown = endnu ukendt (import fastgør den)
verify-device-revoked = TILBAGEKALDT (import ville blive afvist)
verify-device-mismatch = NØGLEN PASSER IKKE: fastgjort med { $pinned } (import ville blive afvist)
verify-operation-kinds = { $ops } ({ $adds ->
    [one] { $adds } ny linje
   *[other] { $adds } nye linjer
}, { $amends ->
    [one] { $amends } rettelse
   *[other] { $amends } rettelser
}, { $voids ->
    [one] { $voids } annullering
   *[other] { $voids } annulleringer
})
verify-from-coordinator = kampagnens koordinator
verify-not-coordinator = IKKE denne kampagnes koordinator (import ville blive afvist)
verify-acknowledged = { $ranges } ({ $count } operationer)

## Rydning.

purge-done = { $valid } afleveret og ryddet
purge-also = ; værdierne er også fjernet fra { $lines } (tælles stadig som sådan)
purge-illegible-lines = { $count ->
    [one] { $count } ulæselig linje
   *[other] { $count } ulæselige linjer
}
purge-void-lines = { $count ->
    [one] { $count } annulleret linje
   *[other] { $count } annullerede linjer
}
purge-and = { $first } og { $second }
purge-cleared = ; { $ops ->
    [one] { $ops } operation ryddet
   *[other] { $ops } operationer ryddet
}; { $waiting ->
    [one] { $waiting } post venter
   *[other] { $waiting } poster venter
} på en kvittering.
purge-rewritten = Databasen er skrevet om uden dem.
purge-nothing = Intet at rydde: importér først en kvittering fra koordinatoren (`fieldsign import receipt FILE`).

## Rapporter, afleveringseksport, dubletter.

report-all = alle
report-event = begivenhed { $name } { $date }
report-device = enhed { $device }
report-by-country = gyldige pr. land: { $countries }
report-purged = { $count } afleveret og ryddet fra denne boks (talt med, værdier fjernet).
export-written = Skrev { $count ->
    [one] { $count } gyldig underskrift
   *[other] { $count } gyldige underskrifter
} fra »{ $title }« til { $file }.
export-plain-warning = ADVARSEL: { $file } er KLARTEKST: alle, der får fat i den, kan læse hver underskrivers navn og kontakt. Aflever den via en sikker kanal, og slet den, når du er færdig.
export-purged-left-out = { $count ->
    [one] { $count } ryddet post blev udeladt: dens værdier findes kun hos koordinatoren.
   *[other] { $count } ryddede poster blev udeladt: deres værdier findes kun hos koordinatoren.
}
dedupe-none = Ingen sandsynlige dubletter blandt { $count ->
    [one] { $count } gyldig post
   *[other] { $count } gyldige poster
}.
dedupe-none-likely = Ingen sandsynlige dubletter blandt { $count ->
    [one] { $count } gyldig post
   *[other] { $count } gyldige poster
} (`--possible` viser også par, der er værd at se på).
dedupe-groups = { $count ->
    [one] { $count } gruppe
   *[other] { $count } grupper
} af sandsynlige dubletter, de sikreste først. Tjek papirarkene, og annullér de overskydende med `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } gruppe
   *[other] { $count } grupper
} af sandsynlige eller mulige dubletter, de sikreste først. Tjek papirarkene, og annullér de overskydende med `fieldsign void ID --reason "duplicate of …"`.

## Andre fejl fra boksen

error-already-exists = der er allerede en boks i { $dir }; brug den, eller vælg en anden mappe med --vault
error-unknown-campaign = ingen kampagne passer til den angivne --campaign (ikke vist: det kan være en værdi); `fieldsign campaign list` viser dem, `fieldsign campaign join FILE` tilslutter dig en
error-no-campaigns = denne boks har endnu ingen kampagne; tilslut dig en med `fieldsign campaign join FILE`, eller opret en med `fieldsign campaign create`
error-campaign-needed = denne boks har flere kampagner ({ $campaigns }); vælg en med --campaign
error-ambiguous-campaign = den angivne --campaign passer til flere kampagner ({ $matches }); angiv i stedet id'et
error-unknown-event = ingen begivenhed i denne kampagne passer til den angivne --event (ikke vist: det kan være en værdi); `fieldsign event list` viser dem, `fieldsign event create` tilføjer en
error-ambiguous-event = den angivne --event passer til flere begivenheder ({ $matches }); angiv i stedet id'et
error-unknown-record = ingen post med id { $id } i denne boks; `fieldsign list` viser id'erne

## Terminalbrugerfladen (src/tui). Tastnavne (Enter, Esc, Tab, Ctrl-L) står som på tasterne.
## Tastetabeller: "-help" er F1-hjælpens linje, den korte form er ordet i bundlinjen.
key-privacy-help = privatlivstilstand: skjul tidligere posters personlige felter
key-lock-help = lås nu; låser også af sig selv efter et stykke tid uden tastetryk
key-lock = lås
key-quit-help = afslut (spørger først, hvis noget er halvt indtastet)
key-quit = afslut
key-help-help = denne hjælp (? kun hvor intet tekstfelt har fokus)
key-help = hjælp
key-quit-lose = afslut og mist det
key-go-back-to-it = gå tilbage til det
key-close-help-help = luk denne hjælp
key-close-help = luk hjælp
key-unlock-help = lås op med den indtastede adgangssætning
key-unlock = lås op
key-home-choose-help = vælg en kampagne eller begivenhed
key-first-last-help = listens første / sidste linje
key-home-open-help = på en begivenhed: indtast dens ark; på en kampagne: gennemse den
key-type-sheets = indtast ark
key-new-event-help = opret en begivenhed i den valgte kampagne
key-new-event = ny begivenhed
key-browse-help = gennemse, søg i og ret kampagnens poster
key-browse = gennemse
key-join-help = tilslut dig en kampagne fra en fil fra din koordinator
key-join = tilslut
key-create-help = opret en lokal kampagne
key-create = opret
key-export-help = eksportér en pakke fra den valgte kampagne til koordinatoren
key-export = eksportér
key-import-help = importér en pakke (koordinator) eller en kvittering (arrangør)
key-petition-help = læs kampagnens underskriftstekst (for at læse den op for en underskriver)
key-dashboard-help = koordinator: oversigten over den valgte kampagne
key-second-entry-help = på en begivenhed: indtast dens ark igen, blindt (dobbelt indtastning)
key-create-event-help = opret begivenheden
key-confirm = bekræft
key-next-field = næste felt
key-cancel-event-help = afbryd: ingen begivenhed oprettes
key-cancel = afbryd
key-confirm-prompt-help = bekræft indtastningen
key-complete = fuldfør
key-cancel-prompt-help = afbryd indtastningen
key-complete-help = fuldfør det fil- eller mappenavn, der er skrevet indtil nu
key-next-field-help = næste felt (Shift-Tab og ↑ ↓ flytter også)
key-type = skriv
key-search-help = søg mens du skriver (alle felter; uden hensyn til accenter og store/små bogstaver)
key-search = søg
key-move-help = flyt i listen
key-choose = vælg
key-page-help = en side op / ned
key-first-last-record-help = første / sidste post
key-open-record-help = åbn posten: ret, annullér, historik
key-open = åbn
key-sort-help = rækkefølge: ark/linje, nyeste først, ældste først
key-sort = sortér
key-clear-search-help = ryd søgningen, derefter tilbage
key-back = tilbage
key-count-again-help = tæl igen (efter import af pakker)
key-count-again = tæl igen
key-back-campaigns-help = tilbage til kampagnerne
key-entry-field-help = næste / forrige felt (også ↓ ↑)
key-save-line-help = gem linjen (på disken først); to gange: gem en dublet
key-save = gem
key-illegible-help = gem denne papirlinje som ulæselig eller overstreget
key-illegible = ulæselig
key-next-sheet-help = begynd på næste papirark
key-next-sheet = næste ark
key-sheet-setup-help = opsætning af ark: arknummer, næste linje, linjer pr. ark
key-clear-line-help = ryd hele linjen; Ctrl-U rydder ét felt
key-browse-event-help = gennemse og ret denne begivenheds poster
key-petition-entry-help = underskriftsteksten, til at læse op for en underskriver; Esc går tilbage
key-tick-help = sæt / fjern flueben i et afkrydsningsfelt
key-entry-back-help = tilbage til start (spørger først, hvis linjen er halvt indtastet)
key-all-keys = alle taster
key-apply-setup-help = anvend arknummer, næste linje og linjer pr. ark
key-apply = anvend
key-next = næste
key-cancel-setup-help = afbryd: arket forbliver, som det var
key-export-path-help = hvor pakken skal skrives (~ er din hjemmemappe)
key-write-help = skriv den (spørger, før en fil erstattes)
key-write-file = skriv fil
key-all-new-help = alt, der opbevares, eller kun det, der ikke er kvitteret for
key-all-new = alt / nyt
key-import-path-help = stien til pakke- eller kvitteringsfilen (~ er din hjemmemappe)
key-import-it-help = kontrollér og importér den
key-import = importér
key-purge-delivered-help = rydning: fjern de personoplysninger fra denne bærbare, som koordinatoren har kvitteret for (spørger først)
key-purge-delivered = ryd det leverede
key-next-language-help = teksten på kampagnens næste sprog
key-next-language = næste sprog
key-scroll-help = rul en tekst, der er længere end vinduet
key-scroll = rul
key-purge-now-help = ryd nu: værdierne fjernes fra denne bærbare for altid
key-purge-now = ryd, kan ikke fortrydes
key-keep-help = behold alt og gå tilbage
key-keep = behold og gå tilbage
key-amend-help = ret: ændr værdier (de gamle bliver i historikken)
key-amend = ret
key-void-help = annullér med en begrundelse: posten tæller ikke længere
key-void = annullér
key-history-help = vis eller skjul ændringshistorikken
key-history = historik
key-back-list-help = tilbage til listen
key-save-amendment-help = gem rettelsen (de gamle værdier bliver i historikken)
key-cancel-nothing-help = afbryd: intet ændres
key-void-reason-help = annullér med den indtastede begrundelse (posten tæller ikke længere; historikken bliver)
key-switch-field-help = skift mellem de to felter til adgangssætningen
key-switch-field = skift felt
key-wizard-next-help = næste felt, derefter opret boksen
key-join-file = tilslut fil
key-create-campaign = opret kampagne
key-skip-help = spring dette trin over (startskærmen tilbyder også begge dele)
key-skip = spring over

## Rammen om hver skærm.
tui-privacy-on = PRIVATLIV TIL
tui-quit-anyway = Afslut alligevel og mist det?
tui-quit-title = Afslut?
tui-too-small = Vinduet er for lille ({ $size }; kræver { $needs }).
tui-too-small-keys =
    Gør det større for at fortsætte; indtil da ignoreres taster,
    undtagen Ctrl-L (lås) og Ctrl-Q (afslut).
tui-too-small-sheet = Ark { $sheet } forbliver åbent, som det var.
tui-help-heading = Taster på denne skærm ({ $screen })
tui-help-everywhere = Overalt
tui-help-close = Esc lukker denne hjælp
tui-help-title = Hjælp

## Hvorfor et felts værdi afvises: "{ field } { problem }". Kun reglen, aldrig den indtastede værdi.
error-field-value = feltet `{ $field }` { $problem }
value-required = skal udfyldes
value-too-long = er for langt (højst { $graphemes } tegn og { $bytes } byte, uanset hvordan tegnene er skrevet)
value-control = indeholder kontroltegn (fx terminal-escapes, tabulatorer eller linjeskift)
value-bidi = indeholder tegn, der ændrer tekstretningen (U+202A–U+202E, U+2066–U+2069 eller retningsmærker)
value-invisible = indeholder usynlige tegn (fx et mellemrum uden bredde eller en blød bindestreg)
value-email = er ikke en e-mailadresse (forventet name@example.org)
value-phone = er ikke et telefonnummer (cifre, mellemrum, + - ( ) . ; 5 til 20 cifre)
value-country = er ikke en landekode efter ISO 3166 (to bogstaver, fx DE, GR, IN)
value-postcode = er ikke et postnummer (bogstaver, cifre, mellemrum og -; højst 12)
value-date = er ikke en dato (forventet ÅÅÅÅ-MM-DD)
value-checkbox = er ikke en værdi for et afkrydsningsfelt (`yes/no, y/n, x, 1/0, true/false`)
value-choice = er ikke en af: { $options }

## Felterne i arkindtastning og begivenhedsformularen: standardfelternes navne og hvad et felt forventer.
field-name = Navn
field-email = E-mail
field-phone = Telefon
field-city = By
field-country = Land
field-postcode = Postnummer
field-contact-ok = Må kontaktes
field-place = Sted
field-date = Dato
hint-phone = cifre, + - ( )
hint-country = 2 bogstaver: DE, GR, IN…
hint-postcode = bogstaver, cifre, -
hint-checkbox = Mellemrum sætter / fjerner flueben
hint-choice = en af: { $options }

## Oplåsningsskærmen.
title-locked = låst
unlock-heading = Boksen er låst.
unlock-vault = Boks:
unlock-passphrase = Adgangssætning:
unlock-busy = Låser op … (det tager med vilje et sekund eller to)
unlock-hint = Skriv adgangssætningen, og tryk på Enter.
unlock-empty = Skriv boksens adgangssætning, og tryk derefter på Enter.
unlock-wrong = Forkert adgangssætning. Prøv igen (der skelnes mellem store og små bogstaver: tjek Caps Lock og tastaturlayoutet).

## Låsning og privatlivstilstand.
lock-idle = Låst af sig selv efter { $limit } uden tastetryk. Lås op for at fortsætte, hvor du slap.
lock-key = Låst (Ctrl-L). Lås op for at fortsætte, hvor du slap.
privacy-on = Privatlivstilstand til: tidligere posters personlige felter er skjult. Ctrl-P viser dem.
privacy-off = Privatlivstilstand fra.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s

## Skærmenes titler (efter "fieldsign · " i titellinjen).
title-home = start

## Antal, der vises på flere skærme.
count-events = { $count ->
    [one] { $count } begivenhed
   *[other] { $count } begivenheder
}
count-lines = { $count ->
    [one] { $count } linje
   *[other] { $count } linjer
}
counting = tæller …
role-coordinator = koordinator
role-organizer = arrangør

## Start: kampagnerne og deres begivenheder.
home-heading = Kampagner og begivenheder
home-empty = Der er endnu ingen kampagne i denne boks.
home-empty-join = tilslut dig den kampagnefil, din koordinator gav dig
home-empty-create = opret en lokal kampagne, som du selv koordinerer
home-new-event = ny begivenhed …
home-new-event-title = Ny begivenhed i »{ $campaign }« (Enter opretter, Esc afbryder)
home-event-created = Begivenheden »{ $event }« er oprettet. Enter begynder indtastningen af dens ark.
home-second-entry-event = Vælg først en begivenhed (↑ ↓): v indtaster dens ark igen, blindt, for at bekræfte dem.
home-campaign-first = Tilslut dig (j) eller opret (c) en kampagne først; begivenheder hører til en kampagne.
home-this-device = Denne enhed:
home-device-checked = (koordinatoren kontrollerer den)
home-dashboard-coordinators = Oversigten er koordinatorens: den tæller alt, hvad der kommer fra alle arrangører. Det, denne bærbare opbevarer, tælles her under listen.
standing-valid = { $count } gyldige
standing-void = { $count } annullerede
standing-illegible = { $count } ulæselige
standing-purged = { $count } leveret og ryddet
standing-unsent = { $count ->
    [one] { $count } ændring endnu ikke sendt
   *[other] { $count } ændringer endnu ikke sendt
}
standing-last-bundle = seneste pakke { $time }
standing-no-bundle = ingen pakke skrevet endnu
list-and = { $rest } og { $last }

## Arkindtastning. Ark- og linjenumre er som på papiret.
title-entry = arkindtastning
entry-start = Ark { $sheet }, linje { $line }: indtast den første underskriver. Tab skifter felt, Enter gemmer.
entry-continue = Fortsætter ark { $sheet } ved linje { $line }. Ctrl-N begynder ark { $next }.
entry-not-saved-check = Ikke gemt. Tjek linjen mod papiret (Ctrl-T sætter linjenummeret), og tryk så Enter.
entry-unsaved-leave = Linje { $line } er indtastet, men ikke gemt. Enter gemmer den; Esc igen kasserer den og går tilbage.
entry-unsaved-next = Linje { $line } er indtastet, men ikke gemt. Enter gemmer den; Ctrl-N igen kasserer den og begynder ark { $next }.
entry-unsaved-resume = Linje { $line } på ark { $sheet } er indtastet, men ikke gemt.
entry-sheet-line = ark { $sheet } linje { $line }
entry-sheet-line-elsewhere = ark { $sheet } linje { $line } i en anden begivenhed
entry-nothing-typed = Intet indtastet på linje { $line }. Indtast underskriveren, eller tryk Ctrl-X, hvis papirlinjen er ulæselig eller overstreget.
entry-fix-fields = Linje { $line } ikke gemt: ret { $fields } (markeret ✗), og tryk så Enter.
entry-fix-marked = Linje { $line } ikke gemt: ret felterne markeret ✗, og tryk så Enter.
entry-again-save = Enter igen
entry-again-illegible = Ctrl-X igen
entry-retype = Ark { $sheet } linje { $line } er allerede indtastet: { $again } gemmer en ekstra indtastning, Esc går tilbage.
entry-beyond = Linje { $line } ligger ud over papirarkets { $lines } linjer: { $again } gemmer den, Esc går tilbage (Ctrl-T ændrer arkets opsætning).
entry-duplicate = Sandsynligvis samme underskriver som { $places }. Enter igen gemmer alligevel; Esc går tilbage til linjen.
entry-likely-duplicate = ⚠ Sandsynlig dublet af { $places }
entry-not-saved-error = Linje { $line } IKKE gemt: { $error }
entry-saved = ✓ Gemt: { $what }. Nu linje { $line }.
entry-saved-complete = ✓ Gemt: { $what }. Ark { $sheet } er fuldt ({ $count } af { $lines }): Ctrl-N begynder ark { $next }.
entry-saved-illegible = ark { $sheet } linje { $line } som ulæselig
entry-next-paper = Ark { $sheet }, linje { $line }: tag det næste papirark.
entry-setup-heading = Opsætning af ark (Enter anvender, Esc afbryder)
entry-setup-number = skal være et tal fra 1
entry-setup-session-only = Linjer pr. ark gælder kun i denne session: { $error }
entry-setup-done = Ark { $sheet }, næste linje { $line }.
entry-tally-complete = { $count } af { $lines } linjer indtastet · arket er fuldt
entry-tally-left = { $count } af { $lines } linjer indtastet · { $left } tilbage
entry-tally = { $count ->
    [one] { $count } linje indtastet på dette ark
   *[other] { $count } linjer indtastet på dette ark
}
entry-sheet = Ark
entry-line = Linje
entry-nothing-saved = Intet gemt på dette ark endnu.
entry-privacy-mode = privatlivstilstand
entry-illegible = ulæselig
entry-last-saved = Senest gemt:
entry-blind-heading = anden indtastning, blindt
entry-blind-start = Anden indtastning af ark { $sheet } fra linje { $line }: skriv det, der står på papiret. Den første indtastning vises ikke.
entry-blind-none = Ingen linje i denne begivenhed venter på en anden indtastning i denne boks. Indtast ark, der er indtastet før (Ctrl-T vælger ark og linje).
entry-blind-tally = { $count ->
    [one] { $count } linje indtastet
   *[other] { $count } linjer indtastet
} · { $again } indtastet igen
entry-blind-differs = Linje { $line } IKKE gemt endnu: den afviger fra den første indtastning i { $fields }. Læs papiret igen og skriv det, der står (felterne er tømt), derefter { $again }.
entry-blind-differs-kind = Linje { $line } IKKE gemt endnu: den afviger fra den første indtastning i, om papirlinjen er en underskrift eller ulæselig. Se på papiret igen: Enter gemmer en underskrift, Ctrl-X en ulæselig linje.
# Named among the differing fields when the line kind differs.
entry-blind-kind-field = underskrift eller ulæselig
entry-blind-read-paper = afviger fra den første indtastning: skriv det, der står på papiret
entry-blind-agrees = ✓ Gemt: { $what }; stemmer med den første indtastning, bekræftet. Nu linje { $line }.
entry-blind-still-differs = Gemt: { $what }; afviger stadig fra den første indtastning i { $fields }: overladt til afgørelse. Nu linje { $line }.
entry-blind-sheet-done = Hver indtastet linje på ark { $sheet } har nu en anden indtastning: Ctrl-N for ark { $next }.
entry-blind-last-agrees = stemmer, bekræftet
entry-blind-last-differs = afviger i { $fields }: overladt til afgørelse
entry-blind-nothing-saved = Intet gemt i denne anden indtastning endnu.
field-sheet = Ark
field-next-line = Næste linje
field-lines-per-sheet = Linjer pr. ark

## Første start: boksen oprettes, derefter en kampagne.
title-first-start = første start
wizard-too-short = Brug mindst { $min } tegn; flere ord er bedst.
wizard-differ = De to adgangssætninger er forskellige. Skriv den igen i det andet felt.
wizard-welcome = Velkommen til fieldsign. Trin 1 af 2: opret din boks
wizard-encrypted = Alt, hvad du indtaster, opbevares krypteret i en boks i
wizard-choose =
    Vælg en adgangssætning til at låse den. En sætning på fire eller flere
    ord er stærk og nem at skrive. Ingen kan gendanne den, hvis den glemmes.
wizard-passphrase = Adgangssætning:
wizard-repeat = Gentag den:
wizard-strength = Styrke:
wizard-creating = Opretter boksen … (et sekund eller to)
wizard-keys = Tab skifter felt · Enter opretter boksen
strength-empty = skriv en adgangssætning
strength-too-short = for kort: enhver med den bærbare i hænderne kunne gætte den
strength-strong = stærk
strength-fair = rimelig: fire eller flere ord ville være stærkere
strength-weak = svag: brug fire eller flere ord
setup-heading = Boksen er oprettet. Trin 2 af 2: din kampagne
setup-either = Underskrifter hører til en kampagne. Enten:
setup-join-file = (en .fieldsign-fil, fx på et USB-stik)
setup-skip = spring over for nu (startskærmen tilbyder også begge dele)

## Indtastningsfelterne til at tilslutte sig eller oprette en kampagne (start og første start).
prompt-campaign-file = Kampagnefil:
prompt-campaign-title = Kampagnens titel:
prompt-file-needed = skriv stien til den kampagnefil, din koordinator gav dig
prompt-joined = Tilsluttet »{ $campaign }«. Koordinatorens nøgle { $fingerprint }: tjek den med din koordinator personligt eller pr. telefon.
prompt-title-needed = skriv en titel, fx »Frihed til dem alle«
prompt-created = Den lokale kampagne »{ $campaign }« er oprettet med standardfelterne. Næste skridt: opret en begivenhed (n).
prompt-join-keys = Enter tilslut · Tab fuldfører · Esc afbryd · ~ er din hjemmemappe
prompt-create-keys = Enter opret · Esc afbryd

## Fuldførelse af et filnavn med Tab.
complete-none = Ingen fil eller mappe begynder sådan.
complete-only = Det er det eneste navn, der passer: intet mere at fuldføre.
complete-several = { $count } navne passer: { $names }. Skriv mere, og tryk Tab igen.

## Gennemsyn af en kampagnes poster.
title-browse = gennemsyn
order-paper = ark/linje
order-newest = nyeste først
order-oldest = ældste først
browse-reading = læser posterne …
browse-count = { $count ->
    [one] { $count } resultat
   *[other] { $count } resultater
} · sorteret efter { $order }
browse-search = Søg:
browse-sorted = Sorteret efter { $order }.
browse-no-records = Ingen poster endnu: indtast først nogle ark.
browse-no-match = Intet passer. Esc rydder søgningen.
column-event = BEGIVENHED
column-sheet = ARK
column-line = LINJE
column-status = TILSTAND
status-ok = ok
status-illegible = ulæselig
status-void = ANNULLERET
status-purged = ryddet

## Én post: dens værdier, rettelse, annullering, historik.
title-record = post
record-purged-refused = Denne post er leveret til koordinatoren og ryddet fra denne boks: den kan ikke ændres her. Bed koordinatoren om at rette eller annullere den.
record-nothing-changed = Intet ændret.
record-amended-tui = ✓ Rettet ({ $fields }). De gamle værdier bliver i historikken.
record-fix-marked = Ikke gemt: ret felterne markeret ✗.
record-not-saved = Ikke gemt: { $error }
record-void-why = Skriv hvorfor, fx »dublet af ark 3 linje 4«, og tryk så Enter.
record-voided-tui = ✓ Annulleret: den tæller ikke længere. Dens historik bliver.
record-not-voided = Ikke annulleret: { $error }
record-typed = indtastet { $time } på enheden { $device }
record-no-origin = (dens papirlinje er ikke ankommet endnu)
record-values-purged = værdier ryddet her
record-entered-id = { $entered } · id { $id }
record-amend-heading = Ret: ændr værdierne, Enter gemmer, Esc afbryder
record-voided-because = Annulleret: { $reason }
record-void-prompt = Hvorfor annullere den?
record-void-keys = Enter annullerer (den tæller ikke længere; historikken bliver) · Esc afbryder
record-reading-history = læser historikken …
record-history = Historik, ældste først
record-history-purged = leveret til koordinatoren; dens værdier er ryddet her
record-unsaved-amend = En rettelse er indtastet, men ikke gemt.
record-unsaved-void = En annullering er indtastet, men ikke gemt.
record-status-valid = gyldig
record-status-illegible = ulæselig
record-status-void = annulleret
record-status-purged = ryddet
history-added = tilføjet ark { $sheet } linje { $line }: { $values }
history-amended = rettet { $values }
history-cleared = { $field } ryddet
history-voided = annulleret: { $reason }
history-decided-kept = afgjort samme underskriver som { $others }; denne beholdt
history-decided-duplicate = afgjort som dublet af { $keep }
history-decided-different = afgjort som en anden person end { $others }
history-verified-kept = bekræftet ved dobbelt indtastning ({ $others }); denne beholdt
history-verified-entry = en indtastning af samme papirlinje som { $keep }, beholdt som dens bekræftelse
history-undone = en afgørelse fortrudt

## Valg af skærmenes sprog (start, l).
key-language-help = skærmenes sprog (gemmes i denne boks)
key-language-choose-help = vis skærmene på dette sprog, og gem det i denne boks
key-language-cancel-help = afbryd: sproget forbliver, som det er
language-heading = Skærmenes sprog (Enter vælger, Esc afbryder)
language-chosen = Sprog: { $language }. Gemt i denne boks; `--lang` og FIELDSIGN_LANG vælger stadig for én kørsel.
language-not-kept = Sprog: { $language }, kun i denne session (ikke gemt: { $error })

## Rydning i TUI'en, mens dens tråd omskriver databasen.
purge-quit-after = Rydningen omskriver databasen og stoppes ikke halvvejs: fieldsign afslutter, så snart den er færdig.
purge-vault-busy = en anden del af fieldsign læser stadig boksen; prøv igen om et øjeblik
purge-stopped = Rydningen stoppede: { $error }. Lås op for at se, hvor langt den nåede, og ryd igen, hvis der stadig venter poster.
tui-hint-join = på startskærmen tilføjer j en kampagnefil
tui-hint-event-exists = den står i listen på startskærmen: vælg den og tryk Enter
tui-hint-other-identity = for at åbne den med en anden identitetsfil: afslut, og kør så `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = for en større fil: afslut, og kør så `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = Intet mål sat (for at sætte et: afslut og kør `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = koordinator: den valgte kampagnes enheder (tilbagekald, skriv en kvittering)
key-devices = enheder
key-receipt-help = skriv en kvittering til den valgte enhed (spørger om filen)
key-receipt = kvittering
key-receipt-path-help = kvitteringens fil, f.eks. på USB-nøglen
key-revoke-help = tilbagekald den valgte enhed (spørger først og viser dens fingeraftryk)
key-revoke = tilbagekald
title-devices = enheder
home-devices-coordinators = Enhedsskærmen er koordinatorens: den viser de enheder, hvis pakker denne boks har importeret.
devices-heading = Enheder i "{ $title }"
devices-col-fingerprint = FINGERAFTRYK
devices-col-first = FØRSTE
devices-col-last = SENESTE PAKKE
devices-col-ops = HANDL.
devices-col-records = POSTER
devices-col-revoked = TILBAGEKALDT
devices-not-pinned = (ingen pakke)
devices-not-pinned-help = Denne enhed har ikke sendt nogen pakke hertil (det er boksens egen, eller den kendes kun fra andres pakker): der er ingen nøgle at tilbagekalde eller skrive en kvittering til.
devices-detail = enhed { $device } · { $fingerprint } · første pakke { $first }, seneste { $last }
devices-already-revoked = Denne enhed er allerede tilbagekaldt.
devices-revoke-ask = Tilbagekald enheden med fingeraftryk { $fingerprint }? Hver pakke, den underskriver fra nu af, afvises; det, den sendte før, bliver.
devices-receipt-for = Kvittering til enheden { $fingerprint }: den bekræfter, hvad denne boks har under dens underskrift.
devices-receipt-file = Fil:
devices-receipt-file-needed = Skriv, hvor kvitteringen skal gemmes, f.eks. på USB-nøglen.
devices-receipt-exists = { $file } findes. Enter igen erstatter den; eller skift navnet.
devices-receipt-writing = kvitteringen krypteres og skrives…
devices-nothing-changed = { $error } Intet blev skrevet eller ændret.
