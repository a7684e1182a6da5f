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
