### fieldsign: čeština. Glosář: docs/glossary/cs.md. Vykání.

-fieldsign = fieldsign

## Chyby a varování příkazového řádku.

error-prefix = chyba: { $message }
warning-core-dumps = varování: nepodařilo se vypnout výpisy paměti ({ $reason }); při pádu by se obsah paměti mohl dostat na disk
error-invalid-value = chyba: hodnota zadaná pro { $arg } není platná{ $why }; viz `fieldsign --help`
error-unexpected-word = chyba: bylo zadáno neočekávané slovo (nezobrazeno: může jít o hodnotu; hodnoty se zadávají v --field KEY=VALUE); viz `fieldsign --help`
error-internal = chyba: vnitřní chyba fieldsign v { $place }. Nic neuloženého nebylo zapsáno; vše, co obrazovka ukázala jako uložené, je v bezpečí. Nahlaste to prosím (bez jakýchkoli údajů signatářů).
error-file = chyba: { $file }: { $message }
error-vault-in-use = trezor v { $dir } používá jiný proces fieldsign; nejprve ho zavřete (trezor smí mít otevřený jen jeden)
error-vault-closing = trezor v { $dir } drží proces fieldsign, který se právě zavírá; zkuste to znovu za několik sekund
error-no-vault = v { $dir } není žádný trezor: vytvořte ho příkazem `fieldsign init` (nebo zadejte existující pomocí --vault / FIELDSIGN_VAULT)
error-wrong-passphrase = nesprávné heslo k tomuto trezoru; zkuste to znovu (rozlišují se velká a malá písmena). Jste-li si jisti, že je správné, může být poškozen soubor klíče: obnovte key.age ze zálohy
error-bundles-refused = odmítnuté balíčky: { $failed } z { $total } (viz výše; nic nezměnily); ostatní byly importovány

## Hesla.

prompt-vault-passphrase = Heslo k trezoru:{" "}
passphrase-choose = Zvolte { $kind ->
    [new] nové heslo k trezoru
   *[first] heslo k trezoru
}: dlouhá fráze z několika slov je silná a zároveň se snadno píše.
prompt-new-passphrase = Nové heslo k trezoru:{" "}
prompt-repeat-passphrase = Zopakujte heslo k trezoru:{" "}
passphrase-short = To je krátké: kdokoli, kdo vezme notebook, ho může uhodnout. Raději 4 slova či více.
passphrase-mismatch = Zadání se neshodují; zkuste to znovu.
passphrase-changed = Heslo bylo změněno. Staré už tento trezor neotevře.

## Trezor a identita.

vault-created = Trezor vytvořen v { $dir }
vault-device = Zařízení { $device }, otisk podpisového klíče { $fingerprint }
vault-next = Dále: `fieldsign campaign join FILE` (organizátor) nebo `fieldsign campaign create --title …` (koordinátor).
identity-exported = TAJNÁ identita age tohoto trezoru byla zapsána do { $file } (režim 0600). Kdo ji má, přečte každý balíček zaslaný tomuto trezoru: uchovávejte ji na šifrovaném disku a po použití ji smažte.

## Kampaně a akce.

campaign-created = Kampaň „{ $title }“ ({ $id }) vytvořena. Předejte { $file } organizátorům: `fieldsign campaign join { $file }`; otisk klíče koordinátora: { $fingerprint }.
campaign-joined = Připojeno ke kampani „{ $title }“ ({ $id }). Otisk klíče koordinátora { $fingerprint }: ověřte ho s koordinátorem telefonicky nebo osobně.
campaign-none = Zatím žádné kampaně: `fieldsign campaign join FILE` nebo `fieldsign campaign create --title …`.
show-role = úloha
show-role-coordinator = koordinátor (tento trezor má podpisový klíč kampaně)
show-role-organizer = organizátor
show-coordinator-key = klíč koordinátora
show-goal = cíl
show-goal-signatures = podpisů: { $count }
show-no-goal = nestanoven
show-fields = pole
show-required = povinné
show-field-role = význam { $role }
show-no-events = zatím žádné
show-event-records = záznamů: { $count }
show-texts = text petice
show-no-texts = žádný: soubor kampaně neobsahuje text petice; požádejte o něj koordinátora
show-text-heading = Text petice, { $language } ({ $number } z { $count }):

## Záznamy.

record-amended = Záznam { $id } opraven.
record-voided = Záznam { $id } zneplatněn; už se nezapočítává.
csv-imported = Importováno { $count ->
    [one] { $count } podpis
    [few] { $count } podpisy
    [many] { $count } podpisu
   *[other] { $count } podpisů
} do „{ $event }“ (archy { $first }–{ $last }).

## Balíčky, potvrzení, zařízení.

bundle-what-all = vše, co trezor obsahuje
bundle-what-new = vše, co koordinátor dosud nepotvrdil
bundle-written = Zapsáno { $file } ({ $bytes } B): operace: { $ops } (nové řádky: { $adds }, opravy: { $amends }, zneplatnění: { $voids }), akce: { $events }, kampaň „{ $title }“, { $what }; zašifrováno pro příjemce-koordinátory ({ $recipients }) a podepsáno tímto zařízením ({ $fingerprint }).
bundle-empty = Poznámka: koordinátor už vše potvrdil; tento balíček neobsahuje žádné operace.
device-pinned = Připnuto nové zařízení { $device } s otiskem { $fingerprint }: ověřte ho s organizátorem osobně nebo telefonicky.
bundle-replay = { $file }: už importováno (opakování): všechny operace ({ $known }) byly známé; nic se nezměnilo.
bundle-imported = { $file }: importováno do „{ $title }“ ze zařízení { $device } ({ $fingerprint }): nové záznamy: { $records }, opravy: { $amends }, zneplatnění: { $voids }, nové akce: { $events }, již známé: { $known }, konflikty: 0; operace od { $replicas }.
receipt-imported = Potvrzení od koordinátora „{ $title }“ ({ $created }): nově potvrzené operace: { $acknowledged }; zbývá odeslat: { $unacknowledged }. `fieldsign purge --acknowledged` odstraní z tohoto notebooku, co už bylo předáno.
receipt-ignored = Varování: potvrzení potvrzuje i operace ({ $ignored }), které tento notebook nezapsal (čísla, která nepoužil, nebo operace jiných zařízení); byly ignorovány, takže kvůli nim purge nic neodstraní. Informujte koordinátora: jiné zařízení mohlo posílat operace jménem tohoto notebooku.
receipt-written = Zapsáno { $file }: potvrzuje operace ({ $count }) zařízení { $device } ({ $fingerprint }) pro „{ $title }“; zašifrováno pro toto zařízení. Pošlete ho zpět organizátorovi.
device-none = Zatím žádná zařízení: připnou se při importu jejich prvního balíčku.
device-revoked = Zařízení { $device } ({ $fingerprint }) odvoláno: jeho další balíčky budou odmítnuty. Co poslalo dříve, zůstává; zkontrolujte to pomocí `fieldsign list`.

## `verify`.

verify-file = soubor
verify-format = formát
verify-campaign = kampaň
verify-device = zařízení
verify-created = vytvořeno
verify-recipients = příjemci
verify-ranges = rozsahy
verify-replicas = repliky
verify-operations = operace
verify-events = akce
verify-signed-by = podepsal
verify-acknowledges = potvrzuje
verify-signature-valid = { $format } v{ $version } (podpis platný)
verify-device-fingerprint = { $device }, otisk { $fingerprint } — { $status }
verify-device-known = známé (připnuté)
verify-device-unknown = zatím neznámé (import ho připne)
verify-device-revoked = ODVOLÁNO (import by byl odmítnut)
verify-device-mismatch = NESHODA KLÍČE: připnuto s { $pinned } (import by byl odmítnut)
verify-operation-kinds = { $ops } (nové řádky: { $adds }, opravy: { $amends }, zneplatnění: { $voids })
verify-from-coordinator = koordinátor kampaně
verify-not-coordinator = NENÍ koordinátor této kampaně (import by byl odmítnut)
verify-acknowledged = { $ranges } (operace: { $count })

## Čištění.

purge-done = Předáno a vyčištěno: { $valid }
purge-also = ; hodnoty odstraněny také z: { $lines } (dál se započítávají jako takové)
purge-illegible-lines = nečitelné řádky: { $count }
purge-void-lines = zneplatněné řádky: { $count }
purge-and = { $first } a { $second }
purge-cleared = ; vyčištěné operace: { $ops }; záznamy čekající na potvrzení: { $waiting }.
purge-rewritten = Databáze byla přepsána bez nich.
purge-nothing = Není co čistit: nejprve importujte potvrzení od koordinátora (`fieldsign import receipt FILE`).

## Přehledy, export k předání, duplicity.

report-all = vše
report-event = akce { $name } { $date }
report-device = zařízení { $device }
report-by-country = platné podle země: { $countries }
report-purged = Předáno a vyčištěno z tohoto trezoru: { $count } (započítáno, hodnoty odstraněny).
export-written = Zapsáno { $count ->
    [one] { $count } platný podpis
    [few] { $count } platné podpisy
    [many] { $count } platného podpisu
   *[other] { $count } platných podpisů
} kampaně „{ $title }“ do { $file }.
export-plain-warning = VAROVÁNÍ: { $file } je PROSTÝ TEXT: kdokoli ho získá, přečte jméno a kontakt každého signatáře. Předejte ho bezpečnou cestou a po skončení ho smažte.
export-purged-left-out = Vynechané vyčištěné záznamy: { $count }; jejich hodnoty má už jen koordinátor.
dedupe-none = Mezi platnými záznamy ({ $count }) nejsou žádné pravděpodobné duplicity.
dedupe-none-likely = Mezi platnými záznamy ({ $count }) nejsou žádné pravděpodobné duplicity (`--possible` vypíše i dvojice, které stojí za kontrolu).
dedupe-groups = { $count ->
    [one] { $count } skupina
    [few] { $count } skupiny
    [many] { $count } skupiny
   *[other] { $count } skupin
} pravděpodobných duplicit, nejjistější první. Zkontrolujte papírové archy a nadbytečné zneplatněte: `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } skupina
    [few] { $count } skupiny
    [many] { $count } skupiny
   *[other] { $count } skupin
} pravděpodobných nebo možných duplicit, nejjistější první. Zkontrolujte papírové archy a nadbytečné zneplatněte: `fieldsign void ID --reason "duplicate of …"`.

## Další chyby trezoru

error-already-exists = v { $dir } už trezor je; použijte ho, nebo zvolte jinou složku pomocí --vault
error-unknown-campaign = zadanému --campaign neodpovídá žádná kampaň (nezobrazeno: může jít o hodnotu); `fieldsign campaign list` je vypíše, `fieldsign campaign join FILE` vás připojí k nové
error-no-campaigns = tento trezor zatím nemá žádnou kampaň; připojte se pomocí `fieldsign campaign join FILE` nebo ji vytvořte pomocí `fieldsign campaign create`
error-campaign-needed = tento trezor má několik kampaní ({ $campaigns }); zvolte jednu pomocí --campaign
error-ambiguous-campaign = zadanému --campaign odpovídá několik kampaní ({ $matches }); zadejte raději id
error-unknown-event = zadanému --event neodpovídá v této kampani žádná akce (nezobrazeno: může jít o hodnotu); `fieldsign event list` je vypíše, `fieldsign event create` přidá novou
error-ambiguous-event = zadanému --event odpovídá několik akcí ({ $matches }); zadejte raději id
error-unknown-record = v tomto trezoru není záznam s id { $id }; `fieldsign list` ukáže id

## Terminálové rozhraní (src/tui). Názvy kláves (Enter, Esc, Tab, Ctrl-L) zůstávají, jak jsou na klávesách.
## Tabulky kláves: „-help“ je řádek nápovědy F1, krátký tvar je slovo v zápatí.
key-privacy-help = režim soukromí: skrýt osobní pole dřívějších záznamů
key-lock-help = zamknout hned; zamkne se i samo po chvíli bez stisku klávesy
key-lock = zamknout
key-quit-help = ukončit (nejdřív se zeptá, je-li něco napůl napsané)
key-quit = konec
key-help-help = tato nápověda (? jen tam, kde není aktivní žádné textové pole)
key-help = nápověda
key-quit-lose = ukončit a přijít o to
key-go-back-to-it = vrátit se k tomu
key-close-help-help = zavřít tuto nápovědu
key-close-help = zavřít nápovědu
key-unlock-help = odemknout napsaným heslem
key-unlock = odemknout
key-home-choose-help = vybrat kampaň nebo akci
key-first-last-help = první / poslední řádek seznamu
key-home-open-help = na akci: přepisovat její archy; na kampani: procházet ji
key-type-sheets = přepisovat archy
key-new-event-help = vytvořit akci ve vybrané kampani
key-new-event = nová akce
key-browse-help = procházet, hledat a opravovat záznamy kampaně
key-browse = procházet
key-join-help = připojit se ke kampani ze souboru od koordinátora
key-join = připojit
key-create-help = vytvořit místní kampaň
key-create = vytvořit
key-export-help = exportovat balíček vybrané kampaně pro koordinátora
key-export = exportovat
key-import-help = importovat balíček (koordinátor) nebo potvrzení (organizátor)
key-petition-help = přečíst text petice kampaně (k předčítání podepisujícímu)
key-dashboard-help = koordinátor: přehled vybrané kampaně
key-second-entry-help = na akci: přepsat její archy znovu, naslepo (dvojí zadání)
key-create-event-help = vytvořit akci
key-confirm = potvrdit
key-next-field = další pole
key-cancel-event-help = zrušit: žádná akce se nevytvoří
key-cancel = zrušit
key-confirm-prompt-help = potvrdit zadání
key-complete = doplnit
key-cancel-prompt-help = zrušit zadání
key-complete-help = doplnit dosud napsaný název souboru nebo složky
key-next-field-help = další pole (přesouvají i Shift-Tab a ↑ ↓)
key-type = psát
key-search-help = hledat během psaní (libovolné pole; bez ohledu na diakritiku a velikost písmen)
key-search = hledat
key-move-help = pohyb v seznamu
key-choose = vybrat
key-page-help = o stránku nahoru / dolů
key-first-last-record-help = první / poslední záznam
key-open-record-help = otevřít záznam: opravit, zneplatnit, historie
key-open = otevřít
key-sort-help = řazení: arch/řádek, nejnovější první, nejstarší první
key-sort = řadit
key-clear-search-help = vymazat hledání, pak zpět
key-back = zpět
key-count-again-help = spočítat znovu (po importu balíčků)
key-count-again = spočítat znovu
key-back-campaigns-help = zpět ke kampaním
key-entry-field-help = další / předchozí pole (také ↓ ↑)
key-save-line-help = uložit řádek (nejdřív na disk); dvakrát: uložit duplikát
key-save = uložit
key-illegible-help = uložit tento řádek z papíru jako nečitelný nebo přeškrtnutý
key-illegible = nečitelné
key-next-sheet-help = začít další papírový arch
key-next-sheet = další arch
key-sheet-setup-help = nastavení archu: číslo archu, další řádek, řádků na arch
key-clear-line-help = vymazat celý řádek; Ctrl-U vymaže jedno pole
key-browse-event-help = procházet a opravovat záznamy této akce
key-petition-entry-help = text petice k předčítání podepisujícímu; Esc se vrátí
key-tick-help = zaškrtnout / odškrtnout zaškrtávací pole
key-entry-back-help = zpět na úvodní obrazovku (nejdřív se zeptá, je-li řádek napůl napsaný)
key-all-keys = všechny klávesy
key-apply-setup-help = použít číslo archu, další řádek a počet řádků na arch
key-apply = použít
key-next = další
key-cancel-setup-help = zrušit: arch zůstane, jak byl
key-export-path-help = kam zapsat balíček (~ je vaše domovská složka)
key-write-help = zapsat (před přepsáním souboru se zeptá)
key-write-file = zapsat soubor
key-all-new-help = vše uložené, nebo jen to, co ještě není potvrzené
key-all-new = vše / nové
key-import-path-help = cesta k souboru balíčku nebo potvrzení (~ je vaše domovská složka)
key-import-it-help = ověřit a importovat
key-import = importovat
key-purge-delivered-help = čištění: odstranit z tohoto notebooku osobní údaje, které koordinátor potvrdil (nejdřív se zeptá)
key-purge-delivered = vyčistit doručené
key-next-language-help = text v dalším jazyce kampaně
key-next-language = další jazyk
key-scroll-help = posouvat text delší než okno
key-scroll = posun
key-purge-now-help = vyčistit hned: hodnoty zmizí z tohoto notebooku navždy
key-purge-now = vyčistit, nevratně
key-keep-help = vše ponechat a vrátit se
key-keep = ponechat a zpět
key-amend-help = opravit: změnit hodnoty (staré zůstanou v historii)
key-amend = opravit
key-void-help = zneplatnit s uvedením důvodu: záznam se přestane počítat
key-void = zneplatnit
key-history-help = zobrazit nebo skrýt historii změn
key-history = historie
key-back-list-help = zpět na seznam
key-save-amendment-help = uložit opravu (staré hodnoty zůstanou v historii)
key-cancel-nothing-help = zrušit: nic se nezmění
key-void-reason-help = zneplatnit s napsaným důvodem (záznam se přestane počítat; historie zůstane)
key-switch-field-help = přepnout mezi dvěma poli hesla
key-switch-field = druhé pole
key-wizard-next-help = další pole, pak vytvořit trezor
key-join-file = připojit ze souboru
key-create-campaign = vytvořit kampaň
key-skip-help = přeskočit tento krok (úvodní obrazovka nabízí obojí také)
key-skip = přeskočit

## Rámec kolem každé obrazovky.
tui-privacy-on = SOUKROMÍ ZAP.
tui-quit-anyway = Přesto ukončit a přijít o napsané?
tui-quit-title = Ukončit?
tui-too-small = Okno je příliš malé ({ $size }; je třeba { $needs }).
tui-too-small-keys =
    Zvětšete ho, abyste mohli pokračovat; do té doby klávesy nefungují,
    kromě Ctrl-L (zamknout) a Ctrl-Q (konec).
tui-too-small-sheet = Arch { $sheet } zůstává otevřený, jak byl.
tui-help-heading = Klávesy na této obrazovce ({ $screen })
tui-help-everywhere = Všude
tui-help-close = Esc zavře tuto nápovědu
tui-help-title = Nápověda

## Proč je hodnota pole odmítnuta: „{ field } { problem }“. Jen pravidlo, nikdy napsaná hodnota.
error-field-value = pole `{ $field }` { $problem }
value-required = je povinné
value-too-long = je příliš dlouhé (nejvýše { $graphemes } znaků a { $bytes } bajtů, ať jsou znaky zapsány jakkoli)
value-control = obsahuje řídicí znaky (např. escape sekvence terminálu, tabulátory nebo zalomení řádku)
value-bidi = obsahuje znaky změny směru textu (U+202A–U+202E, U+2066–U+2069 nebo značky směru)
value-invisible = obsahuje neviditelné znaky (např. mezeru nulové šířky nebo měkký spojovník)
value-email = není e-mailová adresa (očekává se name@example.org)
value-phone = není telefonní číslo (číslice, mezery, + - ( ) . ; 5 až 20 číslic)
value-country = není kód země podle ISO 3166 (dvě písmena, např. DE, GR, IN)
value-postcode = není PSČ (písmena, číslice, mezery a -; nejvýše 12)
value-date = není datum (očekává se RRRR-MM-DD)
value-checkbox = není hodnota zaškrtávacího pole (`yes/no, y/n, x, 1/0, true/false`)
value-choice = není jedna z možností: { $options }

## Pole přepisu archů a formuláře akce: popisky standardních polí a co pole očekává.
field-name = Jméno
field-email = E-mail
field-phone = Telefon
field-city = Obec
field-country = Země
field-postcode = PSČ
field-contact-ok = Souhlas s kontaktem
field-place = Místo
field-date = Datum
hint-phone = číslice, + - ( )
hint-country = 2 písmena: DE, GR, IN…
hint-postcode = písmena, číslice, -
hint-checkbox = Mezerník zaškrtne / odškrtne
hint-choice = jedna z: { $options }

## Obrazovka odemčení.
title-locked = zamčeno
unlock-heading = Trezor je zamčený.
unlock-vault = Trezor:
unlock-passphrase = Heslo:
unlock-busy = Odemykání… (záměrně to trvá sekundu či dvě)
unlock-hint = Napište heslo a stiskněte Enter.
unlock-empty = Napište heslo k trezoru, pak stiskněte Enter.
unlock-wrong = Nesprávné heslo. Zkuste to znovu (rozlišují se velká a malá písmena: zkontrolujte Caps Lock a rozložení klávesnice).

## Zamykání a režim soukromí.
lock-idle = Zamčeno samo po { $limit } bez stisku klávesy. Odemkněte a pokračujte tam, kde jste skončili.
lock-key = Zamčeno (Ctrl-L). Odemkněte a pokračujte tam, kde jste skončili.
privacy-on = Režim soukromí zapnut: osobní pole dřívějších záznamů jsou skrytá. Ctrl-P je zobrazí.
privacy-off = Režim soukromí vypnut.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s

## Názvy obrazovek (za „fieldsign · “ v titulkovém řádku).
title-home = úvod

## Počty na několika obrazovkách.
count-events = { $count ->
    [one] { $count } akce
    [few] { $count } akce
    [many] { $count } akce
   *[other] { $count } akcí
}
count-lines = { $count ->
    [one] { $count } řádek
    [few] { $count } řádky
    [many] { $count } řádku
   *[other] { $count } řádků
}
counting = počítám…
role-coordinator = koordinátor
role-organizer = organizátor

## Úvodní obrazovka: kampaně a jejich akce.
home-heading = Kampaně a akce
home-empty = V tomto trezoru zatím není žádná kampaň.
home-empty-join = připojit se ke kampani ze souboru, který vám dal koordinátor
home-empty-create = vytvořit místní kampaň, kterou koordinujete sami
home-new-event = nová akce…
home-new-event-title = Nová akce v kampani „{ $campaign }“ (Enter vytvoří, Esc zruší)
home-event-created = Akce „{ $event }“ vytvořena. Enter začne přepis jejích archů.
home-second-entry-event = Nejdřív vyberte akci (↑ ↓): v přepíše její archy znovu, naslepo, pro ověření.
home-campaign-first = Nejdřív se připojte ke kampani (j) nebo ji vytvořte (c); akce patří ke kampani.
home-this-device = Toto zařízení:
home-device-checked = (koordinátor ho ověřuje)
home-dashboard-coordinators = Přehled je pro koordinátora: počítá vše, co přijde od všech organizátorů. Co uchovává tento notebook, se počítá zde pod seznamem.
standing-valid = platné: { $count }
standing-void = zneplatněné: { $count }
standing-illegible = nečitelné: { $count }
standing-purged = doručené a vyčištěné: { $count }
standing-unsent = { $count ->
    [one] { $count } změna ještě neodeslána
    [few] { $count } změny ještě neodeslány
    [many] { $count } změny ještě neodeslané
   *[other] { $count } změn ještě neodesláno
}
standing-last-bundle = poslední balíček { $time }
standing-no-bundle = zatím nezapsán žádný balíček
list-and = { $rest } a { $last }

## Přepis archů. Čísla archu a řádku jsou tak, jak stojí na papíře.
title-entry = přepis archů
entry-start = Arch { $sheet }, řádek { $line }: napište prvního podepisujícího. Tab přechází mezi poli, Enter ukládá.
entry-continue = Pokračuje arch { $sheet } od řádku { $line }. Ctrl-N začne arch { $next }.
entry-not-saved-check = Neuloženo. Porovnejte řádek s papírem (Ctrl-T nastaví číslo řádku), pak Enter.
entry-unsaved-leave = Řádek { $line } je napsaný, ale neuložený. Enter ho uloží; další Esc ho zahodí a vrátí se.
entry-unsaved-next = Řádek { $line } je napsaný, ale neuložený. Enter ho uloží; další Ctrl-N ho zahodí a začne arch { $next }.
entry-unsaved-resume = Řádek { $line } archu { $sheet } je napsaný, ale neuložený.
entry-sheet-line = arch { $sheet } řádek { $line }
entry-sheet-line-elsewhere = arch { $sheet } řádek { $line } jiné akce
entry-nothing-typed = Na řádku { $line } není nic napsáno. Napište podepisujícího, nebo Ctrl-X, je-li řádek na papíře nečitelný či přeškrtnutý.
entry-fix-fields = Řádek { $line } neuložen: opravte { $fields } (označeno ✗), pak Enter.
entry-fix-marked = Řádek { $line } neuložen: opravte pole označená ✗, pak Enter.
entry-again-save = Další Enter
entry-again-illegible = Další Ctrl-X
entry-retype = Arch { $sheet } řádek { $line } už je přepsaný: { $again } uloží druhý záznam, Esc se vrátí.
entry-beyond = Řádek { $line } přesahuje počet řádků papírového archu ({ $lines }): { $again } ho uloží, Esc se vrátí (Ctrl-T změní nastavení archu).
entry-duplicate = Nejspíš stejný podepisující jako { $places }. Další Enter přesto uloží; Esc se vrátí k řádku.
entry-likely-duplicate = ⚠ Pravděpodobný duplikát: { $places }
entry-not-saved-error = Řádek { $line } NEBYL uložen: { $error }
entry-saved = ✓ Uloženo: { $what }. Teď řádek { $line }.
entry-saved-complete = ✓ Uloženo: { $what }. Arch { $sheet } je hotový ({ $count } z { $lines }): Ctrl-N začne arch { $next }.
entry-saved-illegible = arch { $sheet } řádek { $line } jako nečitelný
entry-next-paper = Arch { $sheet }, řádek { $line }: vezměte další papírový arch.
entry-setup-heading = Nastavení archu (Enter použije, Esc zruší)
entry-setup-number = musí být číslo od 1
entry-setup-session-only = Počet řádků na arch platí jen pro tuto relaci: { $error }
entry-setup-done = Arch { $sheet }, další řádek { $line }.
entry-tally-complete = přepsáno { $count } z { $lines } řádků · arch hotový
entry-tally-left = přepsáno { $count } z { $lines } řádků · zbývá { $left }
entry-tally = { $count ->
    [one] na tomto archu přepsán { $count } řádek
    [few] na tomto archu přepsány { $count } řádky
    [many] na tomto archu přepsáno { $count } řádku
   *[other] na tomto archu přepsáno { $count } řádků
}
entry-sheet = Arch
entry-line = Řádek
entry-nothing-saved = Na tomto archu zatím nic uloženo.
entry-privacy-mode = režim soukromí
entry-illegible = nečitelné
entry-last-saved = Naposledy uloženo:
entry-blind-heading = druhé zadání, naslepo
entry-blind-start = Druhé zadání archu { $sheet } od řádku { $line }: pište, co je na papíře. První zadání se neukazuje.
entry-blind-none = Žádný řádek této akce v tomto trezoru nečeká na druhé zadání. Přepisujte archy, které už byly přepsány (Ctrl-T nastaví arch a řádek).
entry-blind-tally = { $count ->
    [one] přepsán { $count } řádek
    [few] přepsány { $count } řádky
    [many] přepsáno { $count } řádku
   *[other] přepsáno { $count } řádků
} · { $again } přepsáno znovu
entry-blind-differs = Řádek { $line } ZATÍM NEULOŽEN: liší se od prvního zadání v { $fields }. Přečtěte papír znovu a napište, co na něm je (pole jsou vymazána), pak { $again }.
entry-blind-differs-kind = Řádek { $line } ZATÍM NEULOŽEN: liší se od prvního zadání v tom, zda je řádek papíru podpis, nebo nečitelný. Podívejte se na papír znovu: Enter uloží podpis, Ctrl-X nečitelný řádek.
# Named among the differing fields when the line kind differs.
entry-blind-kind-field = podpis, nebo nečitelné
entry-blind-read-paper = liší se od prvního zadání: napište, co je na papíře
entry-blind-agrees = ✓ Uloženo: { $what }; shoduje se s prvním zadáním, ověřeno. Teď řádek { $line }.
entry-blind-still-differs = Uloženo: { $what }; stále se liší od prvního zadání v { $fields }: ponecháno k rozhodnutí. Teď řádek { $line }.
entry-blind-sheet-done = Každý přepsaný řádek archu { $sheet } má teď druhé zadání: Ctrl-N pro arch { $next }.
entry-blind-last-agrees = shoduje se, ověřeno
entry-blind-last-differs = liší se v { $fields }: ponecháno k rozhodnutí
entry-blind-nothing-saved = V tomto druhém zadání zatím nic uloženo.
field-sheet = Arch
field-next-line = Další řádek
field-lines-per-sheet = Řádků na arch

## První spuštění: vytvoření trezoru, pak kampaně.
title-first-start = první spuštění
wizard-too-short = Použijte aspoň { $min } znaků; nejlépe několik slov.
wizard-differ = Obě hesla se liší. Napište ho znovu do druhého pole.
wizard-welcome = Vítejte ve fieldsign. Krok 1 ze 2: vytvořte si trezor
wizard-encrypted = Vše, co napíšete, se uchovává zašifrované v trezoru ve složce
wizard-choose =
    Zvolte heslo, kterým ho zamknete. Fráze ze čtyř a více slov je
    silná a snadno se píše. Když ji zapomenete, nikdo ji neobnoví.
wizard-passphrase = Heslo:
wizard-repeat = Znovu:
wizard-strength = Síla:
wizard-creating = Vytvářím trezor… (sekundu či dvě)
wizard-keys = Tab přepíná pole · Enter vytvoří trezor
strength-empty = napište heslo
strength-too-short = příliš krátké: kdokoli s tímto notebookem by ho uhodl
strength-strong = silné
strength-fair = ujde: čtyři a více slov by byla silnější
strength-weak = slabé: použijte čtyři a více slov
setup-heading = Trezor vytvořen. Krok 2 ze 2: vaše kampaň
setup-either = Podpisy patří ke kampani. Buď:
setup-join-file = (soubor .fieldsign, např. na flash disku)
setup-skip = zatím přeskočit (úvodní obrazovka nabízí obojí také)

## Výzvy k připojení ke kampani nebo k jejímu vytvoření (úvodní obrazovka a první spuštění).
prompt-campaign-file = Soubor kampaně:
prompt-campaign-title = Název kampaně:
prompt-file-needed = napište cestu k souboru kampaně, který vám dal koordinátor
prompt-joined = Připojeno ke kampani „{ $campaign }“. Klíč koordinátora { $fingerprint }: ověřte ho s koordinátorem osobně nebo telefonicky.
prompt-title-needed = napište název, např. „Svobodu všem“
prompt-created = Místní kampaň „{ $campaign }“ vytvořena se standardními poli. Dále: vytvořte akci (n).
prompt-join-keys = Enter připojit · Tab doplní · Esc zrušit · ~ je domovská složka
prompt-create-keys = Enter vytvořit · Esc zrušit

## Doplňování názvu souboru klávesou Tab.
complete-none = Takto nezačíná žádný soubor ani složka.
complete-only = To je jediný odpovídající název: není co doplnit.
complete-several = { $count ->
    [one] Odpovídá { $count } název
    [few] Odpovídají { $count } názvy
    [many] Odpovídá { $count } názvu
   *[other] Odpovídá { $count } názvů
}: { $names }. Napište víc, pak znovu Tab.

## Procházení záznamů kampaně.
title-browse = procházení
order-paper = arch/řádek
order-newest = nejnovější první
order-oldest = nejstarší první
browse-reading = čtu záznamy…
browse-count = { $count ->
    [one] { $count } shoda
    [few] { $count } shody
    [many] { $count } shody
   *[other] { $count } shod
} · řazeno: { $order }
browse-search = Hledat:
browse-sorted = Řazeno: { $order }.
browse-no-records = Zatím žádné záznamy: nejdřív přepište nějaké archy.
browse-no-match = Nic neodpovídá. Esc vymaže hledání.
column-event = AKCE
column-sheet = ARCH
column-line = ŘÁDEK
column-status = STAV
status-ok = ok
status-illegible = nečitelný
status-void = NEPLATNÝ
status-purged = vyčištěný

## Jeden záznam: jeho hodnoty, oprava, zneplatnění, historie.
title-record = záznam
record-purged-refused = Tento záznam byl doručen koordinátorovi a z tohoto trezoru vyčištěn: zde ho nelze změnit. Požádejte koordinátora, aby ho opravil nebo zneplatnil.
record-nothing-changed = Nic se nezměnilo.
record-amended-tui = ✓ Opraveno ({ $fields }). Staré hodnoty zůstávají v historii.
record-fix-marked = Neuloženo: opravte pole označená ✗.
record-not-saved = Neuloženo: { $error }
record-void-why = Uveďte důvod, např. „duplikát archu 3 řádku 4“, pak Enter.
record-voided-tui = ✓ Zneplatněno: záznam se už nepočítá. Jeho historie zůstává.
record-not-voided = Nezneplatněno: { $error }
record-typed = přepsáno { $time } na zařízení { $device }
record-no-origin = (jeho řádek z papíru ještě nedorazil)
record-values-purged = hodnoty zde vyčištěny
record-entered-id = { $entered } · id { $id }
record-amend-heading = Oprava: změňte hodnoty, Enter uloží, Esc zruší
record-voided-because = Zneplatněno: { $reason }
record-void-prompt = Proč zneplatnit?
record-void-keys = Enter zneplatní (záznam se přestane počítat; historie zůstane) · Esc zruší
record-reading-history = čtu historii…
record-history = Historie, nejstarší první
record-history-purged = doručeno koordinátorovi; hodnoty zde vyčištěny
record-unsaved-amend = Oprava je napsaná, ale neuložená.
record-unsaved-void = Zneplatnění je napsané, ale neuložené.
record-status-valid = platný
record-status-illegible = nečitelný
record-status-void = zneplatněný
record-status-purged = vyčištěný
history-added = přidán arch { $sheet } řádek { $line }: { $values }
history-amended = opraveno { $values }
history-cleared = { $field } vymazáno
history-voided = zneplatněno: { $reason }
history-decided-kept = rozhodnuto: stejný podepisující jako { $others }; tento ponechán
history-decided-duplicate = rozhodnuto: duplikát { $keep }
history-decided-different = rozhodnuto: jiná osoba než { $others }
history-verified-kept = ověřeno dvojím zadáním ({ $others }); tento ponechán
history-verified-entry = zadání téhož řádku papíru jako { $keep }, ponecháno jako jeho ověření
history-undone = rozhodnutí vráceno

## Volba jazyka obrazovek (úvodní obrazovka, l).
key-language-help = jazyk obrazovek (uchová se v tomto trezoru)
key-language-choose-help = zobrazovat obrazovky v tomto jazyce a uchovat ho v tomto trezoru
key-language-cancel-help = zrušit: jazyk zůstane, jak je
language-heading = Jazyk obrazovek (Enter vybere, Esc zruší)
language-chosen = Jazyk: { $language }. Uchován v tomto trezoru; `--lang` a FIELDSIGN_LANG dál volí jazyk pro jedno spuštění.
language-not-kept = Jazyk: { $language }, jen pro tuto relaci (neuchován: { $error })

## Čištění v TUI, zatímco jeho vlákno přepisuje databázi.
purge-quit-after = Čištění přepisuje databázi a v půli se nepřerušuje: fieldsign skončí, jakmile bude hotové.
purge-vault-busy = jiná část fieldsign ještě čte trezor; zkuste to znovu za chvíli
purge-stopped = Čištění se zastavilo: { $error }. Odemkněte, abyste viděli, kde skončilo, a pak vyčistěte znovu, pokud záznamy ještě čekají.
tui-hint-join = na úvodní obrazovce j připojí soubor kampaně
tui-hint-event-exists = je v seznamu na úvodní obrazovce: vyberte ji a stiskněte Enter
tui-hint-other-identity = chcete-li ho otevřít jiným souborem identity, ukončete fieldsign a spusťte `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = u většího souboru ukončete fieldsign a spusťte `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = Cíl není stanoven (chcete-li ho stanovit, ukončete fieldsign a spusťte `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = koordinátor: zařízení zvolené kampaně (zneplatnit, vystavit potvrzení)
key-devices = zařízení
key-receipt-help = vystavit potvrzení pro zvolené zařízení (zeptá se na soubor)
key-receipt = potvrzení
key-receipt-path-help = soubor potvrzení, např. na USB disku
key-revoke-help = zneplatnit zvolené zařízení (nejdřív se zeptá a ukáže otisk)
key-revoke = zneplatnit
title-devices = zařízení
home-devices-coordinators = Obrazovka zařízení patří koordinátorovi: ukazuje zařízení, jejichž balíčky byly do tohoto trezoru importovány.
devices-heading = Zařízení kampaně „{ $title }“
devices-col-fingerprint = OTISK
devices-col-first = PRVNÍ
devices-col-last = POSLEDNÍ BALÍČEK
devices-col-ops = OPER.
devices-col-records = ZÁZNAMY
devices-col-revoked = ZNEPLATNĚNO
devices-not-pinned = (bez balíčku)
devices-not-pinned-help = Toto zařízení sem neposlalo žádný balíček (je to vlastní zařízení trezoru, nebo je známé jen z cizích balíčků): nemá klíč, který by šlo zneplatnit nebo pro který vystavit potvrzení.
devices-detail = zařízení { $device } · { $fingerprint } · první balíček { $first }, poslední { $last }
devices-already-revoked = Toto zařízení už je zneplatněné.
devices-revoke-ask = Zneplatnit zařízení s otiskem { $fingerprint }? Každý balíček, který od teď podepíše, bude odmítnut; co poslalo dřív, zůstává.
devices-receipt-for = Potvrzení pro zařízení { $fingerprint }: potvrzuje to, co tento trezor drží pod jeho podpisem.
devices-receipt-file = Soubor:
devices-receipt-file-needed = Napište, kam potvrzení zapsat, např. na USB disk.
devices-receipt-exists = { $file } už existuje. Další Enter ho nahradí; nebo změňte název.
devices-receipt-writing = potvrzení se šifruje a zapisuje…
devices-nothing-changed = { $error } Nic nebylo zapsáno ani změněno.
