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
