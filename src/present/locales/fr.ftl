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
