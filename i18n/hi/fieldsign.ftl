### fieldsign: हिन्दी। शब्दावली: docs/glossary/hi.md। "आप" वाला औपचारिक संबोधन।

-fieldsign = fieldsign

## कमांड लाइन की त्रुटियाँ और चेतावनियाँ।

error-prefix = त्रुटि: { $message }
warning-core-dumps = चेतावनी: कोर डंप बंद नहीं किए जा सके ({ $reason }); क्रैश होने पर मेमोरी की सामग्री डिस्क पर लिखी जा सकती है
error-invalid-value = त्रुटि: { $arg } के लिए दिया गया मान मान्य नहीं है{ $why }; `fieldsign --help` देखें
error-unexpected-word = त्रुटि: एक अनपेक्षित शब्द दिया गया (दिखाया नहीं गया: यह कोई मान हो सकता है; मान --field KEY=VALUE में दिए जाते हैं); `fieldsign --help` देखें
error-internal = त्रुटि: fieldsign में { $place } पर आंतरिक त्रुटि हुई। कुछ भी बिना सहेजा हुआ नहीं लिखा गया; स्क्रीन ने जो सहेजा हुआ दिखाया, वह सुरक्षित है। कृपया इसकी सूचना दें (हस्ताक्षरकर्ताओं का कोई डेटा न भेजें)।
error-file = त्रुटि: { $file }: { $message }
error-vault-in-use = { $dir } की तिजोरी किसी दूसरी fieldsign प्रक्रिया के उपयोग में है; पहले उसे बंद करें (तिजोरी एक समय में एक ही प्रक्रिया खोल सकती है)
error-vault-closing = { $dir } की तिजोरी एक ऐसी fieldsign प्रक्रिया के पास है जो बंद हो रही है; कुछ सेकंड बाद फिर से प्रयास करें
error-no-vault = { $dir } में कोई तिजोरी नहीं है: `fieldsign init` से एक बनाएँ (या --vault / FIELDSIGN_VAULT से किसी मौजूदा तिजोरी का पता दें)
error-wrong-passphrase = इस तिजोरी का पासफ़्रेज़ गलत है; फिर से प्रयास करें (छोटे-बड़े अक्षरों का अंतर मायने रखता है)। यदि आपको यकीन है कि यह सही है, तो कुंजी फ़ाइल खराब हो सकती है: key.age को बैकअप से पुनर्स्थापित करें
error-bundles-refused = { $total } में से { $failed } बंडल अस्वीकार हुए (ऊपर देखें; उन्होंने कुछ नहीं बदला); बाकी आयात हो गए

## पासफ़्रेज़।

prompt-vault-passphrase = तिजोरी का पासफ़्रेज़:{" "}
passphrase-choose = { $kind ->
    [new] तिजोरी का नया पासफ़्रेज़
   *[first] तिजोरी का पासफ़्रेज़
} चुनें: कई शब्दों का लंबा वाक्यांश मज़बूत भी होता है और टाइप करने में आसान भी।
prompt-new-passphrase = तिजोरी का नया पासफ़्रेज़:{" "}
prompt-repeat-passphrase = तिजोरी का पासफ़्रेज़ दोबारा लिखें:{" "}
passphrase-short = यह छोटा है; लैपटॉप ले जाने वाला कोई भी इसका अनुमान लगा सकता है। 4 या अधिक शब्द बेहतर हैं।
passphrase-mismatch = दोनों मेल नहीं खाते; फिर से प्रयास करें।
passphrase-changed = पासफ़्रेज़ बदल दिया गया। पुराना अब यह तिजोरी नहीं खोलता।

## तिजोरी और पहचान।

vault-created = { $dir } में तिजोरी बनाई गई
vault-device = डिवाइस { $device }, हस्ताक्षर कुंजी का फ़िंगरप्रिंट { $fingerprint }
vault-next = आगे: `fieldsign campaign join FILE` (आयोजक) या `fieldsign campaign create --title …` (समन्वयक)।
identity-exported = इस तिजोरी की गुप्त age पहचान { $file } में लिखी गई (मोड 0600)। जिसके पास यह है, वह इस तिजोरी को भेजा गया हर बंडल पढ़ सकता है: इसे एन्क्रिप्टेड डिस्क पर रखें और काम पूरा होने पर मिटा दें।

## अभियान और कार्यक्रम।

campaign-created = अभियान "{ $title }" ({ $id }) बनाया गया। { $file } आयोजकों को दें: `fieldsign campaign join { $file }`; समन्वयक कुंजी का फ़िंगरप्रिंट { $fingerprint } है।
campaign-joined = "{ $title }" ({ $id }) से जुड़ गए। समन्वयक कुंजी का फ़िंगरप्रिंट { $fingerprint }: इसे अपने समन्वयक से फ़ोन पर या आमने-सामने मिलाएँ।
campaign-none = अभी कोई अभियान नहीं: `fieldsign campaign join FILE` या `fieldsign campaign create --title …`।
show-role = भूमिका
show-role-coordinator = समन्वयक (इस तिजोरी में अभियान की हस्ताक्षर कुंजी है)
show-role-organizer = आयोजक
show-coordinator-key = समन्वयक की कुंजी
show-goal = लक्ष्य
show-goal-signatures = हस्ताक्षर: { $count }
show-no-goal = तय नहीं
show-fields = फ़ील्ड
show-required = ज़रूरी
show-field-role = भूमिका { $role }
show-no-events = अभी कोई नहीं
show-event-records = रिकॉर्ड: { $count }
show-texts = याचिका का पाठ
show-no-texts = कोई नहीं: अभियान फ़ाइल में याचिका का पाठ नहीं है; समन्वयक से माँगें
show-text-heading = याचिका का पाठ, { $language } ({ $count } में से { $number }):

## रिकॉर्ड।

record-amended = { $id } संशोधित किया गया।
record-voided = { $id } रद्द किया गया; अब यह गिना नहीं जाता।
csv-imported = { $count ->
    [one] "{ $event }" में { $count } हस्ताक्षर आयात किया गया (शीट { $first }–{ $last })।
   *[other] "{ $event }" में { $count } हस्ताक्षर आयात किए गए (शीट { $first }–{ $last })।
}

## बंडल, रसीदें, डिवाइस।

bundle-what-all = तिजोरी में मौजूद सब कुछ
bundle-what-new = वह सब जिसकी पुष्टि समन्वयक ने अभी नहीं की
bundle-written = { $file } लिखा गया ({ $bytes } बाइट): "{ $title }" की { $ops } संक्रियाएँ ({ $adds } नई पंक्तियाँ, { $amends } संशोधन, { $voids } रद्दीकरण) और { $events } कार्यक्रम, { $what }; { $recipients } समन्वयक प्राप्तकर्ताओं के लिए एन्क्रिप्ट किया गया और इस डिवाइस ({ $fingerprint }) से हस्ताक्षरित।
bundle-empty = नोट: समन्वयक पहले ही सब कुछ की पुष्टि कर चुका है; इस बंडल में कोई संक्रिया नहीं है।
device-pinned = नया डिवाइस { $device } फ़िंगरप्रिंट { $fingerprint } के साथ पिन किया गया: इसे आयोजक से आमने-सामने या फ़ोन पर मिलाएँ।
bundle-replay = { $file }: पहले ही आयात हो चुका है (दोहराव): सभी { $known } संक्रियाएँ पहले से ज्ञात थीं; कुछ नहीं बदला।
bundle-imported = { $file }: डिवाइस { $device } ({ $fingerprint }) से "{ $title }" में आयात हुआ: नए रिकॉर्ड: { $records }, संशोधन: { $amends }, रद्दीकरण: { $voids }, नए कार्यक्रम: { $events }, पहले से ज्ञात: { $known }, टकराव: 0; संक्रियाएँ: { $replicas }।
receipt-imported = "{ $title }" के समन्वयक की रसीद ({ $created }): नई पुष्टि हुई संक्रियाएँ: { $acknowledged }; भेजना बाकी: { $unacknowledged }। `fieldsign purge --acknowledged` सौंपा गया डेटा इस लैपटॉप से हटाता है।
receipt-ignored = चेतावनी: रसीद ने ऐसी { $ignored } संक्रियाओं की भी पुष्टि की जो इस लैपटॉप ने कभी नहीं लिखीं (वे क्रमांक जो इसने इस्तेमाल नहीं किए, या दूसरे डिवाइसों की संक्रियाएँ); उन्हें अनदेखा किया गया, इसलिए purge उनके कारण कुछ नहीं हटाएगा। समन्वयक को बताएँ: हो सकता है किसी दूसरे डिवाइस ने इस लैपटॉप के नाम से संक्रियाएँ भेजी हों।
receipt-written = { $file } लिखा गया: "{ $title }" के लिए डिवाइस { $device } ({ $fingerprint }) की { $count } संक्रियाओं की पुष्टि करता है, उसी डिवाइस के लिए एन्क्रिप्टेड। इसे आयोजक को वापस भेजें।
device-none = अभी कोई डिवाइस नहीं: किसी डिवाइस का पहला बंडल आयात होने पर वह पिन होता है।
device-revoked = डिवाइस { $device } ({ $fingerprint }) निरस्त किया गया: इसके आगे के बंडल अस्वीकार होंगे। इसने पहले जो भेजा वह बना रहता है; उसे `fieldsign list` से जाँचें।

## `verify`।

verify-file = फ़ाइल
verify-format = प्रारूप
verify-campaign = अभियान
verify-device = डिवाइस
verify-created = बनाया गया
verify-recipients = प्राप्तकर्ता
verify-ranges = श्रेणियाँ
verify-replicas = प्रतिकृतियाँ
verify-operations = संक्रियाएँ
verify-events = कार्यक्रम
verify-signed-by = हस्ताक्षरकर्ता
verify-acknowledges = पुष्टि करता है
verify-signature-valid = { $format } संस्करण { $version } (हस्ताक्षर मान्य)
verify-device-fingerprint = { $device } फ़िंगरप्रिंट { $fingerprint } — { $status }
verify-device-known = ज्ञात (पिन किया हुआ)
verify-device-unknown = अभी अज्ञात (आयात इसे पिन करेगा)
verify-device-revoked = निरस्त (आयात अस्वीकार होगा)
verify-device-mismatch = कुंजी मेल नहीं खाती: { $pinned } के साथ पिन किया गया था (आयात अस्वीकार होगा)
verify-operation-kinds = { $ops } ({ $adds } नई पंक्तियाँ, { $amends } संशोधन, { $voids } रद्दीकरण)
verify-from-coordinator = अभियान का समन्वयक
verify-not-coordinator = इस अभियान का समन्वयक नहीं (आयात अस्वीकार होगा)
verify-acknowledged = { $ranges } ({ $count } संक्रियाएँ)

## शोधन।

purge-done = सौंपे गए और हटाए गए: { $valid }
purge-also = ; { $lines } से भी मान हटाए गए (वे अब भी वैसे ही गिने जाते हैं)
purge-illegible-lines = { $count ->
    [one] { $count } अपठनीय पंक्ति
   *[other] { $count } अपठनीय पंक्तियों
}
purge-void-lines = { $count ->
    [one] { $count } रद्द पंक्ति
   *[other] { $count } रद्द पंक्तियों
}
purge-and = { $first } और { $second }
purge-cleared = ; साफ़ की गई संक्रियाएँ: { $ops }; रसीद की प्रतीक्षा में रिकॉर्ड: { $waiting }।
purge-rewritten = डेटाबेस उनके बिना फिर से लिखा गया।
purge-nothing = हटाने को कुछ नहीं: पहले समन्वयक की रसीद आयात करें (`fieldsign import receipt FILE`)।

## रिपोर्ट, सुपुर्दगी निर्यात, दोहराव।

report-all = सभी
report-event = कार्यक्रम { $name } { $date }
report-device = डिवाइस { $device }
report-by-country = देश के अनुसार मान्य: { $countries }
report-purged = इस तिजोरी से सौंपे और हटाए गए: { $count } (गिने गए, मान हटाए गए)।
export-written = { $count ->
    [one] "{ $title }" का { $count } मान्य हस्ताक्षर { $file } में लिखा गया।
   *[other] "{ $title }" के { $count } मान्य हस्ताक्षर { $file } में लिखे गए।
}
export-plain-warning = चेतावनी: { $file } सादा पाठ है: इसे पाने वाला कोई भी हर हस्ताक्षरकर्ता का नाम और संपर्क पढ़ सकता है। इसे सुरक्षित माध्यम से सौंपें और काम पूरा होने पर मिटा दें।
export-purged-left-out = { $count ->
    [one] { $count } हटाया गया रिकॉर्ड छोड़ दिया गया: उसके मान केवल समन्वयक के पास हैं।
   *[other] { $count } हटाए गए रिकॉर्ड छोड़ दिए गए: उनके मान केवल समन्वयक के पास हैं।
}
dedupe-none = { $count } मान्य रिकॉर्डों में कोई संभावित दोहराव नहीं।
dedupe-none-likely = { $count } मान्य रिकॉर्डों में कोई संभावित दोहराव नहीं (`--possible` जाँचने लायक जोड़े भी दिखाता है)।
dedupe-groups = संभावित दोहराव { $count ->
    [one] का { $count } समूह मिला
   *[other] के { $count } समूह मिले
}, सबसे पक्के पहले। कागज़ी शीटों से मिलाएँ, फिर अतिरिक्त को रद्द करें: `fieldsign void ID --reason "duplicate of …"`।
dedupe-groups-possible = संभावित या मुमकिन दोहराव { $count ->
    [one] का { $count } समूह मिला
   *[other] के { $count } समूह मिले
}, सबसे पक्के पहले। कागज़ी शीटों से मिलाएँ, फिर अतिरिक्त को रद्द करें: `fieldsign void ID --reason "duplicate of …"`।

## तिजोरी की अन्य त्रुटियाँ।

error-already-exists = { $dir } में पहले से एक तिजोरी है; उसी का उपयोग करें, या --vault से कोई दूसरा फ़ोल्डर चुनें
error-unknown-campaign = दिए गए --campaign से कोई अभियान मेल नहीं खाता (दिखाया नहीं गया: यह कोई मान हो सकता है); `fieldsign campaign list` अभियान दिखाता है, `fieldsign campaign join FILE` किसी अभियान से जोड़ता है
error-no-campaigns = इस तिजोरी में अभी कोई अभियान नहीं है; `fieldsign campaign join FILE` से किसी अभियान से जुड़ें या `fieldsign campaign create` से एक बनाएँ
error-campaign-needed = इस तिजोरी में कई अभियान हैं ({ $campaigns }); --campaign से एक चुनें
error-ambiguous-campaign = दिया गया --campaign कई अभियानों से मेल खाता है ({ $matches }); इसके बजाय id दें
error-unknown-event = इस अभियान का कोई कार्यक्रम दिए गए --event से मेल नहीं खाता (दिखाया नहीं गया: यह कोई मान हो सकता है); `fieldsign event list` कार्यक्रम दिखाता है, `fieldsign event create` नया जोड़ता है
error-ambiguous-event = दिया गया --event कई कार्यक्रमों से मेल खाता है ({ $matches }); इसके बजाय id दें
error-unknown-record = इस तिजोरी में id { $id } वाला कोई रिकॉर्ड नहीं है; `fieldsign list` id दिखाता है

## The terminal UI (src/tui). Key names (Enter, Esc, Tab, Ctrl-L) stay as printed on the keys.
key-privacy-help = निजता मोड: पिछली प्रविष्टियों के निजी फ़ील्ड छिपाएँ
key-lock-help = अभी लॉक करें; कुछ देर कोई कुंजी न दबाने पर अपने आप भी
key-lock = लॉक
key-quit-help = बाहर निकलें (कुछ आधा टाइप हो तो पहले पूछता है)
key-quit = बाहर
key-help-help = यह सहायता (? केवल जहाँ कोई टेक्स्ट फ़ील्ड सक्रिय न हो)
key-help = सहायता
key-quit-lose = निकलें और खो दें
key-go-back-to-it = उस पर लौटें
key-close-help-help = यह सहायता बंद करें
key-close-help = सहायता बंद
key-unlock-help = टाइप किए गए पासफ़्रेज़ से खोलें
key-unlock = खोलें
key-home-choose-help = अभियान या कार्यक्रम चुनें
key-first-last-help = सूची की पहली / अंतिम पंक्ति
key-home-open-help = कार्यक्रम पर: उसकी शीटें टाइप करें; अभियान पर: उसे देखें
key-type-sheets = शीटें टाइप करें
key-new-event-help = चुने गए अभियान में कार्यक्रम बनाएँ
key-new-event = नया कार्यक्रम
key-browse-help = अभियान के रिकॉर्ड देखें, खोजें और सुधारें
key-browse = देखें
key-join-help = अपने समन्वयक की अभियान फ़ाइल से जुड़ें
key-join = जुड़ें
key-create-help = स्थानीय अभियान बनाएँ
key-create = बनाएँ
key-export-help = चुने गए अभियान का बंडल समन्वयक के लिए निर्यात करें
key-export = निर्यात
key-import-help = बंडल (समन्वयक) या रसीद (आयोजक) आयात करें
key-petition-help = अभियान की याचिका का पाठ पढ़ें (हस्ताक्षरकर्ता को पढ़कर सुनाने के लिए)
key-dashboard-help = समन्वयक: चुने गए अभियान का डैशबोर्ड
key-second-entry-help = किसी कार्यक्रम पर: उसकी शीटें फिर से, बिना देखे (दोहरी प्रविष्टि)
key-create-event-help = कार्यक्रम बनाएँ
key-confirm = पुष्टि
key-next-field = अगला फ़ील्ड
key-cancel-event-help = रद्द: कोई कार्यक्रम नहीं बनता
key-cancel = रद्द
key-confirm-prompt-help = प्रविष्टि की पुष्टि करें
key-complete = पूरा करें
key-cancel-prompt-help = प्रविष्टि रद्द करें
key-complete-help = अब तक टाइप किया फ़ाइल या फ़ोल्डर नाम पूरा करें
key-next-field-help = अगला फ़ील्ड (Shift-Tab, ↑ ↓ भी चलाते हैं)
key-type = टाइप
key-search-help = टाइप करते ही खोज (कोई भी फ़ील्ड; मात्राएँ और अक्षर-आकार अनदेखे)
key-search = खोज
key-move-help = सूची में चलें
key-choose = चुनें
key-page-help = एक पृष्ठ ऊपर / नीचे
key-first-last-record-help = पहला / अंतिम रिकॉर्ड
key-open-record-help = रिकॉर्ड खोलें: संशोधन, रद्दीकरण, इतिहास
key-open = खोलें
key-sort-help = क्रम: शीट/पंक्ति, नए पहले, पुराने पहले
key-sort = क्रम
key-clear-search-help = खोज साफ़ करें, फिर वापस
key-back = वापस
key-count-again-help = फिर गिनें (बंडल आयात करने के बाद)
key-count-again = फिर गिनें
key-back-campaigns-help = अभियानों पर वापस
key-entry-field-help = अगला / पिछला फ़ील्ड (↓ ↑ भी)
key-save-line-help = पंक्ति सहेजें (पहले डिस्क पर); दो बार: दोहराव सहेजें
key-save = सहेजें
key-illegible-help = इस काग़ज़ी पंक्ति को अपठनीय या कटी हुई के रूप में सहेजें
key-illegible = अपठनीय
key-next-sheet-help = अगली काग़ज़ी शीट शुरू करें
key-next-sheet = अगली शीट
key-sheet-setup-help = शीट सेटअप: शीट संख्या, अगली पंक्ति, प्रति शीट पंक्तियाँ
key-clear-line-help = पूरी पंक्ति साफ़ करें; Ctrl-U एक फ़ील्ड साफ़ करता है
key-browse-event-help = इस कार्यक्रम के रिकॉर्ड देखें और सुधारें
key-petition-entry-help = याचिका का पाठ, हस्ताक्षरकर्ता को पढ़कर सुनाने के लिए; Esc वापस लाता है
key-tick-help = चेकबॉक्स फ़ील्ड पर निशान लगाएँ / हटाएँ
key-entry-back-help = मुख्य स्क्रीन पर वापस (पंक्ति आधी टाइप हो तो पहले पूछता है)
key-all-keys = सभी कुंजियाँ
key-apply-setup-help = शीट संख्या, अगली पंक्ति और प्रति शीट पंक्तियाँ लागू करें
key-apply = लागू करें
key-next = अगला
key-cancel-setup-help = रद्द: शीट जैसी थी वैसी रहती है
key-export-path-help = बंडल कहाँ लिखें (~ आपका होम फ़ोल्डर है)
key-write-help = लिखें (फ़ाइल बदलने से पहले पूछता है)
key-write-file = फ़ाइल लिखें
key-all-new-help = जो कुछ रखा है, या केवल जिसकी पावती नहीं मिली
key-all-new = सब / नया
key-import-path-help = बंडल या रसीद फ़ाइल का पथ (~ आपका होम फ़ोल्डर है)
key-import-it-help = जाँचें और आयात करें
key-import = आयात
key-purge-delivered-help = शोधन: समन्वयक द्वारा पावती दिया गया निजी डेटा इस लैपटॉप से हटाएँ (पहले पूछता है)
key-purge-delivered = सौंपे गए का शोधन
key-next-language-help = अभियान की अगली भाषा में पाठ
key-next-language = अगली भाषा
key-scroll-help = खिड़की से लंबा पाठ स्क्रॉल करें
key-scroll = स्क्रॉल
key-purge-now-help = अभी शोधन: मान इस लैपटॉप से हमेशा के लिए हटते हैं
key-purge-now = शोधन, वापसी नहीं
key-keep-help = सब कुछ रखें और वापस जाएँ
key-keep = रखें और वापस
key-amend-help = संशोधन: मान बदलें (पुराने इतिहास में रहते हैं)
key-amend = संशोधन
key-void-help = कारण सहित रद्द करें: रिकॉर्ड गिनती से बाहर
key-void = रद्द करें
key-history-help = बदलावों का इतिहास दिखाएँ या छिपाएँ
key-history = इतिहास
key-back-list-help = सूची पर वापस
key-save-amendment-help = संशोधन सहेजें (पुराने मान इतिहास में रहते हैं)
key-cancel-nothing-help = रद्द: कुछ नहीं बदलता
key-void-reason-help = टाइप किए कारण से रद्द करें (गिनती से बाहर; इतिहास रहता है)
key-switch-field-help = दोनों पासफ़्रेज़ फ़ील्ड के बीच बदलें
key-switch-field = फ़ील्ड बदलें
key-wizard-next-help = अगला फ़ील्ड, फिर तिजोरी बनाएँ
key-join-file = फ़ाइल से जुड़ें
key-create-campaign = अभियान बनाएँ
key-skip-help = यह चरण छोड़ें (मुख्य स्क्रीन भी दोनों देती है)
key-skip = छोड़ें

## The frame around every screen.
tui-privacy-on = निजता चालू
tui-quit-anyway = फिर भी निकलें और इसे खो दें?
tui-quit-title = बाहर निकलें?
tui-too-small = खिड़की बहुत छोटी है ({ $size }; चाहिए { $needs })।
tui-too-small-keys =
    आगे बढ़ने के लिए इसे बड़ा करें; तब तक कुंजियाँ अनदेखी होती हैं,
    सिवाय Ctrl-L (लॉक) और Ctrl-Q (बाहर) के।
tui-too-small-sheet = शीट { $sheet } जैसी थी वैसी खुली रहती है।
tui-help-heading = इस स्क्रीन की कुंजियाँ ({ $screen })
tui-help-everywhere = हर जगह
tui-help-close = Esc यह सहायता बंद करता है
tui-help-title = सहायता

## Why a field's value is refused.
error-field-value = फ़ील्ड `{ $field }` { $problem }
value-required = आवश्यक है
value-too-long = बहुत लंबा है (अधिकतम { $graphemes } अक्षर, और { $bytes } बाइट, अक्षर चाहे जैसे लिखे हों)
value-control = में नियंत्रण वर्ण हैं (जैसे टर्मिनल एस्केप, टैब या पंक्ति-विराम)
value-bidi = में पाठ-दिशा बदलने वाले वर्ण हैं (U+202A–U+202E, U+2066–U+2069 या दिशा चिह्न)
value-invisible = में अदृश्य वर्ण हैं (जैसे शून्य-चौड़ाई स्पेस या सॉफ़्ट हाइफ़न)
value-email = ईमेल पता नहीं है (अपेक्षित name@example.org)
value-phone = फ़ोन नंबर नहीं है (अंक, स्पेस, + - ( ) . ; 5 से 20 अंक)
value-country = ISO 3166 देश कोड नहीं है (दो अक्षर, जैसे DE, GR, IN)
value-postcode = पिनकोड नहीं है (अक्षर, अंक, स्पेस और -; अधिकतम 12)
value-date = तारीख़ नहीं है (अपेक्षित YYYY-MM-DD)
value-checkbox = चेकबॉक्स मान नहीं है (`yes/no, y/n, x, 1/0, true/false`)
value-choice = इनमें से नहीं है: { $options }

## Fields.
field-name = नाम
field-email = ईमेल
field-phone = फ़ोन
field-city = शहर
field-country = देश
field-postcode = पिनकोड
field-contact-ok = संपर्क ठीक
field-place = स्थान
field-date = तारीख़
hint-phone = अंक, + - ( )
hint-country = 2 अक्षर: DE, GR, IN…
hint-postcode = अक्षर, अंक, -
hint-checkbox = Space निशान लगाता / हटाता है
hint-choice = इनमें से एक: { $options }

## The unlock screen.
title-locked = लॉक
unlock-heading = तिजोरी लॉक है।
unlock-vault = तिजोरी:
unlock-passphrase = पासफ़्रेज़:
unlock-busy = खोल रहे हैं… (इसमें जान-बूझकर एक-दो सेकंड लगते हैं)
unlock-hint = पासफ़्रेज़ टाइप करें और Enter दबाएँ।
unlock-empty = तिजोरी का पासफ़्रेज़ टाइप करें, फिर Enter दबाएँ।
unlock-wrong = ग़लत पासफ़्रेज़। फिर से कोशिश करें (बड़े-छोटे अक्षर मायने रखते हैं: Caps Lock और कीबोर्ड लेआउट जाँचें)।

## Locking and privacy mode.
lock-idle = { $limit } तक कोई कुंजी न दबने पर अपने आप लॉक हुआ। जहाँ थे वहीं से आगे बढ़ने के लिए खोलें।
lock-key = लॉक हुआ (Ctrl-L)। जहाँ थे वहीं से आगे बढ़ने के लिए खोलें।
privacy-on = निजता मोड चालू: पिछली प्रविष्टियों के निजी फ़ील्ड छिपे हैं। Ctrl-P उन्हें दिखाता है।
privacy-off = निजता मोड बंद।
duration-seconds = { $seconds } से.
duration-minutes = { $minutes } मि.
duration-minutes-seconds = { $minutes } मि. { $seconds } से.

title-home = मुख्य
count-events = { $count ->
    [one] { $count } कार्यक्रम
   *[other] { $count } कार्यक्रम
}
count-lines = { $count ->
    [one] { $count } पंक्ति
   *[other] { $count } पंक्तियाँ
}
counting = गिनती…
role-coordinator = समन्वयक
role-organizer = आयोजक

## Home.
home-heading = अभियान और कार्यक्रम
home-empty = इस तिजोरी में अभी कोई अभियान नहीं है।
home-empty-join = आपके समन्वयक की दी हुई अभियान फ़ाइल से जुड़ें
home-empty-create = ऐसा स्थानीय अभियान बनाएँ जिसका समन्वय आप स्वयं करें
home-new-event = नया कार्यक्रम…
home-new-event-title = "{ $campaign }" में नया कार्यक्रम (Enter बनाता है, Esc रद्द करता है)
home-event-created = कार्यक्रम "{ $event }" बना। Enter उसकी शीटें टाइप करना शुरू करता है।
home-second-entry-event = पहले कोई कार्यक्रम चुनें (↑ ↓): v उसकी शीटें सत्यापन के लिए फिर से, बिना देखे टाइप करता है।
home-campaign-first = पहले किसी अभियान से जुड़ें (j) या बनाएँ (c); कार्यक्रम किसी अभियान के होते हैं।
home-this-device = यह डिवाइस:
home-device-checked = (समन्वयक इसे जाँचते हैं)
home-dashboard-coordinators = डैशबोर्ड समन्वयक का है: यह हर आयोजक से आने वाला सब गिनता है। यह लैपटॉप जो रखता है, वह यहीं सूची के नीचे गिना जाता है।
standing-valid = { $count } मान्य
standing-void = { $count } रद्द
standing-illegible = { $count } अपठनीय
standing-purged = { $count } सौंपे और शोधित
standing-unsent = { $count ->
    [one] { $count } बदलाव अभी नहीं भेजा
   *[other] { $count } बदलाव अभी नहीं भेजे
}
standing-last-bundle = अंतिम बंडल { $time }
standing-no-bundle = अभी कोई बंडल नहीं लिखा
list-and = { $rest } और { $last }

## Sheet entry.
title-entry = शीट प्रविष्टि
entry-start = शीट { $sheet }, पंक्ति { $line }: पहले हस्ताक्षरकर्ता को टाइप करें। Tab फ़ील्ड बदलता है, Enter सहेजता है।
entry-continue = शीट { $sheet } पंक्ति { $line } से जारी। Ctrl-N शीट { $next } शुरू करता है।
entry-not-saved-check = सहेजा नहीं गया। पंक्ति को काग़ज़ से मिलाएँ (Ctrl-T पंक्ति संख्या तय करता है), फिर Enter।
entry-unsaved-leave = पंक्ति { $line } टाइप है पर सहेजी नहीं गई। Enter उसे सहेजता है; फिर से Esc उसे छोड़कर वापस जाता है।
entry-unsaved-next = पंक्ति { $line } टाइप है पर सहेजी नहीं गई। Enter उसे सहेजता है; फिर से Ctrl-N उसे छोड़कर शीट { $next } शुरू करता है।
entry-unsaved-resume = शीट { $sheet } की पंक्ति { $line } टाइप है पर सहेजी नहीं गई।
entry-sheet-line = शीट { $sheet } पंक्ति { $line }
entry-sheet-line-elsewhere = दूसरे कार्यक्रम की शीट { $sheet } पंक्ति { $line }
entry-nothing-typed = पंक्ति { $line } पर कुछ टाइप नहीं हुआ। हस्ताक्षरकर्ता टाइप करें, या काग़ज़ी पंक्ति अपठनीय या कटी हो तो Ctrl-X।
entry-fix-fields = पंक्ति { $line } सहेजी नहीं गई: { $fields } ठीक करें (✗ चिह्नित), फिर Enter।
entry-fix-marked = पंक्ति { $line } सहेजी नहीं गई: ✗ चिह्नित फ़ील्ड ठीक करें, फिर Enter।
entry-again-save = फिर से Enter
entry-again-illegible = फिर से Ctrl-X
entry-retype = शीट { $sheet } पंक्ति { $line } पहले से टाइप है: { $again } दूसरी प्रविष्टि सहेजता है, Esc वापस जाता है।
entry-beyond = पंक्ति { $line } काग़ज़ी शीट की { $lines } पंक्तियों से आगे है: { $again } उसे सहेजता है, Esc वापस जाता है (Ctrl-T शीट सेटअप बदलता है)।
entry-duplicate = संभवतः वही हस्ताक्षरकर्ता जो { $places } पर है। फिर से Enter फिर भी सहेजता है; Esc पंक्ति पर लौटता है।
entry-likely-duplicate = ⚠ संभावित दोहराव: { $places }
entry-not-saved-error = पंक्ति { $line } नहीं सहेजी गई: { $error }
entry-saved = ✓ सहेजा: { $what }। अब पंक्ति { $line }।
entry-saved-complete = ✓ सहेजा: { $what }। शीट { $sheet } पूरी ({ $count } / { $lines }): Ctrl-N शीट { $next } शुरू करता है।
entry-saved-illegible = शीट { $sheet } पंक्ति { $line } अपठनीय के रूप में
entry-next-paper = शीट { $sheet }, पंक्ति { $line }: अगली काग़ज़ी शीट लें।
entry-setup-heading = शीट सेटअप (Enter लागू करता है, Esc रद्द करता है)
entry-setup-number = 1 या उससे बड़ी संख्या होनी चाहिए
entry-setup-session-only = प्रति शीट पंक्तियाँ केवल इस सत्र के लिए: { $error }
entry-setup-done = शीट { $sheet }, अगली पंक्ति { $line }।
entry-tally-complete = { $lines } में से { $count } पंक्तियाँ टाइप · शीट पूरी
entry-tally-left = { $lines } में से { $count } पंक्तियाँ टाइप · { $left } बाकी
entry-tally = { $count ->
    [one] इस शीट पर { $count } पंक्ति टाइप हुई
   *[other] इस शीट पर { $count } पंक्तियाँ टाइप हुईं
}
entry-sheet = शीट
entry-line = पंक्ति
entry-nothing-saved = इस शीट पर अभी कुछ नहीं सहेजा गया।
entry-privacy-mode = निजता मोड
entry-illegible = अपठनीय
entry-last-saved = अंतिम सहेजा:
entry-blind-heading = दूसरी प्रविष्टि, बिना देखे
entry-blind-start = शीट { $sheet } की दूसरी प्रविष्टि, पंक्ति { $line } से: काग़ज़ पर जो लिखा है वही टाइप करें। पहली प्रविष्टि नहीं दिखाई जाती।
entry-blind-none = इस तिजोरी में इस कार्यक्रम की कोई पंक्ति दूसरी प्रविष्टि की प्रतीक्षा में नहीं है। पहले टाइप हो चुकी शीटें टाइप करें (Ctrl-T शीट और पंक्ति तय करता है)।
entry-blind-tally = { $count ->
    [one] { $count } पंक्ति टाइप हुई
   *[other] { $count } पंक्तियाँ टाइप हुईं
} · { $again } फिर से टाइप हुईं
entry-blind-differs = पंक्ति { $line } अभी सहेजी नहीं गई: यह पहली प्रविष्टि से { $fields } में अलग है। काग़ज़ फिर से पढ़ें और जो लिखा है वही टाइप करें (फ़ील्ड ख़ाली कर दिए गए हैं), फिर { $again }।
entry-blind-differs-kind = पंक्ति { $line } अभी सहेजी नहीं गई: यह पहली प्रविष्टि से इस बात में अलग है कि काग़ज़ की पंक्ति हस्ताक्षर है या अपठनीय। काग़ज़ फिर से देखें: Enter हस्ताक्षर सहेजता है, Ctrl-X अपठनीय पंक्ति।
entry-blind-kind-field = हस्ताक्षर या अपठनीय
entry-blind-read-paper = पहली प्रविष्टि से अलग: काग़ज़ पर जो लिखा है वही टाइप करें
entry-blind-agrees = ✓ सहेजा: { $what }; पहली प्रविष्टि से मेल खाता है, सत्यापित। अब पंक्ति { $line }।
entry-blind-still-differs = सहेजा: { $what }; अब भी पहली प्रविष्टि से { $fields } में अलग है: निपटारे के लिए छोड़ा गया। अब पंक्ति { $line }।
entry-blind-sheet-done = शीट { $sheet } की हर टाइप हुई पंक्ति की अब दूसरी प्रविष्टि है: शीट { $next } के लिए Ctrl-N।
entry-blind-last-agrees = मेल खाता है, सत्यापित
entry-blind-last-differs = { $fields } में अलग: निपटारे के लिए छोड़ा गया
entry-blind-nothing-saved = इस दूसरी प्रविष्टि में अभी कुछ नहीं सहेजा गया।
field-sheet = शीट
field-next-line = अगली पंक्ति
field-lines-per-sheet = प्रति शीट पंक्तियाँ

## The first start.
title-first-start = पहली शुरुआत
wizard-too-short = कम से कम { $min } अक्षर; कई शब्द सबसे अच्छे हैं।
wizard-differ = दोनों पासफ़्रेज़ अलग हैं। दूसरे फ़ील्ड में उसे फिर से टाइप करें।
wizard-welcome = fieldsign में आपका स्वागत है। चरण 1 / 2: अपनी तिजोरी बनाएँ
wizard-encrypted = आप जो भी टाइप करते हैं वह इस जगह की एन्क्रिप्टेड तिजोरी में रहता है:
wizard-choose =
    इसे लॉक करने के लिए पासफ़्रेज़ चुनें। चार या अधिक शब्दों का वाक्यांश
    मज़बूत और टाइप करने में आसान है। खो जाने पर कोई इसे वापस नहीं ला सकता।
wizard-passphrase = पासफ़्रेज़:
wizard-repeat = फिर से:
wizard-strength = मज़बूती:
wizard-creating = तिजोरी बन रही है… (एक-दो सेकंड)
wizard-keys = Tab फ़ील्ड बदलता है · Enter तिजोरी बनाता है
strength-empty = पासफ़्रेज़ टाइप करें
strength-too-short = बहुत छोटा: लैपटॉप रखने वाला कोई भी अनुमान लगा सकता है
strength-strong = मज़बूत
strength-fair = ठीक: चार या अधिक शब्द ज़्यादा मज़बूत होंगे
strength-weak = कमज़ोर: चार या अधिक शब्द इस्तेमाल करें
setup-heading = तिजोरी बन गई। चरण 2 / 2: आपका अभियान
setup-either = हस्ताक्षर किसी अभियान के होते हैं। या तो:
setup-join-file = (एक .fieldsign फ़ाइल, जैसे USB स्टिक पर)
setup-skip = अभी छोड़ें (मुख्य स्क्रीन भी दोनों देती है)

## Prompts.
prompt-campaign-file = अभियान फ़ाइल:
prompt-campaign-title = अभियान शीर्षक:
prompt-file-needed = अपने समन्वयक की दी हुई अभियान फ़ाइल का पथ टाइप करें
prompt-joined = "{ $campaign }" से जुड़े। समन्वयक कुंजी { $fingerprint }: इसे अपने समन्वयक से आमने-सामने या फ़ोन पर मिलाएँ।
prompt-title-needed = शीर्षक टाइप करें, जैसे "सबको आज़ादी"
prompt-created = स्थानीय अभियान "{ $campaign }" मानक फ़ील्ड के साथ बना। आगे: कार्यक्रम बनाएँ (n)।
prompt-join-keys = Enter जुड़ें · Tab पूरा करता है · Esc रद्द · ~ आपका होम फ़ोल्डर
prompt-create-keys = Enter बनाएँ · Esc रद्द

## Completing a file name.
complete-none = इस तरह शुरू होने वाली कोई फ़ाइल या फ़ोल्डर नहीं।
complete-only = केवल यही नाम मेल खाता है: पूरा करने को और कुछ नहीं।
complete-several = { $count ->
    [one] { $count } नाम मेल खाता है
   *[other] { $count } नाम मेल खाते हैं
}: { $names }। और टाइप करें, फिर से Tab।

## Browsing.
title-browse = देखें
order-paper = शीट/पंक्ति
order-newest = नए पहले
order-oldest = पुराने पहले
browse-reading = रिकॉर्ड पढ़ रहे हैं…
browse-count = { $count ->
    [one] { $count } मिलान
   *[other] { $count } मिलान
} · क्रम: { $order }
browse-search = खोज:
browse-sorted = क्रम: { $order }।
browse-no-records = अभी कोई रिकॉर्ड नहीं: पहले कुछ शीटें टाइप करें।
browse-no-match = कुछ मेल नहीं खाता। Esc खोज साफ़ करता है।
column-event = कार्यक्रम
column-sheet = शीट
column-line = पंक्ति
column-status = स्थिति
status-ok = ठीक
status-illegible = अपठनीय
status-void = रद्द
status-purged = शोधित

## One record.
title-record = रिकॉर्ड
record-purged-refused = यह रिकॉर्ड समन्वयक को सौंपा गया और इस तिजोरी से शोधित हुआ: यहाँ इसे बदला नहीं जा सकता। समन्वयक से इसे संशोधित या रद्द करने को कहें।
record-nothing-changed = कुछ नहीं बदला।
record-amended-tui = ✓ संशोधित ({ $fields })। पुराने मान इतिहास में रहते हैं।
record-fix-marked = सहेजा नहीं गया: ✗ चिह्नित फ़ील्ड ठीक करें।
record-not-saved = सहेजा नहीं गया: { $error }
record-void-why = कारण बताएँ, जैसे "शीट 3 पंक्ति 4 का दोहराव", फिर Enter।
record-voided-tui = ✓ रद्द: अब यह गिना नहीं जाता। इसका इतिहास रहता है।
record-not-voided = रद्द नहीं हुआ: { $error }
record-typed = { $time } को डिवाइस { $device } पर टाइप हुआ
record-no-origin = (इसकी काग़ज़ी पंक्ति अभी नहीं आई)
record-values-purged = मान यहाँ शोधित
record-entered-id = { $entered } · id { $id }
record-amend-heading = संशोधन: मान बदलें, Enter सहेजता है, Esc रद्द करता है
record-voided-because = रद्द: { $reason }
record-void-prompt = क्यों रद्द करें?
record-void-keys = Enter रद्द करता है (गिनती से बाहर; इतिहास रहता है) · Esc रद्द
record-reading-history = इतिहास पढ़ रहे हैं…
record-history = इतिहास, पुराने पहले
record-history-purged = समन्वयक को सौंपा गया; इसके मान यहाँ शोधित हुए
record-unsaved-amend = एक संशोधन टाइप है पर सहेजा नहीं गया।
record-unsaved-void = एक रद्दीकरण टाइप है पर सहेजा नहीं गया।
record-status-valid = मान्य
record-status-illegible = अपठनीय
record-status-void = रद्द
record-status-purged = शोधित
history-added = शीट { $sheet } पंक्ति { $line } जोड़ी: { $values }
history-amended = संशोधित: { $values }
history-cleared = { $field } साफ़ किया
history-voided = रद्द: { $reason }
history-decided-kept = { $others } के समान हस्ताक्षरकर्ता तय; यह रखा गया
history-decided-duplicate = { $keep } का दोहराव तय
history-decided-different = { $others } से अलग व्यक्ति तय
history-verified-kept = दोहरी प्रविष्टि से सत्यापित ({ $others }); यह रखा गया
history-verified-entry = { $keep } वाली काग़ज़ की उसी पंक्ति की प्रविष्टि, उसके सत्यापन के रूप में रखी गई
history-undone = एक निर्णय वापस लिया

## Choosing the language.
key-language-help = स्क्रीनों की भाषा (इस तिजोरी में रखी जाती है)
key-language-choose-help = स्क्रीनें इस भाषा में दिखाएँ और इसे इस तिजोरी में रखें
key-language-cancel-help = रद्द: भाषा जैसी है वैसी रहती है
language-heading = स्क्रीनों की भाषा (Enter चुनता है, Esc रद्द करता है)
language-chosen = भाषा: { $language }। इस तिजोरी में रखी गई; `--lang` और FIELDSIGN_LANG अब भी एक बार के लिए चुनते हैं।
language-not-kept = भाषा: { $language }, केवल इस सत्र के लिए (नहीं रखी गई: { $error })

## TUI में शोधन, जब उसका थ्रेड डेटाबेस दोबारा लिख रहा हो।
purge-quit-after = शोधन डेटाबेस को दोबारा लिख रहा है और इसे बीच में नहीं रोका जाता: पूरा होते ही fieldsign बंद हो जाएगा।
purge-vault-busy = fieldsign का कोई दूसरा हिस्सा अभी तिजोरी पढ़ रहा है; थोड़ी देर में फिर कोशिश करें
purge-stopped = शोधन रुक गया: { $error }। स्थिति देखने के लिए तिजोरी खोलें, फिर अगर रिकॉर्ड अब भी बाकी हैं तो दोबारा शोधन करें।
tui-hint-join = मुख्य स्क्रीन पर, j से अभियान फ़ाइल जोड़ें
tui-hint-event-exists = यह मुख्य स्क्रीन की सूची में है: इसे चुनें और Enter दबाएँ
tui-hint-other-identity = किसी दूसरी पहचान फ़ाइल से खोलने के लिए, बाहर निकलें, फिर `fieldsign import bundle FILE --identity KEY` चलाएँ
tui-hint-larger-file = बड़ी फ़ाइल के लिए, बाहर निकलें, फिर `fieldsign import bundle --max-size SIZE FILE` चलाएँ
dashboard-no-goal = कोई लक्ष्य तय नहीं (तय करने के लिए, बाहर निकलें और `fieldsign campaign goal` चलाएँ)।

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = समन्वयक: चुने गए अभियान के उपकरण (रद्द करें, रसीद लिखें)
key-devices = उपकरण
key-receipt-help = चुने गए उपकरण के लिए रसीद लिखें (फ़ाइल पूछता है)
key-receipt = रसीद
key-receipt-path-help = रसीद की फ़ाइल, जैसे USB स्टिक पर
key-revoke-help = चुने गए उपकरण को रद्द करें (पहले पूछता है, उसका फ़िंगरप्रिंट दिखाकर)
key-revoke = रद्द करें
title-devices = उपकरण
home-devices-coordinators = उपकरण स्क्रीन समन्वयक की है: यह उन उपकरणों को दिखाती है जिनके बंडल इस तिजोरी ने आयात किए।
devices-heading = «{ $title }» के उपकरण
devices-col-fingerprint = फ़िंगरप्रिंट
devices-col-first = पहला
devices-col-last = अंतिम बंडल
devices-col-ops = क्रियाएँ
devices-col-records = प्रविष्टियाँ
devices-col-revoked = रद्द
devices-not-pinned = (कोई बंडल नहीं)
devices-not-pinned-help = इस उपकरण ने यहाँ कोई बंडल नहीं भेजा (यह इस तिजोरी का अपना है, या केवल दूसरों के बंडलों से ज्ञात है): इसकी कोई कुंजी नहीं जिसे रद्द किया जाए या जिसके लिए रसीद लिखी जाए।
devices-detail = उपकरण { $device } · { $fingerprint } · पहला बंडल { $first }, अंतिम { $last }
devices-already-revoked = यह उपकरण पहले से रद्द है।
devices-revoke-ask = फ़िंगरप्रिंट { $fingerprint } वाला उपकरण रद्द करें? अब से इसके हस्ताक्षर वाला हर बंडल अस्वीकार होगा; पहले भेजा गया बना रहेगा।
devices-receipt-for = उपकरण { $fingerprint } के लिए रसीद: यह पुष्टि करती है कि इस तिजोरी के पास उसके हस्ताक्षर से क्या है।
devices-receipt-file = फ़ाइल:
devices-receipt-file-needed = लिखें कि रसीद कहाँ सहेजनी है, जैसे USB स्टिक पर।
devices-receipt-exists = { $file } पहले से है। फिर से Enter उसे बदल देगा; या नाम बदलें।
devices-receipt-writing = रसीद एन्क्रिप्ट करके लिखी जा रही है…
devices-nothing-changed = { $error } कुछ भी लिखा या बदला नहीं गया।
