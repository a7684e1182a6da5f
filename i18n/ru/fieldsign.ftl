### fieldsign: русский. Глоссарий: docs/glossary/ru.md. Обращение на «вы».

-fieldsign = fieldsign

## Ошибки и предупреждения командной строки.

error-prefix = ошибка: { $message }
warning-core-dumps = предупреждение: не удалось отключить дампы памяти ({ $reason }); при сбое содержимое памяти может попасть на диск
error-invalid-value = ошибка: значение для { $arg } недопустимо{ $why }; см. `fieldsign --help`
error-unexpected-word = ошибка: указано лишнее слово (оно не показано: это может быть значение; значения указывают в --field KEY=VALUE); см. `fieldsign --help`
error-internal = ошибка: внутренняя ошибка fieldsign в { $place }. Ничего несохранённого не записано; всё, что экран показал как сохранённое, в безопасности. Пожалуйста, сообщите об этом (без каких-либо данных подписантов).
error-file = ошибка: { $file }: { $message }
error-vault-in-use = хранилище в { $dir } использует другой процесс fieldsign; сначала закройте его (хранилище может держать только один)
error-vault-closing = хранилище в { $dir } держит процесс fieldsign, который как раз закрывается; попробуйте ещё раз через несколько секунд
error-no-vault = в { $dir } нет хранилища: создайте его командой `fieldsign init` (или укажите существующее через --vault / FIELDSIGN_VAULT)
error-wrong-passphrase = неверная парольная фраза для этого хранилища; попробуйте ещё раз (фраза чувствительна к регистру). Если вы уверены, что она верна, файл ключа может быть повреждён: восстановите key.age из резервной копии
error-bundles-refused = отклонено пакетов: { $failed } из { $total } (см. выше; они ничего не изменили); остальные импортированы

## Парольные фразы.

prompt-vault-passphrase = Парольная фраза хранилища:{" "}
passphrase-choose = Придумайте { $kind ->
    [new] новую парольную фразу хранилища
   *[first] парольную фразу хранилища
}: длинная фраза из нескольких слов и надёжна, и удобна для ввода.
prompt-new-passphrase = Новая парольная фраза хранилища:{" "}
prompt-repeat-passphrase = Повторите парольную фразу хранилища:{" "}
passphrase-short = Это слишком коротко: любой, кто заберёт ноутбук, сможет её подобрать. Лучше 4 слова или больше.
passphrase-mismatch = Фразы не совпадают; попробуйте ещё раз.
passphrase-changed = Парольная фраза изменена. Старая больше не открывает это хранилище.

## Хранилище и идентичность.

vault-created = Хранилище создано в { $dir }
vault-device = Устройство { $device }, отпечаток ключа подписи { $fingerprint }
vault-next = Далее: `fieldsign campaign join FILE` (организатор) или `fieldsign campaign create --title …` (координатор).
identity-exported = СЕКРЕТНАЯ age-идентичность этого хранилища записана в { $file } (режим 0600). Тот, у кого она есть, может прочитать любой пакет, отправленный этому хранилищу: храните её на зашифрованном диске и удалите, когда она станет не нужна.

## Кампании и события.

campaign-created = Кампания «{ $title }» ({ $id }) создана. Передайте { $file } организаторам: `fieldsign campaign join { $file }`; отпечаток ключа координатора: { $fingerprint }.
campaign-joined = Вы присоединились к «{ $title }» ({ $id }). Отпечаток ключа координатора { $fingerprint }: сверьте его с координатором по телефону или лично.
campaign-none = Кампаний пока нет: `fieldsign campaign join FILE` или `fieldsign campaign create --title …`.
show-role = роль
show-role-coordinator = координатор (в этом хранилище ключ подписи кампании)
show-role-organizer = организатор
show-coordinator-key = ключ координатора
show-goal = цель
show-goal-signatures = подписей: { $count }
show-no-goal = не задана
show-fields = поля
show-required = обязательное
show-field-role = смысл { $role }
show-no-events = пока нет
show-event-records = записей: { $count }
show-texts = текст петиции
show-no-texts = нет: в файле кампании нет текста петиции; попросите его у координатора
show-text-heading = Текст петиции, { $language } ({ $number } из { $count }):

## Записи.

record-amended = Запись { $id } исправлена.
record-voided = Запись { $id } аннулирована; она больше не учитывается.
csv-imported = Импортировано { $count ->
    [one] { $count } подпись
    [few] { $count } подписи
   *[many] { $count } подписей
} в «{ $event }» (листы { $first }–{ $last }).

## Пакеты, квитанции, устройства.

bundle-what-all = всё, что есть в хранилище
bundle-what-new = всё, что координатор ещё не подтвердил
bundle-written = Записан { $file } ({ $bytes } байт): операций — { $ops } (новых строк — { $adds }, исправлений — { $amends }, аннулирований — { $voids }), событий — { $events }, кампания «{ $title }», { $what }; зашифровано для получателей-координаторов ({ $recipients }) и подписано этим устройством ({ $fingerprint }).
bundle-empty = Примечание: координатор уже всё подтвердил; в этом пакете нет операций.
device-pinned = Закреплено новое устройство { $device } с отпечатком { $fingerprint }: сверьте его с организатором лично или по телефону.
bundle-replay = { $file }: уже импортирован (повтор): все операции ({ $known }) уже известны; ничего не изменилось.
bundle-imported = { $file }: импортирован в «{ $title }» с устройства { $device } ({ $fingerprint }): новых записей — { $records }, исправлений — { $amends }, аннулирований — { $voids }, новых событий — { $events }, уже известных — { $known }, конфликтов — 0; операции от { $replicas }.
receipt-imported = Квитанция от координатора «{ $title }» ({ $created }): только что подтверждено операций — { $acknowledged }; ещё нужно отправить — { $unacknowledged }. `fieldsign purge --acknowledged` удаляет с этого ноутбука то, что уже передано.
receipt-ignored = Предупреждение: квитанция подтверждает также операции ({ $ignored }), которых этот ноутбук не записывал (номера, которые он не использовал, или операции других устройств); они проигнорированы, так что purge из-за них ничего не удалит. Сообщите координатору: другое устройство могло отправлять операции от имени этого ноутбука.
receipt-written = Записан { $file }: подтверждает операций — { $count } для устройства { $device } ({ $fingerprint }) в «{ $title }»; зашифровано для этого устройства. Отправьте его организатору.
device-none = Устройств пока нет: их закрепляют при импорте первого пакета.
device-revoked = Устройство { $device } ({ $fingerprint }) отозвано: его последующие пакеты будут отклонены. Отправленное им раньше остаётся; просмотрите это через `fieldsign list`.

## `verify`.

verify-file = файл
verify-format = формат
verify-campaign = кампания
verify-device = устройство
verify-created = создан
verify-recipients = получатели
verify-ranges = диапазоны
verify-replicas = реплики
verify-operations = операции
verify-events = события
verify-signed-by = подписал
verify-acknowledges = подтверждает
verify-signature-valid = { $format } v{ $version } (подпись действительна)
verify-device-fingerprint = { $device }, отпечаток { $fingerprint } — { $status }
verify-device-known = известно (закреплено)
verify-device-unknown = ещё не известно (импорт его закрепит)
verify-device-revoked = ОТОЗВАНО (импорт будет отклонён)
verify-device-mismatch = КЛЮЧ НЕ СОВПАДАЕТ: закреплено с { $pinned } (импорт будет отклонён)
verify-operation-kinds = { $ops } (новых строк — { $adds }, исправлений — { $amends }, аннулирований — { $voids })
verify-from-coordinator = координатор кампании
verify-not-coordinator = НЕ координатор этой кампании (импорт будет отклонён)
verify-acknowledged = { $ranges } (операций — { $count })

## Очистка.

purge-done = Передано и очищено: { $valid }
purge-also = ; значения удалены также из { $lines } (они по-прежнему учитываются как таковые)
purge-illegible-lines = { $count ->
    [one] { $count } неразборчивой строки
    [few] { $count } неразборчивых строк
   *[many] { $count } неразборчивых строк
}
purge-void-lines = { $count ->
    [one] { $count } аннулированной строки
    [few] { $count } аннулированных строк
   *[many] { $count } аннулированных строк
}
purge-and = { $first } и { $second }
purge-cleared = ; очищено операций — { $ops }; записей, ожидающих квитанции, — { $waiting }.
purge-rewritten = База данных переписана без них.
purge-nothing = Нечего очищать: сначала импортируйте квитанцию от координатора (`fieldsign import receipt FILE`).

## Отчёты, экспорт для передачи, дубликаты.

report-all = все
report-event = событие { $name } { $date }
report-device = устройство { $device }
report-by-country = действительные по странам: { $countries }
report-purged = Передано и очищено в этом хранилище: { $count } (учитываются, значения удалены).
export-written = Записано { $count ->
    [one] { $count } действительная подпись
    [few] { $count } действительные подписи
   *[many] { $count } действительных подписей
} кампании «{ $title }» в { $file }.
export-plain-warning = ВНИМАНИЕ: { $file } — ОТКРЫТЫЙ ТЕКСТ: любой, кто его получит, прочитает имя и контакты каждого подписанта. Передавайте его по безопасному каналу и удалите, когда закончите.
export-purged-left-out = { $count ->
    [one] { $count } очищенная запись пропущена: её значения есть только у координатора.
    [few] { $count } очищенные записи пропущены: их значения есть только у координатора.
   *[many] { $count } очищенных записей пропущено: их значения есть только у координатора.
}
dedupe-none = Среди действительных записей ({ $count }) вероятных дубликатов нет.
dedupe-none-likely = Среди действительных записей ({ $count }) вероятных дубликатов нет (`--possible` показывает и пары, которые стоит проверить).
dedupe-groups = { $count ->
    [one] { $count } группа
    [few] { $count } группы
   *[many] { $count } групп
} вероятных дубликатов, самые надёжные первыми. Сверьте с бумажными листами, затем аннулируйте лишние: `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } группа
    [few] { $count } группы
   *[many] { $count } групп
} вероятных или возможных дубликатов, самые надёжные первыми. Сверьте с бумажными листами, затем аннулируйте лишние: `fieldsign void ID --reason "duplicate of …"`.

## Другие ошибки хранилища

error-already-exists = в { $dir } уже есть хранилище; пользуйтесь им или выберите другую папку через --vault
error-unknown-campaign = ни одна кампания не соответствует указанному --campaign (он не показан: это может быть значение); `fieldsign campaign list` показывает кампании, а `fieldsign campaign join FILE` присоединяет к новой
error-no-campaigns = в этом хранилище ещё нет кампаний; присоединитесь к кампании через `fieldsign campaign join FILE` или создайте её через `fieldsign campaign create`
error-campaign-needed = в этом хранилище несколько кампаний ({ $campaigns }); выберите одну через --campaign
error-ambiguous-campaign = указанному --campaign соответствует несколько кампаний ({ $matches }); укажите вместо этого id
error-unknown-event = ни одно событие этой кампании не соответствует указанному --event (он не показан: это может быть значение); `fieldsign event list` показывает события, `fieldsign event create` добавляет новое
error-ambiguous-event = указанному --event соответствует несколько событий ({ $matches }); укажите вместо этого id
error-unknown-record = в этом хранилище нет записи с id { $id }; `fieldsign list` показывает id
