### fieldsign: italiano. Glossario: docs/glossary/it.md. Registro impersonale (infinito, "si").

-fieldsign = fieldsign

## Errori e avvisi della riga di comando.

error-prefix = errore: { $message }
warning-core-dumps = avviso: impossibile disattivare i core dump ({ $reason }); un arresto anomalo potrebbe scrivere la memoria su disco
error-invalid-value = errore: il valore dato per { $arg } non è valido{ $why }; vedere `fieldsign --help`
error-unexpected-word = errore: è stata data una parola inattesa (non mostrata: potrebbe essere un valore; i valori vanno in --field KEY=VALUE); vedere `fieldsign --help`
error-internal = errore: fieldsign ha incontrato un errore interno in { $place }. Non è stato scritto nulla di non salvato; ciò che lo schermo ha mostrato come salvato è al sicuro. Si prega di segnalarlo (senza alcun dato dei firmatari).
error-file = errore: { $file }: { $message }
error-vault-in-use = la cassaforte in { $dir } è in uso da un altro processo fieldsign; chiudere prima quello (una cassaforte può essere tenuta da uno solo)
error-vault-closing = la cassaforte in { $dir } è tenuta da un processo fieldsign che si sta chiudendo; riprovare tra qualche secondo
error-no-vault = nessuna cassaforte in { $dir }: crearne una con `fieldsign init` (oppure indicarne una esistente con --vault / FIELDSIGN_VAULT)
error-wrong-passphrase = frase segreta errata per questa cassaforte; riprovare (maiuscole e minuscole contano). Se si è certi che sia giusta, il file della chiave potrebbe essere danneggiato: ripristinare key.age da un backup
error-bundles-refused = { $failed } pacchetti su { $total } rifiutati (vedere sopra; non hanno cambiato nulla); gli altri sono stati importati

## Frasi segrete.

prompt-vault-passphrase = Frase segreta della cassaforte:{" "}
passphrase-choose = Scegliere { $kind ->
    [new] la nuova frase segreta della cassaforte
   *[first] la frase segreta della cassaforte
}: una frase lunga di più parole è insieme robusta e facile da digitare.
prompt-new-passphrase = Nuova frase segreta della cassaforte:{" "}
prompt-repeat-passphrase = Ripetere la frase segreta della cassaforte:{" "}
passphrase-short = È corta: chiunque prenda il portatile può indovinarla. Meglio 4 parole o più.
passphrase-mismatch = Le due non coincidono; riprovare.
passphrase-changed = Frase segreta cambiata. La vecchia non apre più questa cassaforte.

## Cassaforte e identità.

vault-created = Cassaforte creata in { $dir }
vault-device = Dispositivo { $device }, impronta della chiave di firma { $fingerprint }
vault-next = Poi: `fieldsign campaign join FILE` (organizzatore) o `fieldsign campaign create --title …` (coordinatore).
identity-exported = L’identità age SEGRETA di questa cassaforte è stata scritta in { $file } (modo 0600). Chi la possiede può leggere ogni pacchetto inviato a questa cassaforte: tenerla su un disco cifrato ed eliminarla al termine.

## Campagne ed eventi.

campaign-created = Campagna «{ $title }» ({ $id }) creata. Consegnare { $file } agli organizzatori: `fieldsign campaign join { $file }`; l’impronta della chiave del coordinatore è { $fingerprint }.
campaign-joined = Adesione a «{ $title }» ({ $id }) completata. Impronta della chiave del coordinatore { $fingerprint }: verificarla con il coordinatore per telefono o di persona.
campaign-none = Ancora nessuna campagna: `fieldsign campaign join FILE` o `fieldsign campaign create --title …`.
show-role = ruolo
show-role-coordinator = coordinatore (questa cassaforte ha la chiave di firma della campagna)
show-role-organizer = organizzatore
show-coordinator-key = chiave del coordinatore
show-goal = obiettivo
show-goal-signatures = firme: { $count }
show-no-goal = non fissato
show-fields = campi
show-required = obbligatorio
show-field-role = ruolo { $role }
show-no-events = ancora nessuno
show-event-records = schede: { $count }
show-texts = testo della petizione
show-no-texts = nessuno: il file della campagna non contiene il testo della petizione; chiederlo al coordinatore
show-text-heading = Testo della petizione, { $language } ({ $number } di { $count }):

## Record.

record-amended = { $id } corretto.
record-voided = { $id } annullato; non conta più.
csv-imported = { $count ->
    [one] Importata { $count } firma
   *[other] Importate { $count } firme
} in «{ $event }» (fogli { $first }–{ $last }).

## Pacchetti, ricevute, dispositivi.

bundle-what-all = tutto ciò che contiene la cassaforte
bundle-what-new = tutto ciò che il coordinatore non ha ancora confermato
bundle-written = Scritto { $file } ({ $bytes } byte): { $ops ->
    [one] { $ops } operazione
   *[other] { $ops } operazioni
} ({ $adds ->
    [one] { $adds } riga nuova
   *[other] { $adds } righe nuove
}, { $amends ->
    [one] { $amends } correzione
   *[other] { $amends } correzioni
}, { $voids ->
    [one] { $voids } annullamento
   *[other] { $voids } annullamenti
}) e { $events ->
    [one] { $events } evento
   *[other] { $events } eventi
} di «{ $title }», { $what }, cifrato per { $recipients ->
    [one] { $recipients } destinatario coordinatore
   *[other] { $recipients } destinatari coordinatori
} e firmato da questo dispositivo ({ $fingerprint }).
bundle-empty = Nota: il coordinatore ha già confermato tutto; questo pacchetto non contiene operazioni.
device-pinned = Nuovo dispositivo { $device } fissato con l’impronta { $fingerprint }: verificarla con l’organizzatore di persona o per telefono.
bundle-replay = { $file }: già importato (ripetizione): tutte le { $known } operazioni erano note; non è cambiato nulla.
bundle-imported = { $file }: importato in «{ $title }» dal dispositivo { $device } ({ $fingerprint }): { $records ->
    [one] { $records } record nuovo
   *[other] { $records } record nuovi
}, { $amends ->
    [one] { $amends } correzione
   *[other] { $amends } correzioni
}, { $voids ->
    [one] { $voids } annullamento
   *[other] { $voids } annullamenti
}, { $events ->
    [one] { $events } evento nuovo
   *[other] { $events } eventi nuovi
}, { $known } già note, 0 conflitti; operazioni di { $replicas }.
receipt-imported = Ricevuta dal coordinatore di «{ $title }» ({ $created }): { $acknowledged } operazioni appena confermate; { $unacknowledged } ancora da inviare. `fieldsign purge --acknowledged` rimuove da questo portatile ciò che è stato consegnato.
receipt-ignored = Avviso: la ricevuta conferma anche { $ignored } operazioni che questo portatile non ha mai scritto (numeri che non ha usato, o operazioni di altri dispositivi); sono state ignorate, quindi purge non può rimuovere nulla a causa loro. Avvisare il coordinatore: un altro dispositivo potrebbe aver inviato operazioni a nome di questo portatile.
receipt-written = Scritto { $file }: conferma { $count } operazioni al dispositivo { $device } ({ $fingerprint }) per «{ $title }», cifrato per quel dispositivo. Rimandarlo all’organizzatore.
device-none = Ancora nessun dispositivo: vengono fissati quando si importa il loro primo pacchetto.
device-revoked = Dispositivo { $device } ({ $fingerprint }) revocato: i suoi pacchetti successivi vengono rifiutati. Ciò che ha inviato prima resta; controllarlo con `fieldsign list`.

## `verify`.

verify-file = file
verify-format = formato
verify-campaign = campagna
verify-device = dispositivo
verify-created = creato
verify-recipients = destinatari
verify-ranges = intervalli
verify-replicas = repliche
verify-operations = operazioni
verify-events = eventi
verify-signed-by = firmato da
verify-acknowledges = conferma
verify-signature-valid = { $format } v{ $version } (firma valida)
verify-device-fingerprint = { $device } impronta { $fingerprint } — { $status }
verify-device-known = noto (fissato)
verify-device-unknown = non ancora noto (l’importazione lo fissa)
verify-device-revoked = REVOCATO (l’importazione verrebbe rifiutata)
verify-device-mismatch = CHIAVE DIVERSA: fissato con { $pinned } (l’importazione verrebbe rifiutata)
verify-operation-kinds = { $ops } ({ $adds ->
    [one] { $adds } riga nuova
   *[other] { $adds } righe nuove
}, { $amends ->
    [one] { $amends } correzione
   *[other] { $amends } correzioni
}, { $voids ->
    [one] { $voids } annullamento
   *[other] { $voids } annullamenti
})
verify-from-coordinator = il coordinatore della campagna
verify-not-coordinator = NON il coordinatore di questa campagna (l’importazione verrebbe rifiutata)
verify-acknowledged = { $ranges } ({ $count } operazioni)

## Eliminazione.

purge-done = { $valid } consegnate ed eliminate
purge-also = ; valori rimossi anche da { $lines } (contano ancora come tali)
purge-illegible-lines = { $count ->
    [one] { $count } riga illeggibile
   *[other] { $count } righe illeggibili
}
purge-void-lines = { $count ->
    [one] { $count } riga annullata
   *[other] { $count } righe annullate
}
purge-and = { $first } e { $second }
purge-cleared = ; { $ops ->
    [one] { $ops } operazione cancellata
   *[other] { $ops } operazioni cancellate
}; { $waiting ->
    [one] { $waiting } record attende
   *[other] { $waiting } record attendono
} una ricevuta.
purge-rewritten = Il database è stato riscritto senza di essi.
purge-nothing = Niente da eliminare: importare prima una ricevuta dal coordinatore (`fieldsign import receipt FILE`).

## Rapporti, esportazione per la consegna, duplicati.

report-all = tutti
report-event = evento { $name } { $date }
report-device = dispositivo { $device }
report-by-country = valide per paese: { $countries }
report-purged = { $count } consegnate ed eliminate da questa cassaforte (contate, valori rimossi).
export-written = { $count ->
    [one] Scritta { $count } firma valida
   *[other] Scritte { $count } firme valide
} di «{ $title }» in { $file }.
export-plain-warning = ATTENZIONE: { $file } è TESTO IN CHIARO: chiunque lo ottenga può leggere il nome e il contatto di ogni firmatario. Consegnarlo attraverso un canale sicuro ed eliminarlo al termine.
export-purged-left-out = { $count ->
    [one] { $count } record eliminato è stato escluso: i suoi valori sono solo presso il coordinatore.
   *[other] { $count } record eliminati sono stati esclusi: i loro valori sono solo presso il coordinatore.
}
dedupe-none = Nessun duplicato probabile tra { $count ->
    [one] { $count } record valido
   *[other] { $count } record validi
}.
dedupe-none-likely = Nessun duplicato probabile tra { $count ->
    [one] { $count } record valido
   *[other] { $count } record validi
} (`--possible` elenca anche le coppie da controllare).
dedupe-groups = { $count ->
    [one] { $count } gruppo
   *[other] { $count } gruppi
} di duplicati probabili, i più sicuri per primi. Controllare i fogli cartacei, poi annullare quelli in più con `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } gruppo
   *[other] { $count } gruppi
} di duplicati probabili o possibili, i più sicuri per primi. Controllare i fogli cartacei, poi annullare quelli in più con `fieldsign void ID --reason "duplicate of …"`.

## Altri errori della cassaforte

error-already-exists = esiste già una cassaforte in { $dir }; usare quella o scegliere un’altra cartella con --vault
error-unknown-campaign = nessuna campagna corrisponde al --campaign dato (non mostrato: potrebbe essere un valore); `fieldsign campaign list` le mostra, `fieldsign campaign join FILE` aggiunge a una
error-no-campaigns = questa cassaforte non ha ancora campagne; aderire a una con `fieldsign campaign join FILE` o crearne una con `fieldsign campaign create`
error-campaign-needed = questa cassaforte ha più campagne ({ $campaigns }); indicarne una con --campaign
error-ambiguous-campaign = il --campaign dato corrisponde a più campagne ({ $matches }); indicare invece l’id
error-unknown-event = nessun evento di questa campagna corrisponde al --event dato (non mostrato: potrebbe essere un valore); `fieldsign event list` li mostra, `fieldsign event create` ne aggiunge uno
error-ambiguous-event = il --event dato corrisponde a più eventi ({ $matches }); indicare invece l’id
error-unknown-record = nessun record con id { $id } in questa cassaforte; `fieldsign list` mostra gli id

## L’interfaccia da terminale (src/tui). I nomi dei tasti (Enter, Esc, Tab, Ctrl-L) restano come stampati sui tasti.
## Tabelle dei tasti: «-help» è la riga dell’aiuto F1, la forma breve è la parola a piè di schermo.
key-privacy-help = modalità riservata: nascondere i campi personali delle righe precedenti
key-lock-help = bloccare ora; si blocca anche da sola dopo un po’ senza tasti premuti
key-lock = bloccare
key-quit-help = uscire (chiede prima se qualcosa è scritto a metà)
key-quit = uscire
key-help-help = questo aiuto (? solo dove nessun campo di testo ha il focus)
key-help = aiuto
key-quit-lose = uscire e perderlo
key-go-back-to-it = tornarci
key-close-help-help = chiudere questo aiuto
key-close-help = chiudere l’aiuto
key-unlock-help = sbloccare con la frase segreta scritta
key-unlock = sbloccare
key-home-choose-help = scegliere una campagna o un evento
key-first-last-help = la prima / l’ultima riga dell’elenco
key-home-open-help = su un evento: trascriverne i fogli; su una campagna: sfogliarla
key-type-sheets = trascrivere i fogli
key-new-event-help = creare un evento nella campagna scelta
key-new-event = nuovo evento
key-browse-help = sfogliare, cercare e correggere i record della campagna
key-browse = sfogliare
key-join-help = aderire a una campagna con il file del coordinatore
key-join = aderire
key-create-help = creare una campagna locale
key-create = creare
key-export-help = esportare un pacchetto della campagna scelta per il coordinatore
key-export = esportare
key-import-help = importare un pacchetto (coordinatore) o una ricevuta (organizzatore)
key-petition-help = leggere il testo della petizione della campagna (per leggerlo a chi firma)
key-dashboard-help = coordinatore: il quadro della campagna scelta
key-second-entry-help = su un evento: ritrascrivere i suoi fogli, alla cieca (doppia immissione)
key-create-event-help = creare l’evento
key-confirm = confermare
key-next-field = campo successivo
key-cancel-event-help = interrompere: non si crea nessun evento
key-cancel = interrompere
key-confirm-prompt-help = confermare quanto scritto
key-complete = completare
key-cancel-prompt-help = interrompere l’inserimento
key-complete-help = completare il nome di file o cartella scritto finora
key-next-field-help = campo successivo (anche Shift-Tab e ↑ ↓ spostano)
key-type = scrivere
key-search-help = cercare mentre si scrive (qualsiasi campo; senza badare ad accenti e maiuscole)
key-search = cercare
key-move-help = spostarsi nell’elenco
key-choose = scegliere
key-page-help = una pagina su / giù
key-first-last-record-help = primo / ultimo record
key-open-record-help = aprire il record: correggere, annullare, cronologia
key-open = aprire
key-sort-help = ordine: foglio/riga, prima i più recenti, prima i meno recenti
key-sort = ordinare
key-clear-search-help = cancellare la ricerca, poi tornare indietro
key-back = indietro
key-count-again-help = ricontare (dopo aver importato pacchetti)
key-count-again = ricontare
key-back-campaigns-help = tornare alle campagne
key-entry-field-help = campo successivo / precedente (anche ↓ ↑)
key-save-line-help = salvare la riga (prima su disco); due volte: salvare un doppione
key-save = salvare
key-illegible-help = salvare questa riga del foglio come illeggibile o cancellata
key-illegible = illeggibile
key-next-sheet-help = cominciare il foglio di carta successivo
key-next-sheet = foglio successivo
key-sheet-setup-help = impostazioni del foglio: numero del foglio, riga successiva, righe per foglio
key-clear-line-help = cancellare tutta la riga; Ctrl-U cancella un campo
key-browse-event-help = sfogliare e correggere i record di questo evento
key-petition-entry-help = il testo della petizione, da leggere a chi firma; Esc torna indietro
key-tick-help = spuntare / togliere la spunta a una casella
key-entry-back-help = tornare all’inizio (chiede prima se la riga è scritta a metà)
key-all-keys = tutti i tasti
key-apply-setup-help = applicare numero del foglio, riga successiva e righe per foglio
key-apply = applicare
key-next = avanti
key-cancel-setup-help = interrompere: il foglio resta com’era
key-export-path-help = dove scrivere il pacchetto (~ è la cartella personale)
key-write-help = scriverlo (chiede prima di sostituire un file)
key-write-file = scrivere il file
key-all-new-help = tutto ciò che è conservato, o solo ciò che non ha ricevuta
key-all-new = tutto / nuovo
key-import-path-help = il percorso del file del pacchetto o della ricevuta (~ è la cartella personale)
key-import-it-help = verificarlo e importarlo
key-import = importare
key-purge-delivered-help = eliminazione: togliere da questo portatile i dati personali di cui il coordinatore ha dato ricevuta (chiede prima)
key-purge-delivered = eliminare il consegnato
key-next-language-help = il testo nella lingua successiva della campagna
key-next-language = lingua successiva
key-scroll-help = scorrere un testo più lungo della finestra
key-scroll = scorrere
key-purge-now-help = eliminare ora: i valori spariscono da questo portatile per sempre
key-purge-now = eliminare, senza ritorno
key-keep-help = tenere tutto e tornare indietro
key-keep = tenere e tornare
key-amend-help = correggere: cambiare valori (i vecchi restano nella cronologia)
key-amend = correggere
key-void-help = annullare indicando il motivo: il record non conta più
key-void = annullare
key-history-help = mostrare o nascondere la cronologia delle modifiche
key-history = cronologia
key-back-list-help = tornare all’elenco
key-save-amendment-help = salvare la correzione (i vecchi valori restano nella cronologia)
key-cancel-nothing-help = interrompere: non cambia nulla
key-void-reason-help = annullare con il motivo scritto (non conta più; la cronologia resta)
key-switch-field-help = passare da un campo della frase segreta all’altro
key-switch-field = cambiare campo
key-wizard-next-help = campo successivo, poi creare la cassaforte
key-join-file = aderire con un file
key-create-campaign = creare una campagna
key-skip-help = saltare questo passo (la schermata iniziale offre anche entrambe le cose)
key-skip = saltare

## La cornice di ogni schermata.
tui-privacy-on = RISERVATO
tui-quit-anyway = Uscire comunque e perderlo?
tui-quit-title = Uscire?
tui-too-small = Finestra troppo piccola ({ $size }; serve { $needs }).
tui-too-small-keys =
    Ingrandirla per continuare; fino ad allora i tasti sono ignorati,
    tranne Ctrl-L (blocca) e Ctrl-Q (esce).
tui-too-small-sheet = Il foglio { $sheet } resta aperto com’era.
tui-help-heading = Tasti di questa schermata ({ $screen })
tui-help-everywhere = Ovunque
tui-help-close = Esc chiude questo aiuto
tui-help-title = Aiuto

## Perché il valore di un campo è rifiutato: «{ field } { problem }». Solo la regola, mai il valore scritto.
error-field-value = il campo `{ $field }` { $problem }
value-required = è obbligatorio
value-too-long = è troppo lungo (al massimo { $graphemes } caratteri e { $bytes } byte, comunque siano scritti i caratteri)
value-control = contiene caratteri di controllo (come sequenze di escape del terminale, tabulazioni o a capo)
value-bidi = contiene caratteri che cambiano la direzione del testo (U+202A–U+202E, U+2066–U+2069 o segni di direzione)
value-invisible = contiene caratteri invisibili (come uno spazio a larghezza zero o un trattino morbido)
value-email = non è un indirizzo e-mail (atteso name@example.org)
value-phone = non è un numero di telefono (cifre, spazi, + - ( ) . ; da 5 a 20 cifre)
value-country = non è un codice di paese ISO 3166 (due lettere, ad es. DE, GR, IN)
value-postcode = non è un codice postale (lettere, cifre, spazi e -; al massimo 12)
value-date = non è una data (atteso AAAA-MM-GG)
value-checkbox = non è un valore di casella (`yes/no, y/n, x, 1/0, true/false`)
value-choice = non è uno di: { $options }

## I campi della trascrizione dei fogli e del modulo dell’evento: nomi dei campi standard e ciò che un campo si aspetta.
field-name = Nome
field-email = E-mail
field-phone = Telefono
field-city = Città
field-country = Paese
field-postcode = CAP
field-contact-ok = Contattabile
field-place = Luogo
field-date = Data
hint-phone = cifre, + - ( )
hint-country = 2 lettere: DE, GR, IN…
hint-postcode = lettere, cifre, -
hint-checkbox = Spazio mette / toglie la spunta
hint-choice = uno di: { $options }

## La schermata di sblocco.
title-locked = bloccata
unlock-heading = La cassaforte è bloccata.
unlock-vault = Cassaforte:
unlock-passphrase = Frase segreta:
unlock-busy = Sblocco in corso… (richiede di proposito un secondo o due)
unlock-hint = Scrivere la frase segreta e premere Enter.
unlock-empty = Scrivere la frase segreta della cassaforte, poi premere Enter.
unlock-wrong = Frase segreta errata. Riprovare (maiuscole e minuscole contano: controllare il Bloc Maiusc e il layout della tastiera).

## Blocco e modalità riservata.
lock-idle = Bloccata da sola dopo { $limit } senza tasti premuti. Sbloccare per riprendere da dove si era.
lock-key = Bloccata (Ctrl-L). Sbloccare per riprendere da dove si era.
privacy-on = Modalità riservata attiva: i campi personali delle righe precedenti sono nascosti. Ctrl-P li mostra.
privacy-off = Modalità riservata disattivata.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s

## Titoli delle schermate (dopo «fieldsign · » nella barra del titolo).
title-home = inizio

## Conteggi mostrati su più schermate.
count-events = { $count ->
    [one] { $count } evento
   *[other] { $count } eventi
}
count-lines = { $count ->
    [one] { $count } riga
   *[other] { $count } righe
}
counting = conteggio…
role-coordinator = coordinatore
role-organizer = organizzatore

## L’inizio: le campagne e i loro eventi.
home-heading = Campagne ed eventi
home-empty = Nessuna campagna in questa cassaforte per ora.
home-empty-join = aderire alla campagna con il file ricevuto dal coordinatore
home-empty-create = creare una campagna locale coordinata da sé
home-new-event = nuovo evento…
home-new-event-title = Nuovo evento in «{ $campaign }» (Enter lo crea, Esc interrompe)
home-event-created = Evento «{ $event }» creato. Enter comincia la trascrizione dei suoi fogli.
home-second-entry-event = Scegli prima un evento (↑ ↓): v ritrascrive i suoi fogli, alla cieca, per verificarli.
home-campaign-first = Prima aderire a una campagna (j) o crearne una (c); gli eventi appartengono a una campagna.
home-this-device = Questo dispositivo:
home-device-checked = (il coordinatore lo verifica)
home-dashboard-coordinators = Il quadro è del coordinatore: conta tutto ciò che arriva da ogni organizzatore. Ciò che conserva questo portatile è contato qui, sotto l'elenco.
standing-valid = { $count ->
    [one] { $count } valida
   *[other] { $count } valide
}
standing-void = { $count ->
    [one] { $count } annullata
   *[other] { $count } annullate
}
standing-illegible = { $count ->
    [one] { $count } illeggibile
   *[other] { $count } illeggibili
}
standing-purged = { $count ->
    [one] { $count } consegnata ed eliminata
   *[other] { $count } consegnate ed eliminate
}
standing-unsent = { $count ->
    [one] { $count } modifica non ancora inviata
   *[other] { $count } modifiche non ancora inviate
}
standing-last-bundle = ultimo pacchetto { $time }
standing-no-bundle = nessun pacchetto scritto finora
list-and = { $rest } e { $last }

## Trascrizione dei fogli. I numeri di foglio e riga sono quelli della carta.
title-entry = trascrizione dei fogli
entry-start = Foglio { $sheet }, riga { $line }: scrivere il primo firmatario. Tab passa da un campo all’altro, Enter salva.
entry-continue = Si continua il foglio { $sheet } dalla riga { $line }. Ctrl-N comincia il foglio { $next }.
entry-not-saved-check = Non salvata. Confrontare la riga con la carta (Ctrl-T imposta il numero di riga), poi Enter.
entry-unsaved-leave = La riga { $line } è scritta ma non salvata. Enter la salva; di nuovo Esc la scarta e torna indietro.
entry-unsaved-next = La riga { $line } è scritta ma non salvata. Enter la salva; di nuovo Ctrl-N la scarta e comincia il foglio { $next }.
entry-unsaved-resume = La riga { $line } del foglio { $sheet } è scritta ma non salvata.
entry-sheet-line = foglio { $sheet } riga { $line }
entry-sheet-line-elsewhere = foglio { $sheet } riga { $line } di un altro evento
entry-nothing-typed = Nulla di scritto alla riga { $line }. Scrivere il firmatario, o Ctrl-X se la riga sulla carta è illeggibile o cancellata.
entry-fix-fields = Riga { $line } non salvata: correggere { $fields } (segnato ✗), poi Enter.
entry-fix-marked = Riga { $line } non salvata: correggere i campi segnati ✗, poi Enter.
entry-again-save = Di nuovo Enter
entry-again-illegible = Di nuovo Ctrl-X
entry-retype = Il foglio { $sheet } riga { $line } è già scritto: { $again } salva una seconda trascrizione, Esc torna indietro.
entry-beyond = La riga { $line } va oltre le { $lines } righe di un foglio di carta: { $again } la salva, Esc torna indietro (Ctrl-T cambia le impostazioni del foglio).
entry-duplicate = Probabilmente lo stesso firmatario di { $places }. Di nuovo Enter salva comunque; Esc torna alla riga.
entry-likely-duplicate = ⚠ Probabile doppione di { $places }
entry-not-saved-error = Riga { $line } NON salvata: { $error }
entry-saved = ✓ Salvato: { $what }. Ora la riga { $line }.
entry-saved-complete = ✓ Salvato: { $what }. Il foglio { $sheet } è completo ({ $count } di { $lines }): Ctrl-N comincia il foglio { $next }.
entry-saved-illegible = foglio { $sheet } riga { $line } come illeggibile
entry-next-paper = Foglio { $sheet }, riga { $line }: prendere il foglio di carta successivo.
entry-setup-heading = Impostazioni del foglio (Enter applica, Esc interrompe)
entry-setup-number = deve essere un numero a partire da 1
entry-setup-session-only = Le righe per foglio valgono solo per questa sessione: { $error }
entry-setup-done = Foglio { $sheet }, riga successiva { $line }.
entry-tally-complete = { $count } di { $lines } righe scritte · foglio completo
entry-tally-left = { $count } di { $lines } righe scritte · ne mancano { $left }
entry-tally = { $count ->
    [one] { $count } riga scritta su questo foglio
   *[other] { $count } righe scritte su questo foglio
}
entry-sheet = Foglio
entry-line = Riga
entry-nothing-saved = Nulla di salvato su questo foglio per ora.
entry-privacy-mode = modalità riservata
entry-illegible = illeggibile
entry-last-saved = Ultima salvata:
entry-blind-heading = seconda trascrizione, alla cieca
entry-blind-start = Seconda trascrizione del foglio { $sheet }, dalla riga { $line }: scrivi ciò che dice la carta. La prima trascrizione non viene mostrata.
entry-blind-none = Nessuna riga di questo evento attende una seconda trascrizione in questa cassaforte. Trascrivi fogli già trascritti (Ctrl-T imposta foglio e riga).
entry-blind-tally = { $count ->
    [one] { $count } riga scritta
   *[other] { $count } righe scritte
} · { $again } riscritte
entry-blind-differs = Riga { $line } NON ancora salvata: differisce dalla prima trascrizione in { $fields }. Rileggi la carta e scrivi ciò che dice (i campi sono stati svuotati), poi { $again }.
entry-blind-differs-kind = Riga { $line } NON ancora salvata: differisce dalla prima trascrizione nel fatto che la riga della carta sia una firma o illeggibile. Guarda di nuovo la carta: Enter salva una firma, Ctrl-X una riga illeggibile.
# Named among the differing fields when the line kind differs.
entry-blind-kind-field = firma o illeggibile
entry-blind-read-paper = differisce dalla prima trascrizione: scrivi ciò che dice la carta
entry-blind-agrees = ✓ Salvato: { $what }; coincide con la prima trascrizione, verificato. Ora la riga { $line }.
entry-blind-still-differs = Salvato: { $what }; differisce ancora dalla prima trascrizione in { $fields }: lasciato da risolvere. Ora la riga { $line }.
entry-blind-sheet-done = Ogni riga scritta del foglio { $sheet } ha ora la seconda trascrizione: Ctrl-N per il foglio { $next }.
entry-blind-last-agrees = coincide, verificato
entry-blind-last-differs = differisce in { $fields }: da risolvere
entry-blind-nothing-saved = Ancora niente salvato in questa seconda trascrizione.
field-sheet = Foglio
field-next-line = Riga successiva
field-lines-per-sheet = Righe per foglio

## Il primo avvio: creare la cassaforte, poi una campagna.
title-first-start = primo avvio
wizard-too-short = Usare almeno { $min } caratteri; meglio alcune parole.
wizard-differ = Le due frasi segrete sono diverse. Riscriverla nel secondo campo.
wizard-welcome = Benvenuti in fieldsign. Passo 1 di 2: creare la cassaforte
wizard-encrypted = Tutto ciò che si scrive è conservato cifrato in una cassaforte in
wizard-choose =
    Scegliere una frase segreta per chiuderla. Una frase di quattro o più
    parole è robusta e facile da scrivere. Nessuno può recuperarla se va persa.
wizard-passphrase = Frase segreta:
wizard-repeat = Ripeterla:
wizard-strength = Robustezza:
wizard-creating = Creazione della cassaforte… (un secondo o due)
wizard-keys = Tab cambia campo · Enter crea la cassaforte
strength-empty = scrivere una frase segreta
strength-too-short = troppo corta: chiunque abbia il portatile potrebbe indovinarla
strength-strong = robusta
strength-fair = discreta: quattro o più parole sarebbero più robuste
strength-weak = debole: usare quattro o più parole
setup-heading = Cassaforte creata. Passo 2 di 2: la campagna
setup-either = Le firme appartengono a una campagna. Si può:
setup-join-file = (un file .fieldsign, ad es. su una chiavetta USB)
setup-skip = saltare per ora (la schermata iniziale offre anche entrambe le cose)

## I campi per aderire a una campagna o crearla (inizio e primo avvio).
prompt-campaign-file = File della campagna:
prompt-campaign-title = Titolo della campagna:
prompt-file-needed = scrivere il percorso del file della campagna ricevuto dal coordinatore
prompt-joined = Adesione a «{ $campaign }» completata. Chiave del coordinatore { $fingerprint }: verificarla con il coordinatore di persona o per telefono.
prompt-title-needed = scrivere un titolo, ad es. «Liberi tutti»
prompt-created = Campagna locale «{ $campaign }» creata con i campi standard. Poi: creare un evento (n).
prompt-join-keys = Enter aderire · Tab completa · Esc interrompere · ~ è la cartella personale
prompt-create-keys = Enter creare · Esc interrompere

## Completare un nome di file con Tab.
complete-none = Nessun file o cartella comincia così.
complete-only = È l’unico nome che corrisponde: non c’è altro da completare.
complete-several = { $count } nomi corrispondono: { $names }. Scrivere altro, poi di nuovo Tab.

## Sfogliare i record di una campagna.
title-browse = sfoglia
order-paper = foglio/riga
order-newest = prima i più recenti
order-oldest = prima i meno recenti
browse-reading = lettura dei record…
browse-count = { $count ->
    [one] { $count } risultato
   *[other] { $count } risultati
} · ordine: { $order }
browse-search = Cerca:
browse-sorted = Ordine: { $order }.
browse-no-records = Ancora nessun record: trascrivere prima qualche foglio.
browse-no-match = Nessuna corrispondenza. Esc cancella la ricerca.
column-event = EVENTO
column-sheet = FOGLIO
column-line = RIGA
column-status = STATO
status-ok = ok
status-illegible = illeggibile
status-void = ANNULLATO
status-purged = eliminato

## Un record: i suoi valori, correggere, annullare, la cronologia.
title-record = record
record-purged-refused = Questo record è stato consegnato al coordinatore ed eliminato da questa cassaforte: qui non si può cambiare. Chiedere al coordinatore di correggerlo o annullarlo.
record-nothing-changed = Non è cambiato nulla.
record-amended-tui = ✓ Corretto ({ $fields }). I vecchi valori restano nella cronologia.
record-fix-marked = Non salvato: correggere i campi segnati ✗.
record-not-saved = Non salvato: { $error }
record-void-why = Indicare il motivo, ad es. «doppione del foglio 3 riga 4», poi Enter.
record-voided-tui = ✓ Annullato: non conta più. La sua cronologia resta.
record-not-voided = Non annullato: { $error }
record-typed = scritto il { $time } sul dispositivo { $device }
record-no-origin = (la sua riga di carta non è ancora arrivata)
record-values-purged = valori eliminati qui
record-entered-id = { $entered } · id { $id }
record-amend-heading = Correzione: cambiare i valori, Enter salva, Esc interrompe
record-voided-because = Annullato: { $reason }
record-void-prompt = Perché annullarlo?
record-void-keys = Enter annulla (non conta più; la cronologia resta) · Esc interrompe
record-reading-history = lettura della cronologia…
record-history = Cronologia, dalla più vecchia
record-history-purged = consegnato al coordinatore; i suoi valori sono stati eliminati qui
record-unsaved-amend = Una correzione è scritta ma non salvata.
record-unsaved-void = Un annullamento è scritto ma non salvato.
record-status-valid = valido
record-status-illegible = illeggibile
record-status-void = annullato
record-status-purged = eliminato
history-added = aggiunto foglio { $sheet } riga { $line }: { $values }
history-amended = corretto { $values }
history-cleared = { $field } cancellato
history-voided = annullato: { $reason }
history-decided-kept = deciso: stesso firmatario di { $others }; questo tenuto
history-decided-duplicate = deciso: doppione di { $keep }
history-decided-different = deciso: persona diversa da { $others }
history-verified-kept = verificato con doppia immissione ({ $others }); questo tenuto
history-verified-entry = un'immissione della stessa riga del foglio di { $keep }, tenuta come sua verifica
history-undone = una decisione revocata

## Scegliere la lingua delle schermate (inizio, l).
key-language-help = la lingua delle schermate (conservata in questa cassaforte)
key-language-choose-help = mostrare le schermate in questa lingua e conservarla in questa cassaforte
key-language-cancel-help = interrompere: la lingua resta com’è
language-heading = Lingua delle schermate (Enter sceglie, Esc interrompe)
language-chosen = Lingua: { $language }. Conservata in questa cassaforte; `--lang` e FIELDSIGN_LANG scelgono ancora per una singola esecuzione.
language-not-kept = Lingua: { $language }, solo per questa sessione (non conservata: { $error })

## L’eliminazione nell’interfaccia, mentre il suo thread riscrive la base di dati.
purge-quit-after = L’eliminazione sta riscrivendo la base di dati e non si interrompe a metà: fieldsign uscirà appena avrà finito.
purge-vault-busy = un’altra parte di fieldsign sta ancora leggendo la cassaforte; riprovare tra un momento
purge-stopped = L’eliminazione si è fermata: { $error }. Sbloccare per vedere a che punto è, poi eliminare di nuovo se ci sono ancora record in attesa.
tui-hint-join = nella schermata iniziale, j aggiunge un file di campagna
tui-hint-event-exists = è nell'elenco della schermata iniziale: sceglierlo e premere Invio
tui-hint-other-identity = per aprirlo con un altro file di identità, uscire, poi eseguire `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = per un file più grande, uscire, poi eseguire `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = Nessun obiettivo fissato (per fissarlo, uscire ed eseguire `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = coordinamento: i dispositivi della campagna scelta (revocare, scrivere una ricevuta)
key-devices = dispositivi
key-receipt-help = scrivi una ricevuta per il dispositivo scelto (chiede il file)
key-receipt = ricevuta
key-receipt-path-help = il file della ricevuta, ad es. sulla chiavetta USB
key-revoke-help = revoca il dispositivo scelto (prima chiede, mostrando l'impronta)
key-revoke = revoca
title-devices = dispositivi
home-devices-coordinators = La schermata dei dispositivi è del coordinamento: elenca i dispositivi i cui pacchetti sono stati importati in questa cassaforte.
devices-heading = Dispositivi di «{ $title }»
devices-col-fingerprint = IMPRONTA
devices-col-first = PRIMO
devices-col-last = ULTIMO PACCHETTO
devices-col-ops = OPER.
devices-col-records = RECORD
devices-col-revoked = REVOCATO
devices-not-pinned = (nessun pacchetto)
devices-not-pinned-help = Questo dispositivo non ha inviato pacchetti qui (è quello di questa cassaforte, o è noto solo da pacchetti altrui): non ha una chiave da revocare né a cui scrivere una ricevuta.
devices-detail = dispositivo { $device } · { $fingerprint } · primo pacchetto { $first }, ultimo { $last }
devices-already-revoked = Questo dispositivo è già revocato.
devices-revoke-ask = Revocare il dispositivo con impronta { $fingerprint }? Ogni pacchetto che firmerà da ora in poi sarà rifiutato; ciò che ha inviato prima resta.
devices-receipt-for = Ricevuta per il dispositivo { $fingerprint }: conferma ciò che questa cassaforte custodisce con la sua firma.
devices-receipt-file = Salva in:
devices-receipt-file-needed = Scrivi dove salvare la ricevuta, ad es. sulla chiavetta USB.
devices-receipt-exists = { $file } esiste già. Un altro Invio lo sostituisce; oppure cambia il nome.
devices-receipt-writing = cifratura e scrittura della ricevuta…
devices-nothing-changed = { $error } Niente è stato scritto né cambiato.
