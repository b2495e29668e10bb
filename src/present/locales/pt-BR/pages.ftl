# partnercheck's own words on the pages a respondent reads: Brazilian Portuguese (você).

form-a-partner = um parceiro
form-the-partner = o parceiro
form-our-organisation = seu parceiro
form-about-us = Sobre a nossa relação com { $partner }
form-about-them = Sobre a sua relação com { $ours }
form-noscript = Sem JavaScript esta página não consegue salvar suas respostas: imprima-a e preencha à mão.
form-before-start = Antes de começar
form-which-partner = Sobre qual organização parceira são estas respostas?
form-which-side = Para qual organização você trabalha?
form-your-name = Seu nome (opcional)
form-hint = Em cada afirmação, indique o quanto você concorda. Não há respostas certas: o que conta é a sua própria visão.
form-dont-know = Não sei
form-more = Mais sobre esta afirmação
form-expect-us = Em que medida você acha que as pessoas de { $partner } concordam com as afirmações sobre "{ $dimension }"?
form-expect-them = Em que medida você acha que { $ours } concordam com as afirmações sobre "{ $dimension }"?
form-people-of = as pessoas de { $name }
form-partners-people = as pessoas do seu parceiro
form-note = Algo a acrescentar sobre "{ $dimension }"? (opcional)
form-send = Enviar suas respostas
form-save = Salvar respostas
form-copy = Copiar as respostas
form-clear-hint = Já enviou? Este navegador ainda guarda suas respostas: em um computador compartilhado, apague-as.
form-clear = Apagar minhas respostas deste navegador
form-copy-label = Suas respostas como texto: copie tudo em uma resposta para a pessoa que enviou este formulário.
form-save-hint = "Salvar respostas" baixa um pequeno arquivo de texto: envie-o de volta para a pessoa que enviou este formulário. Nada sai desta página até que você o faça.
form-js-storage-on = Suas respostas ficam guardadas neste navegador à medida que você responde: você pode fechar esta página e voltar depois.
form-js-storage-off = Este navegador não permite que a página guarde o seu progresso: responda de uma vez ou salve suas respostas antes de fechá-la.
form-js-progress =
    .one = %n de %total afirmação respondida.
    .other = %n de %total afirmações respondidas.
form-js-all =
    .one = A afirmação foi respondida.
    .other = Todas as %total afirmações respondidas.
form-js-partial =
    .one = %n de %total afirmação respondida: o arquivo indica que as respostas não estão completas. Você pode responder o restante e salvar de novo.
    .other = %n de %total afirmações respondidas: o arquivo indica que as respostas não estão completas. Você pode responder o restante e salvar de novo.
form-js-need-partner = Primeiro informe a organização parceira a que estas respostas se referem.
form-js-need-side = Primeiro diga para qual organização você trabalha.
form-js-saved = Salvo como %file: envie esse arquivo de volta.
form-js-cleared = Suas respostas foram apagadas deste navegador.

## serve

serve-send-heading = Enviar suas respostas
serve-send-button = Enviar respostas
serve-send-hint = Suas respostas só chegam à facilitação deste workshop quando você clica em “Enviar respostas”. Enquanto a coleta estiver aberta, você pode alterá-las e enviá-las de novo.
serve-sending = Enviando…
serve-sent = Recebemos suas respostas, obrigado. Enquanto a coleta estiver aberta, você pode alterá-las e enviá-las de novo.
serve-none-answered = Responda a pelo menos uma afirmação antes de enviar.
serve-closed = A coleta está encerrada: as respostas não podem mais ser enviadas nem alteradas.
serve-refused = As respostas não foram aceitas.
serve-busy = Foram enviadas respostas demais desta rede no último minuto. Aguarde um minuto e envie de novo.
serve-failed = Não foi possível guardar as respostas. Tente de novo daqui a pouco ou avise a facilitação.
serve-offline = Não foi possível enviar as respostas: verifique a conexão e envie de novo.
serve-languages = Idioma
serve-session-title = Check-up da parceria, rodada { $round }
serve-facilitator-heading = Workshop: respostas até agora
serve-display-heading = Check-up da parceria
serve-session-about = { $organization }, rodada { $round }
serve-counts-caption = Respostas por organização
serve-partner-column = Parceiro
serve-people-of = Pessoas de { $organization }
serve-count-of = { $count } de { $expected }
serve-state-open = A coleta está aberta.
serve-state-closed = A coleta está encerrada.
serve-close-button = Encerrar a coleta
serve-open-button = Reabrir a coleta
serve-reopen-refused = A coleta não pode ser reaberta depois que um relatório foi exibido.
serve-action-failed = Não deu certo. Recarregue a página e tente de novo.
serve-reports-heading = Relatórios
serve-reports-wait = Os relatórios aparecem aqui quando a coleta for encerrada.
serve-report-link = Relatório para { $partner }
serve-report-none = Ainda não há respostas sobre este parceiro nesta rodada.
serve-updated = Os números se atualizam sozinhos.
serve-body-not-json = As respostas não são um JSON válido.
serve-body-wrong-type = As respostas devem ser enviadas como application/json.
serve-body-unknown-key = `{ $key }` não faz parte de uma resposta: envie apenas respondent, answers, notes, expected e lang.
serve-body-fixed-key = `{ $key }` é definido pelo link em que você responde e não pode ser enviado.
serve-body-no-answer = Responda a pelo menos uma afirmação.
serve-body-respondent-text = `respondent` deve ser texto.
serve-body-lang-tag = `lang` deve ser uma etiqueta de idioma, como de ou pt-BR.
serve-body-lang-text = `lang` deve ser texto.

# The report's own words (both audiences' pages and documents).
report-title-partner-org = Nossa parceria: { $org } e { $partner }
report-title-partner = Nossa parceria com { $partner }
report-title-one = Relatório da parceria: { $partner }
report-title = Relatório das parcerias
report-subtitle-partner = { $title } · como os dois lados veem a relação, a partir da rodada de respostas mais recente
report-no-partners = Nenhum parceiro.
report-footer = Feito com o partnercheck { $version }. As pontuações vão de { $min } a { $max }; faixas: { $bands }.
report-band-below = { $band } abaixo disso
report-band-from = { $band } a partir de { $min }
report-latest-round = Rodada mais recente { $date }
report-undated = Respostas sem data
report-answers-from = { $n ->
    [one] respostas de { $n } pessoa
   *[other] respostas de { $n } pessoas
}
report-answered-share = { $percent }% das perguntas respondidas
report-overall = Pontuação geral { $score }
report-overall-since = Pontuação geral { $score } ({ $change } desde { $date }, quando o resultado foi: { $tier })
report-undated-round = a rodada sem data
report-no-verdict = Sem resultado
report-no-verdict-lower = sem resultado
report-rounds = Rodadas
report-rounds-caption = A pontuação geral de cada rodada, da mais antiga para a mais recente.
report-expectations = Expectativas
report-notes = O que os respondentes escreveram
report-dimensions = Dimensões
report-dots-sides = A pontuação média de cada lado por dimensão, numa mesma escala: quanto mais longa a linha entre os dois pontos, mais diferente é a visão dos dois lados.
report-dots-combined = A pontuação média por dimensão, os dois lados juntos.
report-dots-one = A pontuação média por dimensão.
report-dots-scale = A escala vai de { $min } a { $max }; o sombreado ao fundo mostra as faixas.
report-radar-caption = As mesmas pontuações em forma de figura. Centro = { $min }, borda = { $max }; os anéis tracejados são os limites das faixas.
report-next = Próximo passo:
report-col-dimension = Dimensão
report-col-score = Pontuação
report-col-band = Faixa
report-col-gap = Diferença
report-col-spread = Dispersão
report-col-previous = Anterior
report-overall-row = Geral
report-rule-gap = Diferença = { $them } menos { $us }, em vermelho a partir de { $gap }.
report-rule-spread = Dispersão = a maior menos a menor pontuação entre os respondentes, em vermelho a partir de { $spread }.
report-rule-previous = Anterior = a rodada de { $date }.
report-us-partner = Seu parceiro
report-us-partner-text = seu parceiro
report-someone-at = alguém da { $org }
report-someone-ours = alguém do nosso lado
report-col-expected = { $side } esperava
report-col-gave = { $side } deu
report-col-blind-spot = Ponto cego
report-expectations-legend = Esperado: a pontuação que cada lado achava que o outro daria. Ponto cego: a pontuação dada menos a esperada; longe de zero, um lado avaliou mal como o outro vê a dimensão. ({ $us } esperava o que { $them } daria, e vice-versa.)
report-round-hidden = { $n ->
    [one] Os números da rodada mais recente não são mostrados: menos de { $n } pessoa respondeu, e mostrá-los revelaria as respostas.
   *[other] Os números da rodada mais recente não são mostrados: menos de { $n } pessoas responderam, e mostrá-los revelaria as respostas.
}
report-sides-hidden = { $threshold ->
    [one] Os números de cada lado são mostrados a partir de { $threshold } pessoa por lado; em { $dimension }, { $side } teve { $n }. Os números aqui reúnem os dois lados.
   *[other] Os números de cada lado são mostrados a partir de { $threshold } pessoas por lado; em { $dimension }, { $side } teve { $n }. Os números aqui reúnem os dois lados.
}
report-every-dimension = todas as dimensões

# The charts' words.
chart-respondents = { $n ->
    [one] { $n } respondente
   *[other] { $n } respondentes
}
chart-dimension-scores = Pontuações por dimensão: { $partner }
chart-overall-rounds = Pontuação geral por rodada: { $partner }
chart-undated = sem data

# The agenda's own words (the report's agenda section and `agenda`).
agenda-heading = Pauta da próxima conversa
agenda-lowest-statements = Afirmações com as pontuações mais baixas
agenda-differing-statements = Afirmações que os dois lados veem de forma mais diferente
agenda-to-discuss = Para discutir
agenda-next-step = Próximo passo: { $tier }.
agenda-next-step-plain = Próximo passo.
agenda-no-tier = Sem classificação: poucas perguntas foram respondidas. Complete as respostas e calcule de novo.
agenda-rule = Os temas são as dimensões que mais precisam da conversa. Nesta ordem: uma pontuação na faixa mais baixa (a mais baixa primeiro); uma diferença entre os dois lados de { $gap } ou mais (a maior primeiro); uma dispersão entre os respondentes de { $spread } ou mais (a maior primeiro); uma queda de { $decline } ou mais desde a rodada anterior (a maior primeiro); um lado que avaliou mal o outro por { $gap } ou mais (um ponto cego, o maior primeiro); um lado cujas pessoas não concordam entre si (concordância abaixo de { $agreement }); nenhuma pontuação. Em caso de empate, vale a ordem do questionário. Quando nada se destaca, o tema é a dimensão com a pontuação mais baixa. Temas de uma dimensão com uma ação em aberto vêm antes dos outros, na mesma ordem entre si.
agenda-why-lowest-band = a pontuação { $score } está na faixa mais baixa ({ $band })
agenda-why-gap-lower = os dois lados veem de forma diferente: parceiro { $them }, nós { $us } (diferença { $gap }; o parceiro avalia mais baixo)
agenda-why-gap-higher = os dois lados veem de forma diferente: parceiro { $them }, nós { $us } (diferença { $gap }; o parceiro avalia mais alto)
agenda-why-disagree = os respondentes discordam: suas pontuações estão { $spread } pontos distantes
agenda-why-down = queda de { $down } desde a rodada anterior ({ $previous } → { $score })
agenda-why-down-since-date = queda de { $down } desde { $date } ({ $previous } → { $score })
agenda-why-we-expected = esperávamos { $expected } do parceiro; o parceiro deu { $gave }
agenda-why-they-expected = o parceiro esperava { $expected } de nós; demos { $gave }
agenda-why-ours-disagree = nosso pessoal não concorda entre si (concordância { $agreement })
agenda-why-theirs-disagree = o pessoal do parceiro não concorda entre si (concordância { $agreement })
agenda-why-no-score = ninguém conseguiu pontuá-la: todas as respostas foram "não sei" ou ficaram em branco
agenda-why-lowest-score = nada se destaca; esta é a dimensão com a pontuação mais baixa ({ $score })
reverse-keyed = invertida: concordar conta contra a parceria

# Actions.
actions-heading = Ações
action-overdue = atrasada (prazo { $due })
action-open-due = em aberto, prazo { $due }
action-done-on = concluída em { $date }
action-dropped-on = descartada em { $date }
action-open = em aberto
action-done = concluída
action-dropped = descartada
action-no-round-since = ainda não houve rodada desde que foi combinada
action-no-baseline = nenhuma rodada no dia em que foi combinada ou antes dele para comparar
action-no-score = sem pontuação para comparar em uma das rodadas
action-effect-up = subiu { $change } desde que foi combinada ({ $before } em { $before-date } → { $after } em { $after-date })
action-effect-down = caiu { $change } desde que foi combinada ({ $before } em { $before-date } → { $after } em { $after-date })
action-effect-unchanged = sem mudança desde que foi combinada ({ $before } em { $before-date } → { $after } em { $after-date })
action-owner-us = nós
action-owner-them = o parceiro
action-owner-both-sides = os dois lados

# The reasons for a verdict (report pages and documents).
reason-no-tier = Nenhuma classificação corresponde a estas pontuações.
reason-fallback = { $tier }: as pontuações ainda não atendem ao que a classificação acima exige.
reason-held = { $tier }, que exige { $needs }.
reason-needs-item = { $requirement } ({ $fact })
reason-list = { $init } e { $last }
reason-missed = { $fact }. { $tier } exige { $requirement }.
reason-missed-to-go = { $fact }. { $tier } exige { $requirement }; faltam { $far }.
reason-missed-too-high = { $fact }. { $tier } exige { $requirement }; passa em { $far }.
reason-needs-overall = uma pontuação geral { $op ->
    [ge] de { $t } ou mais
    [gt] acima de { $t }
    [le] de { $t } ou menos
   *[lt] abaixo de { $t }
}
reason-needs-every = todas as dimensões { $op ->
    [ge] com { $t } ou mais
    [gt] acima de { $t }
    [le] com { $t } ou menos
   *[lt] abaixo de { $t }
}
reason-needs-one = pelo menos uma dimensão { $op ->
    [ge] com { $t } ou mais
    [gt] acima de { $t }
    [le] com { $t } ou menos
   *[lt] abaixo de { $t }
}
reason-needs-dimension = { $dimension } { $op ->
    [ge] com { $t } ou mais
    [gt] acima de { $t }
    [le] com { $t } ou menos
   *[lt] abaixo de { $t }
}
reason-fact-overall = a pontuação geral é { $value }
reason-fact-overall-none = não há pontuação geral
reason-fact-weakest = { $dimension } é a dimensão mais fraca, com { $value }
reason-fact-weakest-any = a dimensão mais fraca está em { $value }
reason-fact-strongest = { $dimension } é a dimensão mais forte, com { $value }
reason-fact-strongest-any = a dimensão mais forte está em { $value }
reason-fact-dimension = { $dimension } tem { $value }
reason-fact-dimension-none = { $dimension } não tem pontuação
