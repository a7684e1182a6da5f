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
