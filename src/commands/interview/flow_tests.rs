//! Tests of the interview flow, played with a scripted [`Prompter`].

use std::collections::VecDeque;

use super::*;

/// One scripted reply.
#[derive(Debug, Clone)]
pub enum Reply {
    Q(Choice),
    Text(&'static str),
    Select(usize),
    Confirm(bool),
}

/// Plays a script; runs out with [`Stop::EndOfInput`]. Records what it
/// was asked.
#[derive(Default)]
pub struct Scripted {
    pub replies: VecDeque<Reply>,
    pub said: Vec<String>,
    /// (question number, current answer, could go back)
    pub asked: Vec<(usize, Option<Answer>, bool)>,
    /// The counter and text of each question asked.
    pub shown: Vec<String>,
    pub texts: Vec<(String, String)>,
    /// English unless a test sets another language.
    pub words: Words,
}

impl Scripted {
    pub fn new(replies: impl IntoIterator<Item = Reply>) -> Self {
        Scripted {
            replies: replies.into_iter().collect(),
            ..Default::default()
        }
    }

    fn next(&mut self) -> Result<Reply> {
        self.replies
            .pop_front()
            .ok_or_else(|| Stop::EndOfInput.into())
    }
}

impl Prompter for Scripted {
    fn words(&self) -> Words {
        self.words
    }

    fn hint(&self) -> String {
        "scripted".into()
    }

    fn say(&mut self, text: &str) -> Result<()> {
        self.said.push(text.to_owned());
        Ok(())
    }

    fn question(&mut self, ask: &Ask<'_>) -> Result<Choice> {
        self.asked.push((ask.number, ask.current, ask.can_go_back));
        self.shown
            .push(format!("{} {}", ask.counter(self.words), ask.text));
        match self.next()? {
            Reply::Q(c) => Ok(c),
            other => panic!("question {} got {other:?}", ask.number),
        }
    }

    fn text(&mut self, prompt: &str, initial: &str) -> Result<String> {
        self.texts.push((prompt.to_owned(), initial.to_owned()));
        match self.next()? {
            Reply::Text(t) => Ok(t.to_owned()),
            other => panic!("text {prompt} got {other:?}"),
        }
    }

    fn select(&mut self, prompt: &str, _items: &[&str], _default: usize) -> Result<usize> {
        match self.next()? {
            Reply::Select(i) => Ok(i),
            other => panic!("select {prompt} got {other:?}"),
        }
    }

    fn confirm(&mut self, prompt: &str, _default: bool) -> Result<bool> {
        match self.next()? {
            Reply::Confirm(b) => Ok(b),
            other => panic!("confirm {prompt} got {other:?}"),
        }
    }
}

use Choice::*;
use Reply::*;

fn pulse() -> Questionnaire {
    Questionnaire::embedded("partnership-pulse").unwrap()
}

/// (values, complete) as saved.
type Saved = (Vec<Option<Answer>>, Option<bool>);

/// Runs the flow, recording every save.
fn play(
    q: &Questionnaire,
    sheet: &mut AnswerSheet,
    script: &mut Scripted,
) -> (Result<()>, Vec<Saved>) {
    let mut saves = Vec::new();
    let result = ask_questions(q, sheet, None, script, &mut |s: &AnswerSheet| {
        saves.push((s.values.clone(), s.complete));
        Ok(())
    });
    (result, saves)
}

/// Two answers then a note, per dimension of the pulse.
fn full_script(values: [i64; 8]) -> Vec<Reply> {
    let mut out = Vec::new();
    for pair in values.chunks(2) {
        out.push(Q(Value(pair[0])));
        out.push(Q(Value(pair[1])));
        out.push(Text(""));
    }
    out
}

#[test]
fn asks_every_question_in_order_and_saves_after_each() {
    let q = pulse();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    let mut script = Scripted::new(full_script([1, 2, 3, 4, 5, 1, 2, 3]));
    let (result, saves) = play(&q, &mut sheet, &mut script);
    result.unwrap();
    let numbers: Vec<usize> = script.asked.iter().map(|a| a.0).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6, 7, 8]);
    assert_eq!(
        sheet.values,
        [1, 2, 3, 4, 5, 1, 2, 3].map(|v| Some(Answer::Value(v)))
    );
    // 8 answers + 4 notes + the final save.
    assert_eq!(saves.len(), 13);
    for (n, (values, complete)) in saves[..12].iter().enumerate() {
        assert_eq!(*complete, Some(false), "save {n}");
        let answered = values.iter().filter(|v| v.is_some()).count();
        // Answers 1, 2, note, 3, 4, note, ...
        assert_eq!(answered, n / 3 * 2 + (n % 3 + 1).min(2), "save {n}");
    }
    assert_eq!(saves[12].1, Some(true));
    assert_eq!(sheet.complete, Some(true));
    // Each dimension introduced once, in order.
    let intros: Vec<&String> = script.said.iter().filter(|s| s.contains("Part ")).collect();
    assert_eq!(intros.len(), 4);
    assert!(
        intros[1].contains("Part 2 of 4: Mutual gains"),
        "{}",
        intros[1]
    );
    assert!(!script.asked[0].2, "no going back from the first question");
    assert!(script.asked[1].2);
}

#[test]
fn back_changes_the_previous_answer_with_it_as_default() {
    let q = pulse();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    let mut replies = vec![Q(Value(4)), Q(Back), Q(Value(2))];
    let mut rest = full_script([0, 5, 5, 5, 5, 5, 5, 5]);
    rest.remove(0);
    replies.extend(rest);
    let mut script = Scripted::new(replies);
    let (result, _) = play(&q, &mut sheet, &mut script);
    result.unwrap();
    assert_eq!(sheet.values[0], Some(Answer::Value(2)));
    assert_eq!(sheet.values[1], Some(Answer::Value(5)));
    // Question 1 again, with 4 as the default.
    assert_eq!(script.asked[2], (1, Some(Answer::Value(4)), false));
}

#[test]
fn back_across_a_dimension_asks_its_note_again_with_the_note_as_default() {
    let q = pulse();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    let replies = vec![
        Q(Value(3)),
        Q(Value(3)),
        Text("first thought"),
        Q(Back),
        Q(Value(4)),
        Text("  second thought "),
    ];
    let mut script = Scripted::new(replies);
    let (result, _) = play(&q, &mut sheet, &mut script);
    assert!(result.unwrap_err().downcast_ref::<Stop>() == Some(&Stop::EndOfInput));
    assert_eq!(sheet.values[1], Some(Answer::Value(4)));
    assert_eq!(script.texts[1].1, "first thought");
    assert_eq!(sheet.notes["cultural-alignment"], "second thought");
    // Going back into the first dimension shows its introduction again.
    let intros = script
        .said
        .iter()
        .filter(|s| s.contains("Part 1 of 4"))
        .count();
    assert_eq!(intros, 2);
}

#[test]
fn empty_note_is_no_note() {
    let q = pulse();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    sheet
        .notes
        .insert("cultural-alignment".into(), "old".into());
    let mut script = Scripted::new(vec![Q(Value(3)), Q(Value(3)), Text("   ")]);
    let _ = play(&q, &mut sheet, &mut script);
    assert!(!sheet.notes.contains_key("cultural-alignment"));
}

#[test]
fn help_is_shown_without_leaving_the_question() {
    let q = pulse();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    let mut script = Scripted::new(vec![Q(Help), Q(Unsure)]);
    let (result, saves) = play(&q, &mut sheet, &mut script);
    assert!(result.is_err());
    assert_eq!(script.asked[0].0, 1);
    assert_eq!(script.asked[1].0, 1, "the same question again");
    let help = q.questions[0].help.as_deref().unwrap();
    assert!(script.said.iter().any(|s| s.contains(&help[..30])));
    assert_eq!(sheet.values[0], Some(Answer::Unsure));
    assert_eq!(saves.len(), 1);
}

#[test]
fn resume_skips_to_the_first_unanswered_and_keeps_earlier_answers() {
    let q = pulse();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    sheet.values[0] = Some(Answer::Value(5));
    sheet.values[1] = Some(Answer::Unsure);
    sheet.values[2] = Some(Answer::Value(1));
    sheet.complete = Some(false);
    let replies = vec![
        Q(Back),
        Q(Value(1)),
        Q(Value(2)),
        Text("n"),
        Q(Value(3)),
        Q(Value(3)),
        Text(""),
        Q(Value(3)),
        Q(Value(3)),
        Text(""),
    ];
    let mut script = Scripted::new(replies);
    let (result, saves) = play(&q, &mut sheet, &mut script);
    result.unwrap();
    assert_eq!(script.asked[0].0, 4, "starts at the first unanswered");
    assert_eq!(script.asked[1], (3, Some(Answer::Value(1)), true));
    assert_eq!(sheet.values[0], Some(Answer::Value(5)));
    assert_eq!(sheet.values[1], Some(Answer::Unsure));
    assert_eq!(sheet.values[3], Some(Answer::Value(2)));
    assert_eq!(sheet.notes["mutual-gains"], "n");
    assert_eq!(saves.last().unwrap().1, Some(true));
    // Resuming mid-dimension introduces that dimension first.
    assert!(script.said[0].contains("Part 2 of 4"), "{:?}", script.said);
}

#[test]
fn a_fully_answered_sheet_is_just_completed() {
    let q = pulse();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    sheet.values = vec![Some(Answer::Value(3)); 8];
    let mut script = Scripted::new(vec![]);
    let (result, saves) = play(&q, &mut sheet, &mut script);
    result.unwrap();
    assert!(script.asked.is_empty());
    assert_eq!(saves, vec![(sheet.values.clone(), Some(true))]);
}

#[test]
fn a_value_off_the_scale_is_asked_again() {
    let q = pulse();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    let mut script = Scripted::new(vec![Q(Value(9)), Q(Value(2))]);
    let (_, saves) = play(&q, &mut sheet, &mut script);
    assert_eq!(script.asked.len(), 3);
    assert_eq!(saves[0].0[0], Some(Answer::Value(2)));
}

#[test]
fn a_stop_keeps_what_was_saved() {
    let q = pulse();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    let mut script = Scripted::new(vec![Q(Value(4)), Q(Value(2))]);
    let (result, saves) = play(&q, &mut sheet, &mut script);
    let err = result.unwrap_err();
    assert_eq!(err.downcast_ref::<Stop>(), Some(&Stop::EndOfInput));
    let (values, complete) = saves.last().unwrap();
    assert_eq!(
        values[..2],
        [Some(Answer::Value(4)), Some(Answer::Value(2))]
    );
    assert_eq!(*complete, Some(false));
}

/// The pulse, asking for expectations.
fn pulse_expecting() -> Questionnaire {
    let mut q = pulse();
    q.interview.expected = true;
    q
}

#[test]
fn expectations_come_after_each_dimension_before_its_note_and_are_saved() {
    let q = pulse_expecting();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    let expected = [Q(Value(2)), Q(Skip), Q(Unsure), Q(Value(5))];
    let mut replies = Vec::new();
    for e in expected {
        replies.extend([Q(Value(3)), Q(Value(4)), e, Text("")]);
    }
    let mut script = Scripted::new(replies);
    let mut saves = Vec::new();
    ask_questions(&q, &mut sheet, None, &mut script, &mut |s: &AnswerSheet| {
        saves.push(s.expected.clone());
        Ok(())
    })
    .unwrap();
    assert_eq!(
        sheet.expected,
        [
            Some(Answer::Value(2)),
            None,
            Some(Answer::Unsure),
            Some(Answer::Value(5))
        ]
    );
    assert_eq!(
        script.shown[2],
        "[part 1/4] How far do you think the people of Acme agree with the statements on Cultural alignment?"
    );
    assert_eq!(
        script.shown[5],
        "[part 2/4] How far do you think the people of Acme agree with the statements on Mutual gains?"
    );
    // The note comes after the expectation.
    assert_eq!(script.texts.len(), 4);
    assert!(
        script.texts[0]
            .0
            .starts_with("A note on Cultural alignment")
    );
    // 8 answers + 4 expectations + 4 notes + the final save; the
    // expectation is saved as soon as it is given.
    assert_eq!(saves.len(), 17);
    assert_eq!(saves[2][0], Some(Answer::Value(2)));
    assert_eq!(saves[1][0], None);
    assert_eq!(sheet.complete, Some(true));
}

#[test]
fn the_partners_people_are_asked_about_our_organisation() {
    let q = pulse_expecting();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    sheet.side = crate::model::answers::Side::Them;
    let mut script = Scripted::new(vec![Q(Value(3)), Q(Value(4))]);
    let _ = ask_questions(&q, &mut sheet, Some("Northwind"), &mut script, &mut |_| {
        Ok(())
    });
    assert_eq!(
        script.shown[2],
        "[part 1/4] How far do you think the people of Northwind agree with the statements on Cultural alignment?"
    );
    assert_eq!(
        expectation_question(&q, 3, &sheet, None, Words::default()),
        "How far do you think your partner's people agree with the statements on Learning?"
    );
    assert_eq!(
        expectation_question(&q, 3, &sheet, None, Words::new("de")),
        "Wie weit stimmen die Menschen bei Ihrem Partner Ihrer Meinung nach den Aussagen zu „Learning“ zu?"
    );
    sheet.side = crate::model::answers::Side::Us;
    assert_eq!(
        expectation_question(&q, 3, &sheet, Some("Northwind"), Words::default()),
        "How far do you think the people of Acme agree with the statements on Learning?"
    );
}

/// In another language every word of the flow's own is that language's:
/// the part's heading, the counter of an expectation, the note's prompt,
/// a choice that is none.
#[test]
fn the_flow_speaks_the_interview_s_language() {
    let q = pulse_expecting();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    let replies = [Q(Skip), Q(Value(3)), Q(Value(4)), Q(Skip), Text("")];
    let mut script = Scripted::new(replies);
    script.words = Words::new("fr");
    let _ = ask_questions(&q, &mut sheet, None, &mut script, &mut |_| Ok(()));
    assert!(
        script.said[0].starts_with("\nPartie 1 sur 4 : Cultural alignment"),
        "{:?}",
        script.said
    );
    assert!(
        script.shown[3]
            .starts_with("[partie 1/4] Selon vous, dans quelle mesure les personnes de Acme"),
        "{:?}",
        script.shown
    );
    // `s` at a statement is no choice: said so, and asked again.
    assert!(
        script
            .said
            .contains(&"Cela ne fait pas partie des choix.".to_owned()),
        "{:?}",
        script.said
    );
    assert_eq!(
        script.texts[0].0,
        "Une remarque sur « Cultural alignment » (facultatif, Enter pour passer)"
    );
}

#[test]
fn back_goes_through_the_expectation_with_its_answer_as_default() {
    let q = pulse_expecting();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    let replies = vec![
        Q(Value(3)),
        Q(Value(3)),
        Q(Value(4)),
        Text(""),
        Q(Back),
        Q(Back),
        Q(Value(5)),
        Q(Skip),
    ];
    let mut script = Scripted::new(replies);
    let (result, _) = play(&q, &mut sheet, &mut script);
    assert!(result.is_err());
    // Statement 3, back to the expectation (4 as default), back to
    // statement 2, then the expectation again.
    assert_eq!(script.asked[4], (1, Some(Answer::Value(4)), true));
    assert!(script.shown[4].starts_with("[part 1/4]"));
    assert_eq!(script.asked[5], (2, Some(Answer::Value(3)), true));
    assert_eq!(script.asked[6], (1, Some(Answer::Value(4)), true));
    assert_eq!(sheet.values[1], Some(Answer::Value(5)));
    assert_eq!(sheet.expected[0], None, "skipped: no answer");
}

#[test]
fn resume_stops_at_an_unanswered_expectation() {
    let q = pulse_expecting();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    sheet.values = vec![Some(Answer::Value(3)); 8];
    sheet.expected = vec![Some(Answer::Value(4)), None, None, None];
    assert_eq!(first_unanswered(&q, &sheet), Some(5));
    assert_eq!(first_unanswered(&pulse(), &sheet), None);
    assert!(!finished(&q, &sheet), "an expectation is still to be asked");
    sheet.complete = Some(true);
    assert!(finished(&q, &sheet), "a complete file is not reopened");
    sheet.complete = Some(false);
    let mut script = Scripted::new(vec![Q(Value(2)), Text("")]);
    let (result, _) = play(&q, &mut sheet, &mut script);
    assert!(result.is_err());
    assert_eq!(
        script.shown[0],
        "[part 2/4] How far do you think the people of Acme agree with the statements on Mutual gains?"
    );
    assert!(script.said[0].contains("Part 2 of 4"), "{:?}", script.said);
    assert_eq!(sheet.expected[1], Some(Answer::Value(2)));
}

#[test]
fn a_statement_cannot_be_skipped() {
    let q = pulse_expecting();
    let mut sheet = AnswerSheet::new(&q, "Acme".into());
    let mut script = Scripted::new(vec![Q(Skip), Q(Value(2))]);
    let (_, saves) = play(&q, &mut sheet, &mut script);
    assert_eq!(script.asked.len(), 3);
    assert!(
        script
            .said
            .iter()
            .any(|s| s.contains("not one of the choices"))
    );
    assert_eq!(saves[0].0[0], Some(Answer::Value(2)));
}

#[test]
fn duration_is_rough_minutes() {
    assert_eq!(minutes(1), 1);
    assert_eq!(minutes(8), 3);
    assert_eq!(minutes(23), 8);
}

#[test]
fn the_partners_people_read_their_own_wording() {
    let q = pulse();
    let k = q
        .questions
        .iter()
        .position(|x| x.text_them.is_some())
        .expect("the pulse has a statement worded for the partner's side");
    for (side, wording) in [
        (Side::Us, q.questions[k].text.clone()),
        (Side::Them, q.questions[k].text_them.clone().unwrap()),
    ] {
        let mut sheet = AnswerSheet::new(&q, "Acme".into());
        sheet.side = side;
        let mut script = Scripted::new(full_script([3; 8]));
        let (result, _) = play(&q, &mut sheet, &mut script);
        result.unwrap();
        assert!(
            script.shown[k].ends_with(&wording),
            "{side}: {}",
            script.shown[k]
        );
    }
}
