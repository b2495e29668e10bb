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
