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

## La interfaz de terminal (src/tui). Los nombres de las teclas (Enter, Esc, Tab, Ctrl-L) quedan como en el teclado.
## Tablas de teclas: «-help» es la línea de la ayuda F1, la forma corta es la palabra del pie.
key-privacy-help = modo privado: ocultar los campos personales de las entradas anteriores
key-lock-help = bloquear ahora; también se bloquea solo tras un rato sin pulsar ninguna tecla
key-lock = bloquear
key-quit-help = salir (pregunta antes si hay algo a medio escribir)
key-quit = salir
key-help-help = esta ayuda (? solo donde ningún campo de texto tiene el foco)
key-help = ayuda
key-quit-lose = salir y perderlo
key-go-back-to-it = volver a ello
key-close-help-help = cerrar esta ayuda
key-close-help = cerrar ayuda
key-unlock-help = desbloquear con la frase de contraseña escrita
key-unlock = desbloquear
key-home-choose-help = elegir una campaña o un evento
key-first-last-help = la primera / última línea de la lista
key-home-open-help = en un evento: escribir sus hojas; en una campaña: examinarla
key-type-sheets = escribir hojas
key-new-event-help = crear un evento en la campaña elegida
key-new-event = nuevo evento
key-browse-help = examinar, buscar y corregir los registros de la campaña
key-browse = examinar
key-join-help = unirse a una campaña con el archivo de su coordinador
key-join = unirse
key-create-help = crear una campaña local
key-create = crear
key-export-help = exportar un paquete de la campaña elegida para el coordinador
key-export = exportar
key-import-help = importar un paquete (coordinador) o un acuse (organizador)
key-petition-help = leer el texto de la petición de la campaña (para leérselo a quien firma)
key-dashboard-help = coordinador: el panel de la campaña elegida
key-second-entry-help = en un evento: escribir sus hojas otra vez, a ciegas (doble entrada)
key-create-event-help = crear el evento
key-confirm = confirmar
key-next-field = campo siguiente
key-cancel-event-help = cancelar: no se crea ningún evento
key-cancel = cancelar
key-confirm-prompt-help = confirmar lo escrito
key-complete = completar
key-cancel-prompt-help = cancelar lo escrito
key-complete-help = completar el nombre de archivo o carpeta escrito hasta ahora
key-next-field-help = campo siguiente (Shift-Tab y ↑ ↓ también mueven)
key-type = escribir
key-search-help = buscar mientras escribe (cualquier campo; sin distinguir tildes ni mayúsculas)
key-search = buscar
key-move-help = moverse por la lista
key-choose = elegir
key-page-help = una página arriba / abajo
key-first-last-record-help = primer / último registro
key-open-record-help = abrir el registro: corregir, anular, historial
key-open = abrir
key-sort-help = orden: hoja/línea, más recientes primero, más antiguos primero
key-sort = ordenar
key-clear-search-help = borrar la búsqueda, luego volver
key-back = volver
key-count-again-help = volver a contar (tras importar paquetes)
key-count-again = volver a contar
key-back-campaigns-help = volver a las campañas
key-entry-field-help = campo siguiente / anterior (también ↓ ↑)
key-save-line-help = guardar la línea (primero en el disco); dos veces: guardar un duplicado
key-save = guardar
key-illegible-help = guardar esta línea del papel como ilegible o tachada
key-illegible = ilegible
key-next-sheet-help = empezar la siguiente hoja de papel
key-next-sheet = hoja siguiente
key-sheet-setup-help = ajustes de la hoja: número de hoja, línea siguiente, líneas por hoja
key-clear-line-help = borrar toda la línea; Ctrl-U borra un campo
key-browse-event-help = examinar y corregir los registros de este evento
key-petition-entry-help = el texto de la petición, para leérselo a quien firma; Esc vuelve
key-tick-help = marcar / desmarcar una casilla
key-entry-back-help = volver al inicio (pregunta antes si la línea está a medio escribir)
key-all-keys = todas las teclas
key-apply-setup-help = aplicar el número de hoja, la línea siguiente y las líneas por hoja
key-apply = aplicar
key-next = siguiente
key-cancel-setup-help = cancelar: la hoja queda como estaba
key-export-path-help = dónde escribir el paquete (~ es su carpeta personal)
key-write-help = escribirlo (pregunta antes de reemplazar un archivo)
key-write-file = escribir archivo
key-all-new-help = todo lo guardado, o solo lo que no tiene acuse
key-all-new = todo / nuevo
key-import-path-help = la ruta del archivo del paquete o del acuse (~ es su carpeta personal)
key-import-it-help = verificarlo e importarlo
key-import = importar
key-purge-delivered-help = purgar: quitar de este portátil los datos personales que el coordinador confirmó (pregunta antes)
key-purge-delivered = purgar lo entregado
key-next-language-help = el texto en el siguiente idioma de la campaña
key-next-language = idioma siguiente
key-scroll-help = desplazar un texto más largo que la ventana
key-scroll = desplazar
key-purge-now-help = purgar ahora: los valores se borran de este portátil para siempre
key-purge-now = purgar, sin vuelta atrás
key-keep-help = conservarlo todo y volver
key-keep = conservar y volver
key-amend-help = corregir: cambiar valores (los antiguos quedan en el historial)
key-amend = corregir
key-void-help = anular indicando el motivo: el registro deja de contar
key-void = anular
key-history-help = mostrar u ocultar el historial de cambios
key-history = historial
key-back-list-help = volver a la lista
key-save-amendment-help = guardar la corrección (los valores antiguos quedan en el historial)
key-cancel-nothing-help = cancelar: no cambia nada
key-void-reason-help = anular con el motivo escrito (deja de contar; el historial queda)
key-switch-field-help = pasar de un campo de frase de contraseña al otro
key-switch-field = cambiar campo
key-wizard-next-help = campo siguiente, luego crear la bóveda
key-join-file = unirse con archivo
key-create-campaign = crear campaña
key-skip-help = saltar este paso (la pantalla de inicio también ofrece ambas cosas)
key-skip = saltar

## El marco de cada pantalla.
tui-privacy-on = MODO PRIVADO
tui-quit-anyway = ¿Salir de todos modos y perderlo?
tui-quit-title = ¿Salir?
tui-too-small = Ventana demasiado pequeña ({ $size }; se necesita { $needs }).
tui-too-small-keys =
    Agrándela para seguir; hasta entonces se ignoran las teclas,
    salvo Ctrl-L (bloquear) y Ctrl-Q (salir).
tui-too-small-sheet = La hoja { $sheet } sigue abierta tal como estaba.
tui-help-heading = Teclas de esta pantalla ({ $screen })
tui-help-everywhere = En todas partes
tui-help-close = Esc cierra esta ayuda
tui-help-title = Ayuda

## Por qué se rechaza el valor de un campo: «{ field } { problem }». Solo la regla, nunca el valor escrito.
error-field-value = el campo `{ $field }` { $problem }
value-required = es obligatorio
value-too-long = es demasiado largo (como máximo { $graphemes } caracteres y { $bytes } bytes, se escriban como se escriban los caracteres)
value-control = contiene caracteres de control (como secuencias de escape del terminal, tabuladores o saltos de línea)
value-bidi = contiene caracteres que cambian la dirección del texto (U+202A–U+202E, U+2066–U+2069 o marcas de dirección)
value-invisible = contiene caracteres invisibles (como un espacio de ancho cero o un guion suave)
value-email = no es una dirección de correo (se espera name@example.org)
value-phone = no es un número de teléfono (cifras, espacios, + - ( ) . ; de 5 a 20 cifras)
value-country = no es un código de país ISO 3166 (dos letras, p. ej. DE, GR, IN)
value-postcode = no es un código postal (letras, cifras, espacios y -; como máximo 12)
value-date = no es una fecha (se espera AAAA-MM-DD)
value-checkbox = no es un valor de casilla (`yes/no, y/n, x, 1/0, true/false`)
value-choice = no es ninguno de: { $options }

## Los campos de la escritura de hojas y del formulario de evento: nombres de los campos estándar y qué espera un campo.
field-name = Nombre
field-email = Correo
field-phone = Teléfono
field-city = Ciudad
field-country = País
field-postcode = Código postal
field-contact-ok = Acepta contacto
field-place = Lugar
field-date = Fecha
hint-phone = cifras, + - ( )
hint-country = 2 letras: DE, GR, IN…
hint-postcode = letras, cifras, -
hint-checkbox = Espacio marca / desmarca
hint-choice = uno de: { $options }

## La pantalla de desbloqueo.
title-locked = bloqueada
unlock-heading = La bóveda está bloqueada.
unlock-vault = Bóveda:
unlock-passphrase = Frase de contraseña:
unlock-busy = Desbloqueando… (tarda uno o dos segundos a propósito)
unlock-hint = Escriba la frase de contraseña y pulse Enter.
unlock-empty = Escriba la frase de contraseña de la bóveda y luego pulse Enter.
unlock-wrong = Frase de contraseña incorrecta. Inténtelo de nuevo (distingue mayúsculas: revise Bloq Mayús y la distribución del teclado).

## Bloqueo y modo privado.
lock-idle = Bloqueada sola tras { $limit } sin pulsar ninguna tecla. Desbloquee para seguir donde estaba.
lock-key = Bloqueada (Ctrl-L). Desbloquee para seguir donde estaba.
privacy-on = Modo privado activado: los campos personales de las entradas anteriores están ocultos. Ctrl-P los muestra.
privacy-off = Modo privado desactivado.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s

## Títulos de las pantallas (tras «fieldsign · » en la barra de título).
title-home = inicio

## Recuentos que aparecen en varias pantallas.
count-events = { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
}
count-lines = { $count ->
    [one] { $count } línea
   *[other] { $count } líneas
}
counting = contando…
role-coordinator = coordinador
role-organizer = organizador

## Inicio: las campañas y sus eventos.
home-heading = Campañas y eventos
home-empty = Todavía no hay ninguna campaña en esta bóveda.
home-empty-join = unirse a la campaña con el archivo que le dio su coordinador
home-empty-create = crear una campaña local que usted mismo coordina
home-new-event = nuevo evento…
home-new-event-title = Nuevo evento en «{ $campaign }» (Enter lo crea, Esc cancela)
home-event-created = Evento «{ $event }» creado. Enter empieza a escribir sus hojas.
home-second-entry-event = Elija primero un evento (↑ ↓): v escribe sus hojas otra vez, a ciegas, para verificarlas.
home-campaign-first = Primero únase a una campaña (j) o cree una (c); los eventos pertenecen a una campaña.
home-this-device = Este dispositivo:
home-device-checked = (el coordinador lo comprueba)
home-dashboard-coordinators = El panel es del coordinador: cuenta todo lo que llega de cada organizador. Lo que guarda este portátil se cuenta aquí, bajo la lista.
standing-valid = { $count } válidas
standing-void = { $count } anuladas
standing-illegible = { $count } ilegibles
standing-purged = { $count } entregadas y purgadas
standing-unsent = { $count ->
    [one] { $count } cambio aún sin enviar
   *[other] { $count } cambios aún sin enviar
}
standing-last-bundle = último paquete { $time }
standing-no-bundle = aún no se ha escrito ningún paquete
list-and = { $rest } y { $last }

## Escritura de hojas. Los números de hoja y línea son los del papel.
title-entry = escritura de hojas
entry-start = Hoja { $sheet }, línea { $line }: escriba al primer firmante. Tab pasa de un campo a otro, Enter guarda.
entry-continue = Se sigue con la hoja { $sheet } en la línea { $line }. Ctrl-N empieza la hoja { $next }.
entry-not-saved-check = No guardada. Compare la línea con el papel (Ctrl-T fija el número de línea) y luego pulse Enter.
entry-unsaved-leave = La línea { $line } está escrita pero no guardada. Enter la guarda; Esc otra vez la descarta y vuelve.
entry-unsaved-next = La línea { $line } está escrita pero no guardada. Enter la guarda; Ctrl-N otra vez la descarta y empieza la hoja { $next }.
entry-unsaved-resume = La línea { $line } de la hoja { $sheet } está escrita pero no guardada.
entry-sheet-line = hoja { $sheet } línea { $line }
entry-sheet-line-elsewhere = hoja { $sheet } línea { $line } de otro evento
entry-nothing-typed = No hay nada escrito en la línea { $line }. Escriba al firmante, o Ctrl-X si la línea del papel es ilegible o está tachada.
entry-fix-fields = Línea { $line } no guardada: corrija { $fields } (marcado con ✗) y luego pulse Enter.
entry-fix-marked = Línea { $line } no guardada: corrija los campos marcados con ✗ y luego pulse Enter.
entry-again-save = Enter otra vez
entry-again-illegible = Ctrl-X otra vez
entry-retype = La hoja { $sheet } línea { $line } ya está escrita: { $again } guarda una segunda entrada, Esc vuelve.
entry-beyond = La línea { $line } está más allá de las { $lines } líneas de una hoja de papel: { $again } la guarda, Esc vuelve (Ctrl-T cambia los ajustes de la hoja).
entry-duplicate = Probablemente el mismo firmante que { $places }. Enter otra vez la guarda de todos modos; Esc vuelve a la línea.
entry-likely-duplicate = ⚠ Probable duplicado de { $places }
entry-not-saved-error = Línea { $line } NO guardada: { $error }
entry-saved = ✓ Guardado: { $what }. Ahora la línea { $line }.
entry-saved-complete = ✓ Guardado: { $what }. La hoja { $sheet } está completa ({ $count } de { $lines }): Ctrl-N empieza la hoja { $next }.
entry-saved-illegible = hoja { $sheet } línea { $line } como ilegible
entry-next-paper = Hoja { $sheet }, línea { $line }: tome la siguiente hoja de papel.
entry-setup-heading = Ajustes de la hoja (Enter aplica, Esc cancela)
entry-setup-number = debe ser un número a partir de 1
entry-setup-session-only = Las líneas por hoja valen solo para esta sesión: { $error }
entry-setup-done = Hoja { $sheet }, línea siguiente { $line }.
entry-tally-complete = { $count } de { $lines } líneas escritas · hoja completa
entry-tally-left = { $count } de { $lines } líneas escritas · faltan { $left }
entry-tally = { $count ->
    [one] { $count } línea escrita en esta hoja
   *[other] { $count } líneas escritas en esta hoja
}
entry-sheet = Hoja
entry-line = Línea
entry-nothing-saved = Aún no hay nada guardado en esta hoja.
entry-privacy-mode = modo privado
entry-illegible = ilegible
entry-last-saved = Última línea guardada:
entry-blind-heading = segunda entrada, a ciegas
entry-blind-start = Segunda entrada de la hoja { $sheet }, desde la línea { $line }: escriba lo que dice el papel. La primera entrada no se muestra.
entry-blind-none = Ninguna línea de este evento espera una segunda entrada en esta bóveda. Escriba hojas que ya se escribieron (Ctrl-T fija la hoja y la línea).
entry-blind-tally = { $count ->
    [one] { $count } línea escrita
   *[other] { $count } líneas escritas
} · { $again } escritas otra vez
entry-blind-differs = Línea { $line } AÚN NO guardada: difiere de la primera entrada en { $fields }. Lea el papel otra vez y escriba lo que dice (los campos se vaciaron), luego { $again }.
entry-blind-differs-kind = Línea { $line } AÚN NO guardada: difiere de la primera entrada en si la línea del papel es una firma o ilegible. Mire el papel otra vez: Enter guarda una firma, Ctrl-X una línea ilegible.
# Named among the differing fields when the line kind differs.
entry-blind-kind-field = firma o ilegible
entry-blind-read-paper = difiere de la primera entrada: escriba lo que dice el papel
entry-blind-agrees = ✓ Guardado: { $what }; coincide con la primera entrada, verificado. Ahora la línea { $line }.
entry-blind-still-differs = Guardado: { $what }; sigue difiriendo de la primera entrada en { $fields }: queda para resolver. Ahora la línea { $line }.
entry-blind-sheet-done = Cada línea escrita de la hoja { $sheet } tiene ya su segunda entrada: Ctrl-N para la hoja { $next }.
entry-blind-last-agrees = coincide, verificado
entry-blind-last-differs = difiere en { $fields }: queda para resolver
entry-blind-nothing-saved = Nada guardado aún en esta segunda entrada.
field-sheet = Hoja
field-next-line = Línea siguiente
field-lines-per-sheet = Líneas por hoja

## El primer inicio: crear la bóveda y luego una campaña.
title-first-start = primer inicio
wizard-too-short = Use al menos { $min } caracteres; mejor varias palabras.
wizard-differ = Las dos frases de contraseña no coinciden. Escríbala de nuevo en el segundo campo.
wizard-welcome = Bienvenido a fieldsign. Paso 1 de 2: cree su bóveda
wizard-encrypted = Todo lo que escriba se guarda cifrado en una bóveda en
wizard-choose =
    Elija una frase de contraseña para cerrarla. Una frase de cuatro o más
    palabras es fuerte y fácil de escribir. Nadie puede recuperarla si se pierde.
wizard-passphrase = Frase de contraseña:
wizard-repeat = Repítala:
wizard-strength = Fortaleza:
wizard-creating = Creando la bóveda… (uno o dos segundos)
wizard-keys = Tab cambia de campo · Enter crea la bóveda
strength-empty = escriba una frase de contraseña
strength-too-short = demasiado corta: cualquiera que tenga el portátil podría adivinarla
strength-strong = fuerte
strength-fair = aceptable: cuatro o más palabras serían más fuertes
strength-weak = débil: use cuatro o más palabras
setup-heading = Bóveda creada. Paso 2 de 2: su campaña
setup-either = Las firmas pertenecen a una campaña. O bien:
setup-join-file = (un archivo .fieldsign, p. ej. en una memoria USB)
setup-skip = saltar por ahora (la pantalla de inicio también ofrece ambas cosas)

## Los campos para unirse a una campaña o crearla (inicio y primer inicio).
prompt-campaign-file = Archivo de campaña:
prompt-campaign-title = Título de la campaña:
prompt-file-needed = escriba la ruta del archivo de campaña que le dio su coordinador
prompt-joined = Se unió a «{ $campaign }». Clave del coordinador { $fingerprint }: compruébela con su coordinador en persona o por teléfono.
prompt-title-needed = escriba un título, p. ej. «Libertad para todos»
prompt-created = Campaña local «{ $campaign }» creada con los campos estándar. Siguiente paso: cree un evento (n).
prompt-join-keys = Enter unirse · Tab completa · Esc cancelar · ~ es su carpeta personal
prompt-create-keys = Enter crear · Esc cancelar

## Completar un nombre de archivo con Tab.
complete-none = Ningún archivo ni carpeta empieza así.
complete-only = Es el único nombre que encaja: no hay nada más que completar.
complete-several = Encajan { $count } nombres: { $names }. Escriba más y pulse Tab de nuevo.

## Examinar los registros de una campaña.
title-browse = examinar
order-paper = hoja/línea
order-newest = más recientes primero
order-oldest = más antiguos primero
browse-reading = leyendo los registros…
browse-count = { $count ->
    [one] { $count } coincidencia
   *[other] { $count } coincidencias
} · por { $order }
browse-search = Buscar:
browse-sorted = Ordenados por { $order }.
browse-no-records = Aún no hay registros: escriba primero algunas hojas.
browse-no-match = Nada coincide. Esc borra la búsqueda.
column-event = EVENTO
column-sheet = HOJA
column-line = LÍNEA
column-status = ESTADO
status-ok = ok
status-illegible = ilegible
status-void = ANULADO
status-purged = purgado

## Un registro: sus valores, corregir, anular, su historial.
title-record = registro
record-purged-refused = Este registro se entregó al coordinador y se purgó de esta bóveda: aquí no se puede cambiar. Pida al coordinador que lo corrija o lo anule.
record-nothing-changed = No ha cambiado nada.
record-amended-tui = ✓ Corregido ({ $fields }). Los valores antiguos quedan en el historial.
record-fix-marked = No guardado: corrija los campos marcados con ✗.
record-not-saved = No guardado: { $error }
record-void-why = Diga por qué, p. ej. «duplicado de hoja 3 línea 4», y pulse Enter.
record-voided-tui = ✓ Anulado: ya no cuenta. Su historial queda.
record-not-voided = No anulado: { $error }
record-typed = escrito el { $time } en el dispositivo { $device }
record-no-origin = (su línea de papel aún no ha llegado)
record-values-purged = valores purgados aquí
record-entered-id = { $entered } · id { $id }
record-amend-heading = Corregir: cambie los valores, Enter guarda, Esc cancela
record-voided-because = Anulado: { $reason }
record-void-prompt = ¿Por qué anularlo?
record-void-keys = Enter anula (deja de contar; el historial queda) · Esc cancela
record-reading-history = leyendo el historial…
record-history = Historial, lo más antiguo primero
record-history-purged = entregado al coordinador; sus valores se purgaron aquí
record-unsaved-amend = Hay una corrección escrita pero no guardada.
record-unsaved-void = Hay una anulación escrita pero no guardada.
record-status-valid = válido
record-status-illegible = ilegible
record-status-void = anulado
record-status-purged = purgado
history-added = añadido hoja { $sheet } línea { $line }: { $values }
history-amended = corregido { $values }
history-cleared = { $field } borrado
history-voided = anulado: { $reason }
history-decided-kept = decidido: el mismo firmante que { $others }; se conserva este
history-decided-duplicate = decidido: duplicado de { $keep }
history-decided-different = decidido: otra persona distinta de { $others }
history-verified-kept = verificado por doble entrada ({ $others }); se conserva este
history-verified-entry = una entrada de la misma línea del papel que { $keep }, conservada como su verificación
history-undone = una decisión deshecha

## Elegir el idioma de las pantallas (inicio, l).
key-language-help = el idioma de las pantallas (se guarda en esta bóveda)
key-language-choose-help = mostrar las pantallas en este idioma y guardarlo en esta bóveda
key-language-cancel-help = cancelar: el idioma queda como está
language-heading = Idioma de las pantallas (Enter elige, Esc cancela)
language-chosen = Idioma: { $language }. Guardado en esta bóveda; `--lang` y FIELDSIGN_LANG siguen eligiendo para una sola ejecución.
language-not-kept = Idioma: { $language }, solo para esta sesión (no guardado: { $error })

## La purga en la interfaz de terminal, mientras su hilo reescribe la base de datos.
purge-quit-after = La purga está reescribiendo la base de datos y no se detiene a medias: fieldsign saldrá en cuanto termine.
purge-vault-busy = otra parte de fieldsign aún está leyendo la bóveda; inténtelo de nuevo en un momento
purge-stopped = La purga se detuvo: { $error }. Desbloquee para ver en qué punto quedó y vuelva a purgar si aún quedan registros pendientes.
tui-hint-join = en la pantalla de inicio, j añade un archivo de campaña
tui-hint-event-exists = está en la lista de la pantalla de inicio: elíjalo y pulse Enter
tui-hint-other-identity = para abrirlo con otro archivo de identidad, salga y luego ejecute `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = para un archivo más grande, salga y luego ejecute `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = Sin objetivo fijado (para fijarlo, salga y ejecute `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = coordinación: los dispositivos de la campaña elegida (revocar, escribir un acuse)
key-devices = dispositivos
key-receipt-help = escribir un acuse de recibo para el dispositivo elegido (pide el archivo)
key-receipt = acuse
key-receipt-path-help = el archivo del acuse, p. ej. en la memoria USB
key-revoke-help = revocar el dispositivo elegido (pregunta antes, mostrando su huella)
key-revoke = revocar
title-devices = dispositivos
home-devices-coordinators = La pantalla de dispositivos es de la coordinación: lista los dispositivos cuyos paquetes importó esta bóveda.
devices-heading = Dispositivos de «{ $title }»
devices-col-fingerprint = HUELLA
devices-col-first = PRIMERO
devices-col-last = ÚLTIMO PAQUETE
devices-col-ops = OPER.
devices-col-records = REGISTROS
devices-col-revoked = REVOCADO
devices-not-pinned = (sin paquete)
devices-not-pinned-help = Este dispositivo no ha enviado ningún paquete aquí (es el de esta bóveda, o solo se conoce por paquetes de otros): no tiene clave que revocar ni a la que escribir un acuse.
devices-detail = dispositivo { $device } · { $fingerprint } · primer paquete { $first }, último { $last }
devices-already-revoked = Este dispositivo ya está revocado.
devices-revoke-ask = ¿Revocar el dispositivo con huella { $fingerprint }? Todo paquete que firme a partir de ahora se rechaza; lo que envió antes se queda.
devices-receipt-for = Acuse para el dispositivo { $fingerprint }: confirma lo que esta bóveda guarda bajo su firma.
devices-receipt-file = Archivo:
devices-receipt-file-needed = Escriba dónde guardar el acuse, p. ej. en la memoria USB.
devices-receipt-exists = { $file } ya existe. Otro Enter lo reemplaza; o cambie el nombre.
devices-receipt-writing = cifrando y escribiendo el acuse…
devices-nothing-changed = { $error } No se escribió ni cambió nada.
