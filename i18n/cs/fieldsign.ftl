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
