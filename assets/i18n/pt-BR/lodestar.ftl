# Os textos do Lodestar em português do Brasil, traduzidos da referência em inglês.
# Uma mensagem é `id = texto`; `{ $name }` é preenchido pelo programa, e
# `{ $n -> [one] … *[other] … }` escolhe pela regra de plural do idioma.
# Os termos do método estão em GLOSSARY.md, nesta mesma pasta; use-os igual
# em todas as telas.

## O próprio idioma, como quem o fala escreve (para o menu de idiomas).
language-name = Português (Brasil)

## Datas e números: $year, $month e $day chegam como dígitos ("2026", "03",
## "07"); escreva-os na ordem usual do idioma.
date = { $day }/{ $month }/{ $year }
decimal-mark = ,
date-hint = AAAA-MM-DD

## As sete etapas.
tab-have = 1  Tenho
tab-want = 2  Quero
tab-compare = 3  Comparar
tab-rate = 4  Avaliar
tab-progress = 5  Evolução
tab-sessions = 6  Sessões
tab-plan = 7  Plano

## A barra do perfil.
bar-all-profiles = Todos os perfis
bar-all-profiles-hint = Voltar para todos os perfis
bar-export = Exportar…
bar-export-hint = Salvar este perfil como arquivo, ou as notas dele numa planilha
bar-export-profile = Arquivo do perfil…
bar-export-profile-hint = Salvar este perfil como arquivo, para guardar ou compartilhar
bar-export-sheet = Para uma planilha…
bar-export-sheet-hint = As notas ao longo do tempo, as ações e o plano, em .xlsx ou CSV
bar-send = Enviar…
bar-send-hint = Enviar este perfil para o outro computador num único arquivo
bar-send-technician = Para o técnico…
bar-send-technician-hint = Um arquivo para enviar; suas anotações privadas ficam aqui
bar-send-coach = Para o coach…
bar-send-coach-hint = Um arquivo para enviar ao seu coach
bar-undo = Desfazer
bar-redo = Refazer
bar-add-evidence = Nova evidência…
bar-add-evidence-hint = Registrar algo do trabalho que mostra uma competência (Ctrl+E)

## A linha de status.
status-changed-elsewhere = Alterado em outro lugar:
status-keep-mine = Manter a minha versão
status-load-theirs = Carregar a outra versão
status-to-settle =
    { $n ->
        [one] { $n } alteração feita nos dois computadores para resolver
        [many] { $n } alterações feitas nos dois computadores para resolver
       *[other] { $n } alterações feitas nos dois computadores para resolver
    }
status-settle = Resolver…
status-read-only = Somente leitura: { $reason }.
status-undo-delete = Desfazer exclusão
status-about = Sobre
status-about-hint = Versão, onde ficam seus dados
status-theme-dark = Escuro
status-theme-dark-hint = Tema escuro
status-theme-light = Claro
status-theme-light-hint = Tema claro
status-theme-system = Sistema
status-theme-system-hint = Seguir o tema do sistema
status-zoom-hint = Zoom: Ctrl + e Ctrl −
status-language-hint = O idioma das telas do Lodestar, do plano impresso e das listas incluídas

## Evolução: feedback dos colegas.
feedback-heading = Feedback dos colegas
feedback-intro = Os colegas veem coisas que um coach nunca vê. Peça a opinião deles com um formulário: uma página web para enviar por e-mail, que qualquer navegador abre sem internet. Cada colega salva um pequeno arquivo de resposta e o devolve; importe esses arquivos com Importar respostas… ou arrastando-os para esta janela. A visão deles entra no gráfico quando { $min } tiverem respondido, como uma média que só muda a cada grupo completo de { $min }, para que nenhuma resposta possa ser identificada.
feedback-ask = Pedir feedback aos colegas…
feedback-ask-hint = Inicia uma nova rodada e salva o formulário dela, pronto para anexar a um e-mail.
feedback-take-in = Importar respostas…
feedback-take-in-hint = O arquivo de resposta de um colega, salvo pelo formulário.
feedback-round = Rodada de { $date }
feedback-round-shown =
    { $n ->
        [one] { $n } resposta: no gráfico e na tabela.
        [many] { $n } respostas: no gráfico e na tabela.
       *[other] { $n } respostas: no gráfico e na tabela.
    }
feedback-round-partly = { $n } respostas: { $pooled } no gráfico e na tabela; as outras entram quando houver mais { $more }.
feedback-round-waiting =
    { $n ->
        [one] { $n } resposta até agora; ela aparece quando houver mais { $more }.
        [many] { $n } respostas até agora; elas aparecem quando houver mais { $more }.
       *[other] { $n } respostas até agora; elas aparecem quando houver mais { $more }.
    }
feedback-form-again = Salvar o formulário de novo…
feedback-form-again-hint = O formulário da mesma rodada, para mais um colega.
feedback-one-by-one = Respostas uma a uma ({ $n }), só para o coach ver
feedback-received = recebida em { $date }
feedback-leave-out = Deixar de fora
feedback-leave-out-hint = Tira esta resposta da visão em grupo (Ctrl+Z traz de volta).
feedback-not-seen = não observou
feedback-no-level = sem nível
feedback-table-title = Colegas (em grupo)
feedback-column-raters = Avaliadores
feedback-mean-hint = A média dos níveis de { $n } colegas na última rodada: { $mean } de { $top }.
feedback-too-few-hint = Menos de { $min } colegas avaliaram esta competência na última rodada, por isso ela não aparece.
feedback-flags-heading = Vale uma conversa: você e seus colegas veem estas competências de forma diferente
feedback-flag-line = • { $skill }: você { $own } ({ $own_date }), colegas { $mean } ({ $n } pessoas, rodada de { $round })

## Tabelas de variação (Evolução).
changes-column-skill = Competência
changes-column-first = Primeira
changes-column-previous = Anterior
changes-column-latest = Última
changes-column-target = Meta
changes-column-change = Variação
changes-trend-up = subiu
changes-trend-down = caiu
changes-trend-same = igual
changes-heading = Como as notas mudaram
changes-self = Autoavaliações
changes-coach = Notas do coach
changes-none = Nenhuma nota ainda.
changes-not-applicable = n/a
changes-now-at = Agora: { $level }
changes-aiming-for = Meta: { $level }
changes-flags-heading = Vale uma conversa: você e seu coach veem estas competências de forma diferente
changes-flag-line = • { $skill }: você { $own } ({ $own_date }), coach { $coach } ({ $coach_date })

## Mensagens sobre o perfil aberto.
profile-read-only = Este perfil está em modo somente leitura: { $reason }.

## Feedback dos colegas: o que foi feito.
feedback-left-out = A resposta foi deixada de fora e a visão dos colegas foi recalculada (Ctrl+Z traz de volta).
feedback-no-list = A lista recomendada do perfil não foi encontrada, então não há formulário para gerar.
feedback-form-not-saved = O formulário não foi salvo: { $reason }.
feedback-form-saved = O formulário de feedback de { $name } foi salvo como { $path }. Envie-o aos colegas como anexo de e-mail; importe os arquivos de resposta deles com Importar respostas… (abaixo) ou arrastando-os para a janela.
feedback-answers-read-only = Não é possível importar estas respostas: este perfil está em modo somente leitura ({ $reason }).
feedback-answers-refused = Não é possível importar estas respostas: { $reason }.

## A janela Sobre.
about-version = Versão { $version }
about-what = Coaching de liderança para técnicos: o que você tem, o que você quer, como isso se compara, como cresce, e um plano para levar para casa.
about-kept-in-moved = Os backups e as configurações ficam em:
about-kept-in = Seus perfis ficam em:
about-open-folder = Abrir a pasta
about-copy-path = Copiar o caminho
about-backup = Para fazer backup de tudo, copie essa pasta inteira.
about-profiles-chosen = Os perfis em si ficam numa pasta que você escolheu:
about-two-computers = Para trabalhar em dois computadores, mantenha os perfis numa pasta sincronizada (OneDrive, Dropbox, Google Drive, iCloud Drive, Nextcloud, Syncthing ou uma pasta de rede).
about-profiles-folder = Pasta dos perfis…
about-profiles-folder-hint = Mover os perfis para uma pasta à sua escolha; os backups ficam neste computador
about-back-here = Voltar a guardar neste computador
about-back-here-hint = Mover os perfis de volta para a pasta do próprio Lodestar
about-offline = O Lodestar funciona offline: não faz nenhuma conexão de rede, e suas anotações nunca saem deste computador, a não ser que você as exporte.
about-licence = Software livre sob a licença MIT ou Apache-2.0. Fontes: Noto Sans e Droid Sans Fallback (SIL Open Font License, Apache-2.0).
about-close = Fechar

## A primeira tela: os perfis e a visão do coach.
picker-what = Cresça de técnico a líder: liste as qualidades que você tem e as que quer ter, e compare com uma lista recomendada.
picker-none-yet = Nenhum perfil ainda. Digite um nome acima e pressione Enter para começar.
picker-profiles = Perfis ({ $n })
picker-coach-view = Visão do coach
picker-recent-first = Alterados mais recentemente primeiro
picker-new-profile = Novo perfil:
picker-name-hint = Nome do técnico
picker-create = Criar
picker-sample = Abrir o exemplo
picker-sample-hint = Uma cópia nova do técnico de exemplo, para explorar
picker-import = Importar…
picker-newer = versão mais nova: somente leitura
picker-open = Abrir
picker-open-hint = Abrir “{ $name }”
picker-rename = Renomear
picker-rename-hint = Renomear “{ $name }”
picker-duplicate = Duplicar
picker-duplicate-hint = Duplicar “{ $name }”
picker-delete = Excluir
picker-delete-hint = Excluir “{ $name }” (vai para a lixeira)
picker-new-name = Novo nome:
picker-save-name = Salvar nome
picker-cancel = Cancelar
coach-sessions = Sessões
coach-skills = Competências
coach-all = Todos os coaches
coach-filter = Técnicos de
coach-export-team = Exportar a equipe…
coach-export-team-hint = Os níveis e as metas mais recentes de todos, numa planilha (.xlsx ou CSV)
coach-calendar = Calendário…
coach-calendar-hint = A próxima sessão de cada um num único arquivo de calendário (.ics), com lembretes; importe-o de novo mais tarde para atualizar
coach-order = Primeiro quem está em atraso, depois quem tem a próxima sessão mais cedo.
coach-column-technician = Técnico
coach-column-coach = Coach
coach-column-last = Última sessão
coach-column-next = Próxima sessão
coach-column-open = Ações em aberto
coach-column-overdue = Em atraso
coach-never = nunca
coach-past = { $date } (já passou)
coach-not-set = não marcada
coach-show-all = Mostrar todos os { $n } técnicos

## Pendências (primeira tela e visão do coach).
due-heading = Pendências
due-more = e mais { $n }

## Evolução: crescimento ao longo do tempo.
growth-heading = Crescimento ao longo do tempo
growth-export = Exportar gráfico de crescimento…
growth-export-hint = Salvar como SVG ou PNG
growth-empty = Depois de duas avaliações, as notas de cada competência aparecem aqui como linhas ao longo do tempo, com as evidências e as ações concluídas marcadas embaixo.
growth-described = Gráfico de crescimento de { $n } competências: notas ao longo do tempo, evidências e ações concluídas; a tabela de variações acima lista as mesmas notas
due-line = { $name }: { $what }
due-session-today-at = sessão hoje às { $time }
due-session-today = sessão hoje
due-session-soon = sessão { $weekday }, { $date }
due-session-missed = sessão de { $date } ainda não realizada
due-actions-overdue =
    { $n ->
        [one] { $n } ação em atraso (prazo: { $date })
        [many] { $n } ações em atraso (desde { $date })
       *[other] { $n } ações em atraso (desde { $date })
    }
due-review-passed = revisão do plano prevista para { $date }
due-actions-today =
    { $n ->
        [one] { $n } ação com prazo hoje
        [many] { $n } ações com prazo hoje
       *[other] { $n } ações com prazo hoje
    }

## Dias da semana.
weekday-monday = segunda-feira
weekday-tuesday = terça-feira
weekday-wednesday = quarta-feira
weekday-thursday = quinta-feira
weekday-friday = sexta-feira
weekday-saturday = sábado
weekday-sunday = domingo

## O registro de evidências: a janela e as listas.
evidence-add-title = Nova evidência
evidence-change-title = Alterar esta evidência
evidence-what-it-is = Algo que aconteceu no trabalho e mostra uma competência: o que você fez e o que resultou disso.
evidence-add = Adicionar ao registro
evidence-save = Salvar alterações
evidence-cancel = Cancelar
evidence-remove = Remover do registro
evidence-when = Quando
evidence-star = Escrever no formato STAR
evidence-star-hint = Situação, tarefa, ação, resultado: quatro respostas curtas
evidence-skills = Quais competências ela mostra
evidence-who-saw = Quem viu:
evidence-their-name = Nome da pessoa (opcional)
evidence-link = Link (opcional)
evidence-no-file = Nenhum arquivo
evidence-file = Arquivo: { $name }
evidence-attach = Anexar um arquivo…
evidence-attach-hint = Uma cópia fica guardada com o perfil; o original pode ser movido ou apagado
evidence-star-situation-hint = Onde você estava, o que estava acontecendo?
evidence-star-task-hint = O que precisava ser feito, e por você?
evidence-star-action-hint = O que você fez?
evidence-star-result-hint = O que resultou disso?
evidence-what-happened = O que aconteceu
evidence-what-happened-hint = ex.: Acalmou um cliente preocupado durante a queda do sistema e deu notícias a cada hora
evidence-seen-by = · visto por: { $who }
evidence-line = { $date } · { $text }{ $who }
evidence-open-link = Link
evidence-open-file = Arquivo
evidence-change = Alterar
evidence-change-named = Alterar a evidência “{ $text }”
evidence-change-hint = Alterar ou remover este registro
evidence-not-on-list = Competências fora desta lista
evidence-heading = Evidências
evidence-add-hint = Ctrl+E, em qualquer etapa
evidence-none-yet = Nada registrado ainda. Quando algo no trabalho mostrar uma competência crescendo, registre aqui (Ctrl+E): é nisso que uma nota pode se apoiar.
evidence-group = { $skill } ({ $n })

## Comparar. As palavras do próprio método (iguais em todas as telas e no
## plano): Tenho, Quero, Comparar, pontos fortes, “no caminho certo”,
## “vale uma conversa” (pontos cegos), seus próprios pontos fortes e objetivos.
compare-with = Comparar com
compare-list = Lista recomendada
compare-strengths = Pontos fortes: já são seus
compare-strengths-hint = Recomendadas e já na sua lista “Tenho”. Riscadas: já são pontos fortes, mantenha.
compare-deepen = { $skill }  — você quer ir mais a fundo
compare-right-track = No caminho certo
compare-right-track-hint = Recomendadas e na sua lista “Quero”: você está no caminho certo.
compare-blind-spots = Vale uma conversa
compare-blind-spots-hint = Estão nesta lista, mas ainda não estão vinculadas a nada que você tem ou quer. Isso não faz delas um ponto fraco: pode ser um ponto forte que você nem pensou em citar, ou algo que o seu trabalho ainda não pediu de você. Vale uma conversa com o seu coach.
compare-add-to-want = Adicionar a “Quero”
compare-add-to-want-hint = Adicionar “{ $skill }” às qualidades que você quer
compare-own-strengths = Seus próprios pontos fortes
compare-own-strengths-hint = Qualidades que você tem e que não estão nesta lista. Elas também contam.
compare-own-item = • { $text }
compare-own-deepen = • { $text } — e você quer mais disso
compare-own-goals = Seus próprios objetivos
compare-own-goals-hint = O que você quer e não está nesta lista.
compare-none-yet = Nada ainda.

## Avaliar.
rate-heading = Avalie onde você está
rate-how = Escolha o nível que descreve o que você realmente faz hoje, não o que pretende fazer. Cada nível se apoia nos anteriores, e um 3 numa competência quer dizer a mesma coisa toda vez que você avaliar essa competência. Avalie de novo a cada sessão de coaching para ver quanto você já avançou.
rate-not-the-title = Avalie o que você faz, não o cargo. Ter o cargo de líder não faz de ninguém um líder, e um técnico sem ninguém abaixo dele já pode liderar.
rate-rated-by = Quem avalia:
rate-myself = Eu mesmo
rate-the-coach = O coach
rate-blind = Avaliação às cegas
rate-blind-hint = Esconder as notas e metas anteriores durante a avaliação
rate-date = Data: { $date }
rate-note = Observação sobre esta avaliação:
rate-save = Salvar avaliação
rate-count = { $rated } de { $total } competências avaliadas
rate-saved-so-far =
    { $n ->
        [one] { $n } avaliação salva até agora.
        [many] { $n } avaliações salvas até agora.
       *[other] { $n } avaliações salvas até agora.
    }
rate-see-progress = Ver o gráfico e como as notas mudaram
rate-last-time = da última vez: { $level } ({ $date })
rate-level-named = { $skill }: { $level }
rate-level-described = { $skill }: { $level } – { $meaning }
rate-not-applicable = Não se aplica
rate-no-evidence-since = Nenhuma evidência desde a última avaliação.
rate-no-evidence = Nenhuma evidência registrada ainda.
rate-evidence-since = Evidências desde a última avaliação ({ $date }): { $n }
rate-evidence = Evidências: { $n }
rate-add-evidence-for = Registrar evidência de { $skill }
rate-add-evidence-hint = Registrar algo que mostre { $skill }
rate-more-on-progress = e mais { $n } em Evolução
rate-no-target = sem meta
rate-target = meta { $level }
rate-target-for = Meta de { $skill }

## Tenho e Quero.
have-heading = Qualidades que você já tem
have-intro = Liste as qualidades de liderança que você já tem, com as suas palavras. Pense em momentos em que as pessoas contaram com você, seguiram a sua iniciativa ou pediram a sua ajuda. Ninguém começa do zero.
have-add = Adicione uma qualidade que você tem:
have-add-hint = ex.: explicar falhas aos clientes
want-heading = Qualidades que você quer desenvolver
want-intro = Agora liste o que você gostaria de fazer melhor, ou de começar a fazer. Não se preocupe com as palavras certas: escreva o que quer dizer e vincule a uma competência recomendada quando alguma se encaixar.
want-add = Adicione uma qualidade que você quer:
want-add-hint = ex.: dar feedback aos aprendizes
list-add = Adicionar
list-looks-like-sure = Parece “{ $skill }” ({ $percent }% de certeza).
list-add-and-link = Adicionar e vincular a { $skill }
list-empty = Nada aqui ainda.
list-pick-from = Escolher de “{ $list }”
list-pick-hint = Clique numa competência para adicioná-la a esta lista, já vinculada.
list-note-hint = Uma evidência ou uma observação curta: quando isso apareceu?
list-note = Observação
list-edit-quality = Editar qualidade:
list-done = Pronto
list-double-click = Clique duas vezes para editar
list-linked-to = vinculada a { $skill }
list-unlink = Desvincular
list-unlink-hint = Desvincular “{ $text }” de { $skill }
list-linked-elsewhere = vinculada a { $skill } (outra lista)
list-looks-like = Parece “{ $skill }”.
list-link-to = Vincular a { $skill }
list-remove = Remover
list-remove-hint = Remover “{ $text }”
list-down = Descer
list-down-hint = Mover “{ $text }” para baixo
list-up = Subir
list-up-hint = Mover “{ $text }” para cima
list-edit = Editar
list-edit-hint = Editar “{ $text }”
list-add-note = Adicionar observação
list-note-on = Observação sobre “{ $text }”
list-note-cut = { $start }… (veja tudo em Observação)
list-questions = Perguntas para pensar

## A etapa do plano de desenvolvimento.
plan-heading = Plano de desenvolvimento
plan-intro = Escolha algumas competências para trabalhar até a próxima revisão e, para cada uma, diga o que você vai fazer, o que ajuda e como vocês dois vão ver que deu certo. Imprima, leve para casa, pregue na parede.
plan-no-focus = Nenhuma competência em foco ainda: adicione uma acima.
plan-print = Imprimir…
plan-print-hint = Gerar o PDF e abri-lo, para imprimir pelo visualizador
plan-export = Exportar…
plan-export-hint = Salvar o plano como PDF, Markdown ou HTML
plan-paper = Papel:
plan-paper-a4 = A4
plan-paper-letter = Carta (EUA)
plan-review-on = Revisão em:
plan-add-to-calendar = Adicionar ao calendário
plan-add-to-calendar-hint = A data de revisão no seu programa de calendário, com um lembrete
plan-keep-it-short = Fique em { $max } competências em foco ou menos: mais do que isso ao mesmo tempo dilui demais o esforço para ver uma mudança até a próxima revisão.
plan-keep-it-short-over = Fique em { $max } competências em foco ou menos: mais do que isso ao mesmo tempo dilui demais o esforço para ver uma mudança até a próxima revisão. Este plano tem { $n }.
plan-start-with = Começar com { $skills }
plan-start-with-hint = As principais sugestões, cada uma com ações tiradas das estratégias dela, para editar
plan-suggested = Competências em foco sugeridas
plan-suggested-hint = A partir da distância até a meta, do que você quer e dos pontos cegos que vocês já conversaram
plan-add-skill = + { $skill }
plan-add-skill-hint = Adicionar { $skill } ao plano
plan-add-another = Adicionar outra competência…
plan-add-another-name = Adicionar outra competência
plan-focus-title = { $n }. { $skill }
plan-target-date = Data-alvo:
plan-move-up-hint = Mover { $skill } para cima
plan-move-down-hint = Mover { $skill } para baixo
plan-remove-hint = Remover { $skill } do plano
plan-goal = Objetivo:
plan-goal-hint = O que vai ser diferente, numa frase
plan-measure = Como medir o sucesso:
plan-measure-hint = Como você e o seu coach vão ver que deu certo
plan-status-of = Status de { $skill }
plan-actions = Ações
plan-action-done = Concluída: { $text }
plan-action = Ação
plan-owner = Responsável
plan-remove-action-hint = Remover a ação “{ $text }”
plan-new-action = Nova ação para { $skill }:
plan-ideas = Ideias:
plan-idea = + { $text }
plan-idea-hint = Adicionar a ação “{ $text }”
plan-resources = Recursos
plan-resource = • { $text }
plan-remove-resource-hint = Remover o recurso “{ $text }”
plan-resource-hint = Uma pessoa, um curso, um livro, tempo
plan-new-resource = Novo recurso para { $skill }:
plan-add-resource = Adicionar recurso

## Sessões: o histórico, o modo sessão, o resumo.
sessions-heading = Sessões de coaching
sessions-intro = Uma sessão é uma conversa de 30 a 60 minutos entre o técnico e o coach. O Lodestar monta a pauta a partir das ações em aberto, das distâncias até a meta e dos pontos cegos, guarda as anotações enquanto você digita e escreve um resumo para enviar depois.
sessions-open-actions =
    { $n ->
        [one] { $n } ação em aberto
        [many] { $n } ações em aberto
       *[other] { $n } ações em aberto
    }
sessions-open-actions-overdue =
    { $n ->
        [one] { $n } ação em aberto, { $overdue } em atraso
        [many] { $n } ações em aberto, { $overdue } em atraso
       *[other] { $n } ações em aberto, { $overdue } em atraso
    }
sessions-none = Nenhuma sessão ainda.
sessions-show-earlier = Mostrar as { $n } sessões anteriores
sessions-continue = Continuar a sessão de { $date }
sessions-not-ended = Ela não foi encerrada; as anotações estão guardadas.
sessions-start = Iniciar uma sessão de coaching
sessions-minutes = { $n } min
sessions-with = com { $coach }
sessions-actions =
    { $n ->
        [one] { $n } ação
        [many] { $n } ações
       *[other] { $n } ações
    }
sessions-next-at = próxima: { $date } às { $time }
sessions-next = próxima: { $date }
sessions-in-progress = em andamento
sessions-summary = Resumo
sessions-summary-hint = O que foi conversado e combinado, pronto para enviar
session-with = Sessão de coaching com { $name }
session-minutes-hint = Tempo desde o início da sessão
session-end = Encerrar sessão
session-end-hint = Registrar o tempo gasto e mostrar o resumo
session-back = Voltar ao perfil
session-back-hint = A sessão continua aberta; retome-a em Sessões
session-rate = Avaliar as competências
session-rate-hint = Avaliar na etapa 4; a avaliação fica ligada a esta sessão, que continua aberta
summary-heading = Resumo da sessão
summary-copy-text = Copiar como texto
summary-copy-markdown = Copiar como Markdown
summary-save-markdown = Salvar como Markdown…
summary-close = Fechar
summary-include-private = Incluir as anotações privadas do coach
summary-hint = Pronto para enviar depois da reunião. As anotações privadas ficam de fora, a não ser que você marque a opção.
notes-heading = Anotações
notes-what-was-said = O que foi dito
notes-saved-as-you-type = Salvas enquanto você digita.
notes-reflections = Reflexões
notes-answer-hint = A resposta, nas palavras do técnico
notes-actions-agreed = Ações combinadas hoje
notes-due = prazo: { $date }
notes-add-to-calendar = Adicionar ao calendário
notes-add-to-calendar-named = Adicionar “{ $text }” ao calendário
notes-remove = Remover
notes-remove-named = Remover a ação “{ $text }”
notes-new-action = Nova ação:
notes-new-action-hint = O que vai ser feito, concretamente
notes-owner = Responsável:
notes-due-field = Prazo:
notes-add-action = Adicionar ação
notes-or-ctrl-enter = ou Ctrl+Enter
notes-not-a-date = “{ $text }” não é uma data: escreva como ano-mês-dia, por exemplo { $today }.
notes-no-skill = Sem competência
notes-skill-of-action = Competência da ação
notes-next-session = Próxima sessão:
notes-in-weeks = em { $n } semanas
notes-at = às
notes-time-hint = HH:MM
notes-time-wrong = use horas:minutos
notes-for-minutes = por { $n } minutos
notes-length = Duração da próxima sessão
notes-next-to-calendar-hint = Abre no seu programa de calendário, com um lembrete na véspera
notes-private = Anotações privadas do coach
notes-private-hint = Ficam fora do resumo e do plano impresso, a não ser que você escolha incluí-las.
notes-private-field = Anotações privadas:
agenda-heading = Pauta
agenda-open-actions = Ações em aberto de sessões anteriores
agenda-none-open = Nenhuma em aberto.
agenda-tick-done = Marque quando estiver concluída
agenda-overdue = em atraso
agenda-done = Concluídas ({ $n })
agenda-gaps = Maiores distâncias até a meta
agenda-gap = { $skill }: { $now } agora, meta { $target }
agenda-now = Agora: { $level }
agenda-aiming-for = Meta: { $level }
agenda-seen-differently = Vistas de forma diferente por você e pelo seu coach
agenda-self-coach = { $skill }: autoavaliação { $own }, coach { $coach }
agenda-unbacked = Notas que subiram, ainda sem evidência
agenda-unbacked-line = { $skill }: de { $from } para { $to } ({ $rater }, desde { $since }). O que aconteceu que mostra isso?
agenda-blind-spots = Pontos cegos ainda não conversados
agenda-blind-spots-hint = Marque os que vocês conversaram hoje.
agenda-questions = Perguntas de reflexão
agenda-questions-hint = Faça uma pergunta para adicioná-la às anotações com a resposta.
agenda-ask = Perguntar
agenda-asked = Feita
agenda-ask-named = Perguntar: { $prompt }
agenda-about = Sobre { $skill }
agenda-lead-without-reports = Um técnico pode liderar muito antes de ter alguém subordinado a ele: ensinando um colega, corrigindo um processo que atrasa a equipe ou falando em nome de um cliente ou de um colega. Pergunte sobre isso, e não só sobre o trabalho do dia a dia.

## Evolução: o gráfico de radar, suas camadas e a linha do tempo.
progress-heading = Quanto você já avançou
progress-intro = Os anéis são os níveis: 1 ({ $lowest }) no centro, { $top } ({ $top_name }) na borda. A forma preenchida é a avaliação mais recente; a linha verde tracejada é onde você quer chegar. Ative camadas para comparar com sessões anteriores ou com a visão do seu coach.
progress-nothing-rated = Nada foi avaliado ainda, então não há gráfico para mostrar.
progress-rate-now = Avaliar as competências agora
progress-too-few = Um gráfico de radar precisa de pelo menos 3 competências que se aplicam; há só { $n } depois de tirar as marcadas como “não se aplica”. A tabela abaixo continua listando todas as notas.
progress-some-shown = O gráfico mostra { $shown } das { $all } competências da lista; a tabela lista todas.
progress-described = Gráfico de radar de { $n } competências; a tabela abaixo lista as mesmas notas
progress-whose-lead = De quem são as notas em destaque
progress-mine = As minhas
progress-coachs = As do coach
progress-show = Mostrar no gráfico
progress-coachs-latest = A mais recente do coach
progress-my-latest = A minha mais recente
progress-on-date = { $what } ({ $date })
progress-latest = Avaliação mais recente
progress-targets = Níveis-meta
progress-first = Primeira avaliação
progress-previous = Avaliação anterior
progress-colleagues-waiting = Colegas (a partir de 3 respostas)
progress-timeline = Linha do tempo
progress-timeline-hint = Marque uma avaliação anterior para adicioná-la ao gráfico.
progress-export = Exportar gráfico…
progress-export-hint = Salvar o gráfico como está na tela, como imagem SVG ou PNG
progress-role-latest = mais recente
progress-role-first = primeira
progress-role-previous = anterior
progress-role-other = outra visão
progress-self-rating = autoavaliação
progress-coach-rating = avaliação do coach
progress-assessment = { $date }  { $who }, { $n } notas
progress-assessment-role = { $text }  ({ $role })

## Sobre esta pessoa (etapa Tenho).
details-heading = Sobre esta pessoa
details-name = Nome:
details-name-hint = Nome do técnico
details-role = Cargo:
details-role-hint = ex.: Técnico de campo
details-team = Equipe:
details-team-hint = ex.: Assistência técnica regional, Norte
details-coach = Coach:
details-coach-hint = Quem faz o coaching com a pessoa
details-workplace = Local de trabalho:
details-not-set = Não definido
details-workplace-hint = Os exemplos deste local de trabalho aparecem primeiro.

## Alterado nos dois computadores.
conflicts-heading = Alterado nos dois computadores
conflicts-intro = Estes itens foram alterados aqui e no outro computador antes que os dois se sincronizassem. Escolha o que manter em cada um; até lá, o perfil fica com a versão deste computador. O que não for mantido continua nos backups.
conflicts-later = Decidir depois
conflicts-later-hint = Mantém por enquanto as versões deste computador; a escolha fica esperando no pé da janela
conflicts-this = Este computador
conflicts-other = O outro computador
conflicts-keep-mine = Manter a deste computador
conflicts-take-theirs = Usar a do outro
conflicts-keep-both = Manter as duas
conflicts-keep-both-hint = Os dois textos, primeiro o deste computador

## Um arquivo de perfil que já está aqui.
receive-heading = “{ $name }” já está aqui
receive-intro = Este arquivo é uma cópia de um perfil que você tem, enviada de outro computador. Atualizar traz o que mudou lá: o que foi adicionado, o que foi editado e o que foi removido lá e que você não tinha mexido aqui. Onde os dois computadores alteraram a mesma coisa, você escolhe o que manter. A versão substituída vai para os backups.
receive-brings = O que ele traz: { $what }.
receive-both-changed = Alterado nos dois computadores: { $fields }. Você escolhe o que manter depois de atualizar.
receive-update = Atualizar o perfil de { $name }
receive-separate = Importar como perfil separado
receive-cancel = Cancelar

## Um cargo almejado.
ladder-growing-into = Cargo almejado:
ladder-choose = escolha um cargo
ladder-no-role = nenhum cargo (manter as metas)
ladder-hint = Define a meta de cada competência no nível que o cargo espera
ladder-name = Metas a partir de um cargo

## Calendário: o que foi feito.
calendar-no-date = Ainda não há data para adicionar: defina a data primeiro.
calendar-no-folder = Não foi possível criar a pasta { $path }: { $reason }
calendar-not-written = Não foi possível gravar o arquivo de calendário: { $reason }
calendar-event = “{ $title }” em { $date }
calendar-saved = { $what }: salvo como { $path }.
calendar-saved-not-opened = { $what }: salvo como { $path }, mas nenhum programa de calendário o abriu ({ $reason }). Importe esse arquivo no seu calendário.
calendar-sent = { $what }: enviado ao seu programa de calendário, com um lembrete na véspera. Adicionar de novo atualiza o evento.
calendar-team-none = Nenhum técnico tem uma próxima sessão marcada ainda: marque uma no fim de uma sessão.
calendar-nothing-saved = Nada foi salvo: { $reason }
calendar-team-saved =
    { $n ->
        [one] { $n } sessão agendada salva como { $path }: importe o arquivo no seu calendário (e de novo mais tarde, para atualizá-la).
        [many] { $n } sessões agendadas salvas como { $path }: importe o arquivo no seu calendário (e de novo mais tarde, para atualizá-las).
       *[other] { $n } sessões agendadas salvas como { $path }: importe o arquivo no seu calendário (e de novo mais tarde, para atualizá-las).
    }

## Modo sessão: o que foi feito.
session-no-list = Não há lista recomendada disponível para montar uma pauta.
session-action-pending = A ação “{ $text }” foi digitada, mas ainda não foi adicionada: adicione-a (Ctrl+Enter) ou limpe o campo antes de sair ou de encerrar a sessão.
session-ended = Sessão encerrada depois de { $n } min. Aqui está o resumo.

## Evidências: o que foi feito.
evidence-summary-markdown = Resumo copiado como Markdown
evidence-summary-text = Resumo copiado como texto
evidence-read-only = Este perfil está em modo somente leitura: não é possível adicionar evidências aqui.
evidence-attach-title = Anexar um arquivo
evidence-removed = Evidência removida do registro (Ctrl+Z traz de volta).
evidence-cannot-open = Não foi possível abrir { $what }: { $reason }
evidence-file-missing = O arquivo guardado com este registro não está neste computador (talvez não tenha vindo junto com um perfil enviado). Peça o arquivo de novo e anexe-o.
evidence-added = Evidência adicionada ao registro.
evidence-changed = Evidência alterada.

## Perfis: o que foi feito.
profiles-created = Perfil “{ $name }” criado. Comece pelas qualidades que você já tem.
profiles-sample-opened = Uma cópia nova do perfil de exemplo foi aberta
profiles-restored = Perfil “{ $name }” restaurado.
profiles-imported = Perfil “{ $name }” importado
profiles-nothing-imported = Nada foi importado.
profiles-updated = Perfil “{ $name }” atualizado: { $what }.
profiles-both-changed = Os dois computadores alteraram { $fields }: escolha o que manter.
profiles-renamed = Renomeado
profiles-copy-name = { $name } (cópia)
profiles-copied = Cópia criada: “{ $name }”
profiles-trashed = “{ $name }” foi para a lixeira.

## O perfil aberto: salvar, sair, desfazer.
app-list-not-loaded = Não foi possível carregar uma lista recomendada: { $problem }
app-saved = Salvo
app-settle-first = Escolha qual versão manter (no pé da janela) antes de sair deste perfil.
app-not-saved-yet = Suas alterações ainda não foram salvas: { $reason }
app-opened-read-only = “{ $name }” aberto em modo somente leitura: { $reason }.
app-opened = “{ $name }” aberto
app-unsaved = Alterações não salvas…
app-undone = Desfeito
app-redone = Refeito
app-no-list = Não foi possível carregar nenhuma lista recomendada, então não há com o que comparar.
app-list-missing = A lista “{ $missing }” que este perfil segue não está disponível aqui; no lugar dela aparece “{ $shown }”. Os vínculos com a lista que falta são mantidos.
app-settled-already = Esse conflito já foi resolvido.
app-note-full = Esta observação está cheia ({ $n } caracteres): o que foi digitado ou colado além disso ficou de fora.

## O mapa de calor das competências, na visão do coach.
heat-none = Nenhum técnico para mostrar.
heat-all-lists = Todas as listas
heat-list-count = { $list } ({ $n })
heat-list = Lista
heat-legend = Cada célula é o nível mais recente: verde está na meta da pessoa ou acima, âmbar um nível abaixo, vermelho dois ou mais abaixo, cinza onde não há meta definida.
heat-group =
    { $n ->
        [one] { $list }: { $n } técnico
        [many] { $list }: { $n } técnicos
       *[other] { $list }: { $n } técnicos
    }
heat-described = Mapa de calor de { $n } técnicos e { $skills } competências de { $list }
heat-team-average = Média da equipe
heat-cell = { $name }: { $skill }
heat-not-rated = sem nota
heat-target = , meta { $level }
heat-click-to-open = Clique para abrir o perfil.
heat-no-ratings = sem notas
heat-average = média { $mean }
heat-skill-average = { $skill }: { $average }
heat-thinnest = Menos desenvolvidas na equipe: { $skills }.
heat-more = { $names } e mais { $n }
heat-teach-line = { $skill }: { $names }
heat-no-top = Ninguém está nos níveis mais altos de nenhuma competência ainda.
heat-could-teach = Poderiam ensinar os outros
heat-teach-item = • { $line }
heat-average-target = Meta média
heat-team-average-title = A média da equipe
heat-radar-described = O radar médio da equipe em { $list }
heat-radar-legend = Preenchido: o nível médio da equipe. Tracejado: a meta média.

## Salvar e exportar arquivos: as janelas e o que se diz depois.
filter-xlsx = Pasta de trabalho do Excel (.xlsx)
filter-csv = CSV (um arquivo por tabela)
filter-html = Página web (HTML)
filter-svg = Imagem SVG (nítida em qualquer tamanho)
filter-png = Imagem PNG
filter-profile = Perfil do Lodestar
filter-import = Perfil ou respostas do Lodestar
filter-send = Perfil do Lodestar para enviar
sheet-profile-saved = As notas, as ações e o plano foram salvos em { $files }
sheet-profile-not-saved = As notas, as ações e o plano não foram salvos: { $reason }
sheet-team-saved = A planilha da equipe foi salva em { $files }
sheet-team-not-saved = A planilha da equipe não foi salva: { $reason }
sheet-list-saved = A lista foi salva em { $files }
sheet-list-not-saved = A lista não foi salva: { $reason }
# O fim de um nome de arquivo sugerido, depois do nome da pessoa.
dialog-plan-file-end = { " " }plano.pdf
dialog-plan-title = Exportar o plano de desenvolvimento
dialog-chart-title = Exportar o gráfico
dialog-chart-file-end = { " " }radar.svg
dialog-summary-title = Salvar o resumo da sessão
dialog-summary-file-end = { " " }sessão { $date }.md
dialog-profile-title = Exportar este perfil
dialog-import-title = Importar um perfil ou as respostas de um colega
dialog-send-technician-title = Enviar ao técnico
dialog-send-technician-file-end = { " " }para o técnico.lodestar
dialog-send-coach-title = Enviar ao coach
dialog-send-coach-file-end = { " " }para o coach.lodestar
send-saved-technician = “{ $file }” foi salvo para o técnico, sem as suas anotações privadas: anexe-o a um e-mail ou a uma mensagem de chat.
send-saved-coach = “{ $file }” foi salvo para o coach: anexe-o a um e-mail ou a uma mensagem de chat.
send-files-left-out = Estes arquivos guardados com as evidências eram grandes demais para ir junto; envie-os separadamente: { $files }.
plan-saved = Plano salvo em { $path }
plan-saved-warning = Plano salvo em { $path }. { $warning }
plan-not-saved = O plano não foi salvo: { $reason }
print-file-end = { " " }plano { $date }.pdf
print-no-folder = Não foi possível criar { $folder }: { $reason }
print-opened = O plano foi aberto ({ $path }): imprima pelo visualizador.
print-no-viewer = O plano foi salvo como { $path }, mas não foi possível abrir nenhum visualizador de PDF ({ $reason }). Abra o arquivo a partir de lá para imprimir.
print-not-made = Não foi possível gerar o plano: { $reason }
chart-saved = Gráfico salvo em { $path }
chart-not-saved = O gráfico não foi salvo: { $reason }
growth-saved = Gráfico de crescimento salvo em { $path }
growth-not-saved = O gráfico de crescimento não foi salvo: { $reason }
summary-saved = Resumo salvo em { $path }
summary-not-saved = O resumo não foi salvo: { $reason }
profile-exported = Exportado para { $path }
folder-not-opened = Não foi possível abrir nenhum gerenciador de arquivos ({ $reason }). Seus dados estão em { $folder }.
dialog-team-title = Exportar a equipe
dialog-team-file-end = { " " }equipe.xlsx
dialog-list-title = Exportar a lista
dialog-sheet-title = Exportar para uma planilha
dialog-sheet-file-end = { " " }notas.xlsx
dialog-form-title = Salvar o formulário de feedback
dialog-form-file-end = { " " }formulário de feedback.html
filter-web-page = Página web
dialog-team-calendar-title = Salvar as próximas sessões como arquivo de calendário
dialog-team-calendar-name = Sessões de coaching
filter-calendar = Calendário

## Quando a janela não consegue abrir (uma caixa de mensagem e o terminal).
renderer-wgpu = Direct3D, Vulkan ou Metal
renderer-default = o renderizador padrão
renderer-fallback = Lodestar: { $what } não pôde ser iniciado ({ $reason }); abrindo com { $next }.
no-window-intro = O Lodestar não conseguiu abrir a janela: não foi possível iniciar a parte gráfica deste computador.
no-window-advice = Atualize o driver de vídeo; numa máquina virtual ou numa área de trabalho remota, ative a aceleração 3D. Seus perfis estão seguros em { $folder }, e a linha de comando funciona sem janela (lodestar profiles, lodestar plan …).
no-window-title = O Lodestar não consegue abrir a janela

## Dois computadores por meio de uma pasta sincronizada.
dialog-profiles-folder-title = Manter os perfis nesta pasta
disk-kept-mine = Sua versão foi salva; a outra fica guardada nos backups.
disk-took-theirs = A versão do disco foi carregada.
folder-not-watched = Não é possível monitorar a pasta dos perfis ({ $reason }): as alterações de outro computador são mescladas quando este salvar, e não na hora.
disk-merged = Outro computador alterou este perfil: as alterações foram mescladas e salvas ({ $what }).
disk-too-new = { $reason } Este perfil agora está em modo somente leitura aqui; as alterações ainda não salvas ficam guardadas em { $folder }.
copy-not-merged = A cópia { $file } não pôde ser mesclada: { $reason }
copy-read-only = Uma cópia deste perfil ({ $file }) está esperando para ser mesclada, mas aqui o perfil está em modo somente leitura: { $reason }.
copy-not-saved = Uma cópia deste perfil feita pelo { $who } foi mesclada, mas ainda não pôde ser salva; ela continua onde está.
copy-not-moved = A cópia { $file } foi mesclada, mas não pôde ser tirada do caminho: { $reason }
copy-merged = Uma cópia deste perfil, feita pelo { $who } quando dois computadores o alteraram, foi mesclada ({ $what }). A cópia está nos backups.
folder-moved = Seus perfis agora ficam em { $folder }.
folder-moved-merged = { $n ->
    [one] Um deles já estava lá com outras alterações: foi mesclado.
    [many] { $n } deles já estavam lá com outras alterações: foram mesclados.
   *[other] { $n } deles já estavam lá com outras alterações: foram mesclados.
}
folder-moved-copies-stay = As cópias na pasta sincronizada continuam lá para os seus outros computadores.
conflicts-not-kept = Não foi possível guardar para depois as escolhas pendentes ({ $reason }); resolva-as antes de fechar.
conflicts-all-settled = Resolvido: as alterações dos dois computadores estão no perfil.

## Listas recomendadas: o menu, importar uma lista de uma planilha, salvar.
cancel = Cancelar
lists-menu = Listas recomendadas
lists-import = Importar uma lista…
lists-import-hint = O modelo de competências da sua organização, de uma planilha (.xlsx, .ods) ou de um arquivo CSV
lists-new = Nova lista…
lists-edit = Editar esta lista…
lists-edit-hint = Competências, níveis, estratégias e perguntas (uma lista incluída é editada como cópia)
lists-export = Exportar esta lista…
lists-export-hint = Como planilha que outro coach pode importar
list-builtin-copy = Uma lista incluída é editada como cópia: salve-a como uma lista sua.
list-nothing-changed = Nada foi alterado nas listas.
list-saved = Lista “{ $title }” salva ({ $n ->
    [one] { $n } competência
    [many] { $n } competências
   *[other] { $n } competências
}).
list-removed = Lista “{ $title }” removida; o arquivo fica guardado em { $folder }. Os perfis que a seguiam usam a lista padrão até ela voltar.
list-import-title = Importar uma lista recomendada
filter-sheet = Planilha ou CSV
list-import-cancelled = Importação cancelada; nenhuma lista foi adicionada.
list-imported = Lista “{ $title }” importada: { $n ->
    [one] { $n } competência
    [many] { $n } competências
   *[other] { $n } competências
}, com a escala { $levels }.
list-imported-followed = Este perfil agora segue essa lista.
list-import-no-sheets = O arquivo não tem abas com texto.
list-import-from = De { $file }. Diga o que cada coluna contém; as primeiras linhas do arquivo aparecem abaixo.
list-import-field-title = Título
list-import-sheet = Aba
list-import-headings = A primeira linha tem títulos
list-import-ready = Pronto: { $n ->
    [one] { $n } competência
    [many] { $n } competências
   *[other] { $n } competências
}, com a escala { $levels } ({ $count } níveis).
list-import-use-for = Usar para { $name }
list-import-button = Importar
list-import-column = Coluna { $letter }
list-import-more-rows = … e mais { $n } linhas
list-import-no-levels = Nenhuma coluna é um nível: a lista vai usar a escala padrão de cinco níveis. Escolha “Nível 1”, “Nível 2”… nas colunas que descrevem os níveis.
list-import-level-names = Os nomes dos níveis, do mais baixo ao mais alto:
list-import-level-name = Nome do nível { $n }
list-editor-new-title = Minha lista recomendada
list-editor-name-first = Digite primeiro o nome da nova competência.
list-editor-name-long = O nome de uma competência pode ter no máximo { $max } caracteres.
list-editor-name-taken = “{ $name }” já está na lista.
list-editor-no-title = Dê um título à lista.
list-editor-no-skills = Adicione pelo menos uma competência.
list-editor-some-levels = “{ $name }” descreve { $described } dos { $levels } níveis: descreva todos os níveis ou nenhum.
list-editor-invalid = A lista não pode ser salva: { $reason }.
list-editor-copy-of = Cópia de “{ $title }”
list-editor-heading-new = Nova lista recomendada
list-editor-heading-edit = Editar uma lista recomendada
list-editor-duplicate = Duplicar
list-editor-duplicate-hint = Continuar com uma cópia desta lista, como uma lista nova
list-editor-save = Salvar lista
list-editor-export = Exportar…
list-editor-export-hint = Como planilha que outro coach pode importar (.xlsx ou CSV)
list-editor-remove = Remover esta lista
list-editor-levels = Níveis:
list-editor-skills = Competências ({ $n })
list-editor-up = Subir
list-editor-up-hint = Mover { $name } para cima
list-editor-down = Descer
list-editor-down-hint = Mover { $name } para baixo
list-editor-remove-skill = Remover
list-editor-remove-skill-hint = Remover { $name }
list-editor-new-skill = Nome da nova competência
list-editor-add-skill = Adicionar competência
list-editor-none-selected = Adicione uma competência para descrevê-la aqui.
list-editor-name = Nome
list-editor-description = Descrição
list-editor-level = Nível { $n } – { $name }
list-editor-keywords = Palavras-chave (separadas por ;)
list-editor-strategies = Estratégias (uma por linha)
list-editor-questions = Perguntas de coaching (uma por linha)
list-editor-id = ID: { $id } (as notas ficam ligadas ao ID, então um nome novo não as perde)

## Palavras do domínio: quem avaliou, a situação de uma ação, quem viu, locais de trabalho.
rater-self = Autoavaliação
rater-coach = Coach
rater-in-sentence = { $rater ->
    [self] autoavaliação
   *[coach] coach
}
status-not-started = Não iniciada
status-in-progress = Em andamento
status-achieved = Alcançada
status-paused = Pausada
witness-myself = Eu mesmo
witness-coach = O coach
witness-colleague = Um colega
witness-customer = Um cliente
witness-in-sentence = { $witness ->
    [self] eu mesmo
    [coach] coach
    [colleague] colega
   *[customer] cliente
}
workplace-it = Suporte de TI
workplace-field-service = Serviço de campo
workplace-lab = Laboratório
workplace-healthcare = Hospital e saúde
workplace-manufacturing = Chão de fábrica
workplace-utilities = Energia, água e gás
workplace-other = Outro

## A escala padrão das listas incluídas: o nome de cada nível e o que ele
## quer dizer para qualquer competência (na voz da própria pessoa).
level-1-name = Começando
level-1-meaning = Ainda faço isso raramente, ou só quando alguém me pede.
level-2-name = Em formação
level-2-meaning = Faço isso de vez em quando, com esforço, e os resultados variam.
level-3-name = Em desenvolvimento
level-3-meaning = Faço isso com regularidade em situações conhecidas, e quase sempre funciona.
level-4-name = Consistente
level-4-meaning = Faço isso de forma confiável, também sob pressão e em situações novas.
level-5-name = Ajuda os outros
level-5-meaning = Faço isso com naturalidade e ajudo os outros da equipe a melhorar nisso.
level-named = { $n } ({ $name })
level-described = { $n } ({ $name }): { $meaning }
star-situation = Situação
star-task = Tarefa
star-action = Ação
star-result = Resultado
star-line = { $heading }: { $text }
answer-unsigned = Um colega (sem assinatura)

## O que as alterações de outro computador trouxeram (unidas por vírgulas).
merge-have-added = { $n ->
    [one] { $n } item novo em Tenho
    [many] { $n } itens novos em Tenho
   *[other] { $n } itens novos em Tenho
}
merge-want-added = { $n ->
    [one] { $n } item novo em Quero
    [many] { $n } itens novos em Quero
   *[other] { $n } itens novos em Quero
}
merge-self-ratings = { $n ->
    [one] { $n } autoavaliação
    [many] { $n } autoavaliações
   *[other] { $n } autoavaliações
}
merge-coach-ratings = { $n ->
    [one] { $n } avaliação do coach
    [many] { $n } avaliações do coach
   *[other] { $n } avaliações do coach
}
merge-sessions-added = { $n ->
    [one] { $n } sessão
    [many] { $n } sessões
   *[other] { $n } sessões
}
merge-evidence-added = { $n ->
    [one] { $n } evidência nova
    [many] { $n } evidências novas
   *[other] { $n } evidências novas
}
merge-actions-added = { $n ->
    [one] { $n } ação nova
    [many] { $n } ações novas
   *[other] { $n } ações novas
}
merge-actions-done = { $n ->
    [one] { $n } ação concluída
    [many] { $n } ações concluídas
   *[other] { $n } ações concluídas
}
merge-removed = { $n ->
    [one] { $n } registro removido lá
    [many] { $n } registros removidos lá
   *[other] { $n } registros removidos lá
}
merge-conflicts = { $n ->
    [one] { $n } conflito
    [many] { $n } conflitos
   *[other] { $n } conflitos
}
merge-new-name = nome novo
merge-new-role = cargo novo
merge-new-team = equipe nova
merge-new-coach = coach novo
merge-new-workplace = local de trabalho novo
merge-new-list = outra lista recomendada
merge-targets-changed = metas alteradas
merge-new-role-aimed-for = outro cargo almejado
merge-plan-changed = plano alterado
merge-sessions-edited = sessões editadas
merge-other-changes = outras alterações
merge-nothing-new = nada de novo

## Um campo que os dois computadores alteraram, pela chave dele no arquivo do perfil.
conflict-field = { $field ->
    [name] Nome
    [role] Cargo
    [team] Equipe
    [coach] Coach
    [workplace] Local de trabalho
    [catalog] Lista recomendada
    [aiming_for] Cargo almejado
    [text] Texto
    [note] Observação
    [skill] Competência
    [skills] Competências
    [date] Data
    [duration_minutes] Duração
    [agenda] Pauta
    [notes] Anotações
    [private_notes] Anotações privadas
    [prompts] Perguntas
    [assessment] Notas
    [actions] Ações
    [next_date] Data da próxima
    [next_time] Horário da próxima
    [next_minutes] Duração da próxima
    [discussed] Conversado
    [seen_by] Visto por
    [who] Quem
    [link] Link
    [file] Arquivo
    [goal] Objetivo
    [resources] Recursos
    [measure] Como medir o sucesso
    [target_date] Data-alvo
    [status] Status
    [owner] Responsável
    [due] Prazo
    [focus] Competências em foco
    [review_date] Data de revisão
   *[other] { $field }
}
conflict-target = Meta de { $skill }
conflict-item = { $field } de “{ $text }”
conflict-session = { $field } na sessão de { $date }
conflict-evidence = { $field } da evidência “{ $what }”
conflict-plan = Plano: { $field }

## O que é um texto digitado, nas frases abaixo: “O campo ‘{ $what }’ está vazio”.
field-name = nome
field-role = cargo
field-team = equipe
field-coach = coach
field-coach-s-name = nome do coach
field-role-aimed-for = cargo almejado
field-text-of-a-have-or-want-item = texto de um item de Tenho ou Quero
field-coach-of-a-session = coach de uma sessão
field-line-of-a-session-s-agenda = linha da pauta de uma sessão
field-question-asked-in-a-session = pergunta feita numa sessão
field-text-of-an-action = texto de uma ação
field-owner-of-an-action = responsável por uma ação
field-goal-of-a-focus-skill = objetivo de uma competência em foco
field-measure-of-a-focus-skill = como medir o sucesso de uma competência em foco
field-text-of-a-resource = texto de um recurso
field-note-of-an-item = observação de um item
field-note-of-an-assessment = observação de uma avaliação
field-note-of-a-session = anotações de uma sessão
field-private-note-of-a-session = anotações privadas de uma sessão
field-answer-to-a-question = resposta a uma pergunta
field-signed-name-of-an-answer = nome assinado numa resposta
field-name-of-who-saw-a-piece-of-evidence = nome de quem viu uma evidência
field-link-of-a-piece-of-evidence = link de uma evidência
field-quality = qualidade
field-note = observação
field-description-of-what-happened = descrição do que aconteceu
field-name-of-who-saw-it = nome de quem viu
field-link = link
field-signed-name = nome assinado
field-example = exemplo
field-colleague-example = exemplo do colega
field-evidence = evidência

## Texto digitado que é recusado, ou cortado para caber (um arquivo vindo de outro lugar).
text-empty = O campo “{ $what }” está vazio. Digite pelo menos uma letra.
text-too-long = O campo “{ $what }” está longo demais: { $len } caracteres, e cabem no máximo { $max }.
text-cut = O campo “{ $what }” tinha { $len } caracteres; os primeiros { $max } foram mantidos.
profile-unnamed = Sem nome
profile-had-no-name = O perfil não tinha nome; agora ele se chama “{ $name }”.
profile-empty-items = { $n ->
    [one] Um item vazio de Tenho ou Quero foi deixado de fora.
    [many] { $n } itens vazios de Tenho ou Quero foram deixados de fora.
   *[other] { $n } itens vazios de Tenho ou Quero foram deixados de fora.
}
answer-level-left-out = O nível dado por um colega acima da escala da lista foi deixado de fora.
evidence-link-left-out = Um link que não é um endereço web foi deixado de fora: “{ $link }”.
evidence-empty-left-out = { $n ->
    [one] Uma evidência vazia foi deixada de fora.
    [many] { $n } evidências vazias foram deixadas de fora.
   *[other] { $n } evidências vazias foram deixadas de fora.
}
evidence-no-skill = Diga qual competência isto mostra: escolha pelo menos uma.
evidence-link-not-web = O link “{ $link }” não é um endereço web. Comece com https:// (ou http://, mailto:), ou então anexe o arquivo.

## Respostas de colegas importadas.
answers-unsigned = As respostas de um colega que não assinou
answers-signed = As respostas de { $name }
answers-added = { $who } foram adicionadas ao feedback de { $profile }
answers-replaced = { $who } substituem as que foram salvas antes pelo mesmo formulário, no feedback de { $profile }
answers-already = { $who } já tinham sido importadas; nada mudou no feedback de { $profile }.
answers-count-shows = { $what }: { $n ->
    [one] { $n } resposta
    [many] { $n } respostas
   *[other] { $n } respostas
}, então a visão dos colegas aparece em Evolução (radar, tabela e gráfico de crescimento).
answers-count-none-rated = { $what }: { $n ->
    [one] { $n } resposta
    [many] { $n } respostas
   *[other] { $n } respostas
}, mas nenhuma competência foi avaliada por { $min } colegas ainda, então não há nada para mostrar.
answers-count-so-far = { $what }: { $n ->
    [one] { $n } resposta
    [many] { $n } respostas
   *[other] { $n } respostas
} até agora. A visão dos colegas aparece quando { $min } tiverem respondido, para que nenhuma resposta possa ser identificada.

## Eventos de calendário (.ics) para sessões, prazos de ações e a revisão do plano.
cal-session-title = Sessão de coaching: { $name }
cal-session-title-with = Sessão de coaching: { $name } com { $coach }
cal-session-description = Combinada na sessão de { $date }. Abra o Lodestar para ver a pauta.
cal-due-title = Prazo: { $action } ({ $name })
cal-due-description = Uma ação combinada no coaching.
cal-due-description-owner = Uma ação combinada no coaching; responsável: { $owner }.
cal-review-title = Revisar o plano de desenvolvimento: { $name }
cal-review-description = Hora de olhar o plano de novo: o que funcionou, o que mudar, qual é o próximo passo.

## As linhas da pauta de uma sessão (guardadas com a sessão) e o resumo dela.
agenda-line-review-actions = { $n ->
    [one] Revisar { $n } ação em aberto
    [many] Revisar { $n } ações em aberto
   *[other] Revisar { $n } ações em aberto
}
agenda-line-gap = { $skill }: de { $from } rumo a { $to }
agenda-line-calibration = { $skill }: autoavaliação { $self_level } e coach { $coach_level } divergem
agenda-line-blind-spot = { $skill }: ainda fora das duas listas
agenda-line-unbacked = { $skill }: nota subiu de { $from } para { $to }; o que mostra isso?
summary-title = Sessão de coaching: { $name }, { $date }
summary-coach = Coach: { $coach }
summary-minutes = { $n } minutos
summary-talked-about = Sobre o que conversamos
summary-discussed-skill = { $skill } (uma competência que ainda não está em nenhuma das listas)
summary-notes = Anotações
summary-reflections = Reflexões
summary-rating-changes = Mudanças nas notas
summary-actions = Ações combinadas
summary-next = Próxima sessão
summary-private = Anotações privadas do coach
# $who é "self" ou "coach".
summary-change = { $skill } ({ $who ->
    [self] autoavaliação
   *[coach] coach
}): de { $from } para { $to }
summary-first-rating = { $skill } ({ $who ->
    [self] autoavaliação
   *[coach] coach
}): { $level }
summary-owner = responsável: { $owner }
summary-due = prazo: { $date }
action-open = em aberto
action-done = concluída
action-dropped = descartada

## Comparar o texto digitado com as competências de uma lista. Palavras que não dizem
## nada sobre uma competência, separadas por espaços, em minúsculas (“o”, “meu”, “bom”);
## não liste negações (“não”). Com e sem acento, porque muita gente digita sem.
matching-stop-words =
    o a os as um uma uns umas de do da dos das em no na nos nas num numa
    nuns numas ao aos à às pelo pela pelos pelas por para pra pro pras pros
    com sobre até ate desde e ou mas que se como eu me mim meu minha meus
    minhas comigo você voce vocês voces seu sua seus suas ele ela eles elas
    lhe isso isto esse essa este esta esses essas estes estas ser sou é são
    sao sendo estar estou está estão estao ter tenho tem têm tendo fazer
    faço faco quero querer gostaria consigo conseguir poder posso saber sei
    aprender aprendendo melhorar melhorando ficar tornar virar vou ir bom
    boa bons boas ótimo ótima otimo otima muito muita muitos muitas mais
    melhor bem forte fortes habilidade habilidades competência competências
    competencia competencias capacidade capaz mesmo também tambem já ja
    ainda tipo coisa coisas outro outra outros outras algum alguma alguns
    algumas
# Artigos cortados antes de um apóstrofo (“d” em “caixa d’água”), separados
# por espaços.
matching-elisions = d

## Comparar numa linha só, e quão perto está um cargo da escada da lista.
compare-summary = Já são pontos fortes: { $strong } de { $total } competências recomendadas; você quer desenvolver: { $want }; para conversar: { $blind }.
ladder-met = { $role }: no nível esperado ou acima em { $met } de { $expected ->
    [one] { $expected } competência
    [many] { $expected } competências
   *[other] { $expected } competências
}
# Cada uma continua ladder-met.
ladder-ready = ; já atende ao cargo.
ladder-gaps-even = ; { $n } a desenvolver, cada uma em { $size ->
    [one] { $size } nível
    [many] { $size } níveis
   *[other] { $size } níveis
}.
ladder-gaps = ; { $n } a desenvolver, a maior distância em { $skill } ({ $size ->
    [one] { $size } nível
    [many] { $size } níveis
   *[other] { $size } níveis
}).
ladder-unrated = { $n ->
    [one] { $n } competência ainda não foi avaliada.
    [many] { $n } competências ainda não foram avaliadas.
   *[other] { $n } competências ainda não foram avaliadas.
}

## O plano de desenvolvimento (PDF, Markdown, página web).
plan-title = Plano de desenvolvimento
plan-title-of = Plano de desenvolvimento: { $name }
plan-where-i-stand = Onde estou
plan-focus-skills = Competências em foco
plan-print-no-focus = Nenhuma competência em foco escolhida ainda.
plan-simple-not-easy = Estes passos são fáceis de escrever e mais difíceis de pôr em prática: conte com semanas de prática, não com um dia. Quando o trabalho aperta, o tempo com as pessoas costuma ser o primeiro a ser cortado, porque o retorno demora; por isso, proteja uma parte dele.
plan-focus-status = Status: { $status }
plan-focus-status-date = Status: { $status } · data-alvo { $date }
plan-print-goal = Objetivo:
plan-now-at = Nível atual
plan-aiming-for = Nível-meta
plan-for-example = Por exemplo ({ $place }):
plan-evidence-so-far = Evidências até agora:
plan-print-resources = Recursos:
plan-success = Como medir o sucesso:
plan-growth = Crescimento ao longo do tempo
plan-growth-note = As notas de cada competência em cada avaliação; os triângulos marcam as evidências, e os sinais de visto, as ações concluídas.
plan-open-actions = Ações em aberto das sessões de coaching
plan-col-action = Ação
plan-col-owner = Responsável
plan-col-due = Prazo
plan-col-agreed = Combinada em
plan-col-status = Status
plan-overdue = em atraso
plan-signatures = Assinaturas
plan-technician = Técnico
plan-coach = Coach
plan-date = Data
plan-sign-technician = Técnico, data
plan-sign-coach = Coach, data
plan-page = Página
# A numeração de páginas do Typst: o primeiro "1" é esta página, o segundo, a
# última; deixe as letras a, i, A e I de fora.
plan-page-of = 1 de 1
plan-fact-coach = Coach: { $coach }
plan-fact-date = Data: { $date }
plan-fact-dates = Data: { $date } · Revisão: { $review }
plan-list-strengths = Pontos fortes que você listou
plan-list-growing = No caminho certo
plan-list-talk = Vale uma conversa
plan-list-own-strengths = Meus próprios pontos fortes
plan-list-own-goals = Meus próprios objetivos
plan-growing-into = Cargo almejado: { $what }
plan-evidence-line = { $date }: { $text }
plan-evidence-seen = { $date }: { $text } (visto por: { $who })
plan-evidence-seen-named = { $date }: { $text } (visto por: { $who }, { $name })
plan-template-failed = Não foi possível usar o seu modelo { $path } ({ $reason }); o layout padrão foi usado no lugar dele.

## As camadas e as legendas dos gráficos. Em layer-assessment, $which é "first",
## "previous", "latest" ou outra palavra (uma avaliação mais antiga); $rater é
## "self" ou "coach".
layer-assessment = { $which ->
    [first] { $rater ->
        [self] Primeira autoavaliação
       *[coach] Primeira avaliação do coach
    }
    [previous] { $rater ->
        [self] Autoavaliação anterior
       *[coach] Avaliação anterior do coach
    }
    [latest] { $rater ->
        [self] Autoavaliação mais recente
       *[coach] Avaliação mais recente do coach
    }
   *[other] { $rater ->
        [self] Autoavaliação
       *[coach] Avaliação do coach
    }
}, { $date }
layer-target = Meta
layer-colleagues = Colegas ({ $n ->
    [one] { $n } resposta
    [many] { $n } respostas
   *[other] { $n } respostas
}), { $date }
growth-key-self = Autoavaliação
growth-key-coach = Coach
growth-key-colleagues = Colegas
growth-key-target = Meta
growth-key-evidence = Evidência
growth-key-action-done = Ação concluída
cal-name = Coaching – Lodestar
cal-tomorrow = Amanhã: { $title }

## Planilhas: as colunas de uma lista exportada (lidas de volta na importação
## em qualquer idioma) e as recusas da importação.
sheet-col-ignore = (não usada)
sheet-col-skill = Competência
sheet-col-id = ID
sheet-col-description = Descrição
sheet-col-keywords = Palavras-chave
sheet-col-level = Nível { $name }
sheet-col-examples = Exemplos do nível { $name }
sheet-col-strategies = Estratégias
sheet-col-prompts = Perguntas
sheet-col-role = Cargo: { $name }
import-no-skill-column = Diga qual coluna tem os nomes das competências.
import-unusable = A lista não pode ser usada: { $reason }.
import-title-long = O título está longo demais: cabem no máximo { $max } caracteres.
import-names-no-levels = Há nomes de níveis, mas nenhuma coluna é um nível.
import-level-twice = Duas colunas são o Nível { $n }; dê uma coluna para cada nível.
import-level-missing = Nenhuma coluna é o Nível { $n }; os níveis precisam começar em 1 e seguir sem pular nenhum.
import-too-many-names = Há { $names } nomes de níveis para { $columns } colunas de nível.
import-level-name-long = O nome de nível “{ $name }” está longo demais: cabem no máximo 40 caracteres.
import-level-names = Os nomes dos níveis: { $reason }.
sheet-ratings = Notas
sheet-actions = Ações
sheet-plan = Plano
sheet-team = Equipe
sheet-list = Lista
sheet-default-name = Planilha
sheet-not-applicable = Não se aplica
sheet-agreed-session = sessão de { $date }
sheet-agreed-plan = plano: { $skill }
sheet-col-date = Data
sheet-col-rated-by = Avaliado por
sheet-col-level-number = Nível
sheet-col-level-name = Nome do nível
sheet-col-target = Meta
sheet-col-note = Observação
sheet-col-focus-skill = Competência em foco
sheet-col-goal = Objetivo
sheet-col-now = Nível atual
sheet-col-measure = Como medir o sucesso
sheet-col-target-date = Data-alvo
sheet-col-resources = Recursos
sheet-col-technician = Técnico
sheet-col-job-role = Cargo
sheet-col-team = Equipe
sheet-col-coach = Coach
sheet-col-list = Lista
sheet-col-last-rated = Última avaliação
sheet-col-skill-target = { $skill }: meta
copy-by-lodestar-moving = Lodestar, ao mover a pasta dos perfis,
copy-by-drive-or-onedrive = Google Drive ou OneDrive
copies-merged = Uma cópia de “{ $name }”, feita pelo { $who } quando dois computadores o alteraram, foi mesclada ({ $what }). A cópia está nos backups.
copies-restored = “{ $name }” tinha sumido; a cópia que o { $who } fez dele ({ $file }) agora é o perfil.
copies-need-choice = Uma cópia de “{ $name }” feita pelo { $who } altera as mesmas coisas de outro jeito ({ $fields }). Abra “{ $name }” no Lodestar para escolher; até lá, a cópia fica onde está.

## Problemas com arquivos e pastas. Em io-failed, $action é o que estava sendo
## feito.
io-failed = Não foi possível { $action ->
    [read] ler
    [save] salvar
    [create] criar
    [lock] bloquear
    [move] mover
    [remove] remover
    [restore] restaurar
    [move-aside] tirar do caminho
    [set-aside] pôr de lado
    [move-to-the-trash] mover para a lixeira
    [open-the-lock-file] abrir o arquivo de bloqueio
    [read-the-folder] ler a pasta
    [create-the-folder] criar a pasta
   *[other] { $action }
} { $path }: { $reason }.
io-disk-full = o disco está cheio. Libere espaço e tente de novo
io-permission = a permissão foi negada
io-no-folder = a pasta em que ele ficaria não existe
io-not-found = não existe
io-read-only = o disco é somente leitura
io-quota = a sua cota de disco acabou
io-too-large = o arquivo é maior do que este sistema permite (um limite de tamanho, ou o disco cheio). Libere espaço e tente de novo
store-corrupt = Não foi possível ler o arquivo de perfil { $path } ({ $reason }). Ele foi posto de lado como { $set_aside } e não foi alterado; seus outros perfis estão em ordem.
store-not-a-profile = { $path } não é um perfil do Lodestar: { $reason }
store-too-new = “{ $name }” foi salvo por um Lodestar mais novo (formato de arquivo { $found }; esta versão lê até o { $supported }). Atualize o Lodestar para abri-lo; o arquivo não foi alterado.
store-read-only = “{ $name }” está em modo somente leitura aqui: { $reason }. Suas alterações não foram salvas.
store-changed-on-disk = “{ $name }” foi alterado ou removido no disco por outro programa (uma pasta sincronizada, outro computador) desde que foi aberto. Nada foi sobrescrito: recarregue para ver a outra versão, ou mantenha a sua para substituí-la.
store-no-such-profile = Nenhum perfil corresponde a “{ $query }”. `lodestar profiles` lista os perfis.
store-ambiguous = “{ $query }” corresponde a vários perfis: { $matches }. Use o ID.
store-merge = Não foi possível mesclar as duas versões: { $reason }. Nada foi alterado.
store-catalog = O arquivo de lista { $file } tem um problema: { $message }
store-catalog-line = O arquivo de lista { $file } tem um problema na linha { $line }: { $message }
store-catalog-exists = Já existe uma lista com o ID “{ $id }”. Dê outro título a esta.
store-answer-file = { $path } não é um arquivo de resposta de colega que o Lodestar consiga ler: { $reason }. Nada foi importado.
store-answers = Não é possível importar estas respostas: { $reason }.
store-not-a-folder = { $path } não pode guardar os perfis: { $reason }. Nada foi movido.
folder-is-a-file = é um arquivo
folder-inside-settings = fica dentro da pasta de configurações do próprio Lodestar; escolha uma pasta fora dela, por exemplo uma dentro da sua pasta sincronizada
folder-profile-open-elsewhere = está aberto em outra janela do Lodestar; feche-o lá primeiro

## A linha de comando.
cli-unknown-language = O Lodestar não fala “{ $tag }”; ele fala { $known }.
cli-sent-technician = Perfil “{ $name }” (sem as anotações privadas) gravado em { $file }, pronto para enviar.
cli-sent-coach = Perfil “{ $name }” gravado em { $file }, pronto para enviar.
cli-exported = Perfil “{ $name }” exportado para { $file }.
cli-list-imported = Lista “{ $title }” importada ({ $n ->
    [one] { $n } competência
    [many] { $n } competências
   *[other] { $n } competências
}, com a escala { $levels }) como { $id }.
cli-moved = Os perfis agora ficam em { $folder } ({ $how }).
cli-moved-count = { $n ->
    [one] { $n } movido
    [many] { $n } movidos
   *[other] { $n } movidos
}
cli-moved-same = { $n ->
    [one] { $n } já estava lá
    [many] { $n } já estavam lá
   *[other] { $n } já estavam lá
}
cli-moved-merged = { $n ->
    [one] { $n } diferente da cópia que já estava lá: mesclado agora
    [many] { $n } diferentes da cópia que já estava lá: mesclados agora
   *[other] { $n } diferentes da cópia que já estava lá: mesclados agora
}
cli-no-profiles = Nenhum perfil ainda em { $folder }.
cli-wrote-plan = Plano de “{ $name }” gravado em { $file }.
cli-wrote-growth = Gráfico de crescimento de “{ $name }” gravado em { $file }.
cli-wrote-chart = Gráfico de “{ $name }” gravado em { $file }.
cli-no-such-list = Não existe a lista “{ $id }”. `lodestar catalogs` mostra as listas.
cli-no-list-at-all = Nenhuma lista recomendada está disponível
cli-list-missing = aviso: a lista “{ $missing }” não foi encontrada; comparando com “{ $used }”
cli-compared = { $name } — comparado com “{ $list }”
cli-section-strengths = Pontos fortes — já são seus, mantenha:
cli-section-deepen = Pontos fortes que você também quer aprofundar:
cli-section-right-track = No caminho certo — você quer estas, e elas são recomendadas:
cli-section-blind-spots = Vale uma conversa — recomendadas, mas ainda fora das duas listas:
cli-section-own-strengths = Seus próprios pontos fortes:
cli-section-own-goals = Seus próprios objetivos:
cli-section-own-deepen = Seus próprios pontos fortes que você quer aprofundar:
cli-section-links = Vínculos possíveis, não aplicados (confirme no app):
cli-note = Observação: { $line }
cli-imported = Perfil “{ $name }” importado como { $id }.
cli-updated = Perfil “{ $name }” atualizado: { $what }.
cli-conflict-kept = { $field }: a sua versão ({ $mine }) foi mantida; a outra era { $theirs }.
cli-conflicts-hint = Altere estes itens no app onde a outra versão estiver certa.
cli-wrote-form = Formulário de feedback de “{ $name }” ({ $n ->
    [one] { $n } competência
    [many] { $n } competências
   *[other] { $n } competências
}, pedido { $request }) gravado em { $file }. Envie-o aos colegas como anexo de e-mail; cada um salva um arquivo de resposta e o devolve. Importe esses arquivos com `lodestar import FILE`.
cli-whose-one = “{ $name }”
cli-whose-all = todos os técnicos
cli-cal-sessions = { $n ->
    [one] { $n } sessão
    [many] { $n } sessões
   *[other] { $n } sessões
}
cli-cal-actions = { $n ->
    [one] { $n } prazo de ação
    [many] { $n } prazos de ações
   *[other] { $n } prazos de ações
}
cli-cal-reviews = { $n ->
    [one] { $n } revisão do plano
    [many] { $n } revisões do plano
   *[other] { $n } revisões do plano
}
cli-cal-empty = Nada pela frente para { $whose }: nenhuma próxima sessão, prazo ou revisão a partir de { $today }. Um calendário vazio foi gravado em { $file }.
cli-cal-written = Calendário de { $whose } ({ $what }) gravado em { $file }. Abra-o no seu programa de calendário; importá-lo de novo mais tarde atualiza os mesmos eventos.
cli-wrote = Gravação concluída: { $what } em { $file }.
cli-wrote-also = e em { $file }
cli-what-profile-sheet = as notas, as ações e o plano de “{ $name }”
cli-what-team = a equipe ({ $n ->
    [one] { $n } técnico
    [many] { $n } técnicos
   *[other] { $n } técnicos
})
cli-what-list = a lista “{ $title }”

## Por que uma lista, uma escala, as respostas de um colega ou uma exportação não podem
## ser usadas (estas frases continuam outra, por isso a maioria começa com minúscula).
catalog-no-title = a lista não tem título
catalog-no-id = a lista não tem ID
catalog-no-skills = a lista não tem competências
catalog-unnamed-skill = a competência número { $n } não tem nome
catalog-no-skill-id = a competência número { $n } não tem ID
catalog-skill-twice = o ID de competência “{ $id }” é usado duas vezes
catalog-level-count = a competência “{ $skill }” descreve { $count } níveis; a escala da lista tem { $scale }, então ela precisa descrever { $scale } (ou nenhum)
catalog-scale = a escala da lista: { $reason }
catalog-unnamed-role = o cargo número { $n } não tem nome
catalog-role-twice = o cargo “{ $role }” aparece duas vezes
catalog-role-skill = o cargo “{ $role }” espera um nível em “{ $skill }”, que não está na lista
catalog-role-level = o cargo “{ $role }” espera o nível { $level } em “{ $skill }”; a escala vai só até { $top }
scale-count = uma escala precisa ter de { $min } a { $max } níveis; esta tem { $n }
scale-unnamed = o nível { $n } da escala não tem nome
scale-twice = a escala tem o nome “{ $name }” duas vezes
merge-different-profiles = os dois arquivos são perfis diferentes (“{ $mine }” e “{ $theirs }”)
merge-unreadable = não foi possível ler de volta o perfil mesclado: { $reason }
answers-newer-format = estas respostas foram salvas pelo formulário de um Lodestar mais novo (formato { $format }); atualize o Lodestar para importá-las
answers-other-request = estas respostas são de um pedido de feedback que não está no perfil de { $name }: talvez sejam para outro técnico, ou para um pedido feito em outro computador. Nada foi importado
answers-unknown-skill = as respostas citam a competência “{ $skill }”, que o pedido não incluía: o arquivo foi alterado depois que o formulário o salvou. Nada foi importado; peça ao colega que envie o arquivo de novo
answers-skill-twice = as respostas citam a competência “{ $skill }” duas vezes: o arquivo foi alterado depois que o formulário o salvou. Nada foi importado
answers-level-out-of-range = as respostas dão o nível { $level } a “{ $skill }”, mas o pedido era de 1 a { $top }: o arquivo foi alterado depois que o formulário o salvou. Nada foi importado
answers-no-id = o arquivo de resposta não tem ID de resposta: ele não foi salvo pelo formulário. Nada foi importado
answers-not-the-coachs = as respostas são importadas no computador do coach, onde o pedido foi feito: envie este arquivo ao coach. Nada foi importado
answers-empty = o colega salvou o formulário sem escolher um nível nem escrever um exemplo, então não há nada para importar
export-no-list = nenhuma lista recomendada está disponível
export-ending = dê { $what ->
    [plan] ao plano
    [chart] ao gráfico
    [spreadsheet] à planilha
    [calendar-file] ao arquivo de calendário
   *[feedback-form] ao formulário de feedback
} um nome com uma destas terminações: { $endings } ({ $path })
export-no-growth = ainda não há gráfico de crescimento para “{ $name }”: são necessárias pelo menos duas avaliações
export-no-chart = não há gráfico para “{ $name }”: { $reason }
export-sheet = não foi possível gerar a planilha: { $reason }
export-calendar = não foi possível gerar o arquivo de calendário: { $reason }
chart-no-ratings = nada foi avaliado ainda, então não há gráfico para desenhar
chart-too-few-skills = um gráfico de radar precisa de pelo menos 3 competências que se aplicam; há { $n }
pdf-template = o modelo do plano tem um erro: { $reason }
pdf-export = não foi possível gravar o PDF: { $reason }
file-cut-off = o arquivo termina cedo demais, na linha { $line } — parece ter sido cortado
file-too-new = ele foi salvo por um Lodestar mais novo (formato de arquivo { $found })
folder-unreachable = Não é possível acessar a sua pasta de perfis { $folder } ({ $reason }). Mostrando os perfis guardados na pasta de configurações; conecte o disco e abra o Lodestar de novo, ou escolha outra pasta em Sobre.
catalog-id-taken = o ID “{ $id }” já é usado por outra lista; dê a esta um ID próprio
sheet-kinds = O Lodestar lê listas de planilhas (.xlsx, .ods) e de arquivos CSV (.csv)
sent-file-no-profile = o arquivo enviado não contém nenhum perfil
recovered-kept = { $n ->
    [one] Um conjunto de alterações que não pôde ser salvo antes está guardado em { $folder }. Use Importar para trazê-lo de volta.
    [many] { $n } conjuntos de alterações que não puderam ser salvos antes estão guardados em { $folder }. Use Importar para trazer um deles de volta.
   *[other] { $n } conjuntos de alterações que não puderam ser salvos antes estão guardados em { $folder }. Use Importar para trazer um deles de volta.
}
cli-no-config-folder = Não foi possível encontrar uma pasta para as configurações; use --config-dir DIR

## O formulário de feedback que um colega preenche (uma página web). { $name } e
## { $coach } são os nomes do técnico e do coach.
form-title = Feedback para { $name }
form-their-coach = o coach
form-intro = { $name } está se tornando um líder, com { $coach } como coach. Você trabalha junto com essa pessoa e vê coisas que um coach nunca vê. Para cada competência abaixo, escolha o nível que corresponde ao que você viu a pessoa fazer, ou “Não presenciei”. O que mais ajuda é um exemplo curto de algo que aconteceu.
form-privacy = Só { $coach } lê suas respostas uma a uma. { $name } vê a média de todos os colegas, e só depois que pelo menos três de vocês responderem, para que nenhuma resposta possa ser identificada. Seu nome só acompanha suas respostas se você escrevê-lo no final.
form-not-seen = Não presenciei
form-example = Um exemplo (opcional)
form-example-hint = O que aconteceu e o que a pessoa fez?
form-your-name = Seu nome (opcional)
form-name-note = Se deixar em branco, seu nome não é salvo com as respostas; { $coach } ainda vê quem enviou o arquivo.
form-save = Salvar minhas respostas
form-saved = Suas respostas foram salvas como { $file } na sua pasta de downloads. Envie esse arquivo para { $coach } como anexo de e-mail. Nada foi enviado a partir desta página.
form-empty = Ainda não há nada para salvar: escolha um nível ou escreva um exemplo em pelo menos uma competência.
form-footer = Feito com o Lodestar para o pedido { $id }. Esta página funciona sem internet e não envia nada para lugar nenhum: suas respostas só saem no arquivo que você envia.
