### fieldsign: português. Glossário: docs/glossary/pt.md. Registro formal (imperativo de "você", sem gírias).

-fieldsign = fieldsign

## Erros e avisos da linha de comando.

error-prefix = erro: { $message }
warning-core-dumps = aviso: não foi possível desativar os despejos de memória ({ $reason }); uma falha poderia gravar a memória no disco
error-invalid-value = erro: o valor dado para { $arg } não é válido{ $why }; consulte `fieldsign --help`
error-unexpected-word = erro: foi dada uma palavra inesperada (não exibida: pode ser um valor; valores vão em --field KEY=VALUE); consulte `fieldsign --help`
error-internal = erro: o fieldsign encontrou um erro interno em { $place }. Nada não salvo foi gravado; o que a tela mostrou como salvo está seguro. Por favor, relate o problema (sem nenhum dado de signatários).
error-file = erro: { $file }: { $message }
error-vault-in-use = o cofre em { $dir } está em uso por outro processo do fieldsign; feche-o primeiro (só um pode manter um cofre aberto)
error-vault-closing = o cofre em { $dir } está preso a um processo do fieldsign que está fechando; tente de novo em alguns segundos
error-no-vault = não há cofre em { $dir }: crie um com `fieldsign init` (ou aponte --vault / FIELDSIGN_VAULT para um existente)
error-wrong-passphrase = frase-senha incorreta para este cofre; tente de novo (maiúsculas e minúsculas contam). Se tiver certeza de que está correta, o arquivo de chave pode estar danificado: restaure key.age de um backup
error-bundles-refused = { $failed } de { $total } pacotes foram recusados (veja acima; não alteraram nada); os demais foram importados

## Frases-senha.

prompt-vault-passphrase = Frase-senha do cofre:{" "}
passphrase-choose = Escolha { $kind ->
    [new] a nova frase-senha do cofre
   *[first] a frase-senha do cofre
}: uma frase longa de várias palavras é ao mesmo tempo forte e fácil de digitar.
prompt-new-passphrase = Nova frase-senha do cofre:{" "}
prompt-repeat-passphrase = Repita a frase-senha do cofre:{" "}
passphrase-short = É curta; qualquer pessoa que leve o notebook pode adivinhá-la. Prefira 4 palavras ou mais.
passphrase-mismatch = As duas não coincidem; tente de novo.
passphrase-changed = Frase-senha alterada. A antiga não abre mais este cofre.

## Cofre e identidade.

vault-created = Cofre criado em { $dir }
vault-device = Dispositivo { $device }, impressão digital da chave de assinatura { $fingerprint }
vault-next = Próximo passo: `fieldsign campaign join FILE` (organizador) ou `fieldsign campaign create --title …` (coordenador).
identity-exported = A identidade age SECRETA deste cofre foi gravada em { $file } (modo 0600). Quem a tiver pode ler todos os pacotes enviados a este cofre: guarde-a em um disco criptografado e apague-a ao terminar.

## Campanhas e eventos.

campaign-created = Campanha “{ $title }” ({ $id }) criada. Entregue { $file } aos organizadores: `fieldsign campaign join { $file }`; a impressão digital da chave do coordenador é { $fingerprint }.
campaign-joined = Você entrou em “{ $title }” ({ $id }). Impressão digital da chave do coordenador { $fingerprint }: confira-a com o coordenador por telefone ou pessoalmente.
campaign-none = Ainda não há campanhas: `fieldsign campaign join FILE` ou `fieldsign campaign create --title …`.
show-role = papel
show-role-coordinator = coordenador (este cofre tem a chave de assinatura da campanha)
show-role-organizer = organizador
show-coordinator-key = chave do coordenador
show-goal = meta
show-goal-signatures = assinaturas: { $count }
show-no-goal = não definida
show-fields = campos
show-required = obrigatório
show-field-role = função { $role }
show-no-events = nenhum ainda
show-event-records = registros: { $count }
show-texts = texto da petição
show-no-texts = nenhum: o arquivo da campanha não traz o texto da petição; peça-o ao coordenador
show-text-heading = Texto da petição, { $language } ({ $number } de { $count }):

## Registros.

record-amended = { $id } corrigido.
record-voided = { $id } anulado; não conta mais.
csv-imported = { $count ->
    [one] { $count } assinatura importada
   *[other] { $count } assinaturas importadas
} para “{ $event }” (folhas { $first }–{ $last }).

## Pacotes, recibos, dispositivos.

bundle-what-all = tudo o que o cofre contém
bundle-what-new = tudo o que o coordenador ainda não confirmou
bundle-written = Gravado { $file } ({ $bytes } bytes): { $ops ->
    [one] { $ops } operação
   *[other] { $ops } operações
} ({ $adds ->
    [one] { $adds } linha nova
   *[other] { $adds } linhas novas
}, { $amends ->
    [one] { $amends } correção
   *[other] { $amends } correções
}, { $voids ->
    [one] { $voids } anulação
   *[other] { $voids } anulações
}) e { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
} de “{ $title }”, { $what }, criptografado para { $recipients ->
    [one] { $recipients } destinatário coordenador
   *[other] { $recipients } destinatários coordenadores
} e assinado por este dispositivo ({ $fingerprint }).
bundle-empty = Nota: o coordenador já confirmou tudo; este pacote não traz operações.
device-pinned = Novo dispositivo { $device } fixado com a impressão digital { $fingerprint }: confira-a com o organizador pessoalmente ou por telefone.
bundle-replay = { $file }: já importado (repetição): todas as { $known } operações já eram conhecidas; nada mudou.
bundle-imported = { $file }: importado para “{ $title }” do dispositivo { $device } ({ $fingerprint }): { $records ->
    [one] { $records } registro novo
   *[other] { $records } registros novos
}, { $amends ->
    [one] { $amends } correção
   *[other] { $amends } correções
}, { $voids ->
    [one] { $voids } anulação
   *[other] { $voids } anulações
}, { $events ->
    [one] { $events } evento novo
   *[other] { $events } eventos novos
}, { $known } já conhecidas, 0 conflitos; operações de { $replicas }.
receipt-imported = Recibo do coordenador de “{ $title }” ({ $created }): { $acknowledged } operações confirmadas agora; { $unacknowledged } ainda por enviar. `fieldsign purge --acknowledged` remove deste notebook o que foi entregue.
receipt-ignored = Aviso: o recibo também confirmou { $ignored } operações que este notebook nunca gravou (números que não usou, ou operações de outros dispositivos); elas foram ignoradas, então purge não pode remover nada por causa delas. Avise o coordenador: outro dispositivo pode ter enviado operações em nome deste notebook.
receipt-written = Gravado { $file }: confirma { $count } operações ao dispositivo { $device } ({ $fingerprint }) para “{ $title }”, criptografado para esse dispositivo. Devolva-o ao organizador.
device-none = Ainda não há dispositivos: eles são fixados quando o primeiro pacote de cada um é importado.
device-revoked = Dispositivo { $device } ({ $fingerprint }) revogado: seus pacotes seguintes são recusados. O que ele enviou antes permanece; revise com `fieldsign list`.

## `verify`.

verify-file = arquivo
verify-format = formato
verify-campaign = campanha
verify-device = dispositivo
verify-created = criado
verify-recipients = destinatários
verify-ranges = intervalos
verify-replicas = réplicas
verify-operations = operações
verify-events = eventos
verify-signed-by = assinado por
verify-acknowledges = confirma
verify-signature-valid = { $format } v{ $version } (assinatura válida)
verify-device-fingerprint = { $device } impressão digital { $fingerprint } — { $status }
verify-device-known = conhecido (fixado)
verify-device-unknown = ainda desconhecido (a importação o fixa)
verify-device-revoked = REVOGADO (a importação seria recusada)
verify-device-mismatch = CHAVE DIFERENTE: fixado com { $pinned } (a importação seria recusada)
verify-operation-kinds = { $ops } ({ $adds ->
    [one] { $adds } linha nova
   *[other] { $adds } linhas novas
}, { $amends ->
    [one] { $amends } correção
   *[other] { $amends } correções
}, { $voids ->
    [one] { $voids } anulação
   *[other] { $voids } anulações
})
verify-from-coordinator = o coordenador da campanha
verify-not-coordinator = NÃO é o coordenador desta campanha (a importação seria recusada)
verify-acknowledged = { $ranges } ({ $count } operações)

## Expurgo.

purge-done = { $valid } entregues e expurgadas
purge-also = ; valores também removidos de { $lines } (ainda contadas como tais)
purge-illegible-lines = { $count ->
    [one] { $count } linha ilegível
   *[other] { $count } linhas ilegíveis
}
purge-void-lines = { $count ->
    [one] { $count } linha anulada
   *[other] { $count } linhas anuladas
}
purge-and = { $first } e { $second }
purge-cleared = ; { $ops ->
    [one] { $ops } operação apagada
   *[other] { $ops } operações apagadas
}; { $waiting ->
    [one] { $waiting } registro aguarda
   *[other] { $waiting } registros aguardam
} um recibo.
purge-rewritten = O banco de dados foi reescrito sem eles.
purge-nothing = Nada a expurgar: importe primeiro um recibo do coordenador (`fieldsign import receipt FILE`).

## Relatórios, exportação de entrega, duplicatas.

report-all = tudo
report-event = evento { $name } { $date }
report-device = dispositivo { $device }
report-by-country = válidas por país: { $countries }
report-purged = { $count } entregues e expurgadas deste cofre (contadas, valores removidos).
export-written = { $count ->
    [one] Gravada { $count } assinatura válida
   *[other] Gravadas { $count } assinaturas válidas
} de “{ $title }” em { $file }.
export-plain-warning = ATENÇÃO: { $file } é TEXTO SIMPLES: quem o obtiver pode ler o nome e o contato de cada signatário. Entregue-o por um canal seguro e apague-o ao terminar.
export-purged-left-out = { $count ->
    [one] { $count } registro expurgado ficou de fora: seus valores estão só com o coordenador.
   *[other] { $count } registros expurgados ficaram de fora: seus valores estão só com o coordenador.
}
dedupe-none = Nenhuma duplicata provável entre { $count ->
    [one] { $count } registro válido
   *[other] { $count } registros válidos
}.
dedupe-none-likely = Nenhuma duplicata provável entre { $count ->
    [one] { $count } registro válido
   *[other] { $count } registros válidos
} (`--possible` também lista pares que vale revisar).
dedupe-groups = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
} de duplicatas prováveis, as mais certas primeiro. Confira as folhas de papel e depois anule as que sobram com `fieldsign void ID --reason "duplicate of …"`.
dedupe-groups-possible = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
} de duplicatas prováveis ou possíveis, as mais certas primeiro. Confira as folhas de papel e depois anule as que sobram com `fieldsign void ID --reason "duplicate of …"`.

## Outros erros do cofre

error-already-exists = já existe um cofre em { $dir }; use-o ou escolha outra pasta com --vault
error-unknown-campaign = nenhuma campanha corresponde ao --campaign dado (não exibido: pode ser um valor); `fieldsign campaign list` as mostra, `fieldsign campaign join FILE` faz você entrar em uma
error-no-campaigns = este cofre ainda não tem campanhas; entre em uma com `fieldsign campaign join FILE` ou crie uma com `fieldsign campaign create`
error-campaign-needed = este cofre tem várias campanhas ({ $campaigns }); indique uma com --campaign
error-ambiguous-campaign = o --campaign dado corresponde a várias campanhas ({ $matches }); informe o id em vez disso
error-unknown-event = nenhum evento desta campanha corresponde ao --event dado (não exibido: pode ser um valor); `fieldsign event list` os mostra, `fieldsign event create` adiciona um
error-ambiguous-event = o --event dado corresponde a vários eventos ({ $matches }); informe o id em vez disso
error-unknown-record = não há registro com o id { $id } neste cofre; `fieldsign list` mostra os ids
