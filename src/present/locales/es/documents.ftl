# partnercheck's own words in the documents it writes for people (the
# internal report, the agenda): Spanish.

## The reports, both audiences

report-overall-hidden = { $n ->
    [one] La puntuación global no se muestra: se basa en las respuestas de menos de { $n } persona, demasiado pocas para mantener el anonimato.
   *[other] La puntuación global no se muestra: se basa en las respuestas de menos de { $n } personas, demasiado pocas para mantener el anonimato.
}
report-overall-none = Sin puntuación global: se respondieron demasiado pocas preguntas para poder calcularla.
doc-md-subtitle = { $subtitle } · puntuaciones de { $min } a { $max } · franjas: { $bands }
doc-verdict = Resultado: { $verdict }
doc-col-chart = Gráfico
doc-col-round = Ronda
doc-col-verdict = Resultado
doc-bold-sides = En negrita: una diferencia ({ $them } menos { $us }) de { $gap } o más, una dispersión de { $spread } o más (los encuestados no coinciden).
doc-bold = En negrita: una dispersión de { $spread } o más (los encuestados no coinciden).
doc-previous-round = Anterior: la ronda del { $date }.
doc-band-thresholds = límites de las franjas

## The internal report

doc-subtitle = { $partners ->
    [one] { $title } { $version } · { $partners } socio · las cifras de la ronda más reciente de cada socio
   *[other] { $title } { $version } · { $partners } socios · las cifras de la ronda más reciente de cada socio
}
doc-files = { $n ->
    [one] { $n } archivo de respuestas
   *[other] { $n } archivos de respuestas
}
doc-files-named = { $n ->
    [one] { $n } archivo de respuestas: { $names }
   *[other] { $n } archivos de respuestas: { $names }
}
doc-coverage = cobertura { $percent } %
doc-who = { $side ->
    [us] { $name } (nuestra parte)
   *[them] { $name } (parte del socio)
}
doc-who-unnamed = { $side ->
    [us] una persona encuestada (nuestra parte)
   *[them] una persona encuestada (parte del socio)
}
doc-us = Nuestra parte
doc-us-text = nuestra parte
doc-contents = Contenido
doc-portfolio-summary = Resumen de la cartera
doc-col-partner = Socio
doc-col-change = Cambio
doc-col-largest-gap = Mayor diferencia
doc-col-stands-out = Qué destaca
doc-col-open-actions = Acciones abiertas
doc-col-overdue = Vencidas
doc-gap-on = { $gap } en { $dimension }
doc-gap-none = ninguna: las dos partes puntúan igual cada dimensión
doc-summary-rule = Mayor diferencia: la puntuación del socio menos la de { $org }, en la dimensión en la que más difieren las dos partes. Cambio: cuánto ha variado la puntuación global desde la ronda anterior.
doc-summary-rule-ours = Mayor diferencia: la puntuación del socio menos la nuestra, en la dimensión en la que más difieren las dos partes. Cambio: cuánto ha variado la puntuación global desde la ronda anterior.
doc-flag-differ = las dos partes ven { $dimensions } de forma distinta
doc-flag-disagree = los encuestados no coinciden en { $dimensions }
doc-flag-down = la puntuación global bajó { $down } desde la ronda anterior

## The agenda (`agenda`, and the reports' agenda sections)

doc-agenda-title = Orden del día: { $partner }
doc-agenda-overall = puntuación global { $score }
doc-agenda-overall-since = puntuación global { $score } ({ $change } desde { $date })
doc-no-tier = sin clasificación
doc-why = Por qué:
doc-open-action = Acción abierta:
doc-figure-score = Puntuación { $score } ({ $band })
doc-no-band = sin franja
doc-figure-sides = nosotros { $us } · socio { $them } · diferencia { $gap }
doc-figure-spread = dispersión { $spread } · anterior { $previous }
doc-us-them = nosotros { $us }, socio { $them }
doc-lowest-statements = Afirmaciones con las puntuaciones más bajas:
doc-differing-statements = Afirmaciones que las dos partes ven de forma más distinta:
doc-to-discuss = Para conversar:
doc-notes = Lo que escribieron los encuestados:
doc-quoted = «{ $text }» — { $who }
doc-actions-to-review = Acciones por revisar
doc-next-step = Siguiente paso
doc-no-topics = Ninguna dimensión tiene todavía una puntuación: no hay nada que ordenar.
doc-no-topics-hidden = Las cifras de esta ronda se ocultan para mantener el anonimato de las respuestas. { $reason } No se propone ningún tema ni ninguna acción para esta ronda.
doc-hidden-next-step = Sin clasificación: la ronda se oculta para mantener el anonimato de las respuestas. Reúna respuestas de más personas y vuelva a consultarla.

## Why there is no verdict (reports and agendas)

reason-coverage = Solo se respondió el { $coverage } % de las preguntas, y un resultado necesita al menos el { $minimum } %: responda más preguntas para obtenerlo.
reason-too-few-respondents = { $files ->
    [one] Solo respondió { $files } persona en esta ronda, menos de las { $minimum } necesarias para mostrar las cifras de la ronda sin revelar las respuestas de nadie.
   *[other] Solo respondieron { $files } personas en esta ronda, menos de las { $minimum } necesarias para mostrar las cifras de la ronda sin revelar las respuestas de nadie.
}
reason-too-few-answers = { $answered ->
    [one] Solo respondió { $answered } persona sobre { $dimension }, menos de las { $minimum } necesarias para mostrar las cifras de esta ronda sin revelar las respuestas de nadie.
   *[other] Solo respondieron { $answered } personas sobre { $dimension }, menos de las { $minimum } necesarias para mostrar las cifras de esta ronda sin revelar las respuestas de nadie.
}
