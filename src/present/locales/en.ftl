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
