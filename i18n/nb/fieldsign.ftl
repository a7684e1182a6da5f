### fieldsign: norsk bokmål. Ordliste: docs/glossary/nb.md. "Du" er normen i norsk programvare.

-fieldsign = fieldsign

## Feil og advarsler på kommandolinjen.

error-prefix = feil: { $message }
warning-core-dumps = advarsel: kunne ikke slå av minnedumper ({ $reason }); et krasj kan skrive minnet til disken
error-invalid-value = feil: verdien for { $arg } er ugyldig{ $why }; se `fieldsign --help`
error-unexpected-word = feil: et uventet ord ble oppgitt (ikke vist: det kan være en verdi; verdier oppgis i --field KEY=VALUE); se `fieldsign --help`
error-internal = feil: fieldsign fikk en intern feil ved { $place }. Ingenting ulagret ble skrevet; det skjermen viste som lagret, er trygt. Vennligst rapporter dette (uten noen data om underskrivere).
error-file = feil: { $file }: { $message }
error-vault-in-use = hvelvet i { $dir } brukes av en annen fieldsign-prosess; lukk den først (bare én om gangen kan holde et hvelv)
error-vault-closing = hvelvet i { $dir } holdes av en fieldsign-prosess som holder på å lukkes; prøv igjen om noen sekunder
error-no-vault = ikke noe hvelv i { $dir }: opprett et med `fieldsign init` (eller pek --vault / FIELDSIGN_VAULT på et eksisterende)
error-wrong-passphrase = feil passordfrase for dette hvelvet; prøv igjen (det skilles mellom store og små bokstaver). Er du sikker på at den er riktig, kan nøkkelfilen være skadet: gjenopprett key.age fra en sikkerhetskopi
error-bundles-refused = { $failed } av { $total } pakker ble avvist (se over; de endret ingenting); resten ble importert

## Passordfraser.

prompt-vault-passphrase = Hvelvets passordfrase:{" "}
passphrase-choose = Velg { $kind ->
    [new] hvelvets nye passordfrase
   *[first] hvelvets passordfrase
}: en lang frase på flere ord er både sterk og lett å skrive.
prompt-new-passphrase = Ny passordfrase for hvelvet:{" "}
prompt-repeat-passphrase = Gjenta hvelvets passordfrase:{" "}
passphrase-short = Den er kort; alle som tar den bærbare, kan gjette den. Bruk heller 4 ord eller flere.
passphrase-mismatch = De to er ikke like; prøv igjen.
passphrase-changed = Passordfrasen er endret. Den gamle åpner ikke lenger dette hvelvet.

## Hvelv og identitet.

vault-created = Opprettet et hvelv i { $dir }
vault-device = Enhet { $device }, fingeravtrykk for signeringsnøkkelen { $fingerprint }
vault-next = Neste steg: `fieldsign campaign join FILE` (arrangør) eller `fieldsign campaign create --title …` (koordinator).
identity-exported = Hvelvets HEMMELIGE age-identitet er skrevet til { $file } (modus 0600). Den som har den, kan lese alle pakker sendt til dette hvelvet: oppbevar den på en kryptert disk, og slett den når du er ferdig.

## Kampanjer og arrangementer.

campaign-created = Kampanjen «{ $title }» ({ $id }) er opprettet. Gi { $file } til arrangørene: `fieldsign campaign join { $file }`; koordinatornøkkelens fingeravtrykk er { $fingerprint }.
campaign-joined = Ble med i «{ $title }» ({ $id }). Koordinatornøkkelens fingeravtrykk { $fingerprint }: sjekk det med koordinatoren på telefon eller personlig.
campaign-none = Ingen kampanjer ennå: `fieldsign campaign join FILE` eller `fieldsign campaign create --title …`.
show-role = rolle
show-role-coordinator = koordinator (dette hvelvet har kampanjens signeringsnøkkel)
show-role-organizer = organisator
show-coordinator-key = koordinatorens nøkkel
show-goal = mål
show-goal-signatures = underskrifter: { $count }
show-no-goal = ikke satt
show-fields = felter
show-required = påkrevd
show-field-role = rolle { $role }
show-no-events = ingen ennå
show-event-records = oppføringer: { $count }
show-texts = oppropets tekst
show-no-texts = ingen: kampanjefilen har ingen tekst; be koordinatoren om den
show-text-heading = Oppropets tekst, { $language } ({ $number } av { $count }):

## Oppføringer.

record-amended = { $id } er rettet.
record-voided = { $id } er annullert; den telles ikke lenger.
csv-imported = Importerte { $count ->
    [one] { $count } underskrift
   *[other] { $count } underskrifter
} til «{ $event }» (ark { $first }–{ $last }).

## Pakker, kvitteringer, enheter.

bundle-what-all = alt hvelvet inneholder
bundle-what-new = alt koordinatoren ennå ikke har kvittert for
bundle-written = Skrev { $file } ({ $bytes } byte): { $ops ->
    [one] { $ops } operasjon
   *[other] { $ops } operasjoner
} ({ $adds ->
    [one] { $adds } ny linje
   *[other] { $adds } nye linjer
}, { $amends ->
    [one] { $amends } rettelse
   *[other] { $amends } rettelser
}, { $voids ->
    [one] { $voids } annullering
   *[other] { $voids } annulleringer
}) og { $events ->
    [one] { $events } arrangement
   *[other] { $events } arrangementer
} fra «{ $title }», { $what }, kryptert til { $recipients ->
    [one] { $recipients } koordinatormottaker
   *[other] { $recipients } koordinatormottakere
} og signert av denne enheten ({ $fingerprint }).
bundle-empty = Merk: koordinatoren har allerede kvittert for alt; denne pakken inneholder ingen operasjoner.
device-pinned = Festet ny enhet { $device } med fingeravtrykket { $fingerprint }: sjekk det med arrangøren personlig eller på telefon.
bundle-replay = { $file }: allerede importert (gjentakelse): alle { $known } operasjoner var kjent; ingenting er endret.
bundle-imported = { $file }: importert til «{ $title }» fra enheten { $device } ({ $fingerprint }): { $records ->
    [one] { $records } ny oppføring
   *[other] { $records } nye oppføringer
}, { $amends ->
    [one] { $amends } rettelse
   *[other] { $amends } rettelser
}, { $voids ->
    [one] { $voids } annullering
   *[other] { $voids } annulleringer
}, { $events ->
    [one] { $events } nytt arrangement
   *[other] { $events } nye arrangementer
}, { $known } allerede kjent, 0 konflikter; operasjoner fra { $replicas }.
receipt-imported = Kvittering fra koordinatoren for «{ $title }» ({ $created }): { $acknowledged } operasjoner er nå kvittert for; { $unacknowledged } gjenstår å sende. `fieldsign purge --acknowledged` fjerner det som er levert, fra denne bærbare.
receipt-ignored = Advarsel: kvitteringen kvitterte også for { $ignored } operasjon(er) som denne bærbare aldri har skrevet (numre den ikke har brukt, eller andre enheters); de ble ignorert, så purge kan ikke fjerne noe på grunn av dem. Si fra til koordinatoren: en annen enhet kan ha sendt operasjoner i denne bærbares navn.
receipt-written = Skrev { $file }: kvitterer for { $count } operasjoner til enheten { $device } ({ $fingerprint }) for «{ $title }», kryptert til den enheten. Send den tilbake til arrangøren.
device-none = Ingen enheter ennå: de festes når den første pakken deres importeres.
device-revoked = Enheten { $device } ({ $fingerprint }) er tilbakekalt: senere pakker fra den avvises. Det den har sendt før, blir værende; se gjennom det med `fieldsign list`.

## `verify`.

verify-file = fil
verify-format = filformat
verify-campaign = kampanje
verify-device = enhet
verify-created = opprettet
verify-recipients = mottakere
verify-ranges = intervaller
verify-replicas = replikaer
verify-operations = operasjoner
verify-events = arrangementer
verify-signed-by = signert av
verify-acknowledges = kvitterer for
verify-signature-valid = { $format } v{ $version } (gyldig signatur)
verify-device-fingerprint = { $device } fingeravtrykk { $fingerprint } — { $status }
verify-device-known = kjent (festet)
verify-device-unknown = ennå ukjent (import fester den)
verify-device-revoked = TILBAKEKALT (import ville blitt avvist)
verify-device-mismatch = NØKKELEN STEMMER IKKE: festet med { $pinned } (import ville blitt avvist)
verify-operation-kinds = { $ops } ({ $adds ->
    [one] { $adds } ny linje
   *[other] { $adds } nye linjer
}, { $amends ->
    [one] { $amends } rettelse
   *[other] { $amends } rettelser
}, { $voids ->
    [one] { $voids } annullering
   *[other] { $voids } annulleringer
})
verify-from-coordinator = kampanjens koordinator
verify-not-coordinator = IKKE denne kampanjens koordinator (import ville blitt avvist)
verify-acknowledged = { $ranges } ({ $count } operasjoner)

## Rydding.

purge-done = { $valid } levert og ryddet
purge-also = ; verdiene er også fjernet fra { $lines } (telles fortsatt som det)
purge-illegible-lines = { $count ->
    [one] { $count } uleselig linje
   *[other] { $count } uleselige linjer
}
purge-void-lines = { $count ->
    [one] { $count } annullert linje
   *[other] { $count } annullerte linjer
}
purge-and = { $first } og { $second }
purge-cleared = ; { $ops ->
    [one] { $ops } operasjon ryddet
   *[other] { $ops } operasjoner ryddet
}; { $waiting ->
    [one] { $waiting } oppføring venter
   *[other] { $waiting } oppføringer venter
} på en kvittering.
purge-rewritten = Databasen er skrevet på nytt uten dem.
purge-nothing = Ingenting å rydde: importer først en kvittering fra koordinatoren (`fieldsign import receipt FILE`).

## Rapporter, leveringseksport, duplikater.

report-all = alle
report-event = arrangement { $name } { $date }
report-device = enhet { $device }
report-by-country = gyldige per land: { $countries }
report-purged = { $count } levert og ryddet fra dette hvelvet (telt, verdier fjernet).
export-written = Skrev { $count ->
    [one] { $count } gyldig underskrift
   *[other] { $count } gyldige underskrifter
} fra «{ $title }» til { $file }.
export-plain-warning = ADVARSEL: { $file } er KLARTEKST: alle som får tak i den, kan lese hver underskrivers navn og kontakt. Lever den over en sikker kanal, og slett den når du er ferdig.
export-purged-left-out = { $count ->
    [one] { $count } ryddet oppføring ble utelatt: verdiene finnes bare hos koordinatoren.
   *[other] { $count } ryddede oppføringer ble utelatt: verdiene finnes bare hos koordinatoren.
}
dedupe-none = Ingen sannsynlige duplikater blant { $count ->
    [one] { $count } gyldig oppføring
   *[other] { $count } gyldige oppføringer
}.
dedupe-none-likely = Ingen sannsynlige duplikater blant { $count ->
    [one] { $count } gyldig oppføring
   *[other] { $count } gyldige oppføringer
} (`--possible` viser også par som er verdt å se på).
dedupe-groups = { $count ->
    [one] { $count } gruppe
   *[other] { $count } grupper
} med sannsynlige duplikater, de sikreste først. Sjekk papirarkene, og annuller de overflødige med `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } gruppe
   *[other] { $count } grupper
} med sannsynlige eller mulige duplikater, de sikreste først. Sjekk papirarkene, og annuller de overflødige med `fieldsign void ID --reason "duplicate of …"`.

## Andre feil fra hvelvet

error-already-exists = det finnes allerede et hvelv i { $dir }; bruk det, eller velg en annen mappe med --vault
error-unknown-campaign = ingen kampanje passer til oppgitt --campaign (ikke vist: det kan være en verdi); `fieldsign campaign list` viser dem, `fieldsign campaign join FILE` melder deg inn i en
error-no-campaigns = dette hvelvet har ingen kampanje ennå; bli med i en med `fieldsign campaign join FILE`, eller opprett en med `fieldsign campaign create`
error-campaign-needed = dette hvelvet har flere kampanjer ({ $campaigns }); velg en med --campaign
error-ambiguous-campaign = oppgitt --campaign passer til flere kampanjer ({ $matches }); oppgi heller id-en
error-unknown-event = ingen arrangementer i denne kampanjen passer til oppgitt --event (ikke vist: det kan være en verdi); `fieldsign event list` viser dem, `fieldsign event create` legger til et
error-ambiguous-event = oppgitt --event passer til flere arrangementer ({ $matches }); oppgi heller id-en
error-unknown-record = ingen oppføring med id { $id } i dette hvelvet; `fieldsign list` viser id-ene
