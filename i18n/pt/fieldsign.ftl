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

## A interface de terminal (src/tui). Os nomes das teclas (Enter, Esc, Tab, Ctrl-L) ficam como impressos nas teclas.
## Tabelas de teclas: “-help” é a linha da ajuda F1, a forma curta é a palavra do rodapé.
key-privacy-help = modo privado: ocultar os campos pessoais das entradas anteriores
key-lock-help = bloquear agora; também se bloqueia sozinho depois de um tempo sem teclas
key-lock = bloquear
key-quit-help = sair (pergunta antes se algo estiver digitado pela metade)
key-quit = sair
key-help-help = esta ajuda (? só onde nenhum campo de texto tem o foco)
key-help = ajuda
key-quit-lose = sair e perder
key-go-back-to-it = voltar a isso
key-close-help-help = fechar esta ajuda
key-close-help = fechar a ajuda
key-unlock-help = desbloquear com a frase-senha digitada
key-unlock = desbloquear
key-home-choose-help = escolher uma campanha ou um evento
key-first-last-help = a primeira / última linha da lista
key-home-open-help = num evento: digitar as folhas dele; numa campanha: navegar por ela
key-type-sheets = digitar folhas
key-new-event-help = criar um evento na campanha escolhida
key-new-event = novo evento
key-browse-help = navegar, buscar e corrigir os registros da campanha
key-browse = navegar
key-join-help = entrar numa campanha com o arquivo do seu coordenador
key-join = entrar
key-create-help = criar uma campanha local
key-create = criar
key-export-help = exportar um pacote da campanha escolhida para o coordenador
key-export = exportar
key-import-help = importar um pacote (coordenador) ou um recibo (organizador)
key-petition-help = ler o texto do abaixo-assinado da campanha (para lê-lo a quem assina)
key-dashboard-help = coordenador: o painel da campanha escolhida
key-second-entry-help = num evento: digitar suas folhas de novo, às cegas (dupla digitação)
key-create-event-help = criar o evento
key-confirm = confirmar
key-next-field = próximo campo
key-cancel-event-help = cancelar: nenhum evento é criado
key-cancel = cancelar
key-confirm-prompt-help = confirmar o que foi digitado
key-complete = completar
key-cancel-prompt-help = cancelar o que foi digitado
key-complete-help = completar o nome de arquivo ou pasta digitado até agora
key-next-field-help = próximo campo (Shift-Tab e ↑ ↓ também movem)
key-type = digitar
key-search-help = buscar enquanto digita (qualquer campo; sem diferenciar acentos nem maiúsculas)
key-search = buscar
key-move-help = mover-se pela lista
key-choose = escolher
key-page-help = uma página acima / abaixo
key-first-last-record-help = primeiro / último registro
key-open-record-help = abrir o registro: corrigir, anular, histórico
key-open = abrir
key-sort-help = ordem: folha/linha, mais recentes primeiro, mais antigos primeiro
key-sort = ordenar
key-clear-search-help = limpar a busca, depois voltar
key-back = voltar
key-count-again-help = contar de novo (depois de importar pacotes)
key-count-again = contar de novo
key-back-campaigns-help = voltar às campanhas
key-entry-field-help = campo seguinte / anterior (também ↓ ↑)
key-save-line-help = salvar a linha (primeiro no disco); duas vezes: salvar uma duplicata
key-save = salvar
key-illegible-help = salvar esta linha do papel como ilegível ou riscada
key-illegible = ilegível
key-next-sheet-help = começar a próxima folha de papel
key-next-sheet = próxima folha
key-sheet-setup-help = ajustes da folha: número da folha, próxima linha, linhas por folha
key-clear-line-help = limpar a linha inteira; Ctrl-U limpa um campo
key-browse-event-help = navegar e corrigir os registros deste evento
key-petition-entry-help = o texto do abaixo-assinado, para ler a quem assina; Esc volta
key-tick-help = marcar / desmarcar uma caixa de seleção
key-entry-back-help = voltar ao início (pergunta antes se a linha estiver digitada pela metade)
key-all-keys = todas as teclas
key-apply-setup-help = aplicar o número da folha, a próxima linha e as linhas por folha
key-apply = aplicar
key-next = avançar
key-cancel-setup-help = cancelar: a folha fica como estava
key-export-path-help = onde gravar o pacote (~ é a sua pasta pessoal)
key-write-help = gravá-lo (pergunta antes de substituir um arquivo)
key-write-file = gravar arquivo
key-all-new-help = tudo o que está guardado, ou só o que não tem recibo
key-all-new = tudo / novo
key-import-path-help = o caminho do arquivo do pacote ou do recibo (~ é a sua pasta pessoal)
key-import-it-help = verificá-lo e importá-lo
key-import = importar
key-purge-delivered-help = expurgo: remover deste notebook os dados pessoais cujo recibo o coordenador enviou (pergunta antes)
key-purge-delivered = expurgar o entregue
key-next-language-help = o texto no próximo idioma da campanha
key-next-language = próximo idioma
key-scroll-help = rolar um texto maior que a janela
key-scroll = rolar
key-purge-now-help = expurgar agora: os valores saem deste notebook para sempre
key-purge-now = expurgar, sem volta
key-keep-help = manter tudo e voltar
key-keep = manter e voltar
key-amend-help = corrigir: mudar valores (os antigos ficam no histórico)
key-amend = corrigir
key-void-help = anular informando o motivo: o registro deixa de contar
key-void = anular
key-history-help = mostrar ou ocultar o histórico de mudanças
key-history = histórico
key-back-list-help = voltar à lista
key-save-amendment-help = salvar a correção (os valores antigos ficam no histórico)
key-cancel-nothing-help = cancelar: nada muda
key-void-reason-help = anular com o motivo digitado (deixa de contar; o histórico fica)
key-switch-field-help = alternar entre os dois campos da frase-senha
key-switch-field = trocar campo
key-wizard-next-help = próximo campo, depois criar o cofre
key-join-file = entrar com arquivo
key-create-campaign = criar campanha
key-skip-help = pular esta etapa (a tela inicial também oferece as duas coisas)
key-skip = pular

## A moldura de cada tela.
tui-privacy-on = MODO PRIVADO
tui-quit-anyway = Sair mesmo assim e perder isso?
tui-quit-title = Sair?
tui-too-small = Janela pequena demais ({ $size }; precisa de { $needs }).
tui-too-small-keys =
    Aumente-a para continuar; até lá as teclas são ignoradas,
    exceto Ctrl-L (bloquear) e Ctrl-Q (sair).
tui-too-small-sheet = A folha { $sheet } continua aberta como estava.
tui-help-heading = Teclas desta tela ({ $screen })
tui-help-everywhere = Em todo lugar
tui-help-close = Esc fecha esta ajuda
tui-help-title = Ajuda

## Por que o valor de um campo é recusado: “{ field } { problem }”. Só a regra, nunca o valor digitado.
error-field-value = o campo `{ $field }` { $problem }
value-required = é obrigatório
value-too-long = é longo demais (no máximo { $graphemes } caracteres e { $bytes } bytes, seja como for que os caracteres estejam escritos)
value-control = contém caracteres de controle (como sequências de escape do terminal, tabulações ou quebras de linha)
value-bidi = contém caracteres que mudam a direção do texto (U+202A–U+202E, U+2066–U+2069 ou marcas de direção)
value-invisible = contém caracteres invisíveis (como um espaço de largura zero ou um hífen opcional)
value-email = não é um endereço de e-mail (esperado name@example.org)
value-phone = não é um número de telefone (dígitos, espaços, + - ( ) . ; de 5 a 20 dígitos)
value-country = não é um código de país ISO 3166 (duas letras, p. ex. DE, GR, IN)
value-postcode = não é um código postal (letras, dígitos, espaços e -; no máximo 12)
value-date = não é uma data (esperado AAAA-MM-DD)
value-checkbox = não é um valor de caixa de seleção (`yes/no, y/n, x, 1/0, true/false`)
value-choice = não é nenhum de: { $options }

## Os campos da digitação de folhas e do formulário de evento: nomes dos campos padrão e o que um campo espera.
field-name = Nome
field-email = E-mail
field-phone = Telefone
field-city = Cidade
field-country = País
field-postcode = CEP
field-contact-ok = Aceita contato
field-place = Local
field-date = Data
hint-phone = dígitos, + - ( )
hint-country = 2 letras: DE, GR, IN…
hint-postcode = letras, dígitos, -
hint-checkbox = Espaço marca / desmarca
hint-choice = um de: { $options }

## A tela de desbloqueio.
title-locked = bloqueado
unlock-heading = O cofre está bloqueado.
unlock-vault = Cofre:
unlock-passphrase = Frase-senha:
unlock-busy = Desbloqueando… (leva um ou dois segundos de propósito)
unlock-hint = Digite a frase-senha e pressione Enter.
unlock-empty = Digite a frase-senha do cofre e depois pressione Enter.
unlock-wrong = Frase-senha errada. Tente de novo (maiúsculas e minúsculas contam: confira o Caps Lock e o layout do teclado).

## Bloqueio e modo privado.
lock-idle = Bloqueado sozinho depois de { $limit } sem teclas. Desbloqueie para continuar de onde parou.
lock-key = Bloqueado (Ctrl-L). Desbloqueie para continuar de onde parou.
privacy-on = Modo privado ligado: os campos pessoais das entradas anteriores estão ocultos. Ctrl-P os mostra.
privacy-off = Modo privado desligado.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s

## Títulos das telas (depois de “fieldsign · ” na barra de título).
title-home = início

## Contagens mostradas em várias telas.
count-events = { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
}
count-lines = { $count ->
    [one] { $count } linha
   *[other] { $count } linhas
}
counting = contando…
role-coordinator = coordenador
role-organizer = organizador

## O início: as campanhas e os eventos delas.
home-heading = Campanhas e eventos
home-empty = Ainda não há nenhuma campanha neste cofre.
home-empty-join = entrar na campanha com o arquivo que seu coordenador lhe deu
home-empty-create = criar uma campanha local que você mesmo coordena
home-new-event = novo evento…
home-new-event-title = Novo evento em “{ $campaign }” (Enter cria, Esc cancela)
home-event-created = Evento “{ $event }” criado. Enter começa a digitação das folhas dele.
home-second-entry-event = Escolha primeiro um evento (↑ ↓): v digita suas folhas de novo, às cegas, para verificá-las.
home-campaign-first = Primeiro entre numa campanha (j) ou crie uma (c); os eventos pertencem a uma campanha.
home-this-device = Este dispositivo:
home-device-checked = (o coordenador o confere)
home-dashboard-coordinators = O painel é do coordenador: ele conta tudo o que chega de cada organizador. O que este notebook guarda é contado aqui, abaixo da lista.
standing-valid = { $count ->
    [one] { $count } válida
   *[other] { $count } válidas
}
standing-void = { $count ->
    [one] { $count } anulada
   *[other] { $count } anuladas
}
standing-illegible = { $count ->
    [one] { $count } ilegível
   *[other] { $count } ilegíveis
}
standing-purged = { $count ->
    [one] { $count } entregue e expurgada
   *[other] { $count } entregues e expurgadas
}
standing-unsent = { $count ->
    [one] { $count } mudança ainda não enviada
   *[other] { $count } mudanças ainda não enviadas
}
standing-last-bundle = último pacote { $time }
standing-no-bundle = nenhum pacote gravado ainda
list-and = { $rest } e { $last }

## Digitação de folhas. Os números de folha e linha são os do papel.
title-entry = digitação de folhas
entry-start = Folha { $sheet }, linha { $line }: digite o primeiro signatário. Tab passa de um campo a outro, Enter salva.
entry-continue = Continuando a folha { $sheet } na linha { $line }. Ctrl-N começa a folha { $next }.
entry-not-saved-check = Não salva. Confira a linha com o papel (Ctrl-T define o número da linha) e depois pressione Enter.
entry-unsaved-leave = A linha { $line } está digitada mas não salva. Enter a salva; Esc de novo a descarta e volta.
entry-unsaved-next = A linha { $line } está digitada mas não salva. Enter a salva; Ctrl-N de novo a descarta e começa a folha { $next }.
entry-unsaved-resume = A linha { $line } da folha { $sheet } está digitada mas não salva.
entry-sheet-line = folha { $sheet } linha { $line }
entry-sheet-line-elsewhere = folha { $sheet } linha { $line } de outro evento
entry-nothing-typed = Nada digitado na linha { $line }. Digite o signatário, ou Ctrl-X se a linha do papel estiver ilegível ou riscada.
entry-fix-fields = Linha { $line } não salva: corrija { $fields } (marcado com ✗) e depois Enter.
entry-fix-marked = Linha { $line } não salva: corrija os campos marcados com ✗ e depois Enter.
entry-again-save = Enter de novo
entry-again-illegible = Ctrl-X de novo
entry-retype = A folha { $sheet } linha { $line } já está digitada: { $again } salva uma segunda entrada, Esc volta.
entry-beyond = A linha { $line } passa das { $lines } linhas de uma folha de papel: { $again } a salva, Esc volta (Ctrl-T muda os ajustes da folha).
entry-duplicate = Provavelmente o mesmo signatário de { $places }. Enter de novo salva assim mesmo; Esc volta à linha.
entry-likely-duplicate = ⚠ Provável duplicata de { $places }
entry-not-saved-error = Linha { $line } NÃO salva: { $error }
entry-saved = ✓ Salvo: { $what }. Agora a linha { $line }.
entry-saved-complete = ✓ Salvo: { $what }. A folha { $sheet } está completa ({ $count } de { $lines }): Ctrl-N começa a folha { $next }.
entry-saved-illegible = folha { $sheet } linha { $line } como ilegível
entry-next-paper = Folha { $sheet }, linha { $line }: pegue a próxima folha de papel.
entry-setup-heading = Ajustes da folha (Enter aplica, Esc cancela)
entry-setup-number = precisa ser um número a partir de 1
entry-setup-session-only = As linhas por folha valem só para esta sessão: { $error }
entry-setup-done = Folha { $sheet }, próxima linha { $line }.
entry-tally-complete = { $count } de { $lines } linhas digitadas · folha completa
entry-tally-left = { $count } de { $lines } linhas digitadas · faltam { $left }
entry-tally = { $count ->
    [one] { $count } linha digitada nesta folha
   *[other] { $count } linhas digitadas nesta folha
}
entry-sheet = Folha
entry-line = Linha
entry-nothing-saved = Nada salvo nesta folha ainda.
entry-privacy-mode = modo privado
entry-illegible = ilegível
entry-last-saved = Última salva:
entry-blind-heading = segunda digitação, às cegas
entry-blind-start = Segunda digitação da folha { $sheet }, a partir da linha { $line }: digite o que diz o papel. A primeira digitação não é mostrada.
entry-blind-none = Nenhuma linha deste evento espera uma segunda digitação neste cofre. Digite folhas já digitadas antes (Ctrl-T define a folha e a linha).
entry-blind-tally = { $count ->
    [one] { $count } linha digitada
   *[other] { $count } linhas digitadas
} · { $again } digitadas de novo
entry-blind-differs = Linha { $line } AINDA NÃO salva: difere da primeira digitação em { $fields }. Leia o papel de novo e digite o que ele diz (os campos foram limpos), depois { $again }.
entry-blind-differs-kind = Linha { $line } AINDA NÃO salva: difere da primeira digitação quanto a linha do papel ser uma assinatura ou ilegível. Olhe o papel de novo: Enter salva uma assinatura, Ctrl-X uma linha ilegível.
# Named among the differing fields when the line kind differs.
entry-blind-kind-field = assinatura ou ilegível
entry-blind-read-paper = difere da primeira digitação: digite o que diz o papel
entry-blind-agrees = ✓ Salvo: { $what }; confere com a primeira digitação, verificado. Agora a linha { $line }.
entry-blind-still-differs = Salvo: { $what }; ainda difere da primeira digitação em { $fields }: deixado para resolução. Agora a linha { $line }.
entry-blind-sheet-done = Cada linha digitada da folha { $sheet } tem agora a segunda digitação: Ctrl-N para a folha { $next }.
entry-blind-last-agrees = confere, verificado
entry-blind-last-differs = difere em { $fields }: para resolução
entry-blind-nothing-saved = Nada salvo ainda nesta segunda digitação.
field-sheet = Folha
field-next-line = Próxima linha
field-lines-per-sheet = Linhas por folha

## O primeiro início: criar o cofre, depois uma campanha.
title-first-start = primeiro início
wizard-too-short = Use pelo menos { $min } caracteres; várias palavras é o melhor.
wizard-differ = As duas frases-senha são diferentes. Digite-a de novo no segundo campo.
wizard-welcome = Boas-vindas ao fieldsign. Etapa 1 de 2: crie o seu cofre
wizard-encrypted = Tudo o que você digita fica guardado cifrado num cofre em
wizard-choose =
    Escolha uma frase-senha para trancá-lo. Uma frase de quatro ou mais
    palavras é forte e fácil de digitar. Ninguém consegue recuperá-la se
    for perdida.
wizard-passphrase = Frase-senha:
wizard-repeat = Repita-a:
wizard-strength = Força:
wizard-creating = Criando o cofre… (um ou dois segundos)
wizard-keys = Tab troca de campo · Enter cria o cofre
strength-empty = digite uma frase-senha
strength-too-short = curta demais: qualquer um com o notebook nas mãos poderia adivinhá-la
strength-strong = forte
strength-fair = razoável: quatro ou mais palavras seriam mais fortes
strength-weak = fraca: use quatro ou mais palavras
setup-heading = Cofre criado. Etapa 2 de 2: a sua campanha
setup-either = As assinaturas pertencem a uma campanha. Ou:
setup-join-file = (um arquivo .fieldsign, p. ex. num pendrive)
setup-skip = pular por enquanto (a tela inicial também oferece as duas coisas)

## Os campos para entrar numa campanha ou criá-la (início e primeiro início).
prompt-campaign-file = Arquivo da campanha:
prompt-campaign-title = Título da campanha:
prompt-file-needed = digite o caminho do arquivo da campanha que seu coordenador lhe deu
prompt-joined = Você entrou em “{ $campaign }”. Chave do coordenador { $fingerprint }: confira-a com o coordenador pessoalmente ou por telefone.
prompt-title-needed = digite um título, p. ex. “Liberdade para todos”
prompt-created = Campanha local “{ $campaign }” criada com os campos padrão. Próximo passo: crie um evento (n).
prompt-join-keys = Enter entrar · Tab completa · Esc cancelar · ~ é a sua pasta pessoal
prompt-create-keys = Enter criar · Esc cancelar

## Completar um nome de arquivo com Tab.
complete-none = Nenhum arquivo ou pasta começa assim.
complete-only = É o único nome que serve: não há mais nada a completar.
complete-several = { $count } nomes servem: { $names }. Digite mais e pressione Tab de novo.

## Navegar pelos registros de uma campanha.
title-browse = navegar
order-paper = folha/linha
order-newest = mais recentes primeiro
order-oldest = mais antigos primeiro
browse-reading = lendo os registros…
browse-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
} · ordem: { $order }
browse-search = Buscar:
browse-sorted = Ordem: { $order }.
browse-no-records = Ainda não há registros: digite algumas folhas primeiro.
browse-no-match = Nada corresponde. Esc limpa a busca.
column-event = EVENTO
column-sheet = FOLHA
column-line = LINHA
column-status = SITUAÇÃO
status-ok = ok
status-illegible = ilegível
status-void = ANULADO
status-purged = expurgado

## Um registro: os valores, corrigir, anular, o histórico.
title-record = registro
record-purged-refused = Este registro foi entregue ao coordenador e expurgado deste cofre: não pode ser mudado aqui. Peça ao coordenador que o corrija ou anule.
record-nothing-changed = Nada mudou.
record-amended-tui = ✓ Corrigido ({ $fields }). Os valores antigos ficam no histórico.
record-fix-marked = Não salvo: corrija os campos marcados com ✗.
record-not-saved = Não salvo: { $error }
record-void-why = Diga o motivo, p. ex. “duplicata da folha 3 linha 4”, e depois Enter.
record-voided-tui = ✓ Anulado: não conta mais. O histórico fica.
record-not-voided = Não anulado: { $error }
record-typed = digitado em { $time } no dispositivo { $device }
record-no-origin = (a linha de papel dele ainda não chegou)
record-values-purged = valores expurgados aqui
record-entered-id = { $entered } · id { $id }
record-amend-heading = Corrigir: mude os valores, Enter salva, Esc cancela
record-voided-because = Anulado: { $reason }
record-void-prompt = Por que anulá-lo?
record-void-keys = Enter anula (deixa de contar; o histórico fica) · Esc cancela
record-reading-history = lendo o histórico…
record-history = Histórico, do mais antigo
record-history-purged = entregue ao coordenador; os valores foram expurgados aqui
record-unsaved-amend = Há uma correção digitada mas não salva.
record-unsaved-void = Há uma anulação digitada mas não salva.
record-status-valid = válido
record-status-illegible = ilegível
record-status-void = anulado
record-status-purged = expurgado
history-added = adicionado folha { $sheet } linha { $line }: { $values }
history-amended = corrigido { $values }
history-cleared = { $field } limpo
history-voided = anulado: { $reason }
history-decided-kept = decidido: o mesmo signatário de { $others }; este mantido
history-decided-duplicate = decidido: duplicata de { $keep }
history-decided-different = decidido: pessoa diferente de { $others }
history-verified-kept = verificado por dupla digitação ({ $others }); este mantido
history-verified-entry = uma digitação da mesma linha do papel que { $keep }, mantida como sua verificação
history-undone = uma decisão desfeita

## Escolher o idioma das telas (início, l).
key-language-help = o idioma das telas (guardado neste cofre)
key-language-choose-help = mostrar as telas neste idioma e guardá-lo neste cofre
key-language-cancel-help = cancelar: o idioma fica como está
language-heading = Idioma das telas (Enter escolhe, Esc cancela)
language-chosen = Idioma: { $language }. Guardado neste cofre; `--lang` e FIELDSIGN_LANG ainda escolhem para uma única execução.
language-not-kept = Idioma: { $language }, só para esta sessão (não guardado: { $error })

## O expurgo na interface de terminal, enquanto a thread dele reescreve o banco de dados.
purge-quit-after = O expurgo está reescrevendo o banco de dados e não é interrompido no meio: o fieldsign sai assim que ele terminar.
purge-vault-busy = outra parte do fieldsign ainda está lendo o cofre; tente de novo daqui a pouco
purge-stopped = O expurgo parou: { $error }. Desbloqueie para ver em que ponto ele está e expurgue de novo se ainda houver registros esperando.
tui-hint-join = na tela inicial, j adiciona um arquivo de campanha
tui-hint-event-exists = está na lista da tela inicial: escolha-o e pressione Enter
tui-hint-other-identity = para abri-lo com outro arquivo de identidade, saia e depois execute `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = para um arquivo maior, saia e depois execute `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = Nenhuma meta definida (para definir uma, saia e execute `fieldsign campaign goal`).

## The coordinator's devices of a campaign (the devices screen and its keys).
key-devices-help = coordenação: os dispositivos da campanha escolhida (revogar, escrever um recibo)
key-devices = dispositivos
key-receipt-help = escrever um recibo para o dispositivo escolhido (pede o ficheiro)
key-receipt = recibo
key-receipt-path-help = o ficheiro do recibo, p. ex. na pen USB
key-revoke-help = revogar o dispositivo escolhido (pergunta antes, mostrando a impressão digital)
key-revoke = revogar
title-devices = dispositivos
home-devices-coordinators = O ecrã de dispositivos é da coordenação: lista os dispositivos cujos pacotes este cofre importou.
devices-heading = Dispositivos de «{ $title }»
devices-col-fingerprint = IMPRESSÃO
devices-col-first = PRIMEIRO
devices-col-last = ÚLTIMO PACOTE
devices-col-ops = OPER.
devices-col-records = REGISTOS
devices-col-revoked = REVOGADO
devices-not-pinned = (sem pacote)
devices-not-pinned-help = Este dispositivo não enviou nenhum pacote para aqui (é o deste cofre, ou só é conhecido por pacotes de outros): não tem chave para revogar nem a quem escrever um recibo.
devices-detail = dispositivo { $device } · { $fingerprint } · primeiro pacote { $first }, último { $last }
devices-already-revoked = Este dispositivo já está revogado.
devices-revoke-ask = Revogar o dispositivo com a impressão digital { $fingerprint }? Todo o pacote que assinar a partir de agora é recusado; o que enviou antes fica.
devices-receipt-for = Recibo para o dispositivo { $fingerprint }: confirma o que este cofre guarda sob a sua assinatura.
devices-receipt-file = Ficheiro:
devices-receipt-file-needed = Escreva onde gravar o recibo, p. ex. na pen USB.
devices-receipt-exists = { $file } já existe. Outro Enter substitui-o; ou mude o nome.
devices-receipt-writing = a cifrar e gravar o recibo…
devices-nothing-changed = { $error } Nada foi gravado nem alterado.
