### fieldsign: українська. Глосарій: docs/glossary/uk.md. Звертання на «ви».

-fieldsign = fieldsign

## Помилки та попередження командного рядка.

error-prefix = помилка: { $message }
warning-core-dumps = попередження: не вдалося вимкнути дампи пам’яті ({ $reason }); під час збою вміст пам’яті може потрапити на диск
error-invalid-value = помилка: значення для { $arg } неприпустиме{ $why }; див. `fieldsign --help`
error-unexpected-word = помилка: трапилося зайве слово (його не показано: це може бути значення; значення вказують у --field KEY=VALUE); див. `fieldsign --help`
error-internal = помилка: внутрішня помилка fieldsign у { $place }. Нічого незбереженого не записано; усе, що екран показав як збережене, у безпеці. Повідомте, будь ласка, про це (без жодних даних підписантів).
error-file = помилка: { $file }: { $message }
error-vault-in-use = сховищем у { $dir } користується інший процес fieldsign; спершу закрийте його (сховище може тримати лише один)
error-vault-closing = сховище у { $dir } тримає процес fieldsign, що саме закривається; спробуйте ще раз за кілька секунд
error-no-vault = у { $dir } немає сховища: створіть його командою `fieldsign init` (або вкажіть наявне через --vault / FIELDSIGN_VAULT)
error-wrong-passphrase = неправильна парольна фраза для цього сховища; спробуйте ще раз (фраза чутлива до регістру). Якщо ви певні, що вона правильна, файл ключа може бути пошкоджено: відновіть key.age з резервної копії
error-bundles-refused = відхилено пакетів: { $failed } із { $total } (див. вище; вони нічого не змінили); решту імпортовано

## Парольні фрази.

prompt-vault-passphrase = Парольна фраза сховища:{" "}
passphrase-choose = Придумайте { $kind ->
    [new] нову парольну фразу сховища
   *[first] парольну фразу сховища
}: довга фраза з кількох слів і надійна, і зручна для введення.
prompt-new-passphrase = Нова парольна фраза сховища:{" "}
prompt-repeat-passphrase = Повторіть парольну фразу сховища:{" "}
passphrase-short = Це закоротко: будь-хто, хто забере ноутбук, зможе її вгадати. Краще 4 слова або більше.
passphrase-mismatch = Фрази не збігаються; спробуйте ще раз.
passphrase-changed = Парольну фразу змінено. Стара більше не відкриває це сховище.

## Сховище та ідентичність.

vault-created = Сховище створено у { $dir }
vault-device = Пристрій { $device }, відбиток ключа підпису { $fingerprint }
vault-next = Далі: `fieldsign campaign join FILE` (організатор) або `fieldsign campaign create --title …` (координатор).
identity-exported = СЕКРЕТНУ age-ідентичність цього сховища записано у { $file } (режим 0600). Хто її має, може прочитати кожен пакет, надісланий цьому сховищу: зберігайте її на зашифрованому диску й видаліть, коли вона стане непотрібна.

## Кампанії та події.

campaign-created = Кампанію «{ $title }» ({ $id }) створено. Передайте { $file } організаторам: `fieldsign campaign join { $file }`; відбиток ключа координатора: { $fingerprint }.
campaign-joined = Ви приєдналися до «{ $title }» ({ $id }). Відбиток ключа координатора { $fingerprint }: звірте його з координатором телефоном або особисто.
campaign-none = Кампаній ще немає: `fieldsign campaign join FILE` або `fieldsign campaign create --title …`.
show-role = роль
show-role-coordinator = координатор (у цьому сховищі ключ підпису кампанії)
show-role-organizer = організатор
show-coordinator-key = ключ координатора
show-goal = мета
show-goal-signatures = підписів: { $count }
show-no-goal = не встановлено
show-fields = поля
show-required = обов’язкове
show-field-role = значення { $role }
show-no-events = поки немає
show-event-records = записів: { $count }
show-texts = текст петиції
show-no-texts = немає: у файлі кампанії немає тексту петиції; попросіть його в координатора
show-text-heading = Текст петиції, { $language } ({ $number } з { $count }):

## Записи.

record-amended = Запис { $id } виправлено.
record-voided = Запис { $id } анульовано; він більше не враховується.
csv-imported = Імпортовано { $count ->
    [one] { $count } підпис
    [few] { $count } підписи
   *[many] { $count } підписів
} до «{ $event }» (аркуші { $first }–{ $last }).

## Пакети, квитанції, пристрої.

bundle-what-all = усе, що є у сховищі
bundle-what-new = усе, що координатор ще не підтвердив
bundle-written = Записано { $file } ({ $bytes } байтів): операцій — { $ops } (нових рядків — { $adds }, виправлень — { $amends }, анулювань — { $voids }), подій — { $events }, кампанія «{ $title }», { $what }; зашифровано для одержувачів-координаторів ({ $recipients }) і підписано цим пристроєм ({ $fingerprint }).
bundle-empty = Примітка: координатор уже все підтвердив; цей пакет не містить операцій.
device-pinned = Закріплено новий пристрій { $device } з відбитком { $fingerprint }: звірте його з організатором особисто або телефоном.
bundle-replay = { $file }: уже імпортовано (повтор): усі { $known } операцій уже відомі; нічого не змінилося.
bundle-imported = { $file }: імпортовано до «{ $title }» з пристрою { $device } ({ $fingerprint }): нових записів — { $records }, виправлень — { $amends }, анулювань — { $voids }, нових подій — { $events }, уже відомих — { $known }, конфліктів — 0; операції від { $replicas }.
receipt-imported = Квитанція від координатора «{ $title }» ({ $created }): щойно підтверджено операцій — { $acknowledged }; ще треба надіслати — { $unacknowledged }. `fieldsign purge --acknowledged` вилучає з цього ноутбука те, що вже передано.
receipt-ignored = Попередження: квитанція підтверджує ще й операції ({ $ignored }), яких цей ноутбук не записував (номери, яких він не використовував, або операції інших пристроїв); їх проігноровано, тож purge через них нічого не вилучить. Повідомте координатора: інший пристрій міг надсилати операції від імені цього ноутбука.
receipt-written = Записано { $file }: підтверджує операцій — { $count } для пристрою { $device } ({ $fingerprint }) у «{ $title }»; зашифровано для цього пристрою. Надішліть його організаторові.
device-none = Пристроїв ще немає: їх закріплюють під час імпорту першого пакета.
device-revoked = Пристрій { $device } ({ $fingerprint }) відкликано: його наступні пакети буде відхилено. Те, що він надіслав раніше, лишається; перегляньте це через `fieldsign list`.

## `verify`.

verify-file = файл
verify-format = формат
verify-campaign = кампанія
verify-device = пристрій
verify-created = створено
verify-recipients = одержувачі
verify-ranges = діапазони
verify-replicas = репліки
verify-operations = операції
verify-events = події
verify-signed-by = підписав
verify-acknowledges = підтверджує
verify-signature-valid = { $format } v{ $version } (підпис дійсний)
verify-device-fingerprint = { $device }, відбиток { $fingerprint } — { $status }
verify-device-known = відомий (закріплений)
verify-device-unknown = ще не відомий (імпорт його закріпить)
verify-device-revoked = ВІДКЛИКАНО (імпорт буде відхилено)
verify-device-mismatch = КЛЮЧ НЕ ЗБІГАЄТЬСЯ: закріплено з { $pinned } (імпорт буде відхилено)
verify-operation-kinds = { $ops } (нових рядків — { $adds }, виправлень — { $amends }, анулювань — { $voids })
verify-from-coordinator = координатор кампанії
verify-not-coordinator = НЕ координатор цієї кампанії (імпорт буде відхилено)
verify-acknowledged = { $ranges } (операцій — { $count })

## Очищення.

purge-done = Передано й очищено: { $valid }
purge-also = ; значення вилучено також із { $lines } (вони й далі враховуються як такі)
purge-illegible-lines = { $count ->
    [one] { $count } нерозбірливого рядка
    [few] { $count } нерозбірливих рядків
   *[many] { $count } нерозбірливих рядків
}
purge-void-lines = { $count ->
    [one] { $count } анульованого рядка
    [few] { $count } анульованих рядків
   *[many] { $count } анульованих рядків
}
purge-and = { $first } і { $second }
purge-cleared = ; операцій очищено — { $ops }; записів, що чекають на квитанцію, — { $waiting }.
purge-rewritten = Базу даних переписано без них.
purge-nothing = Нема чого очищати: спершу імпортуйте квитанцію від координатора (`fieldsign import receipt FILE`).

## Звіти, експорт для передачі, дублікати.

report-all = усі
report-event = подія { $name } { $date }
report-device = пристрій { $device }
report-by-country = дійсні за країнами: { $countries }
report-purged = Передано й очищено в цьому сховищі: { $count } (враховуються, значення вилучено).
export-written = Записано { $count ->
    [one] { $count } дійсний підпис
    [few] { $count } дійсні підписи
   *[many] { $count } дійсних підписів
} кампанії «{ $title }» у { $file }.
export-plain-warning = УВАГА: { $file } — це ВІДКРИТИЙ ТЕКСТ: будь-хто, хто його отримає, прочитає ім’я та контакти кожного підписанта. Передавайте його безпечним каналом і видаліть, коли закінчите.
export-purged-left-out = { $count ->
    [one] { $count } очищений запис пропущено: його значення є лише в координатора.
    [few] { $count } очищені записи пропущено: їхні значення є лише в координатора.
   *[many] { $count } очищених записів пропущено: їхні значення є лише в координатора.
}
dedupe-none = Серед дійсних записів ({ $count }) імовірних дублікатів немає.
dedupe-none-likely = Серед дійсних записів ({ $count }) імовірних дублікатів немає (`--possible` показує й пари, які варто переглянути).
dedupe-groups = { $count ->
    [one] { $count } група
    [few] { $count } групи
   *[many] { $count } груп
} імовірних дублікатів, найпевніші першими. Звірте з паперовими аркушами, потім анулюйте зайві: `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } група
    [few] { $count } групи
   *[many] { $count } груп
} імовірних або можливих дублікатів, найпевніші першими. Звірте з паперовими аркушами, потім анулюйте зайві: `fieldsign void ID --reason "duplicate of …"`.

## Інші помилки сховища

error-already-exists = у { $dir } уже є сховище; користуйтеся ним або виберіть іншу теку через --vault
error-unknown-campaign = жодна кампанія не відповідає вказаному --campaign (його не показано: це може бути значення); `fieldsign campaign list` показує кампанії, а `fieldsign campaign join FILE` приєднує до нової
error-no-campaigns = у цьому сховищі ще немає кампаній; приєднайтеся до кампанії через `fieldsign campaign join FILE` або створіть її через `fieldsign campaign create`
error-campaign-needed = у цьому сховищі кілька кампаній ({ $campaigns }); виберіть одну через --campaign
error-ambiguous-campaign = вказаному --campaign відповідає кілька кампаній ({ $matches }); натомість укажіть id
error-unknown-event = жодна подія цієї кампанії не відповідає вказаному --event (його не показано: це може бути значення); `fieldsign event list` показує події, `fieldsign event create` додає нову
error-ambiguous-event = вказаному --event відповідає кілька подій ({ $matches }); натомість укажіть id
error-unknown-record = у цьому сховищі немає запису з id { $id }; `fieldsign list` показує id

## Термінальний інтерфейс (src/tui). Назви клавіш (Enter, Esc, Tab, Ctrl-L) — як на клавішах.
## Таблиці клавіш: «-help» — рядок довідки F1, коротка форма — слово в нижньому рядку.
key-privacy-help = режим приватності: приховати особисті поля попередніх записів
key-lock-help = заблокувати зараз; також блокується саме, якщо довго не натискати клавіш
key-lock = блокувати
key-quit-help = вийти (спершу запитає, якщо щось набрано наполовину)
key-quit = вийти
key-help-help = ця довідка (? — лише там, де жодне текстове поле не у фокусі)
key-help = довідка
key-quit-lose = вийти й утратити
key-go-back-to-it = повернутися
key-close-help-help = закрити цю довідку
key-close-help = закрити довідку
key-unlock-help = відкрити сховище набраною парольною фразою
key-unlock = відкрити
key-home-choose-help = вибрати кампанію або подію
key-first-last-help = перший / останній рядок списку
key-home-open-help = на події: набирати її аркуші; на кампанії: переглядати її
key-type-sheets = набір аркушів
key-new-event-help = створити подію у вибраній кампанії
key-new-event = нова подія
key-browse-help = переглядати, шукати й виправляти записи кампанії
key-browse = перегляд
key-join-help = приєднатися до кампанії з файлу від координатора
key-join = приєднатися
key-create-help = створити локальну кампанію
key-create = створити
key-export-help = експортувати пакет вибраної кампанії для координатора
key-export = експорт
key-import-help = імпортувати пакет (координатор) або квитанцію (організатор)
key-petition-help = текст петиції кампанії (щоб зачитати його підписантові)
key-dashboard-help = координатор: панель вибраної кампанії
key-second-entry-help = на події: набрати її аркуші повторно, наосліп (подвійне введення)
key-create-event-help = створити подію
key-confirm = підтвердити
key-next-field = наступне поле
key-cancel-event-help = скасувати: подію не буде створено
key-cancel = скасувати
key-confirm-prompt-help = підтвердити введене
key-complete = доповнити
key-cancel-prompt-help = скасувати введення
key-complete-help = доповнити набрану назву файлу чи теки
key-next-field-help = наступне поле (Shift-Tab і ↑ ↓ теж переходять)
key-type = набір
key-search-help = пошук під час набору (будь-яке поле; без урахування діакритики й регістру)
key-search = пошук
key-move-help = рух по списку
key-choose = вибрати
key-page-help = сторінка вгору / вниз
key-first-last-record-help = перший / останній запис
key-open-record-help = відкрити запис: виправити, анулювати, історія
key-open = відкрити
key-sort-help = порядок: аркуш/рядок, спершу нові, спершу давні
key-sort = порядок
key-clear-search-help = очистити пошук, потім назад
key-back = назад
key-count-again-help = перерахувати (після імпорту пакетів)
key-count-again = перерахувати
key-back-campaigns-help = назад до кампаній
key-entry-field-help = наступне / попереднє поле (також ↓ ↑)
key-save-line-help = зберегти рядок (спершу на диск); двічі: зберегти дублікат
key-save = зберегти
key-illegible-help = зберегти цей паперовий рядок як нерозбірливий або закреслений
key-illegible = нерозбірливо
key-next-sheet-help = почати наступний паперовий аркуш
key-next-sheet = наступний аркуш
key-sheet-setup-help = налаштування аркуша: номер аркуша, наступний рядок, рядків на аркуші
key-clear-line-help = очистити весь рядок; Ctrl-U очищає одне поле
key-browse-event-help = переглянути й виправити записи цієї події
key-petition-entry-help = текст петиції, щоб зачитати його підписантові; Esc повертає
key-tick-help = поставити / зняти позначку в полі-прапорці
key-entry-back-help = на головний екран (спершу запитає, якщо рядок набрано наполовину)
key-all-keys = усі клавіші
key-apply-setup-help = застосувати номер аркуша, наступний рядок і кількість рядків на аркуші
key-apply = застосувати
key-next = далі
key-cancel-setup-help = скасувати: аркуш лишається як був
key-export-path-help = куди записати пакет (~ — ваша домашня тека)
key-write-help = записати (перш ніж замінити файл, запитає)
key-write-file = записати файл
key-all-new-help = усе, що зберігається, або лише те, що ще не підтверджено
key-all-new = усе / нове
key-import-path-help = шлях до файлу пакета або квитанції (~ — ваша домашня тека)
key-import-it-help = перевірити й імпортувати
key-import = імпорт
key-purge-delivered-help = очищення: видалити з цього ноутбука особисті дані, які підтвердив координатор (спершу запитає)
key-purge-delivered = очистити доставлене
key-next-language-help = текст наступною мовою кампанії
key-next-language = наступна мова
key-scroll-help = прокрутити текст, довший за вікно
key-scroll = прокрутка
key-purge-now-help = очистити зараз: значення буде видалено з цього ноутбука назавжди
key-purge-now = очистити безповоротно
key-keep-help = залишити все й повернутися
key-keep = залишити й повернутися
key-amend-help = виправити: змінити значення (старі лишаються в історії)
key-amend = виправити
key-void-help = анулювати із зазначенням причини: запис перестає враховуватися
key-void = анулювати
key-history-help = показати чи сховати історію змін
key-history = історія
key-back-list-help = назад до списку
key-save-amendment-help = зберегти виправлення (старі значення лишаються в історії)
key-cancel-nothing-help = скасувати: нічого не зміниться
key-void-reason-help = анулювати з набраною причиною (запис перестає враховуватися; історія лишається)
key-switch-field-help = перейти до іншого поля парольної фрази
key-switch-field = інше поле
key-wizard-next-help = наступне поле, потім створити сховище
key-join-file = приєднатися
key-create-campaign = створити кампанію
key-skip-help = пропустити цей крок (головний екран теж пропонує обидва варіанти)
key-skip = пропустити

## Рамка навколо кожного екрана.
tui-privacy-on = ПРИВАТНІСТЬ УВІМК.
tui-quit-anyway = Усе одно вийти й утратити набране?
tui-quit-title = Вийти?
tui-too-small = Вікно замале ({ $size }; потрібно { $needs }).
tui-too-small-keys =
    Збільште його, щоб продовжити; доти клавіші не діють,
    крім Ctrl-L (блокування) і Ctrl-Q (вихід).
tui-too-small-sheet = Аркуш { $sheet } лишається відкритим, як був.
tui-help-heading = Клавіші на цьому екрані ({ $screen })
tui-help-everywhere = Усюди
tui-help-close = Esc закриває цю довідку
tui-help-title = Довідка

## Чому значення поля відхилено: «{ field } { problem }». Лише правило, ніколи не набране значення.
error-field-value = поле `{ $field }` { $problem }
value-required = обов’язкове
value-too-long = задовге (щонайбільше { $graphemes } символів і { $bytes } байтів, хоч би як символи було записано)
value-control = містить керівні символи (як-от escape-послідовності термінала, табуляції чи розриви рядків)
value-bidi = містить символи зміни напрямку тексту (U+202A–U+202E, U+2066–U+2069 або позначки напрямку)
value-invisible = містить невидимі символи (як-от пробіл нульової ширини чи м’який перенос)
value-email = не є адресою електронної пошти (очікується name@example.org)
value-phone = не є номером телефону (цифри, пробіли, + - ( ) . ; від 5 до 20 цифр)
value-country = не є кодом країни ISO 3166 (дві літери, напр. DE, GR, IN)
value-postcode = не є поштовим індексом (літери, цифри, пробіли та -; щонайбільше 12)
value-date = не є датою (очікується РРРР-ММ-ДД)
value-checkbox = не є значенням прапорця (`yes/no, y/n, x, 1/0, true/false`)
value-choice = не входить до переліку: { $options }

## Поля набору аркушів і форми події: назви стандартних полів і що поле очікує.
field-name = Ім’я
field-email = Ел. пошта
field-phone = Телефон
field-city = Місто
field-country = Країна
field-postcode = Індекс
field-contact-ok = Згода на зв’язок
field-place = Місце
field-date = Дата
hint-phone = цифри, + - ( )
hint-country = 2 літери: DE, GR, IN…
hint-postcode = літери, цифри, -
hint-checkbox = Пробіл ставить / знімає позначку
hint-choice = одне з: { $options }

## Екран розблокування.
title-locked = заблоковано
unlock-heading = Сховище заблоковано.
unlock-vault = Сховище:
unlock-passphrase = Парольна фраза:
unlock-busy = Відкриваю… (це навмисно триває секунду-дві)
unlock-hint = Наберіть парольну фразу й натисніть Enter.
unlock-empty = Наберіть парольну фразу сховища, потім натисніть Enter.
unlock-wrong = Неправильна парольна фраза. Спробуйте ще раз (регістр має значення: перевірте Caps Lock і розкладку клавіатури).

## Блокування та режим приватності.
lock-idle = Заблоковано автоматично: { $limit } без жодного натискання. Відкрийте, щоб продовжити з того самого місця.
lock-key = Заблоковано (Ctrl-L). Відкрийте, щоб продовжити з того самого місця.
privacy-on = Режим приватності ввімкнено: особисті поля попередніх записів приховано. Ctrl-P показує їх.
privacy-off = Режим приватності вимкнено.
duration-seconds = { $seconds } с
duration-minutes = { $minutes } хв
duration-minutes-seconds = { $minutes } хв { $seconds } с

## Назви екранів (після «fieldsign · » у рядку заголовка).
title-home = головна

## Лічильники на кількох екранах.
count-events = { $count ->
    [one] { $count } подія
    [few] { $count } події
    [many] { $count } подій
   *[other] { $count } події
}
count-lines = { $count ->
    [one] { $count } рядок
    [few] { $count } рядки
    [many] { $count } рядків
   *[other] { $count } рядка
}
counting = підрахунок…
role-coordinator = координатор
role-organizer = організатор

## Головний екран: кампанії та їхні події.
home-heading = Кампанії та події
home-empty = У цьому сховищі ще немає кампаній.
home-empty-join = приєднатися до кампанії з файлу, який дав вам координатор
home-empty-create = створити локальну кампанію, яку ви координуєте самі
home-new-event = нова подія…
home-new-event-title = Нова подія в кампанії «{ $campaign }» (Enter створює, Esc скасовує)
home-event-created = Подію «{ $event }» створено. Enter починає набір її аркушів.
home-second-entry-event = Спершу виберіть подію (↑ ↓): v набирає її аркуші повторно, наосліп, для перевірки.
home-campaign-first = Спершу приєднайтеся до кампанії (j) або створіть її (c): події належать кампанії.
home-this-device = Цей пристрій:
home-device-checked = (координатор його перевіряє)
home-dashboard-coordinators = Панель — для координатора: вона рахує все, що надходить від усіх організаторів. Те, що зберігає цей ноутбук, рахується тут, під списком.
standing-valid = дійсних: { $count }
standing-void = анульованих: { $count }
standing-illegible = нерозбірливих: { $count }
standing-purged = доставлено й очищено: { $count }
standing-unsent = { $count ->
    [one] { $count } зміну ще не надіслано
    [few] { $count } зміни ще не надіслано
    [many] { $count } змін ще не надіслано
   *[other] { $count } зміни ще не надіслано
}
standing-last-bundle = останній пакет { $time }
standing-no-bundle = пакетів ще не записано
list-and = { $rest } і { $last }

## Набір аркушів. Номери аркуша й рядка — як на папері.
title-entry = набір аркушів
entry-start = Аркуш { $sheet }, рядок { $line }: наберіть першого підписанта. Tab переходить між полями, Enter зберігає.
entry-continue = Продовжуємо аркуш { $sheet } з рядка { $line }. Ctrl-N починає аркуш { $next }.
entry-not-saved-check = Не збережено. Звірте рядок із папером (Ctrl-T задає номер рядка), потім Enter.
entry-unsaved-leave = Рядок { $line } набрано, але не збережено. Enter зберігає його; ще раз Esc — відкинути його й повернутися.
entry-unsaved-next = Рядок { $line } набрано, але не збережено. Enter зберігає його; ще раз Ctrl-N — відкинути його й почати аркуш { $next }.
entry-unsaved-resume = Рядок { $line } аркуша { $sheet } набрано, але не збережено.
entry-sheet-line = аркуш { $sheet } рядок { $line }
entry-sheet-line-elsewhere = аркуш { $sheet } рядок { $line } іншої події
entry-nothing-typed = У рядку { $line } нічого не набрано. Наберіть підписанта або натисніть Ctrl-X, якщо паперовий рядок нерозбірливий чи закреслений.
entry-fix-fields = Рядок { $line } не збережено: виправте { $fields } (позначено ✗), потім Enter.
entry-fix-marked = Рядок { $line } не збережено: виправте поля, позначені ✗, потім Enter.
entry-again-save = Повторний Enter
entry-again-illegible = Повторний Ctrl-X
entry-retype = Аркуш { $sheet } рядок { $line } уже набрано: { $again } зберігає другий запис, Esc повертає назад.
entry-beyond = Рядок { $line } виходить за межі паперового аркуша (рядків на аркуші: { $lines }): { $again } зберігає його, Esc повертає назад (Ctrl-T змінює налаштування аркуша).
entry-duplicate = Імовірно, той самий підписант, що й { $places }. Повторний Enter усе одно зберігає; Esc повертає до рядка.
entry-likely-duplicate = ⚠ Імовірний дублікат: { $places }
entry-not-saved-error = Рядок { $line } НЕ збережено: { $error }
entry-saved = ✓ Збережено: { $what }. Тепер рядок { $line }.
entry-saved-complete = ✓ Збережено: { $what }. Аркуш { $sheet } заповнено ({ $count } з { $lines }): Ctrl-N починає аркуш { $next }.
entry-saved-illegible = аркуш { $sheet } рядок { $line } як нерозбірливий
entry-next-paper = Аркуш { $sheet }, рядок { $line }: візьміть наступний паперовий аркуш.
entry-setup-heading = Налаштування аркуша (Enter застосовує, Esc скасовує)
entry-setup-number = має бути числом від 1
entry-setup-session-only = Кількість рядків на аркуші діє лише в цьому сеансі: { $error }
entry-setup-done = Аркуш { $sheet }, наступний рядок { $line }.
entry-tally-complete = набрано { $count } з { $lines } рядків · аркуш заповнено
entry-tally-left = набрано { $count } з { $lines } рядків · лишилося { $left }
entry-tally = { $count ->
    [one] на цьому аркуші набрано { $count } рядок
    [few] на цьому аркуші набрано { $count } рядки
    [many] на цьому аркуші набрано { $count } рядків
   *[other] на цьому аркуші набрано { $count } рядка
}
entry-sheet = Аркуш
entry-line = Рядок
entry-nothing-saved = На цьому аркуші ще нічого не збережено.
entry-privacy-mode = режим приватності
entry-illegible = нерозбірливо
entry-last-saved = Останній збережений:
entry-blind-heading = друге введення, наосліп
entry-blind-start = Друге введення аркуша { $sheet }, з рядка { $line }: наберіть те, що на папері. Перше введення не показується.
entry-blind-none = У цьому сховищі жоден рядок цієї події не чекає другого введення. Набирайте аркуші, які вже набирали (Ctrl-T задає аркуш і рядок).
entry-blind-tally = { $count ->
    [one] набрано { $count } рядок
    [few] набрано { $count } рядки
    [many] набрано { $count } рядків
   *[other] набрано { $count } рядка
} · { $again } набрано повторно
entry-blind-differs = Рядок { $line } ЩЕ НЕ збережено: він відрізняється від першого введення в полях { $fields }. Прочитайте папір знову й наберіть те, що там написано (поля очищено), потім { $again }.
entry-blind-differs-kind = Рядок { $line } ЩЕ НЕ збережено: він відрізняється від першого введення тим, чи рядок на папері є підписом, чи нерозбірливий. Подивіться на папір знову: Enter зберігає підпис, Ctrl-X — нерозбірливий рядок.
# Named among the differing fields when the line kind differs.
entry-blind-kind-field = підпис або нерозбірливо
entry-blind-read-paper = відрізняється від першого введення: наберіть те, що на папері
entry-blind-agrees = ✓ Збережено: { $what }; збігається з першим введенням, перевірено. Тепер рядок { $line }.
entry-blind-still-differs = Збережено: { $what }; досі відрізняється від першого введення в полях { $fields }: залишено для рішення. Тепер рядок { $line }.
entry-blind-sheet-done = Кожен набраний рядок аркуша { $sheet } тепер має друге введення: Ctrl-N — аркуш { $next }.
entry-blind-last-agrees = збігається, перевірено
entry-blind-last-differs = відрізняється в полях { $fields }: залишено для рішення
entry-blind-nothing-saved = У цьому другому введенні ще нічого не збережено.
field-sheet = Аркуш
field-next-line = Наступний рядок
field-lines-per-sheet = Рядків на аркуші

## Перший запуск: створення сховища, потім кампанії.
title-first-start = перший запуск
wizard-too-short = Щонайменше { $min } символів; найкраще кілька слів.
wizard-differ = Дві парольні фрази різняться. Наберіть її ще раз у другому полі.
wizard-welcome = Ласкаво просимо до fieldsign. Крок 1 з 2: створіть сховище
wizard-encrypted = Усе, що ви набираєте, зберігається зашифрованим у сховищі в теці
wizard-choose =
    Придумайте парольну фразу, щоб його замкнути. Фраза з чотирьох
    чи більше слів надійна й зручна для набору. Якщо її забути,
    ніхто не зможе її відновити.
wizard-passphrase = Парольна фраза:
wizard-repeat = Повторіть її:
wizard-strength = Надійність:
wizard-creating = Створюю сховище… (секунду-дві)
wizard-keys = Tab перемикає поля · Enter створює сховище
strength-empty = наберіть парольну фразу
strength-too-short = закоротка: будь-хто з цим ноутбуком у руках зможе її вгадати
strength-strong = надійна
strength-fair = посередня: чотири чи більше слів були б надійніші
strength-weak = слабка: використайте чотири чи більше слів
setup-heading = Сховище створено. Крок 2 з 2: ваша кампанія
setup-either = Підписи належать кампанії. Або:
setup-join-file = (файл .fieldsign, напр. на USB-флешці)
setup-skip = поки пропустити (головний екран теж пропонує обидва варіанти)

## Запити: приєднання до кампанії чи її створення (головний екран і перший запуск).
prompt-campaign-file = Файл кампанії:
prompt-campaign-title = Назва кампанії:
prompt-file-needed = наберіть шлях до файлу кампанії, який дав вам координатор
prompt-joined = Ви приєдналися до кампанії «{ $campaign }». Ключ координатора { $fingerprint }: звірте його з координатором особисто або телефоном.
prompt-title-needed = наберіть назву, напр. «Свободу всім»
prompt-created = Локальну кампанію «{ $campaign }» створено зі стандартними полями. Далі: створіть подію (n).
prompt-join-keys = Enter приєднатися · Tab доповнює · Esc скасувати · ~ — домашня тека
prompt-create-keys = Enter створити · Esc скасувати

## Доповнення назви файлу клавішею Tab.
complete-none = Жоден файл чи тека так не починається.
complete-only = Підходить лише ця назва: доповнювати більше нічого.
complete-several = { $count ->
    [one] Підходить { $count } назва
    [few] Підходять { $count } назви
    [many] Підходять { $count } назв
   *[other] Підходять { $count } назви
}: { $names }. Наберіть більше, потім знову Tab.

## Перегляд записів кампанії.
title-browse = перегляд
order-paper = аркуш/рядок
order-newest = спершу нові
order-oldest = спершу давні
browse-reading = читаю записи…
browse-count = { $count ->
    [one] { $count } збіг
    [few] { $count } збіги
    [many] { $count } збігів
   *[other] { $count } збігу
} · порядок: { $order }
browse-search = Пошук:
browse-sorted = Порядок: { $order }.
browse-no-records = Записів ще немає: спершу наберіть аркуші.
browse-no-match = Нічого не знайдено. Esc очищає пошук.
column-event = ПОДІЯ
column-sheet = АРКУШ
column-line = РЯДОК
column-status = СТАН
status-ok = ок
status-illegible = нерозб.
status-void = АНУЛЬОВ.
status-purged = очищено

## Один запис: значення, виправлення, анулювання, історія.
title-record = запис
record-purged-refused = Цей запис доставлено координатору й очищено в цьому сховищі: тут його не можна змінити. Попросіть координатора виправити чи анулювати його.
record-nothing-changed = Нічого не змінено.
record-amended-tui = ✓ Виправлено ({ $fields }). Старі значення лишаються в історії.
record-fix-marked = Не збережено: виправте поля, позначені ✗.
record-not-saved = Не збережено: { $error }
record-void-why = Укажіть причину, напр. «дублікат аркуша 3 рядка 4», потім Enter.
record-voided-tui = ✓ Анульовано: запис більше не враховується. Його історія лишається.
record-not-voided = Не анульовано: { $error }
record-typed = набрано { $time } на пристрої { $device }
record-no-origin = (його паперовий рядок ще не надійшов)
record-values-purged = значення тут очищено
record-entered-id = { $entered } · id { $id }
record-amend-heading = Виправлення: змініть значення, Enter зберігає, Esc скасовує
record-voided-because = Анульовано: { $reason }
record-void-prompt = Чому анулювати?
record-void-keys = Enter анулює (запис перестає враховуватися; історія лишається) · Esc скасовує
record-reading-history = читаю історію…
record-history = Історія, спершу давніше
record-history-purged = доставлено координатору; значення тут очищено
record-unsaved-amend = Виправлення набрано, але не збережено.
record-unsaved-void = Анулювання набрано, але не збережено.
record-status-valid = дійсний
record-status-illegible = нерозбірливий
record-status-void = анульований
record-status-purged = очищений
history-added = додано аркуш { $sheet } рядок { $line }: { $values }
history-amended = виправлено { $values }
history-cleared = { $field } очищено
history-voided = анульовано: { $reason }
history-decided-kept = вирішено: той самий підписант, що й { $others }; цей запис залишено
history-decided-duplicate = вирішено: дублікат { $keep }
history-decided-different = вирішено: інша особа, ніж { $others }
history-verified-kept = перевірено подвійним введенням ({ $others }); цей запис залишено
history-verified-entry = введення того самого рядка аркуша, що й { $keep }, залишено як його перевірку
history-undone = рішення скасовано

## Вибір мови екранів (головний екран, l).
key-language-help = мова екранів (зберігається в цьому сховищі)
key-language-choose-help = показувати екрани цією мовою й зберегти її в цьому сховищі
key-language-cancel-help = скасувати: мова лишається як є
language-heading = Мова екранів (Enter вибирає, Esc скасовує)
language-chosen = Мова: { $language }. Збережено в цьому сховищі; `--lang` і FIELDSIGN_LANG і далі вибирають мову на один запуск.
language-not-kept = Мова: { $language }, лише на цей сеанс (не збережено: { $error })

## Очищення в TUI, поки його потік переписує базу даних.
purge-quit-after = Очищення переписує базу даних і не переривається на півдорозі: fieldsign завершиться, щойно воно закінчиться.
purge-vault-busy = інша частина fieldsign ще читає сховище; спробуйте ще раз трохи згодом
purge-stopped = Очищення зупинилося: { $error }. Відкрийте сховище, щоб побачити, на чому воно зупинилося, і запустіть очищення знову, якщо записи ще чекають.
tui-hint-join = на головній j приєднує файл кампанії
tui-hint-event-exists = вона є в списку на головній: виберіть її й натисніть Enter
tui-hint-other-identity = щоб відкрити його іншим файлом ключа, вийдіть, а тоді виконайте `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = для більшого файлу вийдіть, а тоді виконайте `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = Мету не встановлено (щоб установити, вийдіть і виконайте `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = координатор: пристрої вибраної кампанії (відкликати, написати квитанцію)
key-devices = пристрої
key-receipt-help = написати квитанцію для вибраного пристрою (запитає файл)
key-receipt = квитанція
key-receipt-path-help = файл квитанції, наприклад на USB-флешці
key-revoke-help = відкликати вибраний пристрій (спершу запитає, показавши відбиток)
key-revoke = відкликати
title-devices = пристрої
home-devices-coordinators = Екран пристроїв — для координатора: він перелічує пристрої, чиї пакети імпортовано в це сховище.
devices-heading = Пристрої кампанії «{ $title }»
devices-col-fingerprint = ВІДБИТОК
devices-col-first = ПЕРШИЙ
devices-col-last = ОСТАННІЙ ПАКЕТ
devices-col-ops = ОПЕР.
devices-col-records = ЗАПИСИ
devices-col-revoked = ВІДКЛИКАНО
devices-not-pinned = (немає пакета)
devices-not-pinned-help = Цей пристрій не надсилав сюди пакетів (це власний пристрій сховища або відомий лише з чужих пакетів): немає ключа, який можна відкликати чи якому можна написати квитанцію.
devices-detail = пристрій { $device } · { $fingerprint } · перший пакет { $first }, останній { $last }
devices-already-revoked = Цей пристрій уже відкликано.
devices-revoke-ask = Відкликати пристрій з відбитком { $fingerprint }? Кожен пакет, який він підпише відтепер, буде відхилено; надіслане раніше залишається.
devices-receipt-for = Квитанція для пристрою { $fingerprint }: вона підтверджує те, що це сховище отримало за його підписом.
devices-receipt-file = Файл:
devices-receipt-file-needed = Вкажіть, куди записати квитанцію, наприклад на USB-флешку.
devices-receipt-exists = { $file } уже існує. Повторний Enter замінить його; або змініть назву.
devices-receipt-writing = квитанція шифрується і записується…
devices-nothing-changed = { $error } Нічого не записано і не змінено.
