# partnercheck's own words in the documents it writes for people (the
# internal report, the agenda): French.

## The reports, both audiences

report-overall-hidden = { $n ->
    [one] Le score global n'est pas affiché : il repose sur les réponses de moins de { $n } personne, trop peu pour préserver l'anonymat.
   *[other] Le score global n'est pas affiché : il repose sur les réponses de moins de { $n } personnes, trop peu pour préserver l'anonymat.
}
report-overall-none = Pas de score global : trop peu de questions ont reçu une réponse pour en calculer un.
doc-md-subtitle = { $subtitle } · scores de { $min } à { $max } · plages : { $bands }
doc-verdict = Résultat : { $verdict }
doc-col-chart = Graphique
doc-col-round = Série
doc-col-verdict = Résultat
doc-bold-sides = En gras : un écart ({ $them } moins { $us }) de { $gap } ou plus, une dispersion de { $spread } ou plus (les répondants ne sont pas d'accord).
doc-bold = En gras : une dispersion de { $spread } ou plus (les répondants ne sont pas d'accord).
doc-previous-round = Précédent : la série du { $date }.
doc-band-thresholds = seuils des plages

## The internal report

doc-subtitle = { $partners ->
    [one] { $title } { $version } · { $partners } partenaire · les chiffres de la dernière série de chaque partenaire
   *[other] { $title } { $version } · { $partners } partenaires · les chiffres de la dernière série de chaque partenaire
}
doc-files = { $n ->
    [one] { $n } fichier de réponses
   *[other] { $n } fichiers de réponses
}
doc-files-named = { $n ->
    [one] { $n } fichier de réponses : { $names }
   *[other] { $n } fichiers de réponses : { $names }
}
doc-coverage = couverture { $percent } %
doc-who = { $side ->
    [us] { $name } (notre côté)
   *[them] { $name } (côté partenaire)
}
doc-who-unnamed = { $side ->
    [us] un répondant (notre côté)
   *[them] un répondant (côté partenaire)
}
doc-us = Notre organisation
doc-us-text = notre organisation
doc-contents = Sommaire
doc-portfolio-summary = Synthèse du portefeuille
doc-col-partner = Partenaire
doc-col-change = Évolution
doc-col-largest-gap = Plus grand écart
doc-col-stands-out = Points saillants
doc-col-open-actions = Actions ouvertes
doc-col-overdue = En retard
doc-gap-on = { $gap } pour { $dimension }
doc-gap-none = aucun : les deux parties notent chaque dimension de la même façon
doc-summary-rule = Plus grand écart : le score du partenaire moins celui de { $org }, pour la dimension où les deux parties divergent le plus. Évolution : la variation du score global depuis la série précédente.
doc-summary-rule-ours = Plus grand écart : le score du partenaire moins le nôtre, pour la dimension où les deux parties divergent le plus. Évolution : la variation du score global depuis la série précédente.
doc-flag-differ = les deux parties voient { $dimensions } différemment
doc-flag-disagree = les répondants ne sont pas d'accord sur { $dimensions }
doc-flag-down = score global en baisse de { $down } depuis la série précédente

## The agenda (`agenda`, and the reports' agenda sections)

doc-agenda-title = Ordre du jour : { $partner }
doc-agenda-overall = score global { $score }
doc-agenda-overall-since = score global { $score } ({ $change } depuis { $date })
doc-no-tier = pas de niveau
doc-why = Pourquoi :
doc-open-action = Action ouverte :
doc-figure-score = Score { $score } ({ $band })
doc-no-band = pas de plage
doc-figure-sides = nous { $us } · partenaire { $them } · écart { $gap }
doc-figure-spread = dispersion { $spread } · précédent { $previous }
doc-us-them = nous { $us }, partenaire { $them }
doc-lowest-statements = Affirmations aux scores les plus bas :
doc-differing-statements = Affirmations que les deux parties voient le plus différemment :
doc-to-discuss = À discuter :
doc-notes = Ce que les répondants ont écrit :
doc-quoted = « { $text } » — { $who }
doc-actions-to-review = Actions à passer en revue
doc-next-step = Prochaine étape
doc-no-topics = Aucune dimension n'a encore de score : il n'y a rien à classer.
doc-no-topics-hidden = Les chiffres de cette série sont masqués pour préserver l'anonymat des réponses. { $reason } Aucun sujet ni aucune action n'est proposé pour cette série.
doc-hidden-next-step = Pas de niveau : la série est masquée pour préserver l'anonymat des réponses. Recueillez les réponses de davantage de personnes, puis consultez-la de nouveau.

## Why there is no verdict (reports and agendas)

reason-coverage = Seules { $coverage } % des questions ont reçu une réponse, alors qu'un résultat en exige au moins { $minimum } % : répondez à davantage de questions pour en obtenir un.
reason-too-few-respondents = { $files ->
    [one] Seule { $files } personne a répondu à cette série, moins que les { $minimum } nécessaires pour en afficher les chiffres sans révéler les réponses de quiconque.
   *[other] Seules { $files } personnes ont répondu à cette série, moins que les { $minimum } nécessaires pour en afficher les chiffres sans révéler les réponses de quiconque.
}
reason-too-few-answers = { $answered ->
    [one] Seule { $answered } personne a répondu pour { $dimension }, moins que les { $minimum } nécessaires pour afficher les chiffres de cette série sans révéler les réponses de quiconque.
   *[other] Seules { $answered } personnes ont répondu pour { $dimension }, moins que les { $minimum } nécessaires pour afficher les chiffres de cette série sans révéler les réponses de quiconque.
}
