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

## L’interface en terminal (src/tui). Les noms des touches (Enter, Esc, Tab, Ctrl-L) restent tels qu’imprimés sur le clavier.
## Tables de touches : « -help » est la ligne de l’aide F1, la forme courte est le mot du pied d’écran.
key-privacy-help = mode discret : masquer les champs personnels des saisies précédentes
key-lock-help = verrouiller maintenant ; se verrouille aussi tout seul après un moment sans frappe
key-lock = verrouiller
key-quit-help = quitter (demande d’abord si quelque chose est à moitié saisi)
key-quit = quitter
key-help-help = cette aide (? seulement là où aucun champ de texte n’a le focus)
key-help = aide
key-quit-lose = quitter et le perdre
key-go-back-to-it = y revenir
key-close-help-help = fermer cette aide
key-close-help = fermer l’aide
key-unlock-help = déverrouiller avec la phrase secrète saisie
key-unlock = déverrouiller
key-home-choose-help = choisir une campagne ou un événement
key-first-last-help = la première / dernière ligne de la liste
key-home-open-help = sur un événement : saisir ses feuilles ; sur une campagne : la parcourir
key-type-sheets = saisir les feuilles
key-new-event-help = créer un événement dans la campagne choisie
key-new-event = nouvel événement
key-browse-help = parcourir, chercher et corriger les enregistrements de la campagne
key-browse = parcourir
key-join-help = rejoindre une campagne avec le fichier de votre coordinateur
key-join = rejoindre
key-create-help = créer une campagne locale
key-create = créer
key-export-help = exporter un paquet de la campagne choisie pour le coordinateur
key-export = exporter
key-import-help = importer un paquet (coordinateur) ou un accusé de réception (organisateur)
key-petition-help = lire le texte de la pétition de la campagne (pour le lire à un signataire)
key-dashboard-help = coordinateur : le tableau de bord de la campagne choisie
key-second-entry-help = sur un événement : ressaisir ses feuilles, à l’aveugle (double saisie)
key-create-event-help = créer l’événement
key-confirm = valider
key-next-field = champ suivant
key-cancel-event-help = abandonner : aucun événement n’est créé
key-cancel = abandonner
key-confirm-prompt-help = valider la saisie
key-complete = compléter
key-cancel-prompt-help = abandonner la saisie
key-complete-help = compléter le nom de fichier ou de dossier saisi jusqu’ici
key-next-field-help = champ suivant (Shift-Tab et ↑ ↓ déplacent aussi)
key-type = saisir
key-search-help = chercher au fil de la frappe (tout champ ; sans tenir compte des accents ni de la casse)
key-search = chercher
key-move-help = se déplacer dans la liste
key-choose = choisir
key-page-help = une page vers le haut / le bas
key-first-last-record-help = premier / dernier enregistrement
key-open-record-help = ouvrir l’enregistrement : corriger, annuler, historique
key-open = ouvrir
key-sort-help = ordre : feuille/ligne, plus récents d’abord, plus anciens d’abord
key-sort = trier
key-clear-search-help = effacer la recherche, puis revenir
key-back = retour
key-count-again-help = recompter (après l’import de paquets)
key-count-again = recompter
key-back-campaigns-help = revenir aux campagnes
key-entry-field-help = champ suivant / précédent (aussi ↓ ↑)
key-save-line-help = enregistrer la ligne (sur le disque d’abord) ; deux fois : enregistrer un doublon
key-save = enregistrer
key-illegible-help = enregistrer cette ligne papier comme illisible ou barrée
key-illegible = illisible
key-next-sheet-help = commencer la feuille papier suivante
key-next-sheet = feuille suivante
key-sheet-setup-help = réglages de la feuille : numéro de feuille, ligne suivante, lignes par feuille
key-clear-line-help = effacer toute la ligne ; Ctrl-U efface un champ
key-browse-event-help = parcourir et corriger les enregistrements de cet événement
key-petition-entry-help = le texte de la pétition, à lire à un signataire ; Esc revient
key-tick-help = cocher / décocher une case
key-entry-back-help = revenir à l’accueil (demande d’abord si la ligne est à moitié saisie)
key-all-keys = toutes les touches
key-apply-setup-help = appliquer le numéro de feuille, la ligne suivante et les lignes par feuille
key-apply = appliquer
key-next = suivant
key-cancel-setup-help = abandonner : la feuille reste telle qu’elle était
key-export-path-help = où écrire le paquet (~ est votre dossier personnel)
key-write-help = l’écrire (demande avant de remplacer un fichier)
key-write-file = écrire le fichier
key-all-new-help = tout ce qui est conservé, ou seulement ce qui n’a pas d’accusé
key-all-new = tout / nouveau
key-import-path-help = le chemin du fichier de paquet ou d’accusé (~ est votre dossier personnel)
key-import-it-help = le vérifier et l’importer
key-import = importer
key-purge-delivered-help = purge : retirer de cet ordinateur les données personnelles dont le coordinateur a accusé réception (demande d’abord)
key-purge-delivered = purger le livré
key-next-language-help = le texte dans la langue suivante de la campagne
key-next-language = langue suivante
key-scroll-help = faire défiler un texte plus long que la fenêtre
key-scroll = défiler
key-purge-now-help = purger maintenant : les valeurs sont retirées de cet ordinateur pour de bon
key-purge-now = purger, sans retour
key-keep-help = tout garder et revenir
key-keep = garder et revenir
key-amend-help = corriger : changer des valeurs (les anciennes restent dans l’historique)
key-amend = corriger
key-void-help = annuler en donnant la raison : l’enregistrement ne compte plus
key-void = annuler
key-history-help = afficher ou masquer l’historique des changements
key-history = historique
key-back-list-help = revenir à la liste
key-save-amendment-help = enregistrer la correction (les anciennes valeurs restent dans l’historique)
key-cancel-nothing-help = abandonner : rien ne change
key-void-reason-help = annuler avec la raison saisie (il ne compte plus ; son historique reste)
key-switch-field-help = passer d’un champ de phrase secrète à l’autre
key-switch-field = changer de champ
key-wizard-next-help = champ suivant, puis créer le coffre
key-join-file = rejoindre par fichier
key-create-campaign = créer une campagne
key-skip-help = passer cette étape (l’écran d’accueil propose aussi les deux)
key-skip = passer

## Le cadre autour de chaque écran.
tui-privacy-on = MODE DISCRET
tui-quit-anyway = Quitter quand même et le perdre ?
tui-quit-title = Quitter ?
tui-too-small = Fenêtre trop petite ({ $size } ; il faut { $needs }).
tui-too-small-keys =
    Agrandissez-la pour continuer ; d’ici là, les touches sont ignorées,
    sauf Ctrl-L (verrouiller) et Ctrl-Q (quitter).
tui-too-small-sheet = La feuille { $sheet } reste ouverte telle quelle.
tui-help-heading = Touches de cet écran ({ $screen })
tui-help-everywhere = Partout
tui-help-close = Esc ferme cette aide
tui-help-title = Aide

## Pourquoi la valeur d’un champ est refusée : « { field } { problem } ». La règle seulement, jamais la valeur saisie.
error-field-value = le champ `{ $field }` { $problem }
value-required = est obligatoire
value-too-long = est trop long (au plus { $graphemes } caractères et { $bytes } octets, quelle que soit la façon d’écrire les caractères)
value-control = contient des caractères de contrôle (séquences d’échappement du terminal, tabulations ou sauts de ligne, par exemple)
value-bidi = contient des caractères qui changent le sens du texte (U+202A–U+202E, U+2066–U+2069 ou marques de direction)
value-invisible = contient des caractères invisibles (espace sans chasse ou trait d’union conditionnel, par exemple)
value-email = n’est pas une adresse e-mail (attendu : name@example.org)
value-phone = n’est pas un numéro de téléphone (chiffres, espaces, + - ( ) . ; de 5 à 20 chiffres)
value-country = n’est pas un code pays ISO 3166 (deux lettres, p. ex. DE, GR, IN)
value-postcode = n’est pas un code postal (lettres, chiffres, espaces et - ; au plus 12)
value-date = n’est pas une date (attendu : AAAA-MM-JJ)
value-checkbox = n’est pas une valeur de case à cocher (`yes/no, y/n, x, 1/0, true/false`)
value-choice = n’est pas l’une des valeurs : { $options }

## Les champs de la saisie des feuilles et du formulaire d’événement : noms des champs standard et ce qu’un champ attend.
field-name = Nom
field-email = Courriel
field-phone = Téléphone
field-city = Ville
field-country = Pays
field-postcode = Code postal
field-contact-ok = Contact accepté
field-place = Lieu
field-date = Date
hint-phone = chiffres, + - ( )
hint-country = 2 lettres : DE, GR, IN…
hint-postcode = lettres, chiffres, -
hint-checkbox = Espace coche / décoche
hint-choice = l’une de : { $options }

## L’écran de déverrouillage.
title-locked = verrouillé
unlock-heading = Le coffre est verrouillé.
unlock-vault = Coffre :
unlock-passphrase = Phrase secrète :
unlock-busy = Déverrouillage… (cela prend exprès une ou deux secondes)
unlock-hint = Saisissez la phrase secrète et appuyez sur Enter.
unlock-empty = Saisissez la phrase secrète du coffre, puis appuyez sur Enter.
unlock-wrong = Phrase secrète erronée. Réessayez (majuscules et minuscules comptent : vérifiez le verrouillage des majuscules et la disposition du clavier).

## Verrouillage et mode discret.
lock-idle = Verrouillé tout seul après { $limit } sans frappe. Déverrouillez pour reprendre là où vous en étiez.
lock-key = Verrouillé (Ctrl-L). Déverrouillez pour reprendre là où vous en étiez.
privacy-on = Mode discret activé : les champs personnels des saisies précédentes sont masqués. Ctrl-P les affiche.
privacy-off = Mode discret désactivé.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s

## Titres des écrans (après « fieldsign · » dans la barre de titre).
title-home = accueil

## Nombres affichés sur plusieurs écrans.
count-events = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
count-lines = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
counting = comptage…
role-coordinator = coordinateur
role-organizer = organisateur

## L’accueil : les campagnes et leurs événements.
home-heading = Campagnes et événements
home-empty = Aucune campagne dans ce coffre pour l’instant.
home-empty-join = rejoindre la campagne avec le fichier que votre coordinateur vous a remis
home-empty-create = créer une campagne locale que vous coordonnez vous-même
home-new-event = nouvel événement…
home-new-event-title = Nouvel événement dans « { $campaign } » (Enter le crée, Esc abandonne)
home-event-created = Événement « { $event } » créé. Enter commence la saisie de ses feuilles.
home-second-entry-event = Choisissez d’abord un événement (↑ ↓) : v ressaisit ses feuilles, à l’aveugle, pour les vérifier.
home-campaign-first = Rejoignez (j) ou créez (c) d’abord une campagne ; les événements appartiennent à une campagne.
home-this-device = Cet appareil :
home-device-checked = (le coordinateur le vérifie)
home-dashboard-coordinators = Le tableau de bord est celui du coordinateur : il compte tout ce qui arrive de chaque organisateur. Ce que cet ordinateur conserve est compté ici, sous la liste.
standing-valid = { $count ->
    [one] { $count } valide
   *[other] { $count } valides
}
standing-void = { $count ->
    [one] { $count } annulée
   *[other] { $count } annulées
}
standing-illegible = { $count ->
    [one] { $count } illisible
   *[other] { $count } illisibles
}
standing-purged = { $count ->
    [one] { $count } livrée et purgée
   *[other] { $count } livrées et purgées
}
standing-unsent = { $count ->
    [one] { $count } changement pas encore envoyé
   *[other] { $count } changements pas encore envoyés
}
standing-last-bundle = dernier paquet { $time }
standing-no-bundle = aucun paquet écrit pour l’instant
list-and = { $rest } et { $last }

## Saisie des feuilles. Les numéros de feuille et de ligne sont ceux du papier.
title-entry = saisie des feuilles
entry-start = Feuille { $sheet }, ligne { $line } : saisissez le premier signataire. Tab passe d’un champ à l’autre, Enter enregistre.
entry-continue = Reprise de la feuille { $sheet } à la ligne { $line }. Ctrl-N commence la feuille { $next }.
entry-not-saved-check = Pas enregistrée. Comparez la ligne au papier (Ctrl-T règle le numéro de ligne), puis Enter.
entry-unsaved-leave = La ligne { $line } est saisie mais pas enregistrée. Enter l’enregistre ; Esc à nouveau la jette et revient.
entry-unsaved-next = La ligne { $line } est saisie mais pas enregistrée. Enter l’enregistre ; Ctrl-N à nouveau la jette et commence la feuille { $next }.
entry-unsaved-resume = La ligne { $line } de la feuille { $sheet } est saisie mais pas enregistrée.
entry-sheet-line = feuille { $sheet } ligne { $line }
entry-sheet-line-elsewhere = feuille { $sheet } ligne { $line } d’un autre événement
entry-nothing-typed = Rien de saisi à la ligne { $line }. Saisissez le signataire, ou Ctrl-X si la ligne papier est illisible ou barrée.
entry-fix-fields = Ligne { $line } pas enregistrée : corrigez { $fields } (marqué ✗), puis Enter.
entry-fix-marked = Ligne { $line } pas enregistrée : corrigez les champs marqués ✗, puis Enter.
entry-again-save = Enter à nouveau
entry-again-illegible = Ctrl-X à nouveau
entry-retype = La feuille { $sheet } ligne { $line } est déjà saisie : { $again } enregistre une deuxième saisie, Esc revient.
entry-beyond = La ligne { $line } dépasse les { $lines } lignes d’une feuille papier : { $again } l’enregistre, Esc revient (Ctrl-T change les réglages de la feuille).
entry-duplicate = Sans doute le même signataire que { $places }. Enter à nouveau enregistre quand même ; Esc revient à la ligne.
entry-likely-duplicate = ⚠ Doublon probable de { $places }
entry-not-saved-error = Ligne { $line } PAS enregistrée : { $error }
entry-saved = ✓ Enregistré : { $what }. Maintenant la ligne { $line }.
entry-saved-complete = ✓ Enregistré : { $what }. La feuille { $sheet } est complète ({ $count } sur { $lines }) : Ctrl-N commence la feuille { $next }.
entry-saved-illegible = feuille { $sheet } ligne { $line } comme illisible
entry-next-paper = Feuille { $sheet }, ligne { $line } : prenez la feuille papier suivante.
entry-setup-heading = Réglages de la feuille (Enter applique, Esc abandonne)
entry-setup-number = doit être un nombre à partir de 1
entry-setup-session-only = Les lignes par feuille valent pour cette session seulement : { $error }
entry-setup-done = Feuille { $sheet }, ligne suivante { $line }.
entry-tally-complete = { $count } sur { $lines } lignes saisies · feuille complète
entry-tally-left = { $count } sur { $lines } lignes saisies · encore { $left }
entry-tally = { $count ->
    [one] { $count } ligne saisie sur cette feuille
   *[other] { $count } lignes saisies sur cette feuille
}
entry-sheet = Feuille
entry-line = Ligne
entry-nothing-saved = Rien d’enregistré sur cette feuille pour l’instant.
entry-privacy-mode = mode discret
entry-illegible = illisible
entry-last-saved = Dernière enregistrée :
entry-blind-heading = deuxième saisie, à l’aveugle
entry-blind-start = Deuxième saisie de la feuille { $sheet }, à partir de la ligne { $line } : tapez ce que dit le papier. La première saisie n’est pas montrée.
entry-blind-none = Aucune ligne de cet événement n’attend de deuxième saisie dans ce coffre. Saisissez des feuilles déjà saisies (Ctrl-T règle la feuille et la ligne).
entry-blind-tally = { $count ->
    [one] { $count } ligne saisie
   *[other] { $count } lignes saisies
} · { $again } ressaisies
entry-blind-differs = Ligne { $line } PAS ENCORE enregistrée : elle diffère de la première saisie pour { $fields }. Relisez le papier et tapez ce qu’il dit (les champs sont vidés), puis { $again }.
entry-blind-differs-kind = Ligne { $line } PAS ENCORE enregistrée : elle diffère de la première saisie sur le fait que la ligne du papier est une signature ou illisible. Regardez le papier à nouveau : Enter enregistre une signature, Ctrl-X une ligne illisible.
# Named among the differing fields when the line kind differs.
entry-blind-kind-field = signature ou illisible
entry-blind-read-paper = diffère de la première saisie : tapez ce que dit le papier
entry-blind-agrees = ✓ Enregistré : { $what } ; concorde avec la première saisie, vérifié. Maintenant la ligne { $line }.
entry-blind-still-differs = Enregistré : { $what } ; diffère encore de la première saisie pour { $fields } : laissé à trancher. Maintenant la ligne { $line }.
entry-blind-sheet-done = Chaque ligne saisie de la feuille { $sheet } a maintenant sa deuxième saisie : Ctrl-N pour la feuille { $next }.
entry-blind-last-agrees = concorde, vérifié
entry-blind-last-differs = diffère pour { $fields } : laissé à trancher
entry-blind-nothing-saved = Rien d’enregistré dans cette deuxième saisie pour l’instant.
field-sheet = Feuille
field-next-line = Ligne suivante
field-lines-per-sheet = Lignes par feuille

## Le premier démarrage : créer le coffre, puis une campagne.
title-first-start = premier démarrage
wizard-too-short = Utilisez au moins { $min } caractères ; plusieurs mots, c’est mieux.
wizard-differ = Les deux phrases secrètes diffèrent. Saisissez-la à nouveau dans le second champ.
wizard-welcome = Bienvenue dans fieldsign. Étape 1 sur 2 : créez votre coffre
wizard-encrypted = Tout ce que vous saisissez est conservé chiffré dans un coffre, dans
wizard-choose =
    Choisissez une phrase secrète pour le fermer. Une phrase de quatre mots
    ou plus est solide et facile à taper. Personne ne peut la retrouver si
    elle est perdue.
wizard-passphrase = Phrase secrète :
wizard-repeat = Répétez-la :
wizard-strength = Solidité :
wizard-creating = Création du coffre… (une ou deux secondes)
wizard-keys = Tab change de champ · Enter crée le coffre
strength-empty = saisissez une phrase secrète
strength-too-short = trop courte : quiconque tient l’ordinateur pourrait la deviner
strength-strong = solide
strength-fair = correcte : quatre mots ou plus seraient plus solides
strength-weak = faible : utilisez quatre mots ou plus
setup-heading = Coffre créé. Étape 2 sur 2 : votre campagne
setup-either = Les signatures appartiennent à une campagne. Au choix :
setup-join-file = (un fichier .fieldsign, p. ex. sur une clé USB)
setup-skip = passer pour l’instant (l’écran d’accueil propose aussi les deux)

## Les champs pour rejoindre ou créer une campagne (accueil et premier démarrage).
prompt-campaign-file = Fichier de campagne :
prompt-campaign-title = Titre de la campagne :
prompt-file-needed = saisissez le chemin du fichier de campagne que votre coordinateur vous a remis
prompt-joined = Vous avez rejoint « { $campaign } ». Clé du coordinateur { $fingerprint } : vérifiez-la avec votre coordinateur en personne ou par téléphone.
prompt-title-needed = saisissez un titre, p. ex. « Libérez-les tous »
prompt-created = Campagne locale « { $campaign } » créée avec les champs standard. Ensuite : créez un événement (n).
prompt-join-keys = Enter rejoindre · Tab complète · Esc abandonner · ~ est votre dossier personnel
prompt-create-keys = Enter créer · Esc abandonner

## Compléter un nom de fichier avec Tab.
complete-none = Aucun fichier ni dossier ne commence ainsi.
complete-only = C’est le seul nom qui convient : plus rien à compléter.
complete-several = { $count } noms conviennent : { $names }. Tapez-en plus, puis Tab à nouveau.

## Parcourir les enregistrements d’une campagne.
title-browse = parcourir
order-paper = feuille/ligne
order-newest = plus récents d’abord
order-oldest = plus anciens d’abord
browse-reading = lecture des enregistrements…
browse-count = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
} · triés par { $order }
browse-search = Chercher :
browse-sorted = Triés par { $order }.
browse-no-records = Pas encore d’enregistrements : saisissez d’abord des feuilles.
browse-no-match = Rien ne correspond. Esc efface la recherche.
column-event = ÉVÉNEMENT
column-sheet = FEUILLE
column-line = LIGNE
column-status = ÉTAT
status-ok = ok
status-illegible = illisible
status-void = ANNULÉ
status-purged = purgé

## Un enregistrement : ses valeurs, le corriger, l’annuler, son historique.
title-record = enregistrement
record-purged-refused = Cet enregistrement a été livré au coordinateur et purgé de ce coffre : il ne peut pas être modifié ici. Demandez au coordinateur de le corriger ou de l’annuler.
record-nothing-changed = Rien n’a changé.
record-amended-tui = ✓ Corrigé ({ $fields }). Les anciennes valeurs restent dans l’historique.
record-fix-marked = Pas enregistré : corrigez les champs marqués ✗.
record-not-saved = Pas enregistré : { $error }
record-void-why = Dites pourquoi, p. ex. « doublon de la feuille 3 ligne 4 », puis Enter.
record-voided-tui = ✓ Annulé : il ne compte plus. Son historique reste.
record-not-voided = Pas annulé : { $error }
record-typed = saisi le { $time } sur l’appareil { $device }
record-no-origin = (sa ligne papier n’est pas encore arrivée)
record-values-purged = valeurs purgées ici
record-entered-id = { $entered } · id { $id }
record-amend-heading = Corriger : changez les valeurs, Enter enregistre, Esc abandonne
record-voided-because = Annulé : { $reason }
record-void-prompt = Pourquoi l’annuler ?
record-void-keys = Enter annule (il ne compte plus ; son historique reste) · Esc abandonne
record-reading-history = lecture de l’historique…
record-history = Historique, du plus ancien au plus récent
record-history-purged = livré au coordinateur ; ses valeurs ont été purgées ici
record-unsaved-amend = Une correction est saisie mais pas enregistrée.
record-unsaved-void = Une annulation est saisie mais pas enregistrée.
record-status-valid = valide
record-status-illegible = illisible
record-status-void = annulé
record-status-purged = purgé
history-added = ajouté feuille { $sheet } ligne { $line } : { $values }
history-amended = corrigé { $values }
history-cleared = { $field } effacé
history-voided = annulé : { $reason }
history-decided-kept = décidé : même signataire que { $others } ; celui-ci gardé
history-decided-duplicate = décidé : doublon de { $keep }
history-decided-different = décidé : personne différente de { $others }
history-verified-kept = vérifié par double saisie ({ $others }) ; celui-ci gardé
history-verified-entry = une saisie de la même ligne du papier que { $keep }, gardée comme sa vérification
history-undone = une décision défaite

## Choisir la langue des écrans (accueil, l).
key-language-help = la langue des écrans (gardée dans ce coffre)
key-language-choose-help = afficher les écrans dans cette langue et la garder dans ce coffre
key-language-cancel-help = abandonner : la langue reste telle quelle
language-heading = Langue des écrans (Enter choisit, Esc abandonne)
language-chosen = Langue : { $language }. Gardée dans ce coffre ; `--lang` et FIELDSIGN_LANG choisissent toujours pour une seule exécution.
language-not-kept = Langue : { $language }, pour cette session seulement (pas gardée : { $error })

## La purge dans l’interface, pendant que son fil d’exécution réécrit la base de données.
purge-quit-after = La purge réécrit la base de données et ne s’arrête pas à mi-chemin : fieldsign quittera dès qu’elle sera terminée.
purge-vault-busy = une autre partie de fieldsign lit encore le coffre ; réessayez dans un instant
purge-stopped = La purge s’est arrêtée : { $error }. Déverrouillez pour voir où elle en est, puis purgez à nouveau si des enregistrements attendent encore.
tui-hint-join = sur l'accueil, j rejoint un fichier de campagne
tui-hint-event-exists = il figure dans la liste de l'accueil : choisissez-le et appuyez sur Entrée
tui-hint-other-identity = pour l'ouvrir avec un autre fichier d'identité, quittez, puis lancez `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = pour un fichier plus gros, quittez, puis lancez `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = Aucun objectif fixé (pour en fixer un, quittez et lancez `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = coordinateur : les appareils de la campagne choisie (révoquer, écrire un accusé)
key-devices = appareils
key-receipt-help = écrire un accusé de réception pour l'appareil choisi (demande le fichier)
key-receipt = accusé
key-receipt-path-help = le fichier de l'accusé, par ex. sur la clé USB
key-revoke-help = révoquer l'appareil choisi (demande d'abord, en montrant son empreinte)
key-revoke = révoquer
title-devices = appareils
home-devices-coordinators = L'écran des appareils est celui du coordinateur : il liste les appareils dont ce coffre a importé des lots.
devices-heading = Appareils de « { $title } »
devices-col-fingerprint = EMPREINTE
devices-col-first = PREMIER
devices-col-last = DERNIER LOT
devices-col-ops = OPÉR.
devices-col-records = FICHES
devices-col-revoked = RÉVOQUÉ
devices-not-pinned = (aucun lot)
devices-not-pinned-help = Cet appareil n'a envoyé aucun lot ici (c'est celui de ce coffre, ou il n'est connu que par les lots d'autres) : il n'a pas de clé à révoquer ni à qui écrire un accusé.
devices-detail = appareil { $device } · { $fingerprint } · premier lot { $first }, dernier { $last }
devices-already-revoked = Cet appareil est déjà révoqué.
devices-revoke-ask = Révoquer l'appareil d'empreinte { $fingerprint } ? Tout lot qu'il signera désormais sera refusé ; ce qu'il a envoyé avant reste.
devices-receipt-for = Accusé pour l'appareil { $fingerprint } : il confirme ce que ce coffre détient sous sa signature.
devices-receipt-file = Fichier :
devices-receipt-file-needed = Indiquez où écrire l'accusé, par ex. sur la clé USB.
devices-receipt-exists = { $file } existe. Entrée une seconde fois le remplace ; ou changez le nom.
devices-receipt-writing = chiffrement et écriture de l'accusé…
devices-nothing-changed = { $error } Rien n'a été écrit ni modifié.
