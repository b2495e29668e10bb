//! `--plain`: numbered choices read line by line. No cursor movement, no
//! colour: for screen readers, dumb terminals and scripts. An invalid line
//! is asked again; the end of input stops the interview ([`Stop::EndOfInput`]).

use std::io::{BufRead, Write};

use anyhow::{Context, Result};

use super::flow::{Ask, Choice, Prompter, Stop};
use super::words::Words;
use crate::model::answers::Answer;
use crate::sanitize::terminal;

pub struct Plain<R, W> {
    input: R,
    out: W,
    /// Write each line read after its prompt, so a transcript of piped input
    /// reads like a conversation.
    echo: bool,
    /// The question whose choices were listed last (its counter): asked
    /// again right after its help, only the prompt is repeated.
    listed: Option<String>,
    words: Words,
}

impl<R: BufRead, W: Write> Plain<R, W> {
    pub fn new(input: R, out: W, echo: bool, words: Words) -> Self {
        Plain {
            input,
            out,
            echo,
            listed: None,
            words,
        }
    }

    /// Writes `prompt` and reads one line, trimmed.
    fn line(&mut self, prompt: &str) -> Result<String> {
        let line = loop {
            write!(self.out, "{prompt}").and_then(|()| self.out.flush())?;
            let mut bytes = Vec::new();
            let read = self
                .input
                .read_until(b'\n', &mut bytes)
                .context("cannot read standard input")?;
            if read == 0 {
                writeln!(self.out)?;
                return Err(Stop::EndOfInput.into());
            }
            match String::from_utf8(bytes) {
                Ok(line) => break line.trim().to_owned(),
                // Not text (a stray key, another encoding): ask again.
                Err(_) => writeln!(self.out, "  {}", self.words.t("interview-not-utf8"))?,
            }
        };
        if self.echo {
            writeln!(self.out, "{}", terminal(&line))?;
        }
        Ok(line)
    }

    /// `line` is no choice: say so, with what to type instead.
    fn not_a_choice(&mut self, line: &str, id: &str, var: (&str, &str)) -> Result<()> {
        let line = terminal(line);
        let text = self.words.args(id, &[("line", &line), var]);
        writeln!(self.out, "  {text}")?;
        Ok(())
    }
}

impl<R: BufRead, W: Write> Prompter for Plain<R, W> {
    fn words(&self) -> Words {
        self.words
    }

    fn hint(&self) -> String {
        self.words.t("interview-plain-hint")
    }

    fn say(&mut self, text: &str) -> Result<()> {
        writeln!(self.out, "{text}")?;
        Ok(())
    }

    fn question(&mut self, ask: &Ask<'_>) -> Result<Choice> {
        let w = self.words;
        let scale = ask.scale;
        let mut choices = Vec::new();
        let mut keys = vec![format!("{}-{}", scale.min, scale.max)];
        for v in scale.min..=scale.max {
            choices.push(format!("  {v}) {}", terminal(scale.label(v))));
        }
        for (key, _, label) in ask.other_choices(w) {
            choices.push(format!("  {key}) {label}"));
            keys.push(key.to_string());
        }
        keys.push("q".into());
        let counter = ask.counter(w);
        if self.listed.as_deref() == Some(counter.as_str()) {
            write!(self.out, "{counter} ")?;
        } else {
            writeln!(self.out, "\n{counter} {}", ask.text)?;
            writeln!(self.out, "{}", choices.join("\n"))?;
        }
        self.listed = Some(counter);
        let current = match ask.current {
            Some(Answer::Value(v)) => {
                let v = v.to_string();
                format!(" {}", w.args("interview-enter-keeps", &[("value", &v)]))
            }
            Some(Answer::Unsure) => {
                format!(" {}", w.args("interview-enter-keeps", &[("value", "u")]))
            }
            None if ask.can_skip => format!(" {}", w.t("interview-enter-skips")),
            None => String::new(),
        };
        let prompt = w.prompt(&format!("{}{current}", w.t("interview-your-answer")));
        loop {
            let line = self.line(&prompt)?;
            let choice = match line.to_lowercase().as_str() {
                "" if ask.current.is_none() && ask.can_skip => Some(Choice::Skip),
                "" => ask.current.map(Choice::from),
                "u" if scale.allow_unsure => Some(Choice::Unsure),
                "s" if ask.can_skip => Some(Choice::Skip),
                "?" if ask.has_help => Some(Choice::Help),
                "b" if ask.can_go_back => Some(Choice::Back),
                "q" => return Err(Stop::Quit.into()),
                s => s
                    .parse::<i64>()
                    .ok()
                    .filter(|v| scale.contains(*v))
                    .map(Choice::Value),
            };
            match choice {
                Some(c) => return Ok(c),
                None => {
                    self.not_a_choice(&line, "interview-not-a-key", ("keys", &keys.join(", ")))?
                }
            }
        }
    }

    fn text(&mut self, prompt: &str, initial: &str) -> Result<String> {
        if initial.is_empty() {
            return self.line(&self.words.prompt(prompt));
        }
        let keeps = self
            .words
            .args("interview-keeps-text", &[("text", &terminal(initial))]);
        let line = self.line(&self.words.prompt(&format!("{prompt} {keeps}")))?;
        Ok(match line.as_str() {
            "" => initial.to_owned(),
            "-" => String::new(),
            _ => line,
        })
    }

    fn select(&mut self, prompt: &str, items: &[&str], default: usize) -> Result<usize> {
        writeln!(self.out, "{prompt}")?;
        for (i, item) in items.iter().enumerate() {
            writeln!(self.out, "  {}) {item}", i + 1)?;
        }
        let last = items.len().to_string();
        let choose = self.words.args(
            "interview-choose",
            &[("last", &last), ("default", &(default + 1).to_string())],
        );
        let choose = self.words.prompt(&choose);
        loop {
            let line = self.line(&choose)?;
            if line.is_empty() {
                return Ok(default);
            }
            match line.parse::<usize>() {
                Ok(n) if (1..=items.len()).contains(&n) => return Ok(n - 1),
                _ => self.not_a_choice(&line, "interview-not-a-number", ("last", &last))?,
            }
        }
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
        let keys = if default { "[Y/n]" } else { "[y/N]" };
        let prompt = self.words.prompt(&format!("{prompt} {keys}"));
        loop {
            let line = self.line(&prompt)?;
            match line.to_lowercase().as_str() {
                "" => return Ok(default),
                "y" | "yes" => return Ok(true),
                "n" | "no" => return Ok(false),
                _ => writeln!(self.out, "  {}", self.words.t("interview-yes-or-no"))?,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::questionnaire::Questionnaire;

    fn run<T>(input: &str, f: impl FnOnce(&mut Plain<&[u8], &mut Vec<u8>>) -> T) -> (T, String) {
        let mut out = Vec::new();
        let mut p = Plain::new(input.as_bytes(), &mut out, false, Words::default());
        let t = f(&mut p);
        (t, String::from_utf8(out).unwrap())
    }

    fn ask(q: &Questionnaire, current: Option<Answer>) -> Ask<'_> {
        Ask {
            number: 2,
            total: 8,
            expectation: false,
            text: "We talk.".into(),
            scale: &q.scale,
            has_help: true,
            can_go_back: true,
            can_skip: false,
            current,
        }
    }

    #[test]
    fn question_lists_numbered_choices_and_asks_again_on_invalid_lines() {
        let q = Questionnaire::embedded("partnership-pulse").unwrap();
        let (choice, out) = run("7\nmaybe\n\n 4 \n", |p| p.question(&ask(&q, None)).unwrap());
        assert_eq!(choice, Choice::Value(4));
        assert!(out.contains("[2/8] We talk."), "{out}");
        assert!(out.contains("  1) Strongly disagree\n"), "{out}");
        assert!(out.contains("  u) Don't know"), "{out}");
        assert!(out.contains("  b) Back"), "{out}");
        assert_eq!(
            out.matches("is not a choice: type 1-5, u, ?, b, q").count(),
            3,
            "{out}"
        );
    }

    #[test]
    fn keys_map_to_choices() {
        let q = Questionnaire::embedded("partnership-pulse").unwrap();
        for (line, want) in [
            ("u\n", Choice::Unsure),
            ("U\n", Choice::Unsure),
            ("?\n", Choice::Help),
            ("b\n", Choice::Back),
            ("5\n", Choice::Value(5)),
        ] {
            let (choice, _) = run(line, |p| p.question(&ask(&q, None)).unwrap());
            assert_eq!(choice, want, "{line:?}");
        }
    }

    #[test]
    fn asked_again_after_help_only_the_prompt_is_repeated() {
        let q = Questionnaire::embedded("partnership-pulse").unwrap();
        let (choices, out) = run("?\n3\n", |p| {
            let a = ask(&q, None);
            [p.question(&a).unwrap(), p.question(&a).unwrap()]
        });
        assert_eq!(choices, [Choice::Help, Choice::Value(3)]);
        assert_eq!(out.matches("We talk.").count(), 1, "{out}");
        assert_eq!(out.matches("1) Strongly disagree").count(), 1, "{out}");
        assert!(out.contains("[2/8] Your answer: "), "{out}");
    }

    #[test]
    fn enter_keeps_the_current_answer() {
        let q = Questionnaire::embedded("partnership-pulse").unwrap();
        let (choice, out) = run("\n", |p| {
            p.question(&ask(&q, Some(Answer::Value(2)))).unwrap()
        });
        assert_eq!(choice, Choice::Value(2));
        assert!(out.contains("[Enter keeps 2]"), "{out}");
    }

    #[test]
    fn back_and_help_are_not_offered_when_unavailable() {
        let q = Questionnaire::embedded("partnership-pulse").unwrap();
        let mut a = ask(&q, None);
        a.can_go_back = false;
        a.has_help = false;
        let (choice, out) = run("b\n?\n1\n", |p| p.question(&a).unwrap());
        assert_eq!(choice, Choice::Value(1));
        assert!(!out.contains("b) Back"));
        assert_eq!(out.matches("type 1-5, u, q").count(), 2, "{out}");
    }

    #[test]
    fn an_expectation_can_be_skipped_with_s_or_enter() {
        let q = Questionnaire::embedded("partnership-pulse").unwrap();
        let mut a = ask(&q, None);
        a.expectation = true;
        a.can_skip = true;
        a.has_help = false;
        a.text =
            "How far do you think the people of Acme agree with the statements on Learning?".into();
        let (choices, out) = run("s\n\n4\n", |p| {
            [
                p.question(&a).unwrap(),
                p.question(&a).unwrap(),
                p.question(&a).unwrap(),
            ]
        });
        assert_eq!(choices, [Choice::Skip, Choice::Skip, Choice::Value(4)]);
        assert!(
            out.contains("[part 2/8] How far do you think the people of Acme agree with the statements on Learning?\n"),
            "{out}"
        );
        assert!(out.contains("  s) Skip: no answer\n"), "{out}");
        assert!(out.contains("[Enter skips]"), "{out}");
        // A statement offers no skip: `s` and an empty line are no choice.
        let (choice, out) = run("s\n\n2\n", |p| p.question(&ask(&q, None)).unwrap());
        assert_eq!(choice, Choice::Value(2));
        assert_eq!(out.matches("is not a choice").count(), 2, "{out}");
        // With an answer already given, Enter keeps it.
        a.current = Some(Answer::Unsure);
        assert_eq!(run("\n", |p| p.question(&a).unwrap()).0, Choice::Unsure);
    }

    #[test]
    fn end_of_input_and_q_stop() {
        let q = Questionnaire::embedded("partnership-pulse").unwrap();
        let (r, _) = run("", |p| p.question(&ask(&q, None)));
        assert_eq!(
            r.unwrap_err().downcast_ref::<Stop>(),
            Some(&Stop::EndOfInput)
        );
        let (r, _) = run("q\n", |p| p.question(&ask(&q, None)));
        assert_eq!(r.unwrap_err().downcast_ref::<Stop>(), Some(&Stop::Quit));
    }

    #[test]
    fn text_keeps_or_removes_the_initial_value() {
        assert_eq!(run("\n", |p| p.text("Note", "old").unwrap()).0, "old");
        assert_eq!(run("-\n", |p| p.text("Note", "old").unwrap()).0, "");
        assert_eq!(run("new\n", |p| p.text("Note", "old").unwrap()).0, "new");
        assert_eq!(run("\n", |p| p.text("Note", "").unwrap()).0, "");
        let (_, out) = run("Acme\n", |p| p.text("Which partner?", "").unwrap());
        assert!(
            out.contains("Which partner? ") && !out.contains("?:"),
            "{out}"
        );
    }

    #[test]
    fn select_and_confirm() {
        let (i, out) = run("3\n2\n", |p| p.select("Side?", &["us", "them"], 0).unwrap());
        assert_eq!(i, 1);
        assert!(out.contains("  2) them"));
        assert!(out.contains("not a choice"));
        assert_eq!(
            run("\n", |p| p.select("Side?", &["us", "them"], 0).unwrap()).0,
            0
        );
        assert!(!run("\n", |p| p.confirm("Overwrite?", false).unwrap()).0);
        assert!(run("x\nyes\n", |p| p.confirm("Overwrite?", false).unwrap()).0);
    }

    #[test]
    fn piped_lines_are_echoed_when_asked() {
        let mut out = Vec::new();
        let mut p = Plain::new("Acme\n".as_bytes(), &mut out, true, Words::default());
        assert_eq!(p.text("Partner", "").unwrap(), "Acme");
        assert_eq!(String::from_utf8(out).unwrap(), "Partner: Acme\n");
    }

    #[test]
    fn invalid_utf8_is_asked_again() {
        let q = Questionnaire::embedded("partnership-pulse").unwrap();
        let mut out = Vec::new();
        let input: &[u8] = b"\xff\xfe\n4\n";
        let mut p = Plain::new(input, &mut out, false, Words::default());
        let choice = p.question(&ask(&q, None)).unwrap();
        assert_eq!(choice, Choice::Value(4));
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("not valid UTF-8"), "{out}");
    }
}
