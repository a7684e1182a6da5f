### fieldsign: dansk. Ordliste: docs/glossary/da.md. "Du" er normen i dansk software.

-fieldsign = fieldsign

## Fejl og advarsler på kommandolinjen.

error-prefix = fejl: { $message }
warning-core-dumps = advarsel: kunne ikke slå kernedumps fra ({ $reason }); et nedbrud kan skrive hukommelsen til disken
error-invalid-value = fejl: værdien til { $arg } er ugyldig{ $why }; se `fieldsign --help`
error-unexpected-word = fejl: der blev angivet et uventet ord (ikke vist: det kan være en værdi; værdier angives i --field KEY=VALUE); se `fieldsign --help`
error-internal = fejl: fieldsign ramte en intern fejl ved { $place }. Intet ikke-gemt blev skrevet; det, skærmen viste som gemt, er i sikkerhed. Rapportér det venligst (uden nogen data om underskrivere).
error-file = fejl: { $file }: { $message }
error-vault-in-use = boksen i { $dir } bruges af en anden fieldsign-proces; luk den først (kun én ad gangen kan holde en boks)
error-vault-closing = boksen i { $dir } holdes af en fieldsign-proces, der er ved at lukke; prøv igen om et par sekunder
error-no-vault = ingen boks i { $dir }: opret en med `fieldsign init` (eller peg --vault / FIELDSIGN_VAULT på en eksisterende)
error-wrong-passphrase = forkert adgangssætning til denne boks; prøv igen (der skelnes mellem store og små bogstaver). Er du sikker på, at den er rigtig, kan nøglefilen være beskadiget: gendan key.age fra en sikkerhedskopi
error-bundles-refused = { $failed } af { $total } pakker blev afvist (se ovenfor; de ændrede intet); de øvrige blev importeret

## Adgangssætninger.

prompt-vault-passphrase = Boksens adgangssætning:{" "}
passphrase-choose = Vælg { $kind ->
    [new] boksens nye adgangssætning
   *[first] boksens adgangssætning
}: en lang sætning på flere ord er både stærk og let at skrive.
prompt-new-passphrase = Ny adgangssætning til boksen:{" "}
prompt-repeat-passphrase = Gentag boksens adgangssætning:{" "}
passphrase-short = Den er kort; alle, der tager den bærbare, kan gætte den. Brug hellere 4 ord eller flere.
passphrase-mismatch = De to er ikke ens; prøv igen.
passphrase-changed = Adgangssætningen er ændret. Den gamle åbner ikke længere denne boks.

## Boks og identitet.

vault-created = Oprettede en boks i { $dir }
vault-device = Enhed { $device }, fingeraftryk for signeringsnøglen { $fingerprint }
vault-next = Næste skridt: `fieldsign campaign join FILE` (arrangør) eller `fieldsign campaign create --title …` (koordinator).
identity-exported = Boksens HEMMELIGE age-identitet er skrevet til { $file } (tilstand 0600). Den, der har den, kan læse alle pakker sendt til denne boks: opbevar den på en krypteret disk, og slet den, når du er færdig.

## Kampagner og begivenheder.

campaign-created = Kampagnen »{ $title }« ({ $id }) er oprettet. Giv { $file } til arrangørerne: `fieldsign campaign join { $file }`; koordinatornøglens fingeraftryk er { $fingerprint }.
campaign-joined = Tilsluttet »{ $title }« ({ $id }). Koordinatornøglens fingeraftryk { $fingerprint }: tjek det med din koordinator pr. telefon eller personligt.
campaign-none = Ingen kampagner endnu: `fieldsign campaign join FILE` eller `fieldsign campaign create --title …`.
show-role = rolle
show-role-coordinator = koordinator (denne boks har kampagnens signeringsnøgle)
show-role-organizer = organisator
show-coordinator-key = koordinatorens nøgle
show-goal = mål
show-goal-signatures = underskrifter: { $count }
show-no-goal = ikke sat
show-fields = felter
show-required = påkrævet
show-field-role = rolle { $role }
show-no-events = ingen endnu
show-event-records = poster: { $count }
show-texts = underskriftsindsamlingens tekst
show-no-texts = ingen: kampagnefilen har ingen tekst; bed koordinatoren om den
show-text-heading = Teksten, { $language } ({ $number } af { $count }):

## Poster.

record-amended = { $id } er rettet.
record-voided = { $id } er annulleret; den tæller ikke længere.
csv-imported = Importerede { $count ->
    [one] { $count } underskrift
   *[other] { $count } underskrifter
} til »{ $event }« (ark { $first }–{ $last }).

## Pakker, kvitteringer, enheder.

bundle-what-all = alt, hvad boksen indeholder
bundle-what-new = alt, hvad koordinatoren endnu ikke har kvitteret for
bundle-written = Skrev { $file } ({ $bytes } byte): { $ops ->
    [one] { $ops } operation
   *[other] { $ops } operationer
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
    [one] { $events } begivenhed
   *[other] { $events } begivenheder
} fra »{ $title }«, { $what }, krypteret til { $recipients ->
    [one] { $recipients } koordinatormodtager
   *[other] { $recipients } koordinatormodtagere
} og signeret af denne enhed ({ $fingerprint }).
bundle-empty = Bemærk: koordinatoren har allerede kvitteret for alt; denne pakke indeholder ingen operationer.
device-pinned = Fastgjorde ny enhed { $device } med fingeraftrykket { $fingerprint }: tjek det med arrangøren personligt eller pr. telefon.
bundle-replay = { $file }: allerede importeret (gentagelse): alle { $known } operationer var kendt; intet er ændret.
bundle-imported = { $file }: importeret til »{ $title }« fra enheden { $device } ({ $fingerprint }): { $records ->
    [one] { $records } ny post
   *[other] { $records } nye poster
}, { $amends ->
    [one] { $amends } rettelse
   *[other] { $amends } rettelser
}, { $voids ->
    [one] { $voids } annullering
   *[other] { $voids } annulleringer
}, { $events ->
    [one] { $events } ny begivenhed
   *[other] { $events } nye begivenheder
}, { $known } allerede kendt, 0 konflikter; operationer fra { $replicas }.
receipt-imported = Kvittering fra koordinatoren af »{ $title }« ({ $created }): { $acknowledged } operationer er nu kvitteret for; { $unacknowledged } mangler stadig at blive sendt. `fieldsign purge --acknowledged` fjerner det afleverede fra denne bærbare.
receipt-ignored = Advarsel: kvitteringen kvitterede også for { $ignored } operation(er), som denne bærbare aldrig har skrevet (numre, den ikke har brugt, eller andre enheders); de blev ignoreret, så purge kan ikke fjerne noget på grund af dem. Sig det til koordinatoren: en anden enhed kan have sendt operationer i denne bærbares navn.
receipt-written = Skrev { $file }: kvitterer for { $count } operationer til enheden { $device } ({ $fingerprint }) for »{ $title }«, krypteret til den enhed. Send den tilbage til arrangøren.
device-none = Ingen enheder endnu: de fastgøres, når deres første pakke importeres.
device-revoked = Enheden { $device } ({ $fingerprint }) er tilbagekaldt: dens senere pakker afvises. Det, den har sendt før, bliver; gennemse det med `fieldsign list`.

## `verify`.

verify-file = fil
verify-format = filformat
verify-campaign = kampagne
verify-device = enhed
verify-created = oprettet
verify-recipients = modtagere
verify-ranges = intervaller
verify-replicas = replikaer
verify-operations = operationer
verify-events = begivenheder
verify-signed-by = signeret af
verify-acknowledges = kvitterer for
verify-signature-valid = { $format } v{ $version } (gyldig signatur)
verify-device-fingerprint = { $device } fingeraftryk { $fingerprint } — { $status }
verify-device-known = kendt (fastgjort)
verify-device-unknown = endnu ukendt (import fastgør den)
verify-device-revoked = TILBAGEKALDT (import ville blive afvist)
verify-device-mismatch = NØGLEN PASSER IKKE: fastgjort med { $pinned } (import ville blive afvist)
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
verify-from-coordinator = kampagnens koordinator
verify-not-coordinator = IKKE denne kampagnes koordinator (import ville blive afvist)
verify-acknowledged = { $ranges } ({ $count } operationer)

## Rydning.

purge-done = { $valid } afleveret og ryddet
purge-also = ; værdierne er også fjernet fra { $lines } (tælles stadig som sådan)
purge-illegible-lines = { $count ->
    [one] { $count } ulæselig linje
   *[other] { $count } ulæselige linjer
}
purge-void-lines = { $count ->
    [one] { $count } annulleret linje
   *[other] { $count } annullerede linjer
}
purge-and = { $first } og { $second }
purge-cleared = ; { $ops ->
    [one] { $ops } operation ryddet
   *[other] { $ops } operationer ryddet
}; { $waiting ->
    [one] { $waiting } post venter
   *[other] { $waiting } poster venter
} på en kvittering.
purge-rewritten = Databasen er skrevet om uden dem.
purge-nothing = Intet at rydde: importér først en kvittering fra koordinatoren (`fieldsign import receipt FILE`).

## Rapporter, afleveringseksport, dubletter.

report-all = alle
report-event = begivenhed { $name } { $date }
report-device = enhed { $device }
report-by-country = gyldige pr. land: { $countries }
report-purged = { $count } afleveret og ryddet fra denne boks (talt med, værdier fjernet).
export-written = Skrev { $count ->
    [one] { $count } gyldig underskrift
   *[other] { $count } gyldige underskrifter
} fra »{ $title }« til { $file }.
export-plain-warning = ADVARSEL: { $file } er KLARTEKST: alle, der får fat i den, kan læse hver underskrivers navn og kontakt. Aflever den via en sikker kanal, og slet den, når du er færdig.
export-purged-left-out = { $count ->
    [one] { $count } ryddet post blev udeladt: dens værdier findes kun hos koordinatoren.
   *[other] { $count } ryddede poster blev udeladt: deres værdier findes kun hos koordinatoren.
}
dedupe-none = Ingen sandsynlige dubletter blandt { $count ->
    [one] { $count } gyldig post
   *[other] { $count } gyldige poster
}.
dedupe-none-likely = Ingen sandsynlige dubletter blandt { $count ->
    [one] { $count } gyldig post
   *[other] { $count } gyldige poster
} (`--possible` viser også par, der er værd at se på).
dedupe-groups = { $count ->
    [one] { $count } gruppe
   *[other] { $count } grupper
} af sandsynlige dubletter, de sikreste først. Tjek papirarkene, og annullér de overskydende med `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } gruppe
   *[other] { $count } grupper
} af sandsynlige eller mulige dubletter, de sikreste først. Tjek papirarkene, og annullér de overskydende med `fieldsign void ID --reason "duplicate of …"`.

## Andre fejl fra boksen

error-already-exists = der er allerede en boks i { $dir }; brug den, eller vælg en anden mappe med --vault
error-unknown-campaign = ingen kampagne passer til den angivne --campaign (ikke vist: det kan være en værdi); `fieldsign campaign list` viser dem, `fieldsign campaign join FILE` tilslutter dig en
error-no-campaigns = denne boks har endnu ingen kampagne; tilslut dig en med `fieldsign campaign join FILE`, eller opret en med `fieldsign campaign create`
error-campaign-needed = denne boks har flere kampagner ({ $campaigns }); vælg en med --campaign
error-ambiguous-campaign = den angivne --campaign passer til flere kampagner ({ $matches }); angiv i stedet id'et
error-unknown-event = ingen begivenhed i denne kampagne passer til den angivne --event (ikke vist: det kan være en værdi); `fieldsign event list` viser dem, `fieldsign event create` tilføjer en
error-ambiguous-event = den angivne --event passer til flere begivenheder ({ $matches }); angiv i stedet id'et
error-unknown-record = ingen post med id { $id } i denne boks; `fieldsign list` viser id'erne
