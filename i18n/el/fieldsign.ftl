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

## The terminal UI (src/tui). Key names (Enter, Esc, Tab, Ctrl-L) stay as printed on the keys.
key-privacy-help = λειτουργία απορρήτου: απόκρυψη των προσωπικών πεδίων προηγούμενων καταχωρίσεων
key-lock-help = κλείδωμα τώρα· και αυτόματα μετά από λίγο χωρίς πάτημα πλήκτρου
key-lock = κλείδωμα
key-quit-help = έξοδος (ρωτά πρώτα αν κάτι είναι μισοπληκτρολογημένο)
key-quit = έξοδος
key-help-help = αυτή η βοήθεια (το ? μόνο όπου κανένα πεδίο κειμένου δεν είναι ενεργό)
key-help = βοήθεια
key-quit-lose = έξοδος, χάνεται
key-go-back-to-it = επιστροφή σε αυτό
key-close-help-help = κλείσιμο αυτής της βοήθειας
key-close-help = κλείσιμο βοήθειας
key-unlock-help = ξεκλείδωμα με τη φράση πρόσβασης που πληκτρολογήθηκε
key-unlock = ξεκλείδωμα
key-home-choose-help = επιλογή εκστρατείας ή εκδήλωσης
key-first-last-help = η πρώτη / τελευταία γραμμή της λίστας
key-home-open-help = σε εκδήλωση: πληκτρολόγηση των φύλλων της· σε εκστρατεία: περιήγηση
key-type-sheets = πληκτρολόγηση φύλλων
key-new-event-help = δημιουργία εκδήλωσης στην επιλεγμένη εκστρατεία
key-new-event = νέα εκδήλωση
key-browse-help = περιήγηση, αναζήτηση και διόρθωση των εγγραφών της εκστρατείας
key-browse = περιήγηση
key-join-help = συμμετοχή με αρχείο εκστρατείας από τον συντονιστή σας
key-join = συμμετοχή
key-create-help = δημιουργία τοπικής εκστρατείας
key-create = δημιουργία
key-export-help = εξαγωγή πακέτου της επιλεγμένης εκστρατείας για τον συντονιστή
key-export = εξαγωγή
key-import-help = εισαγωγή πακέτου (συντονιστής) ή απόδειξης (διοργανωτής)
key-petition-help = το κείμενο της αναφοράς της εκστρατείας (για να το διαβάσετε σε όποιον υπογράφει)
key-dashboard-help = συντονιστής: ο πίνακας της επιλεγμένης εκστρατείας
key-second-entry-help = σε εκδήλωση: τα φύλλα της ξανά, τυφλά (διπλή καταχώριση)
key-create-event-help = δημιουργία της εκδήλωσης
key-confirm = επιβεβαίωση
key-next-field = επόμενο πεδίο
key-cancel-event-help = ακύρωση: δεν δημιουργείται εκδήλωση
key-cancel = ακύρωση
key-confirm-prompt-help = επιβεβαίωση της εισόδου
key-complete = συμπλήρωση
key-cancel-prompt-help = ακύρωση της εισόδου
key-complete-help = συμπλήρωση του ονόματος αρχείου ή φακέλου που πληκτρολογήθηκε
key-next-field-help = επόμενο πεδίο (και Shift-Tab, ↑ ↓ μετακινούν)
key-type = πληκτρολόγηση
key-search-help = αναζήτηση καθώς πληκτρολογείτε (οποιοδήποτε πεδίο· χωρίς τόνους και πεζά/κεφαλαία)
key-search = αναζήτηση
key-move-help = μετακίνηση στη λίστα
key-choose = επιλογή
key-page-help = μια σελίδα πάνω / κάτω
key-first-last-record-help = πρώτη / τελευταία εγγραφή
key-open-record-help = άνοιγμα εγγραφής: διόρθωση, ακύρωση, ιστορικό
key-open = άνοιγμα
key-sort-help = ταξινόμηση: φύλλο/γραμμή, νεότερες πρώτα, παλαιότερες πρώτα
key-sort = ταξινόμηση
key-clear-search-help = καθαρισμός αναζήτησης, μετά πίσω
key-back = πίσω
key-count-again-help = νέα καταμέτρηση (μετά από εισαγωγή πακέτων)
key-count-again = νέα καταμέτρηση
key-back-campaigns-help = πίσω στις εκστρατείες
key-entry-field-help = επόμενο / προηγούμενο πεδίο (και ↓ ↑)
key-save-line-help = αποθήκευση της γραμμής (πρώτα στον δίσκο)· δύο φορές: αποθήκευση διπλότυπου
key-save = αποθήκευση
key-illegible-help = αποθήκευση αυτής της γραμμής του χαρτιού ως δυσανάγνωστης ή διαγραμμένης
key-illegible = δυσανάγνωστη
key-next-sheet-help = έναρξη του επόμενου φύλλου χαρτιού
key-next-sheet = επόμενο φύλλο
key-sheet-setup-help = ρύθμιση φύλλου: αριθμός φύλλου, επόμενη γραμμή, γραμμές ανά φύλλο
key-clear-line-help = καθαρισμός όλης της γραμμής· το Ctrl-U καθαρίζει ένα πεδίο
key-browse-event-help = περιήγηση και διόρθωση των εγγραφών αυτής της εκδήλωσης
key-petition-entry-help = το κείμενο της αναφοράς, για να το διαβάσετε· το Esc επιστρέφει
key-tick-help = τσεκάρισμα / ξετσεκάρισμα πεδίου επιλογής
key-entry-back-help = πίσω στην αρχική (ρωτά πρώτα αν η γραμμή είναι μισοπληκτρολογημένη)
key-all-keys = όλα τα πλήκτρα
key-apply-setup-help = εφαρμογή αριθμού φύλλου, επόμενης γραμμής και γραμμών ανά φύλλο
key-apply = εφαρμογή
key-next = επόμενο
key-cancel-setup-help = ακύρωση: το φύλλο μένει όπως ήταν
key-export-path-help = πού θα γραφτεί το πακέτο (το ~ είναι ο προσωπικός σας φάκελος)
key-write-help = εγγραφή (ρωτά πριν αντικαταστήσει αρχείο)
key-write-file = εγγραφή αρχείου
key-all-new-help = όλα όσα υπάρχουν, ή μόνο όσα δεν έχουν επιβεβαιωθεί
key-all-new = όλα / νέα
key-import-path-help = η διαδρομή του αρχείου πακέτου ή απόδειξης (το ~ είναι ο προσωπικός σας φάκελος)
key-import-it-help = έλεγχος και εισαγωγή
key-import = εισαγωγή
key-purge-delivered-help = εκκαθάριση: αφαίρεση από αυτόν τον υπολογιστή των προσωπικών δεδομένων που επιβεβαίωσε ο συντονιστής (ρωτά πρώτα)
key-purge-delivered = εκκαθάριση παραδομένων
key-next-language-help = το κείμενο στην επόμενη γλώσσα της εκστρατείας
key-next-language = επόμενη γλώσσα
key-scroll-help = κύλιση κειμένου μεγαλύτερου από το παράθυρο
key-scroll = κύλιση
key-purge-now-help = εκκαθάριση τώρα: οι τιμές αφαιρούνται οριστικά από αυτόν τον υπολογιστή
key-purge-now = εκκαθάριση, χωρίς επιστροφή
key-keep-help = διατήρηση όλων και επιστροφή
key-keep = διατήρηση και πίσω
key-amend-help = διόρθωση: αλλαγή τιμών (οι παλιές μένουν στο ιστορικό)
key-amend = διόρθωση
key-void-help = ακύρωση με αιτιολογία: η εγγραφή παύει να μετράει
key-void = ακύρωση εγγραφής
key-history-help = εμφάνιση ή απόκρυψη του ιστορικού αλλαγών
key-history = ιστορικό
key-back-list-help = πίσω στη λίστα
key-save-amendment-help = αποθήκευση της διόρθωσης (οι παλιές τιμές μένουν στο ιστορικό)
key-cancel-nothing-help = ακύρωση: τίποτα δεν αλλάζει
key-void-reason-help = ακύρωση με την αιτιολογία που γράφτηκε (παύει να μετράει· το ιστορικό μένει)
key-switch-field-help = εναλλαγή μεταξύ των δύο πεδίων φράσης πρόσβασης
key-switch-field = άλλο πεδίο
key-wizard-next-help = επόμενο πεδίο, μετά δημιουργία του θησαυροφυλακίου
key-join-file = συμμετοχή με αρχείο
key-create-campaign = δημιουργία εκστρατείας
key-skip-help = παράλειψη αυτού του βήματος (η αρχική τα προσφέρει και τα δύο)
key-skip = παράλειψη

## The frame around every screen.
tui-privacy-on = ΑΠΟΡΡΗΤΟ ΕΝΕΡΓΟ
tui-quit-anyway = Έξοδος παρ' όλα αυτά, με απώλεια;
tui-quit-title = Έξοδος;
tui-too-small = Το παράθυρο είναι πολύ μικρό ({ $size }· χρειάζεται { $needs }).
tui-too-small-keys =
    Μεγαλώστε το για να συνεχίσετε· μέχρι τότε τα πλήκτρα αγνοούνται,
    εκτός από Ctrl-L (κλείδωμα) και Ctrl-Q (έξοδος).
tui-too-small-sheet = Το φύλλο { $sheet } μένει ανοιχτό όπως ήταν.
tui-help-heading = Πλήκτρα σε αυτή την οθόνη ({ $screen })
tui-help-everywhere = Παντού
tui-help-close = Το Esc κλείνει αυτή τη βοήθεια
tui-help-title = Βοήθεια

## Why a field's value is refused.
error-field-value = το πεδίο `{ $field }` { $problem }
value-required = είναι υποχρεωτικό
value-too-long = είναι πολύ μεγάλο (το πολύ { $graphemes } χαρακτήρες και { $bytes } byte όπως κι αν γραφτούν οι χαρακτήρες)
value-control = περιέχει χαρακτήρες ελέγχου (όπως ακολουθίες τερματικού, στηλοθέτες ή αλλαγές γραμμής)
value-bidi = περιέχει χαρακτήρες αλλαγής κατεύθυνσης κειμένου (U+202A–U+202E, U+2066–U+2069 ή σημάδια κατεύθυνσης)
value-invisible = περιέχει αόρατους χαρακτήρες (όπως κενό μηδενικού πλάτους ή μαλακό ενωτικό)
value-email = δεν είναι διεύθυνση email (αναμένεται name@example.org)
value-phone = δεν είναι αριθμός τηλεφώνου (ψηφία, κενά, + - ( ) . · 5 έως 20 ψηφία)
value-country = δεν είναι κωδικός χώρας ISO 3166 (δύο γράμματα, π.χ. DE, GR, IN)
value-postcode = δεν είναι ταχυδρομικός κώδικας (γράμματα, ψηφία, κενά και -· έως 12)
value-date = δεν είναι ημερομηνία (αναμένεται ΕΕΕΕ-ΜΜ-ΗΗ)
value-checkbox = δεν είναι τιμή πεδίου επιλογής (`yes/no, y/n, x, 1/0, true/false`)
value-choice = δεν είναι ένα από: { $options }

## Fields.
field-name = Όνομα
field-email = Ηλ. ταχυδρομείο
field-phone = Τηλέφωνο
field-city = Πόλη
field-country = Χώρα
field-postcode = Τ.Κ.
field-contact-ok = Επικοινωνία ναι
field-place = Τόπος
field-date = Ημερομηνία
hint-phone = ψηφία, + - ( )
hint-country = 2 γράμματα: DE, GR, IN…
hint-postcode = γράμματα, ψηφία, -
hint-checkbox = Το κενό τσεκάρει / ξετσεκάρει
hint-choice = ένα από: { $options }

## The unlock screen.
title-locked = κλειδωμένο
unlock-heading = Το θησαυροφυλάκιο είναι κλειδωμένο.
unlock-vault = Θησαυροφυλάκιο:
unlock-passphrase = Φράση πρόσβασης:
unlock-busy = Ξεκλείδωμα… (διαρκεί ένα-δύο δευτερόλεπτα σκόπιμα)
unlock-hint = Πληκτρολογήστε τη φράση πρόσβασης και πατήστε Enter.
unlock-empty = Πληκτρολογήστε τη φράση πρόσβασης του θησαυροφυλακίου και πατήστε Enter.
unlock-wrong = Λάθος φράση πρόσβασης. Δοκιμάστε ξανά (έχουν σημασία τα κεφαλαία: ελέγξτε το Caps Lock και τη διάταξη πληκτρολογίου).

## Locking and privacy mode.
lock-idle = Κλείδωσε μόνο του μετά από { $limit } χωρίς πάτημα πλήκτρου. Ξεκλειδώστε για να συνεχίσετε από εκεί που ήσασταν.
lock-key = Κλειδώθηκε (Ctrl-L). Ξεκλειδώστε για να συνεχίσετε από εκεί που ήσασταν.
privacy-on = Λειτουργία απορρήτου ενεργή: τα προσωπικά πεδία προηγούμενων καταχωρίσεων είναι κρυφά. Το Ctrl-P τα δείχνει.
privacy-off = Λειτουργία απορρήτου ανενεργή.
duration-seconds = { $seconds } δευτ.
duration-minutes = { $minutes } λεπ.
duration-minutes-seconds = { $minutes } λεπ. { $seconds } δευτ.

title-home = αρχική
count-events = { $count ->
    [one] { $count } εκδήλωση
   *[other] { $count } εκδηλώσεις
}
count-lines = { $count ->
    [one] { $count } γραμμή
   *[other] { $count } γραμμές
}
counting = καταμέτρηση…
role-coordinator = συντονιστής
role-organizer = διοργανωτής

## Home.
home-heading = Εκστρατείες και εκδηλώσεις
home-empty = Δεν υπάρχει ακόμη εκστρατεία σε αυτό το θησαυροφυλάκιο.
home-empty-join = συμμετοχή με το αρχείο εκστρατείας που σας έδωσε ο συντονιστής
home-empty-create = δημιουργία τοπικής εκστρατείας που συντονίζετε εσείς
home-new-event = νέα εκδήλωση…
home-new-event-title = Νέα εκδήλωση στην «{ $campaign }» (Enter δημιουργεί, Esc ακυρώνει)
home-event-created = Δημιουργήθηκε η εκδήλωση «{ $event }». Το Enter ξεκινά την πληκτρολόγηση των φύλλων της.
home-second-entry-event = Πρώτα επιλέξτε εκδήλωση (↑ ↓): το v πληκτρολογεί ξανά τα φύλλα της, τυφλά, για επαλήθευση.
home-campaign-first = Πρώτα συμμετοχή (j) ή δημιουργία (c) εκστρατείας· οι εκδηλώσεις ανήκουν σε εκστρατεία.
home-this-device = Αυτή η συσκευή:
home-device-checked = (την ελέγχει ο συντονιστής)
home-dashboard-coordinators = Ο πίνακας είναι του συντονιστή: μετράει ό,τι φτάνει από κάθε διοργανωτή. Ό,τι έχει αυτός ο υπολογιστής μετριέται εδώ, κάτω από τη λίστα.
standing-valid = { $count } έγκυρες
standing-void = { $count } ακυρωμένες
standing-illegible = { $count } δυσανάγνωστες
standing-purged = { $count } παραδόθηκαν και εκκαθαρίστηκαν
standing-unsent = { $count ->
    [one] { $count } αλλαγή δεν έχει σταλεί ακόμη
   *[other] { $count } αλλαγές δεν έχουν σταλεί ακόμη
}
standing-last-bundle = τελευταίο πακέτο { $time }
standing-no-bundle = δεν έχει γραφτεί ακόμη πακέτο
list-and = { $rest } και { $last }

## Sheet entry.
title-entry = πληκτρολόγηση φύλλων
entry-start = Φύλλο { $sheet }, γραμμή { $line }: γράψτε τον πρώτο που υπογράφει. Το Tab αλλάζει πεδίο, το Enter αποθηκεύει.
entry-continue = Συνέχεια του φύλλου { $sheet } από τη γραμμή { $line }. Το Ctrl-N ξεκινά το φύλλο { $next }.
entry-not-saved-check = Δεν αποθηκεύτηκε. Ελέγξτε τη γραμμή με το χαρτί (το Ctrl-T ορίζει τον αριθμό γραμμής), μετά Enter.
entry-unsaved-leave = Η γραμμή { $line } είναι γραμμένη αλλά όχι αποθηκευμένη. Το Enter την αποθηκεύει· το Esc ξανά την απορρίπτει και επιστρέφει.
entry-unsaved-next = Η γραμμή { $line } είναι γραμμένη αλλά όχι αποθηκευμένη. Το Enter την αποθηκεύει· το Ctrl-N ξανά την απορρίπτει και ξεκινά το φύλλο { $next }.
entry-unsaved-resume = Η γραμμή { $line } του φύλλου { $sheet } είναι γραμμένη αλλά όχι αποθηκευμένη.
entry-sheet-line = φύλλο { $sheet } γραμμή { $line }
entry-sheet-line-elsewhere = φύλλο { $sheet } γραμμή { $line } άλλης εκδήλωσης
entry-nothing-typed = Τίποτα δεν γράφτηκε στη γραμμή { $line }. Γράψτε αυτόν που υπογράφει, ή Ctrl-X αν η γραμμή του χαρτιού είναι δυσανάγνωστη ή διαγραμμένη.
entry-fix-fields = Η γραμμή { $line } δεν αποθηκεύτηκε: διορθώστε { $fields } (σημειωμένα με ✗), μετά Enter.
entry-fix-marked = Η γραμμή { $line } δεν αποθηκεύτηκε: διορθώστε τα πεδία με ✗, μετά Enter.
entry-again-save = Ξανά Enter
entry-again-illegible = Ξανά Ctrl-X
entry-retype = Το φύλλο { $sheet } γραμμή { $line } είναι ήδη γραμμένο: { $again } αποθηκεύει δεύτερη καταχώριση, το Esc επιστρέφει.
entry-beyond = Η γραμμή { $line } είναι πέρα από τις { $lines } γραμμές ενός φύλλου: { $again } την αποθηκεύει, το Esc επιστρέφει (το Ctrl-T αλλάζει τη ρύθμιση του φύλλου).
entry-duplicate = Πιθανώς ο ίδιος που υπέγραψε στο { $places }. Ξανά Enter αποθηκεύει παρ' όλα αυτά· το Esc επιστρέφει στη γραμμή.
entry-likely-duplicate = ⚠ Πιθανό διπλότυπο: { $places }
entry-not-saved-error = Η γραμμή { $line } ΔΕΝ αποθηκεύτηκε: { $error }
entry-saved = ✓ Αποθηκεύτηκε: { $what }. Τώρα γραμμή { $line }.
entry-saved-complete = ✓ Αποθηκεύτηκε: { $what }. Το φύλλο { $sheet } είναι πλήρες ({ $count } από { $lines }): το Ctrl-N ξεκινά το φύλλο { $next }.
entry-saved-illegible = φύλλο { $sheet } γραμμή { $line } ως δυσανάγνωστη
entry-next-paper = Φύλλο { $sheet }, γραμμή { $line }: πάρτε το επόμενο φύλλο χαρτιού.
entry-setup-heading = Ρύθμιση φύλλου (Enter εφαρμόζει, Esc ακυρώνει)
entry-setup-number = πρέπει να είναι αριθμός από 1
entry-setup-session-only = Οι γραμμές ανά φύλλο ισχύουν μόνο σε αυτή τη συνεδρία: { $error }
entry-setup-done = Φύλλο { $sheet }, επόμενη γραμμή { $line }.
entry-tally-complete = { $count } από { $lines } γραμμές γραμμένες · φύλλο πλήρες
entry-tally-left = { $count } από { $lines } γραμμές γραμμένες · μένουν { $left }
entry-tally = { $count ->
    [one] { $count } γραμμή γραμμένη σε αυτό το φύλλο
   *[other] { $count } γραμμές γραμμένες σε αυτό το φύλλο
}
entry-sheet = Φύλλο
entry-line = Γραμμή
entry-nothing-saved = Τίποτα δεν έχει αποθηκευτεί σε αυτό το φύλλο ακόμη.
entry-privacy-mode = λειτουργία απορρήτου
entry-illegible = δυσανάγνωστη
entry-last-saved = Τελευταία αποθήκευση:
entry-blind-heading = δεύτερη καταχώριση, τυφλά
entry-blind-start = Δεύτερη καταχώριση του φύλλου { $sheet }, από τη γραμμή { $line }: γράψτε ό,τι λέει το χαρτί. Η πρώτη καταχώριση δεν φαίνεται.
entry-blind-none = Καμία γραμμή αυτής της εκδήλωσης δεν περιμένει δεύτερη καταχώριση σε αυτό το θησαυροφυλάκιο. Πληκτρολογήστε φύλλα που έχουν ήδη γραφτεί (το Ctrl-T ορίζει φύλλο και γραμμή).
entry-blind-tally = { $count ->
    [one] { $count } γραμμή γραμμένη
   *[other] { $count } γραμμές γραμμένες
} · { $again } γραμμένες ξανά
entry-blind-differs = Η γραμμή { $line } ΔΕΝ αποθηκεύτηκε ακόμη: διαφέρει από την πρώτη καταχώριση σε { $fields }. Διαβάστε ξανά το χαρτί και γράψτε ό,τι λέει (τα πεδία καθαρίστηκαν), μετά { $again }.
entry-blind-differs-kind = Η γραμμή { $line } ΔΕΝ αποθηκεύτηκε ακόμη: διαφέρει από την πρώτη καταχώριση ως προς το αν η γραμμή του χαρτιού είναι υπογραφή ή δυσανάγνωστη. Κοιτάξτε ξανά το χαρτί: το Enter αποθηκεύει υπογραφή, το Ctrl-X δυσανάγνωστη γραμμή.
entry-blind-kind-field = υπογραφή ή δυσανάγνωστη
entry-blind-read-paper = διαφέρει από την πρώτη καταχώριση: γράψτε ό,τι λέει το χαρτί
entry-blind-agrees = ✓ Αποθηκεύτηκε: { $what }· συμφωνεί με την πρώτη καταχώριση, επαληθεύτηκε. Τώρα γραμμή { $line }.
entry-blind-still-differs = Αποθηκεύτηκε: { $what }· διαφέρει ακόμη από την πρώτη καταχώριση σε { $fields }: μένει για επίλυση. Τώρα γραμμή { $line }.
entry-blind-sheet-done = Κάθε γραμμένη γραμμή του φύλλου { $sheet } έχει τώρα δεύτερη καταχώριση: Ctrl-N για το φύλλο { $next }.
entry-blind-last-agrees = συμφωνεί, επαληθεύτηκε
entry-blind-last-differs = διαφέρει σε { $fields }: μένει για επίλυση
entry-blind-nothing-saved = Τίποτα δεν έχει αποθηκευτεί ακόμη σε αυτή τη δεύτερη καταχώριση.
field-sheet = Φύλλο
field-next-line = Επόμενη γραμμή
field-lines-per-sheet = Γραμμές ανά φύλλο

## The first start.
title-first-start = πρώτη εκκίνηση
wizard-too-short = Τουλάχιστον { $min } χαρακτήρες· καλύτερα αρκετές λέξεις.
wizard-differ = Οι δύο φράσεις πρόσβασης διαφέρουν. Γράψτε την ξανά στο δεύτερο πεδίο.
wizard-welcome = Καλώς ήρθατε στο fieldsign. Βήμα 1 από 2: δημιουργήστε το θησαυροφυλάκιό σας
wizard-encrypted = Ό,τι πληκτρολογείτε φυλάσσεται κρυπτογραφημένο σε θησαυροφυλάκιο στο
wizard-choose =
    Επιλέξτε φράση πρόσβασης για να το κλειδώσετε. Μια φράση τεσσάρων ή περισσότερων λέξεων
    είναι ισχυρή και εύκολη. Κανείς δεν μπορεί να την ανακτήσει αν χαθεί.
wizard-passphrase = Φράση πρόσβασης:
wizard-repeat = Ξανά:
wizard-strength = Ισχύς:
wizard-creating = Δημιουργία του θησαυροφυλακίου… (ένα-δύο δευτερόλεπτα)
wizard-keys = Το Tab αλλάζει πεδίο · το Enter δημιουργεί το θησαυροφυλάκιο
strength-empty = γράψτε μια φράση πρόσβασης
strength-too-short = πολύ μικρή: όποιος έχει τον υπολογιστή θα τη μάντευε
strength-strong = ισχυρή
strength-fair = μέτρια: τέσσερις ή περισσότερες λέξεις θα ήταν ισχυρότερες
strength-weak = αδύναμη: χρησιμοποιήστε τέσσερις ή περισσότερες λέξεις
setup-heading = Το θησαυροφυλάκιο δημιουργήθηκε. Βήμα 2 από 2: η εκστρατεία σας
setup-either = Οι υπογραφές ανήκουν σε εκστρατεία. Είτε:
setup-join-file = (ένα αρχείο .fieldsign, π.χ. σε στικάκι USB)
setup-skip = παράλειψη προς το παρόν (η αρχική τα προσφέρει και τα δύο)

## Prompts.
prompt-campaign-file = Αρχείο εκστρατείας:
prompt-campaign-title = Τίτλος εκστρατείας:
prompt-file-needed = γράψτε τη διαδρομή του αρχείου εκστρατείας που σας έδωσε ο συντονιστής
prompt-joined = Συμμετοχή στην «{ $campaign }». Κλειδί συντονιστή { $fingerprint }: ελέγξτε το με τον συντονιστή σας αυτοπροσώπως ή τηλεφωνικά.
prompt-title-needed = γράψτε έναν τίτλο, π.χ. «Ελευθερία σε όλους»
prompt-created = Δημιουργήθηκε η τοπική εκστρατεία «{ $campaign }» με τα τυπικά πεδία. Επόμενο: δημιουργήστε εκδήλωση (n).
prompt-join-keys = Enter συμμετοχή · Tab συμπληρώνει · Esc ακύρωση · ~ ο προσωπικός φάκελος
prompt-create-keys = Enter δημιουργία · Esc ακύρωση

## Completing a file name.
complete-none = Κανένα αρχείο ή φάκελος δεν αρχίζει έτσι.
complete-only = Αυτό είναι το μόνο όνομα που ταιριάζει: τίποτα άλλο για συμπλήρωση.
complete-several = { $count ->
    [one] { $count } όνομα ταιριάζει
   *[other] { $count } ονόματα ταιριάζουν
}: { $names }. Γράψτε περισσότερα, μετά ξανά Tab.

## Browsing.
title-browse = περιήγηση
order-paper = φύλλο/γραμμή
order-newest = νεότερες πρώτα
order-oldest = παλαιότερες πρώτα
browse-reading = ανάγνωση των εγγραφών…
browse-count = { $count ->
    [one] { $count } αποτέλεσμα
   *[other] { $count } αποτελέσματα
} · ταξινόμηση: { $order }
browse-search = Αναζήτηση:
browse-sorted = Ταξινόμηση: { $order }.
browse-no-records = Δεν υπάρχουν εγγραφές ακόμη: πληκτρολογήστε πρώτα μερικά φύλλα.
browse-no-match = Τίποτα δεν ταιριάζει. Το Esc καθαρίζει την αναζήτηση.
column-event = ΕΚΔΗΛΩΣΗ
column-sheet = ΦΥΛΛΟ
column-line = ΓΡΑΜ.
column-status = ΚΑΤΑΣΤΑΣΗ
status-ok = εντάξει
status-illegible = δυσανάγν.
status-void = ΑΚΥΡΗ
status-purged = εκκαθαρ.

## One record.
title-record = εγγραφή
record-purged-refused = Αυτή η εγγραφή παραδόθηκε στον συντονιστή και εκκαθαρίστηκε από αυτό το θησαυροφυλάκιο: δεν αλλάζει εδώ. Ζητήστε από τον συντονιστή να τη διορθώσει ή να την ακυρώσει.
record-nothing-changed = Τίποτα δεν άλλαξε.
record-amended-tui = ✓ Διορθώθηκε ({ $fields }). Οι παλιές τιμές μένουν στο ιστορικό.
record-fix-marked = Δεν αποθηκεύτηκε: διορθώστε τα πεδία με ✗.
record-not-saved = Δεν αποθηκεύτηκε: { $error }
record-void-why = Πείτε γιατί, π.χ. «διπλότυπο του φύλλου 3 γραμμή 4», μετά Enter.
record-voided-tui = ✓ Ακυρώθηκε: δεν μετράει πια. Το ιστορικό της μένει.
record-not-voided = Δεν ακυρώθηκε: { $error }
record-typed = γράφτηκε { $time } από τη συσκευή { $device }
record-no-origin = (η γραμμή της στο χαρτί δεν έχει φτάσει ακόμη)
record-values-purged = οι τιμές εκκαθαρίστηκαν εδώ
record-entered-id = { $entered } · id { $id }
record-amend-heading = Διόρθωση: αλλάξτε τις τιμές, Enter αποθηκεύει, Esc ακυρώνει
record-voided-because = Ακυρώθηκε: { $reason }
record-void-prompt = Γιατί ακύρωση;
record-void-keys = Enter ακυρώνει (παύει να μετράει· το ιστορικό μένει) · Esc ακύρωση
record-reading-history = ανάγνωση του ιστορικού…
record-history = Ιστορικό, παλαιότερα πρώτα
record-history-purged = παραδόθηκε στον συντονιστή· οι τιμές της εκκαθαρίστηκαν εδώ
record-unsaved-amend = Μια διόρθωση είναι γραμμένη αλλά όχι αποθηκευμένη.
record-unsaved-void = Μια ακύρωση είναι γραμμένη αλλά όχι αποθηκευμένη.
record-status-valid = έγκυρη
record-status-illegible = δυσανάγνωστη
record-status-void = άκυρη
record-status-purged = εκκαθαρισμένη
history-added = προστέθηκε φύλλο { $sheet } γραμμή { $line }: { $values }
history-amended = διορθώθηκε: { $values }
history-cleared = { $field } καθαρίστηκε
history-voided = ακυρώθηκε: { $reason }

## Choosing the language.
key-language-help = η γλώσσα των οθονών (φυλάσσεται σε αυτό το θησαυροφυλάκιο)
key-language-choose-help = εμφάνιση των οθονών σε αυτή τη γλώσσα και φύλαξή της στο θησαυροφυλάκιο
key-language-cancel-help = ακύρωση: η γλώσσα μένει ως έχει
language-heading = Γλώσσα των οθονών (Enter επιλέγει, Esc ακυρώνει)
language-chosen = Γλώσσα: { $language }. Φυλάχτηκε σε αυτό το θησαυροφυλάκιο· τα `--lang` και FIELDSIGN_LANG εξακολουθούν να επιλέγουν για μία εκτέλεση.
language-not-kept = Γλώσσα: { $language }, μόνο για αυτή τη συνεδρία (δεν φυλάχτηκε: { $error })
history-decided-kept = αποφασίστηκε ίδιος υπογράφων με { $others }· κρατήθηκε αυτή
history-decided-duplicate = αποφασίστηκε διπλότυπο της { $keep }
history-decided-different = αποφασίστηκε διαφορετικό πρόσωπο από { $others }
history-verified-kept = επαληθεύτηκε με διπλή καταχώριση ({ $others })· κρατήθηκε αυτή
history-verified-entry = καταχώριση της ίδιας γραμμής χαρτιού με την { $keep }, κρατήθηκε ως επαλήθευσή της
history-undone = μια απόφαση αναιρέθηκε

## Η εκκαθάριση στο TUI, όσο το νήμα της ξαναγράφει τη βάση δεδομένων.
purge-quit-after = Η εκκαθάριση ξαναγράφει τη βάση δεδομένων και δεν διακόπτεται στη μέση: το fieldsign θα κλείσει μόλις τελειώσει.
purge-vault-busy = ένα άλλο μέρος του fieldsign διαβάζει ακόμη το θησαυροφυλάκιο· δοκιμάστε ξανά σε λίγο
purge-stopped = Η εκκαθάριση σταμάτησε: { $error }. Ξεκλειδώστε για να δείτε σε ποιο σημείο βρίσκεται και κάντε ξανά εκκαθάριση αν περιμένουν ακόμη εγγραφές.
tui-hint-join = στην αρχική, το j προσθέτει ένα αρχείο εκστρατείας
tui-hint-event-exists = είναι στη λίστα της αρχικής: επιλέξτε την και πατήστε Enter
tui-hint-other-identity = για να το ανοίξετε με άλλο αρχείο ταυτότητας, βγείτε και εκτελέστε `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = για μεγαλύτερο αρχείο, βγείτε και εκτελέστε `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = Δεν έχει οριστεί στόχος (για να τον ορίσετε, βγείτε και εκτελέστε `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = συντονιστής: οι συσκευές της επιλεγμένης εκστρατείας (ανάκληση, σύνταξη απόδειξης)
key-devices = συσκευές
key-receipt-help = γράψτε απόδειξη για την επιλεγμένη συσκευή (ζητά το αρχείο)
key-receipt = απόδειξη
key-receipt-path-help = το αρχείο της απόδειξης, π.χ. στο USB στικάκι
key-revoke-help = ανάκληση της επιλεγμένης συσκευής (ρωτά πρώτα, δείχνοντας το αποτύπωμα)
key-revoke = ανάκληση
title-devices = συσκευές
home-devices-coordinators = Η οθόνη συσκευών είναι του συντονιστή: δείχνει τις συσκευές των οποίων τα πακέτα εισήγαγε αυτό το θησαυροφυλάκιο.
devices-heading = Συσκευές της «{ $title }»
devices-col-fingerprint = ΑΠΟΤΥΠΩΜΑ
devices-col-first = ΠΡΩΤΟ
devices-col-last = ΤΕΛΕΥΤΑΙΟ ΠΑΚΕΤΟ
devices-col-ops = ΕΝΕΡΓ.
devices-col-records = ΕΓΓΡΑΦΕΣ
devices-col-revoked = ΑΝΑΚΛΗΘΗΚΕ
devices-not-pinned = (χωρίς πακέτο)
devices-not-pinned-help = Αυτή η συσκευή δεν έχει στείλει πακέτο εδώ (είναι η δική του θησαυροφυλακίου, ή γνωστή μόνο από πακέτα άλλων): δεν έχει κλειδί για ανάκληση ή για απόδειξη.
devices-detail = συσκευή { $device } · { $fingerprint } · πρώτο πακέτο { $first }, τελευταίο { $last }
devices-already-revoked = Αυτή η συσκευή έχει ήδη ανακληθεί.
devices-revoke-ask = Ανάκληση της συσκευής με αποτύπωμα { $fingerprint }; Κάθε πακέτο που θα υπογράψει από τώρα απορρίπτεται· ό,τι έστειλε πριν μένει.
devices-receipt-for = Απόδειξη για τη συσκευή { $fingerprint }: επιβεβαιώνει ό,τι έχει αυτό το θησαυροφυλάκιο με την υπογραφή της.
devices-receipt-file = Αρχείο:
devices-receipt-file-needed = Γράψτε πού να αποθηκευτεί η απόδειξη, π.χ. στο USB στικάκι.
devices-receipt-exists = Το { $file } υπάρχει. Ξανά Enter το αντικαθιστά· ή αλλάξτε το όνομα.
devices-receipt-writing = κρυπτογράφηση και εγγραφή της απόδειξης…
devices-nothing-changed = { $error } Τίποτα δεν γράφτηκε ούτε άλλαξε.
