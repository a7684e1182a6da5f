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

## Interfejs terminalowy (src/tui). Nazwy klawiszy (Enter, Esc, Tab, Ctrl-L) jak na klawiszach.
## Tabele klawiszy: „-help” to wiersz pomocy F1, forma krótka to słowo w stopce.
key-privacy-help = tryb prywatności: ukryj pola osobowe wcześniejszych wpisów
key-lock-help = zablokuj teraz; blokuje się też samo po chwili bez naciśnięcia klawisza
key-lock = zablokuj
key-quit-help = zakończ (najpierw zapyta, jeśli coś jest wpisane do połowy)
key-quit = zakończ
key-help-help = ta pomoc (? tylko tam, gdzie żadne pole tekstowe nie jest aktywne)
key-help = pomoc
key-quit-lose = zakończ i utrać
key-go-back-to-it = wróć do tego
key-close-help-help = zamknij tę pomoc
key-close-help = zamknij pomoc
key-unlock-help = odblokuj wpisanym hasłem
key-unlock = odblokuj
key-home-choose-help = wybierz kampanię lub wydarzenie
key-first-last-help = pierwszy / ostatni wiersz listy
key-home-open-help = na wydarzeniu: wpisuj jego arkusze; na kampanii: przeglądaj ją
key-type-sheets = wpisuj arkusze
key-new-event-help = utwórz wydarzenie w wybranej kampanii
key-new-event = nowe wydarzenie
key-browse-help = przeglądaj, szukaj i poprawiaj wpisy kampanii
key-browse = przeglądaj
key-join-help = dołącz do kampanii z pliku od koordynatora
key-join = dołącz
key-create-help = utwórz lokalną kampanię
key-create = utwórz
key-export-help = wyeksportuj paczkę wybranej kampanii dla koordynatora
key-export = eksportuj
key-import-help = zaimportuj paczkę (koordynator) lub potwierdzenie (organizator)
key-petition-help = przeczytaj tekst petycji kampanii (by odczytać go podpisującemu)
key-dashboard-help = koordynator: pulpit wybranej kampanii
key-second-entry-help = na wydarzeniu: wpisz jego arkusze ponownie, na ślepo (podwójne wprowadzanie)
key-create-event-help = utwórz wydarzenie
key-confirm = zatwierdź
key-next-field = następne pole
key-cancel-event-help = anuluj: wydarzenie nie zostanie utworzone
key-cancel = anuluj
key-confirm-prompt-help = zatwierdź wpis
key-complete = uzupełnij
key-cancel-prompt-help = anuluj wpis
key-complete-help = uzupełnij wpisaną dotąd nazwę pliku lub folderu
key-next-field-help = następne pole (Shift-Tab oraz ↑ ↓ też przechodzą)
key-type = wpisuj
key-search-help = szukaj w trakcie pisania (dowolne pole; bez względu na znaki diakrytyczne i wielkość liter)
key-search = szukaj
key-move-help = poruszaj się po liście
key-choose = wybierz
key-page-help = strona w górę / w dół
key-first-last-record-help = pierwszy / ostatni wpis
key-open-record-help = otwórz wpis: popraw, unieważnij, historia
key-open = otwórz
key-sort-help = kolejność: arkusz/wiersz, najpierw najnowsze, najpierw najstarsze
key-sort = kolejność
key-clear-search-help = wyczyść wyszukiwanie, potem wstecz
key-back = wstecz
key-count-again-help = policz ponownie (po zaimportowaniu paczek)
key-count-again = policz ponownie
key-back-campaigns-help = wróć do kampanii
key-entry-field-help = następne / poprzednie pole (także ↓ ↑)
key-save-line-help = zapisz wiersz (najpierw na dysku); dwukrotnie: zapisz duplikat
key-save = zapisz
key-illegible-help = zapisz ten wiersz z papieru jako nieczytelny lub skreślony
key-illegible = nieczytelny
key-next-sheet-help = zacznij następny papierowy arkusz
key-next-sheet = następny arkusz
key-sheet-setup-help = ustawienia arkusza: numer arkusza, następny wiersz, wierszy na arkuszu
key-clear-line-help = wyczyść cały wiersz; Ctrl-U czyści jedno pole
key-browse-event-help = przeglądaj i poprawiaj wpisy tego wydarzenia
key-petition-entry-help = tekst petycji, by odczytać go podpisującemu; Esc wraca
key-tick-help = zaznacz / odznacz pole wyboru
key-entry-back-help = wróć do ekranu głównego (najpierw zapyta, jeśli wiersz jest wpisany do połowy)
key-all-keys = wszystkie klawisze
key-apply-setup-help = zastosuj numer arkusza, następny wiersz i liczbę wierszy na arkuszu
key-apply = zastosuj
key-next = dalej
key-cancel-setup-help = anuluj: arkusz pozostaje bez zmian
key-export-path-help = gdzie zapisać paczkę (~ to twój folder domowy)
key-write-help = zapisz (zapyta, zanim zastąpi plik)
key-write-file = zapisz plik
key-all-new-help = wszystko, co przechowywane, lub tylko to, czego nie potwierdzono
key-all-new = wszystko / nowe
key-import-path-help = ścieżka do pliku paczki lub potwierdzenia (~ to twój folder domowy)
key-import-it-help = sprawdź i zaimportuj
key-import = importuj
key-purge-delivered-help = czyszczenie: usuń z tego laptopa dane osobowe potwierdzone przez koordynatora (najpierw zapyta)
key-purge-delivered = wyczyść dostarczone
key-next-language-help = tekst w następnym języku kampanii
key-next-language = następny język
key-scroll-help = przewijaj tekst dłuższy niż okno
key-scroll = przewijaj
key-purge-now-help = wyczyść teraz: wartości znikną z tego laptopa na zawsze
key-purge-now = wyczyść, nieodwracalnie
key-keep-help = zachowaj wszystko i wróć
key-keep = zachowaj i wróć
key-amend-help = popraw: zmień wartości (stare zostają w historii)
key-amend = popraw
key-void-help = unieważnij z podaniem powodu: wpis przestaje się liczyć
key-void = unieważnij
key-history-help = pokaż lub ukryj historię zmian
key-history = historia
key-back-list-help = wróć do listy
key-save-amendment-help = zapisz poprawkę (stare wartości zostają w historii)
key-cancel-nothing-help = anuluj: nic się nie zmienia
key-void-reason-help = unieważnij z wpisanym powodem (wpis przestaje się liczyć; historia zostaje)
key-switch-field-help = przełącz między dwoma polami hasła
key-switch-field = drugie pole
key-wizard-next-help = następne pole, potem utwórz sejf
key-join-file = dołącz z pliku
key-create-campaign = utwórz kampanię
key-skip-help = pomiń ten krok (ekran główny też oferuje obie możliwości)
key-skip = pomiń

## Ramka wokół każdego ekranu.
tui-privacy-on = PRYWATNOŚĆ WŁ.
tui-quit-anyway = Zakończyć mimo to i utracić wpisane?
tui-quit-title = Zakończyć?
tui-too-small = Okno za małe ({ $size }; potrzeba { $needs }).
tui-too-small-keys =
    Powiększ je, aby kontynuować; do tego czasu klawisze nie działają,
    z wyjątkiem Ctrl-L (blokada) i Ctrl-Q (zakończ).
tui-too-small-sheet = Arkusz { $sheet } pozostaje otwarty bez zmian.
tui-help-heading = Klawisze na tym ekranie ({ $screen })
tui-help-everywhere = Wszędzie
tui-help-close = Esc zamyka tę pomoc
tui-help-title = Pomoc

## Dlaczego wartość pola jest odrzucona: „{ field } { problem }”. Tylko reguła, nigdy wpisana wartość.
error-field-value = pole `{ $field }` { $problem }
value-required = jest wymagane
value-too-long = jest za długie (najwyżej { $graphemes } znaków i { $bytes } bajtów, jakkolwiek zapisać znaki)
value-control = zawiera znaki sterujące (np. sekwencje sterujące terminala, tabulatory lub podziały wiersza)
value-bidi = zawiera znaki zmiany kierunku tekstu (U+202A–U+202E, U+2066–U+2069 lub znaczniki kierunku)
value-invisible = zawiera niewidoczne znaki (np. spację o zerowej szerokości lub miękki dywiz)
value-email = nie jest adresem e-mail (oczekiwano name@example.org)
value-phone = nie jest numerem telefonu (cyfry, spacje, + - ( ) . ; od 5 do 20 cyfr)
value-country = nie jest kodem kraju ISO 3166 (dwie litery, np. DE, GR, IN)
value-postcode = nie jest kodem pocztowym (litery, cyfry, spacje i -; najwyżej 12)
value-date = nie jest datą (oczekiwano RRRR-MM-DD)
value-checkbox = nie jest wartością pola wyboru (`yes/no, y/n, x, 1/0, true/false`)
value-choice = nie jest żadną z wartości: { $options }

## Pola wpisywania arkuszy i formularza wydarzenia: etykiety pól standardowych i czego pole oczekuje.
field-name = Imię i nazwisko
field-email = E-mail
field-phone = Telefon
field-city = Miejscowość
field-country = Kraj
field-postcode = Kod pocztowy
field-contact-ok = Zgoda na kontakt
field-place = Miejsce
field-date = Data
hint-phone = cyfry, + - ( )
hint-country = 2 litery: DE, GR, IN…
hint-postcode = litery, cyfry, -
hint-checkbox = Spacja zaznacza / odznacza
hint-choice = jedno z: { $options }

## Ekran odblokowania.
title-locked = zablokowany
unlock-heading = Sejf jest zablokowany.
unlock-vault = Sejf:
unlock-passphrase = Hasło:
unlock-busy = Odblokowywanie… (celowo trwa to sekundę lub dwie)
unlock-hint = Wpisz hasło i naciśnij Enter.
unlock-empty = Wpisz hasło do sejfu, potem naciśnij Enter.
unlock-wrong = Błędne hasło. Spróbuj ponownie (wielkość liter ma znaczenie: sprawdź Caps Lock i układ klawiatury).

## Blokada i tryb prywatności.
lock-idle = Zablokowano samoczynnie po { $limit } bez naciśnięcia klawisza. Odblokuj, aby kontynuować tam, gdzie skończono.
lock-key = Zablokowano (Ctrl-L). Odblokuj, aby kontynuować tam, gdzie skończono.
privacy-on = Tryb prywatności włączony: pola osobowe wcześniejszych wpisów są ukryte. Ctrl-P je pokazuje.
privacy-off = Tryb prywatności wyłączony.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s

## Tytuły ekranów (po „fieldsign · ” w pasku tytułu).
title-home = start

## Liczniki na kilku ekranach.
count-events = { $count ->
    [one] { $count } wydarzenie
    [few] { $count } wydarzenia
    [many] { $count } wydarzeń
   *[other] { $count } wydarzenia
}
count-lines = { $count ->
    [one] { $count } wiersz
    [few] { $count } wiersze
    [many] { $count } wierszy
   *[other] { $count } wiersza
}
counting = liczenie…
role-coordinator = koordynator
role-organizer = organizator

## Ekran główny: kampanie i ich wydarzenia.
home-heading = Kampanie i wydarzenia
home-empty = W tym sejfie nie ma jeszcze żadnej kampanii.
home-empty-join = dołącz do kampanii z pliku, który dał ci koordynator
home-empty-create = utwórz lokalną kampanię, którą koordynujesz samodzielnie
home-new-event = nowe wydarzenie…
home-new-event-title = Nowe wydarzenie w kampanii „{ $campaign }” (Enter tworzy, Esc anuluje)
home-event-created = Utworzono wydarzenie „{ $event }”. Enter zaczyna wpisywanie jego arkuszy.
home-second-entry-event = Najpierw wybierz wydarzenie (↑ ↓): v wpisuje jego arkusze ponownie, na ślepo, aby je zweryfikować.
home-campaign-first = Najpierw dołącz (j) do kampanii lub ją utwórz (c); wydarzenia należą do kampanii.
home-this-device = To urządzenie:
home-device-checked = (koordynator je sprawdza)
home-dashboard-coordinators = Pulpit należy do koordynatora: liczy wszystko, co przychodzi od wszystkich organizatorów. To, co przechowuje ten laptop, jest liczone tutaj, pod listą.
standing-valid = ważne: { $count }
standing-void = unieważnione: { $count }
standing-illegible = nieczytelne: { $count }
standing-purged = dostarczone i wyczyszczone: { $count }
standing-unsent = { $count ->
    [one] { $count } zmiana jeszcze niewysłana
    [few] { $count } zmiany jeszcze niewysłane
    [many] { $count } zmian jeszcze niewysłanych
   *[other] { $count } zmiany jeszcze niewysłanej
}
standing-last-bundle = ostatnia paczka { $time }
standing-no-bundle = nie zapisano jeszcze żadnej paczki
list-and = { $rest } i { $last }

## Wpisywanie arkuszy. Numery arkusza i wiersza są takie jak na papierze.
title-entry = wpisywanie arkuszy
entry-start = Arkusz { $sheet }, wiersz { $line }: wpisz pierwszego podpisującego. Tab przechodzi między polami, Enter zapisuje.
entry-continue = Kontynuacja arkusza { $sheet } od wiersza { $line }. Ctrl-N zaczyna arkusz { $next }.
entry-not-saved-check = Nie zapisano. Porównaj wiersz z papierem (Ctrl-T ustawia numer wiersza), potem Enter.
entry-unsaved-leave = Wiersz { $line } jest wpisany, ale niezapisany. Enter go zapisuje; ponowny Esc go odrzuca i wraca.
entry-unsaved-next = Wiersz { $line } jest wpisany, ale niezapisany. Enter go zapisuje; ponowny Ctrl-N go odrzuca i zaczyna arkusz { $next }.
entry-unsaved-resume = Wiersz { $line } arkusza { $sheet } jest wpisany, ale niezapisany.
entry-sheet-line = arkusz { $sheet } wiersz { $line }
entry-sheet-line-elsewhere = arkusz { $sheet } wiersz { $line } innego wydarzenia
entry-nothing-typed = W wierszu { $line } nic nie wpisano. Wpisz podpisującego albo Ctrl-X, jeśli wiersz na papierze jest nieczytelny lub skreślony.
entry-fix-fields = Wiersz { $line } niezapisany: popraw { $fields } (oznaczone ✗), potem Enter.
entry-fix-marked = Wiersz { $line } niezapisany: popraw pola oznaczone ✗, potem Enter.
entry-again-save = Ponowny Enter
entry-again-illegible = Ponowny Ctrl-X
entry-retype = Arkusz { $sheet } wiersz { $line } jest już wpisany: { $again } zapisuje drugi wpis, Esc wraca.
entry-beyond = Wiersz { $line } wykracza poza liczbę wierszy papierowego arkusza ({ $lines }): { $again } go zapisuje, Esc wraca (Ctrl-T zmienia ustawienia arkusza).
entry-duplicate = Prawdopodobnie ten sam podpisujący co { $places }. Ponowny Enter mimo to zapisuje; Esc wraca do wiersza.
entry-likely-duplicate = ⚠ Prawdopodobny duplikat: { $places }
entry-not-saved-error = Wiersz { $line } NIE został zapisany: { $error }
entry-saved = ✓ Zapisano { $what }. Teraz wiersz { $line }.
entry-saved-complete = ✓ Zapisano { $what }. Arkusz { $sheet } jest pełny ({ $count } z { $lines }): Ctrl-N zaczyna arkusz { $next }.
entry-saved-illegible = arkusz { $sheet } wiersz { $line } jako nieczytelny
entry-next-paper = Arkusz { $sheet }, wiersz { $line }: weź następny papierowy arkusz.
entry-setup-heading = Ustawienia arkusza (Enter stosuje, Esc anuluje)
entry-setup-number = musi być liczbą od 1
entry-setup-session-only = Liczba wierszy na arkuszu obowiązuje tylko w tej sesji: { $error }
entry-setup-done = Arkusz { $sheet }, następny wiersz { $line }.
entry-tally-complete = wpisano { $count } z { $lines } wierszy · arkusz pełny
entry-tally-left = wpisano { $count } z { $lines } wierszy · zostało { $left }
entry-tally = { $count ->
    [one] na tym arkuszu wpisano { $count } wiersz
    [few] na tym arkuszu wpisano { $count } wiersze
    [many] na tym arkuszu wpisano { $count } wierszy
   *[other] na tym arkuszu wpisano { $count } wiersza
}
entry-sheet = Arkusz
entry-line = Wiersz
entry-nothing-saved = Na tym arkuszu nic jeszcze nie zapisano.
entry-privacy-mode = tryb prywatności
entry-illegible = nieczytelny
entry-last-saved = Ostatnio zapisany:
entry-blind-heading = drugi wpis, na ślepo
entry-blind-start = Drugi wpis arkusza { $sheet } od wiersza { $line }: wpisz to, co jest na papierze. Pierwszy wpis nie jest pokazywany.
entry-blind-none = Żaden wiersz tego wydarzenia nie czeka w tym sejfie na drugi wpis. Wpisuj arkusze już wpisane (Ctrl-T ustawia arkusz i wiersz).
entry-blind-tally = { $count ->
    [one] wpisano { $count } wiersz
    [few] wpisano { $count } wiersze
    [many] wpisano { $count } wierszy
   *[other] wpisano { $count } wiersza
} · { $again } wpisano ponownie
entry-blind-differs = Wiersz { $line } JESZCZE NIE zapisany: różni się od pierwszego wpisu w { $fields }. Przeczytaj papier ponownie i wpisz, co na nim jest (pola wyczyszczono), potem { $again }.
entry-blind-differs-kind = Wiersz { $line } JESZCZE NIE zapisany: różni się od pierwszego wpisu tym, czy wiersz papieru to podpis, czy jest nieczytelny. Spójrz ponownie na papier: Enter zapisuje podpis, Ctrl-X nieczytelny wiersz.
# Named among the differing fields when the line kind differs.
entry-blind-kind-field = podpis lub nieczytelny
entry-blind-read-paper = różni się od pierwszego wpisu: wpisz to, co jest na papierze
entry-blind-agrees = ✓ Zapisano { $what }; zgadza się z pierwszym wpisem, zweryfikowano. Teraz wiersz { $line }.
entry-blind-still-differs = Zapisano { $what }; nadal różni się od pierwszego wpisu w { $fields }: pozostawiono do rozstrzygnięcia. Teraz wiersz { $line }.
entry-blind-sheet-done = Każdy wpisany wiersz arkusza { $sheet } ma teraz drugi wpis: Ctrl-N dla arkusza { $next }.
entry-blind-last-agrees = zgadza się, zweryfikowano
entry-blind-last-differs = różni się w { $fields }: do rozstrzygnięcia
entry-blind-nothing-saved = W tym drugim wpisie nic jeszcze nie zapisano.
field-sheet = Arkusz
field-next-line = Następny wiersz
field-lines-per-sheet = Wierszy na arkusz

## Pierwsze uruchomienie: tworzenie sejfu, potem kampanii.
title-first-start = pierwsze uruchomienie
wizard-too-short = Użyj co najmniej { $min } znaków; najlepiej kilku słów.
wizard-differ = Oba hasła się różnią. Wpisz je ponownie w drugim polu.
wizard-welcome = Witaj w fieldsign. Krok 1 z 2: utwórz swój sejf
wizard-encrypted = Wszystko, co wpiszesz, jest przechowywane zaszyfrowane w sejfie w folderze
wizard-choose =
    Wybierz hasło, którym go zablokujesz. Fraza z czterech lub więcej
    słów jest silna i łatwa do wpisania. Nikt jej nie odzyska, jeśli
    ją zgubisz.
wizard-passphrase = Hasło:
wizard-repeat = Powtórz je:
wizard-strength = Siła:
wizard-creating = Tworzenie sejfu… (sekunda lub dwie)
wizard-keys = Tab przełącza pola · Enter tworzy sejf
strength-empty = wpisz hasło
strength-too-short = za krótkie: każdy, kto ma laptopa, mógłby je odgadnąć
strength-strong = silne
strength-fair = średnie: cztery lub więcej słów byłyby silniejsze
strength-weak = słabe: użyj czterech lub więcej słów
setup-heading = Sejf utworzony. Krok 2 z 2: twoja kampania
setup-either = Podpisy należą do kampanii. Albo:
setup-join-file = (plik .fieldsign, np. na pendrivie)
setup-skip = na razie pomiń (ekran główny też oferuje obie możliwości)

## Monity dołączania do kampanii lub jej tworzenia (ekran główny i pierwsze uruchomienie).
prompt-campaign-file = Plik kampanii:
prompt-campaign-title = Tytuł kampanii:
prompt-file-needed = wpisz ścieżkę pliku kampanii, który dał ci koordynator
prompt-joined = Dołączono do kampanii „{ $campaign }”. Klucz koordynatora { $fingerprint }: sprawdź go z koordynatorem osobiście lub przez telefon.
prompt-title-needed = wpisz tytuł, np. „Wolność dla wszystkich”
prompt-created = Utworzono lokalną kampanię „{ $campaign }” ze standardowymi polami. Dalej: utwórz wydarzenie (n).
prompt-join-keys = Enter dołącz · Tab uzupełnia · Esc anuluj · ~ to twój folder domowy
prompt-create-keys = Enter utwórz · Esc anuluj

## Uzupełnianie nazwy pliku klawiszem Tab.
complete-none = Żaden plik ani folder tak się nie zaczyna.
complete-only = To jedyna pasująca nazwa: nie ma czego uzupełniać.
complete-several = { $count ->
    [one] Pasuje { $count } nazwa
    [few] Pasują { $count } nazwy
    [many] Pasuje { $count } nazw
   *[other] Pasuje { $count } nazwy
}: { $names }. Wpisz więcej, potem znowu Tab.

## Przeglądanie wpisów kampanii.
title-browse = przeglądanie
order-paper = arkusz/wiersz
order-newest = najpierw najnowsze
order-oldest = najpierw najstarsze
browse-reading = odczytywanie wpisów…
browse-count = { $count ->
    [one] { $count } trafienie
    [few] { $count } trafienia
    [many] { $count } trafień
   *[other] { $count } trafienia
} · kolejność: { $order }
browse-search = Szukaj:
browse-sorted = Kolejność: { $order }.
browse-no-records = Nie ma jeszcze wpisów: najpierw wpisz jakieś arkusze.
browse-no-match = Nic nie pasuje. Esc czyści wyszukiwanie.
column-event = WYDARZENIE
column-sheet = ARKUSZ
column-line = WIERSZ
column-status = STAN
status-ok = ok
status-illegible = nieczyt.
status-void = UNIEWAŻN.
status-purged = wyczyszczony

## Jeden wpis: jego wartości, poprawianie, unieważnianie, historia.
title-record = wpis
record-purged-refused = Ten wpis został dostarczony koordynatorowi i wyczyszczony z tego sejfu: nie można go tu zmienić. Poproś koordynatora, by go poprawił lub unieważnił.
record-nothing-changed = Nic się nie zmieniło.
record-amended-tui = ✓ Poprawiono ({ $fields }). Stare wartości zostają w historii.
record-fix-marked = Nie zapisano: popraw pola oznaczone ✗.
record-not-saved = Nie zapisano: { $error }
record-void-why = Podaj powód, np. „duplikat arkusza 3 wiersza 4”, potem Enter.
record-voided-tui = ✓ Unieważniono: wpis już się nie liczy. Jego historia zostaje.
record-not-voided = Nie unieważniono: { $error }
record-typed = wpisany { $time } na urządzeniu { $device }
record-no-origin = (jego wiersz z papieru jeszcze nie dotarł)
record-values-purged = wartości tu wyczyszczone
record-entered-id = { $entered } · id { $id }
record-amend-heading = Poprawka: zmień wartości, Enter zapisuje, Esc anuluje
record-voided-because = Unieważniony: { $reason }
record-void-prompt = Dlaczego unieważnić?
record-void-keys = Enter unieważnia (wpis przestaje się liczyć; historia zostaje) · Esc anuluje
record-reading-history = odczytywanie historii…
record-history = Historia, od najstarszych
record-history-purged = dostarczony koordynatorowi; jego wartości wyczyszczono tutaj
record-unsaved-amend = Poprawka jest wpisana, ale niezapisana.
record-unsaved-void = Unieważnienie jest wpisane, ale niezapisane.
record-status-valid = ważny
record-status-illegible = nieczytelny
record-status-void = unieważniony
record-status-purged = wyczyszczony
history-added = dodano arkusz { $sheet } wiersz { $line }: { $values }
history-amended = poprawiono { $values }
history-cleared = { $field } wyczyszczone
history-voided = unieważniono: { $reason }
history-decided-kept = uznano za tego samego podpisującego co { $others }; ten zachowany
history-decided-duplicate = uznano za duplikat { $keep }
history-decided-different = uznano za inną osobę niż { $others }
history-verified-kept = zweryfikowano podwójnym wprowadzeniem ({ $others }); ten zachowany
history-verified-entry = wpis tego samego wiersza papieru co { $keep }, zachowany jako jego weryfikacja
history-undone = cofnięto decyzję

## Wybór języka ekranów (ekran główny, l).
key-language-help = język ekranów (zapamiętany w tym sejfie)
key-language-choose-help = pokazuj ekrany w tym języku i zapamiętaj go w tym sejfie
key-language-cancel-help = anuluj: język pozostaje bez zmian
language-heading = Język ekranów (Enter wybiera, Esc anuluje)
language-chosen = Język: { $language }. Zapamiętany w tym sejfie; `--lang` i FIELDSIGN_LANG nadal wybierają język na jedno uruchomienie.
language-not-kept = Język: { $language }, tylko na tę sesję (niezapamiętany: { $error })

## Czyszczenie w TUI, gdy jego wątek przepisuje bazę danych.
purge-quit-after = Czyszczenie przepisuje bazę danych i nie przerywa się go w połowie: fieldsign zakończy działanie, gdy tylko się skończy.
purge-vault-busy = inna część fieldsign wciąż czyta sejf; spróbuj ponownie za chwilę
purge-stopped = Czyszczenie się zatrzymało: { $error }. Odblokuj, aby zobaczyć, na czym stanęło, a potem wyczyść ponownie, jeśli wpisy nadal czekają.
tui-hint-join = na ekranie startowym j dołącza plik kampanii
tui-hint-event-exists = jest na liście na ekranie startowym: wybierz je i naciśnij Enter
tui-hint-other-identity = aby otworzyć go innym plikiem tożsamości, zakończ program, a potem uruchom `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = dla większego pliku zakończ program, a potem uruchom `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = Nie ustalono celu (aby go ustalić, zakończ program i uruchom `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = koordynator: urządzenia wybranej kampanii (unieważnić, wystawić pokwitowanie)
key-devices = urządzenia
key-receipt-help = wystaw pokwitowanie dla wybranego urządzenia (zapyta o plik)
key-receipt = pokwitowanie
key-receipt-path-help = plik pokwitowania, np. na pendrivie
key-revoke-help = unieważnij wybrane urządzenie (najpierw pyta, pokazując odcisk)
key-revoke = unieważnij
title-devices = urządzenia
home-devices-coordinators = Ekran urządzeń należy do koordynatora: pokazuje urządzenia, których paczki zaimportowano do tego sejfu.
devices-heading = Urządzenia kampanii „{ $title }”
devices-col-fingerprint = ODCISK
devices-col-first = PIERWSZA
devices-col-last = OSTATNIA PACZKA
devices-col-ops = OPER.
devices-col-records = WPISY
devices-col-revoked = UNIEWAŻN.
devices-not-pinned = (brak paczki)
devices-not-pinned-help = To urządzenie nie przysłało tu żadnej paczki (to własne urządzenie sejfu albo znane tylko z cudzych paczek): nie ma klucza do unieważnienia ani do wystawienia pokwitowania.
devices-detail = urządzenie { $device } · { $fingerprint } · pierwsza paczka { $first }, ostatnia { $last }
devices-already-revoked = To urządzenie jest już unieważnione.
devices-revoke-ask = Unieważnić urządzenie o odcisku { $fingerprint }? Każda paczka podpisana przez nie od teraz zostanie odrzucona; to, co przysłało wcześniej, zostaje.
devices-receipt-for = Pokwitowanie dla urządzenia { $fingerprint }: potwierdza to, co ten sejf otrzymał pod jego podpisem.
devices-receipt-file = Plik:
devices-receipt-file-needed = Wpisz, gdzie zapisać pokwitowanie, np. na pendrivie.
devices-receipt-exists = { $file } już istnieje. Ponowny Enter go zastąpi; albo zmień nazwę.
devices-receipt-writing = szyfrowanie i zapisywanie pokwitowania…
devices-nothing-changed = { $error } Nic nie zapisano ani nie zmieniono.
