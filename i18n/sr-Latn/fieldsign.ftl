### fieldsign: srpski (latinica), preslovljeno iz sr/fieldsign.ftl. Pojmovnik: docs/glossary/sr.md. Obraćanje sa „Vi”.

-fieldsign = fieldsign

## Greške i upozorenja komandne linije.

error-prefix = greška: { $message }
warning-core-dumps = upozorenje: isključivanje ispisa memorije nije uspelo ({ $reason }); pri padu sadržaj memorije može dospeti na disk
error-invalid-value = greška: vrednost zadata za { $arg } nije ispravna{ $why }; pogledajte `fieldsign --help`
error-unexpected-word = greška: zadata je neočekivana reč (nije prikazana: možda je vrednost; vrednosti se zadaju u --field KEY=VALUE); pogledajte `fieldsign --help`
error-internal = greška: unutrašnja greška u fieldsign na mestu { $place }. Ništa nesačuvano nije upisano; sve što je ekran prikazao kao sačuvano je bezbedno. Molimo prijavite ovo (bez ikakvih podataka potpisnika).
error-file = greška: { $file }: { $message }
error-vault-in-use = trezor u { $dir } koristi drugi fieldsign proces; prvo zatvorite taj (trezor može držati samo jedan)
error-vault-closing = trezor u { $dir } drži fieldsign proces koji se upravo zatvara; pokušajte ponovo za nekoliko sekundi
error-no-vault = u { $dir } nema trezora: napravite ga komandom `fieldsign init` (ili zadajte postojeći preko --vault / FIELDSIGN_VAULT)
error-wrong-passphrase = pogrešna lozinka za ovaj trezor; pokušajte ponovo (razlikuju se velika i mala slova). Ako ste sigurni da je tačna, datoteka ključa je možda oštećena: vratite key.age iz rezervne kopije
error-bundles-refused = odbijeni paketi: { $failed } od { $total } (pogledajte iznad; ništa nisu promenili); ostali su uvezeni

## Lozinke.

prompt-vault-passphrase = Lozinka trezora:{" "}
passphrase-choose = Izaberite { $kind ->
    [new] novu lozinku trezora
   *[first] lozinku trezora
}: duga fraza od nekoliko reči je i jaka i laka za kucanje.
prompt-new-passphrase = Nova lozinka trezora:{" "}
prompt-repeat-passphrase = Ponovite lozinku trezora:{" "}
passphrase-short = To je kratko: svako ko uzme laptop može da je pogodi. Bolje 4 reči ili više.
passphrase-mismatch = Uneti izrazi se ne poklapaju; pokušajte ponovo.
passphrase-changed = Lozinka je promenjena. Stara više ne otvara ovaj trezor.

## Trezor i identitet.

vault-created = Trezor je napravljen u { $dir }
vault-device = Uređaj { $device }, otisak ključa za potpisivanje { $fingerprint }
vault-next = Dalje: `fieldsign campaign join FILE` (organizator) ili `fieldsign campaign create --title …` (koordinator).
identity-exported = TAJNI age identitet ovog trezora upisan je u { $file } (režim 0600). Ko ga ima, može da pročita svaki paket poslat ovom trezoru: čuvajte ga na šifrovanom disku i obrišite ga kada više ne bude potreban.

## Kampanje i događaji.

campaign-created = Kampanja „{ $title }” ({ $id }) je napravljena. Dajte { $file } organizatorima: `fieldsign campaign join { $file }`; otisak ključa koordinatora: { $fingerprint }.
campaign-joined = Pridružili ste se kampanji „{ $title }” ({ $id }). Otisak ključa koordinatora { $fingerprint }: proverite ga sa koordinatorom telefonom ili lično.
campaign-none = Još nema kampanja: `fieldsign campaign join FILE` ili `fieldsign campaign create --title …`.
show-role = uloga
show-role-coordinator = koordinator (ovaj trezor ima ključ za potpis kampanje)
show-role-organizer = organizator
show-coordinator-key = ključ koordinatora
show-goal = cilj
show-goal-signatures = potpisi: { $count }
show-no-goal = nije postavljen
show-fields = polja
show-required = obavezno
show-field-role = značenje { $role }
show-no-events = još nema
show-event-records = zapisi: { $count }
show-texts = tekst peticije
show-no-texts = nema: datoteka kampanje nema tekst peticije; zatražite ga od koordinatora
show-text-heading = Tekst peticije, { $language } ({ $number } od { $count }):

## Zapisi.

record-amended = Zapis { $id } je ispravljen.
record-voided = Zapis { $id } je poništen; više se ne računa.
csv-imported = Uvezeno { $count ->
    [one] { $count } potpis
    [few] { $count } potpisa
   *[other] { $count } potpisa
} u „{ $event }” (listovi { $first }–{ $last }).

## Paketi, potvrde, uređaji.

bundle-what-all = sve što je u trezoru
bundle-what-new = sve što koordinator još nije potvrdio
bundle-written = Upisano { $file } ({ $bytes } B): operacije: { $ops } (novi redovi: { $adds }, ispravke: { $amends }, poništenja: { $voids }), događaji: { $events }, kampanja „{ $title }”, { $what }; šifrovano za primaoce-koordinatore ({ $recipients }) i potpisano ovim uređajem ({ $fingerprint }).
bundle-empty = Napomena: koordinator je već sve potvrdio; ovaj paket ne nosi nijednu operaciju.
device-pinned = Zakačen je novi uređaj { $device } sa otiskom { $fingerprint }: proverite ga sa organizatorom lično ili telefonom.
bundle-replay = { $file }: već uvezeno (ponavljanje): sve operacije ({ $known }) su bile poznate; ništa se nije promenilo.
bundle-imported = { $file }: uvezeno u „{ $title }” sa uređaja { $device } ({ $fingerprint }): novi zapisi: { $records }, ispravke: { $amends }, poništenja: { $voids }, novi događaji: { $events }, već poznato: { $known }, sukobi: 0; operacije od { $replicas }.
receipt-imported = Potvrda od koordinatora kampanje „{ $title }” ({ $created }): novo potvrđene operacije: { $acknowledged }; još za slanje: { $unacknowledged }. `fieldsign purge --acknowledged` uklanja sa ovog laptopa ono što je predato.
receipt-ignored = Upozorenje: potvrda potvrđuje i operacije ({ $ignored }) koje ovaj laptop nije upisao (brojevi koje nije koristio ili operacije drugih uređaja); zanemarene su, pa purge zbog njih ništa neće ukloniti. Obavestite koordinatora: drugi uređaj je možda slao operacije u ime ovog laptopa.
receipt-written = Upisano { $file }: potvrđuje operacije ({ $count }) uređaju { $device } ({ $fingerprint }) za „{ $title }”; šifrovano za taj uređaj. Pošaljite ga nazad organizatoru.
device-none = Još nema uređaja: zakače se pri uvozu njihovog prvog paketa.
device-revoked = Uređaj { $device } ({ $fingerprint }) je opozvan: njegovi kasniji paketi se odbijaju. Ono što je ranije poslao ostaje; pregledajte to pomoću `fieldsign list`.

## `verify`.

verify-file = datoteka
verify-format = format
verify-campaign = kampanja
verify-device = uređaj
verify-created = napravljeno
verify-recipients = primaoci
verify-ranges = opsezi
verify-replicas = replike
verify-operations = operacije
verify-events = događaji
verify-signed-by = potpisao
verify-acknowledges = potvrđuje
verify-signature-valid = { $format } v{ $version } (potpis važeći)
verify-device-fingerprint = { $device }, otisak { $fingerprint } — { $status }
verify-device-known = poznat (zakačen)
verify-device-unknown = još nepoznat (uvoz će ga zakačiti)
verify-device-revoked = OPOZVAN (uvoz bi bio odbijen)
verify-device-mismatch = KLJUČ SE NE POKLAPA: zakačen sa { $pinned } (uvoz bi bio odbijen)
verify-operation-kinds = { $ops } (novi redovi: { $adds }, ispravke: { $amends }, poništenja: { $voids })
verify-from-coordinator = koordinator kampanje
verify-not-coordinator = NIJE koordinator ove kampanje (uvoz bi bio odbijen)
verify-acknowledged = { $ranges } (operacije: { $count })

## Čišćenje.

purge-done = Predato i očišćeno: { $valid }
purge-also = ; vrednosti su uklonjene i iz: { $lines } (i dalje se računaju kao takvi)
purge-illegible-lines = nečitki redovi: { $count }
purge-void-lines = poništeni redovi: { $count }
purge-and = { $first } i { $second }
purge-cleared = ; očišćene operacije: { $ops }; zapisi koji čekaju potvrdu: { $waiting }.
purge-rewritten = Baza podataka je ponovo upisana bez njih.
purge-nothing = Nema šta da se očisti: prvo uvezite potvrdu od koordinatora (`fieldsign import receipt FILE`).

## Izveštaji, izvoz za predaju, duplikati.

report-all = sve
report-event = događaj { $name } { $date }
report-device = uređaj { $device }
report-by-country = važeći po zemlji: { $countries }
report-purged = Predato i očišćeno iz ovog trezora: { $count } (računa se, vrednosti uklonjene).
export-written = Upisano { $count ->
    [one] { $count } važeći potpis
    [few] { $count } važeća potpisa
   *[other] { $count } važećih potpisa
} kampanje „{ $title }” u { $file }.
export-plain-warning = UPOZORENJE: { $file } je OBIČAN TEKST: svako ko ga dobije može da pročita ime i kontakt svakog potpisnika. Predajte ga bezbednim putem i obrišite ga kada završite.
export-purged-left-out = Izostavljeni očišćeni zapisi: { $count }; njihove vrednosti ima samo koordinator.
dedupe-none = Među važećim zapisima ({ $count }) nema verovatnih duplikata.
dedupe-none-likely = Među važećim zapisima ({ $count }) nema verovatnih duplikata (`--possible` prikazuje i parove koje vredi pregledati).
dedupe-groups = { $count ->
    [one] { $count } grupa
    [few] { $count } grupe
   *[other] { $count } grupa
} verovatnih duplikata, najsigurniji prvi. Proverite papirne listove, pa poništite višak: `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } grupa
    [few] { $count } grupe
   *[other] { $count } grupa
} verovatnih ili mogućih duplikata, najsigurniji prvi. Proverite papirne listove, pa poništite višak: `fieldsign void ID --reason "duplicate of …"`.

## Druge greške trezora

error-already-exists = u { $dir } već postoji trezor; koristite njega ili izaberite drugu fasciklu preko --vault
error-unknown-campaign = nijedna kampanja ne odgovara zadatom --campaign (nije prikazan: možda je vrednost); `fieldsign campaign list` ih prikazuje, a `fieldsign campaign join FILE` pridružuje novoj
error-no-campaigns = ovaj trezor još nema kampanju; pridružite se preko `fieldsign campaign join FILE` ili je napravite preko `fieldsign campaign create`
error-campaign-needed = ovaj trezor ima više kampanja ({ $campaigns }); izaberite jednu preko --campaign
error-ambiguous-campaign = zadatom --campaign odgovara više kampanja ({ $matches }); zadajte umesto toga id
error-unknown-event = nijedan događaj ove kampanje ne odgovara zadatom --event (nije prikazan: možda je vrednost); `fieldsign event list` ih prikazuje, `fieldsign event create` dodaje novi
error-ambiguous-event = zadatom --event odgovara više događaja ({ $matches }); zadajte umesto toga id
error-unknown-record = u ovom trezoru nema zapisa sa id { $id }; `fieldsign list` prikazuje id

## Terminalni interfejs (src/tui). Nazivi tastera (Enter, Esc, Tab, Ctrl-L) ostaju kao na tasterima.
## Tabele tastera: „-help” je red pomoći F1, kratak oblik je reč u podnožju.
key-privacy-help = režim privatnosti: sakrij lična polja ranijih unosa
key-lock-help = zaključaj odmah; zaključava se i samo posle izvesnog vremena bez pritiska tastera
key-lock = zaključaj
key-quit-help = izađi (prvo pita ako je nešto otkucano do pola)
key-quit = izađi
key-help-help = ova pomoć (? samo gde nijedno tekstualno polje nije u fokusu)
key-help = pomoć
key-quit-lose = izađi i izgubi to
key-go-back-to-it = vrati se na to
key-close-help-help = zatvori ovu pomoć
key-close-help = zatvori pomoć
key-unlock-help = otključaj otkucanom lozinkom
key-unlock = otključaj
key-home-choose-help = izaberi kampanju ili događaj
key-first-last-help = prvi / poslednji red spiska
key-home-open-help = na događaju: kucaj njegove listove; na kampanji: pregledaj je
key-type-sheets = kucaj listove
key-new-event-help = napravi događaj u izabranoj kampanji
key-new-event = novi događaj
key-browse-help = pregledaj, pretraži i ispravi zapise kampanje
key-browse = pregledaj
key-join-help = pridruži se kampanji iz datoteke koju je dao koordinator
key-join = pridruži se
key-create-help = napravi lokalnu kampanju
key-create = napravi
key-export-help = izvezi paket izabrane kampanje za koordinatora
key-export = izvezi
key-import-help = uvezi paket (koordinator) ili potvrdu (organizator)
key-petition-help = pročitaj tekst peticije kampanje (da ga pročitate potpisniku)
key-dashboard-help = koordinator: kontrolna tabla izabrane kampanje
key-second-entry-help = na događaju: otkucaj njegove listove ponovo, naslepo (dvostruki unos)
key-create-event-help = napravi događaj
key-confirm = potvrdi
key-next-field = sledeće polje
key-cancel-event-help = otkaži: događaj se ne pravi
key-cancel = otkaži
key-confirm-prompt-help = potvrdi unos
key-complete = dopuni
key-cancel-prompt-help = otkaži unos
key-complete-help = dopuni do sada otkucan naziv datoteke ili fascikle
key-next-field-help = sledeće polje (Shift-Tab i ↑ ↓ takođe pomeraju)
key-type = kucaj
key-search-help = pretraga dok kucate (bilo koje polje; bez obzira na dijakritike i veličinu slova)
key-search = pretraga
key-move-help = kretanje kroz spisak
key-choose = izaberi
key-page-help = stranica gore / dole
key-first-last-record-help = prvi / poslednji zapis
key-open-record-help = otvori zapis: ispravi, poništi, istorija
key-open = otvori
key-sort-help = redosled: list/red, prvo najnoviji, prvo najstariji
key-sort = redosled
key-clear-search-help = obriši pretragu, zatim nazad
key-back = nazad
key-count-again-help = prebroj ponovo (posle uvoza paketa)
key-count-again = prebroj ponovo
key-back-campaigns-help = nazad na kampanje
key-entry-field-help = sledeće / prethodno polje (i ↓ ↑)
key-save-line-help = sačuvaj red (prvo na disk); dvaput: sačuvaj duplikat
key-save = sačuvaj
key-illegible-help = sačuvaj ovaj red sa papira kao nečitak ili precrtan
key-illegible = nečitko
key-next-sheet-help = počni sledeći papirni list
key-next-sheet = sledeći list
key-sheet-setup-help = podešavanje lista: broj lista, sledeći red, redova po listu
key-clear-line-help = obriši ceo red; Ctrl-U briše jedno polje
key-browse-event-help = pregledaj i ispravi zapise ovog događaja
key-petition-entry-help = tekst peticije, da ga pročitate potpisniku; Esc vraća nazad
key-tick-help = označi / ukloni oznaku u polju za potvrdu
key-entry-back-help = nazad na početni ekran (prvo pita ako je red otkucan do pola)
key-all-keys = svi tasteri
key-apply-setup-help = primeni broj lista, sledeći red i broj redova po listu
key-apply = primeni
key-next = dalje
key-cancel-setup-help = otkaži: list ostaje kakav je bio
key-export-path-help = gde upisati paket (~ je Vaša kućna fascikla)
key-write-help = upiši (pita pre nego što zameni datoteku)
key-write-file = upiši datoteku
key-all-new-help = sve što se čuva, ili samo ono što nije potvrđeno
key-all-new = sve / novo
key-import-path-help = putanja do datoteke paketa ili potvrde (~ je Vaša kućna fascikla)
key-import-it-help = proveri i uvezi
key-import = uvezi
key-purge-delivered-help = čišćenje: ukloni sa ovog laptopa lične podatke koje je koordinator potvrdio (prvo pita)
key-purge-delivered = očisti isporučeno
key-next-language-help = tekst na sledećem jeziku kampanje
key-next-language = sledeći jezik
key-scroll-help = pomeri tekst duži od prozora
key-scroll = pomeri
key-purge-now-help = očisti odmah: vrednosti se zauvek uklanjaju sa ovog laptopa
key-purge-now = očisti, nepovratno
key-keep-help = zadrži sve i vrati se
key-keep = zadrži i vrati se
key-amend-help = ispravi: promeni vrednosti (stare ostaju u istoriji)
key-amend = ispravi
key-void-help = poništi uz razlog: zapis prestaje da se računa
key-void = poništi
key-history-help = prikaži ili sakrij istoriju izmena
key-history = istorija
key-back-list-help = nazad na spisak
key-save-amendment-help = sačuvaj ispravku (stare vrednosti ostaju u istoriji)
key-cancel-nothing-help = otkaži: ništa se ne menja
key-void-reason-help = poništi uz otkucani razlog (zapis prestaje da se računa; istorija ostaje)
key-switch-field-help = prebaci između dva polja za lozinku
key-switch-field = drugo polje
key-wizard-next-help = sledeće polje, zatim napravi trezor
key-join-file = pridruži se
key-create-campaign = napravi kampanju
key-skip-help = preskoči ovaj korak (početni ekran nudi oboje)
key-skip = preskoči

## Okvir oko svakog ekrana.
tui-privacy-on = PRIVATNOST UKLJ.
tui-quit-anyway = Ipak izaći i izgubiti otkucano?
tui-quit-title = Izaći?
tui-too-small = Prozor je premali ({ $size }; potrebno je { $needs }).
tui-too-small-keys =
    Povećajte ga da biste nastavili; do tada tasteri ne rade,
    osim Ctrl-L (zaključavanje) i Ctrl-Q (izlaz).
tui-too-small-sheet = List { $sheet } ostaje otvoren kakav je bio.
tui-help-heading = Tasteri na ovom ekranu ({ $screen })
tui-help-everywhere = Svuda
tui-help-close = Esc zatvara ovu pomoć
tui-help-title = Pomoć

## Zašto je vrednost polja odbijena: „{ field } { problem }”. Samo pravilo, nikad otkucana vrednost.
error-field-value = polje `{ $field }` { $problem }
value-required = je obavezno
value-too-long = je predugačko (najviše { $graphemes } znakova i { $bytes } bajtova, kako god da su znakovi zapisani)
value-control = sadrži kontrolne znakove (npr. escape nizove terminala, tabulatore ili prelome reda)
value-bidi = sadrži znakove za promenu smera teksta (U+202A–U+202E, U+2066–U+2069 ili oznake smera)
value-invisible = sadrži nevidljive znakove (npr. razmak nulte širine ili meku crticu)
value-email = nije adresa e-pošte (očekuje se name@example.org)
value-phone = nije broj telefona (cifre, razmaci, + - ( ) . ; od 5 do 20 cifara)
value-country = nije kod zemlje po ISO 3166 (dva slova, npr. DE, GR, IN)
value-postcode = nije poštanski broj (slova, cifre, razmaci i -; najviše 12)
value-date = nije datum (očekuje se GGGG-MM-DD)
value-checkbox = nije vrednost polja za potvrdu (`yes/no, y/n, x, 1/0, true/false`)
value-choice = nije nijedna od ponuđenih: { $options }

## Polja za kucanje listova i formular događaja: nazivi standardnih polja i šta polje očekuje.
field-name = Ime
field-email = E-pošta
field-phone = Telefon
field-city = Grad
field-country = Zemlja
field-postcode = Poštanski broj
field-contact-ok = Sme kontakt
field-place = Mesto
field-date = Datum
hint-phone = cifre, + - ( )
hint-country = 2 slova: DE, GR, IN…
hint-postcode = slova, cifre, -
hint-checkbox = Razmak označava / uklanja oznaku
hint-choice = jedno od: { $options }

## Ekran za otključavanje.
title-locked = zaključano
unlock-heading = Trezor je zaključan.
unlock-vault = Trezor:
unlock-passphrase = Lozinka:
unlock-busy = Otključavanje… (namerno traje sekundu-dve)
unlock-hint = Otkucajte lozinku i pritisnite Enter.
unlock-empty = Otkucajte lozinku trezora, zatim pritisnite Enter.
unlock-wrong = Pogrešna lozinka. Pokušajte ponovo (razlikuju se velika i mala slova: proverite Caps Lock i raspored tastature).

## Zaključavanje i režim privatnosti.
lock-idle = Zaključano samo od sebe posle { $limit } bez pritiska tastera. Otključajte da biste nastavili gde ste stali.
lock-key = Zaključano (Ctrl-L). Otključajte da biste nastavili gde ste stali.
privacy-on = Režim privatnosti uključen: lična polja ranijih unosa su sakrivena. Ctrl-P ih prikazuje.
privacy-off = Režim privatnosti isključen.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s

## Naslovi ekrana (posle „fieldsign · ” u naslovnoj traci).
title-home = početak

## Brojevi na više ekrana.
count-events = { $count ->
    [one] { $count } događaj
    [few] { $count } događaja
   *[other] { $count } događaja
}
count-lines = { $count ->
    [one] { $count } red
    [few] { $count } reda
   *[other] { $count } redova
}
counting = brojanje…
role-coordinator = koordinator
role-organizer = organizator

## Početni ekran: kampanje i njihovi događaji.
home-heading = Kampanje i događaji
home-empty = U ovom trezoru još nema nijedne kampanje.
home-empty-join = pridružite se kampanji iz datoteke koju Vam je dao koordinator
home-empty-create = napravite lokalnu kampanju koju sami koordinirate
home-new-event = novi događaj…
home-new-event-title = Novi događaj u kampanji „{ $campaign }” (Enter pravi, Esc otkazuje)
home-event-created = Događaj „{ $event }” je napravljen. Enter počinje kucanje njegovih listova.
home-second-entry-event = Prvo izaberite događaj (↑ ↓): v ponovo kuca njegove listove, naslepo, radi provere.
home-campaign-first = Prvo se pridružite kampanji (j) ili je napravite (c); događaji pripadaju kampanji.
home-this-device = Ovaj uređaj:
home-device-checked = (koordinator ga proverava)
home-dashboard-coordinators = Kontrolna tabla je koordinatorova: broji sve što stigne od svih organizatora. Ono što čuva ovaj laptop broji se ovde, ispod liste.
standing-valid = važećih: { $count }
standing-void = poništenih: { $count }
standing-illegible = nečitkih: { $count }
standing-purged = isporučenih i očišćenih: { $count }
standing-unsent = { $count ->
    [one] { $count } izmena još nije poslata
    [few] { $count } izmene još nisu poslate
   *[other] { $count } izmena još nije poslato
}
standing-last-bundle = poslednji paket { $time }
standing-no-bundle = još nije upisan nijedan paket
list-and = { $rest } i { $last }

## Kucanje listova. Brojevi lista i reda su kao na papiru.
title-entry = kucanje listova
entry-start = List { $sheet }, red { $line }: otkucajte prvog potpisnika. Tab prelazi između polja, Enter čuva.
entry-continue = Nastavlja se list { $sheet } od reda { $line }. Ctrl-N počinje list { $next }.
entry-not-saved-check = Nije sačuvano. Uporedite red sa papirom (Ctrl-T postavlja broj reda), zatim Enter.
entry-unsaved-leave = Red { $line } je otkucan, ali nije sačuvan. Enter ga čuva; ponovni Esc ga odbacuje i vraća nazad.
entry-unsaved-next = Red { $line } je otkucan, ali nije sačuvan. Enter ga čuva; ponovni Ctrl-N ga odbacuje i počinje list { $next }.
entry-unsaved-resume = Red { $line } lista { $sheet } je otkucan, ali nije sačuvan.
entry-sheet-line = list { $sheet } red { $line }
entry-sheet-line-elsewhere = list { $sheet } red { $line } drugog događaja
entry-nothing-typed = U redu { $line } ništa nije otkucano. Otkucajte potpisnika ili Ctrl-X ako je red na papiru nečitak ili precrtan.
entry-fix-fields = Red { $line } nije sačuvan: ispravite { $fields } (označeno sa ✗), zatim Enter.
entry-fix-marked = Red { $line } nije sačuvan: ispravite polja označena sa ✗, zatim Enter.
entry-again-save = Ponovni Enter
entry-again-illegible = Ponovni Ctrl-X
entry-retype = List { $sheet } red { $line } je već otkucan: { $again } čuva drugi unos, Esc vraća nazad.
entry-beyond = Red { $line } je izvan broja redova papirnog lista ({ $lines }): { $again } ga čuva, Esc vraća nazad (Ctrl-T menja podešavanje lista).
entry-duplicate = Verovatno isti potpisnik kao { $places }. Ponovni Enter ipak čuva; Esc vraća na red.
entry-likely-duplicate = ⚠ Verovatan duplikat: { $places }
entry-not-saved-error = Red { $line } NIJE sačuvan: { $error }
entry-saved = ✓ Sačuvano: { $what }. Sada red { $line }.
entry-saved-complete = ✓ Sačuvano: { $what }. List { $sheet } je popunjen ({ $count } od { $lines }): Ctrl-N počinje list { $next }.
entry-saved-illegible = list { $sheet } red { $line } kao nečitak
entry-next-paper = List { $sheet }, red { $line }: uzmite sledeći papirni list.
entry-setup-heading = Podešavanje lista (Enter primenjuje, Esc otkazuje)
entry-setup-number = mora biti broj od 1 naviše
entry-setup-session-only = Broj redova po listu važi samo za ovu sesiju: { $error }
entry-setup-done = List { $sheet }, sledeći red { $line }.
entry-tally-complete = otkucano { $count } od { $lines } redova · list popunjen
entry-tally-left = otkucano { $count } od { $lines } redova · preostalo { $left }
entry-tally = { $count ->
    [one] na ovom listu otkucan je { $count } red
    [few] na ovom listu otkucana su { $count } reda
   *[other] na ovom listu otkucano je { $count } redova
}
entry-sheet = List
entry-line = Red
entry-nothing-saved = Na ovom listu još ništa nije sačuvano.
entry-privacy-mode = režim privatnosti
entry-illegible = nečitko
entry-last-saved = Poslednje sačuvano:
entry-blind-heading = drugi unos, naslepo
entry-blind-start = Drugi unos lista { $sheet }, od reda { $line }: kucajte ono što piše na papiru. Prvi unos se ne prikazuje.
entry-blind-none = Nijedan red ovog događaja u ovom trezoru ne čeka drugi unos. Kucajte listove koji su već otkucani (Ctrl-T postavlja list i red).
entry-blind-tally = { $count ->
    [one] otkucan { $count } red
    [few] otkucana { $count } reda
   *[other] otkucano { $count } redova
} · { $again } otkucano ponovo
entry-blind-differs = Red { $line } JOŠ NIJE sačuvan: razlikuje se od prvog unosa u { $fields }. Pročitajte papir ponovo i otkucajte šta piše (polja su ispražnjena), zatim { $again }.
entry-blind-differs-kind = Red { $line } JOŠ NIJE sačuvan: razlikuje se od prvog unosa u tome da li je red na papiru potpis ili nečitak. Pogledajte papir ponovo: Enter čuva potpis, Ctrl-X nečitak red.
# Named among the differing fields when the line kind differs.
entry-blind-kind-field = potpis ili nečitko
entry-blind-read-paper = razlikuje se od prvog unosa: otkucajte šta piše na papiru
entry-blind-agrees = ✓ Sačuvano: { $what }; slaže se sa prvim unosom, provereno. Sada red { $line }.
entry-blind-still-differs = Sačuvano: { $what }; i dalje se razlikuje od prvog unosa u { $fields }: ostavljeno za odluku. Sada red { $line }.
entry-blind-sheet-done = Svaki otkucani red lista { $sheet } sada ima drugi unos: Ctrl-N za list { $next }.
entry-blind-last-agrees = slaže se, provereno
entry-blind-last-differs = razlikuje se u { $fields }: ostavljeno za odluku
entry-blind-nothing-saved = U ovom drugom unosu još ništa nije sačuvano.
field-sheet = List
field-next-line = Sledeći red
field-lines-per-sheet = Redova po listu

## Prvo pokretanje: pravljenje trezora, zatim kampanje.
title-first-start = prvo pokretanje
wizard-too-short = Koristite bar { $min } znakova; najbolje nekoliko reči.
wizard-differ = Dve lozinke se razlikuju. Otkucajte je ponovo u drugom polju.
wizard-welcome = Dobro došli u fieldsign. Korak 1 od 2: napravite svoj trezor
wizard-encrypted = Sve što otkucate čuva se šifrovano u trezoru u fascikli
wizard-choose =
    Izaberite lozinku kojom ćete ga zaključati. Fraza od četiri ili više
    reči je jaka i lako se kuca. Niko je ne može povratiti ako se izgubi.
wizard-passphrase = Lozinka:
wizard-repeat = Ponovite je:
wizard-strength = Jačina:
wizard-creating = Pravljenje trezora… (sekundu-dve)
wizard-keys = Tab menja polje · Enter pravi trezor
strength-empty = otkucajte lozinku
strength-too-short = prekratko: svako ko drži laptop mogao bi da je pogodi
strength-strong = jaka
strength-fair = osrednja: četiri ili više reči bili bi jači
strength-weak = slaba: koristite četiri ili više reči
setup-heading = Trezor je napravljen. Korak 2 od 2: Vaša kampanja
setup-either = Potpisi pripadaju kampanji. Ili:
setup-join-file = (datoteka .fieldsign, npr. na USB fleš disku)
setup-skip = preskoči za sada (početni ekran nudi oboje)

## Upiti za pridruživanje kampanji ili njeno pravljenje (početni ekran i prvo pokretanje).
prompt-campaign-file = Datoteka kampanje:
prompt-campaign-title = Naslov kampanje:
prompt-file-needed = otkucajte putanju do datoteke kampanje koju Vam je dao koordinator
prompt-joined = Pridružili ste se kampanji „{ $campaign }”. Ključ koordinatora { $fingerprint }: proverite ga sa koordinatorom lično ili telefonom.
prompt-title-needed = otkucajte naslov, npr. „Sloboda za sve”
prompt-created = Lokalna kampanja „{ $campaign }” je napravljena sa standardnim poljima. Sledeće: napravite događaj (n).
prompt-join-keys = Enter pridruži se · Tab dopunjuje · Esc otkaži · ~ je kućna fascikla
prompt-create-keys = Enter napravi · Esc otkaži

## Dopunjavanje naziva datoteke tasterom Tab.
complete-none = Nijedna datoteka ni fascikla tako ne počinje.
complete-only = To je jedini naziv koji odgovara: nema šta da se dopuni.
complete-several = { $count ->
    [one] Odgovara { $count } naziv
    [few] Odgovaraju { $count } naziva
   *[other] Odgovara { $count } naziva
}: { $names }. Otkucajte još, pa ponovo Tab.

## Pregledanje zapisa kampanje.
title-browse = pregled
order-paper = list/red
order-newest = prvo najnoviji
order-oldest = prvo najstariji
browse-reading = čitanje zapisa…
browse-count = { $count ->
    [one] { $count } pogodak
    [few] { $count } pogotka
   *[other] { $count } pogodaka
} · redosled: { $order }
browse-search = Pretraga:
browse-sorted = Redosled: { $order }.
browse-no-records = Još nema zapisa: prvo otkucajte neke listove.
browse-no-match = Ništa ne odgovara. Esc briše pretragu.
column-event = DOGAĐAJ
column-sheet = LIST
column-line = RED
column-status = STANJE
status-ok = u redu
status-illegible = nečitak
status-void = PONIŠTEN
status-purged = očišćen

## Jedan zapis: njegove vrednosti, ispravka, poništenje, istorija.
title-record = zapis
record-purged-refused = Ovaj zapis je isporučen koordinatoru i očišćen iz ovog trezora: ovde se ne može menjati. Zamolite koordinatora da ga ispravi ili poništi.
record-nothing-changed = Ništa nije promenjeno.
record-amended-tui = ✓ Ispravljeno ({ $fields }). Stare vrednosti ostaju u istoriji.
record-fix-marked = Nije sačuvano: ispravite polja označena sa ✗.
record-not-saved = Nije sačuvano: { $error }
record-void-why = Navedite razlog, npr. „duplikat lista 3 reda 4”, zatim Enter.
record-voided-tui = ✓ Poništeno: zapis se više ne računa. Njegova istorija ostaje.
record-not-voided = Nije poništeno: { $error }
record-typed = otkucano { $time } na uređaju { $device }
record-no-origin = (njegov red sa papira još nije stigao)
record-values-purged = vrednosti su ovde očišćene
record-entered-id = { $entered } · id { $id }
record-amend-heading = Ispravka: promenite vrednosti, Enter čuva, Esc otkazuje
record-voided-because = Poništeno: { $reason }
record-void-prompt = Zašto poništiti?
record-void-keys = Enter poništava (zapis prestaje da se računa; istorija ostaje) · Esc otkazuje
record-reading-history = čitanje istorije…
record-history = Istorija, prvo najstarije
record-history-purged = isporučeno koordinatoru; vrednosti su ovde očišćene
record-unsaved-amend = Ispravka je otkucana, ali nije sačuvana.
record-unsaved-void = Poništenje je otkucano, ali nije sačuvano.
record-status-valid = važeći
record-status-illegible = nečitak
record-status-void = poništen
record-status-purged = očišćen
history-added = dodat list { $sheet } red { $line }: { $values }
history-amended = ispravljeno { $values }
history-cleared = { $field } obrisano
history-voided = poništeno: { $reason }
history-decided-kept = odlučeno: isti potpisnik kao { $others }; ovaj zadržan
history-decided-duplicate = odlučeno: duplikat zapisa { $keep }
history-decided-different = odlučeno: druga osoba u odnosu na { $others }
history-verified-kept = provereno dvostrukim unosom ({ $others }); ovaj zadržan
history-verified-entry = unos istog reda papira kao { $keep }, zadržan kao njegova provera
history-undone = odluka opozvana

## Izbor jezika ekrana (početni ekran, l).
key-language-help = jezik ekrana (čuva se u ovom trezoru)
key-language-choose-help = prikazuj ekrane na ovom jeziku i sačuvaj ga u ovom trezoru
key-language-cancel-help = otkaži: jezik ostaje kakav je
language-heading = Jezik ekrana (Enter bira, Esc otkazuje)
language-chosen = Jezik: { $language }. Sačuvan u ovom trezoru; `--lang` i FIELDSIGN_LANG i dalje biraju jezik za jedno pokretanje.
language-not-kept = Jezik: { $language }, samo za ovu sesiju (nije sačuvan: { $error })

## Čišćenje u TUI, dok njegova nit prepisuje bazu podataka.
purge-quit-after = Čišćenje prepisuje bazu podataka i ne prekida se na pola puta: fieldsign će se zatvoriti čim se završi.
purge-vault-busy = drugi deo fieldsign još čita trezor; pokušajte ponovo za trenutak
purge-stopped = Čišćenje je stalo: { $error }. Otključajte da vidite dokle je stiglo, pa ponovo očistite ako zapisi još čekaju.
tui-hint-join = na početnom ekranu j pridružuje datoteku kampanje
tui-hint-event-exists = nalazi se na listi na početnom ekranu: izaberite ga i pritisnite Enter
tui-hint-other-identity = da biste ga otvorili drugom datotekom identiteta, izađite, pa pokrenite `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = za veću datoteku izađite, pa pokrenite `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = Cilj nije postavljen (da biste ga postavili, izađite i pokrenite `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = koordinator: uređaji izabrane kampanje (opozvati, napisati potvrdu)
key-devices = uređaji
key-receipt-help = napisati potvrdu za izabrani uređaj (pita za datoteku)
key-receipt = potvrda
key-receipt-path-help = datoteka potvrde, npr. na USB stiku
key-revoke-help = opozvati izabrani uređaj (prvo pita, uz otisak)
key-revoke = opozovi
title-devices = uređaji
home-devices-coordinators = Ekran uređaja je koordinatorov: navodi uređaje čiji su paketi uvezeni u ovaj trezor.
devices-heading = Uređaji kampanje „{ $title }“
devices-col-fingerprint = OTISAK
devices-col-first = PRVI
devices-col-last = POSLEDNJI PAKET
devices-col-ops = OPER.
devices-col-records = ZAPISI
devices-col-revoked = OPOZVAN
devices-not-pinned = (nema paketa)
devices-not-pinned-help = Ovaj uređaj nije slao pakete ovde (to je sopstveni uređaj trezora ili poznat samo iz tuđih paketa): nema ključa koji bi se opozvao ili kome bi se napisala potvrda.
devices-detail = uređaj { $device } · { $fingerprint } · prvi paket { $first }, poslednji { $last }
devices-already-revoked = Ovaj uređaj je već opozvan.
devices-revoke-ask = Opozvati uređaj sa otiskom { $fingerprint }? Svaki paket koji od sada potpiše biće odbijen; ono što je ranije poslao ostaje.
devices-receipt-for = Potvrda za uređaj { $fingerprint }: potvrđuje ono što ovaj trezor ima pod njegovim potpisom.
devices-receipt-file = Datoteka:
devices-receipt-file-needed = Upišite gde da se potvrda zapiše, npr. na USB stik.
devices-receipt-exists = { $file } već postoji. Još jedan Enter je zamenjuje; ili promenite ime.
devices-receipt-writing = potvrda se šifruje i zapisuje…
devices-nothing-changed = { $error } Ništa nije zapisano ni promenjeno.
