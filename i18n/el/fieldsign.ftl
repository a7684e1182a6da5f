### fieldsign: Ελληνικά. Γλωσσάρι: docs/glossary/el.md. Πληθυντικός ευγενείας.

-fieldsign = fieldsign

## Σφάλματα και προειδοποιήσεις της γραμμής εντολών.

error-prefix = σφάλμα: { $message }
warning-core-dumps = προειδοποίηση: δεν ήταν δυνατή η απενεργοποίηση των αποτυπωμάτων μνήμης ({ $reason })· σε κατάρρευση το περιεχόμενο της μνήμης μπορεί να γραφτεί στον δίσκο
error-invalid-value = σφάλμα: η τιμή που δόθηκε για το { $arg } δεν είναι έγκυρη{ $why }· δείτε `fieldsign --help`
error-unexpected-word = σφάλμα: δόθηκε μια απρόσμενη λέξη (δεν εμφανίζεται: μπορεί να είναι τιμή· οι τιμές δίνονται στο --field KEY=VALUE)· δείτε `fieldsign --help`
error-internal = σφάλμα: εσωτερικό σφάλμα του fieldsign στο { $place }. Τίποτα μη αποθηκευμένο δεν γράφτηκε· ό,τι η οθόνη έδειξε ως αποθηκευμένο είναι ασφαλές. Παρακαλούμε αναφέρετέ το (χωρίς κανένα στοιχείο υπογραφόντων).
error-file = σφάλμα: { $file }: { $message }
error-vault-in-use = το θησαυροφυλάκιο στο { $dir } χρησιμοποιείται από άλλη διεργασία fieldsign· κλείστε πρώτα εκείνη (μόνο μία μπορεί να το κρατά)
error-vault-closing = το θησαυροφυλάκιο στο { $dir } το κρατά μια διεργασία fieldsign που κλείνει αυτή τη στιγμή· δοκιμάστε ξανά σε λίγα δευτερόλεπτα
error-no-vault = δεν υπάρχει θησαυροφυλάκιο στο { $dir }: δημιουργήστε ένα με `fieldsign init` (ή δείξτε με --vault / FIELDSIGN_VAULT ένα υπάρχον)
error-wrong-passphrase = λάθος φράση πρόσβασης για αυτό το θησαυροφυλάκιο· δοκιμάστε ξανά (έχουν σημασία τα κεφαλαία). Αν είστε βέβαιοι ότι είναι σωστή, το αρχείο κλειδιού μπορεί να έχει φθαρεί: επαναφέρετε το key.age από αντίγραφο ασφαλείας
error-bundles-refused = απορρίφθηκαν { $failed } από { $total } πακέτα (δείτε παραπάνω· δεν άλλαξαν τίποτα)· τα υπόλοιπα εισήχθησαν

## Φράσεις πρόσβασης.

prompt-vault-passphrase = Φράση πρόσβασης θησαυροφυλακίου:{" "}
passphrase-choose = Επιλέξτε { $kind ->
    [new] νέα φράση πρόσβασης για το θησαυροφυλάκιο
   *[first] φράση πρόσβασης για το θησαυροφυλάκιο
}: μια μεγάλη φράση από πολλές λέξεις είναι και ισχυρή και εύκολη στην πληκτρολόγηση.
prompt-new-passphrase = Νέα φράση πρόσβασης θησαυροφυλακίου:{" "}
prompt-repeat-passphrase = Επαναλάβετε τη φράση πρόσβασης:{" "}
passphrase-short = Είναι σύντομη· όποιος πάρει τον φορητό μπορεί να τη μαντέψει. Προτιμήστε 4 ή περισσότερες λέξεις.
passphrase-mismatch = Οι δύο δεν ταιριάζουν· δοκιμάστε ξανά.
passphrase-changed = Η φράση πρόσβασης άλλαξε. Η παλιά δεν ανοίγει πια αυτό το θησαυροφυλάκιο.

## Θησαυροφυλάκιο και ταυτότητα.

vault-created = Δημιουργήθηκε θησαυροφυλάκιο στο { $dir }
vault-device = Συσκευή { $device }, αποτύπωμα κλειδιού υπογραφής { $fingerprint }
vault-next = Επόμενο βήμα: `fieldsign campaign join FILE` (διοργανωτής) ή `fieldsign campaign create --title …` (συντονιστής).
identity-exported = Η ΜΥΣΤΙΚΗ ταυτότητα age αυτού του θησαυροφυλακίου γράφτηκε στο { $file } (δικαιώματα 0600). Όποιος την έχει μπορεί να διαβάσει κάθε πακέτο που στέλνεται σε αυτό το θησαυροφυλάκιο: κρατήστε τη σε κρυπτογραφημένο δίσκο και διαγράψτε τη όταν τελειώσετε.

## Εκστρατείες και εκδηλώσεις.

campaign-created = Δημιουργήθηκε η εκστρατεία «{ $title }» ({ $id }). Δώστε το { $file } στους διοργανωτές: `fieldsign campaign join { $file }`· το αποτύπωμα του κλειδιού συντονιστή είναι { $fingerprint }.
campaign-joined = Συμμετέχετε πλέον στην «{ $title }» ({ $id }). Αποτύπωμα κλειδιού συντονιστή { $fingerprint }: ελέγξτε το με τον συντονιστή τηλεφωνικά ή αυτοπροσώπως.
campaign-none = Δεν υπάρχουν ακόμη εκστρατείες: `fieldsign campaign join FILE` ή `fieldsign campaign create --title …`.
show-role = ρόλος
show-role-coordinator = συντονιστής (αυτό το θησαυροφυλάκιο έχει το κλειδί υπογραφής της εκστρατείας)
show-role-organizer = οργανωτής
show-coordinator-key = κλειδί συντονιστή
show-goal = στόχος
show-goal-signatures = υπογραφές: { $count }
show-no-goal = δεν έχει οριστεί
show-fields = πεδία
show-required = υποχρεωτικό
show-field-role = ρόλος { $role }
show-no-events = καμία ακόμη
show-event-records = εγγραφές: { $count }
show-texts = κείμενο αναφοράς
show-no-texts = κανένα: το αρχείο της εκστρατείας δεν έχει κείμενο αναφοράς· ζητήστε το από τον συντονιστή
show-text-heading = Κείμενο αναφοράς, { $language } ({ $number } από { $count }):

## Εγγραφές.

record-amended = Η εγγραφή { $id } διορθώθηκε.
record-voided = Η εγγραφή { $id } ακυρώθηκε· δεν μετράει πια.
csv-imported = Εισήχθησαν { $count ->
    [one] { $count } υπογραφή
   *[other] { $count } υπογραφές
} στην «{ $event }» (φύλλα { $first }–{ $last }).

## Πακέτα, αποδείξεις, συσκευές.

bundle-what-all = όλα όσα υπάρχουν στο θησαυροφυλάκιο
bundle-what-new = όλα όσα δεν έχει επιβεβαιώσει ακόμη ο συντονιστής
bundle-written = Γράφτηκε το { $file } ({ $bytes } byte): { $ops ->
    [one] { $ops } λειτουργία
   *[other] { $ops } λειτουργίες
} ({ $adds ->
    [one] { $adds } νέα γραμμή
   *[other] { $adds } νέες γραμμές
}, { $amends ->
    [one] { $amends } διόρθωση
   *[other] { $amends } διορθώσεις
}, { $voids ->
    [one] { $voids } ακύρωση
   *[other] { $voids } ακυρώσεις
}) και { $events ->
    [one] { $events } εκδήλωση
   *[other] { $events } εκδηλώσεις
} της «{ $title }», { $what }, κρυπτογραφημένο για { $recipients ->
    [one] { $recipients } παραλήπτη συντονιστή
   *[other] { $recipients } παραλήπτες συντονιστή
} και υπογεγραμμένο από αυτή τη συσκευή ({ $fingerprint }).
bundle-empty = Σημείωση: ο συντονιστής έχει ήδη επιβεβαιώσει τα πάντα· αυτό το πακέτο δεν περιέχει λειτουργίες.
device-pinned = Καρφιτσώθηκε νέα συσκευή { $device } με αποτύπωμα { $fingerprint }: ελέγξτε το με τον διοργανωτή αυτοπροσώπως ή τηλεφωνικά.
bundle-replay = { $file }: έχει ήδη εισαχθεί (επανάληψη): και οι { $known } λειτουργίες ήταν γνωστές· τίποτα δεν άλλαξε.
bundle-imported = { $file }: εισήχθη στην «{ $title }» από τη συσκευή { $device } ({ $fingerprint }): νέες εγγραφές: { $records }, διορθώσεις: { $amends }, ακυρώσεις: { $voids }, νέες εκδηλώσεις: { $events }, ήδη γνωστές: { $known }, συγκρούσεις: 0· λειτουργίες από { $replicas }.
receipt-imported = Απόδειξη από τον συντονιστή της «{ $title }» ({ $created }): νέες επιβεβαιωμένες λειτουργίες: { $acknowledged }· απομένουν για αποστολή: { $unacknowledged }. Το `fieldsign purge --acknowledged` αφαιρεί από αυτόν τον φορητό ό,τι παραδόθηκε.
receipt-ignored = Προειδοποίηση: η απόδειξη επιβεβαιώνει επίσης λειτουργίες ({ $ignored }) που αυτός ο φορητός δεν έγραψε ποτέ (αριθμούς που δεν χρησιμοποίησε ή λειτουργίες άλλων συσκευών)· αγνοήθηκαν, οπότε το purge δεν θα αφαιρέσει τίποτα εξαιτίας τους. Ενημερώστε τον συντονιστή: άλλη συσκευή ίσως έστειλε λειτουργίες στο όνομα αυτού του φορητού.
receipt-written = Γράφτηκε το { $file }: επιβεβαιώνει { $count } λειτουργίες της συσκευής { $device } ({ $fingerprint }) για την «{ $title }», κρυπτογραφημένο για εκείνη τη συσκευή. Στείλτε το πίσω στον διοργανωτή.
device-none = Δεν υπάρχουν ακόμη συσκευές: καρφιτσώνονται όταν εισάγεται το πρώτο τους πακέτο.
device-revoked = Η συσκευή { $device } ({ $fingerprint }) ανακλήθηκε: τα επόμενα πακέτα της απορρίπτονται. Ό,τι έστειλε πριν μένει· ελέγξτε το με `fieldsign list`.

## `verify`.

verify-file = αρχείο
verify-format = μορφή
verify-campaign = εκστρατεία
verify-device = συσκευή
verify-created = δημιουργήθηκε
verify-recipients = παραλήπτες
verify-ranges = εύρη
verify-replicas = αντίγραφα
verify-operations = λειτουργίες
verify-events = εκδηλώσεις
verify-signed-by = υπογραφή από
verify-acknowledges = επιβεβαιώνει
verify-signature-valid = { $format } έκδ. { $version } (έγκυρη υπογραφή)
verify-device-fingerprint = { $device } αποτύπωμα { $fingerprint } — { $status }
verify-device-known = γνωστή (καρφιτσωμένη)
verify-device-unknown = άγνωστη ακόμη (η εισαγωγή την καρφιτσώνει)
verify-device-revoked = ΑΝΑΚΛΗΘΗΚΕ (η εισαγωγή θα απορριφθεί)
verify-device-mismatch = ΑΣΥΜΦΩΝΙΑ ΚΛΕΙΔΙΟΥ: καρφιτσώθηκε με { $pinned } (η εισαγωγή θα απορριφθεί)
verify-operation-kinds = { $ops } ({ $adds ->
    [one] { $adds } νέα γραμμή
   *[other] { $adds } νέες γραμμές
}, { $amends ->
    [one] { $amends } διόρθωση
   *[other] { $amends } διορθώσεις
}, { $voids ->
    [one] { $voids } ακύρωση
   *[other] { $voids } ακυρώσεις
})
verify-from-coordinator = ο συντονιστής της εκστρατείας
verify-not-coordinator = ΟΧΙ ο συντονιστής αυτής της εκστρατείας (η εισαγωγή θα απορριφθεί)
verify-acknowledged = { $ranges } ({ $count } λειτουργίες)

## Εκκαθάριση.

purge-done = Παραδόθηκαν και εκκαθαρίστηκαν: { $valid }
purge-also = · οι τιμές αφαιρέθηκαν επίσης από { $lines } (μετρούν ακόμη ως τέτοιες)
purge-illegible-lines = { $count ->
    [one] { $count } δυσανάγνωστη γραμμή
   *[other] { $count } δυσανάγνωστες γραμμές
}
purge-void-lines = { $count ->
    [one] { $count } ακυρωμένη γραμμή
   *[other] { $count } ακυρωμένες γραμμές
}
purge-and = { $first } και { $second }
purge-cleared = · { $ops ->
    [one] { $ops } λειτουργία εκκαθαρίστηκε
   *[other] { $ops } λειτουργίες εκκαθαρίστηκαν
}· { $waiting ->
    [one] { $waiting } εγγραφή περιμένει
   *[other] { $waiting } εγγραφές περιμένουν
} απόδειξη.
purge-rewritten = Η βάση δεδομένων ξαναγράφτηκε χωρίς αυτές.
purge-nothing = Δεν υπάρχει τίποτα για εκκαθάριση: εισαγάγετε πρώτα μια απόδειξη από τον συντονιστή (`fieldsign import receipt FILE`).

## Αναφορές, εξαγωγή παράδοσης, διπλότυπα.

report-all = όλα
report-event = εκδήλωση { $name } { $date }
report-device = συσκευή { $device }
report-by-country = έγκυρες ανά χώρα: { $countries }
report-purged = Παραδόθηκαν και εκκαθαρίστηκαν από αυτό το θησαυροφυλάκιο: { $count } (μετρούν, οι τιμές αφαιρέθηκαν).
export-written = Γράφτηκαν { $count ->
    [one] { $count } έγκυρη υπογραφή
   *[other] { $count } έγκυρες υπογραφές
} της «{ $title }» στο { $file }.
export-plain-warning = ΠΡΟΣΟΧΗ: το { $file } είναι ΑΠΛΟ ΚΕΙΜΕΝΟ: όποιος το αποκτήσει διαβάζει το όνομα και τα στοιχεία επικοινωνίας κάθε υπογράφοντα. Παραδώστε το από ασφαλές κανάλι και διαγράψτε το όταν τελειώσετε.
export-purged-left-out = { $count ->
    [one] { $count } εκκαθαρισμένη εγγραφή παραλείφθηκε: οι τιμές της υπάρχουν μόνο στον συντονιστή.
   *[other] { $count } εκκαθαρισμένες εγγραφές παραλείφθηκαν: οι τιμές τους υπάρχουν μόνο στον συντονιστή.
}
dedupe-none = Κανένα πιθανό διπλότυπο ανάμεσα σε { $count ->
    [one] { $count } έγκυρη εγγραφή
   *[other] { $count } έγκυρες εγγραφές
}.
dedupe-none-likely = Κανένα πιθανό διπλότυπο ανάμεσα σε { $count ->
    [one] { $count } έγκυρη εγγραφή
   *[other] { $count } έγκυρες εγγραφές
} (το `--possible` δείχνει και ζεύγη που αξίζει να ελεγχθούν).
dedupe-groups = { $count ->
    [one] { $count } ομάδα
   *[other] { $count } ομάδες
} πιθανών διπλοτύπων, τα βεβαιότερα πρώτα. Ελέγξτε τα χάρτινα φύλλα και ακυρώστε τα περιττά: `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } ομάδα
   *[other] { $count } ομάδες
} πιθανών ή ενδεχόμενων διπλοτύπων, τα βεβαιότερα πρώτα. Ελέγξτε τα χάρτινα φύλλα και ακυρώστε τα περιττά: `fieldsign void ID --reason "duplicate of …"`.

## Άλλα σφάλματα του θησαυροφυλακίου

error-already-exists = υπάρχει ήδη θησαυροφυλάκιο στο { $dir }· χρησιμοποιήστε αυτό ή επιλέξτε άλλον φάκελο με --vault
error-unknown-campaign = καμία εκστρατεία δεν ταιριάζει με το --campaign που δόθηκε (δεν εμφανίζεται: μπορεί να είναι τιμή)· το `fieldsign campaign list` τις εμφανίζει, το `fieldsign campaign join FILE` σας εντάσσει σε μία
error-no-campaigns = αυτό το θησαυροφυλάκιο δεν έχει ακόμη εκστρατεία· συμμετάσχετε με `fieldsign campaign join FILE` ή δημιουργήστε μία με `fieldsign campaign create`
error-campaign-needed = αυτό το θησαυροφυλάκιο έχει πολλές εκστρατείες ({ $campaigns })· ορίστε μία με --campaign
error-ambiguous-campaign = το --campaign που δόθηκε ταιριάζει με πολλές εκστρατείες ({ $matches })· δώστε καλύτερα το id
error-unknown-event = καμία εκδήλωση αυτής της εκστρατείας δεν ταιριάζει με το --event που δόθηκε (δεν εμφανίζεται: μπορεί να είναι τιμή)· το `fieldsign event list` τις εμφανίζει, το `fieldsign event create` προσθέτει μία
error-ambiguous-event = το --event που δόθηκε ταιριάζει με πολλές εκδηλώσεις ({ $matches })· δώστε καλύτερα το id
error-unknown-record = δεν υπάρχει εγγραφή με id { $id } σε αυτό το θησαυροφυλάκιο· το `fieldsign list` εμφανίζει τα id
