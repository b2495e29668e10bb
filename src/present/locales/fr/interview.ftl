# partnercheck's own words on the interview's screens: French (vous).
# Key names (Enter, Esc, Ctrl-C, u, ?, s, b, q, y, n) stay as typed.
# A plain space before : ; ? ! (as in the form's words).

## The opening

interview-opening = { $statements ->
        [one] { $statements } affirmation
       *[other] { $statements } affirmations
    } en { $parts ->
        [one] { $parts } partie
       *[other] { $parts } parties
    }, environ { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Pour chaque affirmation, indiquez dans quelle mesure vous êtes d'accord.
interview-unsure-always = « { $unsure } » fait toujours partie des choix.
interview-expectations-ahead = Après chaque partie, on vous demande aussi dans quelle mesure, selon vous, l'autre organisation est d'accord avec les affirmations de cette partie.
interview-kept-as-you-go = Chaque réponse est enregistrée aussitôt : vous pouvez vous arrêter à tout moment et reprendre plus tard.
interview-plain-hint = Tapez le numéro de votre réponse et appuyez sur Enter. Autres touches : u = je ne sais pas, ? = aide, b = retour, q = arrêter (les réponses sont conservées).
interview-menu-hint = Tapez le numéro de votre réponse, ou choisissez avec les flèches et Enter. Esc ou Ctrl-C arrête ; vos réponses sont conservées.

## Who answers, and where the answers go

interview-which-partner = Sur quel partenaire portent les réponses ?
interview-partner-needed = Indiquez le nom du partenaire, par exemple Acme Logistics.
interview-your-name = Votre nom (facultatif, Enter pour passer)
interview-which-side = Pour quelle organisation travaillez-vous ?
interview-our-organisation = notre organisation
interview-replace = { $file } existe déjà. Le remplacer ?
interview-folder-created = Le dossier { $folder } a été créé.
interview-saving-to = Enregistrement dans { $file } après chaque réponse.
interview-resuming = Reprise de { $file } sur { $partner } : { $answered ->
        [one] { $answered } question sur { $total } a déjà une réponse.
       *[other] { $answered } questions sur { $total } ont déjà une réponse.
    }
interview-all-answered = Toutes les questions ont déjà une réponse.

## The questions

interview-part = Partie { $n } sur { $total } : { $dimension }
interview-counter-part = [partie { $n }/{ $total }]
interview-your-answer = Votre réponse
interview-dont-know = Je ne sais pas / sans objet
interview-more = En savoir plus sur cette affirmation
interview-skip = Passer : pas de réponse
interview-back = Revenir à la question précédente
interview-enter-keeps = [Enter pour conserver { $value }]
interview-enter-skips = [Enter pour passer]
interview-not-a-key = `{ $line }` ne fait pas partie des choix : tapez { $keys }
interview-no-more = Pas d'informations supplémentaires sur cette affirmation.
interview-not-a-choice = Cela ne fait pas partie des choix.
interview-expect-us = Selon vous, dans quelle mesure les personnes de { $partner } sont-elles d'accord avec les affirmations sur « { $dimension } » ?
interview-expect-them = Selon vous, dans quelle mesure { $ours } sont-elles d'accord avec les affirmations sur « { $dimension } » ?
interview-people-of = les personnes de { $name }
interview-partners-people = les personnes de votre partenaire
interview-note = Une remarque sur « { $dimension } » (facultatif, Enter pour passer)

## Typing an answer

interview-prompt = { $prompt } :
interview-keeps-text = [Enter pour conserver « { $text } », - pour l'effacer]
interview-choose = Choisissez 1-{ $last } [Enter = { $default }]
interview-not-a-number = `{ $line }` ne fait pas partie des choix : tapez un nombre de 1 à { $last }
interview-yes-or-no = tapez y ou n
interview-yes = oui
interview-no = non
interview-not-utf8 = cette ligne n'est pas du texte UTF-8 valide : tapez-la à nouveau

## The end, or a stop before it

interview-saved = Enregistré dans { $file }. Pour recalculer le score à tout moment : { $command }
interview-stop-interrupted = Entretien interrompu
interview-stop-quit = Entretien mis en pause
interview-stop-end-of-input = La saisie s'est terminée avant la dernière question
interview-nothing-saved = rien n'a encore été enregistré.
interview-stopped-saved = { $answered ->
        [one] { $answered } réponse sur { $total } est enregistrée dans { $file }.
       *[other] { $answered } réponses sur { $total } sont enregistrées dans { $file }.
    }
interview-go-on-later = Pour reprendre plus tard : { $command }
