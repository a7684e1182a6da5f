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

## Терминални интерфејс (src/tui). Називи тастера (Enter, Esc, Tab, Ctrl-L) остају као на тастерима.
## Табеле тастера: „-help” је ред помоћи F1, кратак облик је реч у подножју.
key-privacy-help = режим приватности: сакриј лична поља ранијих уноса
key-lock-help = закључај одмах; закључава се и само после извесног времена без притиска тастера
key-lock = закључај
key-quit-help = изађи (прво пита ако је нешто откуцано до пола)
key-quit = изађи
key-help-help = ова помоћ (? само где ниједно текстуално поље није у фокусу)
key-help = помоћ
key-quit-lose = изађи и изгуби то
key-go-back-to-it = врати се на то
key-close-help-help = затвори ову помоћ
key-close-help = затвори помоћ
key-unlock-help = откључај откуцаном лозинком
key-unlock = откључај
key-home-choose-help = изабери кампању или догађај
key-first-last-help = први / последњи ред списка
key-home-open-help = на догађају: куцај његове листове; на кампањи: прегледај је
key-type-sheets = куцај листове
key-new-event-help = направи догађај у изабраној кампањи
key-new-event = нови догађај
key-browse-help = прегледај, претражи и исправи записе кампање
key-browse = прегледај
key-join-help = придружи се кампањи из датотеке коју је дао координатор
key-join = придружи се
key-create-help = направи локалну кампању
key-create = направи
key-export-help = извези пакет изабране кампање за координатора
key-export = извези
key-import-help = увези пакет (координатор) или потврду (организатор)
key-petition-help = прочитај текст петиције кампање (да га прочитате потписнику)
key-dashboard-help = координатор: контролна табла изабране кампање
key-second-entry-help = на догађају: откуцај његове листове поново, наслепо (двоструки унос)
key-create-event-help = направи догађај
key-confirm = потврди
key-next-field = следеће поље
key-cancel-event-help = откажи: догађај се не прави
key-cancel = откажи
key-confirm-prompt-help = потврди унос
key-complete = допуни
key-cancel-prompt-help = откажи унос
key-complete-help = допуни до сада откуцан назив датотеке или фасцикле
key-next-field-help = следеће поље (Shift-Tab и ↑ ↓ такође померају)
key-type = куцај
key-search-help = претрага док куцате (било које поље; без обзира на дијакритике и величину слова)
key-search = претрага
key-move-help = кретање кроз списак
key-choose = изабери
key-page-help = страница горе / доле
key-first-last-record-help = први / последњи запис
key-open-record-help = отвори запис: исправи, поништи, историја
key-open = отвори
key-sort-help = редослед: лист/ред, прво најновији, прво најстарији
key-sort = редослед
key-clear-search-help = обриши претрагу, затим назад
key-back = назад
key-count-again-help = преброј поново (после увоза пакета)
key-count-again = преброј поново
key-back-campaigns-help = назад на кампање
key-entry-field-help = следеће / претходно поље (и ↓ ↑)
key-save-line-help = сачувај ред (прво на диск); двапут: сачувај дупликат
key-save = сачувај
key-illegible-help = сачувај овај ред са папира као нечитак или прецртан
key-illegible = нечитко
key-next-sheet-help = почни следећи папирни лист
key-next-sheet = следећи лист
key-sheet-setup-help = подешавање листа: број листа, следећи ред, редова по листу
key-clear-line-help = обриши цео ред; Ctrl-U брише једно поље
key-browse-event-help = прегледај и исправи записе овог догађаја
key-petition-entry-help = текст петиције, да га прочитате потписнику; Esc враћа назад
key-tick-help = означи / уклони ознаку у пољу за потврду
key-entry-back-help = назад на почетни екран (прво пита ако је ред откуцан до пола)
key-all-keys = сви тастери
key-apply-setup-help = примени број листа, следећи ред и број редова по листу
key-apply = примени
key-next = даље
key-cancel-setup-help = откажи: лист остаје какав је био
key-export-path-help = где уписати пакет (~ је Ваша кућна фасцикла)
key-write-help = упиши (пита пре него што замени датотеку)
key-write-file = упиши датотеку
key-all-new-help = све што се чува, или само оно што није потврђено
key-all-new = све / ново
key-import-path-help = путања до датотеке пакета или потврде (~ је Ваша кућна фасцикла)
key-import-it-help = провери и увези
key-import = увези
key-purge-delivered-help = чишћење: уклони са овог лаптопа личне податке које је координатор потврдио (прво пита)
key-purge-delivered = очисти испоручено
key-next-language-help = текст на следећем језику кампање
key-next-language = следећи језик
key-scroll-help = помери текст дужи од прозора
key-scroll = помери
key-purge-now-help = очисти одмах: вредности се заувек уклањају са овог лаптопа
key-purge-now = очисти, неповратно
key-keep-help = задржи све и врати се
key-keep = задржи и врати се
key-amend-help = исправи: промени вредности (старе остају у историји)
key-amend = исправи
key-void-help = поништи уз разлог: запис престаје да се рачуна
key-void = поништи
key-history-help = прикажи или сакриј историју измена
key-history = историја
key-back-list-help = назад на списак
key-save-amendment-help = сачувај исправку (старе вредности остају у историји)
key-cancel-nothing-help = откажи: ништа се не мења
key-void-reason-help = поништи уз откуцани разлог (запис престаје да се рачуна; историја остаје)
key-switch-field-help = пребаци између два поља за лозинку
key-switch-field = друго поље
key-wizard-next-help = следеће поље, затим направи трезор
key-join-file = придружи се
key-create-campaign = направи кампању
key-skip-help = прескочи овај корак (почетни екран нуди обоје)
key-skip = прескочи

## Оквир око сваког екрана.
tui-privacy-on = ПРИВАТНОСТ УКЉ.
tui-quit-anyway = Ипак изаћи и изгубити откуцано?
tui-quit-title = Изаћи?
tui-too-small = Прозор је премали ({ $size }; потребно је { $needs }).
tui-too-small-keys =
    Повећајте га да бисте наставили; до тада тастери не раде,
    осим Ctrl-L (закључавање) и Ctrl-Q (излаз).
tui-too-small-sheet = Лист { $sheet } остаје отворен какав је био.
tui-help-heading = Тастери на овом екрану ({ $screen })
tui-help-everywhere = Свуда
tui-help-close = Esc затвара ову помоћ
tui-help-title = Помоћ

## Зашто је вредност поља одбијена: „{ field } { problem }”. Само правило, никад откуцана вредност.
error-field-value = поље `{ $field }` { $problem }
value-required = је обавезно
value-too-long = је предугачко (највише { $graphemes } знакова и { $bytes } бајтова, како год да су знакови записани)
value-control = садржи контролне знакове (нпр. escape низове терминала, табулаторе или преломе реда)
value-bidi = садржи знакове за промену смера текста (U+202A–U+202E, U+2066–U+2069 или ознаке смера)
value-invisible = садржи невидљиве знакове (нпр. размак нулте ширине или меку цртицу)
value-email = није адреса е-поште (очекује се name@example.org)
value-phone = није број телефона (цифре, размаци, + - ( ) . ; од 5 до 20 цифара)
value-country = није код земље по ISO 3166 (два слова, нпр. DE, GR, IN)
value-postcode = није поштански број (слова, цифре, размаци и -; највише 12)
value-date = није датум (очекује се ГГГГ-ММ-ДД)
value-checkbox = није вредност поља за потврду (`yes/no, y/n, x, 1/0, true/false`)
value-choice = није ниједна од понуђених: { $options }

## Поља за куцање листова и формулар догађаја: називи стандардних поља и шта поље очекује.
field-name = Име
field-email = Е-пошта
field-phone = Телефон
field-city = Град
field-country = Земља
field-postcode = Поштански број
field-contact-ok = Сме контакт
field-place = Место
field-date = Датум
hint-phone = цифре, + - ( )
hint-country = 2 слова: DE, GR, IN…
hint-postcode = слова, цифре, -
hint-checkbox = Размак означава / уклања ознаку
hint-choice = једно од: { $options }

## Екран за откључавање.
title-locked = закључано
unlock-heading = Трезор је закључан.
unlock-vault = Трезор:
unlock-passphrase = Лозинка:
unlock-busy = Откључавање… (намерно траје секунду-две)
unlock-hint = Откуцајте лозинку и притисните Enter.
unlock-empty = Откуцајте лозинку трезора, затим притисните Enter.
unlock-wrong = Погрешна лозинка. Покушајте поново (разликују се велика и мала слова: проверите Caps Lock и распоред тастатуре).

## Закључавање и режим приватности.
lock-idle = Закључано само од себе после { $limit } без притиска тастера. Откључајте да бисте наставили где сте стали.
lock-key = Закључано (Ctrl-L). Откључајте да бисте наставили где сте стали.
privacy-on = Режим приватности укључен: лична поља ранијих уноса су сакривена. Ctrl-P их приказује.
privacy-off = Режим приватности искључен.
duration-seconds = { $seconds } с
duration-minutes = { $minutes } мин
duration-minutes-seconds = { $minutes } мин { $seconds } с

## Наслови екрана (после „fieldsign · ” у насловној траци).
title-home = почетак

## Бројеви на више екрана.
count-events = { $count ->
    [one] { $count } догађај
    [few] { $count } догађаја
   *[other] { $count } догађаја
}
count-lines = { $count ->
    [one] { $count } ред
    [few] { $count } реда
   *[other] { $count } редова
}
counting = бројање…
role-coordinator = координатор
role-organizer = организатор

## Почетни екран: кампање и њихови догађаји.
home-heading = Кампање и догађаји
home-empty = У овом трезору још нема ниједне кампање.
home-empty-join = придружите се кампањи из датотеке коју Вам је дао координатор
home-empty-create = направите локалну кампању коју сами координирате
home-new-event = нови догађај…
home-new-event-title = Нови догађај у кампањи „{ $campaign }” (Enter прави, Esc отказује)
home-event-created = Догађај „{ $event }” је направљен. Enter почиње куцање његових листова.
home-second-entry-event = Прво изаберите догађај (↑ ↓): v поново куца његове листове, наслепо, ради провере.
home-campaign-first = Прво се придружите кампањи (j) или је направите (c); догађаји припадају кампањи.
home-this-device = Овај уређај:
home-device-checked = (координатор га проверава)
home-dashboard-coordinators = Контролна табла је координаторова: броји све што стигне од свих организатора. Оно што чува овај лаптоп броји се овде, испод листе.
standing-valid = важећих: { $count }
standing-void = поништених: { $count }
standing-illegible = нечитких: { $count }
standing-purged = испоручених и очишћених: { $count }
standing-unsent = { $count ->
    [one] { $count } измена још није послата
    [few] { $count } измене још нису послате
   *[other] { $count } измена још није послато
}
standing-last-bundle = последњи пакет { $time }
standing-no-bundle = још није уписан ниједан пакет
list-and = { $rest } и { $last }

## Куцање листова. Бројеви листа и реда су као на папиру.
title-entry = куцање листова
entry-start = Лист { $sheet }, ред { $line }: откуцајте првог потписника. Tab прелази између поља, Enter чува.
entry-continue = Наставља се лист { $sheet } од реда { $line }. Ctrl-N почиње лист { $next }.
entry-not-saved-check = Није сачувано. Упоредите ред са папиром (Ctrl-T поставља број реда), затим Enter.
entry-unsaved-leave = Ред { $line } је откуцан, али није сачуван. Enter га чува; поновни Esc га одбацује и враћа назад.
entry-unsaved-next = Ред { $line } је откуцан, али није сачуван. Enter га чува; поновни Ctrl-N га одбацује и почиње лист { $next }.
entry-unsaved-resume = Ред { $line } листа { $sheet } је откуцан, али није сачуван.
entry-sheet-line = лист { $sheet } ред { $line }
entry-sheet-line-elsewhere = лист { $sheet } ред { $line } другог догађаја
entry-nothing-typed = У реду { $line } ништа није откуцано. Откуцајте потписника или Ctrl-X ако је ред на папиру нечитак или прецртан.
entry-fix-fields = Ред { $line } није сачуван: исправите { $fields } (означено са ✗), затим Enter.
entry-fix-marked = Ред { $line } није сачуван: исправите поља означена са ✗, затим Enter.
entry-again-save = Поновни Enter
entry-again-illegible = Поновни Ctrl-X
entry-retype = Лист { $sheet } ред { $line } је већ откуцан: { $again } чува други унос, Esc враћа назад.
entry-beyond = Ред { $line } је изван броја редова папирног листа ({ $lines }): { $again } га чува, Esc враћа назад (Ctrl-T мења подешавање листа).
entry-duplicate = Вероватно исти потписник као { $places }. Поновни Enter ипак чува; Esc враћа на ред.
entry-likely-duplicate = ⚠ Вероватан дупликат: { $places }
entry-not-saved-error = Ред { $line } НИЈЕ сачуван: { $error }
entry-saved = ✓ Сачувано: { $what }. Сада ред { $line }.
entry-saved-complete = ✓ Сачувано: { $what }. Лист { $sheet } је попуњен ({ $count } од { $lines }): Ctrl-N почиње лист { $next }.
entry-saved-illegible = лист { $sheet } ред { $line } као нечитак
entry-next-paper = Лист { $sheet }, ред { $line }: узмите следећи папирни лист.
entry-setup-heading = Подешавање листа (Enter примењује, Esc отказује)
entry-setup-number = мора бити број од 1 навише
entry-setup-session-only = Број редова по листу важи само за ову сесију: { $error }
entry-setup-done = Лист { $sheet }, следећи ред { $line }.
entry-tally-complete = откуцано { $count } од { $lines } редова · лист попуњен
entry-tally-left = откуцано { $count } од { $lines } редова · преостало { $left }
entry-tally = { $count ->
    [one] на овом листу откуцан је { $count } ред
    [few] на овом листу откуцана су { $count } реда
   *[other] на овом листу откуцано је { $count } редова
}
entry-sheet = Лист
entry-line = Ред
entry-nothing-saved = На овом листу још ништа није сачувано.
entry-privacy-mode = режим приватности
entry-illegible = нечитко
entry-last-saved = Последње сачувано:
entry-blind-heading = други унос, наслепо
entry-blind-start = Други унос листа { $sheet }, од реда { $line }: куцајте оно што пише на папиру. Први унос се не приказује.
entry-blind-none = Ниједан ред овог догађаја у овом трезору не чека други унос. Куцајте листове који су већ откуцани (Ctrl-T поставља лист и ред).
entry-blind-tally = { $count ->
    [one] откуцан { $count } ред
    [few] откуцана { $count } реда
   *[other] откуцано { $count } редова
} · { $again } откуцано поново
entry-blind-differs = Ред { $line } ЈОШ НИЈЕ сачуван: разликује се од првог уноса у { $fields }. Прочитајте папир поново и откуцајте шта пише (поља су испражњена), затим { $again }.
entry-blind-differs-kind = Ред { $line } ЈОШ НИЈЕ сачуван: разликује се од првог уноса у томе да ли је ред на папиру потпис или нечитак. Погледајте папир поново: Enter чува потпис, Ctrl-X нечитак ред.
# Named among the differing fields when the line kind differs.
entry-blind-kind-field = потпис или нечитко
entry-blind-read-paper = разликује се од првог уноса: откуцајте шта пише на папиру
entry-blind-agrees = ✓ Сачувано: { $what }; слаже се са првим уносом, проверено. Сада ред { $line }.
entry-blind-still-differs = Сачувано: { $what }; и даље се разликује од првог уноса у { $fields }: остављено за одлуку. Сада ред { $line }.
entry-blind-sheet-done = Сваки откуцани ред листа { $sheet } сада има други унос: Ctrl-N за лист { $next }.
entry-blind-last-agrees = слаже се, проверено
entry-blind-last-differs = разликује се у { $fields }: остављено за одлуку
entry-blind-nothing-saved = У овом другом уносу још ништа није сачувано.
field-sheet = Лист
field-next-line = Следећи ред
field-lines-per-sheet = Редова по листу

## Прво покретање: прављење трезора, затим кампање.
title-first-start = прво покретање
wizard-too-short = Користите бар { $min } знакова; најбоље неколико речи.
wizard-differ = Две лозинке се разликују. Откуцајте је поново у другом пољу.
wizard-welcome = Добро дошли у fieldsign. Корак 1 од 2: направите свој трезор
wizard-encrypted = Све што откуцате чува се шифровано у трезору у фасцикли
wizard-choose =
    Изаберите лозинку којом ћете га закључати. Фраза од четири или више
    речи је јака и лако се куца. Нико је не може повратити ако се изгуби.
wizard-passphrase = Лозинка:
wizard-repeat = Поновите је:
wizard-strength = Јачина:
wizard-creating = Прављење трезора… (секунду-две)
wizard-keys = Tab мења поље · Enter прави трезор
strength-empty = откуцајте лозинку
strength-too-short = прекратко: свако ко држи лаптоп могао би да је погоди
strength-strong = јака
strength-fair = осредња: четири или више речи били би јачи
strength-weak = слаба: користите четири или више речи
setup-heading = Трезор је направљен. Корак 2 од 2: Ваша кампања
setup-either = Потписи припадају кампањи. Или:
setup-join-file = (датотека .fieldsign, нпр. на USB флеш диску)
setup-skip = прескочи за сада (почетни екран нуди обоје)

## Упити за придруживање кампањи или њено прављење (почетни екран и прво покретање).
prompt-campaign-file = Датотека кампање:
prompt-campaign-title = Наслов кампање:
prompt-file-needed = откуцајте путању до датотеке кампање коју Вам је дао координатор
prompt-joined = Придружили сте се кампањи „{ $campaign }”. Кључ координатора { $fingerprint }: проверите га са координатором лично или телефоном.
prompt-title-needed = откуцајте наслов, нпр. „Слобода за све”
prompt-created = Локална кампања „{ $campaign }” је направљена са стандардним пољима. Следеће: направите догађај (n).
prompt-join-keys = Enter придружи се · Tab допуњује · Esc откажи · ~ је кућна фасцикла
prompt-create-keys = Enter направи · Esc откажи

## Допуњавање назива датотеке тастером Tab.
complete-none = Ниједна датотека ни фасцикла тако не почиње.
complete-only = То је једини назив који одговара: нема шта да се допуни.
complete-several = { $count ->
    [one] Одговара { $count } назив
    [few] Одговарају { $count } назива
   *[other] Одговара { $count } назива
}: { $names }. Откуцајте још, па поново Tab.

## Прегледање записа кампање.
title-browse = преглед
order-paper = лист/ред
order-newest = прво најновији
order-oldest = прво најстарији
browse-reading = читање записа…
browse-count = { $count ->
    [one] { $count } погодак
    [few] { $count } поготка
   *[other] { $count } погодака
} · редослед: { $order }
browse-search = Претрага:
browse-sorted = Редослед: { $order }.
browse-no-records = Још нема записа: прво откуцајте неке листове.
browse-no-match = Ништа не одговара. Esc брише претрагу.
column-event = ДОГАЂАЈ
column-sheet = ЛИСТ
column-line = РЕД
column-status = СТАЊЕ
status-ok = у реду
status-illegible = нечитак
status-void = ПОНИШТЕН
status-purged = очишћен

## Један запис: његове вредности, исправка, поништење, историја.
title-record = запис
record-purged-refused = Овај запис је испоручен координатору и очишћен из овог трезора: овде се не може мењати. Замолите координатора да га исправи или поништи.
record-nothing-changed = Ништа није промењено.
record-amended-tui = ✓ Исправљено ({ $fields }). Старе вредности остају у историји.
record-fix-marked = Није сачувано: исправите поља означена са ✗.
record-not-saved = Није сачувано: { $error }
record-void-why = Наведите разлог, нпр. „дупликат листа 3 реда 4”, затим Enter.
record-voided-tui = ✓ Поништено: запис се више не рачуна. Његова историја остаје.
record-not-voided = Није поништено: { $error }
record-typed = откуцано { $time } на уређају { $device }
record-no-origin = (његов ред са папира још није стигао)
record-values-purged = вредности су овде очишћене
record-entered-id = { $entered } · id { $id }
record-amend-heading = Исправка: промените вредности, Enter чува, Esc отказује
record-voided-because = Поништено: { $reason }
record-void-prompt = Зашто поништити?
record-void-keys = Enter поништава (запис престаје да се рачуна; историја остаје) · Esc отказује
record-reading-history = читање историје…
record-history = Историја, прво најстарије
record-history-purged = испоручено координатору; вредности су овде очишћене
record-unsaved-amend = Исправка је откуцана, али није сачувана.
record-unsaved-void = Поништење је откуцано, али није сачувано.
record-status-valid = важећи
record-status-illegible = нечитак
record-status-void = поништен
record-status-purged = очишћен
history-added = додат лист { $sheet } ред { $line }: { $values }
history-amended = исправљено { $values }
history-cleared = { $field } обрисано
history-voided = поништено: { $reason }
history-decided-kept = одлучено: исти потписник као { $others }; овај задржан
history-decided-duplicate = одлучено: дупликат записа { $keep }
history-decided-different = одлучено: друга особа у односу на { $others }
history-verified-kept = проверено двоструким уносом ({ $others }); овај задржан
history-verified-entry = унос истог реда папира као { $keep }, задржан као његова провера
history-undone = одлука опозвана

## Избор језика екрана (почетни екран, l).
key-language-help = језик екрана (чува се у овом трезору)
key-language-choose-help = приказуј екране на овом језику и сачувај га у овом трезору
key-language-cancel-help = откажи: језик остаје какав је
language-heading = Језик екрана (Enter бира, Esc отказује)
language-chosen = Језик: { $language }. Сачуван у овом трезору; `--lang` и FIELDSIGN_LANG и даље бирају језик за једно покретање.
language-not-kept = Језик: { $language }, само за ову сесију (није сачуван: { $error })

## Чишћење у TUI, док његова нит преписује базу података.
purge-quit-after = Чишћење преписује базу података и не прекида се на пола пута: fieldsign ће се затворити чим се заврши.
purge-vault-busy = други део fieldsign још чита трезор; покушајте поново за тренутак
purge-stopped = Чишћење је стало: { $error }. Откључајте да видите докле је стигло, па поново очистите ако записи још чекају.
tui-hint-join = на почетном екрану j придружује датотеку кампање
tui-hint-event-exists = налази се на листи на почетном екрану: изаберите га и притисните Enter
tui-hint-other-identity = да бисте га отворили другом датотеком идентитета, изађите, па покрените `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = за већу датотеку изађите, па покрените `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = Циљ није постављен (да бисте га поставили, изађите и покрените `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = координатор: уређаји изабране кампање (опозвати, написати потврду)
key-devices = уређаји
key-receipt-help = написати потврду за изабрани уређај (пита за датотеку)
key-receipt = потврда
key-receipt-path-help = датотека потврде, нпр. на USB стику
key-revoke-help = опозвати изабрани уређај (прво пита, уз отисак)
key-revoke = опозови
title-devices = уређаји
home-devices-coordinators = Екран уређаја је координаторов: наводи уређаје чији су пакети увезени у овај трезор.
devices-heading = Уређаји кампање „{ $title }“
devices-col-fingerprint = ОТИСАК
devices-col-first = ПРВИ
devices-col-last = ПОСЛЕДЊИ ПАКЕТ
devices-col-ops = ОПЕР.
devices-col-records = ЗАПИСИ
devices-col-revoked = ОПОЗВАН
devices-not-pinned = (нема пакета)
devices-not-pinned-help = Овај уређај није слао пакете овде (то је сопствени уређај трезора или познат само из туђих пакета): нема кључа који би се опозвао или коме би се написала потврда.
devices-detail = уређај { $device } · { $fingerprint } · први пакет { $first }, последњи { $last }
devices-already-revoked = Овај уређај је већ опозван.
devices-revoke-ask = Опозвати уређај са отиском { $fingerprint }? Сваки пакет који од сада потпише биће одбијен; оно што је раније послао остаје.
devices-receipt-for = Потврда за уређај { $fingerprint }: потврђује оно што овај трезор има под његовим потписом.
devices-receipt-file = Датотека:
devices-receipt-file-needed = Упишите где да се потврда запише, нпр. на USB стик.
devices-receipt-exists = { $file } већ постоји. Још један Enter је замењује; или промените име.
devices-receipt-writing = потврда се шифрује и записује…
devices-nothing-changed = { $error } Ништа није записано ни промењено.
