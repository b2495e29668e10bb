# partnercheck's own words on the pages a respondent reads: French (vous).

form-a-partner = un partenaire
form-the-partner = le partenaire
form-our-organisation = votre partenaire
form-about-us = À propos de notre relation avec { $partner }
form-about-them = À propos de votre relation avec { $ours }
form-noscript = Sans JavaScript, cette page ne peut pas enregistrer vos réponses : imprimez-la et remplissez-la à la main.
form-before-start = Avant de commencer
form-which-partner = Sur quelle organisation partenaire portent ces réponses ?
form-which-side = Pour quelle organisation travaillez-vous ?
form-your-name = Votre nom (facultatif)
form-hint = Pour chaque affirmation, indiquez dans quelle mesure vous êtes d'accord. Il n'y a pas de bonne réponse : c'est votre propre avis qui compte.
form-dont-know = Je ne sais pas
form-more = En savoir plus sur cette affirmation
form-expect-us = Selon vous, dans quelle mesure les personnes de { $partner } sont-elles d'accord avec les affirmations sur « { $dimension } » ?
form-expect-them = Selon vous, dans quelle mesure { $ours } sont-elles d'accord avec les affirmations sur « { $dimension } » ?
form-people-of = les personnes de { $name }
form-partners-people = les personnes de votre partenaire
form-note = Quelque chose à ajouter sur « { $dimension } » ? (facultatif)
form-send = Envoyer vos réponses
form-save = Enregistrer les réponses
form-copy = Copier les réponses
form-clear-hint = Déjà envoyé ? Ce navigateur garde encore vos réponses : sur un ordinateur partagé, effacez-les.
form-clear = Effacer mes réponses de ce navigateur
form-copy-label = Vos réponses sous forme de texte : copiez-les en entier dans une réponse à la personne qui vous a envoyé ce formulaire.
form-save-hint = « Enregistrer les réponses » télécharge un petit fichier texte : renvoyez-le à la personne qui vous a envoyé ce formulaire. Rien ne quitte cette page tant que vous ne l'avez pas fait.
form-js-storage-on = Vos réponses sont conservées dans ce navigateur au fur et à mesure : vous pouvez fermer cette page et y revenir.
form-js-storage-off = Ce navigateur ne permet pas à la page de conserver votre progression : répondez en une fois, ou enregistrez vos réponses avant de la fermer.
form-js-progress =
    .one = %n affirmation sur %total répondue.
    .other = %n affirmations sur %total répondues.
form-js-all =
    .one = L'affirmation est répondue.
    .other = Les %total affirmations sont répondues.
form-js-partial =
    .one = %n affirmation sur %total répondue : le fichier indique que les réponses sont incomplètes. Vous pouvez répondre au reste et enregistrer à nouveau.
    .other = %n affirmations sur %total répondues : le fichier indique que les réponses sont incomplètes. Vous pouvez répondre au reste et enregistrer à nouveau.
form-js-need-partner = Indiquez d'abord l'organisation partenaire sur laquelle portent ces réponses.
form-js-need-side = Indiquez d'abord pour quelle organisation vous travaillez.
form-js-saved = Enregistré sous %file : renvoyez ce fichier.
form-js-cleared = Vos réponses ont été effacées de ce navigateur.

## serve

serve-send-heading = Envoyer vos réponses
serve-send-button = Envoyer les réponses
serve-send-hint = Vos réponses ne parviennent à l’animateur de cet atelier que lorsque vous appuyez sur « Envoyer les réponses ». Tant que la collecte est ouverte, vous pouvez les modifier et les renvoyer.
serve-sending = Envoi en cours…
serve-sent = Vos réponses ont bien été reçues, merci. Tant que la collecte est ouverte, vous pouvez les modifier et les renvoyer.
serve-none-answered = Répondez à au moins une affirmation avant d’envoyer.
serve-closed = La collecte est close : les réponses ne peuvent plus être envoyées ni modifiées.
serve-refused = Les réponses n’ont pas été acceptées.
serve-busy = Trop de réponses ont été envoyées depuis ce réseau au cours de la dernière minute. Attendez une minute, puis renvoyez-les.
serve-failed = Les réponses n’ont pas pu être enregistrées. Réessayez dans un instant ou prévenez l’animateur.
serve-offline = Les réponses n’ont pas pu être envoyées : vérifiez la connexion, puis renvoyez-les.
serve-languages = Langue
serve-session-title = Bilan de santé du partenariat, cycle du { $round }
serve-facilitator-heading = Atelier : réponses reçues
serve-display-heading = Bilan de santé du partenariat
serve-session-about = { $organization }, cycle du { $round }
serve-counts-caption = Réponses par organisation
serve-partner-column = Partenaire
serve-people-of = Personnes de { $organization }
serve-count-of = { $count } sur { $expected }
serve-state-open = La collecte est ouverte.
serve-state-closed = La collecte est close.
serve-close-button = Clore la collecte
serve-open-button = Rouvrir la collecte
serve-reopen-refused = La collecte ne peut plus être rouverte une fois qu’un rapport a été affiché.
serve-action-failed = Cela n’a pas fonctionné. Rechargez la page et réessayez.
serve-reports-heading = Rapports
serve-reports-wait = Les rapports apparaîtront ici une fois la collecte close.
serve-report-link = Rapport pour { $partner }
serve-report-none = Aucune réponse sur ce partenaire pour ce cycle pour l’instant.
serve-updated = Les chiffres se mettent à jour d’eux-mêmes.
serve-body-not-json = Les réponses ne sont pas du JSON valide.
serve-body-wrong-type = Les réponses doivent être envoyées en application/json.
serve-body-unknown-key = `{ $key }` ne fait pas partie d’une réponse : n’envoyez que respondent, answers, notes, expected et lang.
serve-body-fixed-key = `{ $key }` est fixé par le lien sur lequel vous répondez et ne peut pas être envoyé.
serve-body-no-answer = Répondez à au moins une affirmation.
serve-body-respondent-text = `respondent` doit être du texte.
serve-body-lang-tag = `lang` doit être une étiquette de langue, comme de ou pt-BR.
serve-body-lang-text = `lang` doit être du texte.

# The report's own words (both audiences' pages and documents).
report-title-partner-org = Notre partenariat : { $org } et { $partner }
report-title-partner = Notre partenariat avec { $partner }
report-title-one = Rapport de partenariat : { $partner }
report-title = Rapport des partenariats
report-subtitle-partner = { $title } · comment les deux parties voient la relation, d'après la dernière série de réponses
report-no-partners = Aucun partenaire.
report-footer = Réalisé avec partnercheck { $version }. Les scores vont de { $min } à { $max } ; plages : { $bands }.
report-band-below = { $band } en dessous
report-band-from = { $band } à partir de { $min }
report-latest-round = Dernière série { $date }
report-undated = Réponses sans date
report-answers-from = { $n ->
    [one] réponses de { $n } personne
   *[other] réponses de { $n } personnes
}
report-answered-share = { $percent } % des questions ayant une réponse
report-overall = Score global { $score }
report-overall-since = Score global { $score } ({ $change } depuis le { $date }, quand le résultat était : { $tier })
report-undated-round = la série sans date
report-no-verdict = Pas de résultat
report-no-verdict-lower = pas de résultat
report-rounds = Séries
report-rounds-caption = Le score global de chaque série, de la plus ancienne à la plus récente.
report-expectations = Attentes
report-notes = Ce que les répondants ont écrit
report-dimensions = Dimensions
report-dots-sides = Le score moyen de chaque partie par dimension sur une même échelle : plus la ligne entre les deux points est longue, plus les deux parties voient la dimension différemment.
report-dots-combined = Le score moyen par dimension, les deux parties réunies.
report-dots-one = Le score moyen par dimension.
report-dots-scale = L'échelle va de { $min } à { $max } ; l'ombrage à l'arrière-plan montre les plages.
report-radar-caption = Les mêmes scores sous forme de figure. Centre = { $min }, bord = { $max } ; les anneaux en pointillés sont les seuils des plages.
report-next = Prochaine étape :
report-col-dimension = Dimension
report-col-score = Score
report-col-band = Plage
report-col-gap = Écart
report-col-spread = Dispersion
report-col-previous = Précédent
report-overall-row = Global
report-rule-gap = Écart = { $them } moins { $us }, en rouge à partir de { $gap }.
report-rule-spread = Dispersion = le score le plus haut moins le plus bas parmi les répondants, en rouge à partir de { $spread }.
report-rule-previous = Précédent = la série du { $date }.
report-us-partner = Votre partenaire
report-us-partner-text = votre partenaire
report-someone-at = une personne de { $org }
report-someone-ours = une personne de notre côté
report-col-expected = { $side } attendait
report-col-gave = { $side } a donné
report-col-blind-spot = Angle mort
report-expectations-legend = Attendu : le score que chaque partie pensait recevoir de l'autre. Angle mort : le score donné moins le score attendu ; loin de zéro, une partie a mal jugé la façon dont l'autre voit la dimension. ({ $us } attendait ce que { $them } donnerait, et inversement.)
report-round-hidden = { $n ->
    [one] Les chiffres de la dernière série ne sont pas affichés : moins de { $n } personne a répondu, et les afficher révélerait les réponses.
   *[other] Les chiffres de la dernière série ne sont pas affichés : moins de { $n } personnes ont répondu, et les afficher révélerait les réponses.
}
report-sides-hidden = { $threshold ->
    [one] Les chiffres de chaque partie sont affichés à partir de { $threshold } personne par partie ; pour { $dimension }, { $side } en avait { $n }. Les chiffres ici réunissent les deux parties.
   *[other] Les chiffres de chaque partie sont affichés à partir de { $threshold } personnes par partie ; pour { $dimension }, { $side } en avait { $n }. Les chiffres ici réunissent les deux parties.
}
report-every-dimension = toutes les dimensions

# The charts' words.
chart-respondents = { $n ->
    [one] { $n } répondant
   *[other] { $n } répondants
}
chart-dimension-scores = Scores par dimension : { $partner }
chart-overall-rounds = Score global par série : { $partner }
chart-undated = sans date

# The agenda's own words (the report's agenda section and `agenda`).
agenda-heading = Ordre du jour de la prochaine discussion
agenda-lowest-statements = Affirmations aux scores les plus bas
agenda-differing-statements = Affirmations que les deux parties voient le plus différemment
agenda-to-discuss = À discuter
agenda-next-step = Prochaine étape : { $tier }.
agenda-next-step-plain = Prochaine étape.
agenda-no-tier = Pas de niveau : trop peu de questions ont reçu une réponse. Complétez les réponses, puis recalculez.
agenda-rule = Les sujets sont les dimensions qui ont le plus besoin de la discussion. Dans cet ordre : un score dans la plage la plus basse (le plus bas d'abord) ; un écart entre les deux parties de { $gap } ou plus (le plus grand d'abord) ; une dispersion entre répondants de { $spread } ou plus (la plus grande d'abord) ; une baisse de { $decline } ou plus depuis la série précédente (la plus forte d'abord) ; une partie qui a mal jugé l'autre de { $gap } ou plus (un angle mort, le plus grand d'abord) ; une partie dont les membres ne sont pas d'accord entre eux (accord inférieur à { $agreement }) ; aucun score. À égalité, l'ordre du questionnaire est conservé. Quand rien ne ressort, le sujet est la dimension au score le plus bas. Les sujets portant sur une dimension avec une action ouverte passent avant les autres, dans le même ordre entre eux.
agenda-why-lowest-band = le score { $score } est dans la plage la plus basse ({ $band })
agenda-why-gap-lower = les deux parties la voient différemment : partenaire { $them }, nous { $us } (écart { $gap } ; le partenaire la note plus bas)
agenda-why-gap-higher = les deux parties la voient différemment : partenaire { $them }, nous { $us } (écart { $gap } ; le partenaire la note plus haut)
agenda-why-disagree = les répondants ne sont pas d'accord : leurs scores sont à { $spread } d'écart
agenda-why-down = en baisse de { $down } depuis la série précédente ({ $previous } → { $score })
agenda-why-down-since-date = en baisse de { $down } depuis le { $date } ({ $previous } → { $score })
agenda-why-we-expected = nous attendions { $expected } du partenaire ; il a donné { $gave }
agenda-why-they-expected = le partenaire attendait { $expected } de nous ; nous avons donné { $gave }
agenda-why-ours-disagree = nos équipes ne sont pas d'accord entre elles (accord { $agreement })
agenda-why-theirs-disagree = les équipes du partenaire ne sont pas d'accord entre elles (accord { $agreement })
agenda-why-no-score = personne n'a pu la noter : chaque réponse était "je ne sais pas" ou manquait
agenda-why-lowest-score = rien ne ressort ; c'est la dimension au score le plus bas ({ $score })
reverse-keyed = formulée à l'inverse : être d'accord compte contre le partenariat

# Actions.
actions-heading = Actions
action-overdue = en retard (échéance { $due })
action-open-due = ouverte, échéance { $due }
action-done-on = réalisée le { $date }
action-dropped-on = abandonnée le { $date }
action-open = ouverte
action-done = réalisée
action-dropped = abandonnée
action-no-round-since = pas encore de série depuis qu'elle a été convenue
action-no-baseline = aucune série le jour où elle a été convenue ou avant, pour comparer
action-no-score = pas de score à comparer dans l'une des séries
action-effect-up = en hausse de { $change } depuis l'accord ({ $before } le { $before-date } → { $after } le { $after-date })
action-effect-down = en baisse de { $change } depuis l'accord ({ $before } le { $before-date } → { $after } le { $after-date })
action-effect-unchanged = inchangé depuis l'accord ({ $before } le { $before-date } → { $after } le { $after-date })
action-owner-us = nous
action-owner-them = le partenaire
action-owner-both-sides = les deux parties

# The reasons for a verdict (report pages and documents).
reason-no-tier = Aucun niveau ne correspond à ces scores.
reason-fallback = { $tier } : les scores ne remplissent pas encore ce qu'exige le niveau supérieur.
reason-held = { $tier }, qui exige { $needs }.
reason-needs-item = { $requirement } ({ $fact })
reason-list = { $init } et { $last }
reason-missed = { $fact }. { $tier } exige { $requirement }.
reason-missed-to-go = { $fact }. { $tier } exige { $requirement } ; il manque { $far }.
reason-missed-too-high = { $fact }. { $tier } exige { $requirement } ; c'est { $far } de trop.
reason-needs-overall = un score global { $op ->
    [ge] de { $t } ou plus
    [gt] supérieur à { $t }
    [le] de { $t } ou moins
   *[lt] inférieur à { $t }
}
reason-needs-every = chaque dimension { $op ->
    [ge] à { $t } ou plus
    [gt] au-dessus de { $t }
    [le] à { $t } ou moins
   *[lt] en dessous de { $t }
}
reason-needs-one = au moins une dimension { $op ->
    [ge] à { $t } ou plus
    [gt] au-dessus de { $t }
    [le] à { $t } ou moins
   *[lt] en dessous de { $t }
}
reason-needs-dimension = { $dimension } { $op ->
    [ge] à { $t } ou plus
    [gt] au-dessus de { $t }
    [le] à { $t } ou moins
   *[lt] en dessous de { $t }
}
reason-fact-overall = le score global est de { $value }
reason-fact-overall-none = il n'y a pas de score global
reason-fact-weakest = { $dimension } est la dimension la plus faible, à { $value }
reason-fact-weakest-any = la dimension la plus faible est à { $value }
reason-fact-strongest = { $dimension } est la dimension la plus forte, à { $value }
reason-fact-strongest-any = la dimension la plus forte est à { $value }
reason-fact-dimension = { $dimension } obtient { $value }
reason-fact-dimension-none = { $dimension } n'a pas de score
