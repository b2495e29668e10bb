# partnercheck's own words in the documents it writes for people (the
# internal report, the agenda): Brazilian Portuguese.

## The reports, both audiences

report-overall-hidden = { $n ->
    [one] A pontuação geral não é mostrada: ela se baseia nas respostas de menos de { $n } pessoa, poucas demais para manter o anonimato.
   *[other] A pontuação geral não é mostrada: ela se baseia nas respostas de menos de { $n } pessoas, poucas demais para manter o anonimato.
}
report-overall-none = Sem pontuação geral: poucas perguntas foram respondidas, o que não permite calculá-la.
doc-md-subtitle = { $subtitle } · pontuações de { $min } a { $max } · faixas: { $bands }
doc-verdict = Resultado: { $verdict }
doc-col-chart = Gráfico
doc-col-round = Rodada
doc-col-verdict = Resultado
doc-bold-sides = Em negrito: uma diferença ({ $them } menos { $us }) de { $gap } ou mais, uma dispersão de { $spread } ou mais (os respondentes discordam).
doc-bold = Em negrito: uma dispersão de { $spread } ou mais (os respondentes discordam).
doc-previous-round = Anterior: a rodada de { $date }.
doc-band-thresholds = limites das faixas

## The internal report

doc-subtitle = { $partners ->
    [one] { $title } { $version } · { $partners } parceiro · os números da rodada mais recente de cada parceiro
   *[other] { $title } { $version } · { $partners } parceiros · os números da rodada mais recente de cada parceiro
}
doc-files = { $n ->
    [one] { $n } arquivo de respostas
   *[other] { $n } arquivos de respostas
}
doc-files-named = { $n ->
    [one] { $n } arquivo de respostas: { $names }
   *[other] { $n } arquivos de respostas: { $names }
}
doc-coverage = cobertura de { $percent }%
doc-who = { $side ->
    [us] { $name } (nosso lado)
   *[them] { $name } (lado do parceiro)
}
doc-who-unnamed = { $side ->
    [us] um respondente (nosso lado)
   *[them] um respondente (lado do parceiro)
}
doc-us = Nosso lado
doc-us-text = nosso lado
doc-contents = Sumário
doc-portfolio-summary = Resumo do portfólio
doc-col-partner = Parceiro
doc-col-change = Variação
doc-col-largest-gap = Maior diferença
doc-col-stands-out = O que se destaca
doc-col-open-actions = Ações em aberto
doc-col-overdue = Atrasadas
doc-gap-on = { $gap } em { $dimension }
doc-gap-none = nenhuma: os dois lados dão a mesma pontuação a cada dimensão
doc-summary-rule = Maior diferença: a pontuação do parceiro menos a pontuação de { $org }, na dimensão em que os dois lados mais diferem. Variação: quanto a pontuação geral mudou desde a rodada anterior.
doc-summary-rule-ours = Maior diferença: a pontuação do parceiro menos a nossa, na dimensão em que os dois lados mais diferem. Variação: quanto a pontuação geral mudou desde a rodada anterior.
doc-flag-differ = os dois lados veem { $dimensions } de forma diferente
doc-flag-disagree = os respondentes discordam sobre { $dimensions }
doc-flag-down = a pontuação geral caiu { $down } desde a rodada anterior

## The agenda (`agenda`, and the reports' agenda sections)

doc-agenda-title = Pauta: { $partner }
doc-agenda-overall = pontuação geral { $score }
doc-agenda-overall-since = pontuação geral { $score } ({ $change } desde { $date })
doc-no-tier = sem classificação
doc-why = Por quê:
doc-open-action = Ação em aberto:
doc-figure-score = Pontuação { $score } ({ $band })
doc-no-band = sem faixa
doc-figure-sides = nós { $us } · parceiro { $them } · diferença { $gap }
doc-figure-spread = dispersão { $spread } · anterior { $previous }
doc-us-them = nós { $us }, parceiro { $them }
doc-lowest-statements = Afirmações com as pontuações mais baixas:
doc-differing-statements = Afirmações que os dois lados veem de forma mais diferente:
doc-to-discuss = Para discutir:
doc-notes = O que os respondentes escreveram:
doc-quoted = "{ $text }" — { $who }
doc-actions-to-review = Ações a revisar
doc-next-step = Próximo passo
doc-no-topics = Nenhuma dimensão tem pontuação ainda: não há nada a ordenar.
doc-no-topics-hidden = Os números desta rodada ficam ocultos para manter o anonimato das respostas. { $reason } Nenhum tema e nenhuma ação são propostos para esta rodada.
doc-hidden-next-step = Sem classificação: a rodada fica oculta para manter o anonimato das respostas. Colete respostas de mais pessoas e consulte de novo.

## Why there is no verdict (reports and agendas)

reason-coverage = Só { $coverage }% das perguntas foram respondidas, e um resultado precisa de pelo menos { $minimum }%: responda a mais perguntas para obter um.
reason-too-few-respondents = { $files ->
    [one] Só { $files } pessoa respondeu nesta rodada, menos que as { $minimum } necessárias para mostrar os números da rodada sem revelar as respostas de ninguém.
   *[other] Só { $files } pessoas responderam nesta rodada, menos que as { $minimum } necessárias para mostrar os números da rodada sem revelar as respostas de ninguém.
}
reason-too-few-answers = { $answered ->
    [one] Só { $answered } pessoa respondeu sobre { $dimension }, menos que as { $minimum } necessárias para mostrar os números desta rodada sem revelar as respostas de ninguém.
   *[other] Só { $answered } pessoas responderam sobre { $dimension }, menos que as { $minimum } necessárias para mostrar os números desta rodada sem revelar as respostas de ninguém.
}
