# partnercheck's own words on the interview's screens: English.
# Key names (Enter, Esc, Ctrl-C, the arrow keys' "arrow", u, ?, s, b, q,
# y, n) are what the respondent types: they stay as they are in every
# language; what they do is translated. Variables are inserted as given
# (already safe for a terminal).

## The opening

interview-opening = { $statements ->
        [one] { $statements } statement
       *[other] { $statements } statements
    } in { $parts ->
        [one] { $parts } part
       *[other] { $parts } parts
    }, about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Say how much you agree with each one.
interview-unsure-always = "{ $unsure }" is always a choice.
interview-expectations-ahead = After each part you are also asked how far you think the other side agrees with its statements.
interview-kept-as-you-go = Your answers are saved after each one: you can stop at any time and go on later.
interview-plain-hint = Type the number of your answer and press Enter. Other keys: u = don't know, ? = help, b = back, q = stop (answers are kept).
interview-menu-hint = Type the number of your answer, or choose with the arrow keys and Enter. Esc or Ctrl-C stops; your answers are kept.

## Who answers, and where the answers go

interview-which-partner = Which partner are the answers about?
interview-partner-needed = The partner's name is needed, e.g. Acme Logistics.
interview-your-name = Your name (optional, Enter to skip)
interview-which-side = Which organisation do you work for?
# The first choice of the question above when the project names no organisation.
interview-our-organisation = our organisation
interview-replace = { $file } already exists. Replace it?
interview-folder-created = Created the folder { $folder }.
interview-saving-to = Saving to { $file } after every answer.
interview-resuming = Going on with { $file } about { $partner }: { $answered } of { $total ->
        [one] { $total } question
       *[other] { $total } questions
    } answered.
interview-all-answered = Every question is answered already.

## The questions

interview-part = Part { $n } of { $total }: { $dimension }
# Before an expectation, where a statement shows [7/23].
interview-counter-part = [part { $n }/{ $total }]
interview-your-answer = Your answer
interview-dont-know = Don't know / not applicable
interview-more = More about this statement
interview-skip = Skip: no answer
interview-back = Back to the previous question
interview-enter-keeps = [Enter keeps { $value }]
interview-enter-skips = [Enter skips]
interview-not-a-key = `{ $line }` is not a choice: type { $keys }
interview-no-more = No more about this one.
interview-not-a-choice = That is not one of the choices.
interview-expect-us = How far do you think the people of { $partner } agree with the statements on { $dimension }?
interview-expect-them = How far do you think { $ours } agree with the statements on { $dimension }?
interview-people-of = the people of { $name }
interview-partners-people = your partner's people
interview-note = A note on { $dimension } (optional, Enter to skip)

## Typing an answer

# A prompt before what is typed: its colon as the language writes it.
interview-prompt = { $prompt }:
interview-keeps-text = [Enter keeps "{ $text }", - removes it]
interview-choose = Choose 1-{ $last } [Enter = { $default }]
interview-not-a-number = `{ $line }` is not a choice: type a number from 1 to { $last }
interview-yes-or-no = type y or n
# The answer to a yes-or-no question, as shown after the keys (y/n).
interview-yes = yes
interview-no = no
interview-not-utf8 = that line is not valid UTF-8 text: type it again

## The end, or a stop before it

interview-saved = Saved to { $file }. Score it again any time: { $command }
# Each stop message begins with one of these three, then a colon.
interview-stop-interrupted = Interrupted
interview-stop-quit = Stopped
interview-stop-end-of-input = Input ended before the last question
interview-nothing-saved = nothing was saved yet.
interview-stopped-saved = { $answered ->
        [one] { $answered } of { $total } answers is saved in { $file }.
       *[other] { $answered } of { $total } answers are saved in { $file }.
    }
interview-go-on-later = Go on later with: { $command }
