### fieldsign: polski. Słowniczek: docs/glossary/pl.md. Forma bezosobowa i grzecznościowa.

-fieldsign = fieldsign

## Błędy i ostrzeżenia wiersza poleceń.

error-prefix = błąd: { $message }
warning-core-dumps = ostrzeżenie: nie udało się wyłączyć zrzutów pamięci ({ $reason }); w razie awarii zawartość pamięci może trafić na dysk
error-invalid-value = błąd: wartość podana dla { $arg } jest nieprawidłowa{ $why }; zob. `fieldsign --help`
error-unexpected-word = błąd: podano nieoczekiwane słowo (nie jest pokazane: może to być wartość; wartości podaje się w --field KEY=VALUE); zob. `fieldsign --help`
error-internal = błąd: wewnętrzny błąd fieldsign w { $place }. Nic niezapisanego nie zostało zapisane; wszystko, co ekran pokazał jako zapisane, jest bezpieczne. Prosimy to zgłosić (bez żadnych danych sygnatariuszy).
error-file = błąd: { $file }: { $message }
error-vault-in-use = sejf w { $dir } jest używany przez inny proces fieldsign; najpierw go zamknij (sejf może być otwarty tylko w jednym)
error-vault-closing = sejf w { $dir } trzyma proces fieldsign, który właśnie się zamyka; spróbuj ponownie za kilka sekund
error-no-vault = brak sejfu w { $dir }: utwórz go poleceniem `fieldsign init` (albo wskaż istniejący przez --vault / FIELDSIGN_VAULT)
error-wrong-passphrase = błędne hasło do tego sejfu; spróbuj ponownie (wielkość liter ma znaczenie). Jeśli hasło jest na pewno poprawne, plik klucza może być uszkodzony: przywróć key.age z kopii zapasowej
error-bundles-refused = odrzucone paczki: { $failed } z { $total } (zob. wyżej; niczego nie zmieniły); pozostałe zaimportowano

## Hasła.

prompt-vault-passphrase = Hasło do sejfu:{" "}
passphrase-choose = Wybierz { $kind ->
    [new] nowe hasło do sejfu
   *[first] hasło do sejfu
}: długa fraza z kilku słów jest zarazem silna i łatwa do wpisania.
prompt-new-passphrase = Nowe hasło do sejfu:{" "}
prompt-repeat-passphrase = Powtórz hasło do sejfu:{" "}
passphrase-short = To za krótkie: każdy, kto zabierze laptopa, może je odgadnąć. Lepiej 4 słowa lub więcej.
passphrase-mismatch = Oba wpisy się różnią; spróbuj ponownie.
passphrase-changed = Hasło zmienione. Stare nie otwiera już tego sejfu.

## Sejf i tożsamość.

vault-created = Utworzono sejf w { $dir }
vault-device = Urządzenie { $device }, odcisk klucza podpisu { $fingerprint }
vault-next = Dalej: `fieldsign campaign join FILE` (organizator) lub `fieldsign campaign create --title …` (koordynator).
identity-exported = TAJNĄ tożsamość age tego sejfu zapisano w { $file } (tryb 0600). Kto ją ma, może odczytać każdą paczkę wysłaną do tego sejfu: trzymaj ją na zaszyfrowanym dysku i usuń, gdy nie będzie potrzebna.

## Kampanie i wydarzenia.

campaign-created = Utworzono kampanię „{ $title }” ({ $id }). Przekaż { $file } organizatorom: `fieldsign campaign join { $file }`; odcisk klucza koordynatora: { $fingerprint }.
campaign-joined = Dołączono do „{ $title }” ({ $id }). Odcisk klucza koordynatora { $fingerprint }: sprawdź go z koordynatorem telefonicznie lub osobiście.
campaign-none = Nie ma jeszcze kampanii: `fieldsign campaign join FILE` lub `fieldsign campaign create --title …`.
show-role = rola
show-role-coordinator = koordynator (ten sejf ma klucz podpisu kampanii)
show-role-organizer = organizator
show-coordinator-key = klucz koordynatora
show-goal = cel
show-goal-signatures = podpisy: { $count }
show-no-goal = nie ustalono
show-fields = pola
show-required = wymagane
show-field-role = znaczenie { $role }
show-no-events = jeszcze żadnych
show-event-records = wpisy: { $count }
show-texts = tekst petycji
show-no-texts = brak: plik kampanii nie zawiera tekstu petycji; poproś o niego koordynatora
show-text-heading = Tekst petycji, { $language } ({ $number } z { $count }):

## Wpisy.

record-amended = Poprawiono wpis { $id }.
record-voided = Unieważniono wpis { $id }; nie jest już liczony.
csv-imported = Zaimportowano { $count ->
    [one] { $count } podpis
    [few] { $count } podpisy
   *[many] { $count } podpisów
} do „{ $event }” (arkusze { $first }–{ $last }).

## Paczki, potwierdzenia, urządzenia.

bundle-what-all = wszystko, co jest w sejfie
bundle-what-new = wszystko, czego koordynator jeszcze nie potwierdził
bundle-written = Zapisano { $file } ({ $bytes } B): operacje: { $ops } (nowe wiersze: { $adds }, poprawki: { $amends }, unieważnienia: { $voids }), wydarzenia: { $events }, kampania „{ $title }”, { $what }; zaszyfrowano dla odbiorców-koordynatorów ({ $recipients }) i podpisano tym urządzeniem ({ $fingerprint }).
bundle-empty = Uwaga: koordynator potwierdził już wszystko; ta paczka nie zawiera operacji.
device-pinned = Przypięto nowe urządzenie { $device } z odciskiem { $fingerprint }: sprawdź go z organizatorem osobiście lub telefonicznie.
bundle-replay = { $file }: już zaimportowano (powtórka): wszystkie operacje ({ $known }) były znane; nic się nie zmieniło.
bundle-imported = { $file }: zaimportowano do „{ $title }” z urządzenia { $device } ({ $fingerprint }): nowe wpisy: { $records }, poprawki: { $amends }, unieważnienia: { $voids }, nowe wydarzenia: { $events }, już znane: { $known }, konflikty: 0; operacje od { $replicas }.
receipt-imported = Potwierdzenie od koordynatora „{ $title }” ({ $created }): nowo potwierdzone operacje: { $acknowledged }; do wysłania: { $unacknowledged }. `fieldsign purge --acknowledged` usuwa z tego laptopa to, co już przekazano.
receipt-ignored = Ostrzeżenie: potwierdzenie obejmuje też operacje ({ $ignored }), których ten laptop nie zapisał (numery, których nie użył, lub operacje innych urządzeń); pominięto je, więc purge nie usunie z ich powodu niczego. Powiadom koordynatora: inne urządzenie mogło wysyłać operacje w imieniu tego laptopa.
receipt-written = Zapisano { $file }: potwierdza operacje ({ $count }) urządzenia { $device } ({ $fingerprint }) dla „{ $title }”; zaszyfrowano dla tego urządzenia. Odeślij je organizatorowi.
device-none = Nie ma jeszcze urządzeń: przypina się je przy imporcie ich pierwszej paczki.
device-revoked = Unieważniono urządzenie { $device } ({ $fingerprint }): jego kolejne paczki będą odrzucane. To, co wysłało wcześniej, zostaje; przejrzyj to przez `fieldsign list`.

## `verify`.

verify-file = plik
verify-format = format
verify-campaign = kampania
verify-device = urządzenie
verify-created = utworzono
verify-recipients = odbiorcy
verify-ranges = zakresy
verify-replicas = repliki
verify-operations = operacje
verify-events = wydarzenia
verify-signed-by = podpisał
verify-acknowledges = potwierdza
verify-signature-valid = { $format } v{ $version } (podpis ważny)
verify-device-fingerprint = { $device }, odcisk { $fingerprint } — { $status }
verify-device-known = znane (przypięte)
verify-device-unknown = jeszcze nieznane (import je przypnie)
verify-device-revoked = UNIEWAŻNIONE (import zostałby odrzucony)
verify-device-mismatch = NIEZGODNY KLUCZ: przypięte z { $pinned } (import zostałby odrzucony)
verify-operation-kinds = { $ops } (nowe wiersze: { $adds }, poprawki: { $amends }, unieważnienia: { $voids })
verify-from-coordinator = koordynator kampanii
verify-not-coordinator = NIE koordynator tej kampanii (import zostałby odrzucony)
verify-acknowledged = { $ranges } (operacje: { $count })

## Czyszczenie.

purge-done = Przekazane i wyczyszczone: { $valid }
purge-also = ; wartości usunięto także z: { $lines } (nadal liczone jako takie)
purge-illegible-lines = nieczytelne wiersze: { $count }
purge-void-lines = unieważnione wiersze: { $count }
purge-and = { $first } i { $second }
purge-cleared = ; wyczyszczone operacje: { $ops }; wpisy czekające na potwierdzenie: { $waiting }.
purge-rewritten = Bazę danych zapisano na nowo bez nich.
purge-nothing = Nie ma czego czyścić: najpierw zaimportuj potwierdzenie od koordynatora (`fieldsign import receipt FILE`).

## Raporty, eksport do przekazania, duplikaty.

report-all = wszystkie
report-event = wydarzenie { $name } { $date }
report-device = urządzenie { $device }
report-by-country = ważne wg kraju: { $countries }
report-purged = Przekazane i wyczyszczone z tego sejfu: { $count } (liczone, wartości usunięte).
export-written = Zapisano { $count ->
    [one] { $count } ważny podpis
    [few] { $count } ważne podpisy
   *[many] { $count } ważnych podpisów
} kampanii „{ $title }” w { $file }.
export-plain-warning = UWAGA: { $file } to ZWYKŁY TEKST: każdy, kto go dostanie, odczyta imię, nazwisko i kontakt każdego sygnatariusza. Przekaż go bezpiecznym kanałem i usuń po zakończeniu.
export-purged-left-out = { $count ->
    [one] Pominięto { $count } wyczyszczony wpis: jego wartości ma tylko koordynator.
    [few] Pominięto { $count } wyczyszczone wpisy: ich wartości ma tylko koordynator.
   *[many] Pominięto { $count } wyczyszczonych wpisów: ich wartości ma tylko koordynator.
}
dedupe-none = Brak prawdopodobnych duplikatów wśród ważnych wpisów ({ $count }).
dedupe-none-likely = Brak prawdopodobnych duplikatów wśród ważnych wpisów ({ $count }) (`--possible` pokazuje też pary warte sprawdzenia).
dedupe-groups = { $count ->
    [one] { $count } grupa
    [few] { $count } grupy
   *[many] { $count } grup
} prawdopodobnych duplikatów, najpewniejsze najpierw. Sprawdź papierowe arkusze, a potem unieważnij zbędne: `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } grupa
    [few] { $count } grupy
   *[many] { $count } grup
} prawdopodobnych lub możliwych duplikatów, najpewniejsze najpierw. Sprawdź papierowe arkusze, a potem unieważnij zbędne: `fieldsign void ID --reason "duplicate of …"`.

## Inne błędy sejfu

error-already-exists = w { $dir } jest już sejf; użyj go albo wybierz inny folder przez --vault
error-unknown-campaign = żadna kampania nie pasuje do podanego --campaign (nie jest pokazany: może to być wartość); `fieldsign campaign list` pokazuje kampanie, a `fieldsign campaign join FILE` dołącza do nowej
error-no-campaigns = w tym sejfie nie ma jeszcze kampanii; dołącz do kampanii przez `fieldsign campaign join FILE` albo utwórz ją przez `fieldsign campaign create`
error-campaign-needed = w tym sejfie jest kilka kampanii ({ $campaigns }); wskaż jedną przez --campaign
error-ambiguous-campaign = do podanego --campaign pasuje kilka kampanii ({ $matches }); podaj zamiast tego id
error-unknown-event = żadne wydarzenie tej kampanii nie pasuje do podanego --event (nie jest pokazany: może to być wartość); `fieldsign event list` pokazuje wydarzenia, `fieldsign event create` dodaje nowe
error-ambiguous-event = do podanego --event pasuje kilka wydarzeń ({ $matches }); podaj zamiast tego id
error-unknown-record = w tym sejfie nie ma wpisu o id { $id }; `fieldsign list` pokazuje identyfikatory
