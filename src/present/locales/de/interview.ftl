# partnercheck's own words on the interview's screens: German (Sie).
# Key names (Enter, Esc, Ctrl-C, u, ?, s, b, q, y, n) stay as typed.

## The opening

interview-opening = { $statements ->
        [one] { $statements } Aussage
       *[other] { $statements } Aussagen
    } in { $parts ->
        [one] { $parts } Teil
       *[other] { $parts } Teilen
    }, etwa { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }. Geben Sie bei jeder Aussage an, wie sehr Sie zustimmen.
interview-unsure-always = „{ $unsure }“ steht immer zur Wahl.
interview-expectations-ahead = Nach jedem Teil werden Sie außerdem gefragt, wie weit die andere Seite Ihrer Meinung nach den Aussagen dieses Teils zustimmt.
interview-kept-as-you-go = Jede Antwort wird sofort gespeichert: Sie können jederzeit aufhören und später weitermachen.
interview-plain-hint = Geben Sie die Nummer Ihrer Antwort ein und drücken Sie Enter. Weitere Tasten: u = weiß nicht, ? = Hilfe, b = zurück, q = aufhören (die Antworten bleiben erhalten).
interview-menu-hint = Geben Sie die Nummer Ihrer Antwort ein oder wählen Sie mit den Pfeiltasten und Enter. Esc oder Ctrl-C hält an; Ihre Antworten bleiben erhalten.

## Who answers, and where the answers go

interview-which-partner = Auf welchen Partner beziehen sich die Antworten?
interview-partner-needed = Der Name des Partners wird benötigt, z. B. Acme Logistics.
interview-your-name = Ihr Name (freiwillig, Enter zum Überspringen)
interview-which-side = Für welche Organisation arbeiten Sie?
interview-our-organisation = unsere Organisation
interview-replace = { $file } gibt es bereits. Möchten Sie die Datei ersetzen?
interview-folder-created = Der Ordner { $folder } wurde angelegt.
interview-saving-to = Nach jeder Antwort wird in { $file } gespeichert.
interview-resuming = Weiter mit { $file } zu { $partner }: { $answered } von { $total ->
        [one] { $total } Frage
       *[other] { $total } Fragen
    } beantwortet.
interview-all-answered = Alle Fragen sind bereits beantwortet.

## The questions

interview-part = Teil { $n } von { $total }: { $dimension }
interview-counter-part = [Teil { $n }/{ $total }]
interview-your-answer = Ihre Antwort
interview-dont-know = Weiß nicht / trifft nicht zu
interview-more = Mehr zu dieser Aussage
interview-skip = Überspringen: keine Antwort
interview-back = Zurück zur vorigen Frage
interview-enter-keeps = [Enter behält { $value }]
interview-enter-skips = [Enter überspringt]
interview-not-a-key = `{ $line }` steht nicht zur Wahl: Geben Sie { $keys } ein
interview-no-more = Zu dieser Aussage gibt es keine weiteren Hinweise.
interview-not-a-choice = Das steht nicht zur Wahl.
interview-expect-us = Wie weit stimmen die Menschen bei { $partner } Ihrer Meinung nach den Aussagen zu „{ $dimension }“ zu?
interview-expect-them = Wie weit stimmen { $ours } Ihrer Meinung nach den Aussagen zu „{ $dimension }“ zu?
interview-people-of = die Menschen bei { $name }
interview-partners-people = die Menschen bei Ihrem Partner
interview-note = Eine Notiz zu „{ $dimension }“ (freiwillig, Enter zum Überspringen)

## Typing an answer

interview-prompt = { $prompt }:
interview-keeps-text = [Enter behält „{ $text }“, - entfernt den Text]
interview-choose = Wählen Sie 1-{ $last } [Enter = { $default }]
interview-not-a-number = `{ $line }` steht nicht zur Wahl: Geben Sie eine Zahl von 1 bis { $last } ein
interview-yes-or-no = Geben Sie y oder n ein
interview-yes = ja
interview-no = nein
interview-not-utf8 = Diese Zeile ist kein gültiger UTF-8-Text: Geben Sie sie noch einmal ein

## The end, or a stop before it

interview-saved = Gespeichert in { $file }. Jederzeit neu auswerten mit: { $command }
interview-stop-interrupted = Unterbrochen
interview-stop-quit = Angehalten
interview-stop-end-of-input = Die Eingabe endete vor der letzten Frage
interview-nothing-saved = Es wurde noch nichts gespeichert.
interview-stopped-saved = { $answered ->
        [one] { $answered } von { $total } Antworten ist in { $file } gespeichert.
       *[other] { $answered } von { $total } Antworten sind in { $file } gespeichert.
    }
interview-go-on-later = Später weitermachen mit: { $command }
