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
