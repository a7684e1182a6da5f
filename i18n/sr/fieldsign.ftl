### fieldsign: српски (ћирилица). Појмовник: docs/glossary/sr.md. Обраћање са „Ви”.

-fieldsign = fieldsign

## Грешке и упозорења командне линије.

error-prefix = грешка: { $message }
warning-core-dumps = упозорење: искључивање исписа меморије није успело ({ $reason }); при паду садржај меморије може доспети на диск
error-invalid-value = грешка: вредност задата за { $arg } није исправна{ $why }; погледајте `fieldsign --help`
error-unexpected-word = грешка: задата је неочекивана реч (није приказана: можда је вредност; вредности се задају у --field KEY=VALUE); погледајте `fieldsign --help`
error-internal = грешка: унутрашња грешка у fieldsign на месту { $place }. Ништа несачувано није уписано; све што је екран приказао као сачувано је безбедно. Молимо пријавите ово (без икаквих података потписника).
error-file = грешка: { $file }: { $message }
error-vault-in-use = трезор у { $dir } користи други fieldsign процес; прво затворите тај (трезор може држати само један)
error-vault-closing = трезор у { $dir } држи fieldsign процес који се управо затвара; покушајте поново за неколико секунди
error-no-vault = у { $dir } нема трезора: направите га командом `fieldsign init` (или задајте постојећи преко --vault / FIELDSIGN_VAULT)
error-wrong-passphrase = погрешна лозинка за овај трезор; покушајте поново (разликују се велика и мала слова). Ако сте сигурни да је тачна, датотека кључа је можда оштећена: вратите key.age из резервне копије
error-bundles-refused = одбијени пакети: { $failed } од { $total } (погледајте изнад; ништа нису променили); остали су увезени

## Лозинке.

prompt-vault-passphrase = Лозинка трезора:{" "}
passphrase-choose = Изаберите { $kind ->
    [new] нову лозинку трезора
   *[first] лозинку трезора
}: дуга фраза од неколико речи је и јака и лака за куцање.
prompt-new-passphrase = Нова лозинка трезора:{" "}
prompt-repeat-passphrase = Поновите лозинку трезора:{" "}
passphrase-short = То је кратко: свако ко узме лаптоп може да је погоди. Боље 4 речи или више.
passphrase-mismatch = Унети изрази се не поклапају; покушајте поново.
passphrase-changed = Лозинка је промењена. Стара више не отвара овај трезор.

## Трезор и идентитет.

vault-created = Трезор је направљен у { $dir }
vault-device = Уређај { $device }, отисак кључа за потписивање { $fingerprint }
vault-next = Даље: `fieldsign campaign join FILE` (организатор) или `fieldsign campaign create --title …` (координатор).
identity-exported = ТАЈНИ age идентитет овог трезора уписан је у { $file } (режим 0600). Ко га има, може да прочита сваки пакет послат овом трезору: чувајте га на шифрованом диску и обришите га када више не буде потребан.

## Кампање и догађаји.

campaign-created = Кампања „{ $title }” ({ $id }) је направљена. Дајте { $file } организаторима: `fieldsign campaign join { $file }`; отисак кључа координатора: { $fingerprint }.
campaign-joined = Придружили сте се кампањи „{ $title }” ({ $id }). Отисак кључа координатора { $fingerprint }: проверите га са координатором телефоном или лично.
campaign-none = Још нема кампања: `fieldsign campaign join FILE` или `fieldsign campaign create --title …`.
show-role = улога
show-role-coordinator = координатор (овај трезор има кључ за потпис кампање)
show-role-organizer = организатор
show-coordinator-key = кључ координатора
show-goal = циљ
show-goal-signatures = потписи: { $count }
show-no-goal = није постављен
show-fields = поља
show-required = обавезно
show-field-role = значење { $role }
show-no-events = још нема
show-event-records = записи: { $count }
show-texts = текст петиције
show-no-texts = нема: датотека кампање нема текст петиције; затражите га од координатора
show-text-heading = Текст петиције, { $language } ({ $number } од { $count }):

## Записи.

record-amended = Запис { $id } је исправљен.
record-voided = Запис { $id } је поништен; више се не рачуна.
csv-imported = Увезено { $count ->
    [one] { $count } потпис
    [few] { $count } потписа
   *[other] { $count } потписа
} у „{ $event }” (листови { $first }–{ $last }).

## Пакети, потврде, уређаји.

bundle-what-all = све што је у трезору
bundle-what-new = све што координатор још није потврдио
bundle-written = Уписано { $file } ({ $bytes } B): операције: { $ops } (нови редови: { $adds }, исправке: { $amends }, поништења: { $voids }), догађаји: { $events }, кампања „{ $title }”, { $what }; шифровано за примаоце-координаторе ({ $recipients }) и потписано овим уређајем ({ $fingerprint }).
bundle-empty = Напомена: координатор је већ све потврдио; овај пакет не носи ниједну операцију.
device-pinned = Закачен је нови уређај { $device } са отиском { $fingerprint }: проверите га са организатором лично или телефоном.
bundle-replay = { $file }: већ увезено (понављање): све операције ({ $known }) су биле познате; ништа се није променило.
bundle-imported = { $file }: увезено у „{ $title }” са уређаја { $device } ({ $fingerprint }): нови записи: { $records }, исправке: { $amends }, поништења: { $voids }, нови догађаји: { $events }, већ познато: { $known }, сукоби: 0; операције од { $replicas }.
receipt-imported = Потврда од координатора кампање „{ $title }” ({ $created }): ново потврђене операције: { $acknowledged }; још за слање: { $unacknowledged }. `fieldsign purge --acknowledged` уклања са овог лаптопа оно што је предато.
receipt-ignored = Упозорење: потврда потврђује и операције ({ $ignored }) које овај лаптоп није уписао (бројеви које није користио или операције других уређаја); занемарене су, па purge због њих ништа неће уклонити. Обавестите координатора: други уређај је можда слао операције у име овог лаптопа.
receipt-written = Уписано { $file }: потврђује операције ({ $count }) уређају { $device } ({ $fingerprint }) за „{ $title }”; шифровано за тај уређај. Пошаљите га назад организатору.
device-none = Још нема уређаја: закаче се при увозу њиховог првог пакета.
device-revoked = Уређај { $device } ({ $fingerprint }) је опозван: његови каснији пакети се одбијају. Оно што је раније послао остаје; прегледајте то помоћу `fieldsign list`.

## `verify`.

verify-file = датотека
verify-format = формат
verify-campaign = кампања
verify-device = уређај
verify-created = направљено
verify-recipients = примаоци
verify-ranges = опсези
verify-replicas = реплике
verify-operations = операције
verify-events = догађаји
verify-signed-by = потписао
verify-acknowledges = потврђује
verify-signature-valid = { $format } v{ $version } (потпис важећи)
verify-device-fingerprint = { $device }, отисак { $fingerprint } — { $status }
verify-device-known = познат (закачен)
verify-device-unknown = још непознат (увоз ће га закачити)
verify-device-revoked = ОПОЗВАН (увоз би био одбијен)
verify-device-mismatch = КЉУЧ СЕ НЕ ПОКЛАПА: закачен са { $pinned } (увоз би био одбијен)
verify-operation-kinds = { $ops } (нови редови: { $adds }, исправке: { $amends }, поништења: { $voids })
verify-from-coordinator = координатор кампање
verify-not-coordinator = НИЈЕ координатор ове кампање (увоз би био одбијен)
verify-acknowledged = { $ranges } (операције: { $count })

## Чишћење.

purge-done = Предато и очишћено: { $valid }
purge-also = ; вредности су уклоњене и из: { $lines } (и даље се рачунају као такви)
purge-illegible-lines = нечитки редови: { $count }
purge-void-lines = поништени редови: { $count }
purge-and = { $first } и { $second }
purge-cleared = ; очишћене операције: { $ops }; записи који чекају потврду: { $waiting }.
purge-rewritten = База података је поново уписана без њих.
purge-nothing = Нема шта да се очисти: прво увезите потврду од координатора (`fieldsign import receipt FILE`).

## Извештаји, извоз за предају, дупликати.

report-all = све
report-event = догађај { $name } { $date }
report-device = уређај { $device }
report-by-country = важећи по земљи: { $countries }
report-purged = Предато и очишћено из овог трезора: { $count } (рачуна се, вредности уклоњене).
export-written = Уписано { $count ->
    [one] { $count } важећи потпис
    [few] { $count } важећа потписа
   *[other] { $count } важећих потписа
} кампање „{ $title }” у { $file }.
export-plain-warning = УПОЗОРЕЊЕ: { $file } је ОБИЧАН ТЕКСТ: свако ко га добије може да прочита име и контакт сваког потписника. Предајте га безбедним путем и обришите га када завршите.
export-purged-left-out = Изостављени очишћени записи: { $count }; њихове вредности има само координатор.
dedupe-none = Међу важећим записима ({ $count }) нема вероватних дупликата.
dedupe-none-likely = Међу важећим записима ({ $count }) нема вероватних дупликата (`--possible` приказује и парове које вреди прегледати).
dedupe-groups = { $count ->
    [one] { $count } група
    [few] { $count } групе
   *[other] { $count } група
} вероватних дупликата, најсигурнији први. Проверите папирне листове, па поништите вишак: `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } група
    [few] { $count } групе
   *[other] { $count } група
} вероватних или могућих дупликата, најсигурнији први. Проверите папирне листове, па поништите вишак: `fieldsign void ID --reason "duplicate of …"`.

## Друге грешке трезора

error-already-exists = у { $dir } већ постоји трезор; користите њега или изаберите другу фасциклу преко --vault
error-unknown-campaign = ниједна кампања не одговара задатом --campaign (није приказан: можда је вредност); `fieldsign campaign list` их приказује, а `fieldsign campaign join FILE` придружује новој
error-no-campaigns = овај трезор још нема кампању; придружите се преко `fieldsign campaign join FILE` или је направите преко `fieldsign campaign create`
error-campaign-needed = овај трезор има више кампања ({ $campaigns }); изаберите једну преко --campaign
error-ambiguous-campaign = задатом --campaign одговара више кампања ({ $matches }); задајте уместо тога id
error-unknown-event = ниједан догађај ове кампање не одговара задатом --event (није приказан: можда је вредност); `fieldsign event list` их приказује, `fieldsign event create` додаје нови
error-ambiguous-event = задатом --event одговара више догађаја ({ $matches }); задајте уместо тога id
error-unknown-record = у овом трезору нема записа са id { $id }; `fieldsign list` приказује id
