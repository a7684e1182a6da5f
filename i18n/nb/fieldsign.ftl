### fieldsign: norsk bokmål. Ordliste: docs/glossary/nb.md. "Du" er normen i norsk programvare.

-fieldsign = fieldsign

## Feil og advarsler på kommandolinjen.

error-prefix = feil: { $message }
warning-core-dumps = advarsel: kunne ikke slå av minnedumper ({ $reason }); et krasj kan skrive minnet til disken
error-invalid-value = feil: verdien for { $arg } er ugyldig{ $why }; se `fieldsign --help`
error-unexpected-word = feil: et uventet ord ble oppgitt (ikke vist: det kan være en verdi; verdier oppgis i --field KEY=VALUE); se `fieldsign --help`
error-internal = feil: fieldsign fikk en intern feil ved { $place }. Ingenting ulagret ble skrevet; det skjermen viste som lagret, er trygt. Vennligst rapporter dette (uten noen data om underskrivere).
error-file = feil: { $file }: { $message }
error-vault-in-use = hvelvet i { $dir } brukes av en annen fieldsign-prosess; lukk den først (bare én om gangen kan holde et hvelv)
error-vault-closing = hvelvet i { $dir } holdes av en fieldsign-prosess som holder på å lukkes; prøv igjen om noen sekunder
error-no-vault = ikke noe hvelv i { $dir }: opprett et med `fieldsign init` (eller pek --vault / FIELDSIGN_VAULT på et eksisterende)
error-wrong-passphrase = feil passordfrase for dette hvelvet; prøv igjen (det skilles mellom store og små bokstaver). Er du sikker på at den er riktig, kan nøkkelfilen være skadet: gjenopprett key.age fra en sikkerhetskopi
error-bundles-refused = { $failed } av { $total } pakker ble avvist (se over; de endret ingenting); resten ble importert

## Passordfraser.

prompt-vault-passphrase = Hvelvets passordfrase:{" "}
passphrase-choose = Velg { $kind ->
    [new] hvelvets nye passordfrase
   *[first] hvelvets passordfrase
}: en lang frase på flere ord er både sterk og lett å skrive.
prompt-new-passphrase = Ny passordfrase for hvelvet:{" "}
prompt-repeat-passphrase = Gjenta hvelvets passordfrase:{" "}
passphrase-short = Den er kort; alle som tar den bærbare, kan gjette den. Bruk heller 4 ord eller flere.
passphrase-mismatch = De to er ikke like; prøv igjen.
passphrase-changed = Passordfrasen er endret. Den gamle åpner ikke lenger dette hvelvet.

## Hvelv og identitet.

vault-created = Opprettet et hvelv i { $dir }
vault-device = Enhet { $device }, fingeravtrykk for signeringsnøkkelen { $fingerprint }
vault-next = Neste steg: `fieldsign campaign join FILE` (arrangør) eller `fieldsign campaign create --title …` (koordinator).
identity-exported = Hvelvets HEMMELIGE age-identitet er skrevet til { $file } (modus 0600). Den som har den, kan lese alle pakker sendt til dette hvelvet: oppbevar den på en kryptert disk, og slett den når du er ferdig.

## Kampanjer og arrangementer.

campaign-created = Kampanjen «{ $title }» ({ $id }) er opprettet. Gi { $file } til arrangørene: `fieldsign campaign join { $file }`; koordinatornøkkelens fingeravtrykk er { $fingerprint }.
campaign-joined = Ble med i «{ $title }» ({ $id }). Koordinatornøkkelens fingeravtrykk { $fingerprint }: sjekk det med koordinatoren på telefon eller personlig.
campaign-none = Ingen kampanjer ennå: `fieldsign campaign join FILE` eller `fieldsign campaign create --title …`.
show-role = rolle
show-role-coordinator = koordinator (dette hvelvet har kampanjens signeringsnøkkel)
show-role-organizer = organisator
show-coordinator-key = koordinatorens nøkkel
show-goal = mål
show-goal-signatures = underskrifter: { $count }
show-no-goal = ikke satt
show-fields = felter
show-required = påkrevd
show-field-role = rolle { $role }
show-no-events = ingen ennå
show-event-records = oppføringer: { $count }
show-texts = oppropets tekst
show-no-texts = ingen: kampanjefilen har ingen tekst; be koordinatoren om den
show-text-heading = Oppropets tekst, { $language } ({ $number } av { $count }):

## Oppføringer.

record-amended = { $id } er rettet.
record-voided = { $id } er annullert; den telles ikke lenger.
csv-imported = Importerte { $count ->
    [one] { $count } underskrift
   *[other] { $count } underskrifter
} til «{ $event }» (ark { $first }–{ $last }).

## Pakker, kvitteringer, enheter.

bundle-what-all = alt hvelvet inneholder
bundle-what-new = alt koordinatoren ennå ikke har kvittert for
bundle-written = Skrev { $file } ({ $bytes } byte): { $ops ->
    [one] { $ops } operasjon
   *[other] { $ops } operasjoner
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
    [one] { $events } arrangement
   *[other] { $events } arrangementer
} fra «{ $title }», { $what }, kryptert til { $recipients ->
    [one] { $recipients } koordinatormottaker
   *[other] { $recipients } koordinatormottakere
} og signert av denne enheten ({ $fingerprint }).
bundle-empty = Merk: koordinatoren har allerede kvittert for alt; denne pakken inneholder ingen operasjoner.
device-pinned = Festet ny enhet { $device } med fingeravtrykket { $fingerprint }: sjekk det med arrangøren personlig eller på telefon.
bundle-replay = { $file }: allerede importert (gjentakelse): alle { $known } operasjoner var kjent; ingenting er endret.
bundle-imported = { $file }: importert til «{ $title }» fra enheten { $device } ({ $fingerprint }): { $records ->
    [one] { $records } ny oppføring
   *[other] { $records } nye oppføringer
}, { $amends ->
    [one] { $amends } rettelse
   *[other] { $amends } rettelser
}, { $voids ->
    [one] { $voids } annullering
   *[other] { $voids } annulleringer
}, { $events ->
    [one] { $events } nytt arrangement
   *[other] { $events } nye arrangementer
}, { $known } allerede kjent, 0 konflikter; operasjoner fra { $replicas }.
receipt-imported = Kvittering fra koordinatoren for «{ $title }» ({ $created }): { $acknowledged } operasjoner er nå kvittert for; { $unacknowledged } gjenstår å sende. `fieldsign purge --acknowledged` fjerner det som er levert, fra denne bærbare.
receipt-ignored = Advarsel: kvitteringen kvitterte også for { $ignored } operasjon(er) som denne bærbare aldri har skrevet (numre den ikke har brukt, eller andre enheters); de ble ignorert, så purge kan ikke fjerne noe på grunn av dem. Si fra til koordinatoren: en annen enhet kan ha sendt operasjoner i denne bærbares navn.
receipt-written = Skrev { $file }: kvitterer for { $count } operasjoner til enheten { $device } ({ $fingerprint }) for «{ $title }», kryptert til den enheten. Send den tilbake til arrangøren.
device-none = Ingen enheter ennå: de festes når den første pakken deres importeres.
device-revoked = Enheten { $device } ({ $fingerprint }) er tilbakekalt: senere pakker fra den avvises. Det den har sendt før, blir værende; se gjennom det med `fieldsign list`.

## `verify`.

verify-file = fil
verify-format = filformat
verify-campaign = kampanje
verify-device = enhet
verify-created = opprettet
verify-recipients = mottakere
verify-ranges = intervaller
verify-replicas = replikaer
verify-operations = operasjoner
verify-events = arrangementer
verify-signed-by = signert av
verify-acknowledges = kvitterer for
verify-signature-valid = { $format } v{ $version } (gyldig signatur)
verify-device-fingerprint = { $device } fingeravtrykk { $fingerprint } — { $status }
verify-device-known = kjent (festet)
verify-device-unknown = ennå ukjent (import fester den)
verify-device-revoked = TILBAKEKALT (import ville blitt avvist)
verify-device-mismatch = NØKKELEN STEMMER IKKE: festet med { $pinned } (import ville blitt avvist)
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
verify-from-coordinator = kampanjens koordinator
verify-not-coordinator = IKKE denne kampanjens koordinator (import ville blitt avvist)
verify-acknowledged = { $ranges } ({ $count } operasjoner)

## Rydding.

purge-done = { $valid } levert og ryddet
purge-also = ; verdiene er også fjernet fra { $lines } (telles fortsatt som det)
purge-illegible-lines = { $count ->
    [one] { $count } uleselig linje
   *[other] { $count } uleselige linjer
}
purge-void-lines = { $count ->
    [one] { $count } annullert linje
   *[other] { $count } annullerte linjer
}
purge-and = { $first } og { $second }
purge-cleared = ; { $ops ->
    [one] { $ops } operasjon ryddet
   *[other] { $ops } operasjoner ryddet
}; { $waiting ->
    [one] { $waiting } oppføring venter
   *[other] { $waiting } oppføringer venter
} på en kvittering.
purge-rewritten = Databasen er skrevet på nytt uten dem.
purge-nothing = Ingenting å rydde: importer først en kvittering fra koordinatoren (`fieldsign import receipt FILE`).

## Rapporter, leveringseksport, duplikater.

report-all = alle
report-event = arrangement { $name } { $date }
report-device = enhet { $device }
report-by-country = gyldige per land: { $countries }
report-purged = { $count } levert og ryddet fra dette hvelvet (telt, verdier fjernet).
export-written = Skrev { $count ->
    [one] { $count } gyldig underskrift
   *[other] { $count } gyldige underskrifter
} fra «{ $title }» til { $file }.
export-plain-warning = ADVARSEL: { $file } er KLARTEKST: alle som får tak i den, kan lese hver underskrivers navn og kontakt. Lever den over en sikker kanal, og slett den når du er ferdig.
export-purged-left-out = { $count ->
    [one] { $count } ryddet oppføring ble utelatt: verdiene finnes bare hos koordinatoren.
   *[other] { $count } ryddede oppføringer ble utelatt: verdiene finnes bare hos koordinatoren.
}
dedupe-none = Ingen sannsynlige duplikater blant { $count ->
    [one] { $count } gyldig oppføring
   *[other] { $count } gyldige oppføringer
}.
dedupe-none-likely = Ingen sannsynlige duplikater blant { $count ->
    [one] { $count } gyldig oppføring
   *[other] { $count } gyldige oppføringer
} (`--possible` viser også par som er verdt å se på).
dedupe-groups = { $count ->
    [one] { $count } gruppe
   *[other] { $count } grupper
} med sannsynlige duplikater, de sikreste først. Sjekk papirarkene, og annuller de overflødige med `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } gruppe
   *[other] { $count } grupper
} med sannsynlige eller mulige duplikater, de sikreste først. Sjekk papirarkene, og annuller de overflødige med `fieldsign void ID --reason "duplicate of …"`.

## Andre feil fra hvelvet

error-already-exists = det finnes allerede et hvelv i { $dir }; bruk det, eller velg en annen mappe med --vault
error-unknown-campaign = ingen kampanje passer til oppgitt --campaign (ikke vist: det kan være en verdi); `fieldsign campaign list` viser dem, `fieldsign campaign join FILE` melder deg inn i en
error-no-campaigns = dette hvelvet har ingen kampanje ennå; bli med i en med `fieldsign campaign join FILE`, eller opprett en med `fieldsign campaign create`
error-campaign-needed = dette hvelvet har flere kampanjer ({ $campaigns }); velg en med --campaign
error-ambiguous-campaign = oppgitt --campaign passer til flere kampanjer ({ $matches }); oppgi heller id-en
error-unknown-event = ingen arrangementer i denne kampanjen passer til oppgitt --event (ikke vist: det kan være en verdi); `fieldsign event list` viser dem, `fieldsign event create` legger til et
error-ambiguous-event = oppgitt --event passer til flere arrangementer ({ $matches }); oppgi heller id-en
error-unknown-record = ingen oppføring med id { $id } i dette hvelvet; `fieldsign list` viser id-ene

## Terminalgrensesnittet (src/tui). Tastenavn (Enter, Esc, Tab, Ctrl-L) står som på tastene.
## Tastetabeller: «-help» er linjen i F1-hjelpen, den korte formen er ordet i bunnlinjen.
key-privacy-help = personvernmodus: skjul personfeltene i tidligere oppføringer
key-lock-help = lås nå; låser seg også selv etter en stund uten tastetrykk
key-lock = lås
key-quit-help = avslutt (spør først hvis noe er halvveis skrevet)
key-quit = avslutt
key-help-help = denne hjelpen (? bare der ingen tekstfelt har fokus)
key-help = hjelp
key-quit-lose = avslutt og mist det
key-go-back-to-it = gå tilbake til det
key-close-help-help = lukk denne hjelpen
key-close-help = lukk hjelp
key-unlock-help = lås opp med passordfrasen som er skrevet
key-unlock = lås opp
key-home-choose-help = velg en kampanje eller et arrangement
key-first-last-help = første / siste linje i listen
key-home-open-help = på et arrangement: skriv inn arkene; på en kampanje: bla i den
key-type-sheets = skriv ark
key-new-event-help = opprett et arrangement i den valgte kampanjen
key-new-event = nytt arrangement
key-browse-help = bla i, søk i og rett kampanjens oppføringer
key-browse = bla
key-join-help = bli med i en kampanje fra en fil fra koordinatoren din
key-join = bli med
key-create-help = opprett en lokal kampanje
key-create = opprett
key-export-help = eksporter en pakke fra den valgte kampanjen til koordinatoren
key-export = eksporter
key-import-help = importer en pakke (koordinator) eller en kvittering (arrangør)
key-petition-help = les kampanjens oppropstekst (for å lese den høyt for en som skriver under)
key-dashboard-help = koordinator: oversikten over den valgte kampanjen
key-second-entry-help = på et arrangement: skriv inn arkene på nytt, blindt (dobbel inntasting)
key-create-event-help = opprett arrangementet
key-confirm = bekreft
key-next-field = neste felt
key-cancel-event-help = avbryt: ingen arrangementer opprettes
key-cancel = avbryt
key-confirm-prompt-help = bekreft det som er skrevet
key-complete = fullfør
key-cancel-prompt-help = avbryt inntastingen
key-complete-help = fullfør fil- eller mappenavnet som er skrevet så langt
key-next-field-help = neste felt (Shift-Tab og ↑ ↓ flytter også)
key-type = skriv
key-search-help = søk mens du skriver (alle felt; uten hensyn til aksenter og store/små bokstaver)
key-search = søk
key-move-help = flytt i listen
key-choose = velg
key-page-help = en side opp / ned
key-first-last-record-help = første / siste oppføring
key-open-record-help = åpne oppføringen: rett, annuller, historikk
key-open = åpne
key-sort-help = rekkefølge: ark/linje, nyeste først, eldste først
key-sort = sorter
key-clear-search-help = tøm søket, deretter tilbake
key-back = tilbake
key-count-again-help = tell på nytt (etter import av pakker)
key-count-again = tell på nytt
key-back-campaigns-help = tilbake til kampanjene
key-entry-field-help = neste / forrige felt (også ↓ ↑)
key-save-line-help = lagre linjen (på disk først); to ganger: lagre et duplikat
key-save = lagre
key-illegible-help = lagre denne papirlinjen som uleselig eller overstreket
key-illegible = uleselig
key-next-sheet-help = begynn på neste papirark
key-next-sheet = neste ark
key-sheet-setup-help = oppsett av ark: arknummer, neste linje, linjer per ark
key-clear-line-help = tøm hele linjen; Ctrl-U tømmer ett felt
key-browse-event-help = bla i og rett dette arrangementets oppføringer
key-petition-entry-help = oppropsteksten, til å lese høyt for en som skriver under; Esc går tilbake
key-tick-help = kryss av / fjern krysset i et avkrysningsfelt
key-entry-back-help = tilbake til start (spør først hvis linjen er halvveis skrevet)
key-all-keys = alle taster
key-apply-setup-help = bruk arknummer, neste linje og linjer per ark
key-apply = bruk
key-next = neste
key-cancel-setup-help = avbryt: arket blir som det var
key-export-path-help = hvor pakken skal skrives (~ er hjemmemappen din)
key-write-help = skriv den (spør før en fil erstattes)
key-write-file = skriv fil
key-all-new-help = alt som oppbevares, eller bare det som ikke er kvittert for
key-all-new = alt / nytt
key-import-path-help = stien til pakke- eller kvitteringsfilen (~ er hjemmemappen din)
key-import-it-help = kontroller og importer den
key-import = importer
key-purge-delivered-help = rydding: fjern personopplysningene koordinatoren har kvittert for, fra denne bærbare (spør først)
key-purge-delivered = rydd det leverte
key-next-language-help = teksten på kampanjens neste språk
key-next-language = neste språk
key-scroll-help = rull en tekst som er lengre enn vinduet
key-scroll = rull
key-purge-now-help = rydd nå: verdiene fjernes fra denne bærbare for godt
key-purge-now = rydd, kan ikke angres
key-keep-help = behold alt og gå tilbake
key-keep = behold og gå tilbake
key-amend-help = rett: endre verdier (de gamle blir stående i historikken)
key-amend = rett
key-void-help = annuller med en begrunnelse: oppføringen teller ikke lenger
key-void = annuller
key-history-help = vis eller skjul endringshistorikken
key-history = historikk
key-back-list-help = tilbake til listen
key-save-amendment-help = lagre rettelsen (de gamle verdiene blir stående i historikken)
key-cancel-nothing-help = avbryt: ingenting endres
key-void-reason-help = annuller med begrunnelsen som er skrevet (oppføringen teller ikke lenger; historikken blir stående)
key-switch-field-help = bytt mellom de to feltene for passordfrasen
key-switch-field = bytt felt
key-wizard-next-help = neste felt, deretter opprett hvelvet
key-join-file = bli med fra fil
key-create-campaign = opprett kampanje
key-skip-help = hopp over dette trinnet (startskjermen tilbyr begge deler også)
key-skip = hopp over

## Rammen rundt hver skjerm.
tui-privacy-on = PERSONVERN PÅ
tui-quit-anyway = Avslutte likevel og miste det?
tui-quit-title = Avslutte?
tui-too-small = Vinduet er for lite ({ $size }; trenger { $needs }).
tui-too-small-keys =
    Gjør det større for å fortsette; til da overses tastene,
    unntatt Ctrl-L (lås) og Ctrl-Q (avslutt).
tui-too-small-sheet = Ark { $sheet } blir stående åpent som det var.
tui-help-heading = Taster på denne skjermen ({ $screen })
tui-help-everywhere = Overalt
tui-help-close = Esc lukker denne hjelpen
tui-help-title = Hjelp

## Hvorfor et felts verdi avvises: «{ field } { problem }». Bare regelen, aldri verdien som ble skrevet.
error-field-value = feltet `{ $field }` { $problem }
value-required = må fylles ut
value-too-long = er for langt (høyst { $graphemes } tegn og { $bytes } byte, uansett hvordan tegnene er skrevet)
value-control = inneholder kontrolltegn (for eksempel terminalsekvenser, tabulatorer eller linjeskift)
value-bidi = inneholder tegn som endrer tekstretningen (U+202A–U+202E, U+2066–U+2069 eller retningsmerker)
value-invisible = inneholder usynlige tegn (for eksempel et mellomrom uten bredde eller en myk bindestrek)
value-email = er ikke en e-postadresse (forventet name@example.org)
value-phone = er ikke et telefonnummer (sifre, mellomrom, + - ( ) . ; 5 til 20 sifre)
value-country = er ikke en landkode etter ISO 3166 (to bokstaver, f.eks. DE, GR, IN)
value-postcode = er ikke et postnummer (bokstaver, sifre, mellomrom og -; høyst 12)
value-date = er ikke en dato (forventet ÅÅÅÅ-MM-DD)
value-checkbox = er ikke en verdi for et avkrysningsfelt (`yes/no, y/n, x, 1/0, true/false`)
value-choice = er ikke en av: { $options }

## Feltene i arkinntasting og arrangementsskjemaet: standardfeltenes navn og hva et felt forventer.
field-name = Navn
field-email = E-post
field-phone = Telefon
field-city = By
field-country = Land
field-postcode = Postnummer
field-contact-ok = Kan kontaktes
field-place = Sted
field-date = Dato
hint-phone = sifre, + - ( )
hint-country = 2 bokstaver: DE, GR, IN…
hint-postcode = bokstaver, sifre, -
hint-checkbox = Mellomrom krysser av / fjerner krysset
hint-choice = en av: { $options }

## Opplåsingsskjermen.
title-locked = låst
unlock-heading = Hvelvet er låst.
unlock-vault = Hvelv:
unlock-passphrase = Passordfrase:
unlock-busy = Låser opp … (det tar med vilje et sekund eller to)
unlock-hint = Skriv passordfrasen og trykk Enter.
unlock-empty = Skriv hvelvets passordfrase, og trykk deretter Enter.
unlock-wrong = Feil passordfrase. Prøv igjen (det skilles mellom store og små bokstaver: sjekk Caps Lock og tastaturoppsettet).

## Låsing og personvernmodus.
lock-idle = Låst av seg selv etter { $limit } uten tastetrykk. Lås opp for å fortsette der du var.
lock-key = Låst (Ctrl-L). Lås opp for å fortsette der du var.
privacy-on = Personvernmodus på: personfeltene i tidligere oppføringer er skjult. Ctrl-P viser dem.
privacy-off = Personvernmodus av.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s

## Skjermtitler (etter «fieldsign · » i tittellinjen).
title-home = start

## Antall som vises på flere skjermer.
count-events = { $count ->
    [one] { $count } arrangement
   *[other] { $count } arrangementer
}
count-lines = { $count ->
    [one] { $count } linje
   *[other] { $count } linjer
}
counting = teller …
role-coordinator = koordinator
role-organizer = arrangør

## Start: kampanjene og arrangementene deres.
home-heading = Kampanjer og arrangementer
home-empty = Det er ingen kampanje i dette hvelvet ennå.
home-empty-join = bli med i kampanjefilen koordinatoren din ga deg
home-empty-create = opprett en lokal kampanje som du koordinerer selv
home-new-event = nytt arrangement …
home-new-event-title = Nytt arrangement i «{ $campaign }» (Enter oppretter, Esc avbryter)
home-event-created = Arrangementet «{ $event }» er opprettet. Enter begynner inntastingen av arkene.
home-second-entry-event = Velg først et arrangement (↑ ↓): v skriver inn arkene på nytt, blindt, for å bekrefte dem.
home-campaign-first = Bli med i (j) eller opprett (c) en kampanje først; arrangementer hører til en kampanje.
home-this-device = Denne enheten:
home-device-checked = (koordinatoren kontrollerer den)
home-dashboard-coordinators = Oversikten er koordinatorens: den teller alt som kommer fra alle arrangører. Det denne bærbare oppbevarer, telles her under listen.
standing-valid = { $count } gyldige
standing-void = { $count } annullerte
standing-illegible = { $count } uleselige
standing-purged = { $count } levert og ryddet
standing-unsent = { $count ->
    [one] { $count } endring ikke sendt ennå
   *[other] { $count } endringer ikke sendt ennå
}
standing-last-bundle = siste pakke { $time }
standing-no-bundle = ingen pakke skrevet ennå
list-and = { $rest } og { $last }

## Arkinntasting. Ark- og linjenumre er som på papiret.
title-entry = arkinntasting
entry-start = Ark { $sheet }, linje { $line }: skriv inn den første som har skrevet under. Tab bytter felt, Enter lagrer.
entry-continue = Fortsetter ark { $sheet } på linje { $line }. Ctrl-N begynner ark { $next }.
entry-not-saved-check = Ikke lagret. Sjekk linjen mot papiret (Ctrl-T setter linjenummeret), og trykk så Enter.
entry-unsaved-leave = Linje { $line } er skrevet, men ikke lagret. Enter lagrer den; Esc en gang til forkaster den og går tilbake.
entry-unsaved-next = Linje { $line } er skrevet, men ikke lagret. Enter lagrer den; Ctrl-N en gang til forkaster den og begynner ark { $next }.
entry-unsaved-resume = Linje { $line } på ark { $sheet } er skrevet, men ikke lagret.
entry-sheet-line = ark { $sheet } linje { $line }
entry-sheet-line-elsewhere = ark { $sheet } linje { $line } i et annet arrangement
entry-nothing-typed = Ingenting skrevet på linje { $line }. Skriv inn den som har skrevet under, eller trykk Ctrl-X hvis papirlinjen er uleselig eller overstreket.
entry-fix-fields = Linje { $line } ikke lagret: rett { $fields } (merket ✗), og trykk så Enter.
entry-fix-marked = Linje { $line } ikke lagret: rett feltene merket ✗, og trykk så Enter.
entry-again-save = Enter en gang til
entry-again-illegible = Ctrl-X en gang til
entry-retype = Ark { $sheet } linje { $line } er allerede skrevet inn: { $again } lagrer en ekstra inntasting, Esc går tilbake.
entry-beyond = Linje { $line } ligger utenfor papirarkets { $lines } linjer: { $again } lagrer den, Esc går tilbake (Ctrl-T endrer arkets oppsett).
entry-duplicate = Trolig den samme som { $places }. Enter en gang til lagrer likevel; Esc går tilbake til linjen.
entry-likely-duplicate = ⚠ Trolig duplikat av { $places }
entry-not-saved-error = Linje { $line } IKKE lagret: { $error }
entry-saved = ✓ Lagret { $what }. Nå linje { $line }.
entry-saved-complete = ✓ Lagret { $what }. Ark { $sheet } er fullt ({ $count } av { $lines }): Ctrl-N begynner ark { $next }.
entry-saved-illegible = ark { $sheet } linje { $line } som uleselig
entry-next-paper = Ark { $sheet }, linje { $line }: ta neste papirark.
entry-setup-heading = Oppsett av ark (Enter bruker, Esc avbryter)
entry-setup-number = må være et tall fra 1
entry-setup-session-only = Linjer per ark gjelder bare i denne økten: { $error }
entry-setup-done = Ark { $sheet }, neste linje { $line }.
entry-tally-complete = { $count } av { $lines } linjer skrevet · arket er fullt
entry-tally-left = { $count } av { $lines } linjer skrevet · { $left } igjen
entry-tally = { $count ->
    [one] { $count } linje skrevet på dette arket
   *[other] { $count } linjer skrevet på dette arket
}
entry-sheet = Ark
entry-line = Linje
entry-nothing-saved = Ingenting lagret på dette arket ennå.
entry-privacy-mode = personvernmodus
entry-illegible = uleselig
entry-last-saved = Sist lagret:
entry-blind-heading = andre inntasting, blindt
entry-blind-start = Andre inntasting av ark { $sheet } fra linje { $line }: skriv det som står på papiret. Den første inntastingen vises ikke.
entry-blind-none = Ingen linje i dette arrangementet venter på en andre inntasting i dette hvelvet. Skriv inn ark som er skrevet inn før (Ctrl-T velger ark og linje).
entry-blind-tally = { $count ->
    [one] { $count } linje skrevet
   *[other] { $count } linjer skrevet
} · { $again } skrevet på nytt
entry-blind-differs = Linje { $line } IKKE lagret ennå: den avviker fra den første inntastingen i { $fields }. Les papiret igjen og skriv det som står (feltene er tømt), deretter { $again }.
entry-blind-differs-kind = Linje { $line } IKKE lagret ennå: den avviker fra den første inntastingen i om papirlinjen er en underskrift eller uleselig. Se på papiret igjen: Enter lagrer en underskrift, Ctrl-X en uleselig linje.
# Named among the differing fields when the line kind differs.
entry-blind-kind-field = underskrift eller uleselig
entry-blind-read-paper = avviker fra den første inntastingen: skriv det som står på papiret
entry-blind-agrees = ✓ Lagret { $what }; stemmer med den første inntastingen, bekreftet. Nå linje { $line }.
entry-blind-still-differs = Lagret { $what }; avviker fortsatt fra den første inntastingen i { $fields }: overlatt til avgjørelse. Nå linje { $line }.
entry-blind-sheet-done = Hver innskrevne linje på ark { $sheet } har nå en andre inntasting: Ctrl-N for ark { $next }.
entry-blind-last-agrees = stemmer, bekreftet
entry-blind-last-differs = avviker i { $fields }: overlatt til avgjørelse
entry-blind-nothing-saved = Ingenting lagret i denne andre inntastingen ennå.
field-sheet = Ark
field-next-line = Neste linje
field-lines-per-sheet = Linjer per ark

## Første start: hvelvet opprettes, deretter en kampanje.
title-first-start = første start
wizard-too-short = Bruk minst { $min } tegn; flere ord er best.
wizard-differ = De to passordfrasene er ulike. Skriv den på nytt i det andre feltet.
wizard-welcome = Velkommen til fieldsign. Trinn 1 av 2: opprett hvelvet ditt
wizard-encrypted = Alt du skriver, oppbevares kryptert i et hvelv i
wizard-choose =
    Velg en passordfrase for å låse det. En frase på fire eller flere
    ord er sterk og lett å skrive. Ingen kan gjenopprette den om den glemmes.
wizard-passphrase = Passordfrase:
wizard-repeat = Gjenta den:
wizard-strength = Styrke:
wizard-creating = Oppretter hvelvet … (et sekund eller to)
wizard-keys = Tab bytter felt · Enter oppretter hvelvet
strength-empty = skriv en passordfrase
strength-too-short = for kort: hvem som helst med den bærbare i hendene kunne gjette den
strength-strong = sterk
strength-fair = brukbar: fire eller flere ord ville vært sterkere
strength-weak = svak: bruk fire eller flere ord
setup-heading = Hvelvet er opprettet. Trinn 2 av 2: kampanjen din
setup-either = Underskrifter hører til en kampanje. Enten:
setup-join-file = (en .fieldsign-fil, f.eks. på en minnepinne)
setup-skip = hopp over inntil videre (startskjermen tilbyr begge deler også)

## Feltene for å bli med i eller opprette en kampanje (start og første start).
prompt-campaign-file = Kampanjefil:
prompt-campaign-title = Kampanjens tittel:
prompt-file-needed = skriv stien til kampanjefilen koordinatoren din ga deg
prompt-joined = Ble med i «{ $campaign }». Koordinatorens nøkkel { $fingerprint }: sjekk den med koordinatoren din personlig eller på telefon.
prompt-title-needed = skriv en tittel, f.eks. «Frihet for alle»
prompt-created = Den lokale kampanjen «{ $campaign }» er opprettet med standardfeltene. Neste: opprett et arrangement (n).
prompt-join-keys = Enter bli med · Tab fullfører · Esc avbryt · ~ er hjemmemappen din
prompt-create-keys = Enter opprett · Esc avbryt

## Fullføring av et filnavn med Tab.
complete-none = Ingen fil eller mappe begynner slik.
complete-only = Det er det eneste navnet som passer: ingenting mer å fullføre.
complete-several = { $count } navn passer: { $names }. Skriv mer, og trykk Tab igjen.

## Å bla i en kampanjes oppføringer.
title-browse = bla
order-paper = ark/linje
order-newest = nyeste først
order-oldest = eldste først
browse-reading = leser oppføringene …
browse-count = { $count ->
    [one] { $count } treff
   *[other] { $count } treff
} · sortert etter { $order }
browse-search = Søk:
browse-sorted = Sortert etter { $order }.
browse-no-records = Ingen oppføringer ennå: skriv inn noen ark først.
browse-no-match = Ingenting passer. Esc tømmer søket.
column-event = ARRANGEMENT
column-sheet = ARK
column-line = LINJE
column-status = TILSTAND
status-ok = ok
status-illegible = uleselig
status-void = ANNULLERT
status-purged = ryddet

## Én oppføring: verdiene, retting, annullering, historikk.
title-record = oppføring
record-purged-refused = Denne oppføringen er levert til koordinatoren og ryddet fra dette hvelvet: den kan ikke endres her. Be koordinatoren rette eller annullere den.
record-nothing-changed = Ingenting endret.
record-amended-tui = ✓ Rettet ({ $fields }). De gamle verdiene blir stående i historikken.
record-fix-marked = Ikke lagret: rett feltene merket ✗.
record-not-saved = Ikke lagret: { $error }
record-void-why = Skriv hvorfor, f.eks. «duplikat av ark 3 linje 4», og trykk så Enter.
record-voided-tui = ✓ Annullert: den teller ikke lenger. Historikken blir stående.
record-not-voided = Ikke annullert: { $error }
record-typed = skrevet { $time } på enheten { $device }
record-no-origin = (papirlinjen har ikke kommet ennå)
record-values-purged = verdiene er ryddet her
record-entered-id = { $entered } · id { $id }
record-amend-heading = Rett: endre verdiene, Enter lagrer, Esc avbryter
record-voided-because = Annullert: { $reason }
record-void-prompt = Hvorfor annullere den?
record-void-keys = Enter annullerer (den teller ikke lenger; historikken blir stående) · Esc avbryter
record-reading-history = leser historikken …
record-history = Historikk, eldste først
record-history-purged = levert til koordinatoren; verdiene er ryddet her
record-unsaved-amend = En rettelse er skrevet, men ikke lagret.
record-unsaved-void = En annullering er skrevet, men ikke lagret.
record-status-valid = gyldig
record-status-illegible = uleselig
record-status-void = annullert
record-status-purged = ryddet
history-added = lagt til ark { $sheet } linje { $line }: { $values }
history-amended = rettet { $values }
history-cleared = { $field } tømt
history-voided = annullert: { $reason }
history-decided-kept = avgjort som den samme som { $others }; denne beholdt
history-decided-duplicate = avgjort som duplikat av { $keep }
history-decided-different = avgjort som en annen person enn { $others }
history-verified-kept = bekreftet ved dobbel inntasting ({ $others }); denne beholdt
history-verified-entry = en inntasting av samme papirlinje som { $keep }, beholdt som dens bekreftelse
history-undone = en avgjørelse angret

## Valg av skjermspråk (start, l).
key-language-help = skjermenes språk (lagres i dette hvelvet)
key-language-choose-help = vis skjermene på dette språket og lagre det i dette hvelvet
key-language-cancel-help = avbryt: språket blir som det er
language-heading = Skjermenes språk (Enter velger, Esc avbryter)
language-chosen = Språk: { $language }. Lagret i dette hvelvet; `--lang` og FIELDSIGN_LANG velger fortsatt for én kjøring.
language-not-kept = Språk: { $language }, bare i denne økten (ikke lagret: { $error })

## Rydding i TUI-en, mens tråden omskriver databasen.
purge-quit-after = Ryddingen omskriver databasen og stoppes ikke halvveis: fieldsign avslutter så snart den er ferdig.
purge-vault-busy = en annen del av fieldsign leser fortsatt hvelvet; prøv igjen om et øyeblikk
purge-stopped = Ryddingen stoppet: { $error }. Lås opp for å se hvor langt den kom, og rydd på nytt hvis oppføringer fortsatt venter.
tui-hint-join = på startskjermen legger j til en kampanjefil
tui-hint-event-exists = det står i listen på startskjermen: velg det og trykk Enter
tui-hint-other-identity = for å åpne den med en annen identitetsfil: avslutt, og kjør så `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = for en større fil: avslutt, og kjør så `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = Ingen mål satt (for å sette et: avslutt og kjør `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = koordinator: enhetene til den valgte kampanjen (tilbakekall, skriv en kvittering)
key-devices = enheter
key-receipt-help = skriv en kvittering til den valgte enheten (spør om filen)
key-receipt = kvittering
key-receipt-path-help = kvitteringens fil, f.eks. på minnepinnen
key-revoke-help = tilbakekall den valgte enheten (spør først og viser fingeravtrykket)
key-revoke = tilbakekall
title-devices = enheter
home-devices-coordinators = Enhetsskjermen er koordinatorens: den viser enhetene som dette hvelvet har importert pakker fra.
devices-heading = Enheter i «{ $title }»
devices-col-fingerprint = FINGERAVTRYKK
devices-col-first = FØRSTE
devices-col-last = SISTE PAKKE
devices-col-ops = HANDL.
devices-col-records = POSTER
devices-col-revoked = TILBAKEKALT
devices-not-pinned = (ingen pakke)
devices-not-pinned-help = Denne enheten har ikke sendt noen pakke hit (den er hvelvets egen, eller kjent bare fra andres pakker): den har ingen nøkkel å tilbakekalle eller skrive en kvittering til.
devices-detail = enhet { $device } · { $fingerprint } · første pakke { $first }, siste { $last }
devices-already-revoked = Denne enheten er allerede tilbakekalt.
devices-revoke-ask = Tilbakekalle enheten med fingeravtrykk { $fingerprint }? Hver pakke den signerer fra nå av avvises; det den sendte før, blir.
devices-receipt-for = Kvittering til enheten { $fingerprint }: den bekrefter det dette hvelvet har under dens signatur.
devices-receipt-file = Fil:
devices-receipt-file-needed = Skriv hvor kvitteringen skal lagres, f.eks. på minnepinnen.
devices-receipt-exists = { $file } finnes. Enter en gang til erstatter den; eller bytt navn.
devices-receipt-writing = kvitteringen krypteres og skrives…
devices-nothing-changed = { $error } Ingenting ble skrevet eller endret.
