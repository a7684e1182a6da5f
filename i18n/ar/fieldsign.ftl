### fieldsign: العربية الفصحى. المسرد: docs/glossary/ar.md. صيغة المخاطَب الرسمية.

-fieldsign = fieldsign

## أخطاء سطر الأوامر وتحذيراته.

error-prefix = خطأ: { $message }
warning-core-dumps = تحذير: تعذّر تعطيل تفريغ الذاكرة ({ $reason })؛ قد يُكتب محتوى الذاكرة على القرص عند حدوث عطل
error-invalid-value = خطأ: القيمة المعطاة لـ { $arg } غير صالحة{ $why }؛ راجع `fieldsign --help`
error-unexpected-word = خطأ: أُعطيت كلمة غير متوقعة (لم تُعرض لأنها قد تكون قيمة؛ تُكتب القيم في --field KEY=VALUE)؛ راجع `fieldsign --help`
error-internal = خطأ: حدث خطأ داخلي في fieldsign عند { $place }. لم يُكتب شيء غير محفوظ؛ وكل ما أظهرته الشاشة محفوظًا فهو في أمان. يُرجى الإبلاغ عن ذلك (دون أي بيانات للموقّعين).
error-file = خطأ: { $file }: { $message }
error-vault-in-use = الخزنة في { $dir } مستخدمة من عملية fieldsign أخرى؛ أغلق تلك العملية أولًا (لا يجوز أن تفتح الخزنة إلا عملية واحدة)
error-vault-closing = الخزنة في { $dir } تحتفظ بها عملية fieldsign في طور الإغلاق؛ أعد المحاولة بعد بضع ثوانٍ
error-no-vault = لا توجد خزنة في { $dir }: أنشئ واحدة بالأمر `fieldsign init` (أو وجّه --vault / FIELDSIGN_VAULT إلى خزنة موجودة)
error-wrong-passphrase = عبارة المرور غير صحيحة لهذه الخزنة؛ أعد المحاولة (تُميّز الحروف الكبيرة من الصغيرة). إن كنت متأكدًا من صحتها فقد يكون ملف المفتاح تالفًا: استعد key.age من نسخة احتياطية
error-bundles-refused = رُفضت { $failed } من أصل { $total } من الحزم (انظر أعلاه؛ لم تغيّر شيئًا)؛ واستُوردت البقية

## عبارات المرور.

prompt-vault-passphrase = عبارة مرور الخزنة:{" "}
passphrase-choose = اختر { $kind ->
    [new] عبارة مرور جديدة للخزنة
   *[first] عبارة مرور الخزنة
}: العبارة الطويلة المؤلفة من عدة كلمات قوية وسهلة الكتابة معًا.
prompt-new-passphrase = عبارة مرور الخزنة الجديدة:{" "}
prompt-repeat-passphrase = أعد كتابة عبارة مرور الخزنة:{" "}
passphrase-short = هذه قصيرة؛ يستطيع أي شخص يأخذ الحاسوب أن يخمّنها. يُفضَّل ٤ كلمات أو أكثر.
passphrase-mismatch = العبارتان غير متطابقتين؛ أعد المحاولة.
passphrase-changed = تم تغيير عبارة المرور. لم تعد القديمة تفتح هذه الخزنة.

## الخزنة والهوية.

vault-created = أُنشئت خزنة في { $dir }
vault-device = الجهاز { $device }، بصمة مفتاح التوقيع { $fingerprint }
vault-next = الخطوة التالية: `fieldsign campaign join FILE` (المنظِّم) أو `fieldsign campaign create --title …` (المنسّق).
identity-exported = كُتبت هوية age السرّية لهذه الخزنة في { $file } (الوضع 0600). من يحوزها يستطيع قراءة كل حزمة مرسلة إلى هذه الخزنة: احفظها على قرص مشفّر واحذفها عند الانتهاء.

## الحملات والفعاليات.

campaign-created = أُنشئت الحملة «{ $title }» ({ $id }). سلّم { $file } إلى المنظِّمين: `fieldsign campaign join { $file }`؛ بصمة مفتاح المنسّق هي { $fingerprint }.
campaign-joined = تم الانضمام إلى «{ $title }» ({ $id }). بصمة مفتاح المنسّق { $fingerprint }: تحقّق منها مع المنسّق هاتفيًا أو شخصيًا.
campaign-none = لا توجد حملات بعد: `fieldsign campaign join FILE` أو `fieldsign campaign create --title …`.
show-role = الدور
show-role-coordinator = منسّق (تحمل هذه الخزنة مفتاح توقيع الحملة)
show-role-organizer = منظِّم
show-coordinator-key = مفتاح المنسّق
show-goal = الهدف
show-goal-signatures = عدد التوقيعات: { $count }
show-no-goal = لم يُحدَّد
show-fields = الحقول
show-required = إلزامي
show-field-role = الوظيفة { $role }
show-no-events = لا شيء بعد
show-event-records = عدد السجلات: { $count }
show-texts = نص العريضة
show-no-texts = لا يوجد: ملف الحملة لا يحمل نص عريضة؛ اطلبه من المنسّق
show-text-heading = نص العريضة، { $language } ({ $number } من { $count }):

## السجلات.

record-amended = عُدِّل السجل { $id }.
record-voided = أُلغي السجل { $id }؛ ولم يعد يُحتسب.
csv-imported = استُورد { $count ->
    [zero] { $count } توقيع
    [one] توقيع واحد
    [two] توقيعان
    [few] { $count } توقيعات
    [many] { $count } توقيعًا
   *[other] { $count } توقيع
} إلى «{ $event }» (الأوراق { $first }–{ $last }).

## الحزم والإيصالات والأجهزة.

bundle-what-all = كل ما في الخزنة
bundle-what-new = كل ما لم يؤكّد المنسّق استلامه
bundle-written = كُتب { $file } ({ $bytes } بايت): عدد العمليات { $ops } (أسطر جديدة: { $adds }، تعديلات: { $amends }، إلغاءات: { $voids })، وعدد الفعاليات { $events } من «{ $title }»، { $what }؛ مشفّر لمستلمي المنسّق (عددهم { $recipients }) وموقّع من هذا الجهاز ({ $fingerprint }).
bundle-empty = ملاحظة: أكّد المنسّق استلام كل شيء؛ هذه الحزمة لا تحمل أي عمليات.
device-pinned = ثُبّت جهاز جديد { $device } ببصمة { $fingerprint }: تحقّق منها مع المنظِّم شخصيًا أو هاتفيًا.
bundle-replay = { $file }: سبق استيراده (تكرار): كانت العمليات كلها معروفة (عددها { $known })؛ لم يتغيّر شيء.
bundle-imported = { $file }: استُورد إلى «{ $title }» من الجهاز { $device } ({ $fingerprint }): سجلات جديدة: { $records }، تعديلات: { $amends }، إلغاءات: { $voids }، فعاليات جديدة: { $events }، معروفة سابقًا: { $known }، تعارضات: ٠؛ عمليات من { $replicas }.
receipt-imported = إيصال من منسّق «{ $title }» ({ $created }): عمليات أُكّد استلامها الآن: { $acknowledged }؛ ما زال للإرسال: { $unacknowledged }. يزيل `fieldsign purge --acknowledged` من هذا الحاسوب ما سُلِّم.
receipt-ignored = تحذير: أكّد الإيصال أيضًا عمليات لم يكتبها هذا الحاسوب (عددها { $ignored }؛ أرقام لم يستخدمها أو عمليات أجهزة أخرى)؛ وقد تم تجاهلها، فلن يزيل purge شيئًا بسببها. أبلغ المنسّق: ربما أرسل جهاز آخر عمليات باسم هذا الحاسوب.
receipt-written = كُتب { $file }: يؤكّد استلام { $count } من عمليات الجهاز { $device } ({ $fingerprint }) لحملة «{ $title }»، مشفّر لذلك الجهاز. أعده إلى المنظِّم.
device-none = لا توجد أجهزة بعد: تُثبَّت عند استيراد أول حزمة منها.
device-revoked = أُبطل الجهاز { $device } ({ $fingerprint }): تُرفض حزمه اللاحقة. يبقى ما أرسله من قبل؛ راجعه بالأمر `fieldsign list`.

## `verify`.

verify-file = الملف
verify-format = الصيغة
verify-campaign = الحملة
verify-device = الجهاز
verify-created = أُنشئ في
verify-recipients = المستلمون
verify-ranges = النطاقات
verify-replicas = النسخ
verify-operations = العمليات
verify-events = الفعاليات
verify-signed-by = موقّع من
verify-acknowledges = يؤكّد
verify-signature-valid = { $format } الإصدار { $version } (التوقيع صالح)
verify-device-fingerprint = { $device } البصمة { $fingerprint } — { $status }
verify-device-known = معروف (مثبّت)
verify-device-unknown = غير معروف بعد (الاستيراد يثبّته)
verify-device-revoked = مُبطَل (سيُرفض الاستيراد)
verify-device-mismatch = عدم تطابق المفتاح: ثُبّت بالمفتاح { $pinned } (سيُرفض الاستيراد)
verify-operation-kinds = { $ops } (أسطر جديدة: { $adds }، تعديلات: { $amends }، إلغاءات: { $voids })
verify-from-coordinator = منسّق الحملة
verify-not-coordinator = ليس منسّق هذه الحملة (سيُرفض الاستيراد)
verify-acknowledged = { $ranges } (العمليات: { $count })

## المحو.

purge-done = سُلِّم ومُحي: { $valid }
purge-also = ؛ وأُزيلت القيم أيضًا من { $lines } (وما زالت تُحتسب كما هي)
purge-illegible-lines = { $count ->
    [zero] { $count } سطر غير مقروء
    [one] سطر واحد غير مقروء
    [two] سطرين غير مقروءين
    [few] { $count } أسطر غير مقروءة
    [many] { $count } سطرًا غير مقروء
   *[other] { $count } سطر غير مقروء
}
purge-void-lines = { $count ->
    [zero] { $count } سطر ملغى
    [one] سطر واحد ملغى
    [two] سطرين ملغيين
    [few] { $count } أسطر ملغاة
    [many] { $count } سطرًا ملغى
   *[other] { $count } سطر ملغى
}
purge-and = { $first } و{ $second }
purge-cleared = ؛ عمليات مُسحت: { $ops }؛ سجلات تنتظر إيصالًا: { $waiting }.
purge-rewritten = أُعيدت كتابة قاعدة البيانات من دونها.
purge-nothing = لا شيء للمحو: استورد أولًا إيصالًا من المنسّق (`fieldsign import receipt FILE`).

## التقارير وتصدير التسليم والتكرارات.

report-all = الكل
report-event = الفعالية { $name } { $date }
report-device = الجهاز { $device }
report-by-country = الصالحة حسب البلد: { $countries }
report-purged = سُلِّم ومُحي من هذه الخزنة: { $count } (محتسبة، والقيم مُزالة).
export-written = كُتب { $count ->
    [zero] { $count } توقيع صالح
    [one] توقيع صالح واحد
    [two] توقيعان صالحان
    [few] { $count } توقيعات صالحة
    [many] { $count } توقيعًا صالحًا
   *[other] { $count } توقيع صالح
} من «{ $title }» إلى { $file }.
export-plain-warning = تحذير: { $file } نصّ غير مشفّر: من يحصل عليه يقرأ اسم كل موقّع ووسيلة الاتصال به. سلّمه عبر قناة آمنة واحذفه عند الانتهاء.
export-purged-left-out = { $count ->
    [zero] لم يُستبعد أي سجل ممحو.
    [one] استُبعد سجل ممحو واحد: قيمه لدى المنسّق وحده.
    [two] استُبعد سجلان ممحوّان: قيمهما لدى المنسّق وحده.
    [few] استُبعدت { $count } سجلات ممحوة: قيمها لدى المنسّق وحده.
    [many] استُبعد { $count } سجلًا ممحوًا: قيمها لدى المنسّق وحده.
   *[other] استُبعد { $count } سجل ممحو: قيمها لدى المنسّق وحده.
}
dedupe-none = لا تكرارات محتملة بين السجلات الصالحة (عددها { $count }).
dedupe-none-likely = لا تكرارات محتملة بين السجلات الصالحة (عددها { $count }) (يعرض `--possible` أيضًا أزواجًا تستحق المراجعة).
dedupe-groups = { $count ->
    [zero] { $count } مجموعة
    [one] مجموعة واحدة
    [two] مجموعتان
    [few] { $count } مجموعات
    [many] { $count } مجموعة
   *[other] { $count } مجموعة
} من التكرارات المرجّحة، الأرجح أولًا. راجع الأوراق الورقية، ثم ألغِ الزائد منها: `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [zero] { $count } مجموعة
    [one] مجموعة واحدة
    [two] مجموعتان
    [few] { $count } مجموعات
    [many] { $count } مجموعة
   *[other] { $count } مجموعة
} من التكرارات المرجّحة أو المحتملة، الأرجح أولًا. راجع الأوراق الورقية، ثم ألغِ الزائد منها: `fieldsign void ID --reason "duplicate of …"`.

## أخطاء أخرى للخزنة

error-already-exists = توجد خزنة في { $dir } من قبل؛ استخدمها، أو اختر مجلدًا آخر بـ --vault
error-unknown-campaign = لا توجد حملة تطابق قيمة --campaign المعطاة (لم تُعرض لأنها قد تكون قيمة)؛ يعرض `fieldsign campaign list` الحملات، ويضمّك `fieldsign campaign join FILE` إلى حملة
error-no-campaigns = لا توجد في هذه الخزنة حملة بعد؛ انضم إلى حملة بـ `fieldsign campaign join FILE` أو أنشئ واحدة بـ `fieldsign campaign create`
error-campaign-needed = في هذه الخزنة عدة حملات ({ $campaigns })؛ حدّد واحدة بـ --campaign
error-ambiguous-campaign = تطابق قيمة --campaign المعطاة عدة حملات ({ $matches })؛ أعطِ المعرّف بدلًا منها
error-unknown-event = لا توجد فعالية في هذه الحملة تطابق قيمة --event المعطاة (لم تُعرض لأنها قد تكون قيمة)؛ يعرض `fieldsign event list` الفعاليات، ويضيف `fieldsign event create` فعالية
error-ambiguous-event = تطابق قيمة --event المعطاة عدة فعاليات ({ $matches })؛ أعطِ المعرّف بدلًا منها
error-unknown-record = لا يوجد في هذه الخزنة سجل بالمعرّف { $id }؛ يعرض `fieldsign list` المعرّفات

## The terminal UI (src/tui). Key names (Enter, Esc, Tab, Ctrl-L) stay as printed on the keys.
key-privacy-help = وضع الخصوصية: إخفاء الحقول الشخصية في الإدخالات السابقة
key-lock-help = القفل الآن؛ ويُقفل تلقائيًا بعد مدة دون ضغط أي مفتاح
key-lock = قفل
key-quit-help = الخروج (يسأل أولًا إن كان شيء مكتوبًا إلى نصفه)
key-quit = خروج
key-help-help = هذه المساعدة (? فقط حيث لا يكون حقل نصي نشطًا)
key-help = مساعدة
key-quit-lose = الخروج وفقدانه
key-go-back-to-it = العودة إليه
key-close-help-help = إغلاق هذه المساعدة
key-close-help = إغلاق المساعدة
key-unlock-help = فتح الخزنة بعبارة المرور المكتوبة
key-unlock = فتح
key-home-choose-help = اختيار حملة أو فعالية
key-first-last-help = أول / آخر سطر في القائمة
key-home-open-help = على فعالية: كتابة أوراقها؛ على حملة: تصفّحها
key-type-sheets = كتابة الأوراق
key-new-event-help = إنشاء فعالية في الحملة المختارة
key-new-event = فعالية جديدة
key-browse-help = تصفّح سجلات الحملة والبحث فيها وتصحيحها
key-browse = تصفّح
key-join-help = الانضمام إلى ملف حملة من المنسّق
key-join = انضمام
key-create-help = إنشاء حملة محلية
key-create = إنشاء
key-export-help = تصدير حزمة الحملة المختارة إلى المنسّق
key-export = تصدير
key-import-help = استيراد حزمة (المنسّق) أو إيصال (المنظِّم)
key-petition-help = قراءة نص عريضة الحملة (لقراءته على الموقّع)
key-dashboard-help = المنسّق: لوحة الحملة المختارة
key-second-entry-help = على فعالية: أوراقها مرة ثانية دون رؤية الأولى (إدخال مزدوج)
key-create-event-help = إنشاء الفعالية
key-confirm = تأكيد
key-next-field = الحقل التالي
key-cancel-event-help = إلغاء: لا تُنشأ أي فعالية
key-cancel = إلغاء
key-confirm-prompt-help = تأكيد المُدخل
key-complete = إكمال
key-cancel-prompt-help = إلغاء المُدخل
key-complete-help = إكمال اسم الملف أو المجلد المكتوب حتى الآن
key-next-field-help = الحقل التالي (Shift-Tab و ↑ ↓ تنقل أيضًا)
key-type = كتابة
key-search-help = البحث أثناء الكتابة (أي حقل؛ دون اعتبار للتشكيل وحالة الأحرف)
key-search = بحث
key-move-help = التنقل في القائمة
key-choose = اختيار
key-page-help = صفحة إلى الأعلى / الأسفل
key-first-last-record-help = أول / آخر سجل
key-open-record-help = فتح السجل: تعديل، إلغاء، السجل التاريخي
key-open = فتح
key-sort-help = الترتيب: الورقة/السطر، الأحدث أولًا، الأقدم أولًا
key-sort = ترتيب
key-clear-search-help = مسح البحث، ثم الرجوع
key-back = رجوع
key-count-again-help = إعادة العدّ (بعد استيراد الحزم)
key-count-again = إعادة العدّ
key-back-campaigns-help = الرجوع إلى الحملات
key-entry-field-help = الحقل التالي / السابق (وكذلك ↓ ↑)
key-save-line-help = حفظ السطر (على القرص أولًا)؛ مرتين: حفظ نسخة مكررة
key-save = حفظ
key-illegible-help = حفظ هذا السطر الورقي على أنه غير مقروء أو مشطوب
key-illegible = غير مقروء
key-next-sheet-help = بدء الورقة التالية
key-next-sheet = الورقة التالية
key-sheet-setup-help = إعداد الورقة: رقم الورقة، السطر التالي، عدد الأسطر في الورقة
key-clear-line-help = مسح السطر كله؛ Ctrl-U يمسح حقلًا واحدًا
key-browse-event-help = تصفّح سجلات هذه الفعالية وتصحيحها
key-petition-entry-help = نص العريضة لقراءته على الموقّع؛ Esc يعود
key-tick-help = تحديد / إلغاء تحديد حقل خانة اختيار
key-entry-back-help = الرجوع إلى الشاشة الرئيسية (يسأل أولًا إن كان السطر مكتوبًا إلى نصفه)
key-all-keys = كل المفاتيح
key-apply-setup-help = تطبيق رقم الورقة والسطر التالي وعدد الأسطر في الورقة
key-apply = تطبيق
key-next = التالي
key-cancel-setup-help = إلغاء: تبقى الورقة كما كانت
key-export-path-help = أين تُكتب الحزمة (~ هو مجلدك الرئيسي)
key-write-help = كتابتها (يسأل قبل استبدال ملف)
key-write-file = كتابة الملف
key-all-new-help = كل ما هو محفوظ، أو فقط ما لم يُؤكَّد استلامه
key-all-new = الكل / الجديد
key-import-path-help = مسار ملف الحزمة أو الإيصال (~ هو مجلدك الرئيسي)
key-import-it-help = التحقق منه واستيراده
key-import = استيراد
key-purge-delivered-help = المحو: إزالة البيانات الشخصية التي أكّد المنسّق استلامها من هذا الحاسوب (يسأل أولًا)
key-purge-delivered = محو ما سُلِّم
key-next-language-help = النص بلغة الحملة التالية
key-next-language = اللغة التالية
key-scroll-help = تمرير نص أطول من النافذة
key-scroll = تمرير
key-purge-now-help = المحو الآن: تُزال القيم من هذا الحاسوب نهائيًا
key-purge-now = محو، لا رجعة فيه
key-keep-help = الإبقاء على كل شيء والرجوع
key-keep = إبقاء ورجوع
key-amend-help = تعديل: تغيير القيم (تبقى القديمة في السجل التاريخي)
key-amend = تعديل
key-void-help = الإلغاء مع سبب: يتوقف احتساب السجل
key-void = إلغاء السجل
key-history-help = إظهار أو إخفاء تاريخ التغييرات
key-history = التاريخ
key-back-list-help = الرجوع إلى القائمة
key-save-amendment-help = حفظ التعديل (تبقى القيم القديمة في السجل التاريخي)
key-cancel-nothing-help = إلغاء: لا يتغير شيء
key-void-reason-help = الإلغاء بالسبب المكتوب (يتوقف احتسابه؛ يبقى تاريخه)
key-switch-field-help = التبديل بين حقلي عبارة المرور
key-switch-field = تبديل الحقل
key-wizard-next-help = الحقل التالي، ثم إنشاء الخزنة
key-join-file = الانضمام بملف
key-create-campaign = إنشاء حملة
key-skip-help = تخطي هذه الخطوة (الشاشة الرئيسية تعرض الخيارين أيضًا)
key-skip = تخطٍّ

## The frame around every screen.
tui-privacy-on = الخصوصية مفعّلة
tui-quit-anyway = الخروج على أي حال وفقدانه؟
tui-quit-title = خروج؟
tui-too-small = النافذة صغيرة جدًا ({ $size }؛ المطلوب { $needs }).
tui-too-small-keys =
    كبّرها للمتابعة؛ حتى ذلك الحين تُتجاهل المفاتيح،
    ما عدا Ctrl-L (قفل) و Ctrl-Q (خروج).
tui-too-small-sheet = تبقى الورقة { $sheet } مفتوحة كما كانت.
tui-help-heading = المفاتيح في هذه الشاشة ({ $screen })
tui-help-everywhere = في كل مكان
tui-help-close = Esc يغلق هذه المساعدة
tui-help-title = مساعدة

## Why a field's value is refused.
error-field-value = الحقل `{ $field }` { $problem }
value-required = مطلوب
value-too-long = طويل جدًا (بحد أقصى { $graphemes } حرفًا و { $bytes } بايت أيًّا كانت طريقة كتابة الأحرف)
value-control = يحتوي على محارف تحكم (مثل تسلسلات الطرفية أو علامات الجدولة أو فواصل الأسطر)
value-bidi = يحتوي على محارف تغيير اتجاه النص (U+202A–U+202E أو U+2066–U+2069 أو علامات الاتجاه)
value-invisible = يحتوي على محارف غير مرئية (مثل مسافة بعرض صفري أو واصلة لينة)
value-email = ليس عنوان بريد إلكتروني (المتوقع name@example.org)
value-phone = ليس رقم هاتف (أرقام ومسافات و + - ( ) . ؛ من 5 إلى 20 رقمًا)
value-country = ليس رمز بلد ISO 3166 (حرفان، مثل DE و GR و IN)
value-postcode = ليس رمزًا بريديًا (أحرف وأرقام ومسافات و -؛ 12 على الأكثر)
value-date = ليس تاريخًا (المتوقع YYYY-MM-DD)
value-checkbox = ليس قيمة خانة اختيار (`yes/no` أو `y/n` أو `x` أو `1/0` أو `true/false`)
value-choice = ليس واحدًا من: { $options }

## Fields.
field-name = الاسم
field-email = البريد الإلكتروني
field-phone = الهاتف
field-city = المدينة
field-country = البلد
field-postcode = الرمز البريدي
field-contact-ok = يقبل التواصل
field-place = المكان
field-date = التاريخ
hint-phone = أرقام، + - ( )
hint-country = حرفان: DE، GR، IN…
hint-postcode = أحرف، أرقام، -
hint-checkbox = المسافة تحدد / تلغي التحديد
hint-choice = واحد من: { $options }

## The unlock screen.
title-locked = مقفل
unlock-heading = الخزنة مقفلة.
unlock-vault = الخزنة:
unlock-passphrase = عبارة المرور:
unlock-busy = جارٍ الفتح… (يستغرق ثانية أو اثنتين عمدًا)
unlock-hint = اكتب عبارة المرور واضغط Enter.
unlock-empty = اكتب عبارة مرور الخزنة، ثم اضغط Enter.
unlock-wrong = عبارة مرور خاطئة. حاول مرة أخرى (الأحرف الكبيرة والصغيرة مختلفة: تحقق من Caps Lock ومن لغة لوحة المفاتيح).

## Locking and privacy mode.
lock-idle = أُقفلت تلقائيًا بعد { $limit } دون ضغط أي مفتاح. افتحها لتتابع من حيث توقفت.
lock-key = أُقفلت (Ctrl-L). افتحها لتتابع من حيث توقفت.
privacy-on = وضع الخصوصية مفعّل: الحقول الشخصية في الإدخالات السابقة مخفية. Ctrl-P يُظهرها.
privacy-off = وضع الخصوصية متوقف.
duration-seconds = { $seconds } ث
duration-minutes = { $minutes } د
duration-minutes-seconds = { $minutes } د { $seconds } ث

title-home = الرئيسية
count-events = { $count ->
    [zero] لا فعاليات
    [one] فعالية واحدة
    [two] فعاليتان
    [few] { $count } فعاليات
    [many] { $count } فعالية
   *[other] { $count } فعالية
}
count-lines = { $count ->
    [zero] لا أسطر
    [one] سطر واحد
    [two] سطران
    [few] { $count } أسطر
    [many] { $count } سطرًا
   *[other] { $count } سطر
}
counting = جارٍ العدّ…
role-coordinator = المنسّق
role-organizer = المنظِّم

## Home.
home-heading = الحملات والفعاليات
home-empty = لا توجد حملة في هذه الخزنة بعد.
home-empty-join = الانضمام إلى ملف الحملة الذي أعطاك إياه المنسّق
home-empty-create = إنشاء حملة محلية تنسّقها بنفسك
home-new-event = فعالية جديدة…
home-new-event-title = فعالية جديدة في «{ $campaign }» (Enter ينشئ، Esc يلغي)
home-event-created = أُنشئت الفعالية «{ $event }». Enter يبدأ كتابة أوراقها.
home-second-entry-event = اختر فعالية أولًا (↑ ↓): v يكتب أوراقها مرة ثانية دون رؤية الأولى، للتحقق منها.
home-campaign-first = انضم (j) إلى حملة أو أنشئ (c) واحدة أولًا؛ الفعاليات تنتمي إلى حملة.
home-this-device = هذا الجهاز:
home-device-checked = (يتحقق منه المنسّق)
home-dashboard-coordinators = اللوحة للمنسّق: تعدّ ما يصل من كل منظِّم. ما يحفظه هذا الحاسوب معدود هنا تحت القائمة.
standing-valid = صالحة: { $count }
standing-void = ملغاة: { $count }
standing-illegible = غير مقروءة: { $count }
standing-purged = سُلِّمت ومُحيت: { $count }
standing-unsent = { $count ->
    [zero] لا تغييرات غير مرسلة
    [one] تغيير واحد لم يُرسل بعد
    [two] تغييران لم يُرسلا بعد
    [few] { $count } تغييرات لم تُرسل بعد
    [many] { $count } تغييرًا لم يُرسل بعد
   *[other] { $count } تغيير لم يُرسل بعد
}
standing-last-bundle = آخر حزمة { $time }
standing-no-bundle = لم تُكتب أي حزمة بعد
list-and = { $rest } و{ $last }

## Sheet entry.
title-entry = كتابة الأوراق
entry-start = الورقة { $sheet }، السطر { $line }: اكتب أول موقّع. Tab ينتقل بين الحقول، Enter يحفظ.
entry-continue = متابعة الورقة { $sheet } من السطر { $line }. Ctrl-N يبدأ الورقة { $next }.
entry-not-saved-check = لم يُحفظ. طابق السطر مع الورقة (Ctrl-T يضبط رقم السطر)، ثم Enter.
entry-unsaved-leave = السطر { $line } مكتوب لكنه غير محفوظ. Enter يحفظه؛ Esc مرة أخرى يتخلى عنه ويرجع.
entry-unsaved-next = السطر { $line } مكتوب لكنه غير محفوظ. Enter يحفظه؛ Ctrl-N مرة أخرى يتخلى عنه ويبدأ الورقة { $next }.
entry-unsaved-resume = السطر { $line } من الورقة { $sheet } مكتوب لكنه غير محفوظ.
entry-sheet-line = الورقة { $sheet } السطر { $line }
entry-sheet-line-elsewhere = الورقة { $sheet } السطر { $line } من فعالية أخرى
entry-nothing-typed = لم يُكتب شيء في السطر { $line }. اكتب الموقّع، أو Ctrl-X إن كان السطر الورقي غير مقروء أو مشطوبًا.
entry-fix-fields = لم يُحفظ السطر { $line }: صحّح { $fields } (المعلَّم بـ ✗)، ثم Enter.
entry-fix-marked = لم يُحفظ السطر { $line }: صحّح الحقول المعلَّمة بـ ✗، ثم Enter.
entry-again-save = Enter مرة أخرى
entry-again-illegible = Ctrl-X مرة أخرى
entry-retype = الورقة { $sheet } السطر { $line } مكتوب من قبل: { $again } يحفظ إدخالًا ثانيًا، Esc يرجع.
entry-beyond = السطر { $line } يتجاوز أسطر الورقة الورقية وعددها { $lines }: { $again } يحفظه، Esc يرجع (Ctrl-T يغيّر إعداد الورقة).
entry-duplicate = على الأرجح هو الموقّع نفسه في { $places }. Enter مرة أخرى يحفظ رغم ذلك؛ Esc يرجع إلى السطر.
entry-likely-duplicate = ⚠ تكرار محتمل لـ { $places }
entry-not-saved-error = لم يُحفظ السطر { $line }: { $error }
entry-saved = ✓ حُفظ { $what }. الآن السطر { $line }.
entry-saved-complete = ✓ حُفظ { $what }. اكتملت الورقة { $sheet } ({ $count } من { $lines }): Ctrl-N يبدأ الورقة { $next }.
entry-saved-illegible = الورقة { $sheet } السطر { $line } على أنه غير مقروء
entry-next-paper = الورقة { $sheet }، السطر { $line }: خذ الورقة التالية.
entry-setup-heading = إعداد الورقة (Enter يطبّق، Esc يلغي)
entry-setup-number = يجب أن يكون رقمًا من 1 فصاعدًا
entry-setup-session-only = عدد الأسطر في الورقة صالح لهذه الجلسة فقط: { $error }
entry-setup-done = الورقة { $sheet }، السطر التالي { $line }.
entry-tally-complete = كُتب { $count } من { $lines } · اكتملت الورقة
entry-tally-left = كُتب { $count } من { $lines } · يتبقى { $left }
entry-tally = { $count ->
    [zero] لم يُكتب أي سطر في هذه الورقة
    [one] كُتب سطر واحد في هذه الورقة
    [two] كُتب سطران في هذه الورقة
    [few] كُتبت { $count } أسطر في هذه الورقة
    [many] كُتب { $count } سطرًا في هذه الورقة
   *[other] كُتب { $count } سطر في هذه الورقة
}
entry-sheet = الورقة
entry-line = السطر
entry-nothing-saved = لم يُحفظ شيء في هذه الورقة بعد.
entry-privacy-mode = وضع الخصوصية
entry-illegible = غير مقروء
entry-last-saved = آخر ما حُفظ:
entry-blind-heading = إدخال ثانٍ، دون رؤية الأول
entry-blind-start = الإدخال الثاني للورقة { $sheet }، من السطر { $line }: اكتب ما على الورقة. الإدخال الأول لا يُعرض.
entry-blind-none = لا سطر من هذه الفعالية ينتظر إدخالًا ثانيًا في هذه الخزنة. اكتب أوراقًا كُتبت من قبل (Ctrl-T يحدد الورقة والسطر).
entry-blind-tally = { $count ->
    [zero] لم يُكتب أي سطر
    [one] كُتب سطر واحد
    [two] كُتب سطران
    [few] كُتبت { $count } أسطر
    [many] كُتب { $count } سطرًا
   *[other] كُتب { $count } سطر
} · { $again } كُتبت مرة ثانية
entry-blind-differs = لم يُحفظ السطر { $line } بعد: يختلف عن الإدخال الأول في { $fields }. اقرأ الورقة مرة أخرى واكتب ما عليها (أُفرغت الحقول)، ثم { $again }.
entry-blind-differs-kind = لم يُحفظ السطر { $line } بعد: يختلف عن الإدخال الأول في كون سطر الورقة توقيعًا أو غير مقروء. انظر إلى الورقة مرة أخرى: Enter يحفظ توقيعًا، Ctrl-X سطرًا غير مقروء.
entry-blind-kind-field = توقيع أو غير مقروء
entry-blind-read-paper = يختلف عن الإدخال الأول: اكتب ما على الورقة
entry-blind-agrees = ✓ حُفظ { $what }: يطابق الإدخال الأول، تم التحقق. الآن السطر { $line }.
entry-blind-still-differs = حُفظ { $what }؛ ما زال يختلف عن الإدخال الأول في { $fields }: تُرك للحسم. الآن السطر { $line }.
entry-blind-sheet-done = كل سطر مكتوب في الورقة { $sheet } له الآن إدخال ثانٍ: Ctrl-N للورقة { $next }.
entry-blind-last-agrees = يطابق، تم التحقق
entry-blind-last-differs = يختلف في { $fields }: تُرك للحسم
entry-blind-nothing-saved = لم يُحفظ شيء في هذا الإدخال الثاني بعد.
field-sheet = الورقة
field-next-line = السطر التالي
field-lines-per-sheet = الأسطر في الورقة

## The first start.
title-first-start = التشغيل الأول
wizard-too-short = استخدم { $min } حرفًا على الأقل؛ الأفضل عدة كلمات.
wizard-differ = عبارتا المرور مختلفتان. اكتبها مرة أخرى في الحقل الثاني.
wizard-welcome = مرحبًا بك في fieldsign. الخطوة 1 من 2: أنشئ خزنتك
wizard-encrypted = كل ما تكتبه يُحفظ مشفّرًا في خزنة في
wizard-choose =
    اختر عبارة مرور لقفلها. العبارة المكوّنة من أربع كلمات أو أكثر
    قوية وسهلة الكتابة. لا يمكن لأحد استعادتها إن ضاعت.
wizard-passphrase = عبارة المرور:
wizard-repeat = أعد كتابتها:
wizard-strength = القوة:
wizard-creating = جارٍ إنشاء الخزنة… (ثانية أو اثنتان)
wizard-keys = Tab يبدّل الحقول · Enter ينشئ الخزنة
strength-empty = اكتب عبارة مرور
strength-too-short = قصيرة جدًا: يستطيع أي حامل للحاسوب تخمينها
strength-strong = قوية
strength-fair = مقبولة: أربع كلمات أو أكثر تجعلها أقوى
strength-weak = ضعيفة: استخدم أربع كلمات أو أكثر
setup-heading = أُنشئت الخزنة. الخطوة 2 من 2: حملتك
setup-either = التوقيعات تنتمي إلى حملة. إما:
setup-join-file = (ملف ‎.fieldsign، مثلًا على ذاكرة USB)
setup-skip = التخطي الآن (الشاشة الرئيسية تعرض الخيارين أيضًا)

## Prompts.
prompt-campaign-file = ملف الحملة:
prompt-campaign-title = عنوان الحملة:
prompt-file-needed = اكتب مسار ملف الحملة الذي أعطاك إياه المنسّق
prompt-joined = انضممت إلى «{ $campaign }». مفتاح المنسّق { $fingerprint }: تحقق منه مع المنسّق شخصيًا أو بالهاتف.
prompt-title-needed = اكتب عنوانًا، مثل «الحرية للجميع»
prompt-created = أُنشئت الحملة المحلية «{ $campaign }» بالحقول المعتادة. التالي: أنشئ فعالية (n).
prompt-join-keys = Enter انضمام · Tab يكمل · Esc إلغاء · ~ هو مجلدك الرئيسي
prompt-create-keys = Enter إنشاء · Esc إلغاء

## Completing a file name.
complete-none = لا يوجد ملف أو مجلد يبدأ هكذا.
complete-only = هذا هو الاسم الوحيد المطابق: لا شيء آخر لإكماله.
complete-several = { $count ->
    [zero] لا أسماء مطابقة
    [one] اسم واحد مطابق
    [two] اسمان مطابقان
    [few] { $count } أسماء مطابقة
    [many] { $count } اسمًا مطابقًا
   *[other] { $count } اسم مطابق
}: { $names }. اكتب المزيد، ثم Tab مرة أخرى.

## Browsing.
title-browse = تصفّح
order-paper = الورقة/السطر
order-newest = الأحدث أولًا
order-oldest = الأقدم أولًا
browse-reading = جارٍ قراءة السجلات…
browse-count = { $count ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
} · الترتيب: { $order }
browse-search = بحث:
browse-sorted = الترتيب: { $order }.
browse-no-records = لا سجلات بعد: اكتب بعض الأوراق أولًا.
browse-no-match = لا شيء مطابق. Esc يمسح البحث.
column-event = الفعالية
column-sheet = الورقة
column-line = السطر
column-status = الحالة
status-ok = سليم
status-illegible = غير مقروء
status-void = ملغى
status-purged = ممحو

## One record.
title-record = السجل
record-purged-refused = سُلِّم هذا السجل إلى المنسّق ومُحي من هذه الخزنة: لا يمكن تغييره هنا. اطلب من المنسّق تعديله أو إلغاءه.
record-nothing-changed = لم يتغير شيء.
record-amended-tui = ✓ عُدِّل ({ $fields }). تبقى القيم القديمة في السجل التاريخي.
record-fix-marked = لم يُحفظ: صحّح الحقول المعلَّمة بـ ✗.
record-not-saved = لم يُحفظ: { $error }
record-void-why = اذكر السبب، مثل «تكرار للورقة 3 السطر 4»، ثم Enter.
record-voided-tui = ✓ أُلغي: لم يعد يُحتسب. يبقى تاريخه.
record-not-voided = لم يُلغَ: { $error }
record-typed = كُتب { $time } على الجهاز { $device }
record-no-origin = (لم يصل سطره الورقي بعد)
record-values-purged = القيم ممحوة هنا
record-entered-id = { $entered } · المعرّف { $id }
record-amend-heading = تعديل: غيّر القيم، Enter يحفظ، Esc يلغي
record-voided-because = أُلغي: { $reason }
record-void-prompt = لماذا يُلغى؟
record-void-keys = Enter يلغي (يتوقف احتسابه؛ يبقى تاريخه) · Esc إلغاء
record-reading-history = جارٍ قراءة التاريخ…
record-history = التاريخ، الأقدم أولًا
record-history-purged = سُلِّم إلى المنسّق؛ مُحيت قيمه هنا
record-unsaved-amend = تعديل مكتوب لكنه غير محفوظ.
record-unsaved-void = إلغاء مكتوب لكنه غير محفوظ.
record-status-valid = صالح
record-status-illegible = غير مقروء
record-status-void = ملغى
record-status-purged = ممحو
history-added = أُضيف في الورقة { $sheet } السطر { $line }: { $values }
history-amended = عُدِّل: { $values }
history-cleared = { $field } مُسح
history-voided = أُلغي: { $reason }

## Choosing the language.
key-language-help = لغة الشاشات (تُحفظ في هذه الخزنة)
key-language-choose-help = عرض الشاشات بهذه اللغة وحفظها في هذه الخزنة
key-language-cancel-help = إلغاء: تبقى اللغة كما هي
language-heading = لغة الشاشات (Enter يختار، Esc يلغي)
language-chosen = اللغة: { $language }. حُفظت في هذه الخزنة؛ `--lang` و FIELDSIGN_LANG ما زالا يختاران اللغة لتشغيل واحد.
language-not-kept = اللغة: { $language }، لهذه الجلسة فقط (لم تُحفظ: { $error })
history-decided-kept = تقرّر أنه الموقّع نفسه في { $others }؛ أُبقي هذا
history-decided-duplicate = تقرّر أنه تكرار لـ { $keep }
history-decided-different = تقرّر أنه شخص مختلف عن { $others }
history-verified-kept = تحقّق منه بالإدخال المزدوج ({ $others })؛ أُبقي هذا
history-verified-entry = إدخال لسطر الورقة نفسه مثل { $keep }، أُبقي للتحقق منه
history-undone = أُلغي قرار

## المحو في واجهة الطرفية، بينما يعيد خيطه كتابة قاعدة البيانات.
purge-quit-after = المحو يعيد كتابة قاعدة البيانات ولا يُوقَف في منتصفه: سيُغلَق fieldsign فور انتهائه.
purge-vault-busy = جزء آخر من fieldsign لا يزال يقرأ الخزنة؛ حاول مرة أخرى بعد لحظة
purge-stopped = توقف المحو: { $error }. افتح الخزنة لترى أين وصل، ثم أعد المحو إن بقيت سجلات تنتظر.
tui-hint-join = في الشاشة الرئيسية، j ينضم إلى ملف حملة
tui-hint-event-exists = إنها في القائمة في الشاشة الرئيسية: اخترها واضغط Enter
tui-hint-other-identity = لفتحه بملف هوية آخر، اخرج ثم شغّل `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = لملف أكبر، اخرج ثم شغّل `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = لا هدف محدد (لتحديده، اخرج وشغّل `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = المنسّق: أجهزة الحملة المختارة (إلغاء، كتابة إيصال)
key-devices = الأجهزة
key-receipt-help = اكتب إيصالاً للجهاز المختار (يسأل عن الملف)
key-receipt = إيصال
key-receipt-path-help = ملف الإيصال، مثلاً على ذاكرة USB
key-revoke-help = ألغِ الجهاز المختار (يسأل أولاً ويعرض بصمته)
key-revoke = إلغاء
title-devices = الأجهزة
home-devices-coordinators = شاشة الأجهزة للمنسّق: تعرض الأجهزة التي استوردت هذه الخزنة حزمها.
devices-heading = أجهزة «{ $title }»
devices-col-fingerprint = البصمة
devices-col-first = الأولى
devices-col-last = آخر حزمة
devices-col-ops = العمليات
devices-col-records = السجلات
devices-col-revoked = مُلغى
devices-not-pinned = (بلا حزمة)
devices-not-pinned-help = لم يرسل هذا الجهاز أي حزمة إلى هنا (إنه جهاز هذه الخزنة، أو معروف فقط من حزم غيره): ليس له مفتاح يُلغى أو يُكتب له إيصال.
devices-detail = الجهاز { $device } · { $fingerprint } · أول حزمة { $first }، آخر حزمة { $last }
devices-already-revoked = هذا الجهاز ملغى بالفعل.
devices-revoke-ask = إلغاء الجهاز ذي البصمة { $fingerprint }؟ كل حزمة يوقّعها من الآن تُرفض؛ وما أرسله من قبل يبقى.
devices-receipt-for = إيصال للجهاز { $fingerprint }: يؤكد ما تحفظه هذه الخزنة بتوقيعه.
devices-receipt-file = الملف:
devices-receipt-file-needed = اكتب أين يُحفظ الإيصال، مثلاً على ذاكرة USB.
devices-receipt-exists = { $file } موجود. Enter مرة أخرى يستبدله؛ أو غيّر الاسم.
devices-receipt-writing = تشفير الإيصال وكتابته…
devices-nothing-changed = { $error } لم يُكتب أو يتغير شيء.
