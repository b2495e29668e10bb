# partnercheck's own words on the interview's screens: Spanish (usted).
# Key names (Enter, Esc, Ctrl-C, u, ?, s, b, q, y, n) stay as typed.

## The opening

interview-opening = { $statements ->
        [one] { $statements } afirmación
       *[other] { $statements } afirmaciones
    } en { $parts ->
        [one] { $parts } parte
       *[other] { $parts } partes
    }, alrededor de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. En cada afirmación, indique en qué medida está de acuerdo.
interview-unsure-always = «{ $unsure }» siempre es una de las opciones.
interview-expectations-ahead = Después de cada parte también se le pregunta en qué medida cree que la otra organización está de acuerdo con las afirmaciones de esa parte.
interview-kept-as-you-go = Cada respuesta se guarda en cuanto la da: puede detenerse cuando quiera y continuar más tarde.
interview-plain-hint = Escriba el número de su respuesta y pulse Enter. Otras teclas: u = no sé, ? = ayuda, b = atrás, q = detener (las respuestas se conservan).
interview-menu-hint = Escriba el número de su respuesta o elija con las teclas de flecha y Enter. Esc o Ctrl-C detiene la entrevista; sus respuestas se conservan.

## Who answers, and where the answers go

interview-which-partner = ¿Sobre qué socio son las respuestas?
interview-partner-needed = Se necesita el nombre del socio, por ejemplo Acme Logistics.
interview-your-name = Su nombre (opcional, Enter para omitir)
interview-which-side = ¿Para qué organización trabaja usted?
interview-our-organisation = nuestra organización
interview-replace = { $file } ya existe. ¿Desea reemplazarlo?
interview-folder-created = Se creó la carpeta { $folder }.
interview-saving-to = Se guardará en { $file } después de cada respuesta.
interview-resuming = Se retoma { $file } sobre { $partner }: { $answered } de { $total ->
        [one] { $total } pregunta respondida
       *[other] { $total } preguntas respondidas
    }.
interview-all-answered = Todas las preguntas ya están respondidas.

## The questions

interview-part = Parte { $n } de { $total }: { $dimension }
interview-counter-part = [parte { $n }/{ $total }]
interview-your-answer = Su respuesta
interview-dont-know = No sé / no aplica
interview-more = Más sobre esta afirmación
interview-skip = Omitir: sin respuesta
interview-back = Volver a la pregunta anterior
interview-enter-keeps = [Enter mantiene { $value }]
interview-enter-skips = [Enter omite]
interview-not-a-key = `{ $line }` no es una opción: escriba { $keys }
interview-no-more = No hay más información sobre esta afirmación.
interview-not-a-choice = Esa no es una de las opciones.
interview-expect-us = ¿En qué medida cree que las personas de { $partner } están de acuerdo con las afirmaciones sobre «{ $dimension }»?
interview-expect-them = ¿En qué medida cree que { $ours } están de acuerdo con las afirmaciones sobre «{ $dimension }»?
interview-people-of = las personas de { $name }
interview-partners-people = las personas de su socio
interview-note = Una nota sobre «{ $dimension }» (opcional, Enter para omitir)

## Typing an answer

interview-prompt = { $prompt }:
interview-keeps-text = [Enter mantiene «{ $text }», - lo borra]
interview-choose = Elija 1-{ $last } [Enter = { $default }]
interview-not-a-number = `{ $line }` no es una opción: escriba un número del 1 al { $last }
interview-yes-or-no = escriba y o n
interview-yes = sí
interview-no = no
interview-not-utf8 = esa línea no es texto UTF-8 válido: escríbala de nuevo

## The end, or a stop before it

interview-saved = Guardado en { $file }. Puede volver a calcular la puntuación cuando quiera: { $command }
interview-stop-interrupted = Entrevista interrumpida
interview-stop-quit = Entrevista en pausa
interview-stop-end-of-input = La entrada terminó antes de la última pregunta
interview-nothing-saved = todavía no se guardó nada.
interview-stopped-saved = { $answered ->
        [one] { $answered } de { $total } respuestas está guardada en { $file }.
       *[other] { $answered } de { $total } respuestas están guardadas en { $file }.
    }
interview-go-on-later = Para continuar más tarde: { $command }
