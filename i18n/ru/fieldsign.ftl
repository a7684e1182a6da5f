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

## The terminal UI (src/tui). Key names (Enter, Esc, Tab, Ctrl-L) stay as printed on the keys.
key-privacy-help = режим приватности: скрыть личные поля прежних записей
key-lock-help = заблокировать сейчас; также само после паузы без нажатий
key-lock = блок.
key-quit-help = выйти (сначала спросит, если что-то набрано наполовину)
key-quit = выход
key-help-help = эта справка (? только там, где нет текстового поля в фокусе)
key-help = справка
key-quit-lose = выйти и потерять
key-go-back-to-it = вернуться
key-close-help-help = закрыть эту справку
key-close-help = закрыть справку
key-unlock-help = открыть хранилище набранной парольной фразой
key-unlock = открыть
key-home-choose-help = выбрать кампанию или событие
key-first-last-help = первая / последняя строка списка
key-home-open-help = на событии: набирать его листы; на кампании: просмотреть её
key-type-sheets = набор листов
key-new-event-help = создать событие в выбранной кампании
key-new-event = новое событие
key-browse-help = просмотр, поиск и исправление записей кампании
key-browse = просмотр
key-join-help = присоединиться к файлу кампании от координатора
key-join = присоед.
key-create-help = создать локальную кампанию
key-create = создать
key-export-help = экспортировать пакет выбранной кампании для координатора
key-export = экспорт
key-import-help = импортировать пакет (координатор) или квитанцию (организатор)
key-petition-help = текст петиции кампании (чтобы прочитать его подписанту)
key-dashboard-help = координатор: сводка по выбранной кампании
key-second-entry-help = на событии: набрать его листы повторно, вслепую (двойной ввод)
key-create-event-help = создать событие
key-confirm = подтвердить
key-next-field = след. поле
key-cancel-event-help = отмена: событие не создаётся
key-cancel = отмена
key-confirm-prompt-help = подтвердить ввод
key-complete = дополнить
key-cancel-prompt-help = отменить ввод
key-complete-help = дополнить набранное имя файла или папки
key-next-field-help = следующее поле (Shift-Tab и ↑ ↓ тоже переходят)
key-type = ввод
key-search-help = поиск по мере ввода (любое поле; без учёта диакритики и регистра)
key-search = поиск
key-move-help = перемещение по списку
key-choose = выбор
key-page-help = страница вверх / вниз
key-first-last-record-help = первая / последняя запись
key-open-record-help = открыть запись: исправить, аннулировать, история
key-open = открыть
key-sort-help = сортировка: лист/строка, сначала новые, сначала старые
key-sort = сорт.
key-clear-search-help = очистить поиск, затем назад
key-back = назад
key-count-again-help = пересчитать (после импорта пакетов)
key-count-again = пересчитать
key-back-campaigns-help = назад к кампаниям
key-entry-field-help = следующее / предыдущее поле (также ↓ ↑)
key-save-line-help = сохранить строку (сначала на диск); дважды: сохранить повтор
key-save = сохранить
key-illegible-help = сохранить эту бумажную строку как неразборчивую или зачёркнутую
key-illegible = неразб.
key-next-sheet-help = начать следующий бумажный лист
key-next-sheet = след. лист
key-sheet-setup-help = настройка листа: номер листа, следующая строка, строк на листе
key-clear-line-help = очистить всю строку; Ctrl-U очищает одно поле
key-browse-event-help = просмотр и исправление записей этого события
key-petition-entry-help = текст петиции, чтобы прочитать его подписанту; Esc возвращает
key-tick-help = отметить / снять отметку в поле-флажке
key-entry-back-help = на главный экран (сначала спросит, если строка набрана наполовину)
key-all-keys = все клавиши
key-apply-setup-help = применить номер листа, следующую строку и число строк на листе
key-apply = применить
key-next = далее
key-cancel-setup-help = отмена: лист остаётся как был
key-export-path-help = куда записать пакет (~ это ваша домашняя папка)
key-write-help = записать (спросит, прежде чем заменить файл)
key-write-file = записать файл
key-all-new-help = всё хранимое или только то, что не подтверждено
key-all-new = всё / новое
key-import-path-help = путь к файлу пакета или квитанции (~ это ваша домашняя папка)
key-import-it-help = проверить и импортировать
key-import = импорт
key-purge-delivered-help = очистка: удалить с этого ноутбука личные данные, подтверждённые координатором (сначала спросит)
key-purge-delivered = очистить доставленное
key-next-language-help = текст на следующем языке кампании
key-next-language = след. язык
key-scroll-help = прокрутка текста длиннее окна
key-scroll = прокрутка
key-purge-now-help = очистить сейчас: значения удаляются с этого ноутбука навсегда
key-purge-now = очистить, без возврата
key-keep-help = сохранить всё и вернуться
key-keep = оставить и вернуться
key-amend-help = исправить: изменить значения (старые остаются в истории)
key-amend = исправить
key-void-help = аннулировать с причиной: запись перестаёт учитываться
key-void = аннулировать
key-history-help = показать или скрыть историю изменений
key-history = история
key-back-list-help = назад к списку
key-save-amendment-help = сохранить исправление (старые значения остаются в истории)
key-cancel-nothing-help = отмена: ничего не меняется
key-void-reason-help = аннулировать с набранной причиной (запись перестаёт учитываться; история остаётся)
key-switch-field-help = переключение между двумя полями парольной фразы
key-switch-field = другое поле
key-wizard-next-help = следующее поле, затем создать хранилище
key-join-file = присоединиться
key-create-campaign = создать кампанию
key-skip-help = пропустить этот шаг (главный экран тоже предлагает оба варианта)
key-skip = пропустить

## The frame around every screen.
tui-privacy-on = ПРИВАТНОСТЬ ВКЛ.
tui-quit-anyway = Всё равно выйти и потерять это?
tui-quit-title = Выйти?
tui-too-small = Окно слишком маленькое ({ $size }; нужно { $needs }).
tui-too-small-keys =
    Увеличьте его, чтобы продолжить; до тех пор клавиши не действуют,
    кроме Ctrl-L (блокировка) и Ctrl-Q (выход).
tui-too-small-sheet = Лист { $sheet } остаётся открытым как был.
tui-help-heading = Клавиши на этом экране ({ $screen })
tui-help-everywhere = Везде
tui-help-close = Esc закрывает эту справку
tui-help-title = Справка

## Why a field's value is refused.
error-field-value = поле `{ $field }` { $problem }
value-required = обязательно
value-too-long = слишком длинное (не более { $graphemes } символов и { $bytes } байт при любой записи символов)
value-control = содержит управляющие символы (например, escape-последовательности терминала, табуляцию или переводы строк)
value-bidi = содержит символы смены направления текста (U+202A–U+202E, U+2066–U+2069 или метки направления)
value-invisible = содержит невидимые символы (например, пробел нулевой ширины или мягкий перенос)
value-email = не адрес электронной почты (ожидается name@example.org)
value-phone = не номер телефона (цифры, пробелы, + - ( ) . ; от 5 до 20 цифр)
value-country = не код страны ISO 3166 (две буквы, например DE, GR, IN)
value-postcode = не почтовый индекс (буквы, цифры, пробелы и -; не более 12)
value-date = не дата (ожидается ГГГГ-ММ-ДД)
value-checkbox = не значение флажка (`yes/no, y/n, x, 1/0, true/false`)
value-choice = не входит в список: { $options }

## Fields.
field-name = Имя
field-email = Эл. почта
field-phone = Телефон
field-city = Город
field-country = Страна
field-postcode = Индекс
field-contact-ok = Можно связаться
field-place = Место
field-date = Дата
hint-phone = цифры, + - ( )
hint-country = 2 буквы: DE, GR, IN…
hint-postcode = буквы, цифры, -
hint-checkbox = Пробел ставит / снимает отметку
hint-choice = одно из: { $options }

## The unlock screen.
title-locked = заблокировано
unlock-heading = Хранилище заблокировано.
unlock-vault = Хранилище:
unlock-passphrase = Парольная фраза:
unlock-busy = Открываю… (это нарочно занимает секунду-другую)
unlock-hint = Наберите парольную фразу и нажмите Enter.
unlock-empty = Наберите парольную фразу хранилища, затем нажмите Enter.
unlock-wrong = Неверная парольная фраза. Попробуйте ещё раз (регистр важен: проверьте Caps Lock и раскладку клавиатуры).

## Locking and privacy mode.
lock-idle = Заблокировано само после { $limit } без нажатий. Откройте, чтобы продолжить с того же места.
lock-key = Заблокировано (Ctrl-L). Откройте, чтобы продолжить с того же места.
privacy-on = Режим приватности включён: личные поля прежних записей скрыты. Ctrl-P показывает их.
privacy-off = Режим приватности выключен.
duration-seconds = { $seconds } с
duration-minutes = { $minutes } мин
duration-minutes-seconds = { $minutes } мин { $seconds } с

title-home = главная
count-events = { $count ->
    [one] { $count } событие
    [few] { $count } события
    [many] { $count } событий
   *[other] { $count } события
}
count-lines = { $count ->
    [one] { $count } строка
    [few] { $count } строки
    [many] { $count } строк
   *[other] { $count } строки
}
counting = подсчёт…
role-coordinator = координатор
role-organizer = организатор

## Home.
home-heading = Кампании и события
home-empty = В этом хранилище пока нет кампаний.
home-empty-join = присоединиться к файлу кампании, который дал вам координатор
home-empty-create = создать локальную кампанию, которую вы координируете сами
home-new-event = новое событие…
home-new-event-title = Новое событие в «{ $campaign }» (Enter создаёт, Esc отменяет)
home-event-created = Событие «{ $event }» создано. Enter начинает набор его листов.
home-second-entry-event = Сначала выберите событие (↑ ↓): v набирает его листы повторно, вслепую, для проверки.
home-campaign-first = Сначала присоединитесь (j) к кампании или создайте (c) её; события принадлежат кампании.
home-this-device = Это устройство:
home-device-checked = (координатор его проверяет)
home-dashboard-coordinators = Сводка — для координатора: она считает всё, что приходит от каждого организатора. То, что хранит этот ноутбук, считается здесь, под списком.
standing-valid = действительных: { $count }
standing-void = аннулировано: { $count }
standing-illegible = неразборчивых: { $count }
standing-purged = доставлено и очищено: { $count }
standing-unsent = { $count ->
    [one] { $count } изменение ещё не отправлено
    [few] { $count } изменения ещё не отправлены
    [many] { $count } изменений ещё не отправлено
   *[other] { $count } изменения ещё не отправлены
}
standing-last-bundle = последний пакет { $time }
standing-no-bundle = пакетов ещё не было
list-and = { $rest } и { $last }

## Sheet entry.
title-entry = набор листов
entry-start = Лист { $sheet }, строка { $line }: наберите первого подписанта. Tab переходит между полями, Enter сохраняет.
entry-continue = Продолжаем лист { $sheet } со строки { $line }. Ctrl-N начинает лист { $next }.
entry-not-saved-check = Не сохранено. Сверьте строку с бумагой (Ctrl-T задаёт номер строки), затем Enter.
entry-unsaved-leave = Строка { $line } набрана, но не сохранена. Enter сохраняет её; Esc ещё раз отбрасывает её и возвращает назад.
entry-unsaved-next = Строка { $line } набрана, но не сохранена. Enter сохраняет её; Ctrl-N ещё раз отбрасывает её и начинает лист { $next }.
entry-unsaved-resume = Строка { $line } листа { $sheet } набрана, но не сохранена.
entry-sheet-line = лист { $sheet } строка { $line }
entry-sheet-line-elsewhere = лист { $sheet } строка { $line } другого события
entry-nothing-typed = В строке { $line } ничего не набрано. Наберите подписанта или нажмите Ctrl-X, если бумажная строка неразборчива или зачёркнута.
entry-fix-fields = Строка { $line } не сохранена: исправьте { $fields } (отмечено ✗), затем Enter.
entry-fix-marked = Строка { $line } не сохранена: исправьте поля, отмеченные ✗, затем Enter.
entry-again-save = Повторный Enter
entry-again-illegible = Повторный Ctrl-X
entry-retype = Лист { $sheet } строка { $line } уже набрана: { $again } сохраняет вторую запись, Esc возвращает назад.
entry-beyond = Строка { $line } за пределами { $lines } строк бумажного листа: { $again } сохраняет её, Esc возвращает назад (Ctrl-T меняет настройку листа).
entry-duplicate = Вероятно, тот же подписант, что { $places }. Повторный Enter всё равно сохраняет; Esc возвращает к строке.
entry-likely-duplicate = ⚠ Вероятный повтор: { $places }
entry-not-saved-error = Строка { $line } НЕ сохранена: { $error }
entry-saved = ✓ Сохранено: { $what }. Теперь строка { $line }.
entry-saved-complete = ✓ Сохранено: { $what }. Лист { $sheet } заполнен ({ $count } из { $lines }): Ctrl-N начинает лист { $next }.
entry-saved-illegible = лист { $sheet } строка { $line } как неразборчивая
entry-next-paper = Лист { $sheet }, строка { $line }: возьмите следующий бумажный лист.
entry-setup-heading = Настройка листа (Enter применяет, Esc отменяет)
entry-setup-number = должно быть числом от 1
entry-setup-session-only = Число строк на листе действует только в этом сеансе: { $error }
entry-setup-done = Лист { $sheet }, следующая строка { $line }.
entry-tally-complete = набрано { $count } из { $lines } строк · лист заполнен
entry-tally-left = набрано { $count } из { $lines } строк · осталось { $left }
entry-tally = { $count ->
    [one] на этом листе набрана { $count } строка
    [few] на этом листе набрано { $count } строки
    [many] на этом листе набрано { $count } строк
   *[other] на этом листе набрано { $count } строки
}
entry-sheet = Лист
entry-line = Строка
entry-nothing-saved = На этом листе пока ничего не сохранено.
entry-privacy-mode = режим приватности
entry-illegible = неразборчиво
entry-last-saved = Последняя сохранённая:
entry-blind-heading = второй ввод, вслепую
entry-blind-start = Второй ввод листа { $sheet }, со строки { $line }: наберите то, что на бумаге. Первый ввод не показывается.
entry-blind-none = В этом хранилище ни одна строка этого события не ждёт второго ввода. Набирайте листы, которые уже были набраны (Ctrl-T задаёт лист и строку).
entry-blind-tally = { $count ->
    [one] набрана { $count } строка
    [few] набрано { $count } строки
    [many] набрано { $count } строк
   *[other] набрано { $count } строки
} · { $again } набрано повторно
entry-blind-differs = Строка { $line } ЕЩЁ НЕ сохранена: она расходится с первым вводом в полях { $fields }. Прочитайте бумагу снова и наберите то, что там написано (поля очищены), затем { $again }.
entry-blind-differs-kind = Строка { $line } ЕЩЁ НЕ сохранена: она расходится с первым вводом в том, подпись это или нечитаемая строка. Посмотрите на бумагу снова: Enter сохраняет подпись, Ctrl-X — нечитаемую строку.
entry-blind-kind-field = подпись или нечитаемая
entry-blind-read-paper = расходится с первым вводом: наберите то, что на бумаге
entry-blind-agrees = ✓ Сохранено: { $what }; совпадает с первым вводом, проверено. Теперь строка { $line }.
entry-blind-still-differs = Сохранено: { $what }; всё ещё расходится с первым вводом в полях { $fields }: оставлено для решения. Теперь строка { $line }.
entry-blind-sheet-done = У каждой набранной строки листа { $sheet } теперь есть второй ввод: Ctrl-N — лист { $next }.
entry-blind-last-agrees = совпадает, проверено
entry-blind-last-differs = расходится в полях { $fields }: оставлено для решения
entry-blind-nothing-saved = В этом втором вводе пока ничего не сохранено.
field-sheet = Лист
field-next-line = Следующая строка
field-lines-per-sheet = Строк на листе

## The first start.
title-first-start = первый запуск
wizard-too-short = Не менее { $min } символов; лучше несколько слов.
wizard-differ = Две парольные фразы различаются. Наберите её ещё раз во втором поле.
wizard-welcome = Добро пожаловать в fieldsign. Шаг 1 из 2: создайте хранилище
wizard-encrypted = Всё, что вы набираете, хранится в зашифрованном хранилище в папке
wizard-choose =
    Выберите парольную фразу для его защиты. Фраза из четырёх и более слов
    надёжна и легко набирается. Если её забыть, восстановить её нельзя.
wizard-passphrase = Парольная фраза:
wizard-repeat = Ещё раз:
wizard-strength = Надёжность:
wizard-creating = Создаю хранилище… (секунду-другую)
wizard-keys = Tab переключает поля · Enter создаёт хранилище
strength-empty = наберите парольную фразу
strength-too-short = слишком коротко: любой, у кого ноутбук, сможет угадать
strength-strong = надёжно
strength-fair = сносно: четыре и более слов были бы надёжнее
strength-weak = слабо: используйте четыре и более слов
setup-heading = Хранилище создано. Шаг 2 из 2: ваша кампания
setup-either = Подписи принадлежат кампании. Либо:
setup-join-file = (файл .fieldsign, например на USB-флешке)
setup-skip = пока пропустить (главный экран тоже предлагает оба варианта)

## Prompts.
prompt-campaign-file = Файл кампании:
prompt-campaign-title = Название кампании:
prompt-file-needed = наберите путь к файлу кампании, который дал вам координатор
prompt-joined = Вы присоединились к «{ $campaign }». Ключ координатора { $fingerprint }: сверьте его с координатором лично или по телефону.
prompt-title-needed = наберите название, например «Свободу всем»
prompt-created = Локальная кампания «{ $campaign }» создана со стандартными полями. Далее: создайте событие (n).
prompt-join-keys = Enter присоединиться · Tab дополняет · Esc отмена · ~ это домашняя папка
prompt-create-keys = Enter создать · Esc отмена

## Completing a file name.
complete-none = Ни один файл или папка так не начинается.
complete-only = Подходит только это имя: дополнять больше нечего.
complete-several = { $count ->
    [one] Подходит { $count } имя
    [few] Подходят { $count } имени
    [many] Подходят { $count } имён
   *[other] Подходят { $count } имени
}: { $names }. Наберите больше, затем снова Tab.

## Browsing.
title-browse = просмотр
order-paper = лист/строка
order-newest = сначала новые
order-oldest = сначала старые
browse-reading = чтение записей…
browse-count = { $count ->
    [one] { $count } совпадение
    [few] { $count } совпадения
    [many] { $count } совпадений
   *[other] { $count } совпадения
} · порядок: { $order }
browse-search = Поиск:
browse-sorted = Порядок: { $order }.
browse-no-records = Записей пока нет: сначала наберите листы.
browse-no-match = Совпадений нет. Esc очищает поиск.
column-event = СОБЫТИЕ
column-sheet = ЛИСТ
column-line = СТРОКА
column-status = СТАТУС
status-ok = ок
status-illegible = неразб.
status-void = АННУЛ.
status-purged = очищено

## One record.
title-record = запись
record-purged-refused = Эта запись доставлена координатору и очищена в этом хранилище: здесь её изменить нельзя. Попросите координатора исправить или аннулировать её.
record-nothing-changed = Ничего не изменилось.
record-amended-tui = ✓ Исправлено ({ $fields }). Старые значения остаются в истории.
record-fix-marked = Не сохранено: исправьте поля, отмеченные ✗.
record-not-saved = Не сохранено: { $error }
record-void-why = Укажите причину, например «повтор листа 3 строки 4», затем Enter.
record-voided-tui = ✓ Аннулировано: запись больше не учитывается. Её история остаётся.
record-not-voided = Не аннулировано: { $error }
record-typed = набрано { $time } на устройстве { $device }
record-no-origin = (её бумажная строка ещё не пришла)
record-values-purged = значения здесь очищены
record-entered-id = { $entered } · id { $id }
record-amend-heading = Исправление: измените значения, Enter сохраняет, Esc отменяет
record-voided-because = Аннулировано: { $reason }
record-void-prompt = Почему аннулировать?
record-void-keys = Enter аннулирует (запись перестаёт учитываться; история остаётся) · Esc отмена
record-reading-history = чтение истории…
record-history = История, сначала старые
record-history-purged = доставлено координатору; значения здесь очищены
record-unsaved-amend = Исправление набрано, но не сохранено.
record-unsaved-void = Аннулирование набрано, но не сохранено.
record-status-valid = действительна
record-status-illegible = неразборчива
record-status-void = аннулирована
record-status-purged = очищена
history-added = добавлено: лист { $sheet } строка { $line }: { $values }
history-amended = исправлено: { $values }
history-cleared = { $field } очищено
history-voided = аннулировано: { $reason }

## Choosing the language.
key-language-help = язык экранов (сохраняется в этом хранилище)
key-language-choose-help = показывать экраны на этом языке и сохранить его в этом хранилище
key-language-cancel-help = отмена: язык остаётся прежним
language-heading = Язык экранов (Enter выбирает, Esc отменяет)
language-chosen = Язык: { $language }. Сохранён в этом хранилище; `--lang` и FIELDSIGN_LANG по-прежнему выбирают язык на один запуск.
language-not-kept = Язык: { $language }, только на этот сеанс (не сохранён: { $error })
history-decided-kept = решено: тот же подписант, что { $others }; эта оставлена
history-decided-duplicate = решено: повтор записи { $keep }
history-decided-different = решено: другой человек, не { $others }
history-verified-kept = проверено двойным вводом ({ $others }); эта оставлена
history-verified-entry = ввод той же строки листа, что { $keep }; оставлена как её проверка
history-undone = решение отменено

## Очистка в TUI, пока её поток перезаписывает базу данных.
purge-quit-after = Очистка перезаписывает базу данных и не прерывается на полпути: fieldsign завершится, как только она закончится.
purge-vault-busy = другая часть fieldsign ещё читает хранилище; попробуйте ещё раз чуть позже
purge-stopped = Очистка остановилась: { $error }. Откройте хранилище, чтобы увидеть, где она остановилась, и запустите очистку снова, если записи ещё ждут.
tui-hint-join = на главной j присоединяет файл кампании
tui-hint-event-exists = оно есть в списке на главной: выберите его и нажмите Enter
tui-hint-other-identity = чтобы открыть его другим файлом ключа, выйдите и выполните `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = для файла побольше выйдите и выполните `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = Цель не задана (чтобы задать, выйдите и выполните `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = координатор: устройства выбранной кампании (отозвать, написать квитанцию)
key-devices = устройства
key-receipt-help = написать квитанцию для выбранного устройства (спросит файл)
key-receipt = квитанция
key-receipt-path-help = файл квитанции, например на USB-флешке
key-revoke-help = отозвать выбранное устройство (сначала спросит, показав отпечаток)
key-revoke = отозвать
title-devices = устройства
home-devices-coordinators = Экран устройств — для координатора: он перечисляет устройства, чьи пакеты импортированы в это хранилище.
devices-heading = Устройства кампании «{ $title }»
devices-col-fingerprint = ОТПЕЧАТОК
devices-col-first = ПЕРВЫЙ
devices-col-last = ПОСЛЕДНИЙ ПАКЕТ
devices-col-ops = ОПЕР.
devices-col-records = ЗАПИСИ
devices-col-revoked = ОТОЗВАНО
devices-not-pinned = (нет пакета)
devices-not-pinned-help = Это устройство не присылало сюда пакетов (это собственное устройство хранилища или известное лишь по чужим пакетам): нет ключа, который можно отозвать или которому можно написать квитанцию.
devices-detail = устройство { $device } · { $fingerprint } · первый пакет { $first }, последний { $last }
devices-already-revoked = Это устройство уже отозвано.
devices-revoke-ask = Отозвать устройство с отпечатком { $fingerprint }? Каждый пакет, подписанный им отныне, будет отклонён; присланное ранее остаётся.
devices-receipt-for = Квитанция для устройства { $fingerprint }: она подтверждает то, что это хранилище получило за его подписью.
devices-receipt-file = Файл:
devices-receipt-file-needed = Укажите, куда записать квитанцию, например на USB-флешку.
devices-receipt-exists = { $file } уже существует. Повторный Enter заменит его; или измените имя.
devices-receipt-writing = квитанция шифруется и записывается…
devices-nothing-changed = { $error } Ничего не записано и не изменено.
