# partnercheck's own words in the documents it writes for people (the
# internal report, the agenda): German.

## The reports, both audiences

report-overall-hidden = { $n ->
    [one] Der Gesamtwert wird nicht gezeigt: Er beruht auf den Antworten von weniger als { $n } Person – zu wenige, um die Anonymität zu wahren.
   *[other] Der Gesamtwert wird nicht gezeigt: Er beruht auf den Antworten von weniger als { $n } Personen – zu wenige, um die Anonymität zu wahren.
}
report-overall-none = Kein Gesamtwert: Es wurden zu wenige Fragen beantwortet, um einen zu berechnen.
doc-md-subtitle = { $subtitle } · Werte von { $min } bis { $max } · Bereiche: { $bands }
doc-verdict = Ergebnis: { $verdict }
doc-col-chart = Diagramm
doc-col-round = Runde
doc-col-verdict = Ergebnis
doc-bold-sides = Fett: ein Abstand ({ $them } minus { $us }) von { $gap } oder mehr, eine Streuung von { $spread } oder mehr (die Befragten sind sich uneinig).
doc-bold = Fett: eine Streuung von { $spread } oder mehr (die Befragten sind sich uneinig).
doc-previous-round = Vorher: die Runde vom { $date }.
doc-band-thresholds = Bereichsgrenzen

## The internal report

doc-subtitle = { $partners ->
    [one] { $title } { $version } · { $partners } Partner · die Werte der letzten Runde jedes Partners
   *[other] { $title } { $version } · { $partners } Partner · die Werte der letzten Runde jedes Partners
}
doc-files = { $n ->
    [one] { $n } Antwortdatei
   *[other] { $n } Antwortdateien
}
doc-files-named = { $n ->
    [one] { $n } Antwortdatei: { $names }
   *[other] { $n } Antwortdateien: { $names }
}
doc-coverage = Abdeckung { $percent } %
doc-who = { $side ->
    [us] { $name } (unsere Seite)
   *[them] { $name } (Partnerseite)
}
doc-who-unnamed = { $side ->
    [us] eine befragte Person (unsere Seite)
   *[them] eine befragte Person (Partnerseite)
}
doc-us = Unsere Seite
doc-us-text = unsere Seite
doc-contents = Inhalt
doc-portfolio-summary = Portfolio-Übersicht
doc-col-partner = Partner
doc-col-change = Veränderung
doc-col-largest-gap = Größter Abstand
doc-col-stands-out = Was auffällt
doc-col-open-actions = Offene Maßnahmen
doc-col-overdue = Überfällig
doc-gap-on = { $gap } bei { $dimension }
doc-gap-none = keiner: Beide Seiten bewerten jede Dimension gleich
doc-summary-rule = Größter Abstand: der Wert des Partners abzüglich des Werts von { $org }, bei der Dimension, in der sich die beiden Seiten am stärksten unterscheiden. Veränderung: wie sich der Gesamtwert seit der vorigen Runde verändert hat.
doc-summary-rule-ours = Größter Abstand: der Wert des Partners abzüglich unseres Werts, bei der Dimension, in der sich die beiden Seiten am stärksten unterscheiden. Veränderung: wie sich der Gesamtwert seit der vorigen Runde verändert hat.
doc-flag-differ = die beiden Seiten sehen { $dimensions } unterschiedlich
doc-flag-disagree = die Befragten sind sich uneinig bei { $dimensions }
doc-flag-down = Gesamtwert seit der vorigen Runde um { $down } gesunken

## The agenda (`agenda`, and the reports' agenda sections)

doc-agenda-title = Agenda: { $partner }
doc-agenda-overall = Gesamtwert { $score }
doc-agenda-overall-since = Gesamtwert { $score } ({ $change } seit { $date })
doc-no-tier = keine Einstufung
doc-why = Warum:
doc-open-action = Offene Maßnahme:
doc-figure-score = Wert { $score } ({ $band })
doc-no-band = kein Bereich
doc-figure-sides = wir { $us } · Partner { $them } · Abstand { $gap }
doc-figure-spread = Streuung { $spread } · vorher { $previous }
doc-us-them = wir { $us }, Partner { $them }
doc-lowest-statements = Aussagen mit den niedrigsten Werten:
doc-differing-statements = Aussagen, die die beiden Seiten am unterschiedlichsten sehen:
doc-to-discuss = Zu besprechen:
doc-notes = Was die Befragten geschrieben haben:
doc-quoted = „{ $text }“ – { $who }
doc-actions-to-review = Zu prüfende Maßnahmen
doc-next-step = Nächster Schritt
doc-no-topics = Noch hat keine Dimension einen Wert: Es gibt nichts zu ordnen.
doc-no-topics-hidden = Die Werte dieser Runde werden nicht gezeigt, damit die Antworten anonym bleiben. { $reason } Für diese Runde werden weder Themen noch Maßnahmen vorgeschlagen.
doc-hidden-next-step = Keine Einstufung: Die Runde wird nicht gezeigt, damit die Antworten anonym bleiben. Sammeln Sie Antworten von mehr Personen, und sehen Sie dann erneut nach.

## Why there is no verdict (reports and agendas)

reason-coverage = Nur { $coverage } % der Fragen wurden beantwortet, ein Ergebnis setzt aber mindestens { $minimum } % voraus: Beantworten Sie mehr Fragen, um eines zu erhalten.
reason-too-few-respondents = { $files ->
    [one] Nur { $files } Person hat in dieser Runde geantwortet, weniger als die { $minimum }, die nötig sind, um die Werte dieser Runde zu zeigen, ohne die Antworten Einzelner offenzulegen.
   *[other] Nur { $files } Personen haben in dieser Runde geantwortet, weniger als die { $minimum }, die nötig sind, um die Werte dieser Runde zu zeigen, ohne die Antworten Einzelner offenzulegen.
}
reason-too-few-answers = { $answered ->
    [one] Nur { $answered } Person hat zu { $dimension } geantwortet, weniger als die { $minimum }, die nötig sind, um die Werte dieser Runde zu zeigen, ohne die Antworten Einzelner offenzulegen.
   *[other] Nur { $answered } Personen haben zu { $dimension } geantwortet, weniger als die { $minimum }, die nötig sind, um die Werte dieser Runde zu zeigen, ohne die Antworten Einzelner offenzulegen.
}
