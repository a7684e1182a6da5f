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
