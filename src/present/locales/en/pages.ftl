# partnercheck's own words on the pages a respondent reads: English.
# Variables are inserted as given (already escaped for HTML).

form-a-partner = a partner
form-the-partner = the partner
form-our-organisation = your partner
form-about-us = About our relationship with { $partner }
form-about-them = About your relationship with { $ours }
form-noscript = Without JavaScript this page cannot save your answers: print it and fill it in by hand.
form-before-start = Before you start
form-which-partner = Which partner organisation are these answers about?
form-which-side = Which organisation do you work for?
form-your-name = Your name (optional)
form-hint = For each statement, choose how far you agree. There are no right answers: your own view is what counts.
form-dont-know = Don't know
form-more = More about this statement
form-expect-us = How far do you think the people of { $partner } agree with the statements on { $dimension }?
form-expect-them = How far do you think { $ours } agree with the statements on { $dimension }?
form-people-of = the people of { $name }
form-partners-people = your partner's people
form-note = Anything to add about { $dimension }? (optional)
form-send = Send your answers
form-save = Save answers
form-copy = Copy the answers
form-clear-hint = Sent it? This browser still keeps your answers: on a shared computer, clear them.
form-clear = Clear my answers from this browser
form-copy-label = Your answers as text: copy all of it into a reply to the person who sent you this form.
form-save-hint = Save answers downloads a small text file: send it back to the person who sent you this form. Nothing leaves this page until you do.
# Read by the page's script; %n and %total are replaced there, and the
# attribute is chosen by Intl.PluralRules for the number of statements.
form-js-storage-on = Your answers are kept in this browser as you go: you can close this page and come back to it.
form-js-storage-off = This browser does not let the page keep your progress: answer in one go, or save your answers before you close it.
form-js-progress =
    .one = %n of %total statement answered.
    .other = %n of %total statements answered.
form-js-all =
    .one = The %total statement is answered.
    .other = All %total statements answered.
form-js-partial =
    .one = %n of %total statement answered: the file says the answers are not complete. You can answer the rest and save again.
    .other = %n of %total statements answered: the file says the answers are not complete. You can answer the rest and save again.
form-js-need-partner = First name the partner organisation these answers are about.
form-js-need-side = First say which organisation you work for.
form-js-saved = Saved as %file: send that file back.
form-js-cleared = Your answers were cleared from this browser.

## serve

serve-send-heading = Send your answers
serve-send-button = Send answers
serve-send-hint = Your answers go to the facilitator of this workshop only when you press Send answers. You can change them and send again while collection is open.
serve-sending = Sending…
serve-sent = Your answers were received, thank you. You can change them and send again while collection is open.
serve-none-answered = Answer at least one statement before you send.
serve-closed = Collection is closed: the answers can no longer be sent or changed.
serve-refused = The answers were not accepted.
serve-busy = Too many answers were sent from this network in the last minute. Wait a minute and send again.
serve-failed = The answers could not be stored. Try again in a moment, or tell the facilitator.
serve-offline = The answers could not be sent: check the connection and send again.
serve-languages = Language
serve-session-title = Partnership health check, round { $round }
serve-facilitator-heading = Workshop: answers so far
serve-display-heading = Partnership health check
serve-session-about = { $organization }, round { $round }
serve-counts-caption = Answers per organisation
serve-partner-column = Partner
serve-people-of = People of { $organization }
serve-count-of = { $count } of { $expected }
serve-state-open = Collection is open.
serve-state-closed = Collection is closed.
serve-close-button = Close collection
serve-open-button = Reopen collection
serve-reopen-refused = Collection cannot be reopened once a report has been shown.
serve-action-failed = That did not work. Reload the page and try again.
serve-reports-heading = Reports
serve-reports-wait = The reports appear here once collection is closed.
serve-report-link = Report for { $partner }
serve-report-none = No answers about this partner in this round yet.
serve-updated = The counts refresh by themselves.
serve-body-not-json = The answers are not valid JSON.
serve-body-wrong-type = The answers must be sent as application/json.
serve-body-unknown-key = `{ $key }` is not part of an answer: send respondent, answers, notes, expected and lang only.
serve-body-fixed-key = `{ $key }` is set by the link you answer on and cannot be sent.
serve-body-no-answer = Answer at least one statement.
serve-body-respondent-text = `respondent` must be text.
serve-body-lang-tag = `lang` must be a language tag such as de or pt-BR.
serve-body-lang-text = `lang` must be text.

# The report's own words (both audiences' pages and documents).
report-title-partner-org = Our partnership: { $org } and { $partner }
report-title-partner = Our partnership with { $partner }
report-title-one = Partnership report: { $partner }
report-title = Partnership report
report-subtitle-partner = { $title } · how both sides see the relationship, from the latest round of answers
report-no-partners = No partners.
report-footer = Made with partnercheck { $version }. Scores run from { $min } to { $max }; bands: { $bands }.
report-band-below = { $band } below
report-band-from = { $band } from { $min }
report-latest-round = Latest round { $date }
report-undated = Undated answers
report-answers-from = { $n ->
    [one] answers from { $n } person
   *[other] answers from { $n } people
}
report-answered-share = { $percent }% of the questions answered
report-overall = Overall { $score }
report-overall-since = Overall { $score } ({ $change } since { $date }, when the verdict was: { $tier })
report-undated-round = the undated round
report-no-verdict = No verdict
report-no-verdict-lower = no verdict
report-rounds = Rounds
report-rounds-caption = The overall score of each round, oldest first.
report-expectations = Expectations
report-notes = What respondents wrote
report-dimensions = Dimensions
report-dots-sides = Each side's mean score per dimension on one scale: the longer the line between the two dots, the more the two sides see it differently.
report-dots-combined = The mean score per dimension, both sides together.
report-dots-one = The mean score per dimension.
report-dots-scale = The scale runs from { $min } to { $max }; the shading behind shows the bands.
report-radar-caption = The same scores as a shape. Centre = { $min }, rim = { $max }; dashed rings are band thresholds.
report-next = Next:
report-col-dimension = Dimension
report-col-score = Score
report-col-band = Band
report-col-gap = Gap
report-col-spread = Spread
report-col-previous = Previous
report-overall-row = Overall
report-rule-gap = Gap = { $them } minus { $us }, in red from { $gap }.
report-rule-spread = Spread = the highest minus the lowest respondent's score, in red from { $spread }.
report-rule-previous = Previous = the round of { $date }.
report-us-partner = Your partner
report-us-partner-text = your partner
report-someone-at = someone at { $org }
report-someone-ours = someone on our side
report-col-expected = { $side } expected
report-col-gave = { $side } gave
report-col-blind-spot = Blind spot
report-expectations-legend = Expected: the score each side thought the other would give. Blind spot: the score given minus the score expected; far from zero, one side misjudged how the other sees it. ({ $us } expected what { $them } would give, and the other way round.)
report-round-hidden = { $n ->
    [one] The latest round's figures are not shown: fewer than { $n } person answered, and showing them would reveal their answers.
   *[other] The latest round's figures are not shown: fewer than { $n } people answered, and showing them would reveal their answers.
}
report-sides-hidden = { $threshold ->
    [one] Each side's figures are shown from { $threshold } person on a side; on { $dimension }, { $side } had { $n }. The figures here combine both sides.
   *[other] Each side's figures are shown from { $threshold } people on a side; on { $dimension }, { $side } had { $n }. The figures here combine both sides.
}
report-every-dimension = every dimension

# The charts' words.
chart-respondents = { $n ->
    [one] { $n } respondent
   *[other] { $n } respondents
}
chart-dimension-scores = Dimension scores of { $partner }
chart-overall-rounds = Overall score per round of { $partner }
chart-undated = undated

# The agenda's own words (the report's agenda section and `agenda`).
agenda-heading = Agenda for the next conversation
agenda-lowest-statements = Statements that scored lowest
agenda-differing-statements = Statements the two sides see most differently
agenda-to-discuss = To discuss
agenda-next-step = Next step — { $tier }.
agenda-next-step-plain = Next step.
agenda-no-tier = No tier: too few questions were answered. Complete the answers, then score again.
agenda-rule = Topics are the dimensions that need the conversation most. In order: a score in the lowest band (lowest first); the two sides differing by { $gap } or more (largest gap first); respondents differing by { $spread } or more (largest spread first); a drop of { $decline } or more since the previous round (largest first); a side that misjudged the other by { $gap } or more (a blind spot, largest first); a side whose people do not agree among themselves (agreement below { $agreement }); no score at all. Ties keep the questionnaire's order. When nothing stands out, the lowest-scoring dimension is the topic. Topics on a dimension with an open action come before the others, in the same order among themselves.
agenda-why-lowest-band = score { $score } is in the lowest band ({ $band })
agenda-why-gap-lower = the two sides see it differently: them { $them }, us { $us } (gap { $gap }; they rate it lower)
agenda-why-gap-higher = the two sides see it differently: them { $them }, us { $us } (gap { $gap }; they rate it higher)
agenda-why-disagree = respondents disagree: their scores are { $spread } apart
agenda-why-down = down { $down } since the previous round ({ $previous } → { $score })
agenda-why-down-since-date = down { $down } since { $date } ({ $previous } → { $score })
agenda-why-we-expected = we expected { $expected } from them; they gave { $gave }
agenda-why-they-expected = they expected { $expected } from us; we gave { $gave }
agenda-why-ours-disagree = our people do not agree among themselves (agreement { $agreement })
agenda-why-theirs-disagree = their people do not agree among themselves (agreement { $agreement })
agenda-why-no-score = nobody could score it: every answer was "unsure" or missing
agenda-why-lowest-score = nothing stands out; this is the lowest-scoring dimension ({ $score })
reverse-keyed = reverse-keyed: agreeing counts against the partnership

# Actions.
actions-heading = Actions
action-overdue = overdue (due { $due })
action-open-due = open, due { $due }
action-done-on = done { $date }
action-dropped-on = dropped { $date }
action-open = open
action-done = done
action-dropped = dropped
action-no-round-since = no round since it was agreed yet
action-no-baseline = no round on or before the day it was agreed to compare with
action-no-score = no score to compare in one of the rounds
action-effect-up = up { $change } since agreed ({ $before } on { $before-date } → { $after } on { $after-date })
action-effect-down = down { $change } since agreed ({ $before } on { $before-date } → { $after } on { $after-date })
action-effect-unchanged = unchanged since agreed ({ $before } on { $before-date } → { $after } on { $after-date })
action-owner-us = us
action-owner-them = them
action-owner-both-sides = both sides

# The reasons for a verdict (report pages and documents).
reason-no-tier = No verdict fits these scores.
reason-fallback = { $tier }: the scores do not yet meet what the verdict above it needs.
reason-held = { $tier }, which needs { $needs }.
reason-needs-item = { $requirement } ({ $fact })
reason-list = { $init } and { $last }
reason-missed = { $fact }. { $tier } needs { $requirement }.
reason-missed-to-go = { $fact }. { $tier } needs { $requirement } — { $far } to go.
reason-missed-too-high = { $fact }. { $tier } needs { $requirement } — { $far } too high.
reason-needs-overall = an overall score { $op ->
    [ge] at { $t } or more
    [gt] above { $t }
    [le] at { $t } or less
   *[lt] below { $t }
}
reason-needs-every = every dimension { $op ->
    [ge] at { $t } or more
    [gt] above { $t }
    [le] at { $t } or less
   *[lt] below { $t }
}
reason-needs-one = at least one dimension { $op ->
    [ge] at { $t } or more
    [gt] above { $t }
    [le] at { $t } or less
   *[lt] below { $t }
}
reason-needs-dimension = { $dimension } { $op ->
    [ge] at { $t } or more
    [gt] above { $t }
    [le] at { $t } or less
   *[lt] below { $t }
}
reason-fact-overall = the overall score is { $value }
reason-fact-overall-none = the overall score has no score
reason-fact-weakest = { $dimension } is the weakest dimension at { $value }
reason-fact-weakest-any = the weakest dimension is at { $value }
reason-fact-strongest = { $dimension } is the strongest dimension at { $value }
reason-fact-strongest-any = the strongest dimension is at { $value }
reason-fact-dimension = { $dimension } scores { $value }
reason-fact-dimension-none = { $dimension } has no score
