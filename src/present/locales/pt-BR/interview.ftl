# partnercheck's own words on the interview's screens: Brazilian Portuguese (você).
# Key names (Enter, Esc, Ctrl-C, u, ?, s, b, q, y, n) stay as typed.
# Where 0 would take the singular of the "one" form, an exact [1] is used.

## The opening

interview-opening = { $statements ->
        [one] { $statements } afirmação
       *[other] { $statements } afirmações
    } em { $parts ->
        [one] { $parts } parte
       *[other] { $parts } partes
    }, cerca de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Em cada afirmação, indique o quanto você concorda.
interview-unsure-always = "{ $unsure }" é sempre uma das opções.
interview-expectations-ahead = Depois de cada parte, você também vai indicar em que medida acha que o outro lado concorda com as afirmações dessa parte.
interview-kept-as-you-go = Cada resposta é salva na hora: você pode parar a qualquer momento e continuar depois.
interview-plain-hint = Digite o número da sua resposta e pressione Enter. Outras teclas: u = não sei, ? = ajuda, b = voltar, q = parar (as respostas ficam salvas).
interview-menu-hint = Digite o número da sua resposta ou escolha com as setas e Enter. Esc ou Ctrl-C interrompe; suas respostas ficam salvas.

## Who answers, and where the answers go

interview-which-partner = Sobre qual parceiro são as respostas?
interview-partner-needed = É preciso informar o nome do parceiro, por exemplo Acme Logistics.
interview-your-name = Seu nome (opcional, Enter para pular)
interview-which-side = Para qual organização você trabalha?
interview-our-organisation = nossa organização
interview-replace = { $file } já existe. Substituir?
interview-folder-created = A pasta { $folder } foi criada.
interview-saving-to = Salvando em { $file } a cada resposta.
interview-resuming = Continuando { $file } sobre { $partner }: { $answered } de { $total ->
        [1] { $total } pergunta respondida
       *[other] { $total } perguntas respondidas
    }.
interview-all-answered = Todas as perguntas já foram respondidas.

## The questions

interview-part = Parte { $n } de { $total }: { $dimension }
interview-counter-part = [parte { $n }/{ $total }]
interview-your-answer = Sua resposta
interview-dont-know = Não sei / não se aplica
interview-more = Mais sobre esta afirmação
interview-skip = Pular: sem resposta
interview-back = Voltar à pergunta anterior
interview-enter-keeps = [Enter mantém { $value }]
interview-enter-skips = [Enter pula]
interview-not-a-key = `{ $line }` não é uma opção: digite { $keys }
interview-no-more = Não há mais informações sobre esta afirmação.
interview-not-a-choice = Essa não é uma das opções.
interview-expect-us = Em que medida você acha que as pessoas de { $partner } concordam com as afirmações sobre "{ $dimension }"?
interview-expect-them = Em que medida você acha que { $ours } concordam com as afirmações sobre "{ $dimension }"?
interview-people-of = as pessoas de { $name }
interview-partners-people = as pessoas do seu parceiro
interview-note = Uma observação sobre "{ $dimension }" (opcional, Enter para pular)

## Typing an answer

interview-prompt = { $prompt }:
interview-keeps-text = [Enter mantém "{ $text }", - apaga]
interview-choose = Escolha 1-{ $last } [Enter = { $default }]
interview-not-a-number = `{ $line }` não é uma opção: digite um número de 1 a { $last }
interview-yes-or-no = digite y ou n
interview-yes = sim
interview-no = não
interview-not-utf8 = essa linha não é um texto UTF-8 válido: digite de novo

## The end, or a stop before it

interview-saved = Salvo em { $file }. Calcule a pontuação de novo quando quiser: { $command }
interview-stop-interrupted = Entrevista interrompida
interview-stop-quit = Entrevista pausada
interview-stop-end-of-input = A entrada terminou antes da última pergunta
interview-nothing-saved = nada foi salvo ainda.
interview-stopped-saved = { $answered ->
        [1] { $answered } de { $total } respostas está salva em { $file }.
       *[other] { $answered } de { $total } respostas estão salvas em { $file }.
    }
interview-go-on-later = Para continuar depois: { $command }
