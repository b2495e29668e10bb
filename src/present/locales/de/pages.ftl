# partnercheck's own words on the pages a respondent reads: German (Sie).

form-a-partner = einem Partner
form-the-partner = der Partner
form-our-organisation = Ihr Partner
form-about-us = Über unsere Beziehung zu { $partner }
form-about-them = Über Ihre Beziehung zu { $ours }
form-noscript = Ohne JavaScript kann diese Seite Ihre Antworten nicht speichern: Drucken Sie sie aus und füllen Sie sie von Hand aus.
form-before-start = Bevor Sie beginnen
form-which-partner = Auf welche Partnerorganisation beziehen sich diese Antworten?
form-which-side = Für welche Organisation arbeiten Sie?
form-your-name = Ihr Name (freiwillig)
form-hint = Geben Sie bei jeder Aussage an, wie sehr Sie zustimmen. Es gibt keine richtigen Antworten: Es zählt Ihre eigene Sicht.
form-dont-know = Weiß nicht
form-more = Mehr zu dieser Aussage
form-expect-us = Wie weit stimmen die Menschen bei { $partner } Ihrer Meinung nach den Aussagen zu „{ $dimension }“ zu?
form-expect-them = Wie weit stimmen { $ours } Ihrer Meinung nach den Aussagen zu „{ $dimension }“ zu?
form-people-of = die Menschen bei { $name }
form-partners-people = die Menschen bei Ihrem Partner
form-note = Möchten Sie zu „{ $dimension }“ noch etwas ergänzen? (freiwillig)
form-send = Ihre Antworten senden
form-save = Antworten speichern
form-copy = Antworten kopieren
form-clear-hint = Schon gesendet? Dieser Browser speichert Ihre Antworten noch: Löschen Sie sie auf einem gemeinsam genutzten Computer.
form-clear = Meine Antworten aus diesem Browser löschen
form-copy-label = Ihre Antworten als Text: Kopieren Sie alles in eine Antwort an die Person, die Ihnen dieses Formular geschickt hat.
form-save-hint = „Antworten speichern“ lädt eine kleine Textdatei herunter: Schicken Sie sie an die Person zurück, die Ihnen dieses Formular geschickt hat. Bis dahin verlässt nichts diese Seite.
form-js-storage-on = Ihre Antworten werden laufend in diesem Browser gespeichert: Sie können die Seite schließen und später weitermachen.
form-js-storage-off = Dieser Browser erlaubt der Seite nicht, Ihren Fortschritt zu speichern: Antworten Sie in einem Zug oder speichern Sie Ihre Antworten, bevor Sie die Seite schließen.
form-js-progress =
    .one = %n von %total Aussage beantwortet.
    .other = %n von %total Aussagen beantwortet.
form-js-all =
    .one = Die Aussage ist beantwortet.
    .other = Alle %total Aussagen beantwortet.
form-js-partial =
    .one = %n von %total Aussage beantwortet: Die Datei vermerkt, dass die Antworten unvollständig sind. Sie können den Rest beantworten und erneut speichern.
    .other = %n von %total Aussagen beantwortet: Die Datei vermerkt, dass die Antworten unvollständig sind. Sie können den Rest beantworten und erneut speichern.
form-js-need-partner = Nennen Sie zuerst die Partnerorganisation, auf die sich diese Antworten beziehen.
form-js-need-side = Geben Sie zuerst an, für welche Organisation Sie arbeiten.
form-js-saved = Gespeichert als %file: Schicken Sie diese Datei zurück.
form-js-cleared = Ihre Antworten wurden aus diesem Browser gelöscht.

## serve

serve-send-heading = Antworten absenden
serve-send-button = Antworten absenden
serve-send-hint = Ihre Antworten gehen erst an die Moderation dieses Workshops, wenn Sie auf „Antworten absenden“ drücken. Solange die Erhebung offen ist, können Sie sie ändern und erneut absenden.
serve-sending = Wird gesendet …
serve-sent = Vielen Dank, Ihre Antworten sind eingegangen. Solange die Erhebung offen ist, können Sie sie ändern und erneut absenden.
serve-none-answered = Beantworten Sie vor dem Absenden mindestens eine Aussage.
serve-closed = Die Erhebung ist geschlossen: Die Antworten können nicht mehr gesendet oder geändert werden.
serve-refused = Die Antworten wurden nicht angenommen.
serve-busy = In der letzten Minute wurden aus diesem Netzwerk zu viele Antworten gesendet. Warten Sie eine Minute und senden Sie erneut.
serve-failed = Die Antworten konnten nicht gespeichert werden. Versuchen Sie es gleich noch einmal oder sagen Sie der Moderation Bescheid.
serve-offline = Die Antworten konnten nicht gesendet werden: Prüfen Sie die Verbindung und senden Sie erneut.
serve-languages = Sprache
serve-session-title = Partnerschafts-Check, Runde { $round }
serve-facilitator-heading = Workshop: bisherige Antworten
serve-display-heading = Partnerschafts-Check
serve-session-about = { $organization }, Runde { $round }
serve-counts-caption = Antworten je Organisation
serve-partner-column = Partner
serve-people-of = Mitarbeitende von { $organization }
serve-count-of = { $count } von { $expected }
serve-state-open = Die Erhebung ist offen.
serve-state-closed = Die Erhebung ist geschlossen.
serve-close-button = Erhebung schließen
serve-open-button = Erhebung wieder öffnen
serve-reopen-refused = Nachdem ein Bericht gezeigt wurde, lässt sich die Erhebung nicht wieder öffnen.
serve-action-failed = Das hat nicht geklappt. Laden Sie die Seite neu und versuchen Sie es noch einmal.
serve-reports-heading = Berichte
serve-reports-wait = Die Berichte erscheinen hier, sobald die Erhebung geschlossen ist.
serve-report-link = Bericht für { $partner }
serve-report-none = Zu diesem Partner gibt es in dieser Runde noch keine Antworten.
serve-updated = Die Zahlen aktualisieren sich von selbst.
serve-body-not-json = Die Antworten sind kein gültiges JSON.
serve-body-wrong-type = Die Antworten müssen als application/json gesendet werden.
serve-body-unknown-key = `{ $key }` gehört nicht zu einer Antwort: Senden Sie nur respondent, answers, notes, expected und lang.
serve-body-fixed-key = `{ $key }` ist durch den Link festgelegt, über den Sie antworten, und kann nicht gesendet werden.
serve-body-no-answer = Beantworten Sie mindestens eine Aussage.
serve-body-respondent-text = `respondent` muss Text sein.
serve-body-lang-tag = `lang` muss ein Sprachkürzel wie de oder pt-BR sein.
serve-body-lang-text = `lang` muss Text sein.

# The report's own words (both audiences' pages and documents).
report-title-partner-org = Unsere Partnerschaft: { $org } und { $partner }
report-title-partner = Unsere Partnerschaft mit { $partner }
report-title-one = Partnerschaftsbericht: { $partner }
report-title = Partnerschaftsbericht
report-subtitle-partner = { $title } · wie beide Seiten die Beziehung sehen, aus der letzten Befragungsrunde
report-no-partners = Keine Partner.
report-footer = Erstellt mit partnercheck { $version }. Die Werte reichen von { $min } bis { $max }; Bereiche: { $bands }.
report-band-below = { $band } darunter
report-band-from = { $band } ab { $min }
report-latest-round = Letzte Runde { $date }
report-undated = Antworten ohne Datum
report-answers-from = { $n ->
    [one] Antworten von { $n } Person
   *[other] Antworten von { $n } Personen
}
report-answered-share = { $percent } % der Fragen beantwortet
report-overall = Gesamtwert { $score }
report-overall-since = Gesamtwert { $score } ({ $change } seit { $date }; damaliges Ergebnis: { $tier })
report-undated-round = der Runde ohne Datum
report-no-verdict = Kein Ergebnis
report-no-verdict-lower = kein Ergebnis
report-rounds = Runden
report-rounds-caption = Der Gesamtwert jeder Runde, die älteste zuerst.
report-expectations = Erwartungen
report-notes = Was die Befragten geschrieben haben
report-dimensions = Dimensionen
report-dots-sides = Der mittlere Wert jeder Seite je Dimension auf einer Skala: Je länger die Linie zwischen den beiden Punkten, desto unterschiedlicher sehen die beiden Seiten die Dimension.
report-dots-combined = Der mittlere Wert je Dimension, beide Seiten zusammen.
report-dots-one = Der mittlere Wert je Dimension.
report-dots-scale = Die Skala reicht von { $min } bis { $max }; die Schattierung im Hintergrund zeigt die Bereiche.
report-radar-caption = Dieselben Werte als Form. Mitte = { $min }, Rand = { $max }; gestrichelte Ringe sind Bereichsgrenzen.
report-next = Nächster Schritt:
report-col-dimension = Dimension
report-col-score = Wert
report-col-band = Bereich
report-col-gap = Abstand
report-col-spread = Streuung
report-col-previous = Vorher
report-overall-row = Gesamt
report-rule-gap = Abstand = { $them } minus { $us }, rot ab { $gap }.
report-rule-spread = Streuung = der höchste minus der niedrigste Wert einer befragten Person, rot ab { $spread }.
report-rule-previous = Vorher = die Runde vom { $date }.
report-us-partner = Ihr Partner
report-us-partner-text = Ihr Partner
report-someone-at = eine Person bei { $org }
report-someone-ours = eine Person auf unserer Seite
report-col-expected = { $side } erwartete
report-col-gave = { $side } gab
report-col-blind-spot = Blinder Fleck
report-expectations-legend = Erwartet: der Wert, den jede Seite von der anderen erwartet hat. Blinder Fleck: der gegebene minus den erwarteten Wert; weit von null entfernt hat eine Seite falsch eingeschätzt, wie die andere die Dimension sieht. ({ $us } erwartete, was { $them } geben würde, und umgekehrt.)
report-round-hidden = { $n ->
    [one] Die Werte der letzten Runde werden nicht gezeigt: Weniger als { $n } Person hat geantwortet, und die Werte würden ihre Antworten offenlegen.
   *[other] Die Werte der letzten Runde werden nicht gezeigt: Weniger als { $n } Personen haben geantwortet, und die Werte würden ihre Antworten offenlegen.
}
report-sides-hidden = { $threshold ->
    [one] Die Werte jeder Seite werden ab { $threshold } Person je Seite gezeigt; bei { $dimension } hatte { $side } { $n }. Die Werte hier fassen beide Seiten zusammen.
   *[other] Die Werte jeder Seite werden ab { $threshold } Personen je Seite gezeigt; bei { $dimension } hatte { $side } { $n }. Die Werte hier fassen beide Seiten zusammen.
}
report-every-dimension = allen Dimensionen

# The charts' words.
chart-respondents = { $n ->
    [one] { $n } befragte Person
   *[other] { $n } befragte Personen
}
chart-dimension-scores = Werte je Dimension: { $partner }
chart-overall-rounds = Gesamtwert je Runde: { $partner }
chart-undated = ohne Datum

# The agenda's own words (the report's agenda section and `agenda`).
agenda-heading = Themen für das nächste Gespräch
agenda-lowest-statements = Aussagen mit den niedrigsten Werten
agenda-differing-statements = Aussagen, die die beiden Seiten am unterschiedlichsten sehen
agenda-to-discuss = Zu besprechen
agenda-next-step = Nächster Schritt: { $tier }.
agenda-next-step-plain = Nächster Schritt.
agenda-no-tier = Keine Einstufung: Zu wenige Fragen wurden beantwortet. Vervollständigen Sie die Antworten und werten Sie erneut aus.
agenda-rule = Themen sind die Dimensionen, die das Gespräch am dringendsten brauchen. In dieser Reihenfolge: ein Wert im niedrigsten Bereich (der niedrigste zuerst); ein Abstand zwischen den beiden Seiten von { $gap } oder mehr (der größte zuerst); eine Streuung unter den Befragten von { $spread } oder mehr (die größte zuerst); ein Rückgang um { $decline } oder mehr seit der vorigen Runde (der größte zuerst); eine Seite, die die andere um { $gap } oder mehr falsch eingeschätzt hat (ein blinder Fleck, der größte zuerst); eine Seite, deren Menschen sich untereinander nicht einig sind (Übereinstimmung unter { $agreement }); gar kein Wert. Bei Gleichstand gilt die Reihenfolge des Fragebogens. Fällt nichts auf, ist die Dimension mit dem niedrigsten Wert das Thema. Themen zu einer Dimension mit einer offenen Maßnahme kommen vor den anderen, untereinander in derselben Reihenfolge.
agenda-why-lowest-band = der Wert { $score } liegt im niedrigsten Bereich ({ $band })
agenda-why-gap-lower = die beiden Seiten sehen es unterschiedlich: Partner { $them }, wir { $us } (Abstand { $gap }; der Partner bewertet niedriger)
agenda-why-gap-higher = die beiden Seiten sehen es unterschiedlich: Partner { $them }, wir { $us } (Abstand { $gap }; der Partner bewertet höher)
agenda-why-disagree = die Befragten sind sich uneinig: Ihre Werte liegen { $spread } auseinander
agenda-why-down = um { $down } gesunken seit der vorigen Runde ({ $previous } → { $score })
agenda-why-down-since-date = um { $down } gesunken seit { $date } ({ $previous } → { $score })
agenda-why-we-expected = wir erwarteten { $expected } vom Partner; der Partner gab { $gave }
agenda-why-they-expected = der Partner erwartete { $expected } von uns; wir gaben { $gave }
agenda-why-ours-disagree = unsere Leute sind sich untereinander nicht einig (Übereinstimmung { $agreement })
agenda-why-theirs-disagree = die Leute des Partners sind sich untereinander nicht einig (Übereinstimmung { $agreement })
agenda-why-no-score = niemand konnte sie bewerten: Jede Antwort war „weiß nicht“ oder fehlte
agenda-why-lowest-score = nichts fällt auf; dies ist die Dimension mit dem niedrigsten Wert ({ $score })
reverse-keyed = umgekehrt gepolt: Zustimmung spricht gegen die Partnerschaft

# Actions.
actions-heading = Maßnahmen
action-overdue = überfällig (fällig am { $due })
action-open-due = offen, fällig am { $due }
action-done-on = erledigt am { $date }
action-dropped-on = verworfen am { $date }
action-open = offen
action-done = erledigt
action-dropped = verworfen
action-no-round-since = noch keine Runde seit der Vereinbarung
action-no-baseline = keine Runde am oder vor dem Tag der Vereinbarung, mit der sich vergleichen ließe
action-no-score = in einer der Runden gibt es keinen Wert zum Vergleich
action-effect-up = um { $change } gestiegen seit der Vereinbarung ({ $before } am { $before-date } → { $after } am { $after-date })
action-effect-down = um { $change } gesunken seit der Vereinbarung ({ $before } am { $before-date } → { $after } am { $after-date })
action-effect-unchanged = unverändert seit der Vereinbarung ({ $before } am { $before-date } → { $after } am { $after-date })
action-owner-us = wir
action-owner-them = der Partner
action-owner-both-sides = beide Seiten

# The reasons for a verdict (report pages and documents).
reason-no-tier = Keine Einstufung passt zu diesen Werten.
reason-fallback = { $tier }: Die Werte erfüllen noch nicht, was die nächsthöhere Einstufung verlangt.
reason-held = { $tier }: Diese Einstufung verlangt { $needs }.
reason-needs-item = { $requirement } ({ $fact })
reason-list = { $init } und { $last }
reason-missed = { $fact }. { $tier } verlangt { $requirement }.
reason-missed-to-go = { $fact }. { $tier } verlangt { $requirement }; es fehlen noch { $far }.
reason-missed-too-high = { $fact }. { $tier } verlangt { $requirement }; das sind { $far } zu viel.
reason-needs-overall = einen Gesamtwert { $op ->
    [ge] von { $t } oder mehr
    [gt] über { $t }
    [le] von { $t } oder weniger
   *[lt] unter { $t }
}
reason-needs-every = jede Dimension { $op ->
    [ge] bei { $t } oder mehr
    [gt] über { $t }
    [le] bei { $t } oder weniger
   *[lt] unter { $t }
}
reason-needs-one = mindestens eine Dimension { $op ->
    [ge] bei { $t } oder mehr
    [gt] über { $t }
    [le] bei { $t } oder weniger
   *[lt] unter { $t }
}
reason-needs-dimension = { $dimension } { $op ->
    [ge] bei { $t } oder mehr
    [gt] über { $t }
    [le] bei { $t } oder weniger
   *[lt] unter { $t }
}
reason-fact-overall = der Gesamtwert beträgt { $value }
reason-fact-overall-none = es gibt keinen Gesamtwert
reason-fact-weakest = { $dimension } ist mit { $value } die schwächste Dimension
reason-fact-weakest-any = die schwächste Dimension liegt bei { $value }
reason-fact-strongest = { $dimension } ist mit { $value } die stärkste Dimension
reason-fact-strongest-any = die stärkste Dimension liegt bei { $value }
reason-fact-dimension = { $dimension } erreicht { $value }
reason-fact-dimension-none = { $dimension } hat keinen Wert
