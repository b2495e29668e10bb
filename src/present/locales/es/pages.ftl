# partnercheck's own words on the pages a respondent reads: Spanish (usted).

form-a-partner = un socio
form-the-partner = el socio
form-our-organisation = su socio
form-about-us = Sobre nuestra relación con { $partner }
form-about-them = Sobre su relación con { $ours }
form-noscript = Sin JavaScript esta página no puede guardar sus respuestas: imprímala y complétela a mano.
form-before-start = Antes de empezar
form-which-partner = ¿Sobre qué organización socia son estas respuestas?
form-which-side = ¿Para qué organización trabaja usted?
form-your-name = Su nombre (opcional)
form-hint = En cada afirmación, indique en qué medida está de acuerdo. No hay respuestas correctas: lo que cuenta es su propia opinión.
form-dont-know = No sé
form-more = Más sobre esta afirmación
form-expect-us = ¿En qué medida cree que las personas de { $partner } están de acuerdo con las afirmaciones sobre «{ $dimension }»?
form-expect-them = ¿En qué medida cree que { $ours } están de acuerdo con las afirmaciones sobre «{ $dimension }»?
form-people-of = las personas de { $name }
form-partners-people = las personas de su socio
form-note = ¿Algo que añadir sobre «{ $dimension }»? (opcional)
form-send = Enviar sus respuestas
form-save = Guardar respuestas
form-copy = Copiar las respuestas
form-clear-hint = ¿Ya las envió? Este navegador aún guarda sus respuestas: en un equipo compartido, bórrelas.
form-clear = Borrar mis respuestas de este navegador
form-copy-label = Sus respuestas como texto: cópielas completas en una respuesta a la persona que le envió este formulario.
form-save-hint = «Guardar respuestas» descarga un pequeño archivo de texto: envíelo a la persona que le envió este formulario. Nada sale de esta página hasta que usted lo haga.
form-js-storage-on = Sus respuestas se guardan en este navegador a medida que avanza: puede cerrar esta página y volver más tarde.
form-js-storage-off = Este navegador no permite que la página guarde su progreso: responda de una vez o guarde sus respuestas antes de cerrarla.
form-js-progress =
    .one = %n de %total afirmación respondida.
    .other = %n de %total afirmaciones respondidas.
form-js-all =
    .one = La afirmación está respondida.
    .other = Las %total afirmaciones están respondidas.
form-js-partial =
    .one = %n de %total afirmación respondida: el archivo indica que las respuestas no están completas. Puede responder el resto y guardar de nuevo.
    .other = %n de %total afirmaciones respondidas: el archivo indica que las respuestas no están completas. Puede responder el resto y guardar de nuevo.
form-js-need-partner = Indique primero la organización socia a la que se refieren estas respuestas.
form-js-need-side = Indique primero para qué organización trabaja.
form-js-saved = Guardado como %file: envíe ese archivo de vuelta.
form-js-cleared = Sus respuestas se borraron de este navegador.

## serve

serve-send-heading = Enviar sus respuestas
serve-send-button = Enviar respuestas
serve-send-hint = Sus respuestas llegan a quien facilita este taller solo cuando pulsa «Enviar respuestas». Mientras la recogida esté abierta, puede cambiarlas y enviarlas de nuevo.
serve-sending = Enviando…
serve-sent = Hemos recibido sus respuestas, gracias. Mientras la recogida esté abierta, puede cambiarlas y enviarlas de nuevo.
serve-none-answered = Responda al menos a una afirmación antes de enviar.
serve-closed = La recogida está cerrada: las respuestas ya no se pueden enviar ni cambiar.
serve-refused = No se aceptaron las respuestas.
serve-busy = En el último minuto se enviaron demasiadas respuestas desde esta red. Espere un minuto y vuelva a enviarlas.
serve-failed = No se pudieron guardar las respuestas. Vuelva a intentarlo en un momento o avise a quien facilita el taller.
serve-offline = No se pudieron enviar las respuestas: compruebe la conexión y vuelva a enviarlas.
serve-languages = Idioma
serve-session-title = Diagnóstico de la alianza, ronda { $round }
serve-facilitator-heading = Taller: respuestas hasta ahora
serve-display-heading = Diagnóstico de la alianza
serve-session-about = { $organization }, ronda { $round }
serve-counts-caption = Respuestas por organización
serve-partner-column = Socio
serve-people-of = Personas de { $organization }
serve-count-of = { $count } de { $expected }
serve-state-open = La recogida está abierta.
serve-state-closed = La recogida está cerrada.
serve-close-button = Cerrar la recogida
serve-open-button = Reabrir la recogida
serve-reopen-refused = La recogida no se puede reabrir una vez mostrado un informe.
serve-action-failed = No funcionó. Vuelva a cargar la página e inténtelo de nuevo.
serve-reports-heading = Informes
serve-reports-wait = Los informes aparecerán aquí cuando se cierre la recogida.
serve-report-link = Informe para { $partner }
serve-report-none = Todavía no hay respuestas sobre este socio en esta ronda.
serve-updated = Las cifras se actualizan solas.
serve-body-not-json = Las respuestas no son JSON válido.
serve-body-wrong-type = Las respuestas deben enviarse como application/json.
serve-body-unknown-key = `{ $key }` no forma parte de una respuesta: envíe solo respondent, answers, notes, expected y lang.
serve-body-fixed-key = `{ $key }` lo fija el enlace desde el que responde y no se puede enviar.
serve-body-no-answer = Responda al menos a una afirmación.
serve-body-respondent-text = `respondent` debe ser texto.
serve-body-lang-tag = `lang` debe ser una etiqueta de idioma, como de o pt-BR.
serve-body-lang-text = `lang` debe ser texto.

# The report's own words (both audiences' pages and documents).
report-title-partner-org = Nuestra alianza: { $org } y { $partner }
report-title-partner = Nuestra alianza con { $partner }
report-title-one = Informe de la alianza: { $partner }
report-title = Informe de alianzas
report-subtitle-partner = { $title } · cómo ven ambas partes la relación, según la ronda de respuestas más reciente
report-no-partners = Ningún socio.
report-footer = Elaborado con partnercheck { $version }. Las puntuaciones van de { $min } a { $max }; franjas: { $bands }.
report-band-below = { $band } por debajo
report-band-from = { $band } desde { $min }
report-latest-round = Ronda más reciente { $date }
report-undated = Respuestas sin fecha
report-answers-from = { $n ->
    [one] respuestas de { $n } persona
   *[other] respuestas de { $n } personas
}
report-answered-share = { $percent } % de las preguntas respondidas
report-overall = Puntuación global { $score }
report-overall-since = Puntuación global { $score } ({ $change } desde { $date }, cuando el resultado fue: { $tier })
report-undated-round = la ronda sin fecha
report-no-verdict = Sin resultado
report-no-verdict-lower = sin resultado
report-rounds = Rondas
report-rounds-caption = La puntuación global de cada ronda, de la más antigua a la más reciente.
report-expectations = Expectativas
report-notes = Lo que escribieron los encuestados
report-dimensions = Dimensiones
report-dots-sides = La puntuación media de cada parte por dimensión en una misma escala: cuanto más larga es la línea entre los dos puntos, más distinta es la visión de las dos partes.
report-dots-combined = La puntuación media por dimensión, ambas partes juntas.
report-dots-one = La puntuación media por dimensión.
report-dots-scale = La escala va de { $min } a { $max }; el sombreado del fondo muestra las franjas.
report-radar-caption = Las mismas puntuaciones como figura. Centro = { $min }, borde = { $max }; los anillos discontinuos son los límites de las franjas.
report-next = Siguiente paso:
report-col-dimension = Dimensión
report-col-score = Puntuación
report-col-band = Franja
report-col-gap = Diferencia
report-col-spread = Dispersión
report-col-previous = Anterior
report-overall-row = Global
report-rule-gap = Diferencia = { $them } menos { $us }, en rojo desde { $gap }.
report-rule-spread = Dispersión = la puntuación más alta menos la más baja entre los encuestados, en rojo desde { $spread }.
report-rule-previous = Anterior = la ronda del { $date }.
report-us-partner = Su socio
report-us-partner-text = su socio
report-someone-at = una persona de { $org }
report-someone-ours = una persona de nuestra parte
report-col-expected = { $side } esperaba
report-col-gave = { $side } dio
report-col-blind-spot = Punto ciego
report-expectations-legend = Esperado: la puntuación que cada parte creía que daría la otra. Punto ciego: la puntuación dada menos la esperada; lejos de cero, una parte juzgó mal cómo la ve la otra. ({ $us } esperaba lo que daría { $them }, y viceversa.)
report-round-hidden = { $n ->
    [one] Las cifras de la ronda más reciente no se muestran: respondieron menos de { $n } persona, y mostrarlas revelaría sus respuestas.
   *[other] Las cifras de la ronda más reciente no se muestran: respondieron menos de { $n } personas, y mostrarlas revelaría sus respuestas.
}
report-sides-hidden = { $threshold ->
    [one] Las cifras de cada parte se muestran a partir de { $threshold } persona por parte; en { $dimension }, { $side } tuvo { $n }. Las cifras de aquí combinan ambas partes.
   *[other] Las cifras de cada parte se muestran a partir de { $threshold } personas por parte; en { $dimension }, { $side } tuvo { $n }. Las cifras de aquí combinan ambas partes.
}
report-every-dimension = todas las dimensiones

# The charts' words.
chart-respondents = { $n ->
    [one] { $n } encuestado
   *[other] { $n } encuestados
}
chart-dimension-scores = Puntuaciones por dimensión: { $partner }
chart-overall-rounds = Puntuación global por ronda: { $partner }
chart-undated = sin fecha

# The agenda's own words (the report's agenda section and `agenda`).
agenda-heading = Temas para la próxima conversación
agenda-lowest-statements = Afirmaciones con las puntuaciones más bajas
agenda-differing-statements = Afirmaciones que las dos partes ven de forma más distinta
agenda-to-discuss = Para conversar
agenda-next-step = Siguiente paso: { $tier }.
agenda-next-step-plain = Siguiente paso.
agenda-no-tier = Sin clasificación: se respondieron muy pocas preguntas. Complete las respuestas y vuelva a calcular.
agenda-rule = Los temas son las dimensiones que más necesitan la conversación. En este orden: una puntuación en la franja más baja (la más baja primero); una diferencia entre las dos partes de { $gap } o más (la mayor primero); una dispersión entre los encuestados de { $spread } o más (la mayor primero); una caída de { $decline } o más desde la ronda anterior (la mayor primero); una parte que juzgó mal a la otra por { $gap } o más (un punto ciego, el mayor primero); una parte cuyas personas no están de acuerdo entre sí (acuerdo por debajo de { $agreement }); ninguna puntuación. En caso de empate se mantiene el orden del cuestionario. Cuando nada destaca, el tema es la dimensión con la puntuación más baja. Los temas de una dimensión con una acción abierta van antes que los demás, en el mismo orden entre sí.
agenda-why-lowest-band = la puntuación { $score } está en la franja más baja ({ $band })
agenda-why-gap-lower = las dos partes lo ven de forma distinta: socio { $them }, nosotros { $us } (diferencia { $gap }; el socio la valora más baja)
agenda-why-gap-higher = las dos partes lo ven de forma distinta: socio { $them }, nosotros { $us } (diferencia { $gap }; el socio la valora más alta)
agenda-why-disagree = los encuestados no coinciden: sus puntuaciones se separan { $spread }
agenda-why-down = baja de { $down } desde la ronda anterior ({ $previous } → { $score })
agenda-why-down-since-date = baja de { $down } desde { $date } ({ $previous } → { $score })
agenda-why-we-expected = esperábamos { $expected } del socio; el socio dio { $gave }
agenda-why-they-expected = el socio esperaba { $expected } de nosotros; dimos { $gave }
agenda-why-ours-disagree = nuestro personal no está de acuerdo entre sí (acuerdo { $agreement })
agenda-why-theirs-disagree = el personal del socio no está de acuerdo entre sí (acuerdo { $agreement })
agenda-why-no-score = nadie pudo puntuarla: todas las respuestas fueron "no sé" o faltaron
agenda-why-lowest-score = nada destaca; esta es la dimensión con la puntuación más baja ({ $score })
reverse-keyed = invertida: estar de acuerdo cuenta en contra de la alianza

# Actions.
actions-heading = Acciones
action-overdue = vencida (plazo { $due })
action-open-due = abierta, plazo { $due }
action-done-on = realizada el { $date }
action-dropped-on = descartada el { $date }
action-open = abierta
action-done = realizada
action-dropped = descartada
action-no-round-since = aún no hay ninguna ronda desde que se acordó
action-no-baseline = ninguna ronda el día del acuerdo o antes con la que comparar
action-no-score = no hay puntuación para comparar en una de las rondas
action-effect-up = sube { $change } desde el acuerdo ({ $before } el { $before-date } → { $after } el { $after-date })
action-effect-down = baja { $change } desde el acuerdo ({ $before } el { $before-date } → { $after } el { $after-date })
action-effect-unchanged = sin cambios desde el acuerdo ({ $before } el { $before-date } → { $after } el { $after-date })
action-owner-us = nosotros
action-owner-them = el socio
action-owner-both-sides = ambas partes

# The reasons for a verdict (report pages and documents).
reason-no-tier = Ninguna clasificación corresponde a estas puntuaciones.
reason-fallback = { $tier }: las puntuaciones aún no cumplen lo que exige la clasificación superior.
reason-held = { $tier }, que exige { $needs }.
reason-needs-item = { $requirement } ({ $fact })
reason-list = { $init } y { $last }
reason-missed = { $fact }. { $tier } exige { $requirement }.
reason-missed-to-go = { $fact }. { $tier } exige { $requirement }; faltan { $far }.
reason-missed-too-high = { $fact }. { $tier } exige { $requirement }; sobran { $far }.
reason-needs-overall = una puntuación global { $op ->
    [ge] de { $t } o más
    [gt] superior a { $t }
    [le] de { $t } o menos
   *[lt] inferior a { $t }
}
reason-needs-every = todas las dimensiones { $op ->
    [ge] en { $t } o más
    [gt] por encima de { $t }
    [le] en { $t } o menos
   *[lt] por debajo de { $t }
}
reason-needs-one = al menos una dimensión { $op ->
    [ge] en { $t } o más
    [gt] por encima de { $t }
    [le] en { $t } o menos
   *[lt] por debajo de { $t }
}
reason-needs-dimension = { $dimension } { $op ->
    [ge] en { $t } o más
    [gt] por encima de { $t }
    [le] en { $t } o menos
   *[lt] por debajo de { $t }
}
reason-fact-overall = la puntuación global es { $value }
reason-fact-overall-none = no hay puntuación global
reason-fact-weakest = { $dimension } es la dimensión más débil, con { $value }
reason-fact-weakest-any = la dimensión más débil está en { $value }
reason-fact-strongest = { $dimension } es la dimensión más fuerte, con { $value }
reason-fact-strongest-any = la dimensión más fuerte está en { $value }
reason-fact-dimension = { $dimension } obtiene { $value }
reason-fact-dimension-none = { $dimension } no tiene puntuación
