# partnercheck's own words in the documents it writes for people (the
# internal report, the agenda): English.

## The reports, both audiences

# In place of "Overall 3.71 (…)" when there is no overall score to show.
report-overall-hidden = { $n ->
    [one] The overall score is not shown: it rests on the answers of fewer than { $n } person, too few to keep them anonymous.
   *[other] The overall score is not shown: it rests on the answers of fewer than { $n } people, too few to keep them anonymous.
}
report-overall-none = No overall score: too few questions were answered to give one.
# The Markdown report's line under its title.
doc-md-subtitle = { $subtitle } · scores from { $min } to { $max } · bands: { $bands }
doc-verdict = Verdict: { $verdict }
doc-col-chart = Chart
doc-col-round = Round
doc-col-verdict = Verdict
doc-bold-sides = Bold: gap ({ $them } minus { $us }) of { $gap } or more, spread of { $spread } or more (respondents disagree).
doc-bold = Bold: spread of { $spread } or more (respondents disagree).
doc-previous-round = Previous: the round of { $date }.
# The key to the radar chart's dashed rings.
doc-band-thresholds = band thresholds

## The internal report

doc-subtitle = { $partners ->
    [one] { $title } { $version } · { $partners } partner · the figures of each partner's latest round
   *[other] { $title } { $version } · { $partners } partners · the figures of each partner's latest round
}
doc-files = { $n ->
    [one] { $n } file
   *[other] { $n } files
}
doc-files-named = { $n ->
    [one] { $n } file: { $names }
   *[other] { $n } files: { $names }
}
doc-coverage = coverage { $percent }%
# Who wrote a note or answered: $side is "us" or "them".
doc-who = { $side ->
    [us] { $name } (us)
   *[them] { $name } (them)
}
doc-who-unnamed = { $side ->
    [us] a respondent (us)
   *[them] a respondent (them)
}
# Our side without our organisation's name: as a column header, and inside a sentence.
doc-us = Us
doc-us-text = us
doc-contents = Contents
doc-portfolio-summary = Portfolio summary
doc-col-partner = Partner
doc-col-change = Change
doc-col-largest-gap = Largest gap
doc-col-stands-out = What stands out
doc-col-open-actions = Open actions
doc-col-overdue = Overdue
doc-gap-on = { $gap } on { $dimension }
doc-gap-none = none: the two sides score every dimension alike
doc-summary-rule = Largest gap: the partner's score minus { $org }'s, on the dimension where the two sides differ most. Change: the overall score since the previous round.
doc-summary-rule-ours = Largest gap: the partner's score minus ours, on the dimension where the two sides differ most. Change: the overall score since the previous round.
# What stands out ($dimensions: names joined by commas).
doc-flag-differ = the two sides see { $dimensions } differently
doc-flag-disagree = respondents disagree on { $dimensions }
doc-flag-down = overall down { $down } since the previous round

## The agenda (`agenda`, and the reports' agenda sections)

doc-agenda-title = Agenda: { $partner }
doc-agenda-overall = overall { $score }
doc-agenda-overall-since = overall { $score } ({ $change } since { $date })
doc-no-tier = no tier
doc-why = Why:
doc-open-action = Open action:
doc-figure-score = Score { $score } ({ $band })
doc-no-band = no band
doc-figure-sides = us { $us } · them { $them } · gap { $gap }
doc-figure-spread = spread { $spread } · previous { $previous }
doc-us-them = us { $us }, them { $them }
doc-lowest-statements = Statements that scored lowest:
doc-differing-statements = Statements the two sides see most differently:
doc-to-discuss = To discuss:
doc-notes = What respondents wrote:
doc-quoted = "{ $text }" — { $who }
doc-actions-to-review = Actions to review
doc-next-step = Next step
doc-no-topics = No dimension has a score yet: nothing to rank.
# $reason: why the round is hidden, a whole sentence (one of the reason- messages below).
doc-no-topics-hidden = This round's figures are hidden to keep answers anonymous. { $reason } No topic and no action are proposed for it.
doc-hidden-next-step = No tier: the round is hidden to keep answers anonymous. Collect answers from more people, then look again.

## Why there is no verdict (reports and agendas)

reason-coverage = Only { $coverage }% of the questions were answered, and a verdict needs at least { $minimum }%: answer more questions to get one.
reason-too-few-respondents = { $files ->
    [one] Only { $files } respondent answered in this round, fewer than the { $minimum } needed to show its figures without revealing anyone's answers.
   *[other] Only { $files } respondents answered in this round, fewer than the { $minimum } needed to show its figures without revealing anyone's answers.
}
reason-too-few-answers = { $answered ->
    [one] Only { $answered } respondent answered on { $dimension }, fewer than the { $minimum } needed to show this round's figures without revealing anyone's answers.
   *[other] Only { $answered } respondents answered on { $dimension }, fewer than the { $minimum } needed to show this round's figures without revealing anyone's answers.
}
