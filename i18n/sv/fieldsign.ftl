### fieldsign: svenska. Ordlista: docs/glossary/sv.md. "Du" är normen i svensk programvara.

-fieldsign = fieldsign

## Fel och varningar på kommandoraden.

error-prefix = fel: { $message }
warning-core-dumps = varning: kunde inte stänga av minnesdumpar ({ $reason }); en krasch kan skriva minnet till disken
error-invalid-value = fel: värdet för { $arg } är ogiltigt{ $why }; se `fieldsign --help`
error-unexpected-word = fel: ett oväntat ord angavs (visas inte: det kan vara ett värde; värden anges i --field KEY=VALUE); se `fieldsign --help`
error-internal = fel: fieldsign fick ett internt fel vid { $place }. Inget osparat skrevs; det som skärmen visade som sparat är i säkerhet. Rapportera gärna detta (utan några uppgifter om undertecknare).
error-file = fel: { $file }: { $message }
error-vault-in-use = valvet i { $dir } används av en annan fieldsign-process; stäng den först (bara en i taget kan hålla ett valv)
error-vault-closing = valvet i { $dir } hålls av en fieldsign-process som håller på att stängas; försök igen om några sekunder
error-no-vault = inget valv i { $dir }: skapa ett med `fieldsign init` (eller peka --vault / FIELDSIGN_VAULT på ett befintligt)
error-wrong-passphrase = fel lösenfras för det här valvet; försök igen (skiftläget spelar roll). Är du säker på att den är rätt kan nyckelfilen vara skadad: återställ key.age från en säkerhetskopia
error-bundles-refused = { $failed } av { $total } paket avvisades (se ovan; de ändrade ingenting); övriga importerades

## Lösenfraser.

prompt-vault-passphrase = Valvets lösenfras:{" "}
passphrase-choose = Välj { $kind ->
    [new] valvets nya lösenfras
   *[first] valvets lösenfras
}: en lång fras med flera ord är både stark och lätt att skriva.
prompt-new-passphrase = Ny lösenfras för valvet:{" "}
prompt-repeat-passphrase = Upprepa valvets lösenfras:{" "}
passphrase-short = Den är kort; vem som helst som tar datorn kan gissa den. Välj hellre 4 ord eller fler.
passphrase-mismatch = De två stämmer inte överens; försök igen.
passphrase-changed = Lösenfrasen är ändrad. Den gamla öppnar inte längre det här valvet.

## Valv och identitet.

vault-created = Skapade ett valv i { $dir }
vault-device = Enhet { $device }, fingeravtryck för signeringsnyckeln { $fingerprint }
vault-next = Nästa steg: `fieldsign campaign join FILE` (arrangör) eller `fieldsign campaign create --title …` (samordnare).
identity-exported = Valvets HEMLIGA age-identitet har skrivits till { $file } (läge 0600). Den som har den kan läsa alla paket som skickas till det här valvet: förvara den på en krypterad disk och radera den när du är klar.

## Kampanjer och evenemang.

campaign-created = Kampanjen ”{ $title }” ({ $id }) har skapats. Ge { $file } till arrangörerna: `fieldsign campaign join { $file }`; samordnarnyckelns fingeravtryck är { $fingerprint }.
campaign-joined = Gick med i ”{ $title }” ({ $id }). Samordnarnyckelns fingeravtryck { $fingerprint }: kontrollera det med din samordnare per telefon eller personligen.
campaign-none = Inga kampanjer ännu: `fieldsign campaign join FILE` eller `fieldsign campaign create --title …`.
show-role = roll
show-role-coordinator = samordnare (detta valv har kampanjens signeringsnyckel)
show-role-organizer = organisatör
show-coordinator-key = samordnarens nyckel
show-goal = mål
show-goal-signatures = underskrifter: { $count }
show-no-goal = inget satt
show-fields = fält
show-required = obligatoriskt
show-field-role = roll { $role }
show-no-events = inga än
show-event-records = poster: { $count }
show-texts = namninsamlingens text
show-no-texts = ingen: kampanjfilen har ingen text; be samordnaren om den
show-text-heading = Namninsamlingens text, { $language } ({ $number } av { $count }):

## Poster.

record-amended = { $id } har rättats.
record-voided = { $id } har ogiltigförklarats; den räknas inte längre.
csv-imported = Importerade { $count ->
    [one] { $count } namnunderskrift
   *[other] { $count } namnunderskrifter
} till ”{ $event }” (ark { $first }–{ $last }).

## Paket, kvitton, enheter.

bundle-what-all = allt som valvet innehåller
bundle-what-new = allt som samordnaren ännu inte har kvitterat
bundle-written = Skrev { $file } ({ $bytes } byte): { $ops ->
    [one] { $ops } operation
   *[other] { $ops } operationer
} ({ $adds ->
    [one] { $adds } ny rad
   *[other] { $adds } nya rader
}, { $amends ->
    [one] { $amends } rättelse
   *[other] { $amends } rättelser
}, { $voids ->
    [one] { $voids } ogiltigförklaring
   *[other] { $voids } ogiltigförklaringar
}) och { $events ->
    [one] { $events } evenemang
   *[other] { $events } evenemang
} från ”{ $title }”, { $what }, krypterat till { $recipients ->
    [one] { $recipients } samordnarmottagare
   *[other] { $recipients } samordnarmottagare
} och signerat av den här enheten ({ $fingerprint }).
bundle-empty = Obs: samordnaren har redan kvitterat allt; det här paketet innehåller inga operationer.
device-pinned = Fäste ny enhet { $device } med fingeravtrycket { $fingerprint }: kontrollera det med arrangören personligen eller per telefon.
bundle-replay = { $file }: redan importerat (upprepning): alla { $known } operationer var kända; ingenting ändrades.
bundle-imported = { $file }: importerat till ”{ $title }” från enheten { $device } ({ $fingerprint }): { $records ->
    [one] { $records } ny post
   *[other] { $records } nya poster
}, { $amends ->
    [one] { $amends } rättelse
   *[other] { $amends } rättelser
}, { $voids ->
    [one] { $voids } ogiltigförklaring
   *[other] { $voids } ogiltigförklaringar
}, { $events ->
    [one] { $events } nytt evenemang
   *[other] { $events } nya evenemang
}, { $known } redan kända, 0 konflikter; operationer från { $replicas }.
receipt-imported = Kvitto från samordnaren för ”{ $title }” ({ $created }): { $acknowledged } operationer har nu kvitterats; { $unacknowledged } återstår att skicka. `fieldsign purge --acknowledged` tar bort det som har levererats från den här datorn.
receipt-ignored = Varning: kvittot kvitterade också { $ignored } operation(er) som den här datorn aldrig har skrivit (nummer den inte har använt, eller andra enheters); de ignorerades, så purge kan inte ta bort något på grund av dem. Säg till samordnaren: en annan enhet kan ha skickat operationer i den här datorns namn.
receipt-written = Skrev { $file }: kvitterar { $count } operationer till enheten { $device } ({ $fingerprint }) för ”{ $title }”, krypterat till den enheten. Skicka tillbaka det till arrangören.
device-none = Inga enheter ännu: de fästs när deras första paket importeras.
device-revoked = Enheten { $device } ({ $fingerprint }) har återkallats: dess senare paket avvisas. Det den skickade tidigare finns kvar; gå igenom det med `fieldsign list`.

## `verify`.

verify-file = fil
verify-format = filformat
verify-campaign = kampanj
verify-device = enhet
verify-created = skapat
verify-recipients = mottagare
verify-ranges = intervall
verify-replicas = repliker
verify-operations = operationer
verify-events = evenemang
verify-signed-by = signerat av
verify-acknowledges = kvitterar
verify-signature-valid = { $format } v{ $version } (giltig signatur)
verify-device-fingerprint = { $device } fingeravtryck { $fingerprint } — { $status }
verify-device-known = känd (fäst)
verify-device-unknown = ännu okänd (import fäster den)
verify-device-revoked = ÅTERKALLAD (import skulle avvisas)
verify-device-mismatch = NYCKELN STÄMMER INTE: fäst med { $pinned } (import skulle avvisas)
verify-operation-kinds = { $ops } ({ $adds ->
    [one] { $adds } ny rad
   *[other] { $adds } nya rader
}, { $amends ->
    [one] { $amends } rättelse
   *[other] { $amends } rättelser
}, { $voids ->
    [one] { $voids } ogiltigförklaring
   *[other] { $voids } ogiltigförklaringar
})
verify-from-coordinator = kampanjens samordnare
verify-not-coordinator = INTE den här kampanjens samordnare (import skulle avvisas)
verify-acknowledged = { $ranges } ({ $count } operationer)

## Rensning.

purge-done = { $valid } levererade och rensade
purge-also = ; värdena har också tagits bort från { $lines } (räknas fortfarande som sådana)
purge-illegible-lines = { $count ->
    [one] { $count } oläslig rad
   *[other] { $count } oläsliga rader
}
purge-void-lines = { $count ->
    [one] { $count } ogiltigförklarad rad
   *[other] { $count } ogiltigförklarade rader
}
purge-and = { $first } och { $second }
purge-cleared = ; { $ops ->
    [one] { $ops } operation rensad
   *[other] { $ops } operationer rensade
}; { $waiting ->
    [one] { $waiting } post väntar
   *[other] { $waiting } poster väntar
} på ett kvitto.
purge-rewritten = Databasen har skrivits om utan dem.
purge-nothing = Inget att rensa: importera först ett kvitto från samordnaren (`fieldsign import receipt FILE`).

## Rapporter, leveransexport, dubbletter.

report-all = alla
report-event = evenemang { $name } { $date }
report-device = enhet { $device }
report-by-country = giltiga per land: { $countries }
report-purged = { $count } levererade och rensade från det här valvet (räknade, värden borttagna).
export-written = Skrev { $count ->
    [one] { $count } giltig namnunderskrift
   *[other] { $count } giltiga namnunderskrifter
} från ”{ $title }” till { $file }.
export-plain-warning = VARNING: { $file } är KLARTEXT: vem som helst som får tag i den kan läsa varje undertecknares namn och kontaktuppgifter. Leverera den via en säker kanal och radera den när du är klar.
export-purged-left-out = { $count ->
    [one] { $count } rensad post utelämnades: dess värden finns bara hos samordnaren.
   *[other] { $count } rensade poster utelämnades: deras värden finns bara hos samordnaren.
}
dedupe-none = Inga troliga dubbletter bland { $count ->
    [one] { $count } giltig post
   *[other] { $count } giltiga poster
}.
dedupe-none-likely = Inga troliga dubbletter bland { $count ->
    [one] { $count } giltig post
   *[other] { $count } giltiga poster
} (`--possible` listar också par som är värda en granskning).
dedupe-groups = { $count ->
    [one] { $count } grupp
   *[other] { $count } grupper
} med troliga dubbletter, de säkraste först. Kontrollera pappersarken och ogiltigförklara de överflödiga med `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } grupp
   *[other] { $count } grupper
} med troliga eller möjliga dubbletter, de säkraste först. Kontrollera pappersarken och ogiltigförklara de överflödiga med `fieldsign void ID --reason "duplicate of …"`.

## Andra fel från valvet

error-already-exists = det finns redan ett valv i { $dir }; använd det, eller välj en annan mapp med --vault
error-unknown-campaign = ingen kampanj matchar angiven --campaign (visas inte: det kan vara ett värde); `fieldsign campaign list` visar dem, `fieldsign campaign join FILE` ansluter dig till en
error-no-campaigns = det här valvet har ingen kampanj ännu; gå med i en med `fieldsign campaign join FILE` eller skapa en med `fieldsign campaign create`
error-campaign-needed = det här valvet har flera kampanjer ({ $campaigns }); välj en med --campaign
error-ambiguous-campaign = angiven --campaign matchar flera kampanjer ({ $matches }); ange id:t i stället
error-unknown-event = inget evenemang i den här kampanjen matchar angiven --event (visas inte: det kan vara ett värde); `fieldsign event list` visar dem, `fieldsign event create` lägger till ett
error-ambiguous-event = angiven --event matchar flera evenemang ({ $matches }); ange id:t i stället
error-unknown-record = ingen post med id { $id } i det här valvet; `fieldsign list` visar id:na
