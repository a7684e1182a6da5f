### fieldsign : français. Glossaire : docs/glossary/fr.md. Vouvoiement.

-fieldsign = fieldsign

## Erreurs et avertissements de la ligne de commande.

error-prefix = erreur : { $message }
warning-core-dumps = avertissement : impossible de désactiver les vidages mémoire ({ $reason }) ; un plantage pourrait écrire la mémoire sur le disque
error-invalid-value = erreur : la valeur donnée pour { $arg } n’est pas valide{ $why } ; voir `fieldsign --help`
error-unexpected-word = erreur : un mot inattendu a été donné (non affiché : ce peut être une valeur ; les valeurs se donnent dans --field KEY=VALUE) ; voir `fieldsign --help`
error-internal = erreur : fieldsign a rencontré une erreur interne en { $place }. Rien de non enregistré n’a été écrit ; ce que l’écran a montré comme enregistré est en sécurité. Merci de le signaler (sans aucune donnée de signataire).
error-file = erreur : { $file } : { $message }
error-vault-in-use = le coffre { $dir } est utilisé par un autre processus fieldsign ; fermez-le d’abord (un seul peut tenir un coffre)
error-vault-closing = le coffre { $dir } est tenu par un processus fieldsign en cours de fermeture ; réessayez dans quelques secondes
error-no-vault = aucun coffre dans { $dir } : créez-en un avec `fieldsign init` (ou indiquez un coffre existant avec --vault / FIELDSIGN_VAULT)
error-wrong-passphrase = phrase secrète incorrecte pour ce coffre ; réessayez (majuscules et minuscules comptent). Si vous êtes sûr qu’elle est juste, le fichier de clé est peut-être endommagé : restaurez key.age depuis une sauvegarde
error-bundles-refused = { $failed } paquet(s) sur { $total } refusé(s) (voir ci-dessus ; ils n’ont rien changé) ; les autres ont été importés

## Phrases secrètes.

prompt-vault-passphrase = Phrase secrète du coffre :{" "}
passphrase-choose = Choisissez { $kind ->
    [new] la nouvelle phrase secrète du coffre
   *[first] la phrase secrète du coffre
} : une longue phrase de plusieurs mots est à la fois solide et facile à taper.
prompt-new-passphrase = Nouvelle phrase secrète du coffre :{" "}
prompt-repeat-passphrase = Répétez la phrase secrète du coffre :{" "}
passphrase-short = C’est court ; quiconque emporte l’ordinateur peut la deviner. Préférez 4 mots ou plus.
passphrase-mismatch = Les deux ne correspondent pas ; réessayez.
passphrase-changed = Phrase secrète changée. L’ancienne n’ouvre plus ce coffre.

## Coffre et identité.

vault-created = Coffre créé dans { $dir }
vault-device = Appareil { $device }, empreinte de la clé de signature { $fingerprint }
vault-next = Ensuite : `fieldsign campaign join FILE` (organisateur) ou `fieldsign campaign create --title …` (coordinateur).
identity-exported = L’identité age SECRÈTE de ce coffre a été écrite dans { $file } (mode 0600). Qui la détient peut lire chaque paquet envoyé à ce coffre : gardez-la sur un disque chiffré et supprimez-la une fois terminé.

## Campagnes et événements.

campaign-created = Campagne « { $title } » ({ $id }) créée. Remettez { $file } aux organisateurs : `fieldsign campaign join { $file }` ; l’empreinte de la clé du coordinateur est { $fingerprint }.
campaign-joined = Vous avez rejoint « { $title } » ({ $id }). Empreinte de la clé du coordinateur { $fingerprint } : vérifiez-la avec votre coordinateur par téléphone ou en personne.
campaign-none = Pas encore de campagne : `fieldsign campaign join FILE` ou `fieldsign campaign create --title …`.
show-role = rôle
show-role-coordinator = coordinateur (ce coffre détient la clé de signature de la campagne)
show-role-organizer = organisateur
show-coordinator-key = clé du coordinateur
show-goal = objectif
show-goal-signatures = signatures : { $count }
show-no-goal = aucun
show-fields = champs
show-required = obligatoire
show-field-role = rôle { $role }
show-no-events = aucun pour l'instant
show-event-records = fiches : { $count }
show-texts = texte de la pétition
show-no-texts = aucun : le fichier de campagne ne contient pas de texte de pétition ; demandez-le au coordinateur
show-text-heading = Texte de la pétition, { $language } ({ $number } sur { $count }) :

## Enregistrements.

record-amended = { $id } corrigé.
record-voided = { $id } annulé ; il ne compte plus.
csv-imported = { $count ->
    [one] { $count } signature importée
   *[other] { $count } signatures importées
} dans « { $event } » (feuilles { $first }–{ $last }).

## Paquets, accusés, appareils.

bundle-what-all = tout ce que contient le coffre
bundle-what-new = tout ce que le coordinateur n’a pas encore accusé
bundle-written = { $file } écrit ({ $bytes } octets) : { $ops ->
    [one] { $ops } opération
   *[other] { $ops } opérations
} ({ $adds ->
    [one] { $adds } nouvelle ligne
   *[other] { $adds } nouvelles lignes
}, { $amends ->
    [one] { $amends } correction
   *[other] { $amends } corrections
}, { $voids ->
    [one] { $voids } annulation
   *[other] { $voids } annulations
}) et { $events ->
    [one] { $events } événement
   *[other] { $events } événements
} de « { $title } », { $what }, chiffré pour { $recipients ->
    [one] { $recipients } destinataire coordinateur
   *[other] { $recipients } destinataires coordinateurs
} et signé par cet appareil ({ $fingerprint }).
bundle-empty = Remarque : le coordinateur a déjà tout accusé ; ce paquet ne contient aucune opération.
device-pinned = Nouvel appareil { $device } épinglé avec l’empreinte { $fingerprint } : vérifiez-la avec l’organisateur en personne ou par téléphone.
bundle-replay = { $file } : déjà importé (rejeu) : les { $known } opérations étaient connues ; rien n’a changé.
bundle-imported = { $file } : importé dans « { $title } » depuis l’appareil { $device } ({ $fingerprint }) : { $records ->
    [one] { $records } nouvel enregistrement
   *[other] { $records } nouveaux enregistrements
}, { $amends ->
    [one] { $amends } correction
   *[other] { $amends } corrections
}, { $voids ->
    [one] { $voids } annulation
   *[other] { $voids } annulations
}, { $events ->
    [one] { $events } nouvel événement
   *[other] { $events } nouveaux événements
}, { $known } déjà connues, 0 conflit ; opérations de { $replicas }.
receipt-imported = Accusé du coordinateur de « { $title } » ({ $created }) : { $acknowledged } opérations nouvellement accusées ; { $unacknowledged } encore à envoyer. `fieldsign purge --acknowledged` retire de cet ordinateur ce qui a été remis.
receipt-ignored = Avertissement : l’accusé confirme aussi { $ignored } opération(s) que cet ordinateur n’a jamais écrites (numéros qu’il n’a pas utilisés, ou opérations d’autres appareils) ; elles ont été ignorées, purge ne peut donc rien retirer à cause d’elles. Prévenez le coordinateur : un autre appareil a peut-être envoyé des opérations au nom de cet ordinateur.
receipt-written = { $file } écrit : accuse { $count } opérations de l’appareil { $device } ({ $fingerprint }) pour « { $title } », chiffré pour cet appareil. Renvoyez-le à l’organisateur.
device-none = Pas encore d’appareil : ils sont épinglés à l’import de leur premier paquet.
device-revoked = Appareil { $device } ({ $fingerprint }) révoqué : ses paquets suivants sont refusés. Ce qu’il a envoyé avant reste ; vérifiez-le avec `fieldsign list`.

## `verify`.

verify-file = fichier
verify-format = format
verify-campaign = campagne
verify-device = appareil
verify-created = créé
verify-recipients = destinataires
verify-ranges = plages
verify-replicas = répliques
verify-operations = opérations
verify-events = événements
verify-signed-by = signé par
verify-acknowledges = accuse
verify-signature-valid = { $format } v{ $version } (signature valide)
verify-device-fingerprint = { $device } empreinte { $fingerprint } — { $status }
verify-device-known = connu (épinglé)
verify-device-unknown = pas encore connu (l’import l’épingle)
verify-device-revoked = RÉVOQUÉ (l’import serait refusé)
verify-device-mismatch = CLÉ DIFFÉRENTE : épinglé avec { $pinned } (l’import serait refusé)
verify-operation-kinds = { $ops } ({ $adds ->
    [one] { $adds } nouvelle ligne
   *[other] { $adds } nouvelles lignes
}, { $amends ->
    [one] { $amends } correction
   *[other] { $amends } corrections
}, { $voids ->
    [one] { $voids } annulation
   *[other] { $voids } annulations
})
verify-from-coordinator = le coordinateur de la campagne
verify-not-coordinator = PAS le coordinateur de cette campagne (l’import serait refusé)
verify-acknowledged = { $ranges } ({ $count } opérations)

## Purge.

purge-done = { $valid } remises et purgées
purge-also = ; valeurs également retirées de { $lines } (toujours comptées comme telles)
purge-illegible-lines = { $count ->
    [one] { $count } ligne illisible
   *[other] { $count } lignes illisibles
}
purge-void-lines = { $count ->
    [one] { $count } ligne annulée
   *[other] { $count } lignes annulées
}
purge-and = { $first } et { $second }
purge-cleared = ; { $ops ->
    [one] { $ops } opération effacée
   *[other] { $ops } opérations effacées
} ; { $waiting ->
    [one] { $waiting } enregistrement attend
   *[other] { $waiting } enregistrements attendent
} un accusé.
purge-rewritten = La base de données a été réécrite sans eux.
purge-nothing = Rien à purger : importez d’abord un accusé du coordinateur (`fieldsign import receipt FILE`).

## Rapports, export de remise, doublons.

report-all = tout
report-event = événement { $name } { $date }
report-device = appareil { $device }
report-by-country = valides par pays : { $countries }
report-purged = { $count } remises et purgées de ce coffre (comptées, valeurs retirées).
export-written = { $count ->
    [one] { $count } signature valide de « { $title } » écrite
   *[other] { $count } signatures valides de « { $title } » écrites
} dans { $file }.
export-plain-warning = ATTENTION : { $file } est en CLAIR : quiconque l’obtient peut lire le nom et le contact de chaque signataire. Remettez-le par un canal sûr et supprimez-le une fois terminé.
export-purged-left-out = { $count ->
    [one] { $count } enregistrement purgé a été laissé de côté : ses valeurs ne sont plus que chez le coordinateur.
   *[other] { $count } enregistrements purgés ont été laissés de côté : leurs valeurs ne sont plus que chez le coordinateur.
}
dedupe-none = Aucun doublon probable parmi { $count ->
    [one] { $count } enregistrement valide
   *[other] { $count } enregistrements valides
}.
dedupe-none-likely = Aucun doublon probable parmi { $count ->
    [one] { $count } enregistrement valide
   *[other] { $count } enregistrements valides
} (`--possible` liste aussi les paires à examiner).
dedupe-groups = { $count ->
    [one] { $count } groupe
   *[other] { $count } groupes
} de doublons probables, les plus sûrs d’abord. Vérifiez les feuilles papier, puis annulez ceux en trop avec `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } groupe
   *[other] { $count } groupes
} de doublons probables ou possibles, les plus sûrs d’abord. Vérifiez les feuilles papier, puis annulez ceux en trop avec `fieldsign void ID --reason "duplicate of …"`.

## Autres erreurs du coffre

error-already-exists = il y a déjà un coffre dans { $dir } ; utilisez-le, ou choisissez un autre dossier avec --vault
error-unknown-campaign = aucune campagne ne correspond au --campaign donné (non affiché : ce peut être une valeur) ; `fieldsign campaign list` les affiche, `fieldsign campaign join FILE` vous en fait rejoindre une
error-no-campaigns = ce coffre n’a pas encore de campagne ; rejoignez-en une avec `fieldsign campaign join FILE` ou créez-en une avec `fieldsign campaign create`
error-campaign-needed = ce coffre a plusieurs campagnes ({ $campaigns }) ; désignez-en une avec --campaign
error-ambiguous-campaign = le --campaign donné correspond à plusieurs campagnes ({ $matches }) ; donnez plutôt l’id
error-unknown-event = aucun événement de cette campagne ne correspond au --event donné (non affiché : ce peut être une valeur) ; `fieldsign event list` les affiche, `fieldsign event create` en ajoute un
error-ambiguous-event = le --event donné correspond à plusieurs événements ({ $matches }) ; donnez plutôt l’id
error-unknown-record = aucun enregistrement d’id { $id } dans ce coffre ; `fieldsign list` affiche les id
