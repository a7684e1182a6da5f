### fieldsign: español. Glosario: docs/glossary/es.md. Trato de usted.

-fieldsign = fieldsign

## Errores y avisos de la línea de órdenes.

error-prefix = error: { $message }
warning-core-dumps = aviso: no se pudieron desactivar los volcados de memoria ({ $reason }); un fallo podría escribir la memoria en el disco
error-invalid-value = error: el valor dado para { $arg } no es válido{ $why }; consulte `fieldsign --help`
error-unexpected-word = error: se dio una palabra inesperada (no se muestra: puede ser un valor; los valores van en --field KEY=VALUE); consulte `fieldsign --help`
error-internal = error: fieldsign sufrió un error interno en { $place }. No se escribió nada sin guardar; lo que la pantalla mostró como guardado está a salvo. Por favor, infórmelo (sin ningún dato de firmantes).
error-file = error: { $file }: { $message }
error-vault-in-use = la bóveda de { $dir } está en uso por otro proceso de fieldsign; ciérrelo primero (solo uno puede tener abierta una bóveda)
error-vault-closing = la bóveda de { $dir } la retiene un proceso de fieldsign que se está cerrando; vuelva a intentarlo en unos segundos
error-no-vault = no hay ninguna bóveda en { $dir }: cree una con `fieldsign init` (o indique una existente con --vault / FIELDSIGN_VAULT)
error-wrong-passphrase = frase de contraseña incorrecta para esta bóveda; vuelva a intentarlo (distingue mayúsculas y minúsculas). Si está seguro de que es correcta, el archivo de clave puede estar dañado: restaure key.age desde una copia de seguridad
error-bundles-refused = se rechazaron { $failed } de { $total } paquetes (véase arriba; no cambiaron nada); los demás se importaron

## Frases de contraseña.

prompt-vault-passphrase = Frase de contraseña de la bóveda:{" "}
passphrase-choose = Elija { $kind ->
    [new] la nueva frase de contraseña de la bóveda
   *[first] la frase de contraseña de la bóveda
}: una frase larga de varias palabras es a la vez segura y fácil de escribir.
prompt-new-passphrase = Nueva frase de contraseña de la bóveda:{" "}
prompt-repeat-passphrase = Repita la frase de contraseña de la bóveda:{" "}
passphrase-short = Es corta; cualquiera que se lleve el portátil puede adivinarla. Mejor 4 palabras o más.
passphrase-mismatch = Las dos no coinciden; vuelva a intentarlo.
passphrase-changed = Frase de contraseña cambiada. La anterior ya no abre esta bóveda.

## Bóveda e identidad.

vault-created = Bóveda creada en { $dir }
vault-device = Dispositivo { $device }, huella de la clave de firma { $fingerprint }
vault-next = Siguiente paso: `fieldsign campaign join FILE` (organizador) o `fieldsign campaign create --title …` (coordinador).
identity-exported = Se escribió la identidad age SECRETA de esta bóveda en { $file } (modo 0600). Quien la tenga puede leer todos los paquetes enviados a esta bóveda: guárdela en un disco cifrado y bórrela al terminar.

## Campañas y eventos.

campaign-created = Campaña «{ $title }» ({ $id }) creada. Entregue { $file } a los organizadores: `fieldsign campaign join { $file }`; la huella de la clave del coordinador es { $fingerprint }.
campaign-joined = Se unió a «{ $title }» ({ $id }). Huella de la clave del coordinador { $fingerprint }: compruébela con su coordinador por teléfono o en persona.
campaign-none = Todavía no hay campañas: `fieldsign campaign join FILE` o `fieldsign campaign create --title …`.
show-role = papel
show-role-coordinator = coordinador (esta bóveda tiene la clave de firma de la campaña)
show-role-organizer = organizador
show-coordinator-key = clave del coordinador
show-goal = objetivo
show-goal-signatures = firmas: { $count }
show-no-goal = sin fijar
show-fields = campos
show-required = obligatorio
show-field-role = función { $role }
show-no-events = ninguno todavía
show-event-records = registros: { $count }
show-texts = texto de la petición
show-no-texts = ninguno: el archivo de la campaña no trae texto de la petición; pídaselo al coordinador
show-text-heading = Texto de la petición, { $language } ({ $number } de { $count }):

## Registros.

record-amended = { $id } corregido.
record-voided = { $id } anulado; ya no cuenta.
csv-imported = { $count ->
    [one] Se importó { $count } firma
   *[other] Se importaron { $count } firmas
} en «{ $event }» (hojas { $first }–{ $last }).

## Paquetes, acuses, dispositivos.

bundle-what-all = todo lo que contiene la bóveda
bundle-what-new = todo lo que el coordinador aún no ha confirmado
bundle-written = Se escribió { $file } ({ $bytes } bytes): { $ops ->
    [one] { $ops } operación
   *[other] { $ops } operaciones
} ({ $adds ->
    [one] { $adds } línea nueva
   *[other] { $adds } líneas nuevas
}, { $amends ->
    [one] { $amends } corrección
   *[other] { $amends } correcciones
}, { $voids ->
    [one] { $voids } anulación
   *[other] { $voids } anulaciones
}) y { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
} de «{ $title }», { $what }, cifrado para { $recipients ->
    [one] { $recipients } destinatario coordinador
   *[other] { $recipients } destinatarios coordinadores
} y firmado por este dispositivo ({ $fingerprint }).
bundle-empty = Nota: el coordinador ya lo confirmó todo; este paquete no lleva operaciones.
device-pinned = Se fijó el nuevo dispositivo { $device } con la huella { $fingerprint }: compruébela con el organizador en persona o por teléfono.
bundle-replay = { $file }: ya importado (repetición): las { $known } operaciones ya se conocían; no cambió nada.
bundle-imported = { $file }: importado en «{ $title }» desde el dispositivo { $device } ({ $fingerprint }): { $records ->
    [one] { $records } registro nuevo
   *[other] { $records } registros nuevos
}, { $amends ->
    [one] { $amends } corrección
   *[other] { $amends } correcciones
}, { $voids ->
    [one] { $voids } anulación
   *[other] { $voids } anulaciones
}, { $events ->
    [one] { $events } evento nuevo
   *[other] { $events } eventos nuevos
}, { $known } ya conocidas, 0 conflictos; operaciones de { $replicas }.
receipt-imported = Acuse del coordinador de «{ $title }» ({ $created }): { $acknowledged } operaciones confirmadas ahora; { $unacknowledged } pendientes de envío. `fieldsign purge --acknowledged` elimina de este portátil lo ya entregado.
receipt-ignored = Aviso: el acuse también confirmó { $ignored } operaciones que este portátil nunca escribió (números que no ha usado, u operaciones de otros dispositivos); se ignoraron, así que purge no puede eliminar nada por ellas. Avise al coordinador: otro dispositivo puede haber enviado operaciones en nombre de este portátil.
receipt-written = Se escribió { $file }: confirma { $count } operaciones al dispositivo { $device } ({ $fingerprint }) para «{ $title }», cifrado para ese dispositivo. Devuélvalo al organizador.
device-none = Todavía no hay dispositivos: se fijan al importar su primer paquete.
device-revoked = Dispositivo { $device } ({ $fingerprint }) revocado: sus paquetes posteriores se rechazan. Lo que envió antes se conserva; revíselo con `fieldsign list`.

## `verify`.

verify-file = archivo
verify-format = formato
verify-campaign = campaña
verify-device = dispositivo
verify-created = creado
verify-recipients = destinatarios
verify-ranges = intervalos
verify-replicas = réplicas
verify-operations = operaciones
verify-events = eventos
verify-signed-by = firmado por
verify-acknowledges = confirma
verify-signature-valid = { $format } v{ $version } (firma válida)
verify-device-fingerprint = { $device } huella { $fingerprint } — { $status }
verify-device-known = conocido (fijado)
verify-device-unknown = aún desconocido (la importación lo fija)
verify-device-revoked = REVOCADO (la importación se rechazaría)
verify-device-mismatch = CLAVE DISTINTA: fijado con { $pinned } (la importación se rechazaría)
verify-operation-kinds = { $ops } ({ $adds ->
    [one] { $adds } línea nueva
   *[other] { $adds } líneas nuevas
}, { $amends ->
    [one] { $amends } corrección
   *[other] { $amends } correcciones
}, { $voids ->
    [one] { $voids } anulación
   *[other] { $voids } anulaciones
})
verify-from-coordinator = el coordinador de la campaña
verify-not-coordinator = NO es el coordinador de esta campaña (la importación se rechazaría)
verify-acknowledged = { $ranges } ({ $count } operaciones)

## Purga.

purge-done = { $valid } entregadas y purgadas
purge-also = ; valores también eliminados de { $lines } (siguen contando como tales)
purge-illegible-lines = { $count ->
    [one] { $count } línea ilegible
   *[other] { $count } líneas ilegibles
}
purge-void-lines = { $count ->
    [one] { $count } línea anulada
   *[other] { $count } líneas anuladas
}
purge-and = { $first } y { $second }
purge-cleared = ; { $ops ->
    [one] { $ops } operación borrada
   *[other] { $ops } operaciones borradas
}; { $waiting ->
    [one] { $waiting } registro espera
   *[other] { $waiting } registros esperan
} un acuse.
purge-rewritten = La base de datos se reescribió sin ellos.
purge-nothing = Nada que purgar: importe primero un acuse del coordinador (`fieldsign import receipt FILE`).

## Informes, exportación de entrega, duplicados.

report-all = todo
report-event = evento { $name } { $date }
report-device = dispositivo { $device }
report-by-country = válidas por país: { $countries }
report-purged = { $count } entregadas y purgadas de esta bóveda (contadas, valores eliminados).
export-written = Se escribieron { $count ->
    [one] { $count } firma válida
   *[other] { $count } firmas válidas
} de «{ $title }» en { $file }.
export-plain-warning = ATENCIÓN: { $file } es TEXTO SIN CIFRAR: quien lo obtenga puede leer el nombre y el contacto de cada firmante. Entréguelo por un canal seguro y bórrelo al terminar.
export-purged-left-out = { $count ->
    [one] Se omitió { $count } registro purgado: sus valores solo los tiene el coordinador.
   *[other] Se omitieron { $count } registros purgados: sus valores solo los tiene el coordinador.
}
dedupe-none = No hay duplicados probables entre { $count ->
    [one] { $count } registro válido
   *[other] { $count } registros válidos
}.
dedupe-none-likely = No hay duplicados probables entre { $count ->
    [one] { $count } registro válido
   *[other] { $count } registros válidos
} (`--possible` también lista pares que conviene revisar).
dedupe-groups = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
} de duplicados probables, los más seguros primero. Revise las hojas de papel y anule los sobrantes con `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
} de duplicados probables o posibles, los más seguros primero. Revise las hojas de papel y anule los sobrantes con `fieldsign void ID --reason "duplicate of …"`.

## Otros errores de la bóveda

error-already-exists = ya hay una bóveda en { $dir }; úsela o elija otra carpeta con --vault
error-unknown-campaign = ninguna campaña coincide con el --campaign dado (no se muestra: puede ser un valor); `fieldsign campaign list` las muestra y `fieldsign campaign join FILE` le une a una
error-no-campaigns = esta bóveda aún no tiene campañas; únase a una con `fieldsign campaign join FILE` o cree una con `fieldsign campaign create`
error-campaign-needed = esta bóveda tiene varias campañas ({ $campaigns }); indique una con --campaign
error-ambiguous-campaign = el --campaign dado coincide con varias campañas ({ $matches }); indique el id en su lugar
error-unknown-event = ningún evento de esta campaña coincide con el --event dado (no se muestra: puede ser un valor); `fieldsign event list` los muestra, `fieldsign event create` añade uno
error-ambiguous-event = el --event dado coincide con varios eventos ({ $matches }); indique el id en su lugar
error-unknown-record = no hay ningún registro con el id { $id } en esta bóveda; `fieldsign list` muestra los id
